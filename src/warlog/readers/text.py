"""Plain text (``.txt``) and Markdown (``.md``, with optional ``---`` front matter of ``key: value`` lines)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from ..errors import EmptyInputError, InputError
from .base import Format, RawInput, Reader, normalize_meta, read_limited
from .decode import decode_bytes


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


class TextReader(Reader):
    name: ClassVar[str] = "text"
    suffixes: ClassVar[tuple[str, ...]] = (".txt",)
    format: ClassVar[Format] = "text"

    def read(self, path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
        source = str(path)
        try:
            text = decode_bytes(read_limited(path, max_bytes), source)
        except InputError as exc:
            yield exc
            return
        text, meta = split_front_matter(text)
        if not text.strip():
            yield EmptyInputError(source, "no text (only whitespace or front matter)")
        else:
            yield RawInput(source=source, body=text, format=self.format, meta=meta)


class MarkdownReader(TextReader):
    name: ClassVar[str] = "markdown"
    suffixes: ClassVar[tuple[str, ...]] = (".md",)
    format: ClassVar[Format] = "markdown"
