"""Constructions from real reporting that gave no incident or a wrong one (sentences in the project's words)."""

import pytest

import warlog


@pytest.fixture(scope="module")
def incidents(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2024-06-04"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet="Test Wire").incidents
    return run


def test_unit_commander_shot_dead_by_his_own_men_is_an_intra_force_killing(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("A Russian battalion commander in the Zaporizhzhia region has reportedly been shot dead "
                       "by his own men after ordering yet another assault, a Ukrainian channel said.")
    assert inc.type == "intra_force_killing"
    assert inc.fatalities is not None and inc.fatalities.best == 1


def test_colonel_deliberately_run_over_by_own_troops_is_not_friendly_fire(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("A Russian colonel was killed by his own troops near Bakhmut after being deliberately "
                       "run over by an armoured vehicle.")
    assert inc.type == "intra_force_killing"
    assert inc.where is not None and inc.where.admin1 == "Donetsk Oblast"


def test_own_artillery_hitting_a_position_stays_friendly_fire(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Their trench near Robotyne was hit by their own artillery, killing three men.")
    assert inc.type == "friendly_fire" and inc.fatalities is not None and inc.fatalities.best == 3


def test_guided_bomb_on_kivsharivka_overnight_kills_one_woman(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("A Russian guided bomb struck a family home in the village of Kivsharivka overnight, "
                       "killing a 64-year-old woman, the regional governor said.")
    assert inc.type == "strike" and inc.where is not None and inc.where.admin1 == "Kharkiv Oblast"
    assert inc.fatalities is not None and inc.fatalities.best == 1
    assert str(inc.when.start) == "2024-06-03" and str(inc.when.end) == "2024-06-04"  # the night's two dates


def test_strike_that_killed_five_and_injured_48(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("A Russian missile strike on the city of Kharkiv killed five and injured 48, "
                       "the mayor said.")
    assert inc.fatalities is not None and inc.fatalities.best == 5
    assert inc.injured is not None and inc.injured.best == 48
    assert inc.injured.span is not None and inc.injured.span.text == "48"


def test_russian_forces_are_the_strikes_actor1_side(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Russian forces shelled the town of Orikhiv on Monday, killing two civilians.")
    perpetrators = [a for a in inc.actors if a.role == "perpetrator"]
    assert perpetrators and perpetrators[0].text == "Russian forces" and perpetrators[0].side == "Russia"


def test_a_ukrainian_drone_hitting_russian_positions_names_both_sides(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("A Ukrainian drone hit Russian positions near Bakhmut on Monday.")
    sides = {(a.role, a.side) for a in inc.actors}
    assert ("perpetrator", "Ukraine") in sides and ("victim", "Russia") in sides


def test_training_ground_accident_is_a_non_combat_death(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Two Russian conscripts were killed at a training ground in the Bryansk region when a "
                       "grenade went off during exercises, the regional governor said.")
    assert inc.type == "non_combat_death" and inc.fatalities is not None and inc.fatalities.best == 2


def test_gunmen_opening_fire_at_a_training_ground_kill_their_own_side(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Two volunteers opened fire on fellow recruits at a training ground in the Belgorod region, "
                       "killing eleven and wounding fifteen, the defence ministry said.")
    assert inc.type == "intra_force_killing"
    assert (inc.fatalities.best, inc.injured.best) == (11, 15)  # type: ignore[union-attr]


def test_court_statistics_on_desertion_are_not_an_incident(incidents):  # type: ignore[no-untyped-def]
    assert incidents("Courts have heard hundreds of desertion cases this year, and more than 5,000 soldiers "
                     "have been convicted of leaving their units, according to court statistics.") == []


def test_a_place_in_a_deal_backed_by_kyiv_is_not_where_a_strike_happened(incidents):  # type: ignore[no-untyped-def]
    found = incidents("Russian drones struck the port of Izmail overnight, days after a grain deal backed "
                      "by Kyiv collapsed, the regional governor said.")
    strikes = [i for i in found if i.type == "strike"]
    assert strikes and strikes[0].where is not None and strikes[0].where.admin1 == "Odesa Oblast"


def test_gone_absent_without_leave_is_desertion(incidents):  # type: ignore[no-untyped-def]
    found = incidents("About 300 soldiers of the new brigade had gone absent without leave before it reached "
                      "the front near Pokrovsk, a Ukrainian journalist wrote.")
    assert [i.type for i in found] == ["desertion_or_surrender"]


def test_fresh_cases_of_a_practice_are_not_one_incident(incidents):  # type: ignore[no-untyped-def]
    assert incidents("Two outlets have uncovered fresh cases of commanders forcing men who refused to fight "
                     "back to the front.") == []


def test_a_river_bank_is_not_the_strikes_place(incidents):  # type: ignore[no-untyped-def]
    (inc,) = incidents("Russian forces shelled Beryslav on the west bank of the Dnipro on Sunday, killing a man.")
    assert inc.where is None or inc.where.text != "the west bank"


def test_commanders_who_left_them_nothing_after_the_paragraph_names_the_town(incidents):  # type: ignore[no-untyped-def]
    text = ("In Kupiansk, the draftees were sent to the front line and told to dig trenches. Soon they came under "
            "mortar fire. They held out for two days, and their commanders left them nothing but rifles.")
    assert "abandonment" in [i.type for i in incidents(text)]
