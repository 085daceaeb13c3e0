"""The "place, region" strings benchmark: texts built from rows, the place chosen, the scores."""

from __future__ import annotations

from pathlib import Path

from benchmarks.geoparsing import Gold, distance_km
from benchmarks.place_strings import Case, Item, cases, chosen, failures, read_items, score

from warlog.models import Entity, GeoRef

ROWS = """id,where_prec,where_coordinates,adm_1,latitude,longitude
1,1,Zemlianky village,Kharkiv oblast,50.29,36.94
2,3,Izium raion,Kharkiv oblast,49.2,37.3
3,2,Hirnyk town,Donetsk oblast,48.05,37.37
4,1,Somewhere,,48.0,37.0
"""


def geo(name: str, admin1: str, lat: float, lon: float, precision: str = "settlement") -> GeoRef:
    return GeoRef(gazetteer_id=None, name=name, lat=lat, lon=lon, admin1=admin1, country="UA",
                  precision=precision)  # type: ignore[arg-type]


def test_only_precise_rows_with_a_region_become_items(tmp_path: Path) -> None:
    path = tmp_path / "dev.csv"
    path.write_text(ROWS, encoding="utf-8")
    items = read_items(path)
    assert [(i.id, i.place, i.region, i.admin1) for i in items] == [
        ("1", "Zemlianky", "Kharkiv", "Kharkiv Oblast"), ("3", "Hirnyk", "Donetsk", "Donetsk Oblast")]


def test_each_item_gives_a_place_string_and_a_note_naming_place_and_region() -> None:
    item = Item("1", "Zemlianky", "Kharkiv", "Kharkiv Oblast", 50.29, 36.94)
    made = cases([item])
    assert [c.kind for c in made] == ["place", "note"]
    for c in made:
        assert c.text[c.span[0]:c.span[1]] == "Zemlianky" and "Kharkiv" in c.text
    assert cases([item]) == made  # the style is a hash of the id, not chance


def test_the_place_over_the_name_is_chosen_before_the_region() -> None:
    case = Case(Item("1", "Zemlianky", "Kharkiv", "Kharkiv Oblast", 50.29, 36.94), "place", 0,
                "Zemlianky, Kharkiv", (0, 9))
    region = Entity(id="e2", text="Kharkiv", label="PLACE", start=11, end=18,
                    geo=geo("Kharkiv Oblast", "Kharkiv Oblast", 49.6, 36.5, "region"))
    village = Entity(id="e1", text="Zemlianky", label="PLACE", start=0, end=9,
                     geo=geo("Zemlianky", "Donetsk Oblast", 48.13, 37.91))
    assert chosen(case, [region, village]) is village.geo
    assert chosen(case, [region]) is region.geo


def test_scores_count_region_and_distance_and_unresolved_as_wrong() -> None:
    item = Item("1", "Zemlianky", "Kharkiv", "Kharkiv Oblast", 50.29, 36.94)
    c = Case(item, "place", 0, "Zemlianky, Kharkiv", (0, 9))
    out = score([(c, geo("Zemlianky", "Kharkiv Oblast", 50.29, 36.94)),
                 (c, geo("Zemlianky", "Donetsk Oblast", 48.13, 37.91)), (c, None)])["place"]
    assert (out["n"], out["region_right"], out["within_25km"], out["coverage"]) == (3, 0.3333, 0.3333, 0.6667)


def test_distance_km_has_no_id_shortcut() -> None:
    gold = Gold(0, 6, "Russia", lat=60.0, lon=100.0, geonames_id="2017370")
    moscow = GeoRef(gazetteer_id="geonames:2017370", name="Russia", lat=55.75, lon=37.62, admin1=None,
                    country="RU", precision="country")
    d = distance_km(gold, moscow)
    assert d is not None and d > 3000


def test_every_miss_is_listed_with_its_cause_and_km() -> None:
    item = Item("1", "Zemlianky", "Kharkiv", "Kharkiv Oblast", 50.29, 36.94)
    c = Case(item, "place", 0, "Zemlianky, Kharkiv", (0, 9))
    results = [(c, geo("Zemlianky", "Kharkiv Oblast", 50.29, 36.94)),  # right: not a miss
               (c, geo("Zemlianky", "Donetsk Oblast", 48.13, 37.91)),
               (c, geo("Kharkiv Oblast", "Kharkiv Oblast", 49.5, 36.5, "region")),
               (c, geo("Zemlianky", "Kharkiv Oblast", 49.5, 36.5, "hromada")),
               (c, geo("Zemlianky", "Kharkiv Oblast", 49.5, 36.5)), (c, None)]
    causes = [f[1:f.index("]")] for f in failures(results, None)]
    assert causes == ["wrong_region", "region_only", "borrowed_point", "namesake_in_region", "unresolved"]
    assert " km |" in failures(results, None)[0]
    assert len(failures(results * 10)) == 25  # the default list is cut; --show-errors gives all
