"""UCDP benchmark: admin names, the "states the field" rules, scoring one row, and the runner."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from benchmarks.ucdp import (
    Event,
    haversine_km,
    is_report,
    names_place,
    normalize_admin1,
    read_dev,
    run,
    states_date,
    states_fatalities,
)

from warlog.models import Count, Document, Incident, Report, Span, When, Where


@pytest.mark.parametrize(("ucdp", "warlog"), [
    ("Donetsk oblast", "Donetsk Oblast"), ("Donetsk province", "Donetsk Oblast"), ("Luhansk Oblast", "Luhansk Oblast"),
    ("Lugansk region", "Luhansk Oblast"), ("Zaporizhzhya oblast", "Zaporizhzhia Oblast"),
    ("Mykolayiv oblast", "Mykolaiv Oblast"), ("Odessa oblast", "Odesa Oblast"), ("Kharkov oblast", "Kharkiv Oblast"),
    ("Kiev Special Republican city", "Kyiv"), ("Kiev oblast", "Kyiv Oblast"), ("Donetska oblast", "Donetsk Oblast"),
    ("Autonomous Republic of Crimea", "Crimea"), ("Kyiv", "Kyiv"),
])
def test_admin1_names_meet_warlogs(ucdp: str, warlog: str):
    assert normalize_admin1(ucdp) == warlog
    assert normalize_admin1(warlog) == warlog


def test_admin1_outside_the_table_and_empty():
    assert normalize_admin1("Belgorod Oblast") == "Belgorod Oblast"
    assert normalize_admin1("") is None and normalize_admin1(None) is None


def _event(headline: str = "Two soldiers killed near Avdiivka on Monday", **kw: object) -> Event:
    base: dict[str, object] = dict(id="1", headline=headline, published=date(2017, 2, 1), adm_1="Donetsk oblast",
                                   adm_2="Yasynuvata raion", location="Avdiivka town", where_prec=1, lat=48.14,
                                   lon=37.74, best=2, low=2, high=3, start=date(2017, 1, 30), end=date(2017, 1, 30))
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_states_rules():
    assert states_fatalities("Three gunners and a driver dead after night raid, says regional governor")
    assert states_fatalities("Toll from market strike climbs to 31")
    assert not states_fatalities("Patrols fired on nine times along the line, says mission")  # no death word
    assert not states_fatalities("Medic of the 55th brigade killed in 2019")  # ordinal and year are no counts
    assert states_date("Strike kills two on Tuesday") and states_date("Shelling of the town over past 24 hours")
    assert not states_date("Border guard killed near the river crossing")
    assert is_report("Kurakhove;Four dead after shelling") and not is_report("Donetsk airport;Marinka")


def test_a_headline_names_the_place_in_another_spelling():
    assert names_place("Lugansk suburbs shelled overnight", _event(adm_1="Luhansk oblast", location="Luhansk town"))
    assert names_place("Fighting resumes near Avdeyevka", _event())
    assert not names_place("Fighting resumes in the east", _event())


def test_haversine():
    assert haversine_km(48.0, 37.8, 48.0, 37.8) == 0
    assert 110 < haversine_km(48.0, 37.0, 49.0, 37.0) < 112


def _report(text: str, where: Where | None, best: int | None, start: date | None, end: date | None) -> Report:
    doc = Document(id="d", text=text)
    incident = Incident(id="i1", type="strike", summary="", where=where,
                        fatalities=Count(best=best, low=best, high=best, text="") if best is not None else None,
                        when=When(start=start, end=end, precision="day" if start else "unknown"),
                        evidence=[Span(start=0, end=len(text), text=text)])
    return Report(document=doc, incidents=[incident])


def _write(path: Path, events: list[dict[str, str]]) -> None:
    fields = ["id", "source_headline", "source_date", "adm_1", "adm_2", "where_coordinates", "where_prec",
              "latitude", "longitude", "best", "low", "high", "date_start", "date_end"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(events)


def test_run_on_a_tiny_file(tmp_path: Path):
    row = {"id": "1", "source_headline": "Two soldiers killed near Avdiivka on Monday", "source_date": "31/01/2017",
           "adm_1": "Donetsk oblast", "adm_2": "", "where_coordinates": "Avdiivka town", "where_prec": "1",
           "latitude": "48.14", "longitude": "37.74", "best": "2", "low": "2", "high": "3",
           "date_start": "1/30/2017 12:00:00 AM", "date_end": "01/30/2017 00:00"}
    bare = dict(row, id="2", source_headline="Marinka", source_date="2017-02-02;2017-02-01")
    _write(tmp_path / "dev.csv", [row, bare])
    events = read_dev(tmp_path / "dev.csv")
    assert events[0].published == date(2017, 1, 31) and events[0].start == date(2017, 1, 30)
    assert events[1].published == date(2017, 2, 1)  # the earliest of several source dates

    near = Where(name="Avdiivka", text="Avdiivka", admin1="Donetsk Oblast", country="UA", lat=48.13, lon=37.75)

    def extract(text: str, published: str) -> Report:
        if text == "Marinka":
            return Report(document=Document(id="m", text=text))
        return _report(text, near, 2, date(2017, 1, 30), date(2017, 1, 30))

    result = run(tmp_path / "dev.csv", "all", extract=extract)
    assert result["rows"] == 2 and result["reports"] == 1
    assert result["coverage"] == 0.5 and result["report_coverage"] == 1.0
    for field in ("admin1", "within_25km", "fatalities", "date"):
        assert (result[field]["stated"], result[field]["right"], result[field]["rate"]) == (1, 1, 1.0), field


def test_wrong_fields_count_against_the_rate(tmp_path: Path):
    row = {"id": "1", "source_headline": "Five killed in Donetsk shelling on Sunday", "source_date": "02/02/2015",
           "adm_1": "Donetsk oblast", "adm_2": "", "where_coordinates": "Donetsk town", "where_prec": "1",
           "latitude": "48.0", "longitude": "37.8", "best": "3", "low": "3", "high": "4",
           "date_start": "2/1/2015 12:00:00 AM", "date_end": "2/1/2015 12:00:00 AM"}
    _write(tmp_path / "dev.csv", [row])
    kyiv = Where(name="Kyiv", text="Kiev", admin1="Kyiv", country="UA", lat=50.45, lon=30.52)
    result = run(tmp_path / "dev.csv", "all",
                 extract=lambda text, published: _report(text, kyiv, 5, date(2015, 1, 25), date(2015, 1, 25)))
    for field in ("admin1", "within_25km", "fatalities", "date"):
        assert (result[field]["stated"], result[field]["filled"], result[field]["right"]) == (1, 1, 0), field
    assert result["within_25km"]["median_km"] > 500


def test_rows_sharing_a_headline_are_one_report(tmp_path: Path):
    rows = [{"id": str(n), "source_headline": "Invaders killed two civilians in Donetsk region on Monday",
             "source_date": "03/05/2022", "adm_1": "Donetsk oblast", "adm_2": "", "where_coordinates": f"{place} town",
             "where_prec": "1", "latitude": "48.0", "longitude": "37.8", "best": "1", "low": "1", "high": "1",
             "date_start": f"5/{day}/2022 12:00:00 AM", "date_end": f"5/{day}/2022 12:00:00 AM"}
            for n, place, day in ((1, "Marinka", 1), (2, "Avdiivka", 2))]
    _write(tmp_path / "dev.csv", rows)
    where = Where(name="Donetsk Oblast", text="Donetsk region", admin1="Donetsk Oblast", country="UA")
    result = run(tmp_path / "dev.csv", "all",
                 extract=lambda text, published: _report(text, where, 2, date(2022, 5, 2), date(2022, 5, 2)))
    assert result["fatalities"]["right"] == 2  # 2 deaths = the sum of the two rows' one death each
    assert result["date"]["right"] == 2  # 2 May lies in the span 1-2 May of the report's rows
