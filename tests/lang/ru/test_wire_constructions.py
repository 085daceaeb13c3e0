"""Russian wire and governor-channel constructions that real Bryansk/Kursk-style reports use (session 5): drone
compounds, a lone victim without a number, the teller named around "Об этом", a pronoun speaker with the medium
after it, two regions told in one report, and the publication day as the bound of an undated event.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from warlog.lang.ru.morph import LemmaText


def test_unknown_hyphenated_compounds_are_lemmatised_part_by_part() -> None:
    # "дронами-камикадзе" is not in the dictionary: its head must still read as "дрон" for the triggers.
    assert "дрон-камикадзе" in LemmaText.of("атаковали дронами-камикадзе").text
    assert "беспилотник-камикадзе" in LemmaText.of("беспилотники-камикадзе").text
    assert LemmaText.of("по-прежнему").text == "по-прежнему"  # known compounds keep their own lemma


@pytest.mark.parametrize("text", [
    "Военные атаковали дронами-камикадзе посёлок Климово Брянской области 4 мая, повреждена школа.",
    "При ударе FPV-дрона по грузовику под Суджей 4 мая пострадал водитель.",
])
def test_drone_compounds_trigger_a_drone_strike(extract_ru: Callable[..., Any], text: str) -> None:
    report = extract_ru(text)
    assert [i.type for i in report.incidents] == ["strike"]


def test_a_lone_victim_without_a_number_counts_one(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В посёлке Глотово 4 мая дрон ударил по легковой машине, погиб мирный житель.")
    assert report.incidents[0].fatalities is not None
    assert report.incidents[0].fatalities.best == 1


def test_plural_victims_without_a_number_stay_unknown(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В посёлке Глотово 4 мая дрон ударил по остановке, погибли мирные жители.")
    assert report.incidents[0].fatalities is None


def test_the_teller_after_about_this_and_the_verb_is_a_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Беспилотник атаковал село Кокино Брянской области 4 мая, ранена женщина.\n"
                        "Об этом написал в своём Telegram-канале губернатор Игорь Сомов.")
    assert any("Сомов" in name for name in report.incidents[0].sources)


def test_a_pronoun_speaker_wins_over_the_channel_after_it(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Губернатор Игорь Сомов рассказал о ночной атаке.\n"
                        "«Обломки упали во двор, пострадавших нет», — написал он в Telegram-канале.")
    quote = next(q for q in report.quotes if q.text.startswith("Обломки"))
    assert quote.speaker is not None and quote.speaker.name == "Игорь Сомов"
    assert [link.name for link in quote.chain if link.role == "medium"] == ["Telegram post"]


def test_a_channel_after_a_preposition_is_not_who_was_told(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Беспилотник атаковал село Кокино Брянской области 4 мая, ранена женщина.\n"
                        "Об этом губернатор Игорь Сомов сообщил в Telegram-канале.")
    assert not any("канал" in name.lower() for name in report.incidents[0].sources)


def test_an_event_in_another_region_is_not_merged(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Дроны атаковали село Кокино Брянской области 4 мая, погиб мужчина.\n"
                        "Дроны также атаковали нефтебазу в Дагестане 4 мая, повреждён резервуар.")
    regions = sorted(i.where.admin1 or "" for i in report.incidents if i.where is not None)
    assert len(report.incidents) == 2, regions


def test_an_undated_event_happened_by_the_day_it_was_published(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Дрон атаковал автомобиль в селе Кокино Брянской области, ранен водитель.")
    when = report.incidents[0].when
    assert when.start is None and when.end == date(2024, 3, 15) and when.precision == "unknown"


def test_a_trend_is_not_an_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В последнее время обстрелы приграничных сёл участились — до сорока в день.")
    assert report.incidents == []


def test_a_lone_wounded_person_counts_one_injured(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Дрон атаковал деревню Кокино Брянской области 4 мая, ранен водитель грузовика.")
    assert report.incidents[0].injured is not None and report.incidents[0].injured.best == 1


def test_a_village_the_gazetteer_lacks_takes_the_district_written_after_it(extract_ru: Callable[..., Any]) -> None:
    # A made-up hamlet: nothing of that name exists, so the stated district and region place it.
    report = extract_ru("В хуторе Зарецкий Выселок Суземского района Брянской области 4 мая дрон ударил по машине.")
    where = report.incidents[0].where
    assert where is not None and where.admin1 == "Bryansk Oblast" and where.precision in ("district", "region")


def test_a_wound_received_by_one_person_counts_one(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Дрон упал у фермы в Глушковском районе Курской области 4 мая. Осколочное ранение руки "
                        "получил пенсионер.")
    assert report.incidents[0].injured is not None and report.incidents[0].injured.best == 1


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Дроны атаковали Кокино Брянской области 4 мая. Жертв нет, повреждена крыша склада.", 0, None),
    ("Дроны атаковали Кокино Брянской области 4 мая. Пострадавших нет, повреждена крыша склада.", 0, 0),
    ("Дроны атаковали Кокино Брянской области 4 мая, обошлось без пострадавших.", 0, 0),
])
def test_nobody_hurt_gives_zero_counts(extract_ru: Callable[..., Any], text: str, killed: int,
                                       injured: int | None) -> None:
    incident = extract_ru(text).incidents[0]
    assert (incident.fatalities.best if incident.fatalities else None) == killed
    assert (incident.injured.best if incident.injured else None) == injured


def test_time_adjuncts_before_a_sentence_final_speaker_are_not_the_speaker(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Военные обстреляли посёлок Кокино Брянской области из миномётов 4 мая, погибли двое, "
                        "сообщил вечером в пятницу губернатор.")
    assert "губернатор" in report.incidents[0].sources


def test_a_town_under_fire_with_the_speaker_after_it_is_the_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Посёлок Кокино вновь оказался под ударом, уточнил губернатор. При взрыве дрона пострадал "
                        "местный житель.")
    [incident] = report.incidents
    assert "губернатор" in incident.sources and incident.injured is not None and incident.injured.best == 1


def test_a_force_attacking_a_town_is_a_strike(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В ночь на 4 мая ВСУ атаковали Горловку, погибли два человека, сообщил глава города.")
    [incident] = report.incidents
    assert incident.type == "strike" and incident.fatalities is not None and incident.fatalities.best == 2


def test_a_force_attacking_positions_is_a_clash(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("4 мая ВСУ атаковали позиции российских войск под Кременной.")
    assert [i.type for i in report.incidents] == ["armed_clash"]


def test_refusing_to_go_on_an_assault_is_a_refusal_not_a_clash(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Мобилизованные из Самары отказались идти в атаку под Кременной 4 мая, рассказали их жёны.")
    assert [i.type for i in report.incidents] == ["refusal_to_fight"]


def test_wounds_incompatible_with_life_are_deaths(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Срочник открыл огонь по сослуживцам в части под Тверью 4 мая. Несовместимые с жизнью "
                        "ранения получили три человека, еще один ранен.")
    [incident] = report.incidents
    assert incident.type == "intra_force_killing"
    assert incident.fatalities is not None and incident.fatalities.best == 3
    assert incident.injured is not None and incident.injured.best == 1


def test_mortally_wounding_a_comrade_is_a_killing_of_one(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Ночью 4 мая на посту под Тверью срочник смертельно ранил контрактника.")
    [incident] = report.incidents
    assert incident.type == "intra_force_killing"
    assert incident.fatalities is not None and incident.fatalities.best == 1


def test_a_person_listed_before_a_count_is_added_to_it(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Ефрейтор расстрелял сослуживцев на полигоне под Тверью 4 мая: погибли офицер и трое "
                        "солдат.")
    fatalities = report.incidents[0].fatalities
    assert fatalities is not None and fatalities.best == 4


@pytest.mark.parametrize("text", [
    "«Нас накрыла своя же арта, двоих убило», — рассказал боец в перехваченном разговоре о бое под Кременной.",
    "По словам мобилизованного, наши же дроны сбросили гранаты на их окоп под Кременной, погибли двое.",
    "4 мая военные по ошибке сбили свой Су-34 над Брянской областью.",
])
def test_own_fire_in_soldiers_words_is_friendly_fire(extract_ru: Callable[..., Any], text: str) -> None:
    assert [i.type for i in extract_ru(text).incidents] == ["friendly_fire"]


def test_an_aircraft_name_is_never_the_event_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("4 мая военные по ошибке сбили свой Су-34 над Брянской областью.")
    where = report.incidents[0].where
    assert where is not None and where.admin1 == "Bryansk Oblast"


def test_the_place_told_right_after_the_event_places_it(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("«Нас накрыла своя же арта, двоих убило сразу», — говорит боец. Речь идет о позициях под "
                        "Кременной.")
    where = report.incidents[0].where
    assert where is not None and where.admin1 == "Luhansk Oblast"


def test_a_man_and_a_woman_killed_are_two(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Мужчина и женщина погибли 4 мая после атаки беспилотника на село Кокино Брянской области.")
    fatalities = report.incidents[0].fatalities
    assert fatalities is not None and fatalities.best == 2


def test_a_guard_killed_in_the_next_paragraph_of_a_post_counts(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Этой ночью дроны атаковали Красносулинский район Ростовской области.\n"
                        "К сожалению, без трагедии не обошлось: погиб сторож склада.")
    fatalities = report.incidents[0].fatalities
    assert fatalities is not None and fatalities.best == 1


def test_a_village_unknown_to_the_gazetteer_lies_in_the_region_the_story_names(
        extract_ru: Callable[..., Any]) -> None:
    # A made-up village: the region named in the lead places the incident, the village keeps its name.
    report = extract_ru("Двое погибли в Белгородской области после атаки дрона 4 мая.\n"
                        "По словам губернатора, дрон сбросил гранату на ферму в селе Верхние Заречки.")
    where = report.incidents[0].where
    assert where is not None and where.admin1 == "Belgorod Oblast"


def test_a_name_in_guillemets_is_not_the_event_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Разведка группировки «Восток» 4 мая сообщила, что ВСУ обстреляли Донецк.")
    where = report.incidents[0].where
    assert where is not None and where.admin1 == "Donetsk Oblast"


def test_the_headline_places_the_story_of_a_barracks_shooting(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В воинской части в Подмосковье стрелял срочник\n"
                        "Как сообщили в Минобороны, 4 мая военнослужащий смертельно ранил сослуживца.")
    [incident] = report.incidents
    assert incident.type == "intra_force_killing"
    assert incident.where is not None and incident.where.admin1 == "Moscow Oblast"


def test_the_day_before_dates_an_event_in_a_dated_report(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Накануне вечером ВСУ обстреляли Рыльск Курской области, повреждены два дома.")
    when = report.incidents[0].when
    assert when.start == date(2024, 3, 14) and when.end == date(2024, 3, 14)


@pytest.mark.parametrize("text", [
    "4 мая зенитчики на учениях в Ростовской области обстреляли своих десантников.",
    "4 мая зенитчики по ошибке открыли огонь по собственным десантникам под Таганрогом.",
])
def test_firing_at_ones_own_troops_is_friendly_fire(extract_ru: Callable[..., Any], text: str) -> None:
    assert [i.type for i in extract_ru(text).incidents] == ["friendly_fire"]


def test_going_to_storm_later_is_not_a_clash(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Донецке мобилизованным 4 мая объявили, что они пойдут штурмовать позиции противника.")
    assert report.incidents == []


def test_court_statistics_are_not_a_desertion(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Больше всего дел о самовольном оставлении части в 2024 году рассмотрели суды Ростовской "
                        "области.")
    assert report.incidents == []


def test_a_river_crossed_is_not_the_event_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("4 мая командиры батальона самовольно ушли с передовой в Донецкой области, "
                        "переправившись через Северский Донец.")
    where = report.incidents[0].where
    assert where is not None and where.admin1 == "Donetsk Oblast"


def test_villages_of_a_governors_roundup_have_the_governor_as_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("За сутки беспилотники атаковали несколько сел Грайворонского округа, сообщил губернатор "
                        "Игорь Сомов.\nВ селе Козинка дрон повредил крышу дома.\nВ Головчино дрон выбил окна "
                        "магазина.")
    assert report.incidents and all(any("Сомов" in s for s in i.sources) for i in report.incidents)


@pytest.mark.parametrize(("text", "killed"), [
    ("4 мая на территории авиабазы под Пермью обнаружено тело солдата-срочника.", 1),
    ("4 мая под Екатеринбургом в военном городке обнаружен мертвым солдат-срочник.", 1),
    ("4 мая в учебном центре под Екатеринбургом умерли двое мобилизованных.", 2),
])
def test_deaths_inside_a_unit_with_no_cause_told(extract_ru: Callable[..., Any], text: str, killed: int) -> None:
    [incident] = extract_ru(text).incidents
    assert incident.type == "non_combat_death"
    assert incident.fatalities is not None and incident.fatalities.best == killed


def test_a_denied_strike_is_no_incident(extract_ru: Callable[..., Any]) -> None:
    assert extract_ru("В Кремле 4 мая опровергли сообщения об ударе по Белгороду.").incidents == []


def test_a_sentence_for_past_absences_is_no_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В августе гарнизонный суд дал рядовому пять лет лишения свободы за самовольное оставление "
                        "части.")
    assert report.incidents == []


def test_recruiters_beating_a_father_is_an_attack(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("«Сотрудники ТЦК в Харькове 4 мая избили моего отца», — рассказал сын.")
    assert [i.type for i in report.incidents] == ["attack_on_civilians"]


def test_troops_withdrawing_from_a_town_is_a_territory_change(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("4 мая украинские войска отходят из города Северодонецк, подтвердил командир.")
    assert [i.type for i in report.incidents] == ["territory_change"]
