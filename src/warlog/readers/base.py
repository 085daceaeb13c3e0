"""What every reader shares: the ``RawInput`` record, the ``Reader`` base class and the metadata helpers.

A reader turns one file into raw documents: ``RawInput`` records (text or HTML still to be cleaned, the known
metadata keys, and typed ``SourceInfo`` for channel posts, feed items and fetched pages), or an ``InputError``
in place of each bad one, so that a batch goes on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import ClassVar, Literal

from ..errors import InputError, OversizeInputError
from ..models import SourceInfo

Format = Literal["text", "markdown", "html"]

META_KEYS = ("title", "outlet", "url", "published", "synthetic")

_TRUE = {"true", "yes", "1", "on", "y"}
_FALSE = {"false", "no", "0", "off", "n"}
_MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_NUMERIC = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4})")


@dataclass
class RawInput:
    """One input as read: ``source`` is a path, ``path:LINE`` (JSONL), ``path[INDEX]`` (JSON list, Parquet row),
    ``path#ID`` (a channel post) or a URL. ``links``: (link text, target) pairs the reader found in rich text."""

    source: str
    body: str
    format: Format
    meta: dict[str, str] = field(default_factory=dict)
    source_info: SourceInfo | None = None
    links: list[tuple[str, str]] = field(default_factory=list)


class Reader:
    """One input format. Subclasses set ``name`` and ``suffixes`` and implement ``read``; a reader that can
    recognise its files by content overrides ``sniff`` (it is then tried before the plain suffix match, so a
    Telegram ``result.json`` goes to the Telegram reader, not the generic JSON one)."""

    name: ClassVar[str] = ""
    suffixes: ClassVar[tuple[str, ...]] = ()

    def sniff(self, path: Path, head: bytes) -> bool:
        """True when the first bytes of ``path`` show it is this reader's format."""
        return False

    def read(self, path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
        raise NotImplementedError


def read_limited(path: Path, max_bytes: int | None) -> bytes:
    """The file's bytes, or ``OversizeInputError`` / ``InputError`` naming it (``None``: no limit)."""
    source = str(path)
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise OversizeInputError(
                source, f"file too large ({size} bytes > limit {max_bytes}); raise WARLOG_MAX_FILE_BYTES")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read file: {exc.strerror or exc}") from None


def normalize_date(value: str) -> str | None:
    """``YYYY-MM-DD`` for ISO dates/datetimes and '4 March 2026'-style dates; None if unparseable."""
    text = value.strip()
    try:
        # fromisoformat (3.11) takes '2026-03-04T10:00:00Z' and offsets; the publisher's date is kept.
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        if m := _NUMERIC.fullmatch(text):
            y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[6], m[5], m[4])
            return date(int(y), int(mo), int(d)).isoformat()
        if m := _DAY_MONTH_YEAR.fullmatch(text):
            return _named_month(m[3], m[2], m[1])
        if m := _MONTH_DAY_YEAR.fullmatch(text):
            return _named_month(m[3], m[1], m[2])
    except ValueError:  # e.g. 31 February
        return None
    return None


def _named_month(year: str, month: str, day: str) -> str | None:
    number = _MONTHS.get(month.lower())
    return date(int(year), number, int(day)).isoformat() if number else None


def normalize_meta(raw: Mapping[str, object]) -> dict[str, str]:
    """Keep the known meta keys with usable values; bad dates and flags are dropped, not fatal."""
    meta: dict[str, str] = {}
    for key in META_KEYS:
        value = raw.get(key)
        if key == "published" and value is None:
            value = raw.get("date")
        if isinstance(value, bool):
            value = "true" if value else "false"
        if not isinstance(value, str | int | float) or not str(value).strip():
            continue
        text = str(value).strip()
        if key == "published":
            parsed = normalize_date(text)
            if parsed:
                meta[key] = parsed
        elif key == "synthetic":
            flag = text.lower()
            if flag in _TRUE | _FALSE:
                meta[key] = "true" if flag in _TRUE else "false"
        else:
            meta[key] = text
    return meta
