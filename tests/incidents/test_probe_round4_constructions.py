"""Constructions from the fourth set of English probe reports written blind (session 10), each pinned in the
project's own words: fire on one's own told as a mix-up ("mistook their trench for an enemy position", "blue on
blue", one's own Lancet, a trench "held by a unit of its own army"), killings inside a unit ("shot dead a sergeant
from his own company", "officer shoots subordinate", a barrier detachment), tolls in soldiers' slang ("four 200s"),
"the crew of two did not make it", a named weapon system's strike, deaths by suicide, accident and drill, refusals
told as orders not obeyed or positions not taken up, desertion as walking away or crossing the line, abandonment
of the wounded, punishment pits, a shooter held after the shooting (his own past not its date), and injuries told as
"sustained wounds", "wounding a foreign volunteer" or a relative hurt beside the first."""

import pytest


def _rows(report):  # type: ignore[no-untyped-def]
    return [(i.type, i.fatalities.best if i.fatalities else None, i.injured.best if i.injured else None)
            for i in report.incidents if not i.background]


@pytest.mark.parametrize("text, row", [
    ("Three soldiers were killed near Kupiansk on Monday when a mortar crew from another battalion mistook their "
     "trench for an enemy position, the unit's spokesman said.", ("friendly_fire", 3, None)),
    ("Yet another blue-on-blue near Pokrovsk: two of our infantrymen were killed on Tuesday, a blogger wrote.",
     ("friendly_fire", 2, None)),
    ("Near Toretsk last night our own Lancet took out one of our tanks, the crew of two did not make it.",
     ("friendly_fire", 2, None)),
    ("A Russian jet dropped a bomb on a dugout near Avdiivka held by a company of its own army on Friday, killing "
     "five men, a war correspondent wrote.", ("friendly_fire", 5, None)),
    ("Our own artillery shelled our trenches near Bakhmut on Sunday. \"Four 200s and a lot of 300s,\" a soldier "
     "says in the call.", ("friendly_fire", 4, None)),
])
def test_fire_on_one_s_own(extract, text, row):  # type: ignore[no-untyped-def]
    assert _rows(extract(text))[:1] == [row]


@pytest.mark.parametrize("text, row", [
    ("A Russian captain shot dead a sergeant from his own company after a row at a base near Kreminna on May 3, "
     "intelligence said.", ("intra_force_killing", 1, None)),
    ("Russian officer shoots subordinate in Zaporizhzhia region after refusal to advance",
     ("intra_force_killing", None, None)),
    ("Three conscripts who tried to leave their trench near Siversk were gunned down by a \"blocking\" detachment "
     "of their own brigade on Sunday, a prisoner said.", ("intra_force_killing", 3, None)),
    ("A marine bludgeoned a fellow sailor to death at a base in the Kursk region on March 2, investigators said.",
     ("intra_force_killing", 1, None)),
])
def test_killings_inside_a_unit(extract, text, row):  # type: ignore[no-untyped-def]
    assert _rows(extract(text))[:1] == [row]


def test_a_named_weapon_system_s_strike(extract):  # type: ignore[no-untyped-def]
    rows = _rows(extract("An ATACMS strike hit an airfield near Berdiansk on Monday, killing nine servicemen, "
                         "Russian bloggers said."))
    assert rows == [("strike", 9, None)]


@pytest.mark.parametrize("text, row", [
    ("A 29-year-old contract soldier hanged himself in a barracks near Belgorod on Monday, his sister said.",
     ("non_combat_death", 1, None)),
    ("Two servicemen died and three were hurt when their lorry rolled over on a mountain road in the Krasnodar "
     "region on Saturday.", ("non_combat_death", 2, 3)),
    ("A 19-year-old conscript was found dead at his guard post in the Pskov region on Monday; investigators said "
     "he froze to death.", ("non_combat_death", 1, None)),
    ("A grenade exploded in a recruit's hands at a range in the Leningrad region on Tuesday, killing him and an "
     "instructor, the district said.", ("non_combat_death", 2, None)),
])
def test_deaths_outside_combat(extract, text, row):  # type: ignore[no-untyped-def]
    assert _rows(extract(text))[:1] == [row]


