"""Session 10, issue #19 ("stated context always wins") in running war reporting, on the default index.

Sentences written for these tests; each test names the construction it pins.
"""

from __future__ import annotations

import warlog
from warlog.geo import Gazetteer, PlaceMention, Resolver
from warlog.geo.normalize import fleeting_vowel_forms
from warlog.models import GeoRef


def resolve_all(g: Gazetteer, text: str, *mentions: str, country_hint: str | None = None) -> list[GeoRef | None]:
    spans: list[PlaceMention] = []
    for m in mentions:
        start = text.index(m, spans[-1].end if spans else 0)
        spans.append(PlaceMention(start, start + len(m), m))
    return Resolver(g).resolve(text, spans, country_hint=country_hint)


# --- a post that opens on its region alone ----------------------------------------------------------------


def test_a_post_opening_on_its_region_places_a_village_there(default_gazetteer: Gazetteer) -> None:
    # "Tambov region." as the post's first line: the village is Tambov's (spelt -aisky there, -ayskiy in
    # GeoNames), not a district of the name in the Urals
    text = "Tambov region. Last night a saboteur burned a signal box by the village of Pervomaisky."
    region, village = resolve_all(default_gazetteer, text, "Tambov region", "Pervomaisky")
    assert region is not None and region.admin1 == "Tambov Oblast"
    assert village is not None and village.admin1 == "Tambov Oblast" and village.precision == "settlement"


def test_a_village_the_opening_region_lacks_is_that_region(default_gazetteer: Gazetteer) -> None:
    text = "Kursk region. Last night a saboteur burned a signal box by the village of Pervomaisky."
    village = resolve_all(default_gazetteer, text, "Kursk region", "Pervomaisky")[1]
    assert village is not None and village.admin1 == "Kursk Oblast" and village.precision == "region"


def test_an_opening_oblast_before_a_colon_holds_a_common_village_name(default_gazetteer: Gazetteer) -> None:
    text = "Zaporizhzhia Oblast: the enemy struck Vasylivka with guided bombs overnight."
    village = resolve_all(default_gazetteer, text, "Zaporizhzhia Oblast", "Vasylivka")[1]
    assert village is not None and village.admin1 == "Zaporizhzhia Oblast"


def test_a_big_city_keeps_its_point_after_an_opening_region(default_gazetteer: Gazetteer) -> None:
    text = "Kursk region. The drones that crossed it flew on towards Moscow, the ministry said."
    city = resolve_all(default_gazetteer, text, "Kursk region", "Moscow")[1]
    assert city is not None and city.country == "RU" and city.admin1 == "Moscow"


def test_a_region_named_later_speaks_for_what_follows_it(default_gazetteer: Gazetteer) -> None:
    text = ("Belgorod region. Two drones were downed overnight. In Kherson Oblast the shelling of Bilozerka "
            "went on all day.")
    village = resolve_all(default_gazetteer, text, "Belgorod region", "Kherson Oblast", "Bilozerka")[2]
    assert village is not None and village.admin1 == "Kherson Oblast"


def test_a_region_mid_sentence_is_no_opening(default_gazetteer: Gazetteer) -> None:
    # the region is the first mention but not the post's opening line: no post-wide region
    text = "Officials of the Tambov region said. Later a signal box burned near Pervomaisky in the Urals."
    village = resolve_all(default_gazetteer, text, "Tambov region", "Pervomaisky")[1]
    assert village is None or village.admin1 != "Tambov Oblast" or village.precision != "region"


# --- a city district named with its city ------------------------------------------------------------------


def test_a_district_of_a_named_city_is_that_city(default_gazetteer: Gazetteer) -> None:
    text = "Shelling hit the Saltivskyi district of Kharkiv before dawn."
    district, city = resolve_all(default_gazetteer, text, "Saltivskyi district", "Kharkiv")
    assert district is not None and district.name == "Kharkiv" and district.precision == "settlement"
    assert city is not None and city.name == "Kharkiv" and city.precision == "settlement"


def test_a_citys_possessive_district_is_that_city(default_gazetteer: Gazetteer) -> None:
    text = "Kharkiv's Saltivskyi district was hit before dawn."
    district = resolve_all(default_gazetteer, text, "Saltivskyi")[0]
    assert district is not None and district.name == "Kharkiv"


