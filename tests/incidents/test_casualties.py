"""Counts of the dead and injured read with the verb they belong to."""

import pytest

from warlog.incidents.casualties import read


def _read(text: str) -> tuple[int | None, int | None]:
    dead, hurt = read(text, [(0, len(text))])
    return (dead.best if dead else None), (hurt.best if hurt else None)


def test_injuring_four_others_counts_four_injured() -> None:
    assert _read("The drone hit a minibus, killing two and injuring four others.") == (2, 4)


def test_injured_another_is_one_more_injured() -> None:
    assert _read("The shell killed one man and injured another.") == (1, 1)


def test_wounded_a_dozen_more_is_twelve() -> None:
    assert _read("A second blast wounded a dozen more.") == (None, 12)


def test_no_civilian_casualties_is_not_zero_when_soldiers_were_killed() -> None:
    assert _read("There were no civilian casualties, but two soldiers were killed in the strike.")[0] == 2


def test_nobody_hurt_is_zero_injured_and_zero_killed() -> None:
    # nobody hurt: nobody killed either (a zero that stands only where no death is told)
    assert _read("Nobody was hurt in the attack.") == (0, 0)
    assert _read("Two people were killed; nobody else was hurt.")[0] == 2


def test_a_woman_killed_and_a_woman_wounded_by_age() -> None:
    assert _read("A 69-year-old woman was killed and a 70-year-old woman suffered shrapnel wounds.") == (1, 1)


def test_killed_and_wounded_after_the_number() -> None:
    assert _read("At least 20 people were killed and 35 wounded.") == (20, 35)


def test_an_apposition_between_the_count_and_taken_to_hospital() -> None:
    assert _read("Three more people, two boys and their father, were taken to hospital.") == (None, 3)


def test_a_long_noun_phrase_and_a_manner_word_before_wounded() -> None:
    assert _read("Four other members of the same household were seriously wounded.") == (None, 4)


def test_the_number_of_killed_raised_to_a_figure_far_from_its_noun() -> None:
    text = "The army raised the number of recruits killed by the rocket strike on their dormitory near the port to 41."
    assert _read(text) == (41, None)


def test_a_headline_death_toll_raised_to_a_figure() -> None:
    assert _read("Ministry raises depot blast death toll to 17") == (17, None)


def test_killing_him_is_one_death() -> None:
    assert _read("The private hit his platoon leader with a shovel, killing him.") == (1, None)


def test_shot_at_point_blank_range_is_an_execution() -> None:
    assert _read("An officer shot three deserters at point-blank range in a trench.") == (3, None)


def test_shot_in_the_leg_is_no_count_of_the_dead() -> None:
    assert _read("Guards shot two prisoners in the leg.")[0] is None


def test_executed_with_a_count_is_a_toll() -> None:
    assert _read("The unit executed five prisoners of war.") == (5, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("No one was killed or injured, the governor said.", (0, 0)),
    ("A family of four, including two children, was killed on Monday.", (4, None)),
    ("Footage showed soldiers shooting two surrendering servicemen near the village.", (2, None)),
    ("Investigators opened a case into the killing of three captured soldiers.", (3, None)),
    ("The driver died of his wounds at the scene.", (1, None)),
    ("She said her husband was killed in the Kursk region.", (1, None)),
])
def test_tolls_told_by_who_the_victims_were(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A drone dropped an explosive on a tractor, killing its 56-year-old driver.", (1, None)),
    ("The next day his commanders beat him to death in a basement.", (1, None)),
    ("Shebekino resident killed as drone hits car, governor says", (1, None)),
    ("Artyom Belov, 19, from a village near Novosibirsk, was killed in fighting in January.", (1, None)),
    ("A soldier killed a comrade at the position.", (None, None)),
])
def test_one_victim_told_in_other_ways(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "Prosecutors say the Russian soldier killed civilians in Bucha.",
    "Ukrainian officer killed prisoners, Russia claims.",
])
def test_a_soldier_who_kills_is_no_dead_soldier(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text)[0] is None
