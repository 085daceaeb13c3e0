"""Constructions found in the project's eighth batch of reports (issue #14), each pinned in the project's own words:
doctors who "fought for" a man, a soldier's home town, "captured" soldiers, commanders who shot their own wounded,
comrades who never came back, a refusal put in writing, men put under guard, villages struck "also", a second
victim told without its verb, a farm worker killed, a name the small model cut in two, shelling that "has kept"
on, a recruit executed after he surrendered, a report whose only country places an event with no village, and
(from the dev set) settlements "back under" a side's control."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2023-06-09"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet="Test Wire")
    return run


def test_doctors_who_fought_for_a_man_tell_no_clash(extract):  # type: ignore[no-untyped-def]
    report = extract("Shelling killed a pensioner in the village of Bilozerka overnight, the governor said. "
                     "\"Medics fought for his life for an hour, but he died,\" he wrote on Telegram.")
    assert [i.type for i in report.incidents] == ["strike"]


def test_a_soldiers_home_town_is_not_where_he_shot_his_comrades(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("A 31-year-old Russian serviceman, reportedly from Syzran in the Samara region, opened fire on "
                     "fellow soldiers at a unit in Russia's Kursk region, Telegram channels reported.").incidents
    assert inc.type == "intra_force_killing"
    assert inc.where is not None and inc.where.admin1 == "Kursk Oblast"


def test_captured_soldiers_are_prisoners_not_a_territory_change(extract):  # type: ignore[no-untyped-def]
    report = extract("Captured Russian soldiers say their officers shot their own wounded\n"
                     "Officers shot their own wounded men rather than carry them out, several captured Russian "
                     "soldiers told a Ukrainian reporter.")
    assert [i.type for i in report.incidents] == ["intra_force_killing"]


def test_shooting_men_as_they_lay_wounded(extract):  # type: ignore[no-untyped-def]
    report = extract("A major is accused of personally shooting three soldiers as they lay wounded near the "
                     "village of Pisky, prisoners said.")
    assert [i.type for i in report.incidents] == ["intra_force_killing"]


def test_comrades_who_never_came_back_for_the_wounded(extract):  # type: ignore[no-untyped-def]
    report = extract("Injured Russian soldier says his platoon never came back for him\n"
                     "A wounded Russian soldier found by Ukrainian troops near Izium says his comrades promised to "
                     "return for him after they carried off their lieutenant, but never did.")
    assert [i.type for i in report.incidents] == ["abandonment"]


def test_a_refusal_in_writing_and_men_put_under_guard(extract):  # type: ignore[no-untyped-def]
    types = {i.type for i in extract(
        "Soldiers who refused to fight near Svatove were detained, a mother told reporters on Monday. \"My son "
        "said he would put his refusal in writing. He and four others who had decided to refuse were put under "
        "armed guard,\" she said.").incidents}
    assert types >= {"refusal_to_fight", "arrest_or_detention"}


def test_villages_struck_also_are_their_own_strikes(extract):  # type: ignore[no-untyped-def]
    report = extract("Police said a 52-year-old tractor driver was killed by artillery fire on Thursday in the "
                     "village of Stanislav in the Kherson region. According to the police, Russian forces also "
                     "shelled the villages of Tiahynka and Bilozerka.")
    places = [(i.where.name if i.where else None, i.fatalities.best if i.fatalities else None)
              for i in report.incidents]
    assert places == [("Stanislav", 1), ("Tiahynka", None), ("Bilozerka", None)]


def test_the_second_victim_told_without_its_verb(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("Russian shelling killed a woman in the city of Nikopol on Tuesday, the governor said. "
                     "A 61-year-old woman was killed and another person wounded when the shells hit a market.",
                     published="2023-06-13").incidents
    assert inc.fatalities is not None and inc.fatalities.best == 1
    assert inc.injured is not None and inc.injured.best == 1


def test_a_name_cut_in_two_by_the_model_is_one_speaker(extract):  # type: ignore[no-untyped-def]
    report = extract("A 43-year-old man was killed in a Russian attack on Ukraine's Kherson region, Governor "
                     "Oleksandr Prokudin said on Saturday.")
    people = [e.text for e in report.entities if e.label == "PERSON"]
    assert "Oleksandr Prokudin" in people and "Oleksandr" not in people


def test_shelling_that_has_kept_on_is_no_event(extract):  # type: ignore[no-untyped-def]
    report = extract("A drone killed a man in the city of Kherson on Friday, the governor said.\n"
                     "Ukraine retook the city last November, but Russia has kept shelling it from across the river.")
    assert [i.type for i in report.incidents] == ["strike"]
    assert all("kept shelling" not in e.text for e in report.incidents[0].evidence)


def test_a_recruit_executed_after_he_surrendered(extract):  # type: ignore[no-untyped-def]
    (inc,) = [i for i in extract(
        "A video posted on Sunday appears to show the execution of Pavel Ostapenko, a convict who was recruited by "
        "the group and surrendered to Ukrainian troops in May.", published="2023-06-12").incidents
              if i.type == "intra_force_killing"]
    assert inc.fatalities is not None and inc.fatalities.best == 1


def test_the_only_country_of_the_report_places_an_event_with_no_village(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("Officers shot their own wounded men on Monday rather than carry them to safety, prisoners "
                     "told a reporter. The Kremlin said it had no information about the wounded in Ukraine.").incidents
    assert inc.where is not None and inc.where.country == "UA" and inc.where.precision == "country"


def test_a_man_and_his_companions_refusing_in_a_quote_are_an_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Russia is jailing soldiers who refuse to fight in Ukraine, families say\n"
                     "A mother says her son Ilya went to Ukraine as a volunteer.\n"
                     "\"He and three comrades who had decided to refuse were put under armed guard,\" she said.")
    types = {i.type for i in report.incidents}
    assert types == {"refusal_to_fight", "arrest_or_detention"}
    # Russia acts ("Russia is jailing"); the only country that places anything is Ukraine
    assert all(i.where is not None and i.where.country == "UA" for i in report.incidents)


def test_settlements_back_under_control_are_a_territory_change(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("Citing the army chief, the president announced on Sept. 3 that four villages near Kupiansk "
                     "were back under Ukrainian control.", published="2025-09-10").incidents
    assert inc.type == "territory_change"
    assert inc.when.end is not None and str(inc.when.end) <= "2025-09-03"
