"""Roundups of strikes and governors' posts in English, read in the project's sixth batch of reports (issue #14),
each pinned on sentences written for the test: a region's toll shared out after a colon, a lead that sums the
events told after it, a drone as the attacker, fires a drone set, headline tolls without articles, "left a woman
with injuries", communities (hromadas) by their English name, and "keep shelling" as a habit."""

import pytest

import warlog


@pytest.fixture(scope="module")
def incidents(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2024-06-04"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet="Test Wire").incidents
    return run


def test_a_regions_injured_shared_out_after_a_colon(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Russian attacks kill 2, injure 9 over past day\n"
                      "Russian forces attacked six oblasts over the past day, killing two people and injuring nine, "
                      "officials said early on June 4.\n"
                      "Five people were injured in Donetsk Oblast, the military administration said: two in "
                      "Illinivka, two in Kostiantynivka and one in Kurakhove.\n"
                      "In Kharkiv Oblast, a Russian missile strike on Kupiansk killed two people and injured four, "
                      "the governor said.")
    donetsk = [i for i in found if i.where is not None and i.where.admin1 == "Donetsk Oblast"]
    assert len(donetsk) == 3 and sorted(i.injured.best for i in donetsk if i.injured) == [1, 2, 2]
    assert all(str(i.when.start) == "2024-06-03" for i in donetsk)  # the roundup's "over the past day"
    kharkiv = [i for i in found if i.where is not None and i.where.admin1 == "Kharkiv Oblast"]
    assert len(kharkiv) == 1 and len(found) == 4  # the lead sums them up: no incident of its own


def test_a_lead_placed_in_a_region_that_sums_two_events(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Russian shelling kills three civilians in Ukraine's Kherson region\n"
                      "Three civilians were killed by Russian shelling in the Kherson region on Saturday, officials "
                      "said.\n"
                      "Prosecutors said the bodies of two people were pulled from the rubble of a house that was hit "
                      "in a village near Beryslav, north of the regional capital.\n"
                      "One more person was killed by an artillery strike in the evening in a village near Kherson, "
                      "the governor said.", published="2024-07-06")
    assert sorted(i.fatalities.best for i in found if i.fatalities) == [1, 2]
    assert all(str(i.when.start) == "2024-07-06" for i in found)


def test_a_drone_that_attacked_a_bus_is_a_strike(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("In the village of Saltykovo in the Belgorod region, an FPV drone attacked a bus of a farm on "
                       "Sunday, the governor said.")
    assert inc.type == "strike"


def test_fires_a_drone_set_are_no_looting(incidents):  # type: ignore[no-untyped-def]
    found = incidents("A drone hit a house in Shebekino in the Belgorod region on Sunday, the governor said. Two "
                      "more drones hit private houses and set their roofs on fire.")
    assert "other" not in [i.type for i in found]


def test_a_headline_toll_without_an_article(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Occupiers kill civilian in Zaporizhzhia region by dropping explosive from drone")
    assert inc.type == "strike" and inc.fatalities is not None and inc.fatalities.best == 1


def test_left_a_woman_with_injuries_counts_one_injured(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("A Russian air strike on Borova in the Kharkiv region left a 70-year-old woman with minor "
                       "injuries, the governor said.")
    assert inc.injured is not None and inc.injured.best == 1


def test_shelling_that_forces_keep_up_is_a_habit_not_an_event(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Russian forces keep shelling Ukrainian-held areas of the Kherson region from the eastern "
                      "bank of the Dnipro River.")
    assert found == []


def test_a_community_is_placed_as_its_hromada(settings):  # type: ignore[no-untyped-def]
    (place, region) = warlog.geocode("A drone struck a car in the Znob-Novgorod community of Sumy region.",
                                     settings=settings, language="en")
    assert place.geo is not None and place.geo.admin1 == "Sumy Oblast" and "Znob" in place.geo.name
    assert region.geo is not None and region.geo.precision == "region"


def test_a_common_village_name_in_a_post_about_one_region(settings):  # type: ignore[no-untyped-def]
    places = warlog.geocode("Drones attacked three villages of the Belgorod region, Governor Vyacheslav Gladkov "
                            "said. In the village of Petrovka, a drone hit a passenger car.", settings=settings,
                            language="en")
    petrovka = next(e for e in places if e.text == "Petrovka")
    assert petrovka.geo is not None and petrovka.geo.admin1 == "Belgorod Oblast"


def test_an_english_community_is_no_hromada(settings):  # type: ignore[no-untyped-def]
    # "the Ohio community" is Ohio: only a hromada-like name ("Seredyna-Buda", "-ska") makes "X community" one place
    places = warlog.geocode("The Ohio community mourned the soldier.", settings=settings, language="en")
    assert [e.text for e in places] == ["Ohio"]


def test_the_day_a_channel_posted_the_clip_bounds_the_killing(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Channel posts video of sledgehammer killing of alleged deserter\n\n"
                      "A video released by a Telegram channel linked to Wagner appears to show a fighter being "
                      "bludgeoned to death with a sledgehammer.\n\n"
                      "The channel posted the clip on November 12 under the title The Hammer.", published="2022-11-13")
    (inc,) = [i for i in found if i.type == "intra_force_killing"]
    assert inc.when.start is None and str(inc.when.end) == "2022-11-12"


# --- pinned after the session's review ----------------------------------------------------------------------

def test_a_habit_clause_does_not_hide_the_event_the_sentence_goes_on_to(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Russia continues to strike Ukraine's energy grid: a missile hit a power plant in Kharkiv "
                       "overnight, killing three workers.")
    assert inc.type == "strike" and inc.fatalities is not None and inc.fatalities.best == 3


def test_a_demonyms_community_is_no_place(settings):  # type: ignore[no-untyped-def]
    assert warlog.geocode("Leaders in the African-American community spoke.", settings=settings, language="en") == []


def test_bodies_handed_over_are_no_toll() -> None:
    from warlog.incidents import casualties

    text = "Ukraine received the bodies of 757 fallen soldiers in an exchange."
    assert casualties.read(text, [(0, len(text))]) == (None, None)


# --- the seventh batch ----------------------------------------------------------------------------------------

def test_a_chain_of_shares_without_a_total(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Russian attacks kill 1, injure 4 over past day\n"
                      "Russian attacks in Donetsk Oblast injured two people in Kostiantynivka, one in Kurakhove and "
                      "one in Nelipivka, according to the oblast military administration.")
    assert sorted(i.injured.best for i in found if i.injured) == [1, 1, 2]


def test_a_new_scene_in_the_same_paragraph_is_another_event(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Two women were injured when Russian forces struck the village of Podoly in Kharkiv Oblast, the "
                      "governor said. In Sumy Oblast, Russian rocket strikes on the Seredyna-Buda area injured two "
                      "people, the regional military administration said.")
    assert sorted(i.where.admin1 for i in found if i.where) == ["Kharkiv Oblast", "Sumy Oblast"]


def test_stopping_the_evacuation_of_the_wounded_is_an_abandonment(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Russian commanders in the Zaporizhzhia region have decided to stop evacuating wounded soldiers, "
                      "partisans said.")
    assert [i.type for i in found] == ["abandonment"]


def test_a_russian_village_places_a_headline_in_russia(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Ukrainian shelling of western Russian village kills 1")
    assert inc.where is not None and inc.where.country == "RU" and inc.where.precision == "country"


def test_soldiers_and_a_civilian_are_one_more(incidents):  # type: ignore[no-untyped-def]
    from warlog.incidents import casualties

    text = "Three soldiers and a civilian were killed."
    dead, _ = casualties.read(text, [(0, len(text))])
    assert dead is not None and dead.best == 4


def test_held_in_an_open_pit_is_a_detention(incidents):  # type: ignore[no-untyped-def]
    found = incidents("In another video a soldier says he is Ivan Petrov, a volunteer from Saratov, and that he has "
                      "been held in an open pit since the end of March.", published="2023-04-23")
    assert "arrest_or_detention" in [i.type for i in found]


# Session 7: a governor's day written by the project (not from any batch): villages listed as the subject of "came
# under fire", small villages the gazetteer knows only beside a named place, another weapon as another scene, and
# the roundup's teller as the source of each of its events.
ROUNDUP_DAY = ("Russian attacks on Kharkiv Oblast over the past day killed one person and injured six, Governor "
               "Oleh Syniehubov said on Saturday.\n"
               "In Kupiansk, a 61-year-old man was killed by artillery fire. In Borova, two women aged 45 and 70 "
               "were injured in a drone strike.\n"
               "Russian guided bombs hit the village of Kivsharivka, injuring four people. Zolochiv and Velykyi "
               "Burluk also came under fire; no one was hurt there.")


def test_each_village_of_a_governors_day_is_an_incident_he_tells(settings):  # type: ignore[no-untyped-def]
    import warlog

    incidents = warlog.extract(ROUNDUP_DAY, settings=settings, published="2026-02-21").incidents
    places = [i.where.name if i.where else None for i in incidents]
    assert places == ["Kupyansk", "Borova", "Kivsharivka", "Zolochiv", "Velykyi Burluk"]
    assert all("Oleh Syniehubov" in i.sources for i in incidents)
    assert [i.injured.best if i.injured else None for i in incidents][-2:] == [0, 0]


def test_villages_listed_before_came_under_fire(settings):  # type: ignore[no-untyped-def]
    import warlog

    report = warlog.extract("The communities of Krasnopillia, Velyka Pysarivka and Yunakivka came under artillery "
                            "fire. A drone attack on Bilopillia injured a woman.", settings=settings,
                            published="2023-09-03")
    places = [i.where.name if i.where else None for i in report.incidents]
    assert places == ["Krasnopillya", "Velyka Pysarivka", "Yunakivka", "Bilopillia"]


def test_a_border_roundup_of_communities_clause_by_clause(settings):  # type: ignore[no-untyped-def]
    """Session 7, the project's own wording of a regional administration's day: each hromada ("the X community")
    named in its own clause of one sentence is its own strike, munitions "dropped on" one included, each told by
    the lead's teller."""
    import warlog

    report = warlog.extract(
        "Russian forces shelled the Sumy region's border areas 14 times over the past day, the regional military "
        "administration said on Sunday.\n"
        "Artillery fired at the Krasnopillia community, two mines were dropped on the Esman community, and the "
        "Velyka Pysarivka community came under mortar fire.", settings=settings, published="2023-09-03")
    places = [i.where.name if i.where else None for i in report.incidents]
    assert places[-3:] == ["Krasnopilska hromada", "Esmanska hromada", "Velykopysarivska hromada"]
    # the administration named once in the lead tells each of them
    assert all(any("administration" in name for name in i.sources) for i in report.incidents[-3:])


def test_the_ohio_community_is_no_hromada(settings):  # type: ignore[no-untyped-def]
    import warlog

    report = warlog.extract("Volunteers from the Ohio community sent aid to Kharkiv.", settings=settings,
                            published="2023-09-03")
    assert not any("community" in e.text for e in report.entities if e.label == "PLACE")


def test_a_community_after_its_regions_possessive(settings):  # type: ignore[no-untyped-def]
    import warlog

    report = warlog.extract("Mortar fire hit Sumy Oblast's Bilopillia community on Monday.", settings=settings,
                            published="2024-01-10")
    assert [i.where.name if i.where else None for i in report.incidents] == ["Bilopilska hromada"]
