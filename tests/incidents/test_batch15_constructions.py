"""Constructions found in the project's fifteenth batch of reports (issue #14), each pinned in the project's own
words: a drunken shootout among soldiers of one side, "seized"/"occupied" as adjectives, a separate attack told
after the first, a town struck by name ("a missile hit Sumy"), tolls over several days, a capital that fires
missiles, men forced into a van by recruiters, refusals to go back into battle, commanders who would not evacuate
their wounded, villages taken under control, wives standing outside a ministry with placards, a drone that
crashed into a building, a sentence's opening preposition taken into a name, and Donetsk beside a Russian city."""

import pytest


def _kinds(report):  # type: ignore[no-untyped-def]
    return [i.type for i in report.incidents]


def _killed(incident):  # type: ignore[no-untyped-def]
    return incident.fatalities.best if incident.fatalities else None


def _injured(incident):  # type: ignore[no-untyped-def]
    return incident.injured.best if incident.injured else None


@pytest.mark.parametrize("text", [
    "Three Russian soldiers killed in drunken shootout at captured school in occupied Oleshky, Ukrainian military says",
    "Four mobilised men were killed when a drunken brawl between Russian servicemen turned into a firefight near "
    "Tokmak.",
    "Two soldiers of the same Russian unit died in a shootout after a drinking session in the occupied village of "
    "Nova Kakhovka, the General Staff said.",
])
def test_a_drunken_shootout_among_soldiers_is_a_killing_within_the_force(extract, text):  # type: ignore[no-untyped-def]
    assert _kinds(extract(text)) == ["intra_force_killing"]


def test_seized_and_occupied_as_adjectives_take_no_territory(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian soldiers set up a firing point at a seized farm in occupied Hola Prystan, the "
                     "General Staff said.")
    assert "territory_change" not in _kinds(report)


def test_a_separate_attack_after_the_first_is_its_own_incident(extract):  # type: ignore[no-untyped-def]
    report = extract("A woman was killed when a Russian missile hit Sumy on Friday, the governor said. In a separate "
                     "attack, three people were wounded in the town of Okhtyrka.")
    places = sorted((i.where.name if i.where else "", _killed(i), _injured(i)) for i in report.incidents)
    assert places == [("Okhtyrka", None, 3), ("Sumy", 1, None)]


def test_a_separate_strike_on_the_same_town_stays_apart(extract):  # type: ignore[no-untyped-def]
    report = extract("A man was killed by Russian artillery in Nikopol, the governor said. Two other men were hurt "
                     "in a separate strike by an FPV drone, he said.")
    assert [(_killed(i), _injured(i)) for i in report.incidents if i.type == "strike"] == [(1, None), (None, 2)]


@pytest.mark.parametrize("text", [
    "In three days Russian troops have killed 21 civilians in the Kharkiv region, the governor said.",
    "\"In two days Russian terrorists have killed 13 civilians in the Odesa region,\" he wrote.",
    "Over the past week Russian strikes have killed 31 people across the Donetsk region, the governor said.",
])
def test_a_toll_over_several_days_is_no_one_event(extract, text):  # type: ignore[no-untyped-def]
    assert extract(text).incidents == []


def test_a_capital_that_fires_missiles_is_no_place_of_the_strike(extract):  # type: ignore[no-untyped-def]
    report = extract("Moscow also fired six missiles at Zaporizhzhia, wounding four people, officials said.")
    assert [i.where.admin1 for i in report.incidents if i.where] == ["Zaporizhzhia Oblast"]


def test_a_capital_hit_by_drones_is_the_place(extract):  # type: ignore[no-untyped-def]
    report = extract("Moscow hit by Ukrainian drones overnight, two injured, the mayor said.")
    assert [i.where.name for i in report.incidents if i.where] == ["Moscow"]


