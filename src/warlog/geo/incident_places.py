"""Incidents take the gazetteer's resolution of the PLACE entity that named them (``Where.entity_id``).

Every language's incident stage runs after geocoding, so each calls this once its incidents are built; the
geocode stage calls it too, for a pipeline that finds incidents before resolving places.
"""

from __future__ import annotations

from ..models import Entity, Incident, Report


def fill_where(incident: Incident, entities: dict[str, Entity]) -> None:
    """Copy the resolution of the incident's place entity (``entities`` by id), when it has one."""
    where = incident.where
    if where is None or where.entity_id not in entities:
        return
    geo = entities[where.entity_id].geo
    if geo is not None:
        where.take(geo)


def place_incidents(report: Report) -> None:
    """``fill_where`` for every incident of the report."""
    by_id = {e.id: e for e in report.entities}
    for incident in report.incidents:
        fill_where(incident, by_id)
