"""Ingest: turn files, folders and strings into ``RawInput`` records.

Reading never raises for a bad input: ``iter_inputs`` yields an ``InputError``
in its place so a batch goes on. Decoding happens here, once; HTML stays HTML
(the clean stage extracts it).
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal

import charset_normalizer

from ..errors import (
    BinaryInputError,
    DecodeInputError,
    EmptyInputError,
    InputError,
    MalformedInputError,
    OversizeInputError,
    UnsupportedInputError,
)

Format = Literal["text", "markdown", "html"]

META_KEYS = ("title", "outlet", "url", "published", "synthetic")
FORMATS: dict[str, Format] = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")

# Legacy encodings we meet in this field, most likely first; used to break
# charset-normalizer's ties on short texts (it often ranks cp1125 over cp1251).
_PREFERRED_ENCODINGS = ("utf_8", "cp1251", "koi8_r", "koi8_u", "cp1252", "iso8859_5", "cp1250",
                        "latin_1", "cp866", "mac_cyrillic")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
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
    """One input as read: ``source`` is a path, ``path:LINE`` (JSONL) or ``path[INDEX]`` (JSON list)."""

    source: str
    body: str
    format: Format
    meta: dict[str, str] = field(default_factory=dict)


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


def read_text_input(text: str, source: str = "<text>", **meta: str) -> RawInput:
    """A RawInput for text passed in directly (``warlog.extract(text)``)."""
    unknown = sorted(set(meta) - set(META_KEYS))
    if unknown:
        raise TypeError(f"unknown meta key(s) {', '.join(unknown)}; known: {', '.join(META_KEYS)}")
    if not text.strip():
        raise EmptyInputError(source, "empty text")
    return RawInput(source=source, body=text, format="text", meta=normalize_meta(meta))


def iter_inputs(paths: Iterable[str | Path], max_bytes: int) -> Iterator[RawInput | InputError]:
    """Every input under ``paths`` (files, or folders walked recursively), in sorted order."""
    if isinstance(paths, str | Path):  # a lone path, not an iterable of one-character paths
        paths = [paths]
    for given in paths:
        if isinstance(given, str) and _URL.match(given):
            yield from url_inputs(given, max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            try:
                files = _walk(path)
            except OSError as exc:
                yield InputError(str(path), f"cannot list folder: {exc.strerror or exc}")
                continue
            for file in files:
                yield from _read_file(file, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield InputError(str(path), "no such file or folder")


def url_inputs(url: str, max_bytes: int) -> Iterator[RawInput | InputError]:
    """The inputs behind a URL given as a path. Fetching lands with the sources issue, which replaces this."""
    yield UnsupportedInputError(url, "URLs are not supported yet; save the page and ingest the file")


def _walk(root: Path) -> list[Path]:
    def fail(exc: OSError) -> None:
        raise exc

    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=fail):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(folder) / f for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _read_file(path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        kind = suffix or "(no extension)"
        supported = ", ".join(SUPPORTED)
        yield UnsupportedInputError(source, f"unsupported file type {kind!r}; supported: {supported}")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes and suffix != ".jsonl":  # JSONL: the limit applies to each record (_jsonl_inputs)
            yield OversizeInputError(
                source, f"file too large ({size} bytes > limit {max_bytes}); raise WARLOG_MAX_FILE_BYTES")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read file: {exc.strerror or exc}")
        return
    try:
        text = decode_bytes(data, source, html=suffix in (".html", ".htm"))
    except InputError as exc:
        yield exc
        return
    if suffix == ".json":
        yield from _json_inputs(text, source)
    elif suffix == ".jsonl":
        yield from _jsonl_inputs(text, source, max_bytes)
    else:
        fmt = FORMATS[suffix]
        meta: dict[str, str] = {}
        if fmt != "html":
            text, meta = split_front_matter(text)
        if not text.strip():
            yield EmptyInputError(source, "no text (only whitespace or front matter)")
        else:
            yield RawInput(source=source, body=text, format=fmt, meta=meta)


def decode_bytes(data: bytes, source: str, html: bool = False) -> str:
    """Decode a file: BOM, then UTF-8, then (for HTML) its declared charset, then detection."""
    if not data.strip():
        raise EmptyInputError(source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding), source)
            except UnicodeDecodeError as exc:
                detail = f"invalid {encoding} despite its byte-order mark: {exc.reason}"
                raise DecodeInputError(source, detail) from exc
    if b"\x00" in data:
        raise BinaryInputError(source, "binary file, not text (contains NUL bytes)")
    try:
        return _check_text(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    if html and (m := _HTML_CHARSET.search(data[:4096])):
        try:
            return _check_text(data.decode(m[1].decode("ascii")), source)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    guess = _detect_encoding(data)
    if guess is None:
        if len(_CONTROL.findall(data.decode("latin-1"))) > 0.05 * len(data):
            raise BinaryInputError(source, "binary file, not text (mostly control bytes)")
        raise DecodeInputError(source, "not UTF-8 and no encoding detected; convert the file to UTF-8")
    return _check_text(data.decode(guess), source)


def _detect_encoding(data: bytes) -> str | None:
    results = list(charset_normalizer.from_bytes(data))
    if not results:
        return None
    # Among the equally good guesses, prefer the encodings common in this field.
    least_chaos = min(r.chaos for r in results)
    tied = [r for r in results if r.chaos <= least_chaos]
    best_coherence = max(r.coherence for r in tied)
    tied = [r for r in tied if r.coherence >= best_coherence - 0.05]
    for encoding in _PREFERRED_ENCODINGS:
        for r in tied:
            if r.encoding == encoding:
                return encoding
    return str(tied[0].encoding)


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyInputError(source, "empty file (only whitespace)")
    if len(_CONTROL.findall(text)) > 0.05 * len(text):
        raise BinaryInputError(source, "binary file, not text (mostly control characters)")
    return text


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Strip a leading ``---`` block of ``key: value`` lines; the text is unchanged if there is none."""
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return text, {}
    raw: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        stripped = line.strip()
        if stripped == "---":
            return "".join(lines[i + 1:]), normalize_meta(raw)
        key, sep, value = stripped.partition(":")
        if stripped and (not sep or not key.strip()):
            return text, {}  # not front matter after all: leave the text alone
        if stripped:
            raw[key.strip().lower()] = value.strip().strip("\"'")
    return text, {}