def test_the_citys_district_is_the_city_named_before(default_gazetteer: Gazetteer) -> None:
    # the district's name is also one of Kyiv's raions: "the city's" points back at Zaporizhzhia, and no Kyiv
    # raion pulls the city to a namesake village near Kyiv
    text = ("Russian missiles struck Zaporizhzhia on Monday, the governor said. Homes were damaged in the "
            "city's Shevchenkivskyi district.")
    city, district = resolve_all(default_gazetteer, text, "Zaporizhzhia", "Shevchenkivskyi district")
    assert city is not None and city.admin1 == "Zaporizhzhia Oblast" and city.precision == "settlement"
    assert district is not None and district.gazetteer_id == city.gazetteer_id


def test_a_district_of_a_region_stays_a_district(default_gazetteer: Gazetteer) -> None:
    text = "A drone hit Druzhba in the Bakhmut district of Donetsk Oblast."
    district = resolve_all(default_gazetteer, text, "Druzhba", "Bakhmut district", "Donetsk Oblast")[1]
    assert district is not None and district.precision == "district" and district.admin1 == "Donetsk Oblast"


# --- a war report prefers the war's places ----------------------------------------------------------------


def test_an_old_soviet_name_beside_the_front_is_the_ukrainian_town(default_gazetteer: Gazetteer) -> None:
    # "Krasnoarmeysk" is Pokrovsk's old name and two Russian towns' own: in a report on Russian forces the town
    # in the war's theatre wins
    text = "Russian forces pressed towards Krasnoarmeysk from the south."
    town = resolve_all(default_gazetteer, text, "Krasnoarmeysk")[0]
    assert town is not None and town.country == "UA" and town.admin1 == "Donetsk Oblast"


def test_a_ukrainian_locative_with_a_dropped_vowel_is_the_russian_city(default_gazetteer: Gazetteer) -> None:
    # "в Орлі" is Orël's locative and Orly's Ukrainian name: a Ukrainian report means the Russian city
    text = "Вночі безпілотники атакували нафтобазу в Орлі."
    city = resolve_all(default_gazetteer, text, "Орлі", country_hint="UA")[0]
    assert city is not None and city.country == "RU" and city.admin1 == "Oryol Oblast"


def test_a_namesake_abroad_stays_without_a_war_marker(default_gazetteer: Gazetteer) -> None:
    # no war country named, by name or adjective: the theatre prior does not apply
    text = "Oil workers in Odessa and Midland saw wages climb this spring."
    odessa = resolve_all(default_gazetteer, text, "Odessa", "Midland")[0]
    assert odessa is not None and odessa.country == "US"


def test_fleeting_vowel_nominatives() -> None:
    assert "орел" in fleeting_vowel_forms("в Орлі")
    assert "тростянець" in fleeting_vowel_forms("Тростянці")
    assert fleeting_vowel_forms("Бахмуті") == []


def test_a_russian_spelling_of_a_front_town_beats_a_far_main_name_namesake(default_gazetteer: Gazetteer) -> None:
    # the Russian spelling is a village's own name in the Far East and in Crimea, and Kostiantynivka's other
    # name: in a report on the war the town of the front wins, not a hamlet by its main name
    text = "Russian guns shelled Artemovsk and Konstantinovka all night."
    town = resolve_all(default_gazetteer, text, "Artemovsk", "Konstantinovka")[1]
    assert town is not None and town.admin1 == "Donetsk Oblast"



def test_the_theatre_prior_gives_way_to_a_region_the_text_names(settings):  # type: ignore[no-untyped-def]
    # a front city outside the oblast the text names gets no theatre bonus for its name alone
    report = warlog.extract("Russian forces attacked the Sumy Oblast on Monday, the regional administration said.\n"
                            "The communities of Mykolaiv, Krasnopillia and Esman came under fire.",
                            settings=settings, published="2025-03-14")
    places = [e for e in report.entities if e.label == "PLACE" and e.text == "Mykolaiv"]
    assert places and places[0].geo is not None and "war's theatre" not in (places[0].geo.reason or "")
