"""An incident's place resolved again with what the report says around it.

The geocode stage resolves each place name once, for the whole text. A settlement name shared by several
places ("Zaitseve": seven villages; "St. Petersburg": Russia's city and Florida's) may come out as a namesake
with low confidence. An incident's place is where the report's event happened, so it is looked up again with
the region the report names beside it (a confidently resolved place in the same sentence, else the region most
of the report's places lie in) or, failing that, the report's country, and the result replaces the first one
only when the resolver then finds the name there with high confidence. The entity's own resolution is left as
the geocode stage made it; only the incident's ``where`` changes, and its reason says why.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from ..models import Entity, GeoRef, Incident, Report, Where

_SURE = 0.8  # a resolution this confident says where the report is
_UNSURE = 0.6  # an incident place resolved below this is looked up again
_MIN_REGION_SHARE = 2 / 3
_COUNTRY_NAMES = {"RU": "Russia", "UA": "Ukraine", "BY": "Belarus", "MD": "Moldova", "PL": "Poland",
                  "GE": "Georgia"}
_SIDE_COUNTRY = {"Russia": "RU", "Ukraine": "UA"}
_SETTLEMENT = ("settlement", "hromada", "point", "district")
# Wire reports sort a day's strikes by compass point ("In the east, ... in the town of Kostiantynivka"): a
# namesake outside the regions of that part of Ukraine is not the one meant.
_COMPASS = re.compile(r"\s*(?:[\"“]\s*)?In\s+(?:the\s+(?P<a>east|south|north|west)\b|(?P<b>east|south|north|west)ern\s+"
                      r"Ukraine\b)", re.IGNORECASE)
# Each part's regions in the order a namesake is taken when several hold it (a prior, not evidence: the region
# where that part of the front has been fought over most comes first).
_UKRAINE_BY_COMPASS = {
    "east": ("Donetsk Oblast", "Luhansk Oblast", "Kharkiv Oblast", "Dnipropetrovsk Oblast", "Zaporizhzhia Oblast"),
    "south": ("Kherson Oblast", "Zaporizhzhia Oblast", "Mykolaiv Oblast", "Odesa Oblast", "Crimea"),
    "north": ("Chernihiv Oblast", "Sumy Oblast", "Kyiv Oblast", "Zhytomyr Oblast", "Kharkiv Oblast"),
    "west": ("Lviv Oblast", "Volyn Oblast", "Rivne Oblast", "Ternopil Oblast", "Ivano-Frankivsk Oblast",
             "Zakarpattia Oblast", "Chernivtsi Oblast", "Khmelnytskyi Oblast"),
}


def _sure(e: Entity) -> bool:
    return e.label == "PLACE" and e.geo is not None and e.geo.confidence >= _SURE and e.geo.admin1 is not None


def _main_region(places: list[Entity]) -> str | None:
    counts = Counter(e.geo.admin1 for e in places if e.geo is not None and e.geo.precision != "country")
    if not counts:
        return None
    region, n = counts.most_common(1)[0]
    return region if n >= 2 and n >= _MIN_REGION_SHARE * sum(counts.values()) else None


def _main_country(places: list[Entity], side: str | None) -> str | None:
    counts = Counter(e.geo.country for e in places if e.geo is not None and e.geo.country)
    if counts:
        return counts.most_common(1)[0][0]
    return _SIDE_COUNTRY.get(side or "")


def _sentence_region(entity: Entity, places: list[Entity], sentences: list[tuple[int, int]]) -> str | None:
    span = next(((a, b) for a, b in sentences if a <= entity.start < b), None)
    if span is None:
        return None
    beside = [e for e in places if e.id != entity.id and span[0] <= e.start < span[1]
              and e.geo is not None and e.geo.precision != "country"]
    nearest = min(beside, key=lambda e: abs(e.start - entity.start), default=None)
    return nearest.geo.admin1 if nearest is not None and nearest.geo is not None else None


def _lookup(resolver: Any, name: str, context: str) -> GeoRef | None:
    from ..geo import PlaceMention

    found: list[GeoRef | None] = resolver.resolve(f"{name}, {context}",
                                                  [PlaceMention(start=0, end=len(name), text=name, hint="unknown")])
    return found[0] if found else None


def resolve_in_context(report: Report, incidents: list[Incident], sentences: list[tuple[int, int]],
                       resolver: Callable[[], Any], side: str | None) -> None:
    """Look each unsure incident place up again beside the report's region or country (see the module doc).

    ``resolver`` gives the gazetteer resolver; it is asked for only when an incident place is unsure."""
    by_id = {e.id: e for e in report.entities}
    sure = [e for e in report.entities if _sure(e)]
    region, country = _main_region(sure), _main_country(sure, side)
    for incident in incidents:
        where = incident.where
        entity = by_id.get(where.entity_id or "") if where is not None else None
        if where is not None and entity is not None and entity.geo is None:
            _region_of_neighbour(report, entity, sentences, where)
            continue
        if where is None or entity is None or entity.geo is None:
            continue
        geo = entity.geo
        if _by_compass(report, entity, sentences, resolver, where):
            continue
        # A name resolved to another spelling ("Sadove" to "Siedove") is a guess however confident the ranking.
        respelt = geo.name.casefold() != entity.text.casefold()
        if (geo.confidence >= _UNSURE and not respelt) or geo.precision not in _SETTLEMENT:
            continue
        # A place resolved in the same sentence says which region the report means even when it is unsure itself
        # ("in the village of Sadove, Kherson city's military administration said").
        resolved = [e for e in report.entities if e.label == "PLACE" and e.geo is not None and e.geo.admin1]
        hints = [(r, "region") for r in (_sentence_region(entity, resolved, sentences), region) if r]
        if country in _COUNTRY_NAMES:
            hints.append((_COUNTRY_NAMES[country], "country"))
        for hint, kind in hints:
            if (kind == "region" and hint == geo.admin1) or (kind == "country" and _COUNTRY_NAMES.get(
                    geo.country or "") == hint):
                break  # the first resolution already lies where the report is
            found = _lookup(resolver(), entity.text, hint)
            if found is None or found.confidence < _SURE or found.precision == "region":
                continue
            if (found.admin1 if kind == "region" else _COUNTRY_NAMES.get(found.country or "")) != hint:
                continue
            where.take(found)
            break


def _by_compass(report: Report, entity: Entity, sentences: list[tuple[int, int]], resolver: Callable[[], Any],
                where: Where) -> bool:
    """A Ukrainian settlement in a sentence opening on a compass point ("In the east, ...") placed outside that
    part of the country is looked up in each of its regions; True when one of them holds it surely."""
    geo = entity.geo
    if geo is None or geo.country != "UA" or geo.precision not in _SETTLEMENT:
        return False
    span = next(((a, b) for a, b in sentences if a <= entity.start < b), None)
    compass = _COMPASS.match(report.document.text, span[0]) if span is not None else None
    if compass is None:
        return False
    regions = _UKRAINE_BY_COMPASS[(compass["a"] or compass["b"]).lower()]
    if geo.admin1 in regions:
        return False
    for region in regions:
        found = _lookup(resolver(), entity.text, region)
        if found is not None and found.confidence >= _SURE and found.admin1 == region and found.precision != "region":
            where.take(found)
            return True
    return False


def _region_of_neighbour(report: Report, entity: Entity, sentences: list[tuple[int, int]], where: Where) -> None:
    """A site the gazetteer lacks ("a position called Zenit") lies in the region of the settlement the report
    names in its sentence or the two before ("Avdiivka's defenses were falling apart."): the region is known, the
    point is not."""
    index = next((i for i, (a, b) in enumerate(sentences) if a <= entity.start < b), None)
    if index is None:
        return
    start = sentences[max(0, index - 2)][0]
    near = [e for e in report.entities if e.label == "PLACE" and e.geo is not None and e.geo.admin1
            and e.geo.precision in _SETTLEMENT and start <= e.start < entity.start and e.geo.confidence >= 0.5]
    if near and where.admin1 is None:
        geo = near[-1].geo
        assert geo is not None
        where.admin1, where.country, where.precision = geo.admin1, geo.country, "region"

