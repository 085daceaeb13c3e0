"""Context that makes a capitalised word a person for ``ner.py`` though the gazetteer knows it as a place: the
speaker after a quote's dash and speech verb ("», — каже Богдан"), or a first name coordinated with another
("Богдан та Іван"). Some first names are in the dictionary only as common nouns, and villages bear many of them."""

from __future__ import annotations

from functools import cache

from . import morph
from .lexicon import load
from .tokens import Token

_DASHES = ("—", "–", "-")
_AND = frozenset({"та", "і", "й"})


@cache
def _speech_forms() -> frozenset[str]:
    return frozenset(f.lower() for lemma in load("attribution")["speech_verbs"] for f in morph.forms(lemma))


def speaks_after_quote(text: str, toks: list[Token], i: int) -> bool:
    """The word at ``i`` follows a dash and a speech verb ("», — зізнається Богдан"): it names who spoke."""
    return (i >= 1 and toks[i - 1].text.lower() in _speech_forms()
            and text[:toks[i - 1].start].rstrip().endswith(_DASHES))


def paired_with_name(toks: list[Token], i: int, n: int) -> bool:
    """The one word at ``i`` is joined by "та"/"і"/"й" to a first name, before or after it ("Богдан та Іван")."""
    after = toks[i + n:i + n + 2]
    before = toks[max(0, i - 2):i]
    return n == 1 and any(len(pair) == 2 and pair[0 if side else 1].text in _AND
                          and morph.person_part(pair[1 if side else 0].text) == "Name"
                          and morph.only_name(pair[1 if side else 0].text)
                          for pair, side in ((after, True), (before, False)))


def people_plural(word: str) -> bool:
    """A plural of a common animate noun ("Українці", "Росіяни"), though a surname reads it too ("Українець"):
    opening a sentence, it is a group of people, not a name."""
    return any({"anim", "plur", "nomn", "NOUN"} <= g and not g & {"Name", "Surn", "Patr"}
               for _, g in morph.parses(word))
