"""Where documents come from besides files: URLs (web pages and feeds), and the ``watch`` loop over feeds, URLs
and folders where Telegram exports land."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..readers import RawInput, iter_inputs
from .fetch import Fetcher, is_url
from .web import url_inputs

__all__ = ["Fetcher", "is_url", "iter_sources", "url_inputs"]


def iter_sources(given: Iterable[str | Path], max_bytes: int,
                 fetcher: Fetcher | None = None) -> Iterator[RawInput | InputError]:
    """``readers.iter_inputs`` for paths, and URLs fetched through ``fetcher``, in the order given."""
    if isinstance(given, str | Path):
        given = [given]
    for item in given:
        if isinstance(item, str) and is_url(item):
            if fetcher is None:
                yield InputError(item, "URLs need a fetcher (warlog.sources.Fetcher)")
            else:
                yield from url_inputs(item, fetcher)
        else:
            yield from iter_inputs([item], max_bytes)
