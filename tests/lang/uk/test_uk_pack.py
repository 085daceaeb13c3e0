"""The Ukrainian pack on sentences written for these tests (none taken from any corpus)."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.lang import get_pack
from warlog.lang.uk import morph
from warlog.lang.uk.dates import find_time_expressions
from warlog.lang.uk.numbers import find_counts
from warlog.lang.uk.tokens import sentences
from warlog.models import Document, Report
from warlog.pipeline.runner import Pipeline

PUB = date(2025, 3, 15)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _dates(text: str) -> list[tuple[date | None, date | None]]:
    return [(t.date_start, t.date_end) for t in find_time_expressions(text, PUB)]


def test_night_before_publication_is_two_dates() -> None:
    assert _dates("Минулої ночі дрони атакували місто.") == [(date(2025, 3, 14), date(2025, 3, 15))]


def test_night_towards_a_date_is_the_day_before_and_that_day() -> None:
    assert _dates("у ніч проти 14 березня") == [(date(2025, 3, 13), date(2025, 3, 14))]


def test_weekday_with_date_takes_the_date() -> None:
    assert _dates("Про це в п'ятницю, 7 березня, повідомили рятувальники.") == [(date(2025, 3, 7), date(2025, 3, 7))]


def test_date_without_year_is_not_after_publication() -> None:
    assert _dates("2 серпня") == [(date(2024, 8, 2), date(2024, 8, 2))]


def _counts(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(c.text, c.best, c.low, c.high) for c in find_counts(text)]


def test_collective_numerals_count_people() -> None:
    assert _counts("загинули двоє, ще п'ятеро поранені") == [("двоє", 2, 2, 2), ("п'ятеро поранені", 5, 5, 5)]


def test_at_least_and_about_bound_the_count() -> None:
    assert _counts("щонайменше 20 військових") == [("щонайменше 20 військових", 20, 20, None)]
    assert _counts("близько тридцяти людей") == [("близько тридцяти людей", 30, None, None)]


def test_dozens_follow_acled_tens() -> None:
    assert _counts("десятки цивільних") == [("десятки цивільних", 10, 10, None)]


def test_toll_rose_to_is_the_figure_not_a_bound() -> None:
    assert _counts("кількість загиблих зросла до 12 людей")[0][1:] == (12, 12, 12)


def test_ages_and_ordinals_are_not_counts() -> None:
    assert _counts("47-річний чоловік з 92-ї бригади") == []


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Вибух пролунав на вул. Садовій. Поранено двох людей."
    assert [text[a:b] for a, b in sentences(text)] == ["Вибух пролунав на вул. Садовій.", "Поранено двох людей."]


_PIPELINE: list[Pipeline] = []


def _extract(text: str, outlet: str = "Тестова ОВА (Telegram)", published: date = PUB) -> Report:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline())
    report = Report(document=Document(id="t", text=text, language="uk", published=published, outlet=outlet))
    return _PIPELINE[0].run(report)


def test_pack_is_found() -> None:
    pack = get_pack("uk")
    assert pack is not None and set(pack.stages) == {"nlp", "attribution", "incidents", "people"}


@needs_morph
def test_oblast_administration_post_gives_place_dates_counts_and_source() -> None:
    report = _extract("Минулої ночі росіяни обстріляли Херсон. Загинули двоє людей, ще четверо поранені.\n\n"
                      "Про це повідомила Херсонська обласна військова адміністрація.")
    [incident] = report.incidents
    assert incident.type == "strike"
    assert incident.where is not None and incident.where.admin1 and "Kherson" in incident.where.admin1
    assert (incident.when.start, incident.when.end) == (date(2025, 3, 14), date(2025, 3, 15))
    assert incident.fatalities is not None and incident.fatalities.best == 2
    assert incident.injured is not None and incident.injured.best == 4
    assert "Херсонська ОВА" in incident.sources


@needs_morph
def test_inflected_place_resolves_by_lemma() -> None:
    report = _extract("Уранці ворог вдарив по Сумах, загинула одна людина.")
    place = next(e for e in report.entities if e.label == "PLACE")
    assert place.lemma == "Суми"
    assert place.geo is not None and place.geo.country == "UA"


@needs_morph
def test_shchyna_region_name_is_its_oblast() -> None:
    report = _extract("На Полтавщині уламки дрона впали на подвір'я.")
    place = next(e for e in report.entities if e.label == "PLACE")
    assert place.lemma == "Полтавська область"


@needs_morph
def test_direct_quote_with_dash_cue_and_pronoun_speaker() -> None:
    report = _extract("Очільник громади Петро Коваленко розповів про атаку.\n"
                      "«Уламки пошкодили школу і два будинки, люди не постраждали», — сказав він.")
    quote = next(q for q in report.quotes if q.kind == "direct")
    assert quote.speaker is not None and "Коваленко" in quote.speaker.name


@needs_morph
def test_according_to_names_the_source_and_hedge_makes_it_alleged() -> None:
    report = _extract("За даними ДСНС, у підвалі нібито перебували ще троє людей.")
    [quote] = report.quotes
    assert quote.speaker is not None and quote.speaker.name == "ДСНС"
    assert quote.status == "alleged"


@needs_morph
def test_reported_via_agency_sets_the_chain() -> None:
    report = _extract("Бригада залишила позиції. Про це агентству «Укрінформ» розповів речник бригади Іван Мельник.",
                      outlet="Тестовий сайт")
    quote = next(q for q in report.quotes if q.speaker and "Мельник" in q.speaker.name)
    assert any(link.name == "Укрінформ" for link in quote.chain)


@needs_morph
def test_negated_and_planned_strikes_are_not_incidents() -> None:
    report = _extract("Окупанти можуть атакувати Одесу найближчими днями. Обстрілу Ізюма вчора не було.")
    assert report.incidents == []


@needs_morph
def test_awol_and_unit_are_found() -> None:
    report = _extract("Вчора 12 військовослужбовців 98-ї окремої механізованої бригади самовільно залишили частину "
                      "під Куп'янськом.")
    [incident] = report.incidents
    assert incident.type == "desertion_or_surrender"
    assert any(e.label == "UNIT" for e in report.entities)


@needs_morph
def test_person_by_name_grammemes_and_surname_recurs() -> None:
    report = _extract("Речник Тарас Бондаренко заявив, що атака тривала годину. Бондаренко додав подробиці.")
    people = [e.text for e in report.entities if e.label == "PERSON"]
    assert people == ["Тарас Бондаренко", "Бондаренко"]
    assert len(report.people) == 1


@needs_morph
def test_village_the_gazetteer_lacks_is_a_place_after_a_locative() -> None:
    report = _extract("Бої тривають біля Кліщіївки, повідомили в бригаді.")
    assert [e.text for e in report.entities if e.label == "PLACE"] == ["Кліщіївки"]


@needs_morph
def test_russian_region_in_ukrainian_spelling_resolves() -> None:
    report = _extract("На Бєлгородщині вибухнув склад боєприпасів, загинули двоє людей.")
    place = next(e for e in report.entities if e.label == "PLACE")
    assert place.geo is not None and place.geo.country == "RU"


@needs_morph
def test_nobody_hurt_is_zero_not_unknown() -> None:
    report = _extract("Вночі ворог обстріляв Нікопольщину з артилерії. Пошкоджено приватний будинок. "
                      "Обійшлося без постраждалих.")
    [incident] = report.incidents
    assert incident.injured is not None and incident.injured.best == 0
    assert incident.fatalities is not None and incident.fatalities.best == 0


@needs_morph
def test_district_named_after_its_town_resolves_to_the_town() -> None:
    report = _extract("На Куп'янщині внаслідок обстрілу поранено двох людей.")
    place = next(e for e in report.entities if e.label == "PLACE")
    assert place.lemma == "Куп'янськ"
    [incident] = report.incidents
    assert incident.injured is not None and incident.injured.best == 2


@needs_morph
def test_two_word_city_with_adjective_is_a_place_not_a_person() -> None:
    report = _extract("У ніч проти 5 березня росіяни вдарили ракетами по Кривому Рогу та Новій Каховці.")
    places = [(e.text, e.lemma) for e in report.entities if e.label == "PLACE"]
    assert places == [("Кривому Рогу", "Кривий Ріг"), ("Новій Каховці", "Нова Каховка")]
    [incident] = report.incidents
    assert (incident.when.start, incident.when.end) == (date(2025, 3, 4), date(2025, 3, 5))


@needs_morph
def test_genitive_town_is_its_noun_not_an_adjective() -> None:
    report = _extract("Окупанти розстріляли трьох полонених біля Покровська, заявив омбудсман Петро Гнатюк.")
    place = next(e for e in report.entities if e.label == "PLACE")
    assert place.lemma == "Покровськ"
    [incident] = report.incidents
    assert incident.where is not None and incident.where.precision == "settlement"
    assert "Петро Гнатюк" in incident.sources


@needs_morph
def test_region_phrase_at_sentence_start_and_lowercase_source_is_no_chain_link() -> None:
    report = _extract("У Курській області військові помилково обстріляли власні позиції, пише Астра з посиланням на "
                      "джерела.", outlet="Тестовий сайт")
    place = next(e for e in report.entities if e.label == "PLACE")
    assert place.text == "Курській області"
    [quote] = report.quotes
    assert [link.name for link in quote.chain] == ["Астра", "Тестовий сайт"]


@needs_morph
def test_soldier_shot_his_commander_is_one_death_placed_in_the_region() -> None:
    report = _extract("На Донеччині військовий 45-ї бригади застрелив свого командира, повідомили в ДБР.")
    [incident] = report.incidents
    assert incident.type == "intra_force_killing"
    assert incident.fatalities is not None and incident.fatalities.best == 1
    assert incident.where is not None and incident.where.admin1 == "Donetsk Oblast"
    assert "ДБР" in incident.sources


@needs_morph
def test_guided_bomb_abbreviation_is_not_a_place() -> None:
    report = _extract("Удар КАБом по Костянтинівці: поранено 45-річного чоловіка.")
    assert [e.text for e in report.entities if e.label == "PLACE"] == ["Костянтинівці"]
    [incident] = report.incidents
    assert incident.injured is not None and incident.injured.best == 1


@needs_morph
def test_unnamed_police_is_a_group_speaker() -> None:
    report = _extract("За даними поліції, у Сумах загинули двоє людей.")
    [quote] = report.quotes
    assert quote.speaker is not None and (quote.speaker.name, quote.speaker.kind) == ("поліція", "group")


@needs_morph
def test_city_district_gives_the_city() -> None:
    report = _extract("Унаслідок обстрілу Дніпровського району Херсона загинув чоловік.")
    [incident] = report.incidents
    assert incident.where is not None and incident.where.text == "Херсона"
    assert incident.where.admin1 == "Kherson Oblast"
