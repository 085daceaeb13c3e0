"""City districts for Russian: "Центрально-Городской район", "в Никитовском районе города" are parts of the city
the story names, not places of their own the gazetteer should look for elsewhere (it finds a "Городской район"
in Yemen, or nothing). A district the gazetteer does not place in Russia or Ukraine takes the city it belongs to:
the settlement written right after it ("Никитовского района Горловки"), else the nearest one named before it.
"""

from __future__ import annotations

import re

from ...incidents.detect import Candidate
from ...models import Entity, Report

_DISTRICT = re.compile(r"^(?:[А-ЯЁ][а-яё]+-)?[А-ЯЁ][а-яё]+(?:ий|ый|ой|ого|ом|ому|им|ая|ую)\s+район\w*$")
_MUNICIPAL = re.compile(r"муниципальн\w*\s+$", re.IGNORECASE)
_WAR_COUNTRIES = ("RU", "UA")
_OF_CITY = re.compile(r"\s+(?:города|г\.)")


def _settlement(e: Entity) -> bool:
    return (e.label == "PLACE" and e.geo is not None and e.geo.precision == "settlement"
            and e.geo.country in _WAR_COUNTRIES)


def is_city_district(e: Entity) -> bool:
    """A district this module put in its city (its resolution is the city's)."""
    return bool(_DISTRICT.match(e.text)) and e.geo is not None and e.geo.precision == "settlement"


def place_city_districts(report: Report) -> None:
    """Each unplaced district of a city takes the city's resolution (the entity keeps its own name)."""
    text = report.document.text
    places = [e for e in report.entities if e.label == "PLACE"]
    for e in places:
        if not _DISTRICT.match(e.text) or _MUNICIPAL.search(text, max(0, e.start - 20), e.start):
            continue
        after = next((c for c in places if c.start >= e.end and not text[e.end:c.start].strip() and _settlement(c)),
                     None)
        of_city = after is not None or _OF_CITY.match(text, e.end)
        if e.geo is not None and e.geo.country in _WAR_COUNTRIES and not of_city:
            continue  # a raion the gazetteer knows ("Васильевский район"), not said to be a city's
        before = [c for c in places if c.end <= e.start and _settlement(c)]
        city = after or (before[-1] if before else None)
        if city is None or city.geo is None:
            continue
        e.geo = city.geo.model_copy(update={"reason": f"a district of {city.geo.name}"})


def split_by_district(report: Report, cands: list[Candidate], sentences: list[tuple[int, int]]) -> list[Candidate]:
    """A run of sentences that names one city district, then another ("Центрально-Городской район обстреляли ...
    В Никитовском районе пострадал мужчина ..."), tells one event in each: the candidate is cut where the
    district changes."""
    districts = [e for e in report.entities if e.label == "PLACE" and is_city_district(e)]

    def named(index: int) -> set[str]:
        a, b = sentences[index]
        return {(e.lemma or e.text).casefold() for e in districts if a <= e.start < b}

    out: list[Candidate] = []
    for cand in cands:
        piece = Candidate(cand.type)
        current: set[str] = set()
        for m in cand.mentions:
            here = named(m.sentence)
            if here and current and not here & current and piece.mentions:
                out.append(piece)
                piece = Candidate(cand.type)
            current = here or current
            piece.mentions.append(m)
        out.append(piece)
    return out
