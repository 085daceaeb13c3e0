"""Constructions found in the project's tenth batch of reports (issue #14), each pinned in the project's own words:
a village "again under fire", invaders who killed a woman, a sergeant who beat his officer to death, a member of a
force wounded, a deserter named only by his age, and "another car" hit later."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2024-06-04"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet="Test Wire")
    return run


def test_a_village_again_under_fire_is_a_strike(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("Today Antonivka was again under Russian fire, the governor said.").incidents
    assert inc.type == "strike"


def test_invaders_who_killed_a_woman_are_no_clash(extract):  # type: ignore[no-untyped-def]
    types = [i.type for i in extract("In Sadove the invaders killed an elderly woman in her garden, the governor "
                                     "said.").incidents]
    assert "armed_clash" not in types


def test_a_sergeant_who_beat_his_officer_to_death(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("A mobilized sergeant beat his commanding officer, a lieutenant, to death on a train near "
                     "Chelyabinsk, investigators said on Tuesday.").incidents
    assert inc.type == "intra_force_killing"


def test_a_member_of_a_force_wounded_counts_one(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("In the evening a drone hit a car near Shebekino, wounding a member of the local "
                     "self-defence unit, the governor said.").incidents
    assert inc.injured is not None and inc.injured.best == 1


def test_a_deserter_named_by_his_age_alone(extract):  # type: ignore[no-untyped-def]
    report = extract("Ukrainian soldiers are walking away from their posts\n"
                     "The 39-year-old first served as a driver. After a row with his officer he is now wanted for "
                     "leaving his unit without permission.")
    assert [i.type for i in report.incidents] == ["desertion_or_surrender"]


def test_another_car_hit_later_is_another_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Drones hit a minibus near the village of Berezovka on Tuesday morning, killing three "
                     "workers, the governor said.\n"
                     "In the evening another car was hit by a drone near Berezovka, wounding a member of the local "
                     "self-defence unit.", published="2024-05-07")
    assert len(report.incidents) == 2
