"""Temporal expressions resolved against a fixed publication date."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from warlog.text.dates import TimeExpr, find_time_expressions

PUB = date(2026, 3, 10)  # a Tuesday
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"


def one(text: str, published: date | None = PUB) -> TimeExpr:
    found = find_time_expressions(text, published)
    assert len(found) == 1, found
    expr = found[0]
    assert text[expr.start : expr.end] == expr.text
    return expr


def interval(text: str, published: date | None = PUB) -> tuple[date | None, date | None, str, str]:
    e = one(text, published)
    return e.date_start, e.date_end, e.precision, e.kind


def d(iso: str) -> date:
    return date.fromisoformat(iso)


# --- weekdays -------------------------------------------------------------------------------


def test_weekday_on_the_publication_day_itself_is_that_day() -> None:
    assert interval("He was killed on Tuesday.") == (PUB, PUB, "day", "weekday")


def test_weekday_span_leaves_out_the_preposition() -> None:
    assert one("He was killed on Tuesday.").text == "Tuesday"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on Monday", "2026-03-09"),
        ("on Wednesday", "2026-03-04"),
        ("on Sunday night", "2026-03-08"),
        ("last Tuesday", "2026-03-03"),
        ("last Monday", "2026-03-09"),
        ("next Monday", "2026-03-16"),
        ("Friday's attack", "2026-03-06"),
    ],
)
def test_weekdays(text: str, day: str) -> None:
    assert interval(text)[:3] == (d(day), d(day), "day")


# --- relative days, weeks, months, years -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("yesterday", "2026-03-09", "2026-03-09", "day"),
        ("yesterday morning", "2026-03-09", "2026-03-09", "day"),
        ("the day before yesterday", "2026-03-08", "2026-03-08", "day"),
        ("today", "2026-03-10", "2026-03-10", "day"),
        ("this morning", "2026-03-10", "2026-03-10", "day"),
        ("tonight", "2026-03-10", "2026-03-10", "day"),
        ("last night", "2026-03-09", "2026-03-10", "day"),
        ("overnight", "2026-03-09", "2026-03-10", "day"),
        ("last week", "2026-03-02", "2026-03-08", "week"),
        ("this week", "2026-03-09", "2026-03-15", "week"),
        ("earlier this week", "2026-03-09", "2026-03-09", "week"),
        ("last weekend", "2026-03-07", "2026-03-08", "week"),
        ("over the weekend", "2026-03-07", "2026-03-08", "week"),
        ("last month", "2026-02-01", "2026-02-28", "month"),
        ("earlier this month", "2026-03-01", "2026-03-09", "month"),
        ("last year", "2025-01-01", "2025-12-31", "year"),
        ("earlier this year", "2026-01-01", "2026-03-09", "year"),
        ("this month", "2026-03-01", "2026-03-31", "month"),
        ("this year", "2026-01-01", "2026-12-31", "year"),
        ("two days ago", "2026-03-08", "2026-03-08", "day"),
        ("three weeks ago", "2026-02-16", "2026-02-22", "week"),
        ("two months ago", "2026-01-01", "2026-01-31", "month"),
        ("a few days ago", "2026-03-04", "2026-03-08", "week"),
    ],
)
def test_relative_expressions(text: str, start: str, end: str, precision: str) -> None:
    assert interval(text)[:3] == (d(start), d(end), precision)


def test_overnight_has_its_own_kind() -> None:
    assert one("Drones attacked overnight.").kind == "overnight"


def test_russia_today_is_an_outlet_not_a_date() -> None:
    assert find_time_expressions("Russia Today reported the strike.", PUB) == []


def test_last_week_of_a_month_is_not_last_week() -> None:
    texts = [e.text for e in find_time_expressions("in the last week of February", PUB)]
    assert "last week" not in texts


# --- months -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "span"),
    [
        ("in March", "2026-03-01", "2026-03-31", "March"),
        ("in April", "2025-04-01", "2025-04-30", "April"),  # after the publication month: last year
        ("in early March", "2026-03-01", "2026-03-10", "early March"),
        ("in mid-March", "2026-03-11", "2026-03-20", "mid-March"),
        ("in late March", "2026-03-21", "2026-03-31", "late March"),
        ("at the end of February", "2026-02-21", "2026-02-28", "the end of February"),
        ("last March", "2025-03-01", "2025-03-31", "last March"),
        ("March 2023", "2023-03-01", "2023-03-31", "March 2023"),
        ("in late May 2023", "2023-05-21", "2023-05-31", "late May 2023"),
    ],
)
def test_months(text: str, start: str, end: str, span: str) -> None:
    e = one(text)
    assert (e.date_start, e.date_end, e.precision, e.text) == (d(start), d(end), "month", span)


def test_capitalised_may_without_context_is_the_verb() -> None:
    assert find_time_expressions("May God help them. They march on.", PUB) == []


# --- explicit dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "span"),
    [
        ("on 14 February", "2026-02-14", "14 February"),
        ("February 14", "2026-02-14", "February 14"),
        ("14 February 2026", "2026-02-14", "14 February 2026"),
        ("Feb. 14, 2026", "2026-02-14", "Feb. 14, 2026"),
        ("2026-02-14", "2026-02-14", "2026-02-14"),
        ("on November 22", "2025-11-22", "November 22"),  # never in the future: last year
        ("the 14th of February", "2026-02-14", "the 14th of February"),
        ("on Tuesday, March 3", "2026-03-03", "Tuesday, March 3"),
        ("on Feb 29", "2024-02-29", "Feb 29"),  # the latest leap year
        ("on 10 March", "2026-03-10", "10 March"),
    ],
)
def test_explicit_dates(text: str, day: str, span: str) -> None:
    e = one(text)
    assert (e.date_start, e.date_end, e.precision, e.kind, e.text) == (d(day), d(day), "day", "date", span)


def test_impossible_iso_date_is_ignored() -> None:
    assert find_time_expressions("dated 2026-02-30", PUB) == []


def test_night_of_3_to_4_march() -> None:
    e = one("on the night of 3 to 4 March")
    assert (e.text, e.date_start, e.date_end, e.precision, e.kind) == (
        "the night of 3 to 4 March", d("2026-03-03"), d("2026-03-04"), "day", "night")


def test_night_of_march_3_to_4_2023() -> None:
    assert interval("the night of March 3 to 4, 2023")[:3] == (d("2023-03-03"), d("2023-03-04"), "day")


def test_day_range_within_a_month() -> None:
    assert interval("3-5 March") == (d("2026-03-03"), d("2026-03-05"), "week", "range")


# --- seasons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("in the summer", PUB, "2025-06-01", "2025-08-31"),  # before publication: last year's
        ("in the summer", date(2026, 7, 15), "2026-06-01", "2026-08-31"),  # publication inside it
        ("last summer", date(2026, 7, 15), "2025-06-01", "2025-08-31"),
        ("last summer", date(2026, 10, 1), "2026-06-01", "2026-08-31"),
        ("this summer", PUB, "2026-06-01", "2026-08-31"),  # the nearest: upcoming
        ("this spring", PUB, "2026-03-01", "2026-05-31"),
        ("this winter", PUB, "2025-12-01", "2026-02-28"),  # the nearest: just ended
        ("last autumn", PUB, "2025-09-01", "2025-11-30"),
        ("last fall", PUB, "2025-09-01", "2025-11-30"),
        ("in the winter", PUB, "2025-12-01", "2026-02-28"),
        ("in the winter of 2022", PUB, "2022-12-01", "2023-02-28"),
        ("winter 2022-23", PUB, "2022-12-01", "2023-02-28"),
        ("in the spring of 2023", PUB, "2023-03-01", "2023-05-31"),
    ],
)
def test_seasons(text: str, published: date, start: str, end: str) -> None:
    assert interval(text, published) == (d(start), d(end), "season", "season")


def test_late_summer_is_its_last_month() -> None:
    assert interval("in late summer")[:3] == (d("2025-08-01"), d("2025-08-31"), "month")


@pytest.mark.parametrize(
    "text", ["since the fall of Bakhmut", "prices fall", "winter uniforms", "a spring in the forest"]
)
def test_season_words_that_are_not_seasons(text: str) -> None:
    assert find_time_expressions(text, PUB) == []


# --- years and ranges -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "kind"),
    [
        ("in 2022", "2022-01-01", "2022-12-31", "year", "year"),
        ("at the end of 2022", "2022-09-01", "2022-12-31", "year", "year"),
        ("in early 2023", "2023-01-01", "2023-04-30", "year", "year"),
        ("since 2014", "2014-01-01", "2026-03-10", "unknown", "range"),
        ("since March 2022", "2022-03-01", "2026-03-10", "unknown", "range"),
        ("since 24 February 2022", "2022-02-24", "2026-03-10", "unknown", "range"),
        ("since the summer", "2025-06-01", "2026-03-10", "year", "range"),
        ("since Tuesday", "2026-03-10", "2026-03-10", "day", "range"),
        ("between 2014 and 2022", "2014-01-01", "2022-12-31", "unknown", "range"),
        ("from January to March", "2026-01-01", "2026-03-31", "season", "range"),
        ("between January and March 2023", "2023-01-01", "2023-03-31", "season", "range"),
        ("from May 2023 to February 2024", "2023-05-01", "2024-02-29", "year", "range"),
    ],
)
def test_years_and_ranges(text: str, start: str, end: str, precision: str, kind: str) -> None:
    assert interval(text) == (d(start), d(end), precision, kind)


def test_since_is_part_of_the_span() -> None:
    assert one("He has served since 2014.").text == "since 2014"


# --- recent -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("in recent months", "2025-09-08", "month"),
        ("in recent weeks", "2026-01-27", "week"),
        ("in recent days", "2026-03-03", "day"),
        ("over the past week", "2026-03-03", "week"),
        ("in the past three days", "2026-03-07", "day"),
        ("in the last few weeks", "2026-01-27", "week"),
    ],
)
def test_recent_windows_end_at_publication(text: str, start: str, precision: str) -> None:
    assert interval(text) == (d(start), PUB, precision, "recent")


@pytest.mark.parametrize("text", ["over the past 24 hours", "in the last 24 hours", "over the past hours"])
def test_the_past_24_hours_are_the_day_before_and_the_day_told(text: str) -> None:
    # a regional administration's morning tally ("fired 500 shells over the past 24 hours, the governor said")
    assert interval(text) == (PUB - timedelta(days=1), PUB, "day", "recent")


# --- without a publication date ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision"),
    [("on Tuesday", "day"), ("yesterday", "day"), ("last week", "week"), ("in recent months", "month"),
     ("in the summer", "season"), ("in March", "month"), ("on 14 February", "day")],
)
def test_relative_expressions_without_publication_date(text: str, precision: str) -> None:
    e = one(text, None)
    assert (e.date_start, e.date_end, e.precision) == (None, None, precision)


def test_absolute_expressions_without_publication_date() -> None:
    assert interval("14 February 2026", None)[:2] == (d("2026-02-14"), d("2026-02-14"))
    assert interval("in 2022", None)[:2] == (d("2022-01-01"), d("2022-12-31"))
    assert interval("since 2014", None) == (d("2014-01-01"), None, "unknown", "range")


# --- traps: numbers that are not dates --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Roman Moiseyev, 25, was mourned by people in Russia's Vladimir region.",
        "Dmitry Panov, a 30-year-old Muscovite, said 20 guys were lost.",
        "There are 300,000 of you.",
        "a total of 2000 soldiers",
        "In 2000 people died.",
        "Channel One said one blow hit the third line.",
        "the entire 127th Separate Reconnaissance Brigade",
        "Meduza survived 2024 thanks to its readers",
        "the Su-25 and the T-72",
        "12,2022 rounds",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_time_expressions(text, PUB) == []


def test_regression_age_trap_roman_moiseyev_keeps_only_the_month() -> None:
    text = "Roman Moiseyev, 25, was mourned after supposedly dying in Ukraine in March."
    assert [e.text for e in find_time_expressions(text, PUB)] == ["March"]


def test_offsets_point_into_the_text() -> None:
    text = ("On Monday night, two days after the strike of 7 March, officials said that since 2014 and "
            "in recent weeks, especially last week and in the winter of 2022, losses grew.")
    found = find_time_expressions(text, PUB)
    assert [e.text for e in found] == ["Monday night", "7 March", "since 2014",
                                       "recent weeks", "last week", "the winter of 2022"]
    assert all(text[e.start : e.end] == e.text for e in found)


def test_regression_seed_article_istories() -> None:
    text = (SEEDS / "000_14b05d2eaddac4df.txt").read_text(encoding="utf-8")
    found = find_time_expressions(text, date(2022, 11, 22))
    assert [e.text for e in found] == ["Tuesday", "Tuesday", "Monday", "recent days", "the summer",
                                       "Tuesday", "March", "recent months"]
    assert found[4].date_start == date(2022, 6, 1)


def test_regression_month_then_count_is_not_a_day() -> None:
    e = one("In May 20 soldiers were killed.")
    assert (e.text, e.precision) == ("May", "month")


def test_a_named_day_is_the_latest_one_on_or_before_publication() -> None:
    found = find_time_expressions("The depot was hit just after midnight on New Year's Day.", date(2024, 1, 3))
    assert [(t.text, t.date_start, t.precision) for t in found] == [("New Year's Day", date(2024, 1, 1), "day")]


def test_christmas_eve_in_a_report_from_march_is_last_december() -> None:
    found = find_time_expressions("The shelling began on Christmas Eve.", date(2024, 3, 10))
    assert [t.date_start for t in found] == [date(2023, 12, 24)]
