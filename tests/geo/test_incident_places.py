"""An incident's place takes its entity's resolution, unless the text states the unit it lies in and the
gazetteer does not know the place or puts it elsewhere (entities built by hand, no gazetteer needed)."""

from __future__ import annotations

from warlog.geo.incident_places import place_incidents
from warlog.models import Document, Entity, GeoRef, Incident, Report, When, Where


def _geo(name: str, admin1: str, country: str, precision: str) -> GeoRef:
    return GeoRef(gazetteer_id=f"test:{name}", name=name, lat=1.0, lon=2.0, admin1=admin1, country=country,
                  precision=precision)  # type: ignore[arg-type]


def _report(village_geo: GeoRef | None) -> Report:
    text = "в деревне Лесная Поляна Окского района Тульской области"
    village = Entity(id="e1", text="Лесная Поляна", label="PLACE", start=10, end=23, geo=village_geo)
    district = Entity(id="e2", text="Окского района", label="PLACE", start=24, end=38,
                      geo=_geo("Okskiy Rayon", "Tula Oblast", "RU", "district"))
    region = Entity(id="e3", text="Тульской области", label="PLACE", start=39, end=55,
                    geo=_geo("Tula Oblast", "Tula Oblast", "RU", "region"))
    incident = Incident(id="d-i1", type="strike", summary="", when=When(),
                        where=Where(name="Лесная Поляна", text="Лесная Поляна", entity_id="e1"))
    return Report(document=Document(id="d", text=text, language="ru"), entities=[village, district, region],
                  incidents=[incident])


def test_a_place_the_gazetteer_lacks_takes_the_district_written_after_it() -> None:
    report = _report(None)
    place_incidents(report)
    where = report.incidents[0].where
    assert where is not None
    assert (where.name, where.admin1, where.precision) == ("Лесная Поляна", "Tula Oblast", "district")


def test_a_namesake_abroad_loses_to_the_stated_region() -> None:
    report = _report(_geo("Lesna Polyana", "Blagoevgrad", "BG", "settlement"))
    place_incidents(report)
    where = report.incidents[0].where
    assert where is not None and where.admin1 == "Tula Oblast" and where.country == "RU"


def test_a_place_inside_the_stated_region_keeps_its_own_point() -> None:
    report = _report(_geo("Lesnaya Polyana", "Tula Oblast", "RU", "settlement"))
    place_incidents(report)
    where = report.incidents[0].where
    assert where is not None and (where.name, where.precision) == ("Lesnaya Polyana", "settlement")


def test_a_region_in_a_list_after_the_place_is_not_its_region() -> None:
    # "Лесную Поляну и Тульскую область": a list, not a genitive chain; the place keeps its own resolution.
    text = "атаковали Лесную Поляну и Тульскую область"
    village = Entity(id="e1", text="Лесную Поляну", label="PLACE", start=10, end=23,
                     geo=_geo("Lesnaya Polyana", "Kaluga Oblast", "RU", "settlement"))
    region = Entity(id="e2", text="Тульскую область", label="PLACE", start=26, end=42,
                    geo=_geo("Tula Oblast", "Tula Oblast", "RU", "region"))
    incident = Incident(id="d-i1", type="strike", summary="", when=When(),
                        where=Where(name="x", text="Лесную Поляну", entity_id="e1"))
    report = Report(document=Document(id="d", text=text, language="ru"), entities=[village, region],
                    incidents=[incident])
    place_incidents(report)
    assert report.incidents[0].where is not None and report.incidents[0].where.admin1 == "Kaluga Oblast"
