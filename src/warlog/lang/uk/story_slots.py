"""Slots a Ukrainian event takes from the story around it when its own sentences name none: the one oblast of the
story's lead, Ukraine when only its institutions are named ("СЗЧ", "ТЦК", "ДБР"), and the prosecutors' or police
office that handles the case as a source."""

from __future__ import annotations

import re
from functools import cache

from ...models import Entity, Report, Where
from .lexicon import load

_FLAGS = re.IGNORECASE
_UKRAINIAN_INSTITUTION = re.compile(r"(?<![\w'’])(?:СЗЧ|ТЦК(?:\s+та\s+СП)?|ДБР|ЗСУ|Сил\w*\s+оборони|ВЛК)(?![\w'’])")


def inside(e: Entity, spans: list[tuple[int, int]]) -> bool:
    return any(a <= e.start and e.end <= b for a, b in spans)


@cache
def _country_names() -> frozenset[str]:
    return frozenset(load("countries")["countries"].values())


def is_country(e: Entity) -> bool:
    return (e.lemma or e.text) in _country_names() or e.text in {"РФ", "США", "ЄС"}


def place_id(e: Entity) -> str:
    """The gazetteer's id when the place is resolved ("Сумська громада" and "Сумська область" are two places),
    else the start of its lemma (inflected spellings of one unresolved name)."""
    return e.geo.gazetteer_id if e.geo is not None and e.geo.gazetteer_id else place_key(e)


def place_key(e: Entity) -> str:
    return (e.lemma or e.text).casefold()[:5]


def lead_region(report: Report, sentences: list[tuple[int, int]], paragraphs: list[int]) -> Where | None:
    """An event that names no place of its own, in a story whose lead names one oblast and no town ("... намагався
    перейти кордон в Одеській області"; then "Згодом знайшли тіло ..."): it happened in that oblast."""
    lead = [span for span, par in zip(sentences, paragraphs, strict=True) if par <= 1]
    places = [e for e in report.entities if e.label == "PLACE" and inside(e, lead) and not is_country(e)]
    regions = {place_id(e): e for e in places if e.geo is not None and e.geo.precision == "region"}
    if len(regions) != 1 or len(places) != sum(1 for e in places if place_id(e) in regions):
        return None
    e = next(iter(regions.values()))
    return Where(name=e.lemma or e.text, text=e.text, entity_id=e.id, span=report.span(e.start, e.end))


def country_by_institution(report: Report, spans: list[tuple[int, int]]) -> Where | None:
    """An incident with no place told through an institution only Ukraine has ("СЗЧ", "ТЦК", "ДБР", "ЗСУ"):
    it happened in Ukraine's forces, so its country is Ukraine (the term is the evidence)."""
    text = report.document.text
    for a, b in spans:
        m = _UKRAINIAN_INSTITUTION.search(text, a, b)
        if m:
            return Where(name="Ukraine", text=m.group(), country="UA", precision="country",
                         span=report.span(m.start(), m.end()))
    return None


# Prosecutors, police and investigators: their copy is the story's source ("Прокурори ... прокуратури повідомили про
# підозру", "За даними поліції області").
_AUTHORITY = re.compile(r"(?<![\w'’])(?:прокуратур\w*|поліці\w*|ДБР|СБУ|ОГП|Нацполіці\w*|Офіс\w*\s+(?:генпрокурора|"
                        r"генерального\s+прокурора))(?![\w'’])", _FLAGS)


def authorities(report: Report, sentences: list[tuple[int, int]], paragraphs: list[int],
                 spans: list[tuple[int, int]]) -> list[str]:
    """The prosecutors' or police office named in the story's lead or beside its event (an office that handles the
    case is who told it), by the text's own name for it."""
    lead = [span for span, par in zip(sentences, paragraphs, strict=True) if par <= 1]
    text = report.document.text
    # "Джерело: місцеве видання «20 хвилин», поліція області": the line that names the story's sources names them
    # for every event it tells
    listed = [span for span in sentences if _SOURCE_LINE.match(text, *span)]
    names: list[str] = []
    for e in report.entities:
        if (e.label == "ORG" and inside(e, spans + lead) and _AUTHORITY.search(e.text)
                or e.label in ("ORG", "OUTLET") and inside(e, listed)) and e.text not in names:
            names.append(e.text)
    return names


_SOURCE_LINE = re.compile(r"\s*(?:Джерело|Джерела)\s*:\s*")
