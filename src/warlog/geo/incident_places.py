"""Incidents take the gazetteer's resolution of the PLACE entity that named them (``Where.entity_id``).

Every language's incident stage runs after geocoding, so each calls this once its incidents are built; the
geocode stage calls it too, for a pipeline that finds incidents before resolving places.
"""

from __future__ import annotations

from ..models import GEO_PRECISION_RANK, Entity, Incident, Report

# At most this much space between a place and the district or region written after it.
_ADJACENT = 4


def fill_where(incident: Incident, entities: dict[str, Entity], text: str = "") -> None:
    """Copy the resolution of the incident's place entity (``entities`` by id), when it has one; a place the
    gazetteer does not know, or puts outside the district or region written right after it ("в селе Страчово
    Суземского района Брянской области"), takes that unit's point and precision and keeps its own name."""
    where = incident.where
    if where is None or where.entity_id not in entities:
        return
    entity = entities[where.entity_id]
    unit = _unit_after(entity, list(entities.values()), text) if text else None
    if unit is not None and unit.geo is not None and (entity.geo is None or entity.geo.admin1 != unit.geo.admin1):
        # Unknown to the gazetteer, or resolved outside the region the text states ("Горицы Погарского района
        # Брянской области" is not Korçë): the stated unit wins.
        where.take(unit.geo)
        where.name = entity.lemma or entity.text
    elif entity.geo is not None:
        where.take(entity.geo)


def _unit_after(place: Entity, entities: list[Entity], text: str) -> Entity | None:
    """The finest resolved district or region in the run of places written right after ``place``."""
    found: list[Entity] = []
    end = place.end
    for e in sorted((e for e in entities if e.label == "PLACE" and e.start >= place.end), key=lambda e: e.start):
        if e.start - end > _ADJACENT or text[end:e.start].strip():
            break  # only a genitive chain ("Горицы Погарского района"), never a list ("Москву и Курскую область")
        end = e.end
        if e.geo is not None and e.geo.precision in ("hromada", "raion", "district", "region"):
            found.append(e)
    return min(found, key=lambda e: GEO_PRECISION_RANK[e.geo.precision] if e.geo else 9) if found else None


def place_incidents(report: Report) -> None:
    """``fill_where`` for every incident of the report."""
    by_id = {e.id: e for e in report.entities}
    for incident in report.incidents:
        fill_where(incident, by_id, report.document.text)
