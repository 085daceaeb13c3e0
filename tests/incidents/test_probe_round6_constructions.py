"""Constructions from the sixth set of English probe reports written blind (session 10: officials' Telegram posts,
multi-event wire copy), pinned in the project's own words: a bare English headline read as English ("Russian glide
bombs kill 3, injure 21 in Kharkiv"), "kill 3, injure 21" as tolls, a part of the toll ("Four children are among
the injured") no toll of its own, "received medical assistance" and "taken to the central district hospital" as
hurt, "the driver, 52, sustained", "a 17-year-old youth", debris of a downed drone as the strike (not the
interception), a shell that landed, air defences that shot down their own side's jet, artillery that shelled its own
assault group, one's own Lancet that flew into a dugout, and a capital that opens a case being no event's place."""

import pytest


def _rows(report):  # type: ignore[no-untyped-def]
    return [(i.type, i.fatalities.best if i.fatalities else None, i.injured.best if i.injured else None)
            for i in report.incidents if not i.background]


def test_a_bare_english_headline_is_read(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian missiles kill 4, injure 17 in Odesa")
    assert report.document.language == "en" and _rows(report) == [("strike", 4, 17)]


def test_a_part_of_the_toll_is_no_toll(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian glide bombs kill 2, injure 14 in Zaporizhzhia\nBombs hit a residential block on Monday, "
                     "the governor said. Three children are among the injured.")
    assert _rows(report)[:1] == [("strike", 2, 14)]


@pytest.mark.parametrize("text, hurt", [
    ("At 08:10 a drone struck a minibus in Kherson. The driver, 47, sustained a blast injury and was hospitalised.",
     1),
    ("A drone hit a car in Graivoron on Monday. His wife, who was driving, was taken to the Graivoron central "
     "district hospital with shrapnel wounds.", 1),
    ("Shelling hit the Kirovsky district of Donetsk on Monday. A man was killed and a 16-year-old youth was "
     "wounded.", 1),
    ("A drone hit a bus stop in Kherson on Monday morning. Two passengers received medical assistance at the scene.",
     2),
])
def test_people_hurt_told_by_their_care(extract, text, hurt):  # type: ignore[no-untyped-def]
    rows = _rows(extract(text))
    assert rows and rows[0][2] == hurt


def test_debris_of_a_downed_drone_is_the_strike(extract):  # type: ignore[no-untyped-def]
    report = extract("Two people were killed when debris from a downed Ukrainian drone fell on a market in "
                     "Horlivka on Monday, the mayor said.")
    assert _rows(report) == [("strike", 2, None)]


@pytest.mark.parametrize("text, kind", [
    ("In Bilozerka, a woman was killed on Monday when a shell landed in her garden.", "strike"),
    ("Russian air defences mistakenly shot down a Russian Su-34 over the Voronezh region on Monday, bloggers said.",
     "friendly_fire"),
    ("Russian artillery shelled its own assault group near Kupiansk on Monday, killing five servicemen, "
     "intelligence said.", "friendly_fire"),
    ("Yesterday near Tetkino our own Lancet flew into a dugout full of our infantry, a blogger wrote.",
     "friendly_fire"),
])
def test_round6_event_classes(extract, text, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in extract(text).incidents]


def test_a_capital_that_opens_a_case_is_no_event_s_place(extract):  # type: ignore[no-untyped-def]
    report = extract("Kyiv opens case after video shows Russian troops shooting captured soldiers\n"
                     "A video that surfaced on Monday appears to show Russian soldiers shooting four captured "
                     "Ukrainian soldiers in the Zaporizhzhia region, prosecutors said.")
    assert [i.where.admin1 if i.where else None for i in report.incidents if not i.background] == [
        "Zaporizhzhia Oblast"]


@pytest.mark.parametrize("text, row", [
    ("\"It was our own drone,\" says Olga, whose 30-year-old son Denis was killed near Toretsk on 2 March. A drone "
     "operator mistook her son's squad for Ukrainians, she says.", ("friendly_fire", 1, None)),
    ("A contract soldier shot dead his company commander and wounded another serviceman at a camp in the Kursk "
     "region on Monday, a channel reported.", ("intra_force_killing", 1, 1)),
    ("His brother told an outlet that he was \"zeroed\" by his platoon commander near Pokrovsk in February.",
     ("intra_force_killing", 1, None)),
    ("Russian officer shoots conscript dead for sleeping on duty, intercepted call suggests",
     ("intra_force_killing", 1, None)),
    ("A 35-year-old mobilised man from Omsk was found hanged in a tent at a training ground near Rostov on Monday, "
     "an outlet reported.", ("non_combat_death", 1, None)),
    ("His wife learned that Pavel, 38, froze to death at a post near Sudzha in January, she told a radio station.",
     ("non_combat_death", 1, None)),
])
def test_round6_tolls_of_one(extract, text, row):  # type: ignore[no-untyped-def]
    assert _rows(extract(text))[:1] == [row]


@pytest.mark.parametrize("text, kind", [
    ("A conscript died in hospital in Rostov on Monday, a week after two soldiers of his unit beat him in the "
     "barracks, his mother said.", "intra_force_killing"),
    ("A deserter said he watched a commander shoot three men at close range near Kreminna after they had run from "
     "the front line.", "desertion_or_surrender"),
    ("Nine servicemen left their positions near Kupiansk with their weapons on July 9 and have not been found, a "
     "blogger wrote.", "desertion_or_surrender"),
    ("Investigators charged 12 servicemen who left their positions in the Pokrovsk direction without permission in "
     "October.", "desertion_or_surrender"),
])
def test_round6_more_event_classes(extract, text, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in extract(text).incidents]
