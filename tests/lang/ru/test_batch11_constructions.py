"""Russian constructions read from batch 11 and fixed as classes: a killing or wounding by "свои же" (one's own
side, no weapon named), the place left put first in a desertion ("Из части ... сбежали"), deserters named as people
("беглец", "дезертир") once the act is told, fatal wounds as a death, a village the gazetteer knows only far from
the story's region, a district whose lemma hides its "район", and a collective numeral opening a sentence.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _types(report: Any) -> list[str]:
    return [i.type for i in report.incidents]


# -- killed or wounded by their own side ("свои же") --------------------------------------------------------------

def test_shot_by_their_own_is_an_intra_force_killing(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Как рассказал источник, под Бахмутом контрактника застрелили свои же, когда он отказался "
                        "идти вперёд.", published="2023-08-02")
    killing = next(i for i in report.incidents if i.type == "intra_force_killing")
    assert killing.fatalities is not None and killing.fatalities.best == 1


def test_wounded_by_their_own_while_surrendering_is_an_intra_force_killing(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Пленный сержант рассказал, что под Угледаром его ранили свои же, когда он шёл к российским "
                        "позициям.", published="2025-02-11")
    assert "intra_force_killing" in _types(report)


def test_their_own_drones_stay_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По словам бойца, их окоп под Кременной накрыли свои же дроны.", published="2025-02-11")
    assert "friendly_fire" in _types(report) and "intra_force_killing" not in _types(report)


# -- desertion with the place left put first ----------------------------------------------------------------------

def test_the_place_left_put_first_is_a_desertion(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Из учебного центра под Тамбовом сбежали трое контрактников", published="2024-10-03")
    assert _types(report) == ["desertion_or_surrender"]


def test_vanishing_from_a_training_ground_is_a_desertion(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("С полигона в Ленинградской области утром исчезли пятеро мобилизованных.",
                        published="2024-10-03")
    assert _types(report) == ["desertion_or_surrender"]


# -- deserters named as people, after the act -----------------------------------------------------------------------

def test_the_deserters_named_again_tell_no_new_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Из воинской части в Курской области самовольно ушли четверо срочников.\n"
                        "Одного беглеца до сих пор ищут в Орловской области. Оружия у дезертиров с собой не было.",
                        published="2024-10-03")
    assert _types(report) == ["desertion_or_surrender"]
    told = " ".join(s.text for s in report.incidents[0].evidence)
    assert "Оружия" not in told and "Орловской" not in told


def test_a_deserter_alone_still_tells_a_desertion(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Твери полицейские задержали дезертира, которого искали с весны.", published="2024-10-03")
    assert "desertion_or_surrender" in _types(report)


# -- fatal wounds ------------------------------------------------------------------------------------------------------

def test_fatal_wounds_are_a_death_not_an_injury(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Белгородской области дрон атаковал легковой автомобиль, водитель получил смертельные "
                        "ранения, сообщил губернатор.", published="2024-10-03")
    strike = next(i for i in report.incidents if i.type == "strike")
    assert strike.fatalities is not None and strike.fatalities.best == 1
    assert strike.injured is None


# -- a village the gazetteer knows only far away ------------------------------------------------------------------

def test_a_far_namesake_of_a_village_is_not_the_place(extract_ru: Callable[..., Any]) -> None:
    # (Киренск is a town in Irkutsk Oblast, some 4,500 km from Kursk: no village of a Kursk governor's post)
    report = extract_ru("В Суджанском районе Курской области при атаке беспилотника погиб мирный житель, сообщил "
                        "губернатор.\nПо его словам, дрон сбросил гранату во двор частного дома в деревне Киренск.",
                        published="2025-06-01")
    village = next(e for e in report.entities if e.text == "Киренск")
    assert village.geo is None or village.geo.admin1 == "Kursk Oblast"
    assert _types(report) == ["strike"]
    where = report.incidents[0].where
    assert where is not None and where.admin1 == "Kursk Oblast"


def test_a_near_namesake_outside_the_story_region_is_kept(extract_ru: Callable[..., Any]) -> None:
    # a Kursk story may name a town of the neighbouring region: only a far namesake is dropped
    report = extract_ru("В Курской области при атаке беспилотника ранен мирный житель. Днём дрон атаковал и "
                        "посёлок Ракитное.", published="2025-06-01")
    town = next(e for e in report.entities if e.text == "Ракитное")
    assert town.geo is not None


# -- a collective numeral opening a sentence ----------------------------------------------------------------------

def test_a_collective_numeral_is_no_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Пятеро контрактников самовольно покинули часть в Курской области.", published="2024-10-03")
    assert "Пятеро" not in [e.text for e in report.entities if e.label == "PLACE"]


# -- the day before, told after the report's event ------------------------------------------------------------------

def test_the_day_before_at_another_village_is_another_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Губернатор: дрон ранил двух работников фермы\n"
                        "В Белгородской области при атаке беспилотника на грузовик ранены двое работников фермы, "
                        "сообщил губернатор.\n"
                        "По его словам, машину атаковали на дороге у Грайворона.\n"
                        "Накануне, по словам губернатора, дрон атаковал пенсионерку во дворе дома в селе Козинка. "
                        "Её отвезли в больницу с осколочными ранениями.", published="2024-08-12")
    strikes = [i for i in report.incidents if i.type == "strike"]
    assert len(strikes) == 2
    earlier = strikes[1]
    assert earlier.when.start is not None and earlier.when.start.isoformat() == "2024-08-11"
    assert earlier.injured is not None and earlier.injured.best == 1
    # the report's own event keeps its day, not the day before
    assert strikes[0].when.start is None or strikes[0].when.start.isoformat() == "2024-08-12"


def test_the_day_before_naming_no_new_place_is_the_same_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Белгородской области при атаке беспилотника на грузовик ранены двое работников фермы.\n"
                        "По словам губернатора, машину атаковали у Грайворона.\n"
                        "Накануне, по его словам, дрон атаковал тот же грузовик у Грайворона.", published="2024-08-12")
    assert len([i for i in report.incidents if i.type == "strike"]) == 1


# -- a site between two villages ----------------------------------------------------------------------------------

def test_a_site_between_two_villages_is_one_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Беспилотник ударил по полю между селом Козинка и деревней Головчино Грайворонского округа "
                        "Белгородской области, сообщил губернатор.", published="2024-08-12")
    assert len([i for i in report.incidents if i.type == "strike"]) == 1


# -- one wounded named by a pronoun -----------------------------------------------------------------------------------

def test_a_pronoun_wounded_is_one_injured(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Пленный рассказал, что под Работино их окоп попал под обстрел, и осколок ранил его в плечо.",
                        published="2024-08-12")
    hurt = [i for i in report.incidents if i.injured is not None]
    assert hurt and hurt[0].injured.best == 1


# -- a front direction written lower-case -------------------------------------------------------------------------

def test_a_lower_case_front_direction_names_its_town(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Пленный рассказал, что на константиновском направлении в плен сдались двенадцать бойцов "
                        "его роты.", published="2025-04-20")
    surrender = next(i for i in report.incidents if i.type == "desertion_or_surrender")
    assert surrender.where is not None and surrender.where.admin1 == "Donetsk Oblast"


def test_a_lower_case_adjective_before_another_noun_is_no_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Пленный рассказал о донецком угле и курском районе.", published="2025-04-20")
    assert not [e for e in report.entities if e.label == "PLACE"]


# -- a condition, not an event ------------------------------------------------------------------------------------

def test_living_under_constant_shelling_is_no_strike(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По словам пленного, под Торецком его рота была под постоянными обстрелами.",
                        published="2025-04-20")
    assert "strike" not in _types(report)


# -- attribution: an outlet relaying someone's words, an interview, a surname in an oblique case ---------------------

def test_an_outlet_relaying_the_words_of_a_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Об этом сообщило РИА Новости со ссылкой на источник в силовых структурах.\n"
                        "«Из части в Белгородской области ушли двое контрактников, их ищут», — приводит агентство "
                        "слова источника.", outlet="Лента", published="2024-03-02")
    quote = next(q for q in report.quotes if q.text.startswith("Из части"))
    assert quote.speaker is not None and quote.speaker.name == "источник"
    assert "РИА Новости" in [link.name for link in quote.chain]


def test_an_interview_gives_its_interviewer_to_the_later_quotes(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Двенадцать бойцов роты сдались в плен под Торецком, рассказал в беседе с Минобороны России "
                        "пленный Пётр Гаврилюк.\n"
                        "«Нас оставили без еды на неделю», — сказал он.", outlet="Лента", published="2024-03-02")
    quote = next(q for q in report.quotes if q.text.startswith("Нас оставили"))
    assert "Минобороны России" in [link.name for link in quote.chain]


def test_a_surname_in_an_oblique_case_takes_the_full_name_s_form() -> None:
    from warlog.lang.ru.nlp import _inflection_of

    told = {"Олег": "Олег", "Ворона": "Ворона"}
    assert _inflection_of("Ворону", told) == "Ворона"
    assert _inflection_of("Вороной", told) == "Ворона"
    assert _inflection_of("Воронцов", told) is None  # another name sharing a stem
    assert _inflection_of("Олегу", told) == "Олег"
