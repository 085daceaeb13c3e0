"""Language packs plug in without edits elsewhere: a toy language runs end to end through the default pipeline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

import warlog
from warlog.lang import LanguagePack, available, get_pack, register, unregister
from warlog.models import Count, Entity, Incident, Where
from warlog.pipeline.component import Work


def _toy_nlp(settings: Any, resources: dict[str, Any]) -> Any:
    """Sentences at full stops, PLACE for every word after 'vo', QUANTITY for digits: enough for a pipeline."""
    def stage(work: Work) -> Work:
        text = work.report.document.text
        work.scratch["sentences"] = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)]
        entities = [Entity(id="", text=m.group(1), label="PLACE", start=m.start(1), end=m.end(1))
                    for m in re.finditer(r"\bvo (\w+)", text)]
        entities += [Entity(id="", text=m.group(), label="QUANTITY", start=m.start(), end=m.end(),
                            count=Count(best=int(m.group()), low=int(m.group()), high=int(m.group()), text=m.group()))
                     for m in re.finditer(r"\d+", text)]
        entities.sort(key=lambda e: e.start)
        for i, entity in enumerate(entities, 1):
            entity.id = f"e{i}"
        work.report.entities = entities
        return work
    return stage


def _toy_incidents(settings: Any, resources: dict[str, Any]) -> Any:
    def stage(work: Work) -> Work:
        report = work.report
        places = [e for e in report.entities if e.label == "PLACE"]
        counts = [e for e in report.entities if e.label == "QUANTITY"]
        for m in re.finditer(r"(?i)\bbum\b", report.document.text):
            place = places[0] if places else None
            report.incidents.append(Incident(
                id=f"{report.document.id}-i{len(report.incidents) + 1}", type="strike", summary="bum",
                where=Where(name=place.text, text=place.text, entity_id=place.id) if place else None,
                fatalities=counts[0].count if counts else None, evidence=[report.span(m.start(), m.end())]))
        return work
    return stage


@pytest.fixture
def toy_pack() -> Iterator[LanguagePack]:
    pack = LanguagePack(code="xx", name="Toy", stages={"nlp": _toy_nlp, "incidents": _toy_incidents})
    register(pack)
    yield pack
    unregister("xx")


def test_english_is_a_pack_found_by_its_folder() -> None:
    assert "en" in available()
    pack = get_pack("en")
    assert pack is not None and set(pack.stages) == {"nlp", "attribution", "incidents", "people"}
    assert pack.data is not None and (pack.data / "incidents.toml").exists()


def test_a_toy_language_runs_end_to_end_through_the_default_pipeline(toy_pack, settings) -> None:  # type: ignore[no-untyped-def]
    report = warlog.extract("Bum vo Kreminna: 3 mertvi. Bum.", language="xx", settings=settings)
    assert report.analysed and report.failed_stages == []
    assert [i.type for i in report.incidents] == ["strike", "strike"]
    place = next(e for e in report.entities if e.label == "PLACE")
    assert place.geo is not None and place.geo.admin1 == "Luhansk Oblast"  # the shared geocode stage ran on it
    assert report.incidents[0].fatalities is not None and report.incidents[0].fatalities.best == 3
    # The toy pack has no attribution or people stage: skipped with a word on the report, not an error.
    assert any("'attribution'" in w for w in report.warnings) and report.quotes == []


def test_a_language_without_a_pack_is_stored_unanalysed(settings) -> None:  # type: ignore[no-untyped-def]
    report = warlog.extract("ბახმუტთან ახლოს დაბომბვა მოხდა.", language="ka", settings=settings)
    assert not report.analysed and report.entities == [] and report.incidents == []
    assert any("not analysed" in w for w in report.warnings)


def test_geocode_reads_the_lemma_of_an_inflected_place_before_its_surface(settings) -> None:  # type: ignore[no-untyped-def]
    from warlog.models import Document, Report
    from warlog.stages.geocode import make_geocode

    text = "Obstrel zzkreminnoj."
    report = Report(document=Document(id="d1", text=text, language="en"))
    report.entities = [Entity(id="e1", text="zzkreminnoj", lemma="Kreminna", label="PLACE", start=9, end=20)]
    make_geocode(settings, {})(Work(report=report))
    place = report.entities[0]
    assert place.geo is not None and place.geo.admin1 == "Luhansk Oblast"
