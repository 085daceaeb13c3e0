"""Ukrainian words and sentences by rule (character offsets into the clean text).

Words keep apostrophes and inner hyphens (п'ятеро, Інтерфакс-Україна, 155-ї). Sentences end at . ! ? …
before a capital, a digit, a quote or a dash, except after abbreviations and initials (вул., м., В. Зеленський),
and at every line break: Telegram posts put one statement per line, often without a full stop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

APOSTROPHES = "'’ʼ`"
# "Цензор.НЕТ": a dot between a word and a capitalised word is part of a name.
WORD = re.compile(r"[\w" + APOSTROPHES + r"]+(?:(?:[-‑]|\.(?=[A-ZА-ЯІЇЄҐ]{2,}\b))[\w" + APOSTROPHES + r"]+)*")
_END = re.compile(r"[.!?…]+[»\"”)]*(?=\s+[«\"“(—–-]?\s*[A-ZА-ЯІЇЄҐ0-9«\"“—–-])")
_ABBREVIATIONS = frozenset(
    "вул просп пл бул м с смт сел обл р рр ст ім св т тис млн млрд грн див напр д кв корп проф акад "
    "ген полк підполк майор лейт капт ред п пп ч ін інш тощо хв год км коп".split())


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text, start, stop)]


def _abbreviation_before(text: str, dot: int) -> bool:
    m = re.search(r"(\w+)\s?$", text[max(0, dot - 12):dot])
    if m is None:
        return False
    word = m.group(1)
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if m.group().startswith(".") and len(m.group()) == 1 and _abbreviation_before(text, m.start()):
                continue
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, line.end()))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