def _json_inputs(text: str, source: str) -> Iterator[RawInput | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield MalformedInputError(source, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
        return
    if isinstance(data, list):
        for index, item in enumerate(data):
            yield _json_record(item, f"{source}[{index}]")
    else:
        yield _json_record(data, source)


def _jsonl_inputs(text: str, source: str, max_bytes: int | None = None) -> Iterator[RawInput | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if max_bytes is not None and len(line) > max_bytes // 4 and (size := len(line.encode())) > max_bytes:
            yield OversizeInputError(f"{source}:{number}", f"record too large ({size} bytes > limit {max_bytes});"
                                     " raise WARLOG_MAX_FILE_BYTES")
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInputError(f"{source}:{number}", f"invalid JSON at column {exc.colno}: {exc.msg}")
            continue
        yield _json_record(item, f"{source}:{number}")


def _json_record(item: object, source: str) -> RawInput | InputError:
    if not isinstance(item, dict):
        return MalformedInputError(source, f"expected a JSON object, got {type(item).__name__}")
    for key, fmt in (("html", "html"), ("text", "text")):
        body = item.get(key)
        if body is None:
            continue
        if not isinstance(body, str):
            return MalformedInputError(source, f"field {key!r} must be a string")
        if not body.strip():
            return EmptyInputError(source, f"field {key!r} is empty")
        return RawInput(source=source, body=body, format="html" if fmt == "html" else "text",
                        meta=normalize_meta(item))
    return MalformedInputError(source, "JSON object has neither a 'text' nor an 'html' field")
