"""Morphology for matching and normalising Russian text: lemma strings, names and places in the nominative.

``LemmaText`` is a document's words replaced by their lemmas, with a map back to the surface offsets, so
trigger patterns are written once per lemma ("обстрелять", "атака беспилотник") and still give evidence
spans in the clean text. ``name_nominative`` and ``place_lemma`` put inflected names back into the
dictionary form ("Романа Мельникова" -> "Роман Мельников", "Белгородской области" -> "Белгородская
область").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .models import lemma, parses

# Words (with inner hyphens: "Шторм-Z", "из-под") and single punctuation marks are tokens.
_TOKEN = re.compile(r"[\w\u0301]+(?:[-‐/][\w\u0301]+)*|[^\w\s]")
_NAME_TAGS = ("Name", "Surn", "Patr")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")


@dataclass(frozen=True)
class LemmaText:
    """Lemmas of a text joined by single spaces, with each lemma token's surface offsets."""

    text: str
    starts: tuple[int, ...]  # lemma-token start offsets in ``text``
    ends: tuple[int, ...]
    surface: tuple[tuple[int, int], ...]  # each token's (start, end) in the source text

    @classmethod
    def of(cls, source: str, start: int = 0, end: int | None = None) -> LemmaText:
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        surface: list[tuple[int, int]] = []
        at = 0
        for m in _TOKEN.finditer(source, start, len(source) if end is None else end):
            word = m.group()
            form = compound_lemma(word) if word[0].isalpha() else word.lower()
            form = form.replace("ё", "е")
            starts.append(at)
            ends.append(at + len(form))
            surface.append((m.start(), m.end()))
            parts.append(form)
            at += len(form) + 1
        return cls(" ".join(parts), tuple(starts), tuple(ends), tuple(surface))

    def to_surface(self, start: int, end: int) -> tuple[int, int] | None:
        """The source span of the lemma tokens that [start, end) of ``text`` touches."""
        first = bisect.bisect_right(self.ends, start)
        last = bisect.bisect_left(self.starts, end) - 1
        if first >= len(self.surface) or last < first:
            return None
        return self.surface[first][0], self.surface[last][1]

    def from_surface(self, offset: int) -> int:
        """The lemma-text offset of the first token starting at or after source ``offset``."""
        i = bisect.bisect_left(self.surface, (offset, -1))  # tuples order by start first
        return self.starts[i] if i < len(self.starts) else len(self.text)


def compound_lemma(word: str) -> str:
    """A word's lemma; a hyphenated compound the dictionary does not know ("дронами-камикадзе") part by part
    ("дрон-камикадзе"), so lemma patterns for its head still match."""
    if "-" in word:
        found = parses(word)
        if found and not found[0].is_known:
            return "-".join(lemma(part) if part else part for part in word.split("-"))
    return lemma(word)


def _keep_case(form: str, like: str) -> str:
    """``form`` spelt with the capitalisation of ``like`` (per hyphen part)."""
    if like.isupper() and len(like) > 1:
        return form.upper()
    parts, models = form.split("-"), like.split("-")
    out = [p.capitalize() if i < len(models) and models[i][:1].isupper() else p for i, p in enumerate(parts)]
    return "-".join(out)


def _tag_has(p: Any, *grams: str) -> bool:
    return any(g in p.tag for g in grams)


def name_nominative(words: list[str]) -> list[str]:
    """A person's name in the nominative: the case and gender all parts agree on, each part inflected."""
    return list(_name_nominative(tuple(words)))


@lru_cache(maxsize=1 << 14)
def _name_nominative(words_tuple: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_nominative(list(words_tuple)))  # names recur across reports: one analysis per spelling


