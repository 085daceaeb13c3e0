"""Constructions found in the project's ninth batch of reports (issue #14), each pinned in the project's own words:
a weapon that attacks a city, forces that struck an area near a village, a city the small model calls a person, a
town that is a regular target, soldiers taken prisoner, the fighting they were captured in, prisoners shot by their
captors, and counts of cases and trends that tell no event."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2024-06-12"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet="Test Wire")
    return run


def test_drones_that_attack_a_city_are_a_strike(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("Drones attack Kursk: two injured, governor says").incidents
    assert inc.type == "strike"


def test_forces_that_struck_an_area_near_a_village(extract):  # type: ignore[no-untyped-def]
    report = extract("During the overnight attack on Ukraine, Russian forces also struck the beach area near "
                     "Kobleve in the Mykolaiv region, where three people were injured.")
    assert [i.type for i in report.incidents] == ["strike"]
    assert report.incidents[0].injured is not None and report.incidents[0].injured.best == 3


def test_a_big_city_the_model_calls_a_person_is_a_place(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("Russian drones struck Zaporizhzhia on Monday, killing one person, the governor said.").incidents
    assert inc.where is not None and inc.where.admin1 == "Zaporizhzhia Oblast"


def test_a_town_that_is_a_regular_target_tells_no_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian forces shelled Ochakiv on Wednesday, hitting a school, police said.\n"
                     "The port is a regular Russian target and is periodically fired on with rocket launchers.")
    assert len(report.incidents) == 1
    assert all("periodically" not in e.text for e in report.incidents[0].evidence)


def test_soldiers_taken_prisoner_surrendered(extract):  # type: ignore[no-untyped-def]
    report = extract("A brigade released a video on Wednesday that shows 17 Russian soldiers being taken prisoner "
                     "near Vovchansk; all of them were captured during fighting around the town.")
    assert [i.type for i in report.incidents] == ["desertion_or_surrender"]


def test_prisoners_shot_by_their_captors(extract):  # type: ignore[no-untyped-def]
    report = extract("A video filmed near Pokrovsk shows Ukrainian soldiers leaving a dugout with their hands up, "
                     "and Russian troops shoot them, prosecutors said on Tuesday.")
    assert [i.type for i in report.incidents] == ["attack_on_civilians"]


def test_counts_of_cases_and_trends_tell_no_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Prosecutors are investigating 31 cases in which Russian forces executed prisoners of war, "
                     "the prosecutor general said. Executions of prisoners have become more frequent this year.")
    assert report.incidents == []