@pytest.mark.parametrize("text", [
    "A video shows men in military uniform forcing a man into a minibus in Kharkiv, the police said.",
    "Enlistment officers dragged a man into a car outside a supermarket in Odesa on Thursday, local media reported.",
    "Footage from Lviv shows three servicemen shoving a young man into a van as passers-by shout at them.",
])
def test_a_man_forced_into_a_van_by_recruiters_is_mobilisation(extract, text):  # type: ignore[no-untyped-def]
    assert _kinds(extract(text)) == ["mobilization"]


def test_a_man_forced_into_a_car_by_robbers_is_not(extract):  # type: ignore[no-untyped-def]
    assert "mobilization" not in _kinds(extract("Robbers forced a man into a car in Odesa on Thursday."))


@pytest.mark.parametrize("text", [
    "In the Zaporizhzhia region, a group of 30 mobilised soldiers refused in March to go back into battle, "
    "complaining of poor supplies.",
    "Some 40 soldiers of the brigade refused to return to the trenches near Pokrovsk last week.",
])
def test_a_refusal_to_go_back_into_battle(extract, text):  # type: ignore[no-untyped-def]
    assert _kinds(extract(text)) == ["refusal_to_fight"]


@pytest.mark.parametrize("text", [
    "The soldier served near Bakhmut in May. A commander ordered him to leave a group of six wounded fighters on "
    "the battlefield without treating them, he said.",
    "Twelve soldiers were wounded near Robotyne, but their commanders refused to evacuate them, a relative said.",
])
def test_commanders_who_leave_their_wounded(extract, text):  # type: ignore[no-untyped-def]
    assert _kinds(extract(text)) == ["abandonment"]


def test_villages_taken_under_control(extract):  # type: ignore[no-untyped-def]
    report = extract("Russia's Defence Ministry said its forces had taken control of two more villages in the "
                     "Donetsk region.")
    assert _kinds(report) == ["territory_change"]
    assert report.incidents[0].where is not None and report.incidents[0].where.admin1 == "Donetsk Oblast"


def test_wives_standing_outside_a_ministry_with_placards_protest(extract):  # type: ignore[no-untyped-def]
    report = extract("Around thirty wives of mobilised men stood outside the Defence Ministry in Moscow on Saturday "
                     "holding placards demanding their husbands' return.")
    assert [(i.type, i.where.name if i.where else None, str(i.when.start)) for i in report.incidents] == [
        ("protest", "Moscow", "2025-03-08")]


def test_a_drone_that_crashed_into_a_building_and_the_blast_that_killed(extract):  # type: ignore[no-untyped-def]
    report = extract("Belgorod. A Ukrainian drone has crashed into a residential building. Sadly, the blast killed a "
                     "man. Two people were injured.")
    assert [(i.type, i.where.name if i.where else None, _killed(i), _injured(i)) for i in report.incidents] == [
        ("strike", "Belgorod", 1, 2)]


def test_a_drone_that_slammed_into_a_building_is_a_strike(extract):  # type: ignore[no-untyped-def]
    report = extract("A drone slammed into a five-storey building in Kursk overnight, killing one resident, the "
                     "governor said.")
    assert _kinds(report) == ["strike"]


def test_a_sentence_opening_preposition_is_no_part_of_the_name(extract):  # type: ignore[no-untyped-def]
    report = extract("Near Avdiivka, the wounded men asked to be taken out, but their commanders refused to evacuate "
                     "them.")
    places = [e.text for e in report.entities if e.label == "PLACE"]
    assert places == ["Avdiivka"]


def test_donetsk_beside_a_russian_city_stays_in_ukraine_when_the_text_is_about_both(extract):  # type: ignore[no-untyped-def]
    report = extract("17 Ukrainian soldiers give themselves up near Donetsk after an order to hold out. Putin spoke "
                     "in Sochi on Thursday.", outlet="RT")
    donetsk = [e for e in report.entities if e.label == "PLACE" and e.text == "Donetsk"]
    assert donetsk and donetsk[0].geo is not None and donetsk[0].geo.admin1 == "Donetsk Oblast"


