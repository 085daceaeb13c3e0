"""Constructions from the fifth set of English probe reports written blind (session 10), pinned in the project's own
words: tolls raised later ("has risen to four", "the number of dead had reached nine") win over the first count; a
regional roundup told in the same paragraph as its towns sums them; "the driver and four other people", "killed the
driver and four passengers", "a paramedic and the driver" as counts; "the 67-year-old died"; a neighbour hurt; a
woman "waiting at a bus stop" wounded; "Five of ours are 200"; people cited as sources are no count; a birth year is
no date; a headline's event stays news for a few months; a headline that drops "its" before "own air defence"; "hit
by a Russian FPV drone"; "mistaking it for Ukrainian infantry"."""

import pytest


def _tolls(report):  # type: ignore[no-untyped-def]
    return [(i.type, i.fatalities.best if i.fatalities else None, i.injured.best if i.injured else None)
            for i in report.incidents if not i.background]


@pytest.mark.parametrize("text, killed", [
    ("Toll from Russian strike on Kramatorsk rises to five\nThe number of people killed in Monday's Russian strike "
     "on Kramatorsk has risen to five after a woman died in hospital, the governor said.", 5),
    ("A missile hit a block of flats in Kryvyi Rih on Monday night, the governor said.\nBy Tuesday noon the number "
     "of dead had reached eight, rescuers said.", 8),
    ("One man was killed when a drone hit a minibus in Nikopol on Monday. The governor said later that the death "
     "toll had risen to three.", 3),
])
def test_a_toll_raised_later_wins(extract, text, killed):  # type: ignore[no-untyped-def]
    assert _tolls(extract(text))[0][1] == killed


def test_a_roundup_in_the_paragraph_of_its_towns_sums_them(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian attacks on Kharkiv Oblast over the past day killed four civilians and injured six, the "
                     "governor said on Monday. Three people were killed and four injured in Kupiansk, where shells "
                     "hit a market. In Balakliia, a drone killed one person and wounded two others.")
    assert sorted(t[1:] for t in _tolls(report)) == [(1, 2), (3, 4)]


@pytest.mark.parametrize("text, dead, hurt", [
    ("A drone hit a minibus near Sumy on Monday. Two passengers were killed, and the driver and three other people "
     "were injured.", 2, 4),
    ("A Russian drone killed the driver and two passengers of a car near Kherson on Monday, officials said.", 3, None),
    ("A drone struck an ambulance in Beryslav on Monday. A 40-year-old paramedic and the 50-year-old driver "
     "suffered shrapnel wounds.", None, 2),
    ("Kherson. At 09:00 a drone dropped a grenade on a man riding a bicycle.\nThe 70-year-old died at the scene.",
     1, None),
    ("A drone hit a house in Vasylivka on Monday. A 60-year-old man died of his wounds, and his neighbour was "
     "injured.", 1, 1),
    ("A man waiting at a tram stop in Kherson was badly wounded on Monday when a Russian drone dropped a munition.",
     None, 1),
])
def test_victims_counted_one_by_one(extract, text, dead, hurt):  # type: ignore[no-untyped-def]
    assert _tolls(extract(text))[0][1:] == (dead, hurt)


def test_soldiers_slang_after_of_ours(extract):  # type: ignore[no-untyped-def]
    report = extract("Our own mortars covered us near Avdiivka on Monday, a soldier said. \"Three of ours are 200,\" "
                     "he says.")
    assert _tolls(report)[0] == ("friendly_fire", 3, None)


def test_people_cited_are_no_count(extract):  # type: ignore[no-untyped-def]
    report = extract("A company commander shot dead one of his subordinates near Siversk in early January, an outlet "
                     "reported, citing four soldiers from the unit.", published="2025-02-20")
    assert _tolls(report)[0][:2] == ("intra_force_killing", 1)


def test_a_birth_year_is_no_date(extract):  # type: ignore[no-untyped-def]
    report = extract("A drone attacked a bus in Rylsk in the Kursk region on Monday. A woman born in 1961 was "
                     "wounded.")
    assert report.incidents and str(report.incidents[0].when.start) == "2025-03-10"
    assert not report.incidents[0].background


def test_a_headline_s_possessive_dropped_before_own(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian Su-34 downed by own air defence over Belgorod region, crew killed\nA Russian Su-34 "
                     "was shot down on Monday, bloggers said.")
    assert report.incidents[0].type == "friendly_fire"


@pytest.mark.parametrize("text, kind", [
    ("A police car was hit by a Russian FPV drone in Kostiantynivka on Monday. Two officers were injured.", "strike"),
    ("Drone operators of a neighbouring regiment struck an assault group near Pokrovsk on Monday, mistaking it for "
     "Ukrainian infantry, a channel said.", "friendly_fire"),
])
def test_hit_by_a_drone_and_mistaking_it(extract, text, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in extract(text).incidents]


def test_an_attack_launched_on_a_city(extract):  # type: ignore[no-untyped-def]
    report = extract("Russia launched one of its heaviest combined attacks on Lviv overnight, using drones and "
                     "missiles. Three people were killed in the city, the mayor said.")
    assert _tolls(report)[:1] == [("strike", 3, None)]


@pytest.mark.parametrize("text, kind", [
    ("A drunk corporal beat a mobilised private from Bashkiria to death in a barracks in Sievierodonetsk on "
     "Monday, investigators said.", "intra_force_killing"),
    ("A Russian colonel died after his own men deliberately ran him over with a tank near Vasylivka on Monday, "
     "intelligence claimed.", "intra_force_killing"),
    ("Soldiers of a rifle company refused to take up positions near Chasiv Yar on Monday, a newspaper reported.",
     "refusal_to_fight"),
    ("Twelve men of a regiment refused to attack near Ocheretyne on Monday. They were disarmed and taken to the "
     "commandant's office.", "arrest_or_detention"),
    ("Two servicemen died after drinking antifreeze they had bought in Tokmak on Monday, a source told a channel.",
     "non_combat_death"),
    ("A wounded Ukrainian soldier captured near Vuhledar was shot dead by Russian troops on Monday, prosecutors "
     "said.", "attack_on_civilians"),
    ("Russian forces have retaken the village of Olgovka in the Kursk region, the governor said on Monday.",
     "territory_change"),
    ("The enemy has occupied Novenke in Sumy region, analysts said on Monday.", "territory_change"),
])
def test_round5_event_classes(extract, text, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in extract(text).incidents]


@pytest.mark.parametrize("text", [
    "Wives of mobilised men picketed the enlistment office in Ufa on Monday. Police took their names but detained "
    "no one.",
    "The city administration on Monday denied reports that a tram in the Korabelnyi district had been hit by a "
    "drone, saying posts on Telegram were false.",
    "Most of the casualties were caused by missile and drone attacks on cities, the mission said.",
    "Two outlets have confirmed the names of more than 100,000 Russian soldiers killed in the war, they said on "
    "Friday.",
])
def test_round5_texts_without_an_event_of_that_kind(extract, text):  # type: ignore[no-untyped-def]
    types = [i.type for i in extract(text).incidents if not i.background]
    assert "arrest_or_detention" not in types and "strike" not in types and "armed_clash" not in types