def _nominative(words: list[str]) -> list[str]:
    options = [[p for p in parses(w) if _tag_has(p, *_NAME_TAGS)] for w in words]
    if not any(options):
        return words
    if len(words) == 1 and any(p.tag.case == "nomn" for p in options[0]):
        return words  # "Белова" alone: a woman in the nominative as likely as a man in the genitive
    best: tuple[float, str, str | None] | None = None
    for case in _CASES:
        for gender in ("masc", "femn", None):
            # Parts that agree, each weighted by how likely its agreeing parse is ("Романа": a man's name in
            # the genitive far more often than a woman's in the nominative).
            agree = sum(max((p.score for p in opts if p.tag.case == case
                             and (gender is None or p.tag.gender in (gender, None))), default=-1.0) + 1.0
                        for opts in options)
            if best is None or agree > best[0] + 1e-9:
                best = (agree, case, gender)
    assert best is not None
    _, case, gender = best
    out: list[str] = []
    for word, opts in zip(words, options, strict=True):
        chosen = next((p for p in opts if p.tag.case == case and (gender is None or p.tag.gender in (gender, None))),
                      None)
        if chosen is None or case == "nomn":
            out.append(word)
            continue
        grams = {"nomn", "sing"} | ({gender} if gender and _tag_has(chosen, "Surn") else set())
        inflected = chosen.inflect(grams) or chosen.inflect({"nomn"})
        out.append(_keep_case(str(inflected.word), word) if inflected else word)
    return out


def _phrase_case(words: list[str]) -> str | None:
    """The case of a noun phrase: the case its first word's most likely parse has."""
    for p in parses(words[0]):
        if p.tag.POS in ("NOUN", "ADJF", "PRTF") and p.tag.case:
            return str(p.tag.case)
    return None


def place_forms(text: str) -> list[str]:
    """Dictionary forms an inflected place name may have, most likely first ("в Крынках" -> Крынка, Крынки).

    A one-word name known to the dictionary as a place (Geox) gives its own lemma only; otherwise the
    singular and the plural nominative, since a lemmatiser turns the plural town Крынки into "крынка".
    """
    words = text.split()
    if not words or not all(w[:1].isalpha() for w in words):
        return []
    if len(words) == 1:
        word = words[0]
        geo = [p for p in parses(word) if _tag_has(p, "Geox")]
        if geo:
            return [_keep_case(str(geo[0].normal_form), word)]
        nouns = [p for p in parses(word) if p.tag.POS == "NOUN"]
        forms: list[str] = []
        # Adjective-like names (Вербовое, Кременная, Голубое): "под Вербовым" -> every gender's nominative.
        for p in [p for p in parses(word) if p.tag.POS == "ADJF"][:1]:
            for grams in ({"nomn", "sing", "neut"}, {"nomn", "sing", "femn"}, {"nomn", "sing", "masc"}):
                infl = p.inflect(grams)
                if infl is not None and _keep_case(str(infl.word), word) not in forms:
                    forms.append(_keep_case(str(infl.word), word))
        for p in nouns[:2]:
            for grams in ({"nomn", "sing"}, {"nomn", "plur"}):
                infl = p.inflect(grams)
                if infl is not None and _keep_case(str(infl.word), word) not in forms:
                    forms.append(_keep_case(str(infl.word), word))
        return forms
    case = _phrase_case(words)
    if case is None or case == "nomn":
        return [text]
    out: list[str] = []
    for i, word in enumerate(words):
        agreeing = [p for p in parses(word) if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF", "PRTF")]
        if not agreeing or any(w[:1].isdigit() for w in words[:i]):
            out.extend(words[i:])
            break
        p = agreeing[0]
        infl = p.inflect({"nomn", str(p.tag.number)} if p.tag.number else {"nomn"}) or p.inflect({"nomn"})
        out.append(_keep_case(str(infl.word), word) if infl else word)
    return [" ".join(out)]


def place_lemma(text: str, known: Callable[[str], bool] | None = None) -> str | None:
    """The form of a place mention to look up: the first dictionary form ``known`` accepts, else the first.

    None when the surface itself is the best form: no form differs from it, or ``known`` accepts the
    surface and none of the forms ("Крынки" is a town; its lemma "Крынка" is not).
    """
    forms = [f for f in place_forms(text) if f != text]
    if known is None:
        return forms[0] if forms else None
    for form in forms:
        if known(form):
            return form
    if known(text):
        return None
    for form in _stripped_forms(text):
        if known(form):
            return form
    return forms[0] if forms else None


_OBLIQUE = re.compile(r"(?:а|у|е|ом|ым|ой|ого|ому)$")


def _stripped_forms(text: str) -> list[str]:
    """A two-word name in an oblique case the dictionary cannot parse ("Часова Яра" -> "Часов Яр"): each word
    without its case ending, or the second word only."""
    words = text.split()
    if len(words) != 2:
        return []
    stripped = [_OBLIQUE.sub("", w) for w in words]
    return [" ".join(stripped), f"{words[0]} {stripped[1]}"]
