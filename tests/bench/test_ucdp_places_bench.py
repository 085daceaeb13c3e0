"""The UCDP places benchmark's admin1 table, place choice and scoring, on self-written rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.ucdp_places import UCDP_ADMIN1, Row, base_name, normalise_admin1, pick, read_rows, score

from warlog.geo import datafiles
from warlog.models import Entity, GeoPrecision, GeoRef


@pytest.mark.parametrize(("ucdp", "warlog_name"), [
    ("Donetsk oblast", "Donetsk Oblast"),
    ("Donetsk province", "Donetsk Oblast"),
    ("Kharkiv Oblast", "Kharkiv Oblast"),
    ("Luhansk oblast", "Luhansk Oblast"),
    ("Lugansk region", "Luhansk Oblast"),
    ("Zaporizhzhya oblast", "Zaporizhzhia Oblast"),
    ("Mykolayiv oblast", "Mykolaiv Oblast"),
    ("Odessa oblast", "Odesa Oblast"),
    ("Kiev Special Republican city", "Kyiv"),
    ("Kiev oblast", "Kyiv Oblast"),
    ("Crimea", "Crimea"),
    ("Autonomous Republic of Crimea", "Crimea"),
    ("Sevastopol Special Republican city", "Sevastopol"),
    ("  dnipropetrovsk   Oblast ", "Dnipropetrovsk Oblast"),
])
def test_ucdp_admin1_names_normalise_to_warlog_names(ucdp: str, warlog_name: str) -> None:
    assert normalise_admin1(ucdp) == warlog_name


def test_unknown_or_empty_admin1_is_none() -> None:
    assert normalise_admin1("") is None
    assert normalise_admin1("Donets Basin Area") is None


def test_every_target_is_one_of_warlogs_ukrainian_admin1_names() -> None:
    ukraine = {name for (cc, _code), name in datafiles.admin1_english().items() if cc == "UA"}
    assert set(UCDP_ADMIN1.values()) <= ukraine
    assert len(set(UCDP_ADMIN1.values())) == 27  # every oblast, Crimea, Kyiv and Sevastopol


def test_base_name_drops_the_feature_word_and_notes() -> None:
    assert base_name("Kiev city (protest camp on the square)") == "Kiev"
    assert base_name("Donetsk International airport") == "Donetsk"
    assert base_name("Kalynove-Borshchuvate village") == "Kalynove-Borshchuvate"
    assert base_name("Novoazovsk raion") == "Novoazovsk raion"  # a unit keeps its admin word


def _entity(text: str, precision: GeoPrecision | None, admin1: str = "Donetsk Oblast") -> Entity:
    geo = None if precision is None else GeoRef(
        gazetteer_id="x", name=text, lat=48.0, lon=37.8, admin1=admin1, country="UA", precision=precision)
    return Entity(id="e", text=text, label="PLACE", start=0, end=len(text), geo=geo)


def test_pick_prefers_the_most_specific_place_then_the_first() -> None:
    region, town, other_town = _entity("Donetsk region", "region"), _entity("Siversk", "settlement"), \
        _entity("Lyman", "settlement")
    assert pick([region, town, other_town]) is town
    assert pick([_entity("Nowhere", None), region]) is region
    assert pick([_entity("Nowhere", None)]) is None


def _geo(lat: float, lon: float, admin1: str) -> GeoRef:
    return GeoRef(gazetteer_id="x", name="x", lat=lat, lon=lon, admin1=admin1, country="UA", precision="settlement")


def test_score_admin1_distance_and_coverage_by_precision_group() -> None:
    rows = [
        Row("prec_1_2", "Donetsk Oblast", 48.0, 37.0, "a", "a"),
        Row("prec_1_2", "Luhansk Oblast", 48.5, 39.0, "b", "b"),
        Row("prec_3_4", "Kherson Oblast", 46.6, 32.6, "c", "c"),
        Row("prec_5_6", None, 48.0, 38.0, "d", "d"),
    ]
    geos = [
        _geo(48.0, 37.1, "Donetsk Oblast"),  # 0.1 deg of longitude at 48 N: 7.4 km, right region
        _geo(48.5, 38.5, "Donetsk Oblast"),  # 37 km away, wrong region
        None,  # nothing found
        _geo(48.0, 38.0, "Donetsk Oblast"),  # no gold admin1: counts for distance only
    ]
    s = score(rows, geos)
    assert s["all"]["admin1_rows"] == 3
    assert s["all"]["admin1_accuracy"] == 0.3333
    assert s["all"]["coverage"] == 0.75
    assert s["all"]["within_25km"] == 0.5
    assert s["prec_1_2"]["admin1_accuracy"] == 0.5
    assert s["prec_1_2"]["within_25km"] == 0.5
    assert s["prec_3_4"]["coverage"] == 0.0
    assert s["prec_1_2"]["median_km"] == pytest.approx((7.4 + 37.2) / 2, abs=0.2)


def test_read_rows_falls_back_to_the_ucdp_place_name(tmp_path: Path) -> None:
    path = tmp_path / "dev.csv"
    path.write_text(
        "id,where_prec,where_coordinates,where_description,adm_1,latitude,longitude\n"
        '1,2,Testove village,"near the village of Testove, Donetsk region",Donetsk oblast,48.1,37.9\n'
        "2,4,Luhansk oblast,,Luhansk oblast,48.9,39.0\n"
        "3,6,Ukraine,Ukraine,,49,32\n",
        encoding="utf-8",
    )
    rows = read_rows(path)
    assert [(r.group, r.admin1, r.text, r.fallback) for r in rows] == [
        ("prec_1_2", "Donetsk Oblast", "near the village of Testove, Donetsk region", False),
        ("prec_3_4", "Luhansk Oblast", "Luhansk oblast", True),
        ("prec_5_6", None, "Ukraine", False),
    ]
