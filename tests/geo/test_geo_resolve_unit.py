"""The resolver over the small GeoNames-format fixture index."""

from __future__ import annotations

from pathlib import Path

import pytest

from warlog.geo import Gazetteer, PlaceMention, Resolver
from warlog.models import GeoRef

DATA = Path(__file__).parent / "data"


def resolve(g: Gazetteer, text: str, *mentions: str, country_hint: str | None = None) -> list[GeoRef | None]:
    found = []
    for m in mentions:
        start = text.index(m)
        found.append(PlaceMention(start, start + len(m), m))
    refs = Resolver(g).resolve(text, found, country_hint)
    for ref in refs:
        if ref is not None:
            assert 0.0 <= ref.confidence <= 1.0 and ref.reason
    return refs


def one(g: Gazetteer, text: str, mention: str, **kw: str) -> GeoRef:
    ref = resolve(g, text, mention, **kw)[0]
    assert ref is not None
    return ref


def test_novoselivka_in_the_donetsk_region(fixture_gazetteer: Gazetteer) -> None:
    ref = one(fixture_gazetteer, "commanders mistakenly killed their own men in Novoselivka in the Donetsk "
              "region", "Novoselivka")
    assert (ref.precision, ref.admin1, ref.country) == ("settlement", "Donetsk Oblast", "UA")
    assert "Donetsk region" in ref.reason and "2 in Donetsk Oblast" in ref.reason


def test_stated_region_without_that_settlement_gives_the_region(fixture_gazetteer: Gazetteer) -> None:
    ref = one(fixture_gazetteer, "sent to the front lines near Makiivka, in the Luhansk region", "Makiivka")
    assert (ref.name, ref.precision, ref.gazetteer_id) == ("Luhansk Oblast", "region", "geonames:702657")
    assert "none in Luhansk Oblast" in ref.reason and "not in the gazetteer" in ref.reason


def test_added_village_resolves_at_once(fixture_index: Path) -> None:
    text = "sent to the front lines near Makiivka, in the Luhansk region"
    with Gazetteer.open(fixture_index, build=False) as g:
        assert one(g, text, "Makiivka").precision == "region"
        g.add_geonames([DATA / "makiivka_luhansk.txt"])
        ref = one(g, text, "Makiivka")
    assert (ref.gazetteer_id, ref.precision, ref.admin1) == ("geonames:990000001", "settlement", "Luhansk Oblast")


def test_unknown_village_in_stated_region(fixture_gazetteer: Gazetteer) -> None:
    ref = one(fixture_gazetteer, "the village of Baranykivka, in the Luhansk region", "Baranykivka")
    assert (ref.name, ref.precision) == ("Luhansk Oblast", "region")
    assert "no place named Baranykivka" in ref.reason


def test_without_context_the_bigger_place_wins(fixture_gazetteer: Gazetteer) -> None:
    ref = one(fixture_gazetteer, "shelling of Makiivka continued", "Makiivka")
    assert ref.gazetteer_id == "geonames:702320"


def test_belgorod_is_the_city(fixture_gazetteer: Gazetteer) -> None:
    ref = one(fixture_gazetteer, "shot dead by a fellow soldier in Belgorod", "Belgorod")
    assert (ref.name, ref.country, ref.precision, ref.admin1) == ("Belgorod", "RU", "settlement",
                                                                  "Belgorod Oblast")


def test_region_mentions(fixture_gazetteer: Gazetteer) -> None:
    g = fixture_gazetteer
    text = "a conscript from Russia's Vladimir region"
    ref = one(g, text, "Vladimir")
    assert (ref.name, ref.country, ref.precision) == ("Vladimir Oblast", "RU", "region")
    assert one(g, text, "Vladimir region").name == "Vladimir Oblast"
    assert one(g, "annexed Crimea in 2014", "Crimea").precision == "region"
    assert one(g, "units in Luhanska oblast", "Luhanska oblast").name == "Luhansk Oblast"


def test_country(fixture_gazetteer: Gazetteer) -> None:
    ref = one(fixture_gazetteer, "Ukraine said", "Ukraine")
    assert (ref.precision, ref.country, ref.admin1) == ("country", "UA", None)


def test_stated_country_filters(fixture_gazetteer: Gazetteer) -> None:
    ref = one(fixture_gazetteer, "he came from Vladimir, Russia, last year", "Vladimir")
    assert ref.country == "RU" and ref.precision == "settlement"


def test_nearby_places_decide(fixture_gazetteer: Gazetteer) -> None:
    text = "Fighting near Bakhmut and Soledar; Novoselivka was shelled."
    refs = resolve(fixture_gazetteer, text, "Bakhmut", "Soledar", "Novoselivka")
    ref = refs[2]
    assert ref is not None and ref.gazetteer_id == "geonames:9113807"  # not Odesa's bigger one
    assert "km from" in ref.reason


def test_region_named_elsewhere_in_the_text(fixture_gazetteer: Gazetteer) -> None:
    text = "In the Poltava region, a convoy was hit. Novoselivka residents said"
    ref = resolve(fixture_gazetteer, text, "Poltava region", "Novoselivka")[1]
    assert ref is not None and ref.admin1 == "Poltava Oblast"


def test_country_hint(fixture_gazetteer: Gazetteer) -> None:
    assert one(fixture_gazetteer, "Novoselivka", "Novoselivka", country_hint="UA").country == "UA"


def test_cyrillic_inflected_mentions(fixture_gazetteer: Gazetteer) -> None:
    g = fixture_gazetteer
    assert one(g, "бои под Бахмутом", "под Бахмутом").name == "Bakhmut"
    assert one(g, "взрыв в Белгороде", "Белгороде").name == "Belgorod"


def test_unknown_place_is_none(fixture_gazetteer: Gazetteer) -> None:
    assert resolve(fixture_gazetteer, "near Zzyzxville", "Zzyzxville") == [None]


@pytest.mark.parametrize("hint", ["settlement", "region"])
def test_hints(fixture_gazetteer: Gazetteer, hint: str) -> None:
    text = "in Luhansk"
    ref = Resolver(fixture_gazetteer).resolve(text, [PlaceMention(3, 10, "Luhansk", hint)])[0]  # type: ignore[arg-type]
    assert ref is not None and ref.precision == hint
