"""Stage ``geocode``: resolve every PLACE entity and give incidents their coordinates."""

from __future__ import annotations

import re
from typing import Any

from .. import resources as res
from ..geo.incident_places import place_incidents
from ..geo.officials import told_for
from ..lang import get_pack
from ..pipeline.component import Stage, Work, component
from ..settings import Settings

_ADMIN_WORD = re.compile(r"\b(?:(?:region|oblast|raion|district|krai|province)s?|област\w*|район\w*|громад\w*|"
                         r"кра[йяю]\w*|округ\w*)\b", re.IGNORECASE)


class GeocodeStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.resources = resources

    def __call__(self, work: Work) -> Work:
        report = work.report
        places = [e for e in report.entities if e.label == "PLACE"]
        if not places:
            return work
        text = report.document.text
        resolver = res.resolver(self.settings, self.resources)
        pack = get_pack(report.document.language)
        hint: dict[str, Any] = {"country_hint": pack.home_country} if pack is not None and pack.home_country else {}
        told = told_for(text, report.document.outlet)  # "Вячеслав Гладков (Telegram)": the Belgorod region
        if told is not None:
            hint["region_hint"] = told
        if any(e.lemma for e in places):
            # Inflected languages: the dictionary form first, in the text with every lemma put in place (so the
            # stated admin context still reads), the surface form where the lemma finds nothing
            # ("Крынки", a town, whose lemma "Крынка" is not one).
            resolved = resolver.resolve(self._with_lemmas(text, places), self._mentions(places, lemmas=True), **hint)
            missing = [i for i, geo in enumerate(resolved) if geo is None and places[i].lemma]
            if missing:
                by_surface = resolver.resolve(text, self._mentions([places[i] for i in missing], lemmas=False),
                                              **hint)
                for i, geo in zip(missing, by_surface, strict=True):
                    resolved[i] = geo
        else:
            resolved = resolver.resolve(text, self._mentions(places, lemmas=False), **hint)
        for entity, geo in zip(places, resolved, strict=True):
            entity.geo = geo
        place_incidents(report)  # incidents found before the places were resolved (geocode after incidents)
        return work

    @staticmethod
    def _mentions(places: list[Any], lemmas: bool) -> list[Any]:
        from ..geo import PlaceMention

        mentions = []
        shift = 0
        for e in places:
            name = _form(e) if lemmas else e.text
            mentions.append(PlaceMention(start=e.start + shift, end=e.start + shift + len(name), text=name,
                                         hint="region" if _ADMIN_WORD.search(e.text) else "unknown"))
            if lemmas:
                shift += len(name) - (e.end - e.start)
        return mentions

    @staticmethod
    def _with_lemmas(text: str, places: list[Any]) -> str:
        parts, at = [], 0
        for e in places:  # entities are in text order and never overlap
            parts += [text[at:e.start], _form(e)]
            at = e.end
        return "".join(parts + [text[at:]])


def _form(entity: Any) -> str:
    """The form looked up first: the lemma, unless it dropped the admin word the text has ("Переславского
    района" lemmatised to its town's stem names the district, so the surface form is kept)."""
    lemma = entity.lemma or entity.text
    if _ADMIN_WORD.search(entity.text) and not _ADMIN_WORD.search(lemma):
        return str(entity.text)
    return str(lemma)


@component("geocode", requires=("entities",), assigns=("geo",))
def make_geocode(settings: Settings, resources: dict[str, Any]) -> Stage:
    """Gazetteer resolution of places, with the stated admin context and a reason per choice."""
    return GeocodeStage(settings, resources)
