"""Call signs: a soldier's nickname in guillemets ("з позивним «Позитив»", "Ігор Максимчук («Хміль»)") and the
same nickname wherever the story uses it again, in any case ("«Позитива» поранило"). They are people, not the
places or companies the gazetteer or the quoted-name rule would otherwise take them for ("Хміль" is also a village).
"""

from __future__ import annotations

import re

_NAME = r"[A-ZА-ЯІЇЄҐ][\w'’-]{1,30}(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]{1,30})?"
# "з позивним «Позитив»", "позивний — «Хміль»", "на позивний «Сокіл»"
_AFTER_WORD = re.compile(rf"(?<![\w'’])позивн\w*\s*[—–:-]?\s*«(?P<name>{_NAME})»", re.IGNORECASE)
# "Ігор Максимчук («Хміль»)": in parentheses right after a capitalised name
_IN_PARENTHESES = re.compile(rf"(?<![\w'’])[А-ЯІЇЄҐ][\w'’-]+\s*\(\s*«(?P<name>{_NAME})»\s*\)")
_QUOTED = re.compile(rf"«(?P<name>{_NAME})»")


def _stem(name: str) -> str:
    """The part of a call sign its case endings leave alone: "Позитив" -> "Позитив", "Хміль" -> "Хміл"."""
    return name if len(name) <= 4 else name[:max(4, len(name) - 2)]


def call_signs(text: str) -> list[tuple[int, int]]:
    """Spans (inside the guillemets) of every call sign the text introduces and of its later uses."""
    signs = {m.group("name") for rx in (_AFTER_WORD, _IN_PARENTHESES) for m in rx.finditer(text)}
    if not signs:
        return []
    stems = {_stem(s).casefold(): s for s in signs}
    spans = []
    for m in _QUOTED.finditer(text):
        name = m.group("name")
        folded = name.casefold()
        if name in signs or any(folded.startswith(stem) and len(folded) - len(stems[stem]) <= 3
                                for stem in stems):
            spans.append((m.start("name"), m.end("name")))
    return spans
