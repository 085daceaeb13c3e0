"""Stage ``geocode``: resolve every PLACE entity and give incidents their coordinates."""

from __future__ import annotations

import re
from typing import Any

from .. import resources as res
from ..pipeline.component import Stage, Work, component
from ..settings import Settings

_ADMIN_WORD = re.compile(r"\b(?:region|oblast|raion|district|krai|province|област\w*|район\w*|громад\w*)s?\b",
                         re.IGNORECASE)


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
        mentions = [
            PlaceMention(start=e.start, end=e.end, text=e.text,
                         hint="region" if _ADMIN_WORD.search(e.text) else "unknown")
            for e in places
        ]
        resolver = res.resolver(self.settings, self.resources)
        for entity, geo in zip(places, resolver.resolve(report.document.text, mentions), strict=True):
            entity.geo = geo
            if entity.lemma:  # an inflected mention ("у Сумах"): its dictionary form resolves better
                lemma = entity.lemma
                by_lemma = resolver.resolve(lemma, [PlaceMention(start=0, end=len(lemma), text=lemma,
                                                                 hint="region" if _ADMIN_WORD.search(lemma)
                                                                 else "unknown")])[0]
                if by_lemma is not None and (geo is None or by_lemma.confidence >= geo.confidence):
                    entity.geo = by_lemma
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
            where.gazetteer_id = geo.gazetteer_id
            where.confidence = geo.confidence
        return work


@component("geocode", requires=("entities",), assigns=("geo",))
def make_geocode(settings: Settings, resources: dict[str, Any]) -> Stage:
    """Gazetteer resolution of places, with the stated admin context and a reason per choice."""
    return GeocodeStage(settings, resources)
