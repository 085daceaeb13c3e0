"""RSS and Atom feeds (``.rss``, ``.atom``, or any ``.xml`` whose content is a feed), read with feedparser.

One document per item: its full content when the feed carries it, else its summary (markup removed), with the
item's title, link and publication date; the outlet is the feed's title (``--outlet`` overrides it). A file
that is not a feed (an HTML page saved as ``.rss``) is one line naming it; an item without text is another.
"""

from __future__ import annotations

import re
from calendar import timegm
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import feedparser
import lxml.html
from lxml.etree import ParserError

from ..errors import EmptyInputError, InputError, MalformedInputError
from ..models import SourceInfo
from .base import RawInput, Reader, read_limited

_SNIFF = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


class FeedReader(Reader):
    name: ClassVar[str] = "feed"
    suffixes: ClassVar[tuple[str, ...]] = (".rss", ".atom")

    def sniff(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() in (".xml", ".rss", ".atom") and _SNIFF.search(head) is not None

    def read(self, path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
        try:
            data = read_limited(path, max_bytes)
        except InputError as exc:
            yield exc
            return
        yield from read_feed(data, str(path))


def read_feed(data: bytes, source: str, feed_url: str | None = None) -> Iterator[RawInput | InputError]:
    """The items of a feed document (bytes as fetched or read); ``source`` names it in errors."""
    # the feed's own URL resolves relative item links (feedparser reads it from Content-Location)
    parsed: Any = feedparser.parse(data, response_headers={"content-location": feed_url} if feed_url else None)
    if not parsed.get("version"):
        looks = "an HTML page" if re.search(rb"<html[\s>]", data[:4096], re.IGNORECASE) else "not RSS or Atom"
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or ""
        yield MalformedInputError(source, f"not a feed: {looks}" + (f" ({reason})" if reason else ""))
        return
    feed = parsed.get("feed", {})
    title = str(feed.get("title") or "").strip() or None
    entries = parsed.get("entries", [])
    if not entries:
        yield EmptyInputError(source, f"feed {title or source!r} has no items")
        return
    for index, entry in enumerate(entries):
        yield _item(entry, f"{source}#{index}", title, feed_url or feed.get("link"))


def _stamp(entry: Any, key: str) -> datetime | None:
    value = dict.get(entry, f"{key}_parsed")  # FeedParserDict.get maps updated to published, with a warning
    return datetime.fromtimestamp(timegm(value), UTC) if value else None


def plain_text(markup: str) -> str:
    """Text of an HTML fragment, one paragraph per block; plain text comes back unchanged."""
    if "<" not in markup:
        return markup.strip()
    try:
        tree = lxml.html.fromstring(_BLOCK_END.sub(lambda m: m.group(0) + "\n\n", markup))
    except (ParserError, ValueError):
        return markup.strip()
    lines = [" ".join(line.split()) for line in tree.text_content().split("\n\n")]
    return "\n\n".join(line for line in lines if line)


def _item(entry: Any, source: str, feed_title: str | None, feed_link: str | None) -> RawInput | InputError:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    body = plain_text(max(contents, key=len) if contents else str(entry.get("summary") or ""))
    if not body:
        return EmptyInputError(source, "feed item has no text (no content and no summary)")
    published = _stamp(entry, "published") or _stamp(entry, "updated")
    updated = _stamp(entry, "updated")
    link = str(entry.get("link") or "") or None
    meta = {k: v for k, v in {"title": str(entry.get("title") or "").strip(), "outlet": feed_title or "",
                              "url": link or "",
                              "published": published.date().isoformat() if published else ""}.items() if v}
    info = SourceInfo(kind="feed", channel=feed_title, channel_id=feed_link, url=link,
                      post_id=str(entry.get("id") or link or "") or None,
                      edited_at=updated.isoformat() if updated and updated != published else None)
    return RawInput(source=source, body=body, format="text", meta=meta, source_info=info)
