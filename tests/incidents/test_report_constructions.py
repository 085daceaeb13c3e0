"""Constructions of real war reporting that cost the report benchmark (issue #14), each in the project's words.

Wire stories, long testimonies, Telegram posts and headlines: context clauses, asides, places that are no
site, namesakes, follow-on events and headline tolls.
"""

import pytest

import warlog
from warlog.stages.clean import detect_language


@pytest.fixture(scope="module")
def incidents(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2024-06-04"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet="Test Wire").incidents
    return run


# --- context, not news ------------------------------------------------------------------------------------

def test_the_situation_a_shooting_comes_during_is_not_a_protest(incidents):  # type: ignore[no-untyped-def]
    text = ("Two recruits opened fire on fellow soldiers at a firing range in the Kursk region on Sunday, killing "
            "four.\n\nThe shooting comes during a rushed call-up ordered by Defence Minister Sergei Shoigu, a move "
            "that set off protests in several cities.\n")
    assert [i.type for i in incidents(text)] == ["intra_force_killing"]


def test_a_blast_recalled_a_week_before_is_background(incidents):  # type: ignore[no-untyped-def]
    text = ("Gunmen opened fire on fellow soldiers at a training ground in the Belgorod region on Saturday, "
            "killing nine.\n\nIt came a week after an explosion hit a rail bridge near Melitopol.\n")
    recalled = [i for i in incidents(text) if i.type == "strike"]
    assert recalled and all(i.background for i in recalled)


def test_kidnapping_named_as_a_charge_is_not_an_abduction(incidents):  # type: ignore[no-untyped-def]
    text = ("They asked prosecutors to open proceedings against Colonel Ivan Petrov on charges of abuse of office, "
            "kidnapping and unlawful imprisonment.")
    assert "attack_on_civilians" not in [i.type for i in incidents(text)]


def test_background_words_in_an_aside_about_the_town_do_not_hide_the_event(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("In Kupiansk, scene of heavy fighting in recent weeks, a 58-year-old woman was wounded by "
                       "shelling on Tuesday, the governor said.")
    assert inc.type == "strike" and inc.injured is not None and inc.injured.best == 1


def test_a_comparison_after_a_dash_does_not_make_a_toll_background(incidents):  # type: ignore[no-untyped-def]
    found = incidents("A sergeant said his battalion near Vuhledar had lost about 400 of its 700 fighters — "
                      "far more than the official figures show.")
    assert [i.type for i in found] == ["armed_clash"]


# --- where it happened ------------------------------------------------------------------------------------

def test_a_river_is_not_where_the_shelling_happened(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Russian shelling from across the Dnipro River killed a man in Kherson on Friday.")
    assert inc.where is not None and inc.where.admin1 == "Kherson Oblast"


def test_an_era_is_not_a_place(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Commanders punish deserters by locking them in pits in the ground, a practice going back "
                      "to the Middle Ages, two soldiers of the unit told reporters in the Zaporizhzhia region.")
    assert found and all(i.where is None or "Ages" not in i.where.text for i in found)


def test_where_a_brigade_is_based_is_not_where_its_men_refused(incidents):  # type: ignore[no-untyped-def]
    found = incidents("According to their mothers, two soldiers from a signals brigade based in Abkhazia were "
                      "detained after they refused to go back to the front near Kherson.")
    assert found and all(i.where is None or i.where.text != "Abkhazia" for i in found)


def test_a_russian_st_petersburg_is_not_the_florida_one(incidents):  # type: ignore[no-untyped-def]
    found = incidents("A man in St. Petersburg set fire to the door of a military enlistment office, Russian "
                      "news outlets reported on Monday.", published="2023-08-01")
    placed = [i for i in found if i.where is not None]
    assert placed and all(i.where.country == "RU" for i in placed)  # type: ignore[union-attr]


def test_a_village_name_shared_by_several_regions_takes_the_storys_region(incidents):  # type: ignore[no-untyped-def]
    text = ("Mobilised men were sent from Svatove to the front in the Luhansk region.\n\n"
            "\"They were locked in a basement in Zaitseve,\" a relative said.\n")
    detained = [i for i in incidents(text) if i.type == "arrest_or_detention"]
    assert detained and detained[0].where is not None and detained[0].where.admin1 == "Luhansk Oblast"


# --- events told without the usual words ----------------------------------------------------------------

def test_a_regiment_losing_most_of_its_fighters_is_a_clash(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Near Andriivka, the regiment lost about 600 of its 1,000 fighters in two weeks, "
                      "a soldier told Svoboda.")
    assert "armed_clash" in [i.type for i in found]


def test_one_young_man_beaten_to_death_counts_one_death(incidents):  # type: ignore[no-untyped-def]
    found = incidents("A survivor told the outlet how a young man from his platoon was beaten to death for "
                      "drinking after a combat mission near Pokrovsk.")
    assert found and found[0].fatalities is not None and found[0].fatalities.best == 1


def test_an_arrest_at_the_scene_takes_the_date_of_the_arson(incidents):  # type: ignore[no-untyped-def]
    text = ("Man detained after setting fire to enlistment office in Kazan\n\n"
            "A man set fire to the door of a military enlistment office in Kazan on July 30, local media "
            "reported.\n\n"
            "He was detained at the scene.\n")
    found = {i.type: i for i in incidents(text, published="2023-08-01")}
    assert str(found["arrest_or_detention"].when.start) == "2023-07-30"


# --- headlines --------------------------------------------------------------------------------------------

def test_a_short_english_headline_is_read_as_english() -> None:
    assert detect_language("One soldier killed in east Ukraine blast") == "en"
    assert detect_language("Zwei Soldaten bei Angriff in der Ostukraine getötet") != "en"


@pytest.mark.parametrize(("headline", "kind"), [
    ("Two rebels killed in fresh clashes in eastern Ukraine", "armed_clash"),
    ("Ukraine fighting kills 9 as talks stall", "armed_clash"),
    ("Five killed in east Ukraine as tensions rise", "armed_clash"),
    ("Border guards destroyed four enemy assault groups near Bakhmut", "armed_clash"),
    ("Three killed as minibus hits mine near Volnovakha", "strike"),
    ("Rebels capture police headquarters in Horlivka", "territory_change"),
])
def test_headline_constructions_give_an_incident(incidents, headline, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in incidents(headline)]


def test_a_headline_toll_is_counted(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Two rebels killed in fresh clashes in eastern Ukraine")
    assert inc.fatalities is not None and inc.fatalities.best == 2


# --- one event, one incident ------------------------------------------------------------------------------

def test_a_lead_summing_up_several_strikes_is_not_an_event_of_its_own(incidents):  # type: ignore[no-untyped-def]
    text = ("Russian shelling killed four civilians across the south on Sunday, officials said.\n\n"
            "In Kherson, shelling killed a woman near a bus stop.\n\n"
            "In the village of Bilozerka, shelling killed two men in a garage.\n\n"
            "In Nikopol, artillery fire killed a pensioner in his yard.\n")
    strikes = [i for i in incidents(text) if i.type == "strike"]
    assert sorted(i.fatalities.best for i in strikes if i.fatalities) == [1, 1, 2]  # no event carries the 4


def test_a_date_inside_an_aside_about_the_town_does_not_date_the_event(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("In Avdiivka, scene of the fiercest fighting of the past week, a 64-year-old man was "
                       "wounded by shelling in his garden.")
    assert inc.when.precision != "week"


@pytest.mark.parametrize("headline", [
    "Swiss aid worker killed in shelling of Donetsk",
    "Civilians killed as shelling hits Horlivka market",
])
def test_a_headline_victim_without_a_count_anchors_the_event(incidents, headline):  # type: ignore[no-untyped-def]
    assert [i.type for i in incidents(headline)] == ["strike"]


def test_an_undated_toll_is_bounded_by_the_day_its_teller_spoke(incidents):  # type: ignore[no-untyped-def]
    text = ("Speaking by phone on Sunday, the soldier, who gave his name as Mikhail Volkov, was near Robotyne.\n\n"
            "Volkov said his battalion had lost about 300 of its 500 fighters.\n")
    clashes = [i for i in incidents(text, published="2023-09-20") if i.type == "armed_clash"]
    assert clashes and str(clashes[0].when.end) == "2023-09-17" and clashes[0].when.start is None


def test_a_quote_without_a_place_happened_where_the_story_had_just_gone(incidents):  # type: ignore[no-untyped-def]
    text = ("When threats did not work, the officers sent the men back to the Zaporizhzhia region.\n\n"
            "\"My husband called and said they were being held in a basement with 200 other men,\" his wife said.\n")
    held = [i for i in incidents(text) if i.type == "arrest_or_detention"]
    assert held and held[0].where is not None and held[0].where.admin1 == "Zaporizhzhia Oblast"


# --- headline tolls and communique wording (issue #14, UCDP tune headlines) -----------------------------------

@pytest.mark.parametrize(("headline", "kind"), [
    ("Nine civilians, 2 children killed in eastern Ukraine overnight", "armed_clash"),
    ("Rebel commandos break the holiday truce, killing three soldiers near Shchastia", "armed_clash"),
    ("Night barrage leaves 4 militiamen dead - rebel command", "strike"),  # a barrage is shelling: ACLED codes it so
    ("Army opens up on rebel areas for a week, kills two - rebel command", "armed_clash"),
    ("Near Kupiansk, border guards shot down an enemy Su-34 and destroyed 7 tanks", "armed_clash"),
    ("Drone units hit an enemy command post and a fuel depot near Tokmak", "strike"),
    ("Our troops knocked the enemy out of the northern outskirts of Kreminna", "territory_change"),
    ("Explosions were heard at the airfield near Melitopol overnight", "strike"),
])
def test_headline_tolls_and_communiques_give_an_incident(incidents, headline, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in incidents(headline)]


def test_a_toll_ending_a_headline_clause_before_a_colon_is_counted(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Tram shelling in Horlivka kills 8: mayor")
    assert inc.type == "strike" and inc.fatalities is not None and inc.fatalities.best == 8


def test_a_woman_named_by_her_age_killed_in_town_is_an_event(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Police said a 58-year-old woman was killed in the town of Pokrovsk on Tuesday.")
    assert inc.fatalities is not None and inc.fatalities.best == 1


def test_a_plane_crash_toll_is_not_a_clash(incidents):  # type: ignore[no-untyped-def]
    assert incidents("Officials say fourteen people have been killed when a cargo plane crashed on landing.") == []


def test_a_bare_toll_after_the_shooting_counts_its_victims(incidents):  # type: ignore[no-untyped-def]
    text = ("A conscript opened fire on four of his fellow soldiers at a unit in the Kursk region.\n\n"
            "The men had argued over leave.\n\n"
            "He then fled, killing two and wounding the third, the channel said.\n")
    (inc,) = incidents(text)
    assert inc.type == "intra_force_killing"
    assert inc.fatalities is not None and inc.fatalities.best == 2


def test_a_toll_told_again_far_below_is_not_another_event(incidents):  # type: ignore[no-untyped-def]
    text = ("Shelling hit a market in Toretsk on Monday, the governor said.\n\n"
            "Rescuers worked through the night.\n\nThe market had reopened in spring.\n\n"
            "Traders had returned in May.\n\nMany stalls were new.\n\nThe town has few shops left.\n\n"
            "At about the same time, a local channel quoted a witness as saying the strike was killing 6.\n")
    assert [i.type for i in incidents(text)] == ["strike"]


def test_a_toll_in_a_new_scene_is_its_own_event(incidents):  # type: ignore[no-untyped-def]
    text = ("Shelling hit a market in Toretsk on Monday, the governor said.\n\n"
            "In Kostiantynivka, two men were shot dead at a checkpoint.\n")
    assert len(incidents(text)) == 2


@pytest.mark.parametrize(("text", "kind"), [
    ("The death toll from the shelling of a bus stop in Makiivka has risen to four, the mayor said.", "strike"),
    ("Losses of the enemy brigade in the Lyman direction amounted to 60 servicemen over the past day, the "
     "ministry said.", "armed_clash"),
    ("About 90 servicemen lost near Siversk in a day - defence ministry", "armed_clash"),
    ("Eastern group of forces continues its offensive near Avdiivka", "armed_clash"),
    ("Border guards captured four enemy paratroopers near Vovchansk", "armed_clash"),
    ("Investigators found the bodies of six men in a cellar in Izium", "other"),
    ("Two would-be suicide bombers blew themselves up outside a police post in Kandahar.", "strike"),
    ("A bus was struck by a long-range missile near Kramatorsk on Friday.", "strike"),
    ("A 19-year-old woman was raped at a checkpoint, her family told the police.", "attack_on_civilians"),
    ("Three rifles and a box of grenades were seized in a car outside the town.", "other"),
])
def test_tolls_updates_and_named_victims_give_an_incident(incidents, text, kind):  # type: ignore[no-untyped-def]
    assert kind in [i.type for i in incidents(text)]


def test_a_trend_that_has_grown_is_still_background(incidents):  # type: ignore[no-untyped-def]
    assert incidents("Desertion in frontline units has increased sharply, officers say.") == []


def test_a_place_described_at_the_end_of_the_sentence_does_not_make_it_background(incidents):  # type: ignore[no-untyped-def]
    found = incidents("The two sides exchanged prisoners on Tuesday near Pology, the scene of heavy fighting in "
                      "recent months.")
    assert [i.type for i in found] == ["other"]


def test_counted_reports_of_shelling_are_events_but_reports_in_general_are_not(incidents):  # type: ignore[no-untyped-def]
    assert incidents("One soldier wounded, four reports of enemy shelling near Marinka over the past day - JFO")
    assert incidents("There have been reports of soldiers refusing to fight in the region.") == []


def test_a_compass_point_opening_the_sentence_picks_the_namesake_in_that_part_of_ukraine(incidents):  # type: ignore[no-untyped-def]
    text = ("Russian forces shelled Kherson on Sunday, the Kherson region's governor said.\n\n"
            "Shelling also hit the Kherson suburbs of Antonivka and Bilozerka, the administration said.\n\n"
            "In the east, shelling killed a man in the town of Kostiantynivka, prosecutors said.\n")
    found = [i for i in incidents(text) if i.where is not None and i.where.text.startswith("Kost")]
    assert found and found[0].where.admin1 == "Donetsk Oblast"


def test_a_counted_crowd_anchors_a_protest(incidents):  # type: ignore[no-untyped-def]
    assert [i.type for i in incidents("Dozens of students marched around the campus chanting against the "
                                      "new conscription law.")] == ["protest"]


@pytest.mark.parametrize("text", [
    "Miners launched strikes against pay cuts in Kryvyi Rih on Monday.",
    "The ministry launched a charm offensive in Washington on Monday.",
    "Democrats suffered heavy losses in Ohio on Tuesday.",
    "A severe storm hit five regions of Ukraine on Monday.",
])
def test_words_of_war_in_peacetime_senses_are_no_incident(text: str) -> None:
    # Found in review: labour strikes, charm offensives, election losses and storms read as war.
    assert [i.type for i in warlog.extract(text, published="2025-03-14").incidents] == []


def test_troops_suffering_losses_is_still_a_clash() -> None:
    report = warlog.extract("Russian troops suffered heavy losses near Avdiivka on Monday.", published="2025-03-14")
    assert [i.type for i in report.incidents] == ["armed_clash"]


@pytest.mark.parametrize("headline", [
    "Ukrainian drone kills four in Russia's Bryansk region, governor says",
    "Russian strike on Kharkiv region kills 11 civilians",
    "Russian attacks kill two civilians in Sumy region",
])
def test_a_weapon_that_kills_in_a_headline_is_a_strike(headline: str) -> None:
    report = warlog.extract(headline, published="2025-03-14")
    assert [i.type for i in report.incidents] == ["strike"]


def test_a_strike_headline_and_an_attack_on_civilians_lead_are_one_event() -> None:
    text = ("Russian strike on Kharkiv region kills 11 civilians\n"
            "A Russian strike on Ukraine's Kharkiv region killed 11 civilians waiting at a bus stop on Monday, "
            "the regional governor said.")
    report = warlog.extract(text, published="2025-03-14")
    assert [i.type for i in report.incidents] == ["strike"]
    assert report.incidents[0].fatalities is not None and report.incidents[0].fatalities.best == 11


# --- tolls told apart from the event's sentence -------------------------------------------------------------

def test_a_toll_told_by_a_blogger_after_the_strike_counts_its_victims(incidents):  # type: ignore[no-untyped-def]
    text = ("Missile hits army camp far from the front\n"
            "A missile attack on an army camp far behind the front killed an unknown number, officials said.\n"
            "The missile struck on Sunday at a camp near the village of Velykomykhailivka, a source said.\n"
            "A volunteer who supplies the unit said 12 to 15 soldiers had been killed and 40 wounded.\n")
    found = incidents(text)
    assert [i.type for i in found] == ["strike"]
    assert found[0].fatalities is not None and found[0].fatalities.best == 12
    assert found[0].injured is not None and found[0].injured.best == 40


def test_soldiers_killed_in_a_strike_is_a_strike_not_a_clash(incidents):  # type: ignore[no-untyped-def]
    text = "Four conscripts killed in strike on a Chernihiv region training camp, army says\n"
    assert [i.type for i in incidents(text)] == ["strike"]


def test_a_strike_killing_about_sixty_is_a_strike(incidents):  # type: ignore[no-untyped-def]
    text = "Last spring, a strike on a naval academy in Odesa killed about 40 people.\n"
    assert [i.type for i in incidents(text)] == ["strike"]


# --- what is not an event ---------------------------------------------------------------------------------

def test_an_order_to_open_fire_is_no_shooting(incidents):  # type: ignore[no-untyped-def]
    text = ("Near Bakhmut, an officer ordered his gunners to open fire on any of their comrades who left the "
            "trench, an intercepted call released on May 2 suggests.\n")
    assert incidents(text) == []


def test_a_region_frequently_shelled_is_a_habit_not_an_event(incidents):  # type: ignore[no-untyped-def]
    text = "Villages along the Kharkiv border are frequently shelled by Russian artillery and drones.\n"
    assert incidents(text) == []


def test_a_tally_since_the_invasion_began_is_no_desertion(incidents):  # type: ignore[no-untyped-def]
    text = ("Prosecutors have sought the arrest of at least 30,000 servicemen suspected of desertion since the "
            "full-scale invasion began, an independent outlet counted.\n")
    assert incidents(text) == []


def test_a_prison_sentence_for_killing_comrades_is_not_a_detention(incidents):  # type: ignore[no-untyped-def]
    text = "Conscript jailed for 12 years for killing three comrades at a garrison near Pskov\n"
    assert "arrest_or_detention" not in [i.type for i in incidents(text)]


def test_blows_that_kill_ones_superior_are_a_killing_by_ones_own_side(incidents):  # type: ignore[no-untyped-def]
    text = ("A private and his lieutenant quarrelled in a barracks near Omsk on March 3, investigators said. The "
            "private then hit his superior with a rifle butt, killing him.\n")
    found = [i for i in incidents(text) if i.type == "intra_force_killing"]
    assert found and found[0].fatalities is not None and found[0].fatalities.best == 1


def test_damage_told_after_a_strike_is_its_aftermath_and_places_it(incidents):  # type: ignore[no-untyped-def]
    text = ("Three civilians were killed when Russian shelling hit a village in Ukraine's Sumy region, the governor "
            "said on Monday.\nHe wrote that a school in the village of Krasnopillia had been destroyed and four "
            "houses damaged.\n")
    found = incidents(text)
    assert [i.type for i in found] == ["strike"]
    assert found[0].where is not None and found[0].where.admin1 is not None


def test_fire_on_their_own_comrades_is_a_killing_not_friendly_fire(incidents):  # type: ignore[no-untyped-def]
    text = ("Drunk soldiers of a penal unit opened fire on their own comrades near Pokrovsk, leaving two dead, "
            "a Ukrainian official said.\n")
    assert [i.type for i in incidents(text)] == ["intra_force_killing"]


def test_fire_on_their_own_by_mistake_stays_friendly_fire(incidents):  # type: ignore[no-untyped-def]
    text = "Gunners near Pokrovsk mistakenly opened fire on their own infantry, killing two, a soldier said.\n"
    assert [i.type for i in incidents(text)] == ["friendly_fire"]


# --- dates of the telling, not of the event -----------------------------------------------------------------

def test_a_date_between_teller_and_toll_update_dates_the_telling(incidents):  # type: ignore[no-untyped-def]
    text = ("The army on Thursday raised the number of recruits killed by a missile strike on their dormitory in "
            "Mariupol to 41.\nIt said two missiles hit the building shortly after midnight on Christmas Day.\n")
    found = incidents(text, published="2023-12-28")
    assert found and found[0].when.start is not None and found[0].when.start.isoformat() == "2023-12-25"


# --- subtypes -------------------------------------------------------------------------------------------------

def test_a_weapon_toll_keeps_the_subtype_a_later_trigger_names(incidents):  # type: ignore[no-untyped-def]
    text = "Shells struck a school last week, killing seven people, and medics said chemical weapons were used.\n"
    found = incidents(text)
    assert [(i.type, i.acled.sub_event_type if i.acled else None) for i in found] == [("strike", "Chemical weapon")]


def test_the_strike_of_an_air_strike_toll_stays_an_air_strike(incidents):  # type: ignore[no-untyped-def]
    text = "An air strike by government jets killed 14 soldiers near a northern border town on Sunday.\n"
    found = incidents(text)
    assert [(i.type, i.acled.sub_event_type if i.acled else None) for i in found] == [("strike", "Air/drone strike")]


def test_flight_from_a_training_ground_dated_by_the_next_sentence(incidents):  # type: ignore[no-untyped-def]
    text = ("Three recruits who fled a military training ground in Russia's Kursk region have been detained, a "
            "local site reported.\nThe men ran away on April 12, the site said.\n")
    found = [i for i in incidents(text, published="2025-04-30") if i.type == "desertion_or_surrender"]
    assert found and found[0].when.start is not None and found[0].when.start.isoformat() == "2025-04-12"


def test_soldiers_who_escaped_the_shelling_did_not_desert(incidents):  # type: ignore[no-untyped-def]
    text = "Near Kupiansk on Monday the soldiers escaped the shelling unhurt, their commander said.\n"
    assert "desertion_or_surrender" not in [i.type for i in incidents(text)]


def test_an_exact_toll_told_later_refines_a_bound(incidents):  # type: ignore[no-untyped-def]
    text = ("Missile kills soldiers at a medal ceremony\n"
            "More than 10 soldiers were killed in the strike in the Kharkiv region on Tuesday, a news site said.\n"
            "The army confirmed losses without a figure.\n"
            "A medic wrote online that 13 members of the battalion had died while lined up for awards.\n")
    found = [i for i in incidents(text, published="2024-02-01") if i.type == "strike"]
    assert found and found[0].fatalities is not None and found[0].fatalities.best == 13


def test_a_smaller_figure_later_does_not_replace_a_bound(incidents):  # type: ignore[no-untyped-def]
    text = ("More than 10 soldiers were killed in the strike in the Kharkiv region on Tuesday, a news site said.\n"
            "Earlier, 4 soldiers had died in the same village.\n")
    found = [i for i in incidents(text, published="2024-02-01") if i.type == "strike"]
    assert found and found[0].fatalities is not None and found[0].fatalities.best == 11


# --- the report's own event with no place or count --------------------------------------------------------------

def test_a_specific_event_told_by_headline_and_lead_needs_no_place(incidents):  # type: ignore[no-untyped-def]
    text = ("Marines shelled own armoured column in friendly fire, radio intercept suggests\n"
            "Russian marines shelled an armoured column of their own brigade in a friendly fire incident, according "
            "to a radio intercept published by a Ukrainian agency.\n")
    assert [i.type for i in incidents(text)] == ["friendly_fire"]


def test_people_named_by_what_they_refuse_tell_no_event(incidents):  # type: ignore[no-untyped-def]
    text = ("Reservists who refuse to fight are kept in crowded barracks, rights group says\n"
            "A rights group says the army is putting pressure on reservists who refuse to fight in Ukraine.\n")
    assert "refusal_to_fight" not in [i.type for i in incidents(text)]


# --- assaults on draft officials, follow-on steps, notes that tell nothing (issue #14, batch 4) --------------------

def test_a_stabbed_draft_officer_is_the_victim_not_a_killer_in_the_ranks(incidents):  # type: ignore[no-untyped-def]
    text = ("Recruitment officer stabbed at Lviv draft office\n"
            "A soldier on duty at a military recruitment office in Lviv was wounded in a knife attack on Monday, "
            "police said.\n")
    assert [i.type for i in incidents(text)] == ["attack_on_civilians"]


def test_civilians_who_attack_an_enlistment_officer_are_an_attack(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Several villagers with sticks attacked an enlistment officer in the village of Bilky, "
                      "Zakarpattia Oblast, on Sunday, officials said.")
    assert [i.type for i in found] == ["attack_on_civilians"]


def test_hurt_in_an_attack_at_an_enlistment_office(incidents):  # type: ignore[no-untyped-def]
    found = incidents("A sergeant was hurt in an attack at a military enlistment office in Odesa on Tuesday, "
                      "the office said.")
    assert [i.type for i in found] == ["attack_on_civilians"]


def test_fleeing_the_positions_or_leaving_ones_unit_is_desertion(incidents):  # type: ignore[no-untyped-def]
    assert "desertion_or_surrender" in [i.type for i in incidents(
        "A platoon commander near Pokrovsk fled the positions on Friday and is being sought.")]
    assert "desertion_or_surrender" in [i.type for i in incidents(
        "A 30-year-old sergeant from the 5th brigade wrote on Monday that he was leaving his unit.")]


def test_leaving_ones_unit_in_protest_is_no_protest(incidents):  # type: ignore[no-untyped-def]
    found = incidents("A 30-year-old sergeant from the 5th brigade wrote on Monday that he was leaving his unit "
                      "in protest at endless service.")
    assert [i.type for i in found] == ["desertion_or_surrender"]


def test_under_fire_from_the_very_troops_they_joined_is_friendly_fire(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Reinforcements reaching a trench near Kreminna on Monday came under fire from the very "
                      "troops they were meant to relieve, the ministry said.")
    assert [i.type for i in found] == ["friendly_fire"]


def test_an_attack_counted_as_the_third_on_the_base_recaps():
    from warlog.incidents.detect import find_mentions
    from warlog.incidents.lexicon import incident_lexicon

    text = "It was the third attack on the base this year."
    assert find_mentions(text, [(0, len(text))], incident_lexicon("en")) == []


def test_a_distance_from_the_capital_does_not_place_the_event(incidents):  # type: ignore[no-untyped-def]
    text = ("A drone hit the airbase at Morozovsk on Monday, killing two airmen, the ministry said.\n"
            "The base, some 900 km (560 miles) south of Moscow, was damaged last month when drones attacked it.\n")
    assert all(i.where is None or i.where.name != "Moscow" for i in incidents(text))


def test_the_retaliation_told_next_is_an_event_of_its_own(incidents):  # type: ignore[no-untyped-def]
    text = ("Russian troops near Vasylivka were hit by their own artillery by mistake, losing 20 men, bloggers "
            "said.\n"
            "Ukrainian troops then located the Russian guns and hit them with cluster munitions, killing 11 more. "
            "The battery commander fled the positions once he saw the losses, they said.\n")
    assert sorted(i.type for i in incidents(text)) == ["desertion_or_surrender", "friendly_fire", "strike"]


def test_a_sequencing_then_after_the_trigger_makes_no_event(incidents):  # type: ignore[no-untyped-def]
    text = ("A man stabbed a soldier at the enlistment office in Sumy on Friday, police said.\n"
            "The attacker sprayed tear gas and then used a knife, the office said.\n")
    assert "protest" not in [i.type for i in incidents(text)]


def test_a_note_that_the_incident_was_not_verified_tells_nothing(incidents):  # type: ignore[no-untyped-def]
    text = ("A group of civilians attacked a recruitment officer in the village of Bilky on Sunday, officials said.\n"
            "The outlet could not independently verify the details of the incident.\n"
            "The army gave no further details of where the incident took place.\n")
    (inc,) = incidents(text)
    assert all("verify" not in s.text and "no further details" not in s.text for s in inc.evidence)


def test_a_man_held_right_after_his_story_is_a_follow_on_arrest(incidents):  # type: ignore[no-untyped-def]
    text = ("In October, 30-year-old sergeant Petro Hrytsenko of the 5th brigade wrote online from Kharkiv that he "
            "had deserted.\n"
            "Prosecutors called the post a gift to Russia. He was detained and faces up to ten years in prison.\n")
    found = {i.type: i for i in incidents(text, published="2025-01-10")}
    assert "arrest_or_detention" in found
    # the country the sentence before names as a beneficiary is not where he was held
    where = found["arrest_or_detention"].where
    assert where is None or where.country != "RU"


def test_an_unknown_first_name_doing_something_is_no_place(incidents):  # type: ignore[no-untyped-def]
    text = ("For six months Yurii watched the shelling destroy the men of his company in eastern Ukraine. When the "
            "survivors were ordered to attack, he deserted.\n")
    found = incidents(text)
    assert found and all(i.where is None or i.where.name != "Yurii" for i in found)


# --- session 6: a named position beside its town ----------------------------------------------------------

def test_a_position_called_by_name_lies_in_the_region_of_the_town_before_it(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Kupiansk's defenses were crumbling. His battalion had pulled back, and four wounded men were "
                      "left at a position called Tsytadel.")
    (inc,) = [i for i in found if i.type == "abandonment"]
    assert inc.where is not None and inc.where.text == "Tsytadel" and inc.where.admin1 == "Kharkiv Oblast"
    assert inc.where.lat is None  # the region is known, the point is not


def test_the_wounded_left_behind_and_the_day_their_man_said_so(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Sgt. Petro Hlushko was trapped in a bunker near Pokrovsk.\n\n"
                      "Pokrovsk's defenses were falling apart. His company had pulled back, and Hlushko and four "
                      "other men were left at a position called Tsytadel.\n\n"
                      "\"Three of us are wounded, we can't walk,\" Hlushko said on a video call with his wife on the "
                      "morning of Feb. 15.", published="2024-03-19")
    (inc,) = [i for i in found if i.type == "abandonment"]
    assert inc.injured is not None and inc.injured.best == 3
    assert inc.when.start is None and str(inc.when.end) == "2024-02-15"


def test_villages_taken_together_are_one_change_each(incidents):  # type: ignore[no-untyped-def]
    found = incidents("By Wednesday, analysts had concluded that Ukraine had recaptured Klishchiivka and also "
                      "Kurdiumivka, south of Bakhmut.", published="2023-09-20")
    changes = [i for i in found if i.type == "territory_change"]
    assert sorted(i.where.text for i in changes if i.where) == ["Klishchiivka", "Kurdiumivka"]


def test_no_evacuation_for_the_injured_is_an_abandonment(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Abandoned at Granit: wounded soldiers' last calls as Pokrovsk fell\n\n"
                      "A commander radioed to say there would be no evacuation for the injured near Pokrovsk. Five "
                      "men stayed at the position.", published="2024-02-19")
    assert "abandonment" in [i.type for i in found]


def test_troops_overrunning_a_position_change_no_territory(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Near Pokrovsk, a group of injured soldiers could not escape and died when Russian troops "
                      "overran their position on Friday.")
    assert "territory_change" not in [i.type for i in found]


def test_a_body_named_past_its_head_noun_is_the_source(incidents):  # type: ignore[no-untyped-def]
    found = incidents("By Wednesday, the Institute for the Study of War, a think tank based in the US, had concluded "
                      "that Ukraine had recaptured Klishchiivka.", published="2023-09-20")
    (inc,) = [i for i in found if i.type == "territory_change"]
    assert "the Institute for the Study of War" in inc.sources


def test_a_fighter_being_bludgeoned_to_death_is_one_dead(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Channel posts video of sledgehammer killing of alleged defector\n\n"
                      "A video released by a channel linked to Wagner appears to show a fighter said to have gone over "
                      "to Ukraine's side being bludgeoned to death with a sledgehammer.")
    (inc,) = [i for i in found if i.type == "intra_force_killing"]
    assert inc.fatalities is not None and inc.fatalities.best == 1
