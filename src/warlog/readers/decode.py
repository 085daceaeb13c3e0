"""Bytes to text: byte-order marks, UTF-8, an HTML page's declared charset, then detection.

Shared by every reader of text formats, so that a legacy-encoded file reads the same whatever its format.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from ..errors import BinaryInputError, DecodeInputError, EmptyInputError

# Legacy encodings we meet in this field, most likely first; used to break
# charset-normalizer's ties on short texts (it often ranks cp1125 over cp1251).
_PREFERRED_ENCODINGS = ("utf_8", "cp1251", "koi8_r", "koi8_u", "cp1252", "iso8859_5", "cp1250",
                        "latin_1", "cp866", "mac_cyrillic")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


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
