"""Russian constructions read from batch 17 and fixed as classes: a summons refused (draft evasion, no refusal to
fight), one's own munition as the killer in either word order, a witness's account that goes on with the toll a
paragraph or two later, the part counted out of a whole ("один из четырёх бойцов"), a fight told as the sequel of a
strike on a position, the offence a verdict names after the article of the code, a court's seat, prisoners named as
taken prisoner before the verb, and relay cabinets told burning.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _types(report: Any) -> list[str]:
    return [i.type for i in report.incidents]


def _best(count: Any) -> int | None:
    return None if count is None else count.best


# -- a summons or the enlistment office refused is draft evasion, not a refusal to fight ----------------------------

def test_refusing_the_summons_and_the_office_is_no_refusal_to_fight(extract_ru: Callable[..., Any]) -> None:
    # (a report with no rule hit at all is left to the classifier's proposals: the arrest keeps this one to the rules)
    report = extract_ru("Житель Тамбова Иван Соколов отказался получать повестку и ехать в военкомат. Через неделю "
                        "его задержали.", published="2023-05-02")
    assert _types(report) == ["arrest_or_detention"]


def test_refusing_to_go_to_the_recruiters_is_no_refusal_to_fight(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Одессе 40-летний мужчина отказался идти в ТЦК для уточнения данных, и его задержали.",
                        published="2024-05-02")
    assert _types(report) == ["arrest_or_detention"]


def test_soldiers_refusing_to_go_to_the_front_still_refuse_to_fight(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Пятеро мобилизованных из части под Белгородом отказались идти на передовую.",
                        published="2023-05-02")
    assert _types(report) == ["refusal_to_fight"]


def test_a_soldiers_own_summons_told_in_passing_is_neither_refusal_cancelled_nor_a_raid(
        extract_ru: Callable[..., Any]) -> None:
    # (the summons in another clause does not cancel the refusal; one man's own summons is no handing-out)
    report = extract_ru("Под Бахмутом мобилизованный Игорь Лунин отказался идти в штурм, хотя повестку ему вручили "
                        "лишь месяц назад.", published="2023-10-02")
    assert _types(report) == ["refusal_to_fight"]


# -- their own munition as the killer, whichever word order ---------------------------------------------------------

def test_comrades_killed_by_their_own_shell_is_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Боец из-под Авдеевки: двоих моих товарищей убил свой же снаряд.", published="2023-11-02")
    assert _types(report) == ["friendly_fire"]


def test_an_own_mine_put_first_is_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Кременной своя же мина ранила троих бойцов ВСУ.", published="2023-11-02")
    assert _types(report) == ["friendly_fire"]


def test_wounded_by_their_own_grenade_is_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Угледаром сослуживца ранило собственной гранатой с дрона.", published="2023-11-02")
    assert "intra_force_killing" not in _types(report)


def test_dying_from_their_own_mine_is_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Марьинкой двое штурмовиков погибли от своей же мины.", published="2023-11-02")
    assert _types(report) == ["friendly_fire"]
    assert _best(report.incidents[0].fatalities) == 2


def test_blown_up_on_their_own_minefield_is_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Горловкой пятеро военных подорвались на собственном минном поле.",
                        published="2023-11-02")
    assert _types(report) == ["friendly_fire"]


def test_under_the_fire_of_their_own_forces_is_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("У Работино разведгруппа попала под огонь своих же сил.", published="2023-11-02")
    assert _types(report) == ["friendly_fire"]


def test_a_sides_drone_on_its_own_soldiers_described_by_a_participle_is_friendly_fire(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Волчанском украинский дрон ударил по выходившим из окружения бойцам ВСУ, двое погибли.",
                        published="2024-06-02")
    assert _types(report) == ["friendly_fire"]


# -- a witness's account goes on with the toll, a paragraph or two on --------------------------------------------

_CAPTIVE_STORY = (
    "Пленный рассказал, как его взвод попал под огонь своей же артиллерии\n"
    "Боец ВСУ Петр Коваль, попавший в плен под Бахмутом, рассказал журналистам, что его взвод накрыла "
    "собственная артиллерия.\n"
    "«Сначала мы услышали выходы. Потом все вокруг загорелось», — вспоминает он.\n"
    "По словам военнопленного, четыре человека погибли, еще шестеро получили ранения."
)


def test_the_toll_the_captive_goes_on_to_tell_is_the_events(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru(_CAPTIVE_STORY, published="2023-03-10")
    assert _types(report) == ["friendly_fire"]
    assert _best(report.incidents[0].fatalities) == 4
    assert _best(report.incidents[0].injured) == 6


def test_an_account_naming_another_place_gives_no_toll(extract_ru: Callable[..., Any]) -> None:
    story = _CAPTIVE_STORY.replace("По словам военнопленного, четыре", "По словам военнопленного, в Соледаре четыре")
    report = extract_ru(story, published="2023-03-10")
    assert _best(report.incidents[0].fatalities) is None


# -- the part counted out of a whole ---------------------------------------------------------------------------------

def test_one_of_four_soldiers_wounded_is_one(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Покровском дрон атаковал позицию ВСУ, один из четырех украинских военных был ранен.",
                        published="2024-08-30")
    assert _best(report.incidents[0].injured) == 1


def test_two_of_five_fighters_killed_is_two(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Херсоне снаряд попал в блиндаж, двое из пяти находившихся там бойцов погибли.",
                        published="2024-08-30")
    assert _best(report.incidents[0].fatalities) == 2


# -- a fight told as the sequel of a strike on a position ------------------------------------------------------------

def test_the_fight_that_followed_a_drone_strike_is_one_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Утром 3 июля беспилотник атаковал позицию ВСУ под Торецком. В завязавшемся затем бою "
                        "один из пяти украинских бойцов получил ранение.", published="2024-07-05")
    assert len(report.incidents) == 1
    assert _best(report.incidents[0].injured) == 1


def test_a_separate_fight_without_a_sequel_word_stays_apart(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Утром 3 июля беспилотник атаковал позицию ВСУ под Торецком. Вечером 4 июля у Часова Яра "
                        "шел бой за опорный пункт.", published="2024-07-05")
    assert sorted(_types(report)) == ["armed_clash", "strike"]


# -- the offence a verdict names after the article of the code -----------------------------------------------------

_VERDICT = (
    "Суд в Житомирской области дал военнослужащему четыре года\n"
    "Суд признал солдата виновным по ч. 4 ст. 407 УК Украины — самовольное оставление части в условиях военного "
    "положения.\n"
    "Согласно материалам дела, 3 марта 2024 года он без разрешения командования покинул расположение части в селе "
    "Озерное и домой не вернулся."
)


def test_the_charge_named_after_the_article_is_the_told_act(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru(_VERDICT, published="2025-01-20")
    assert _types(report) == ["desertion_or_surrender"]
    assert str(report.incidents[0].when.start) == "2024-03-03"


def test_a_charge_alone_still_tells_the_desertion(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Военный суд в Ростове осудил контрактника Олега Белова по статье 337 УК РФ за "
                        "самовольное оставление части.", published="2025-01-20")
    assert _types(report) == ["desertion_or_surrender"]


# -- prisoners named as taken prisoner, before or after the act ----------------------------------------------------

def test_fighters_taken_prisoner_then_shot_is_an_execution(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Работино двоих взятых в плен морпехов затем расстреляли.", published="2024-02-01")
    assert _types(report) == ["attack_on_civilians"]


def test_shooting_soldiers_who_fell_prisoner_is_an_execution(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Прокуратура сообщила, что у Волновахи убили попавших в плен военных.",
                        published="2024-02-01")
    assert _types(report) == ["attack_on_civilians"]


# -- relay cabinets told burning -------------------------------------------------------------------------------------

def test_a_relay_cabinet_found_burning_is_railway_sabotage(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Курганом на перегоне Варгаши — Мишкино ночью загорелся релейный шкаф.",
                        published="2023-07-01")
    assert _types(report) == ["other"]


def test_a_wardrobe_burning_at_home_is_no_incident(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Кургане в квартире на улице Ленина загорелся шкаф, жильцов эвакуировали.",
                        published="2023-07-01")
    assert _types(report) == []


def test_more_cabinets_burning_at_another_section_are_another_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Курганом неизвестные подожгли релейный шкаф на перегоне Варгаши — Мишкино.\n"
                        "Спустя три часа у станции Юргамыш загорелись еще два релейных шкафа.",
                        published="2023-07-01")
    assert _types(report) == ["other", "other"]


def test_one_cabinet_told_twice_stays_one_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Курганом неизвестные подожгли релейный шкаф на перегоне Варгаши — Мишкино.\n"
                        "Релейный шкаф выгорел полностью, движение поездов задержано.",
                        published="2023-07-01")
    assert _types(report) == ["other"]


# -- a statement posted in the Max messenger -----------------------------------------------------------------------

def test_a_governors_post_in_the_max_messenger_has_that_medium(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("«Ночью дрон повредил крышу школы в Грайвороне, пострадавших нет», — написал губернатор "
                        "Андрей Зимин в своем канале в мессенджере Max.", published="2025-11-02")
    quote = report.quotes[0]
    assert [link.name for link in quote.chain][:2] == ["Андрей Зимин", "Max post"]


# -- a trigger at its sentence's very end (no gap run on into the next sentence) ---------------------------------

def test_a_surrender_ending_its_sentence_is_told(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Клещеевкой трое окруженных бойцов были вынуждены сдаться. Их увезли в тыл.",
                        published="2024-02-01")
    assert _types(report) == ["desertion_or_surrender"]


def test_a_drowning_ending_its_sentence_is_told(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Херсоном при переправе рядовой Алексей Смолин утонул. Тело ищут водолазы.",
                        published="2024-02-01")
    assert "non_combat_death" in _types(report)


def test_people_poisoned_are_no_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Бахмутом несколько бойцов отравились. Их увезли в госпиталь.", published="2024-02-01")
    assert "non_combat_death" not in _types(report)
