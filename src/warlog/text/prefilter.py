"""Skip regexes that cannot match a text, exactly: a literal-prefix check before the costly scan.

Python's ``re`` scans case-insensitive patterns that start with ``\\b(?:word|word...)`` position by position,
with no fast skip; warlog runs about a hundred such incident triggers over every sentence (the largest cost
outside the spaCy model; profiling pass, issue #8). Every match of such a pattern starts with one of a few
literal strings ("weapon", "arms", "ammunition"), so when none of them occurs anywhere in the lower-cased
document, the pattern cannot match in it nor in any part of it, and the scan is skipped.

The check is exact, never a heuristic: prefixes are read from the pattern's own parse (``re._parser``), only
from literal ASCII characters after zero-width assertions; anything else ends a prefix, and a pattern with no
usable prefix is always scanned. Under IGNORECASE a few non-ASCII characters also match ASCII letters (``ſ``
matches ``s``, the Kelvin sign ``k``, dotted and dotless ``i``): a text holding one of them is never filtered.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module
from typing import Any

_c: Any = None
_p: Any = None
try:  # the parser is private; without it every pattern is simply scanned (still correct)
    _c = import_module("re._constants")
    _p = import_module("re._parser")
except ImportError:  # pragma: no cover - Python versions without re._parser
    _c = _p = None

# Characters that IGNORECASE matches to ASCII letters although they are not ASCII (checked by a test).
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
_MAX_PREFIXES = 64
_MIN_LENGTH = 3  # shorter prefixes occur in nearly every text: no gain, only cost


def lowered(text: str) -> str | None:
    """The text for ``may_match``: lower-cased, or None when it holds a character that defeats the check."""
    if any(ch in text for ch in FOLDS_TO_ASCII):
        return None
    return text.lower()


def _prefixes(items: Any) -> tuple[list[str], bool]:
    """Literal strings one of which starts every match of ``items``; True when ``items`` is that literal."""
    out = [""]
    for op, av in items:
        if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
            continue  # zero-width: constrains no character
        if op is _c.LITERAL and av < 128:
            out = [s + chr(av).lower() for s in out]
            continue
        if op is _c.SUBPATTERN:
            found, whole = _prefixes(av[-1].data)
        elif op is _c.BRANCH:
            found, whole = [], True
            for alternative in av[1]:
                sub, sub_whole = _prefixes(alternative.data)
                found += sub
                whole = whole and sub_whole
        else:
            return out, False
        combined = list(dict.fromkeys(s + f for s in out for f in found))
        if len(combined) > _MAX_PREFIXES:
            return out, False
        out = combined
        if not whole:
            return out, False
    return out, True


@cache
def literal_prefixes(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which begins every match of ``pattern``; None when there is no useful set."""
    if _p is None or _c is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    found, _ = _prefixes(parsed.data)
    if not found or min(len(s) for s in found) < _MIN_LENGTH:
        return None
    # A prefix that contains another adds nothing: keep the shortest forms only.
    kept = sorted(set(found), key=len)
    minimal = [s for i, s in enumerate(kept) if not any(k in s for k in kept[:i])]
    return tuple(minimal)


def may_match(pattern: re.Pattern[str], low: str | None) -> bool:
    """False only when ``pattern`` certainly has no match in the text that ``lowered`` gave ``low`` for."""
    if low is None:
        return True
    prefixes = literal_prefixes(pattern)
    return prefixes is None or any(map(low.__contains__, prefixes))
