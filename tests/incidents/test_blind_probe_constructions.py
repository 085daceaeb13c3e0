"""Constructions from a set of English probe reports written blind (by a writer who read no rules), each pinned in
the project's own words: "the Kherson region's Bilozerka", "no casualties" and "nobody was hurt" as zero tolls, a
weapon that hits a vehicle in a headline, a town attacked with drones, an aircraft downed by its own side's air
defence, one's own FPV drone, a strike on one's own armoured vehicle, killings by officers of one's own battalion,
a platoon commander beaten to death, fellow trainees shot, a soldier who flees his unit, a crew that gives itself
up, positions left without permission, a refusal to launch an assault, flowers laid to demand, an accident during a
live-fire exercise, volleys counted "so far this week", a serviceman who drowned, a small town after "near"."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published="2025-03-14", outlet="Test Wire")
    return run


def _rows(report):  # type: ignore[no-untyped-def]
    return [(i.type, i.where.name if i.where else None, i.fatalities.best if i.fatalities else None,
             i.injured.best if i.injured else None) for i in report.incidents]


def test_a_village_after_its_region_s_possessive(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian troops dropped a guided bomb on the Kherson region's Bilozerka on Wednesday, killing a "
                     "62-year-old man, officials said.")
    assert _rows(report) == [("strike", "Bilozerka", 1, None)]


@pytest.mark.parametrize("text", [
    "Ukrainian drones attacked an oil depot in the Bryansk region's Novozybkov overnight. Nobody was hurt, the "
    "governor said.",
    "A missile attack damaged a power plant near Dobrotvir overnight, the ministry said, adding that no casualties "
    "had been reported.",
])
def test_nobody_hurt_and_no_casualties_are_zero_tolls(extract, text):  # type: ignore[no-untyped-def]
    rows = _rows(extract(text))
    assert len(rows) == 1 and rows[0][2:] == (0, 0)


def test_a_weapon_that_hits_a_vehicle_in_a_headline(extract):  # type: ignore[no-untyped-def]
    assert _rows(extract("Drone hits minibus in Shebekino, kills driver, injures six passengers")) == [
        ("strike", "Shebekino", 1, 6)]


def test_a_village_attacked_with_drones(extract):  # type: ignore[no-untyped-def]
    report = extract("Zaporizhzhia district: the enemy attacked Malokaterynivka with FPV drones three times this "
                     "afternoon. A 41-year-old man was injured.")
    assert [(t, p, i) for t, p, _, i in _rows(report)] == [("strike", "Malokaterynivka", 1)]


@pytest.mark.parametrize("text", [
    "A Russian Su-34 bomber was shot down by Russian air defences over the Belgorod region on Sunday, killing both "
    "crew members, a Telegram channel reported.",
    "\"Our own FPV drone came at us,\" a soldier told his wife. Two men in his trench near Kurakhove were killed.",
    "Ukrainian troops mistakenly struck their own armoured vehicle near Huliaipole with a drone on Saturday, "
    "wounding four soldiers.",
    "A Russian soldier said his unit's position near Toretsk was hit by their own artillery on March 5, killing "
    "three of his comrades.",
])
def test_fire_from_one_s_own_side(extract, text):  # type: ignore[no-untyped-def]
    assert [row[0] for row in _rows(extract(text))] == ["friendly_fire"]


def test_both_crew_members(extract):  # type: ignore[no-untyped-def]
    report = extract("A Russian Su-34 bomber was shot down by Russian air defences over the Belgorod region on "
                     "Sunday, killing both crew members.")
    assert _rows(report)[0][2] == 2


@pytest.mark.parametrize(("text", "killed"), [
    ("Three soldiers who had complained were executed by officers of their own battalion near Kupiansk, a "
     "serviceman said.", None),
    ("Soldiers of an assault unit beat their platoon commander to death at a field camp near Svatove on Wednesday.",
     1),
    ("A volunteer at a training ground near Belgorod opened fire on his fellow trainees on Monday, killing two of "
     "them.", 2),
])
def test_killings_within_the_force(extract, text, killed):  # type: ignore[no-untyped-def]
    rows = _rows(extract(text))
    assert rows[0][0] == "intra_force_killing"
    if killed is not None:
        assert rows[0][2] == killed


@pytest.mark.parametrize("text", [
    "Soldier flees unit with assault rifle in Pskov region, manhunt under way",
    "Surrounded and out of ammunition, the crew of a Russian armoured vehicle gave themselves up to Ukrainian "
    "paratroopers on the outskirts of Sudzha late on Monday.",
    "More than 50 soldiers of a new brigade left their positions near Pokrovsk without permission last week, the "
    "commander admitted.",
])
def test_desertion_and_surrender(extract, text):  # type: ignore[no-untyped-def]
    assert [row[0] for row in _rows(extract(text))] == ["desertion_or_surrender"]


def test_a_refusal_to_launch_another_assault(extract):  # type: ignore[no-untyped-def]
    report = extract("A motor rifle company in the Zaporizhzhia region refused on Saturday to launch another assault "
                     "without artillery support.")
    assert [row[0] for row in _rows(report)] == ["refusal_to_fight"]


def test_flowers_laid_to_demand_are_a_protest(extract):  # type: ignore[no-untyped-def]
    report = extract("Women laid flowers at the Eternal Flame in Moscow on Saturday to demand that their mobilised "
                     "husbands be sent home.")
    assert [row[:2] for row in _rows(report)] == [("protest", "Moscow")]


def test_an_accident_during_a_live_fire_exercise(extract):  # type: ignore[no-untyped-def]
    report = extract("Three conscripts were killed and five injured when a mortar round exploded during a live-fire "
                     "exercise at a training ground in the Volgograd region on Thursday.")
    assert [(t, k, i) for t, _, k, i in _rows(report)] == [("non_combat_death", 3, 5)]


def test_volleys_so_far_this_week_are_a_tally(extract):  # type: ignore[no-untyped-def]
    report = extract("Ukraine's Air Force said Russia had launched more than 1,200 drones and nearly 40 missiles at "
                     "Ukrainian cities so far this week.")
    assert report.incidents == []


def test_a_serviceman_who_drowned_is_one_death(extract):  # type: ignore[no-untyped-def]
    report = extract("A Ukrainian serviceman drowned on Tuesday while crossing the Oskil river near Kupiansk in a "
                     "rubber boat, his brigade said.")
    assert [(t, k) for t, _, k, _ in _rows(report)] == [("non_combat_death", 1)]
