"""Place names the gazetteer vouches for, where a small NER model misses or mislabels them.

Two passes for the ``nlp`` stage:

- ``stated_places``: "Zemlianky, Kharkiv", "Mariupol, Oblast Donetsk", "Hostomel (Kyiv region)": a
  capitalised name followed by a region the gazetteer knows (spelt exactly, with or without its admin
  word). Both are places whatever the model said ("Mykolayivka" tagged PERSON): the pair is the
  strongest evidence a text gives, stronger than the model's guess.
- ``known_places``: capitalised names the model left untagged that are countries, or regions or towns
  of 20,000+ people in the war's countries ("Attacks on Kyiv, Kharkiv and Odesa", all missed by the
  small English model). Elsewhere the model's silence is kept: "Reading", "Mobile" and "Bath" are words.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .place import ALT_NAME, MAIN_NAME

_CAP = r"[A-ZА-ЯЁІЇЄҐ][\w'’\-]*"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,2}}"
_WORD = r"(?:region|oblast|Oblast|Region|province|district|raion|rayon|область|району?)"
_PAIR = re.compile(
    rf"(?P<place>{_NAME})\s*(?:,|\()\s*(?:in\s+(?:the\s+)?)?"
    rf"(?P<region>(?:Oblast|oblast|Region|region)\s+(?:of\s+)?{_NAME}|{_NAME}(?:\s+{_WORD})?)(?![\w'’])"
)
_TOKEN = re.compile(rf"(?<![\w'’\-]){_NAME}(?![\w'’\-])")
WAR_COUNTRIES = frozenset({"UA", "RU", "BY", "MD"})
_MIN_POPULATION = 20_000
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _is_region(g: Gazetteer, name: str) -> bool:
    return any(m.exact for m in g.region_matches(name))


def stated_places(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Spans of "place, region" pairs whose region the gazetteer knows exactly."""
    spans: list[tuple[int, int]] = []
    for m in _PAIR.finditer(text):
        place, region = m.group("place"), m.group("region")
        if not _is_region(g, region) or not g.matches(place):
            continue
        spans += [(m.start("place"), m.end("place")), (m.start("region"), m.end("region"))]
    return spans


def known_places(text: str, g: Gazetteer, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Untagged capitalised names that are countries, or war-region towns and regions (see module doc)."""
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if any(start < e and s < end for s, e in taken):
            continue
        if _SENTENCE_START.search(text[max(0, start - 3):start]) and " " not in m.group():
            continue  # a capitalised first word is any word
        for x in g.matches(m.group()):
            p = x.place
            if not x.exact or x.quality > ALT_NAME or x.rank:
                continue
            if (p.kind == "country" and x.quality == MAIN_NAME) or (p.country in WAR_COUNTRIES and (
                    p.kind == "region" or p.kind == "settlement" and p.population >= _MIN_POPULATION)):
                spans.append((start, end))
                break
    return spans


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def listed_places(text: str, g: Gazetteer, places: list[tuple[int, int]],
                  taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Untagged names listed with a place ("Zolochiv and Velykyi Burluk", "Krasnopillia, Velyka Pysarivka and
    Yunakivka") that are settlements of the war's countries under their own name, however small: a list of
    places names places. Grows from the places found until no more join."""
    known = sorted(places)
    found: list[tuple[int, int]] = []
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    grew = True
    while grew:
        grew = False
        for start, end in tokens:
            if any(start < e and s < end for s, e in taken + found + known):
                continue
            beside = any(_LIST_GAP.fullmatch(text[e:start]) or _LIST_GAP.fullmatch(text[end:s])
                         for s, e in known + found)
            if not beside:
                continue
            if any(x.exact and x.quality <= ALT_NAME and not x.rank and x.place.country in WAR_COUNTRIES
                   and x.place.kind == "settlement" for x in g.matches(text[start:end])):
                found.append((start, end))
                grew = True
    return found


_COMMUNITY = re.compile(r"(?<![\w'’\-])(?P<name>[A-ZА-ЯЁІЇЄҐ][\w'’]*(?:-[A-ZА-ЯЁІЇЄҐ][\w'’]*)*(?:\s+[A-Z][\w'’]*)?)\s+"
                        r"(?:territorial\s+|village\s+|settlement\s+|urban\s+|rural\s+)?(?:community|hromada)\b")


def community_places(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Ukrainian hromadas by their English name, "the Krasnopillia community", "the Znob-Novhorodske community",
    where the name is a Ukrainian settlement or hromada the gazetteer knows (so "the Ohio community" is none).
    The span takes in the word "community", which the resolver reads as the hromada."""
    spans = []
    for m in _COMMUNITY.finditer(text):
        if any(x.exact and x.place.country == "UA" and x.place.kind in ("settlement", "district")
               for x in g.matches(m.group("name"))):
            spans.append((m.start("name"), m.end()))
    return spans
