"""HTML pages (``.html``, ``.htm``): kept as HTML; the clean stage extracts the article and its metadata."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from ..errors import EmptyInputError, InputError
from .base import RawInput, Reader, read_limited
from .decode import decode_bytes


class HtmlReader(Reader):
    name: ClassVar[str] = "html"
    suffixes: ClassVar[tuple[str, ...]] = (".html", ".htm")

    def read(self, path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
        source = str(path)
        try:
            text = decode_bytes(read_limited(path, max_bytes), source, html=True)
        except InputError as exc:
            yield exc
            return
        if not text.strip():
            yield EmptyInputError(source, "no text (only whitespace or front matter)")
        else:
            yield RawInput(source=source, body=text, format="html")
