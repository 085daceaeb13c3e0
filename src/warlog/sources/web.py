"""Inputs given as URLs: a web page (its article and metadata extracted by the clean stage with trafilatura), or
a feed (RSS/Atom, one document per item). Anything else (a PDF, an image) is one line naming the URL."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import InputError, UnsupportedInputError
from ..models import SourceInfo
from ..readers import RawInput
from ..readers.decode import decode_bytes
from ..readers.feed import read_feed
from .fetch import Fetched, Fetcher

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_KINDS = {"application/pdf": "a PDF document", "image/": "an image", "video/": "a video", "audio/": "audio"}


def url_inputs(url: str, fetcher: Fetcher, fetched: Fetched | None = None) -> Iterator[RawInput | InputError]:
    """The raw documents behind ``url`` (fetched unless ``fetched`` is given); errors come out as one line."""
    try:
        fetched = fetched or fetcher.get(url)
    except InputError as exc:
        yield exc
        return
    kind = fetched.content_type
    head = fetched.content[:4096]
    if kind in _FEED_TYPES or ((kind in _XML_TYPES or not kind) and _FEED_ROOT.search(head)):
        yield from read_feed(fetched.content, url, feed_url=url)
        return
    if kind and kind not in _PAGE_TYPES and not kind.startswith("text/"):
        what = next((v for k, v in _KINDS.items() if kind.startswith(k)), f"content of type {kind}")
        yield UnsupportedInputError(url, f"{what}, not a web page or feed")
        return
    try:
        text = decode_bytes(fetched.content, url, html=True)
    except InputError as exc:
        yield exc
        return
    info = SourceInfo(kind="web", url=fetched.url)
    yield RawInput(source=url, body=text, format="html" if kind != "text/plain" else "text",
                   meta={"url": fetched.url}, source_info=info)
