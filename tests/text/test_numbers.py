"""Counts of people: parse_count's best/low/high and the phrases find_counts keeps or skips."""

from __future__ import annotations

from pathlib import Path

import pytest

from warlog.text.numbers import ACLED_UNSPECIFIED_FATALITIES, CountExpr, find_counts, parse_count

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # digits and words
        ("20", (20, 20, 20)),
        ("1,200", (1200, 1200, 1200)),
        ("300,000", (300000, 300000, 300000)),
        ("1.5 million", (1500000, 1500000, 1500000)),
        ("two", (2, 2, 2)),
        ("twenty-five", (25, 25, 25)),
        ("twenty five", (25, 25, 25)),
        ("a hundred", (100, 100, 100)),
        ("one hundred and fifty", (150, 150, 150)),
        ("two thousand five hundred", (2500, 2500, 2500)),
        ("a dozen", (12, 12, 12)),
        ("two dozen", (24, 24, 24)),
        ("one", (1, 1, 1)),
        ("single", (1, 1, 1)),
        ("a single", (1, 1, 1)),
        # ranges: ACLED codes the lower, most conservative figure
        ("20-30", (20, 20, 30)),
        ("20 - 30", (20, 20, 30)),
        ("20 to 30", (20, 20, 30)),
        ("between 20 and 30", (20, 20, 30)),
        ("two or three", (2, 2, 3)),
        ("five to ten", (5, 5, 10)),
        # modifiers
        ("at least 5", (5, 5, None)),
        ("no fewer than 5", (5, 5, None)),
        ("at least a dozen", (12, 12, None)),
        ("more than 10", (11, 11, None)),
        ("over 10", (11, 11, None)),
        ("more than a dozen", (13, 13, None)),
        ("up to 30", (None, None, 30)),
        ("as many as 40", (None, None, 40)),
        ("no more than 7", (None, None, 7)),
        ("fewer than 10", (None, None, 9)),
        ("about 50", (50, None, None)),
        ("around 50", (50, None, None)),
        ("some 50", (50, None, None)),
        ("approximately 50", (50, None, None)),
        ("nearly 50", (50, None, 50)),
        ("almost 50", (50, None, 50)),
        ("about 20-30", (20, 20, 30)),
        # vague words: ACLED best, honest low/high, low <= best <= high
        ("a couple of", (2, 2, 3)),
        ("a few", (3, 2, 5)),
        ("a handful", (3, 2, 6)),
        ("several", (10, 3, None)),
        ("many", (10, 3, None)),
        ("tens of", (10, 10, None)),
        ("dozens", (12, 12, None)),
        ("scores", (20, 20, None)),
        ("hundreds", (100, 100, None)),
        ("thousands", (1000, 1000, None)),
        ("tens of thousands of", (10000, 10000, None)),
        ("hundreds of thousands of", (100000, 100000, None)),
        ("a few hundred", (300, 200, 500)),
        ("several dozen", (36, 36, 108)),
        ("at least dozens", (12, 12, None)),
        # nobody: an explicit zero
        ("nobody", (0, 0, 0)),
        ("no one", (0, 0, 0)),
        ("none", (0, 0, 0)),
        # with a noun or a casualty phrase after the count
        ("20 guys", (20, 20, 20)),
        ("at least 5 soldiers were killed", (5, 5, None)),
        ("two of them were killed", (2, 2, 2)),
    ],
)
def test_parse_count(phrase: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert parse_count(phrase) == expected


@pytest.mark.parametrize("phrase", ["", "soldiers", "a few days ago", "20 km", "the third line", "a", "some"])
def test_parse_count_rejects_non_counts(phrase: str) -> None:
    assert parse_count(phrase) is None


def test_vague_table_keeps_ucdp_order() -> None:
    for phrase in ["a couple of", "a few", "a handful", "several", "many", "tens of", "dozens", "scores",
                   "hundreds", "thousands", "a few hundred", "several dozen", "about 50", "nearly 50"]:
        best, low, high = parse_count(phrase) or (None, None, None)
        assert best is not None
        assert low is None or low <= best
        assert high is None or best <= high


def test_acled_unspecified_fatalities_constant() -> None:
    assert ACLED_UNSPECIFIED_FATALITIES == 3


# --- find_counts ------------------------------------------------------------------------------


def found(text: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    result = find_counts(text)
    assert all(text[c.start : c.end] == c.text for c in result)
    return [(c.text, c.best, c.low, c.high, c.noun) for c in result]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It fired twice and 20 guys, fuck.", [("20 guys", 20, 20, 20, "guys")]),
        ("two dozen soldiers", [("two dozen soldiers", 24, 24, 24, "soldiers")]),
        ("at least 5 civilians", [("at least 5 civilians", 5, 5, None, "civilians")]),
        ("up to 30 servicemen", [("up to 30 servicemen", None, None, 30, "servicemen")]),
        ("dozens of troops", [("dozens of troops", 12, 12, None, "troops")]),
        ("a few men", [("a few men", 3, 2, 5, "men")]),
        ("20 Russian soldiers", [("20 Russian soldiers", 20, 20, 20, "soldiers")]),
        ("two badly wounded men", [("two badly wounded men", 2, 2, 2, "men")]),
        ("five of his comrades", [("five of his comrades", 5, 5, 5, "comrades")]),
        ("one of the soldiers was killed", [("one of the soldiers", 1, 1, 1, "soldiers")]),
        ("a single soldier", [("a single soldier", 1, 1, 1, "soldier")]),
        ("5 killed and 12 wounded", [("5 killed", 5, 5, 5, "killed"), ("12 wounded", 12, 12, 12, "wounded")]),
        ("300,000 troops", [("300,000 troops", 300000, 300000, 300000, "troops")]),
        ("hundreds of thousands of children",
         [("hundreds of thousands of children", 100000, 100000, None, "children")]),
        ("the 1435th regiment lost 20 guys", [("20 guys", 20, 20, 20, "guys")]),
        ("In Bakhmut, 20 soldiers were killed", [("20 soldiers", 20, 20, 20, "soldiers")]),
    ],
)
def test_find_counts_with_nouns(text: str, expected: list[tuple[str, int, int, int | None, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed 3 and injured 7.", [("3", 3, 3, 3, None), ("7", 7, 7, 7, None)]),
        ("Two of them were killed.", [("Two", 2, 2, 2, None)]),
        ("the death toll rose to 14", [("14", 14, 14, 14, None)]),
        ("killing 20 and wounding at least 35",
         [("20", 20, 20, 20, None), ("at least 35", 35, 35, None, None)]),
    ],
)
def test_find_counts_from_casualty_context(
    text: str, expected: list[tuple[str, int, int, int | None, None]]
) -> None:
    assert found(text) == expected


def test_nobody_was_hurt_is_a_zero_count() -> None:
    assert found("No one was hurt.") == [("No one", 0, 0, 0, None)]
    assert found("Nobody was killed in the attack.") == [("Nobody", 0, 0, 0, None)]
    assert found("no civilians were injured") == [("no civilians", 0, 0, 0, "civilians")]


@pytest.mark.parametrize(
    "text",
    [
        "no one knows", "There is no longer any front.", "none of that matters",
        "Channel One said one blow hit the third line.",
        "the entire 127th Separate Reconnaissance Brigade",
        "Dmitry Panov, a 30-year-old Muscovite",
        "a five-year-old was killed",
        "aged 25",
        "At 10 a.m. and 22:00 the sirens sounded.",
        "It cost $500 and 1,000 rubles.",
        "Prices rose 20% and 5 per cent.",
        "The column was 20 km long and moved for 3 hours.",
        "under Article 337 of the Criminal Code, in military unit 1435",
        "the Su-25 and T-72 tanks",
        "in 2022 and since 2014",
        "on 14 March and on March 14",
        "5 drones and 20 tanks",
        "over 100",
        "a few days ago",
        "There are 300,000 of you, basically.",
    ],
)
def test_find_counts_skips_non_counts(text: str) -> None:
    assert found(text) == []


def test_regression_age_trap_roman_moiseyev() -> None:
    assert found("Roman Moiseyev, 25, was mourned by people in Russia's Vladimir region.") == []
    assert found("Roman Moiseyev, 25, was killed.") == []


def test_regression_seed_article_istories() -> None:
    text = (SEEDS / "000_14b05d2eaddac4df.txt").read_text(encoding="utf-8")
    counts: list[CountExpr] = find_counts(text)
    assert [(c.text, c.best, c.noun) for c in counts] == [
        ("20 people", 20, "people"), ("20 guys", 20, "guys"), ("many guys", 10, "guys")]


def test_regression_month_then_count_is_a_count() -> None:
    assert found("In May 20 soldiers were killed.") == [("20 soldiers", 20, 20, 20, "soldiers")]
    assert found("on May 9 the parade") == []


def test_a_toll_before_a_colon_is_a_count_but_a_label_is_not() -> None:
    assert [c.best for c in find_counts("Tram shelling kills 8: mayor")] == [8]
    assert find_counts("Part 3: the soldiers") == []


def test_protesters_and_students_are_counted_people() -> None:
    assert [(c.best, c.noun) for c in find_counts("Dozens of students gathered outside")] == [(12, "students")]
    assert [c.best for c in find_counts("police detained 40 protesters")] == [40]