def test_a_counteroffensive_s_losses_since_its_start_are_background(extract):  # type: ignore[no-untyped-def]
    report = extract("Speaking in Sochi on Thursday, Putin claimed that Ukrainian units had suffered huge losses "
                     "since the start of their counteroffensive.")
    assert report.incidents == []


def test_a_heavily_fortified_town_is_no_deployment(extract):  # type: ignore[no-untyped-def]
    report = extract("The ministry said the jet had been shot down by air defence systems stationed in the heavily "
                     "fortified town.")
    assert "other" not in _kinds(report)


# Constructions of the sixteenth batch (read after its unseen measurement), in the project's own words.

def test_an_event_despite_a_truce_is_not_the_truce(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian troops attacked an evacuation car with FPV drones near Kostiantynivka on Sunday, despite "
                     "the \"Easter truce\" Moscow had declared, the volunteers said. Two people were wounded by "
                     "shrapnel in the leg.")
    assert [(i.type, i.where.name if i.where else None, _injured(i)) for i in report.incidents] == [
        ("strike", "Kostyantynivka", 2)]


@pytest.mark.parametrize("text", [
    "Russian warplane accidentally drops bomb on its own village of Petropavlovka in Voronezh region, no one hurt",
    "A Russian Su-34 mistakenly dropped a glide bomb on a street in Belgorod on Thursday, injuring three residents.",
    "Russian air defence downs its own Mi-8 over the sea, killing the crew of three",
    "Russia has lost another helicopter to its own fire over the Black Sea, bloggers say.",
])
def test_a_bomb_or_missile_on_one_s_own_side_by_mistake_is_friendly_fire(extract, text):  # type: ignore[no-untyped-def]
    assert _kinds(extract(text)) == ["friendly_fire"]


def test_a_man_who_died_while_recruiters_conscripted_him_by_force(extract):  # type: ignore[no-untyped-def]
    report = extract("A man in Ukraine has reportedly died while military recruitment officers were trying to "
                     "conscript him by force in the town of Sukhyi Lyman in the Odesa region.")
    assert [(i.type, _killed(i)) for i in report.incidents] == [("mobilization", 1)]


@pytest.mark.parametrize("text", [
    "An explosion derailed a train carrying military cargo in Russia's Leningrad Oblast early on Tuesday, a source "
    "in military intelligence said.",
    "Partisans derail fuel train near Bryansk, intelligence says",
])
def test_a_train_derailed_by_a_blast_is_a_strike(extract, text):  # type: ignore[no-untyped-def]
    assert _kinds(extract(text)) == ["strike"]


def test_a_post_that_opens_on_its_town_places_its_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Sumy. Sadly, one person was killed in today's attack by enemy Shahed drones.\n"
                     "A drone hit one of the warehouse buildings in the city and started a fire.")
    assert [(i.where.name if i.where else None, _killed(i)) for i in report.incidents] == [("Sumy", 1)]


@pytest.mark.parametrize("text", [
    "Zaporizhzhia has been hit by guided bombs with growing frequency.",
    "Since mobilization was announced, courts have handed out harsh sentences for desertion.",
])
def test_trends_and_practice_are_no_event(extract, text):  # type: ignore[no-untyped-def]
    assert extract(text).incidents == []


def test_a_statement_about_the_law_is_no_telling_of_the_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian soldiers shot two Ukrainian prisoners of war near Robotyne, prosecutors said. The "
                     "killing of prisoners of war is a grave breach of the Geneva Conventions, the office added.")
    assert len(report.incidents) == 1
    assert all("Geneva" not in span.text for span in report.incidents[0].evidence)


def test_the_killing_took_place_in_a_month_dates_the_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian soldiers shot two Ukrainian prisoners of war, prosecutors said on Wednesday. According "
                     "to the investigation, the killing took place in June 2024 near the village of Robotyne.",
                     published="2024-07-10")
    assert [(str(i.when.start), str(i.when.end)) for i in report.incidents] == [("2024-06-01", "2024-06-30")]


