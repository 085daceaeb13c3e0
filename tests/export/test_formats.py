import csv
import io
import json
from datetime import date

from warlog.api import fingerprint
from warlog.export import ACLED_COLUMNS, export
from warlog.models import Acled, Actor, Count, Document, Incident, Report, When, Where
from warlog.store import open_store


def _store(tmp_path):  # type: ignore[no-untyped-def]
    text = "Their own artillery shelled the trench near Verbove on Monday, killing at least seven. " * 3
    inc = Incident(
        id="dx-i1", type="friendly_fire", acled=Acled(event_type="Explosions/Remote violence",
                                                      sub_event_type="Shelling/artillery/missile attack"),
        summary="Friendly fire near Verbove",
        when=When(start=date(2026, 2, 16), end=date(2026, 2, 16), precision="day", text="Monday"),
        where=Where(name="Verbove", text="Verbove", admin1="Zaporizhzhia Oblast", country="UA",
                    lat=47.5, lon=35.9, precision="settlement"),
        actors=[Actor(text="their own artillery", role="perpetrator", side="Russia"),
                Actor(text="assault company", role="victim", side="Russia")],
        fatalities=Count(best=7, low=7, high=None, text="at least seven"),
        sources=["Trench Whispers", "Steppe Monitor"], certainty="alleged",
    )
    store = open_store(tmp_path / "e.db")
    store.add(Report(document=Document(id="dx", text=text, outlet="Steppe Monitor", url="https://example.org/x"),
                     incidents=[inc]), fingerprint(text), 0.8)
    return store


def test_acled_csv_has_acled_columns_in_order(tmp_path):  # type: ignore[no-untyped-def]
    with _store(tmp_path) as store:
        text = "".join(export(store, "acled-csv", level="report"))
    rows = list(csv.DictReader(io.StringIO(text)))
    header = next(csv.reader(io.StringIO(text)))
    assert header[:31] == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    row = rows[0]
    assert row["event_date"] == "2026-02-16" and row["year"] == "2026" and row["time_precision"] == "1"
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["actor1"] == row["actor2"] == "Military Forces of Russia (2000-)"  # both sides the same
    assert row["country"] == "Ukraine" and row["iso"] == "804" and row["admin1"] == "Zaporizhzhia Oblast"
    assert row["fatalities"] == "7" and row["low"] == "7" and row["high"] == ""
    assert row["source"] == "Trench Whispers; Steppe Monitor"


def test_geojson_and_jsonl(tmp_path):  # type: ignore[no-untyped-def]
    with _store(tmp_path) as store:
        geo = json.loads("".join(export(store, "geojson", level="report")))
        lines = "".join(export(store, "jsonl", level="report")).splitlines()
    assert geo["type"] == "FeatureCollection"
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [35.9, 47.5]}
    assert json.loads(lines[0])["document"]["url"] == "https://example.org/x"


def test_acled_geo_precision_of_a_village_at_its_hromada_centre_is_2(tmp_path):  # type: ignore[no-untyped-def]
    text = "Shelling hit Zemlianky, Kharkiv, on Monday."
    inc = Incident(
        id="gp-i1", type="strike", summary="Shelling of Zemlianky",
        when=When(start=date(2026, 2, 16), end=date(2026, 2, 16), precision="day", text="Monday"),
        where=Where(name="Zemlianky", text="Zemlianky", admin1="Kharkiv Oblast", country="UA", lat=49.29, lon=35.76,
                    precision="hromada", radius_km=20.0),
    )
    store = open_store(tmp_path / "gp.db")
    store.add(Report(document=Document(id="gp", text=text, outlet="Steppe Monitor"), incidents=[inc]),
              fingerprint(text), 0.8)
    with store:
        rows = list(csv.DictReader(io.StringIO("".join(export(store, "acled-csv", level="report")))))
    assert rows[0]["geo_precision"] == "2"  # ACLED: near the place / part of a region, not the place itself
