"""Constructions found in the project's eleventh batch of reports (issue #14), each pinned in the project's own
words: a regional roundup's list dated by its lead, a list with one name the gazetteer lacks, a Russian village
whose adjective opens its name, soldiers "captured in" a region, prisoners killed as they surrendered, a tally of
cases that is no event, and "the killing happened on" dating the event."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2024-10-04"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet="Test Wire")
    return run


ROUNDUP = ("Russian troops shelled nine communities of Sumy Oblast on Oct. 2, wounding three people in the Sumy "
           "community, the regional military administration said.\n"
           "The Khotin, Yunakivka, Bilopillia, Zarichnivka, Krasnopillia and Esman communities also came under fire, "
           "from artillery and drones.")


def test_a_roundup_list_is_dated_by_its_lead(extract):  # type: ignore[no-untyped-def]
    incidents = extract(ROUNDUP).incidents
    listed = [i for i in incidents if i.where is not None and i.where.text in ("Khotin", "Esman")]
    assert len(listed) == 2
    assert all(str(i.when.start) == "2024-10-02" == str(i.when.end) for i in listed)


def test_one_unknown_name_does_not_end_the_list(extract):  # type: ignore[no-untyped-def]
    # "Zarichnivka" (written for the test) is no community the gazetteer knows; the names on both sides of it are
    places = {i.where.text for i in extract(ROUNDUP).incidents if i.where is not None}
    assert {"Khotin", "Yunakivka", "Bilopillia", "Krasnopillia", "Esman"} <= places


def test_a_village_opened_by_an_adjective_is_never_its_first_word(extract):  # type: ignore[no-untyped-def]
    report = extract("The men were taken prisoner near the villages of Malaya Loknya, Sudzha and Plekhovo in the "
                     "Kursk region, the ministry said.", published="2024-08-14")
    places = [e for e in report.entities if e.label == "PLACE" and e.text.startswith("Malaya")]
    assert places and all(e.geo is None or e.geo.country == "RU" for e in places)
    (inc,) = report.incidents
    assert inc.where is not None and inc.where.admin1 == "Kursk Oblast"


def test_soldiers_captured_in_a_region_are_no_territory_change(extract):  # type: ignore[no-untyped-def]
    report = extract("Army releases footage of Ukrainian soldiers captured in Bryansk region", published="2024-08-14")
    assert [i.type for i in report.incidents] == ["desertion_or_surrender"]


@pytest.mark.parametrize("sentence", [
    "Prosecutors are investigating the killing by Russian troops of four captured Ukrainian soldiers near Toretsk.",
    "Russian soldiers shot two Ukrainian marines as they tried to surrender near Krynky, prosecutors said.",
    "A video appears to show Russian troops shooting unarmed Ukrainian servicemen near Robotyne, prosecutors said.",
])
def test_prisoners_killed_by_their_captors(extract, sentence):  # type: ignore[no-untyped-def]
    assert [i.type for i in extract(sentence).incidents] == ["attack_on_civilians"]


def test_captors_who_deliberately_killed_prisoners_are_not_their_own_side(extract):  # type: ignore[no-untyped-def]
    types = [i.type for i in extract('"The occupiers deliberately killed unarmed Ukrainian soldiers," prosecutors '
                                     "said of the video from near Robotyne.").incidents]
    assert "intra_force_killing" not in types


def test_a_tally_of_cases_is_no_event_and_no_toll(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian soldiers shot two Ukrainian marines as they tried to surrender near Krynky, "
                     "prosecutors said.\n"
                     "The office said it was looking into 12 separate cases in which a total of 31 prisoners were "
                     "allegedly killed. 40 criminal proceedings are under way over the shooting of 90 defenders.")
    (inc,) = report.incidents
    assert inc.fatalities is None or inc.fatalities.best == 2


def test_the_killing_happened_on_dates_the_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Kyiv investigates the alleged killing of three captured Ukrainian soldiers\n"
                     "Ukrainian prosecutors are investigating the alleged killing by Russian troops of three captured "
                     "Ukrainian soldiers in the Donetsk region.\n"
                     "Officials said the killing happened on September 28, during an assault near Toretsk.",
                     published="2024-10-20")
    (inc,) = [i for i in report.incidents if i.type == "attack_on_civilians"]
    assert str(inc.when.start) == "2024-09-28"


def test_men_who_walked_out_of_their_unit_deserted(extract):  # type: ignore[no-untyped-def]
    report = extract("Police are searching for two servicemen who walked out of their military unit in the Penza "
                     "region without permission, a Telegram channel reported.", published="2023-03-02")
    (inc,) = report.incidents
    assert inc.type == "desertion_or_surrender" and inc.where is not None and inc.where.admin1 == "Penza Oblast"


def test_preliminary_information_is_nobodys_claim(extract):  # type: ignore[no-untyped-def]
    report = extract("According to preliminary information, the two men left the base on the night of March 1.",
                     published="2023-03-02")
    assert not any("information" in c.claimant for c in report.claims)


def test_one_of_a_counted_group_wounded_is_one(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian troops stormed the trench near Toretsk on Monday, and one of the three Ukrainian "
                     "soldiers holding it was badly wounded in the fighting.", published="2024-09-03")
    (inc,) = report.incidents
    assert inc.injured is not None and inc.injured.best == 1


def test_a_conviction_told_of_the_man_leaves_the_rest_of_the_sentence_news(extract):  # type: ignore[no-untyped-def]
    # "convicted of" makes what follows it context, not what a clause further on tells
    report = extract("A private convicted of insubordination was one of a group of conscripts who say their "
                     "officers locked them in a basement near Svatove after they refused to fight, an outlet "
                     "reported.", published="2023-07-18")
    assert "arrest_or_detention" in [i.type for i in report.incidents]


def test_a_village_spelt_another_way_is_not_its_first_word(extract):  # type: ignore[no-untyped-def]
    # "Zavitne Bazhannya" for the Donetsk village Zavitne Bazhannia, not a hromada named "Zavitne" in Crimea
    report = extract("The men were held in a cellar in the village of Zavitne Bazhannya in Ukraine's Donetsk "
                     "region, the outlet said.", published="2023-07-18")
    place = next(e for e in report.entities if e.text == "Zavitne Bazhannya")
    assert place.geo is not None and place.geo.admin1 == "Donetsk Oblast"


# Probe sentences written for the common ways war reporting tells non-strike events (session 8): each was missed or
# mistyped before.
@pytest.mark.parametrize(("sentence", "kind"), [
    ("An air defence unit shot down one of its own bombers over Kursk on Tuesday, a military blogger said.",
     "friendly_fire"),
    ("Troops mistakenly fired on a column of their own armoured vehicles near Toretsk, killing three soldiers, "
     "according to intercepted calls.", "friendly_fire"),
    ("A mobilised man stabbed his platoon commander to death during a quarrel in occupied Svatove, an outlet "
     "reported.", "intra_force_killing"),
    ("Wagner fighters executed a recruit who tried to flee the front near Bakhmut, a former mercenary said.",
     "intra_force_killing"),
    ("About 30 soldiers fled their positions near Toretsk last week, a battalion commander said.",
     "desertion_or_surrender"),
    ("A group of marines declined to go on an assault near Urozhaine in March, according to a video they "
     "recorded.", "refusal_to_fight"),
    ("Officers left wounded soldiers behind when they pulled back from the village of Vesele in May, survivors "
     "said.", "abandonment"),
    ("Recruitment officers detained several men at a checkpoint in Lviv on Tuesday and took them to an enlistment "
     "office, witnesses said.", "mobilization"),
    ("Police in St Petersburg rounded up migrants at a market on Friday and handed them draft notices, a Telegram "
     "channel reported.", "mobilization"),
    ("Russian soldiers shot a man and his daughter as they drove through the village of Motyzhyn in March 2022, "
     "investigators said.", "attack_on_civilians"),
])
def test_common_ways_of_telling_non_strike_events(extract, sentence, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in extract(sentence, published="2024-06-12").incidents]


def test_men_who_stopped_fighting_when_officers_fled(extract):  # type: ignore[no-untyped-def]
    types = [i.type for i in extract("Mobilised soldiers near Kreminna stopped fighting after their officers fled "
                                     "and left them under shelling, a wife told an outlet on Monday.",
                                     published="2023-09-20").incidents]
    assert "refusal_to_fight" in types and "abandonment" in types and "strike" not in types


def test_captured_ukrainians_are_people_not_a_place_taken(extract):  # type: ignore[no-untyped-def]
    types = [i.type for i in extract("The footage shows captured Ukrainians coming out of a wooded area near "
                                     "Selydove, prosecutors said.", published="2024-10-01").incidents]
    assert "territory_change" not in types


def test_a_village_in_donbas_is_looked_for_in_its_two_regions(extract):  # type: ignore[no-untyped-def]
    # a Zaitseve lies in Dnipropetrovsk Oblast too; "in Donbas" says Donetsk or Luhansk
    report = extract("The men were locked in a basement in the village of Zaitsevo in Donbas, a wife said.",
                     published="2023-09-20")
    place = next(e for e in report.entities if e.text == "Zaitsevo")
    assert place.geo is not None and place.geo.admin1 in ("Donetsk Oblast", "Luhansk Oblast")


def test_a_headline_town_and_the_leads_villages_with_one_count_are_one_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian troops shot 12 captured Ukrainian soldiers near Toretsk, prosecutors say\n"
                     "Russian soldiers killed 12 Ukrainian prisoners of war near the villages of Shcherbynivka and "
                     "Druzhba in the Bakhmut district of Donetsk Oblast, prosecutors said on Tuesday.",
                     published="2024-10-01")
    assert [i.type for i in report.incidents] == ["attack_on_civilians"]


def test_nor_does_negates(extract):  # type: ignore[no-untyped-def]
    report = extract("Nor does the video show who was behind the explosion near Andriivka.", published="2023-09-17")
    assert report.incidents == []


def test_an_attack_on_a_city_the_tagger_calls_a_person(extract):  # type: ignore[no-untyped-def]
    # the small model tags "Sumy" PERSON; after "on", a notable town of that name is the place
    (inc,) = extract("A Russian attack on Sumy killed a 14-year-old boy on Wednesday night, officials said.",
                     published="2024-05-10").incidents
    assert inc.type == "strike" and inc.where is not None and inc.where.admin1 == "Sumy Oblast"


def test_a_weapon_that_killed_one_person(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("Russian artillery killed a man in Kherson on Thursday morning, the city administration said.",
                     published="2024-05-10").incidents
    assert inc.type == "strike" and inc.fatalities is not None and inc.fatalities.best == 1


def test_troops_abandoning_wounded_comrades(extract):  # type: ignore[no-untyped-def]
    types = [i.type for i in extract("A video purportedly shows troops abandoning wounded comrades near Chasiv Yar "
                                     "on Monday.", published="2024-05-10").incidents]
    assert types == ["abandonment"]


def test_a_model_name_does_not_end_the_sentence(extract):  # type: ignore[no-untyped-def]
    # the small model ended the sentence after "Su-34", leaving the place and day in a "sentence" of their own
    (inc,) = extract("Russian air defence shot down its own Su-34 over Belgorod on Tuesday, bloggers said.",
                     published="2024-05-10").incidents
    assert inc.type == "friendly_fire" and inc.where is not None and inc.where.admin1 == "Belgorod Oblast"


def test_an_unknown_village_in_a_governors_words_is_in_his_region(extract):  # type: ignore[no-untyped-def]
    report = extract("Drone kills two in Belgorod border village\n"
                     "Two people died overnight when a drone hit a village in Russia's Belgorod region, Governor "
                     "Vyacheslav Gladkov said on Saturday.\n"
                     "In the village of Nikolskoye a house burned down, Gladkov said.\n"
                     "Gladkov had reported an earlier drone strike on the village of Zarechye-Tolstoye, in which "
                     "nobody was hurt.\n"
                     "Governors of the Kursk and Bryansk regions also reported attacks.", published="2024-04-20")
    village = next(i for i in report.incidents if i.where is not None and i.where.text == "Zarechye-Tolstoye")
    assert village.where is not None and village.where.admin1 == "Belgorod Oblast"
    assert village.where.precision == "region"


@pytest.mark.parametrize(("headline", "kind"), [
    ("Ukrainian forces retake village of Klishchiivka, general says", "territory_change"),
    ("Russian troops capture Novomykhailivka, ministry says", "territory_change"),
    ("Kyiv says Russian troops executed surrendering soldiers near Krynky", "attack_on_civilians"),
    ("Recruiters beat man in Lviv, video shows", "mobilization"),
    ("Friendly fire: Russian air defence downs own Su-25 over Kursk", "friendly_fire"),
])
def test_headlines_in_the_present(extract, headline, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in extract(headline, published="2024-05-10").incidents]


@pytest.mark.parametrize(("sentence", "kind"), [
    ('"They just left us there, wounded, and drove off," the soldier said of his officers, describing a night near '
     "Marinka in October.", "abandonment"),
    ("He said his unit had been sent into the attack near Andriivka without artillery support and that most of the "
     "men were killed within an hour.", "armed_clash"),
    ("According to the intercepted call, their own artillery hit their own trench near Piatykhatky last week, "
     "killing two men.", "friendly_fire"),
])
def test_soldiers_accounts(extract, sentence, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in extract(sentence, published="2024-05-10").incidents]


def test_the_sentence_after_a_strike_is_its_toll(extract):  # type: ignore[no-untyped-def]
    # an official's post: the strike, then its toll, then the damage
    (inc,) = extract("The enemy shelled Marhanets district with artillery overnight. A 52-year-old woman was "
                     "wounded. Two houses were damaged.", published="2024-05-10").incidents
    assert inc.injured is not None and inc.injured.best == 1


def test_a_victim_named_by_role_with_his_age_between_commas(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("In the morning the occupiers dropped explosives from a drone on a car in Bilozerka. The driver, "
                     "61, was hospitalised.", published="2024-05-10").incidents
    assert inc.injured is not None and inc.injured.best == 1


@pytest.mark.parametrize("sentence", [
    "The ministry denied that its troops had shelled the village of Hrakove on Monday.",
    "Recruitment officers should not detain men in the street, the ombudsman said in Kyiv on Friday.",
    "Commanders must not leave wounded soldiers behind near Pokrovsk, the general said on Monday.",
])
def test_denials_and_duties_are_no_events(extract, sentence):  # type: ignore[no-untyped-def]
    assert extract(sentence, published="2024-05-10").incidents == []


# The session's review found these readings of the new rules wrong in ordinary news (each was an incident or the
# wrong one); pinned so the rules stay narrow.
@pytest.mark.parametrize(("sentence", "not_kind"), [
    ("Senate Republicans shot down their own border bill on Tuesday.", "friendly_fire"),
    ("Police mistakenly shot a man on his own doorstep in Atlanta on Monday.", "friendly_fire"),
    ("An Israeli strike killed a senior Hezbollah commander in Beirut on Tuesday.", "intra_force_killing"),
    ("Ukrainian drones killed Russian soldiers who tried to flee the burning vehicle near Bakhmut on Monday.",
     "intra_force_killing"),
    ("Israeli troops and Hamas fighters stopped fighting when the truce took effect in Gaza on Friday.",
     "refusal_to_fight"),
    ("Russia declined to take part in the peace summit in Switzerland on Saturday.", "refusal_to_fight"),
    ("Hungary refused to take part in the peace summit in Switzerland on Saturday.", "refusal_to_fight"),
    ("A Russian missile strike on Kharkiv left the wounded lying in the street on Friday.", "abandonment"),
    ("Prosecutors in Paris issued summonses to three former ministers on Monday.", "mobilization"),
    ("Two recruitment officers were detained in Odesa on suspicion of taking bribes on Monday.", "mobilization"),
    ("Zelensky ordered an investigation into the attack on the hospital in Kharkiv on Monday.", "armed_clash"),
    ("Security forces shot dead a man who opened fire at a checkpoint in Kabul on Monday.", "attack_on_civilians"),
    ("Ukrainian special forces killed or captured Russian soldiers in the raid near Krynky on Monday.",
     "attack_on_civilians"),
    ("A gas explosion killed a woman in her apartment in Moscow on Monday.", "strike"),
    ("Ukrainian forces capture Russian soldiers in Kursk region", "territory_change"),
])
def test_ordinary_news_the_new_rules_leave_alone(extract, sentence, not_kind):  # type: ignore[no-untyped-def]
    assert not_kind not in [i.type for i in extract(sentence, published="2024-05-10").incidents]


@pytest.mark.parametrize(("sentence", "kind", "killed"), [
    ("Russian troops captured on Saturday the village of Ocheretyne, the ministry said.", "territory_change", None),
    ("Neither Moscow nor Kyiv commented on the drone attack on the refinery in Ryazan on Thursday.", "strike", None),
    ("Russian missiles struck Kharkiv on Thursday. A total of 12 people were killed, the governor said.", "strike",
     12),
    ("Two of the seven people killed in the Russian strike on Kharkiv on Thursday were children, the governor said.",
     "strike", 7),
])
def test_readings_the_new_rules_must_not_take_away(extract, sentence, kind, killed):  # type: ignore[no-untyped-def]
    found = [(i.type, i.fatalities.best if i.fatalities else None) for i in
             extract(sentence, published="2024-05-10").incidents]
    assert (kind, killed) in found if killed is not None else kind in [t for t, _ in found]


@pytest.mark.parametrize(("sentence", "kind", "region"), [
    ("Ukrainian forces withdrew from the village of Staromaiorske to save soldiers' lives, a military spokesman said "
     "on Thursday.", "territory_change", "Donetsk Oblast"),
    ("Fighting continues near Chasiv Yar, where Russian assault groups tried to break through on Tuesday, the army "
     "said.", "armed_clash", "Donetsk Oblast"),
    ("A sabotage group tried to cross the border into the Kursk region on Monday and was driven back, the governor "
     "said.", "armed_clash", "Kursk Oblast"),
    ("Ukrainian troops advanced up to three kilometres near Verbove on Saturday, the commander said.",
     "territory_change", "Zaporizhzhia Oblast"),
])
def test_front_line_communiques(extract, sentence, kind, region):  # type: ignore[no-untyped-def]
    found = [(i.type, i.where.admin1 if i.where else None) for i in extract(sentence, published="2024-05-10").incidents]
    assert (kind, region) in found


# A fresh set of probe sentences written after the fixes above, to see whether they carry (5 of 12 failed, as on
# the session-start code): the failing classes, pinned.
@pytest.mark.parametrize(("sentence", "kind", "region", "killed", "injured"), [
    ("A Russian soldier shot dead his platoon commander at a field camp near Svatove on Monday night and fled, "
     "Ukrainian intelligence said.", "intra_force_killing", "Luhansk Oblast", None, None),
    ("About 40 mobilised men from the Tver region refused to return to their positions near Kreminna, their relatives "
     "said on Tuesday.", "refusal_to_fight", None, None, None),
    ("Police in the Rostov region detained a contract soldier who had left his unit in Luhansk three months earlier, "
     "the regional interior ministry said on Friday.", "arrest_or_detention", "Rostov Oblast", None, None),
    ("In the village of Vovchansk, Russian artillery fire killed a 58-year-old man and wounded his neighbour, the "
     "governor wrote on Telegram.", "strike", "Kharkiv Oblast", 1, 1),
    ("Ukrainian troops pulled back from two villages west of Avdiivka on Sunday, the commander-in-chief said.",
     "territory_change", "Donetsk Oblast", None, None),
])
def test_fresh_probes(extract, sentence, kind, region, killed, injured):  # type: ignore[no-untyped-def]
    found = [i for i in extract(sentence, published="2024-05-10").incidents if i.type == kind]
    assert found
    inc = found[0]
    assert region is None or (inc.where is not None and inc.where.admin1 == region)
    assert killed is None or (inc.fatalities is not None and inc.fatalities.best == killed)
    assert injured is None or (inc.injured is not None and inc.injured.best == injured)


# A second fresh probe set (9 of 12 failed before these fixes).
@pytest.mark.parametrize(("sentence", "kind", "killed", "injured"), [
    ("As a result of the enemy attack on Kryvyi Rih, three people were killed and 14 injured, the head of the "
     "regional military administration reported.", "strike", 3, 14),
    ("A Russian drone dropped explosives on a civilian car near the village of Kozatske, seriously wounding the "
     "driver, the regional administration said on Wednesday.", "strike", None, 1),
    ("The bodies of two Ukrainian soldiers who had been executed after being taken prisoner were found near "
     "Piatykhatky, the prosecutor's office said.", "attack_on_civilians", None, None),
    ("Four conscripts from Tuva went missing from their unit in the Kursk region on Sunday, a rights group said.",
     "desertion_or_surrender", None, None),
    ("Russian troops fired on a group of evacuees trying to leave Vovchansk on Saturday, killing a man, the police "
     "said.", "attack_on_civilians", 1, None),
    ("The commander of a tank company was killed when his own troops blew up his vehicle near Marinka, a military "
     "blogger said.", "intra_force_killing", None, None),
])
def test_fresh_probes_second_set(extract, sentence, kind, killed, injured):  # type: ignore[no-untyped-def]
    found = [i for i in extract(sentence, published="2024-05-10").incidents if i.type == kind]
    assert found
    assert killed is None or (found[0].fatalities is not None and found[0].fatalities.best == killed)
    assert injured is None or (found[0].injured is not None and found[0].injured.best == injured)


# A third fresh probe set, long-form accounts (6 of 8 failed before these fixes).
@pytest.mark.parametrize(("sentence", "kind", "killed"), [
    ("Last November, drunken officers of the brigade beat a private to death at their base in Makiivka, his mother "
     "said.", "intra_force_killing", 1),
    ("A Russian drone operator accidentally struck a Russian infantry position near Tokmak in January, a blogger "
     "said.", "friendly_fire", None),
    ("On the night of 12 April, three men from the unit crossed the border into Kazakhstan, an outlet reported.",
     "desertion_or_surrender", None),
    ("Wives of mobilised men blocked a road in Krasnodar on Saturday demanding their return.", "protest", None),
])
def test_fresh_probes_third_set(extract, sentence, kind, killed):  # type: ignore[no-untyped-def]
    found = [i for i in extract(sentence, published="2024-05-10").incidents if i.type == kind]
    assert found
    assert killed is None or (found[0].fatalities is not None and found[0].fatalities.best == killed)


def test_another_day_opens_another_event(extract):  # type: ignore[no-untyped-def]
    report = extract("Kharkiv hit again\n"
                     "Russian guided bombs struck Kharkiv on Saturday afternoon, injuring 9 people, Mayor Ihor "
                     "Terekhov said. On Thursday, a drone strike on the city's Kyivskyi district wounded three.",
                     published="2024-05-12")
    assert len(report.incidents) == 2
