"""Ukrainian morphology through pymorphy3 with ``pymorphy3-dicts-uk`` (an optional dependency).

Lemmas feed place resolution (``у Херсоні`` -> ``херсон``) and trigger expansion; the Name, Surn and Patr
grammemes mark people. Without the dictionary the pack still runs: lemmas fall back to the lowercased
word and people are found by capitalisation and context alone (measured in BENCHMARKS.md).
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from ...errors import WarlogError
from .. import morphology

_PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


@cache
def analyzer() -> Any | None:
    """The Ukrainian MorphAnalyzer, or None when pymorphy3 or its Ukrainian dictionary is not installed."""
    try:
        return morphology.analyzer("uk")
    except ImportError:
        return None
    except (ValueError, OSError, KeyError, WarlogError):
        return None


def available() -> bool:
    return analyzer() is not None


@lru_cache(maxsize=200_000)
def parses(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(lemma, grammemes) of each analysis of ``word``, best first; empty without the dictionary."""
    morph = analyzer()
    if morph is None:
        return ()
    # the dictionary spells the apostrophe as U+0027; texts also use ’ (U+2019) and ʼ (U+02BC): "Слов’янську" read
    # as "Слов'янську" is Sloviansk, not an adjective "слов’янський"
    plain = word.translate(_APOSTROPHES)
    found = tuple((p.normal_form, frozenset(p.tag.grammemes)) for p in morph.parse(plain))
    if plain == word:
        return found
    back = str.maketrans({"'": word[next(i for i, c in enumerate(word) if c in "’ʼ")]})
    return tuple((lemma_.translate(back), grammemes) for lemma_, grammemes in found)


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def lemma(word: str) -> str:
    found = parses(word)
    return found[0][0] if found else word.lower()


def lemmas(word: str) -> set[str]:
    found = parses(word)
    return {p[0] for p in found} if found else {word.lower()}


_FUNCTION = frozenset({"NPRO", "PREP", "CONJ", "PRCL", "ADVB", "INTJ", "PRED", "NUMR"})


def is_function_word(word: str) -> bool:
    """A pronoun, preposition, conjunction, particle or adverb in some analysis ('Вона', 'Там', 'Від')."""
    return len(word) == 1 or any(g & _FUNCTION for _, g in parses(word))


def only_name(word: str) -> bool:
    """Every analysis is a name part: 'Петро', not 'Віра' (faith) or 'Надія' (hope)."""
    found = parses(word)
    return bool(found) and all(g & _PERSON_GRAMMEMES or "UNKN" in g for _, g in found)


def person_part(word: str) -> str | None:
    """'Name', 'Surn' or 'Patr' when some analysis of the word is a personal name part (never of a function word)."""
    if is_function_word(word):
        return None
    for _, grammemes in parses(word):
        for g in ("Name", "Patr", "Surn"):
            if g in grammemes:
                return g
    return None


def has_grammeme(word: str, grammeme: str) -> bool:
    return any(grammeme in g for _, g in parses(word))


def is_common_word(word: str) -> bool:
    """A dictionary word that is not a name part (sentence-initial 'Вранці', 'Росіяни')."""
    found = parses(word)
    if not found:
        return False
    known = [g for _, g in found if "UNKN" not in g]
    return bool(known) and not any(g & _PERSON_GRAMMEMES for g in known)


def is_known(word: str) -> bool:
    """The dictionary has the word (not only a guess from its ending)."""
    morph = analyzer()
    return morph is not None and bool(morph.word_is_known(word.lower()))


def forms(word: str) -> set[str]:
    """Every inflected form of the lexemes whose lemma is ``word`` ({word} without the dictionary)."""
    morph = analyzer()
    if morph is None:
        return {word}
    out = {word}
    for p in morph.parse(word):
        if p.normal_form == word:
            out.update(f.word for f in p.lexeme)
    return out