@pytest.mark.parametrize("text, kind", [
    ("About 30 paratroopers would not obey an order to attack near Robotyne on Monday, a blogger said.",
     "refusal_to_fight"),
    ("Men of a new battalion declined to move to positions near Pokrovsk on Jan. 8, investigators said.",
     "refusal_to_fight"),
    ("Five contract soldiers walked away from their unit in the Belgorod region on May 1, a news site said.",
     "desertion_or_surrender"),
    ("A Russian corporal crossed the front line near Kupiansk on Monday and asked to surrender, intelligence said.",
     "desertion_or_surrender"),
    ("The wounded were just left in a cellar when the battalion pulled back from Vuhledar on Monday, a medic said.",
     "abandonment"),
    ("Soldiers near Kurakhove said on Monday that their commanders had not been in contact for a week.",
     "abandonment"),
    ("Ten men who refused to advance near Bakhmut on Monday were thrown into a \"pit\", a blogger wrote.",
     "arrest_or_detention"),
])
def test_refusal_desertion_abandonment_and_pits(extract, text, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in extract(text).incidents]


def test_a_shooter_held_afterwards_keeps_the_shooting_s_day(extract):  # type: ignore[no-untyped-def]
    report = extract("A soldier opened fire on his comrades at a range in the Belgorod region on Monday, killing "
                     "two, the ministry said. The shooter, a volunteer who had signed up in the spring, was "
                     "detained.")
    held = [i for i in report.incidents if i.type == "arrest_or_detention"]
    assert len(held) == 1 and not held[0].background and held[0].when.precision != "season"


def test_a_caught_suspect_is_held_only_where_he_was_caught(extract):  # type: ignore[no-untyped-def]
    # "tried to run from the scene but was caught" tells the attack's end, not a detention of its own
    report = extract("A man stabbed a neighbour in Kharkiv on Monday, police said. He tried to run from the scene "
                     "but was caught.")
    assert "arrest_or_detention" not in [i.type for i in report.incidents]


@pytest.mark.parametrize("text, injured", [
    ("Drone hits aid van near Kherson, wounding British volunteer", 1),
    ("Russian shelling of Nikopol killed a man and wounded his wife and their daughter on Monday, the governor "
     "said.", 2),
    ("A drone struck a car near Bilopillia on Monday. The driver died; a 60-year-old woman sustained shrapnel "
     "wounds.", 1),
])
def test_injuries_told_by_who_was_hurt(extract, text, injured):  # type: ignore[no-untyped-def]
    incidents = extract(text).incidents
    assert incidents and incidents[0].injured is not None and incidents[0].injured.best == injured


def test_a_lead_of_several_attacks_is_not_the_first_attack_s_toll(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian attacks kill four in Sumy region, governor says\n"
                     "Russian attacks killed four people in the Sumy region on Monday, the governor said.\n"
                     "A drone hit a car near Bilopillia, killing three men, he wrote on Telegram.\n"
                     "In a separate incident, a woman was killed in Krasnopillia by a guided bomb, he added.")
    tolls = sorted(i.fatalities.best for i in report.incidents if i.fatalities)
    assert tolls == [1, 3]


def test_a_tally_over_a_period_is_no_toll(extract):  # type: ignore[no-untyped-def]
    report = extract("A conscript died at a range near Omsk on Monday when a shell went off in his hands, a channel "
                     "said.\nAn activist said in November that at least eight draftees had died in the first weeks "
                     "of mobilization.\nSince then a number of recruits have died before reaching the front.")
    assert [(i.type, i.fatalities.best if i.fatalities else None) for i in report.incidents] == [
        ("non_combat_death", 1)]


def test_the_soldier_told_again_in_a_quote_is_the_same_death(extract):  # type: ignore[no-untyped-def]
    report = extract("Conscript killed at training range in Tver region\n"
                     "A conscript was killed during exercises when a fellow soldier lost control of a mortar, a "
                     "channel reported.\nThe incident happened on Tuesday at a range near the town of Bezhetsk in "
                     "the Tver region, the channel said.\n"
                     "\"The soldier died on the spot from his wounds,\" the channel wrote.")
    assert [(i.type, i.where.name if i.where else None) for i in report.incidents] == [
        ("non_combat_death", "Bezhetsk")]


def test_forces_fighting_somewhere_is_no_battle(extract):  # type: ignore[no-untyped-def]
    report = extract("The president ordered a call-up on March 3, meant to add 100,000 men to the forces fighting "
                     "in the east.")
    assert "armed_clash" not in [i.type for i in report.incidents]


def test_the_lead_s_reporting_day_bounds_the_story_s_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Two teenagers charged over arson at army office\n"
                     "Investigators charged two teenagers with arson, the news site Fontanka reported on March 10.\n"
                     "\"Two suspects were detained at their homes in the town of Kolpino,\" police said.")
    held = [i for i in report.incidents if i.type == "arrest_or_detention"]
    assert held and str(held[0].when.end) == "2025-03-10"
