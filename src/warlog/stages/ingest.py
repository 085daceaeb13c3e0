"""Ingest: turn files, folders and strings into ``RawInput`` records.

The formats live in ``warlog.readers`` (one module per format, chosen by suffix or by content); this module
keeps the names the rest of warlog and its users import. Reading never raises for a bad input: ``iter_inputs``
yields an ``InputError`` in its place so a batch goes on. Decoding happens in the readers, once; HTML stays
HTML (the clean stage extracts it).
"""

from __future__ import annotations

from ..errors import EmptyInputError
from ..readers import META_KEYS, Format, RawInput, iter_inputs, normalize_date, normalize_meta, split_front_matter
from ..readers.decode import decode_bytes

__all__ = ["META_KEYS", "Format", "RawInput", "decode_bytes", "iter_inputs", "normalize_date", "normalize_meta",
           "read_text_input", "split_front_matter"]


def read_text_input(text: str, source: str = "<text>", **meta: str) -> RawInput:
    """A RawInput for text passed in directly (``warlog.extract(text)``)."""
    unknown = sorted(set(meta) - set(META_KEYS))
    if unknown:
        raise TypeError(f"unknown meta key(s) {', '.join(unknown)}; known: {', '.join(META_KEYS)}")
    if not text.strip():
        raise EmptyInputError(source, "empty text")
    return RawInput(source=source, body=text, format="text", meta=normalize_meta(meta))
