"""Slots an event takes from the rest of its report: place, toll and the bound of an undated event."""

from datetime import date

import pytest

import warlog


@pytest.fixture(scope="module")
def incidents(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2024-07-13"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet="Test Wire").incidents
    return run


def test_where_the_shooting_took_place_places_the_event(incidents):  # type: ignore[no-untyped-def]
    text = ("Conscript opens fire on his comrades and flees\n\n"
            "A 22-year-old conscript, said to be from Kazan, opened fire on three of his fellow soldiers "
            "at his unit's barracks and ran away, Russian channels report.\n\n"
            "The base where the shooting took place lies in the Valuysky district of the Belgorod region.\n\n"
            "Two of the soldiers argued with him before he used his rifle, killing two and wounding the third.\n")
    (inc,) = [i for i in incidents(text) if i.type == "intra_force_killing"]
    assert inc.where is not None and inc.where.admin1 == "Belgorod Oblast"  # not his home town
    assert inc.fatalities is not None and inc.fatalities.best == 2
    assert inc.injured is not None and inc.injured.best == 1


def test_undated_event_is_bounded_by_when_it_was_told(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Russian artillery shelled the town of Orikhiv, destroying a school, the regional "
                       "governor said on Thursday.")
    assert inc.when.start is None and inc.when.end == date(2024, 7, 11)
    assert inc.when.precision == "unknown" and inc.when.text is None  # a bound, not a stated date


def test_report_without_any_date_is_bounded_by_its_publication(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Mobilized men from the Kursk region say their officers drove away and left them "
                       "near the village of Kurylivka, in the Kharkiv region.")
    assert inc.type == "abandonment"
    assert inc.when.start is None and inc.when.end == date(2024, 7, 13)


def test_an_event_dated_months_before_the_report_is_background(incidents):  # type: ignore[no-untyped-def]
    text = ("Russian artillery shelled the town of Orikhiv on Thursday, killing a 70-year-old man.\n\n"
            "The town's hospital was destroyed by shelling in March 2023, the governor recalled.\n")
    found = sorted(incidents(text), key=lambda i: i.evidence[0].start)
    assert [i.background for i in found] == [False, True]


def test_an_event_recalled_a_week_before_takes_no_follow_up(incidents):  # type: ignore[no-untyped-def]
    text = ("Two gunmen opened fire on fellow soldiers at a training ground in the Belgorod region on Saturday, "
            "killing eleven.\n\n"
            "It came a week after a blast damaged the bridge to Crimea.\n\n"
            "\"As a result of the incident, eleven people died and another 15 were injured,\" investigators said.\n")
    found = {i.type: i for i in incidents(text)}
    assert found["intra_force_killing"].injured is not None and found["intra_force_killing"].injured.best == 15
    assert found["strike"].background and found["strike"].injured is None


def test_a_wire_dateline_places_only_an_event_the_story_does_not_place(incidents):  # type: ignore[no-untyped-def]
    # The headline names no place (one that did would place the event: the sentence just before it).
    text = ("Soldiers' wives gather to ask for their husbands back\n"
            "MOSCOW (AFP) - Wives of Russian men mobilised to fight gathered on Saturday at the eternal flame, "
            "demanding that their husbands come home.\n")
    (inc,) = incidents(text, published="2024-01-06")
    assert inc.type == "protest" and inc.where is not None and inc.where.text == "MOSCOW"


def test_luga_in_the_leningrad_region_is_the_strikes_place_and_took_place_monday(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("The drone strike on the fuel depot near Luga, in the Leningrad region, took place Monday, "
                       "the governor said.", published="2024-06-06")
    assert inc.where is not None and inc.where.text == "Luga" and inc.where.admin1 == "Leningrad Oblast"
    assert inc.when.start == date(2024, 6, 3) and inc.when.precision == "day"


def test_said_on_friday_bounds_an_event_placed_as_x_comma_y_region(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Ukrainian drones hit an oil depot near Luga, Leningrad region, the governor said on Friday.",
                       published="2024-06-06")
    assert inc.where is not None and inc.where.admin1 == "Leningrad Oblast"
    assert inc.when.start is None and inc.when.end == date(2024, 5, 31)


def test_reported_on_june_2_bounds_the_event(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Shelling of the town of Vovchansk was reported on June 2 by the regional administration.",
                       published="2024-06-06")
    assert inc.when.end == date(2024, 6, 2) and inc.when.precision == "unknown"
