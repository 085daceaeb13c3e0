"""Russian counts and dates (issue #16): every case and collective form, nights and relative days."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.lang.ru.dates import find_time_expressions
from warlog.lang.ru.numbers import find_counts

PUBLISHED = date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(("text", "expected"), [
    ("двое солдат пропали", (2, 2, 2)),
    ("пятерых бойцов отправили в госпиталь", (5, 5, 5)),
    ("около тридцати военных", (30, None, None)),
    ("не менее 20 мобилизованных погибли", (20, 20, None)),
    ("десятки мирных жителей", (10, 10, None)),
    ("свыше сотни солдат", (101, 101, None)),
    ("от 10 до 12 военных", (10, 10, 12)),
    ("двадцать пять человек", (25, 25, 25)),
    ("более 40 военнослужащих", (41, 41, None)),
    ("до 30 человек", (None, None, 30)),
    ("погибших стало 17", (17, 17, 17)),
])
def test_counts_in_every_case_and_collective_form(text: str, expected: tuple[int | None, ...]) -> None:
    found = find_counts(text)
    assert [(c.best, c.low, c.high) for c in found] == [expected]


def test_toll_that_rose_to_a_figure_is_that_figure_not_an_upper_bound() -> None:
    [count] = find_counts("Число погибших выросло до 9 человек.")
    assert (count.best, count.low, count.high) == (9, 9, 9)


@pytest.mark.parametrize("text", ["воронка радиусом 20 метров", "полка 1439", "31-летний водитель",
                                  "в 2023 году", "14 марта"])
def test_numbers_that_count_no_people_are_skipped(text: str) -> None:
    assert find_counts(text) == []


@pytest.mark.parametrize(("text", "start", "end"), [
    ("в ночь на 14 марта", date(2024, 3, 13), date(2024, 3, 14)),
    ("в ночь с 11 на 12 марта", date(2024, 3, 11), date(2024, 3, 12)),
    ("вчера вечером", date(2024, 3, 14), date(2024, 3, 14)),
    ("Этой ночью дроны атаковали", date(2024, 3, 14), date(2024, 3, 15)),
    ("в среду", date(2024, 3, 13), date(2024, 3, 13)),
    ("в пятницу утром", date(2024, 3, 15), date(2024, 3, 15)),
    ("9 марта", date(2024, 3, 9), date(2024, 3, 9)),
    ("29 декабря", date(2023, 12, 29), date(2023, 12, 29)),
    ("в феврале", date(2024, 2, 1), date(2024, 2, 29)),
    ("летом 2023 года", date(2023, 6, 1), date(2023, 8, 31)),
    ("осенью", date(2023, 9, 1), date(2023, 11, 30)),
    ("на прошлой неделе", date(2024, 3, 4), date(2024, 3, 10)),
    ("только что", date(2024, 3, 15), date(2024, 3, 15)),
])
def test_dates_against_the_publication_date(text: str, start: date, end: date) -> None:
    [found] = find_time_expressions(text, PUBLISHED)
    assert (found.date_start, found.date_end) == (start, end)


def test_relative_dates_need_a_publication_date() -> None:
    assert find_time_expressions("вчера вечером", None) == []


def test_an_age_before_a_person_is_no_count() -> None:
    # "45-летняя жительница" is one woman of 45, not 45 people (the age was read as a count before session 6)
    from warlog.lang.ru.numbers import find_counts

    assert find_counts("45-летняя жительница получила ранения") == []
    assert [c.best for c in find_counts("Две жительницы села погибли")] == [2]
