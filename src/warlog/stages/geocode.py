"""Stage ``geocode``: resolve every PLACE entity and give incidents their coordinates."""

from __future__ import annotations

import re
from typing import Any

from .. import resources as res
from ..pipeline.component import Stage, Work, component
from ..settings import Settings

_ADMIN_WORD = re.compile(r"\b(?:(?:region|oblast|raion|district|krai|province)s?|област\w*|район\w*|громад\w*|"
                         r"кра[йяю]\w*|округ\w*)\b", re.IGNORECASE)


class GeocodeStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.resources = resources

    def __call__(self, work: Work) -> Work:
        from ..geo import PlaceMention

        report = work.report
        places = [e for e in report.entities if e.label == "PLACE"]
        if not places:
            return work
        resolver = res.resolver(self.settings, self.resources)

        def mentions(use_lemma: bool, entities: list[Any]) -> list[PlaceMention]:
            out = []
            for e in entities:
                name = (e.lemma or e.text) if use_lemma else e.text
                out.append(PlaceMention(start=e.start, end=e.end, text=name,
                                        hint="region" if _ADMIN_WORD.search(name) else "unknown"))
            return out

        # Inflected languages give the dictionary form first ("Белгородской области" -> "Белгородская
        # область"); a lemmatiser can also damage a name (Крынки -> Крынка), so the surface form is the fallback.
        for entity, geo in zip(places, resolver.resolve(report.document.text, mentions(True, places)), strict=True):
            entity.geo = geo
        retry = [e for e in places if e.lemma and e.lemma != e.text and (e.geo is None or e.geo.gazetteer_id is None)]
        if retry:
            for entity, geo in zip(retry, resolver.resolve(report.document.text, mentions(False, retry)), strict=True):
                if geo is not None and (entity.geo is None or geo.gazetteer_id is not None):
                    entity.geo = geo
        by_id = {e.id: e for e in places}
        for incident in report.incidents:
            where = incident.where
            if where is None or where.entity_id not in by_id:
                continue
            geo = by_id[where.entity_id].geo
            if geo is None:
                continue
            where.name = geo.name
            where.admin1 = geo.admin1
            where.country = geo.country
            where.lat = geo.lat
            where.lon = geo.lon
            where.precision = geo.precision
            where.radius_km = geo.radius_km
            where.gazetteer_id = geo.gazetteer_id
            where.confidence = geo.confidence
        return work


@component("geocode", requires=("entities",), assigns=("geo",))
def make_geocode(settings: Settings, resources: dict[str, Any]) -> Stage:
    """Gazetteer resolution of places, with the stated admin context and a reason per choice."""
    return GeocodeStage(settings, resources)
