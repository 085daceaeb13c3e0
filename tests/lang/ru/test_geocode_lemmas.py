"""The geocode stage tries an entity's dictionary form first, then its surface form (issue #16)."""

from __future__ import annotations

from typing import Any

from warlog.models import Document, Entity, GeoRef, Report
from warlog.pipeline.component import Work
from warlog.settings import Settings
from warlog.stages.geocode import GeocodeStage


class _Resolver:
    """Knows places by exact name; records what it was asked."""

    def __init__(self, known: dict[str, str]) -> None:
        self.known = known
        self.asked: list[list[str]] = []

    def resolve(self, text: str, mentions: list[Any]) -> list[GeoRef | None]:
        self.asked.append([text[m.start:m.end] for m in mentions])
        return [GeoRef(gazetteer_id=self.known[m.text], name=m.text, lat=None, lon=None, admin1="Kherson Oblast",
                       country="UA", precision="settlement") if m.text in self.known else None for m in mentions]


def _run(text: str, entities: list[Entity], known: dict[str, str]) -> tuple[list[Entity], _Resolver]:
    resolver = _Resolver(known)
    report = Report(document=Document(id="d", text=text, language="ru"), entities=entities)
    GeocodeStage(Settings(), {"resolver": resolver})(Work(report, doc=object()))
    return report.entities, resolver


def test_lemma_is_looked_up_in_the_text_with_lemmas_in_place() -> None:
    text = "Бои под Макеевкой."
    entity = Entity(id="e1", text="Макеевкой", label="PLACE", start=8, end=17, lemma="Макеевка")
    [place], resolver = _run(text, [entity], {"Макеевка": "g1"})
    assert place.geo is not None and place.geo.gazetteer_id == "g1"
    assert resolver.asked == [["Макеевка"]]  # one pass: the lemma was found


def test_plural_town_falls_back_to_its_surface_form() -> None:
    text = "Бои за Крынки."
    entity = Entity(id="e1", text="Крынки", label="PLACE", start=7, end=13, lemma="Крынка")
    [place], resolver = _run(text, [entity], {"Крынки": "g2"})
    assert place.geo is not None and place.geo.gazetteer_id == "g2"
    assert resolver.asked == [["Крынка"], ["Крынки"]]
