"""JSON (one object or a list of objects) and JSON Lines: each object a document with a ``text`` or ``html``
field and the known metadata keys (``title``, ``outlet``, ``url``, ``published``/``date``, ``synthetic``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from ..errors import EmptyInputError, InputError, MalformedInputError, OversizeInputError
from .base import RawInput, Reader, normalize_meta, read_limited
from .decode import decode_bytes


def json_record(item: object, source: str) -> RawInput | InputError:
    """One JSON object as a raw document (also the record form of Parquet rows)."""
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


def json_line(line: str, source: str) -> RawInput | InputError:
    """One JSON Lines record."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return MalformedInputError(source, f"invalid JSON at column {exc.colno}: {exc.msg}")
    return json_record(item, source)


def _text(path: Path, max_bytes: int) -> str:
    return decode_bytes(read_limited(path, max_bytes), str(path))


class JsonReader(Reader):
    name: ClassVar[str] = "json"
    suffixes: ClassVar[tuple[str, ...]] = (".json",)

    def read(self, path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
        source = str(path)
        try:
            data = json.loads(_text(path, max_bytes))
        except InputError as exc:
            yield exc
            return
        except json.JSONDecodeError as exc:
            yield MalformedInputError(source, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
            return
        if isinstance(data, list):
            for index, item in enumerate(data):
                yield json_record(item, f"{source}[{index}]")
        else:
            yield json_record(data, source)


def oversize_record(line: str, source: str, max_bytes: int) -> OversizeInputError | None:
    """The error for a JSON Lines record over the limit (the limit applies per record, not per file)."""
    if len(line) > max_bytes // 4 and (size := len(line.encode())) > max_bytes:
        return OversizeInputError(source, f"record too large ({size} bytes > limit {max_bytes}); "
                                          "raise WARLOG_MAX_FILE_BYTES")
    return None


class JsonLinesReader(Reader):
    """One record per line; the file-size limit applies to each record, as the sharded reader applies it."""

    name: ClassVar[str] = "jsonl"
    suffixes: ClassVar[tuple[str, ...]] = (".jsonl",)

    def read(self, path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
        try:
            text = decode_bytes(path.read_bytes(), str(path))
        except OSError as exc:
            yield InputError(str(path), f"cannot read file: {exc.strerror or exc}")
            return
        except InputError as exc:
            yield exc
            return
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            yield oversize_record(line, source, max_bytes) or json_line(line, source)
