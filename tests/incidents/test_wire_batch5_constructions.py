"""Constructions of wire and court reporting found in the project's fifth batch of reports (issue #14), each
pinned in the project's own words: a headline toll "killed by" a weapon, "N more were hurt", the day a source
posted as the event's bound, a court's date, a newspaper called "the daily", and the man "found in" a town."""

import pytest

import warlog


@pytest.fixture(scope="module")
def incidents(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2024-06-04"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet="Test Wire").incidents
    return run


def test_headline_toll_killed_by_a_drone_in_a_border_region(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Two killed by Russian drone in Ukraine's Sumy border region, officials say")
    assert inc.type == "strike"
    assert inc.fatalities is not None and inc.fatalities.best == 2
    assert inc.where is not None and inc.where.admin1 == "Sumy Oblast"


def test_more_were_hurt_counts_the_injured(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("One man died and four more were hurt when drones hit the town of Shebekino on Monday, "
                       "the regional governor said.")
    assert inc.fatalities is not None and inc.fatalities.best == 1
    assert inc.injured is not None and inc.injured.best == 4


def test_the_day_a_source_posted_bounds_an_undated_event(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Russian gunners shelled their own infantry near Avdiivka, killing 11, a Ukrainian officer "
                       "reported on Telegram on Oct. 3.", published="2023-10-05")
    assert inc.when.start is None and str(inc.when.end) == "2023-10-03"


def test_a_sentence_about_the_incident_adds_no_event(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Russian artillery fired on its own soldiers near Bakhmut, killing six, a Ukrainian "
                      "commander said.\nThe incident took place as Russian troops pulled out of the village of "
                      "Klishchiivka.")
    assert [i.type for i in found] == ["friendly_fire"]


def test_a_court_date_is_not_the_date_of_the_crime(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Private jailed over blast that killed three fellow soldiers\n"
                      "A garrison court on Tuesday sentenced a private to 15 years for throwing a grenade into a "
                      "tent, killing three fellow soldiers, the daily Kommersant reported.\n"
                      "He threw the grenade into an army barracks in the Kursk region in March 2023, the daily said.")
    (inc,) = [i for i in found if i.type == "intra_force_killing"]
    assert str(inc.when.start) == "2023-03-01" and inc.when.precision == "month"
    assert inc.where is not None and inc.where.admin1 == "Kursk Oblast"


def test_a_sergeant_from_a_region_is_not_placed_at_his_home(incidents):  # type: ignore[no-untyped-def]
    found = incidents("A sergeant from the Siberian region of Omsk shot two fellow soldiers dead on Sunday, "
                      "investigators said.")
    assert found and all(i.where is None or i.where.admin1 != "Omsk Oblast" for i in found)


def test_the_man_detained_is_placed_where_he_was_found(incidents):  # type: ignore[no-untyped-def]
    found = incidents("The security service has detained a contract soldier who meant to defect. He was found in "
                      "Zaporizhzhia, hiding in a rented flat.")
    (inc,) = [i for i in found if i.type == "arrest_or_detention"]
    assert inc.where is not None and inc.where.admin1 == "Zaporizhzhia Oblast"