def test_that_killing_recalled_in_passing_gives_no_date(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian soldiers shot two Ukrainian prisoners of war near Stepove, prosecutors said on Dec. 3. "
                     "It is not the first such case: that killing took place in late December 2022.",
                     published="2023-12-03")
    assert all(i.when.start is None or i.when.start.year == 2023 for i in report.incidents)


def test_one_more_event_told_with_a_month_of_its_own_stays_apart(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian air defence downed its own Mi-8 helicopter over the sea, killing the crew of three, "
                     "bloggers said. In July a Ka-52 attack helicopter was also reported to have been brought down by "
                     "friendly fire.", published="2023-10-25")
    assert [(i.type, _killed(i), i.when.start.month if i.when.start else None) for i in report.incidents] == [
        ("friendly_fire", 3, None), ("friendly_fire", None, 7)]


@pytest.mark.parametrize(("phrase", "month"), [("in February last year", "2022-02"),
                                               ("in March of this year", "2023-03")])
def test_a_month_of_last_or_this_year(phrase, month):  # type: ignore[no-untyped-def]
    from datetime import date

    from warlog.text.dates import find_time_expressions
    found = find_time_expressions(f"He left his unit {phrase}, the court said.", date(2023, 9, 15))
    assert [str(t.date_start)[:7] for t in found] == [month]


# Constructions of the thirteenth batch (unseen since session 8, read in session 9), in the project's own words.

def test_fire_on_a_man_surrendering_from_his_own_side_kills_within_the_force(extract):  # type: ignore[no-untyped-def]
    report = extract("A Russian soldier came under fire from his own side as he surrendered to a Ukrainian drone near "
                     "Bakhmut, a Kyiv official says.")
    kinds = _kinds(report)
    assert "intra_force_killing" in kinds and "friendly_fire" not in kinds
    assert all(i.where is None or i.where.name != "Kyiv" for i in report.incidents)


def test_fire_on_one_s_own_men_told_in_the_first_person(extract):  # type: ignore[no-untyped-def]
    report = extract("\"I pulled out my gun and fired at my own men near Avdiivka,\" the soldier said.")
    assert _kinds(report) == ["intra_force_killing"]


def test_forces_that_captured_villages_take_territory(extract):  # type: ignore[no-untyped-def]
    assert _kinds(extract("Russia says it has taken three villages in the Donetsk region.")) == ["territory_change"]
    assert _kinds(extract("Russian forces have captured two more settlements near Pokrovsk, the ministry said.")) == [
        "territory_change"]


def test_the_wounded_not_evacuated(extract):  # type: ignore[no-untyped-def]
    report = extract("Two soldiers said the wounded were not evacuated from their positions near Robotyne for three "
                     "days.")
    assert _kinds(report) == ["abandonment"]


def test_a_short_post_s_opening_town_anchors_its_later_lines(extract):  # type: ignore[no-untyped-def]
    report = extract("Once again the Russians have gone after a bus in Kherson with a drone.\n"
                     "Shortly after 14:00, in the suburb, they dropped explosives from a drone right next to the bus.\n"
                     "Nobody was hurt.\n"
                     "Earlier today, a drone attack on the Dniprovskyi district left four people injured.")
    rows = [(i.where.name if i.where else None, _injured(i)) for i in report.incidents]
    assert ("Kherson", 0) in rows and len(rows) == 2


def test_villages_named_with_their_regions_after_the_capture(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian forces have captured three villages, the Defence Ministry said on Thursday. The ministry "
                     "named the villages as Kamianske in the southeastern Zaporizhzhia region, Dehtiarne in the "
                     "Kharkiv region and Popiv Yar in the Donetsk region.")
    regions = sorted(i.where.admin1 for i in report.incidents if i.type == "territory_change" and i.where)
    assert regions == ["Donetsk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast"]
