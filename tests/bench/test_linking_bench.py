"""The linking benchmarks (issue #6): metrics on hand-made clusters, the UCDP reader, a tiny growth run."""

import csv
import hashlib
import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from benchmarks import corpus
from benchmarks.linking import (
    Headline,
    bcubed,
    close,
    event_parts,
    pairwise,
    parse_sources,
    read_gold,
    select_part,
)
from benchmarks.linking_growth import calendar, corpus_of, format_markdown, generate, measure, report_of

PG_SERVER = os.environ.get("WARLOG_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")  # as pgtest


def test_pairwise_counts_shared_labels():
    gold = {"a": {"1"}, "b": {"1"}, "c": {"2"}, "d": {"2"}}
    system = {"a": {"x"}, "b": {"x"}, "c": {"x"}, "d": set()}
    s = pairwise(system, gold)
    # system pairs ab ac bc; gold pairs ab cd; one hit
    assert (s["system_pairs"], s["gold_pairs"], s["hits"]) == (3, 2, 1)
    assert s["precision"] == pytest.approx(1 / 3, abs=1e-4) and s["recall"] == 0.5


def test_pairwise_overlap_and_empty():
    gold = {"a": {"1", "2"}, "b": {"1"}, "c": {"2"}}  # a headline cited by two events
    assert pairwise({"a": {"x"}, "b": {"x"}, "c": {"y"}}, gold)["recall"] == 0.5
    assert pairwise({}, {"a": {"1"}})["f1"] == 1.0  # nothing to find, nothing proposed


def test_bcubed_partition_matches_the_textbook_example():
    gold = {"a": {"1"}, "b": {"1"}, "c": {"2"}}
    perfect = bcubed({"a": {"x"}, "b": {"x"}, "c": {"y"}}, gold)
    assert perfect["f1"] == 1.0
    merged = bcubed({"a": {"x"}, "b": {"x"}, "c": {"x"}}, gold)
    assert merged["recall"] == 1.0 and merged["precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3, abs=1e-4)
    singles = bcubed({}, gold)  # no label: a singleton each
    assert singles["precision"] == 1.0 and singles["recall"] == pytest.approx((1 / 2 + 1 / 2 + 1) / 3, abs=1e-4)


def test_extended_bcubed_on_overlapping_clusters():
    gold = {"a": {"1", "2"}, "b": {"1", "2"}}
    # the system puts them together once, gold twice: multiplicity recall min(1, 2) / 2 for every pair
    s = bcubed({"a": {"x"}, "b": {"x"}}, gold)
    assert s["precision"] == 1.0 and s["recall"] == 0.5
    assert bcubed({"a": {"x", "y"}, "b": {"x", "y"}}, gold)["f1"] == 1.0


def test_close_is_transitive():
    labels = close([("a", "b"), ("b", "c")], ["a", "b", "c", "d"])
    assert labels["a"] == labels["c"] != labels["d"]


def _cell(*entries: str) -> str:
    return ";".join(f'"{e}"' for e in entries)


ROWS = [
    ("1", _cell("Reuters News,2014-02-20,Two killed in Kiev, police say",
                "Agence France Presse,2014-02-21,Kiev clashes; toll rises")),
    ("2", _cell("Agence France Presse,2014-02-21,Kiev clashes; toll rises", "MemoryBook,2021-04-27,Slavyansk")),
    ("3", _cell("BBC News,2015-01-01,Shelling hits Donetsk market")),
]


def test_reader_parses_quoted_entries_and_shared_headlines(tmp_path: Path):
    assert parse_sources('"Reuters News,2014-02-20,A, b; c"') == [Headline(date(2014, 2, 20), "Reuters News",
                                                                           "A, b; c")]
    path = tmp_path / "dev.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "source_article", "source_headline"])
        writer.writerows([(i, cell, "x") for i, cell in ROWS])
    gold = read_gold(path)
    assert len(gold) == 4
    assert gold[Headline(date(2014, 2, 21), "Agence France Presse", "Kiev clashes; toll rises")] == {"1", "2"}
    parts = event_parts(gold)
    assert parts["1"] == parts["2"]  # events sharing a headline stay in one half
    everything = select_part(gold, "all")
    assert len(select_part(gold, "tune")) + len(select_part(gold, "report")) == len(everything)


def test_growth_generator_matches_corpus_and_builds_reports():
    synthetic = generate(300, seed=3)
    assert [s.record for s in synthetic] == corpus.generate(300, seed=3)
    report = report_of(synthetic[0], 0)
    where = report.incidents[0].where
    assert where is not None and where.lat is not None and report.document.published is not None


def test_corpus_default_calendar_is_unchanged():
    # Other benchmarks and their published figures depend on generate(n, seed) staying byte-identical.
    digest = hashlib.sha256(json.dumps(corpus.generate(200, 0), sort_keys=True).encode()).hexdigest()
    assert digest == "adc1ad26e8fb64e9c7d4163d43b88dcc98ab7929f1a97b69f1ebff7c8afba7ea"
    assert corpus.generate(50, 1, calendar=corpus.CALENDAR) == corpus.generate(50, 1)


def test_density_constant_calendar_grows_with_size():
    assert calendar(1000, 50) == (date(2022, 3, 1), 20) and calendar(10, 0) == corpus.CALENDAR
    synthetic = generate(600, seed=4, per_day=60)
    assert [s.record for s in synthetic] == corpus.generate(600, seed=4, calendar=calendar(600, 60))
    days = [date.fromisoformat(str(s.record["published"])) for s in synthetic]
    # Originals within the 10-day span; follow-ups (3-12 days after an event 1-12 days before its first
    # report) and their reprints a little around it.
    start = date(2022, 3, 1)
    assert start - timedelta(days=12) <= min(days) and max(days) <= start + timedelta(days=10 + 15)
    spread = [date.fromisoformat(str(r["published"])) for r in corpus.generate(600, seed=4)]
    assert (max(spread) - min(spread)).days > 1000  # the fixed calendar: 2022-2026
    reports, event = corpus_of(600, seed=4, per_day=60)
    published = [r.document.published for r in reports]
    assert published == sorted(published) and set(event) == {r.document.id for r in reports}


@pytest.mark.parametrize("store", ["memory", "sqlite", "postgresql"])
def test_growth_tiny_run(store: str):
    if store == "postgresql" and PG_SERVER == "off":
        pytest.skip("PostgreSQL runs turned off by WARLOG_TEST_POSTGRES=off")
    result = measure(60, store=store, use_embeddings=False, per_day=6, pg_url=PG_SERVER)
    assert result["reports"] == 60 and result["link_s"] >= 0 and result["peak_mb"] > 0 and result["days"] == 10
    assert 0 < result["canonical"] <= 60 and result["pairwise"]["recall"] > 0.5
    if store != "memory":  # exact reprints are sightings of the stored original, scored with it
        assert result["stored"] + result["duplicates_seen"] == 60 and result["write_s"] >= 0
    assert result["checkpoints"] and result["checkpoints"][-1][0] <= result["linked"]


def test_growth_markdown_row():
    row = {"reports": 1000, "store": "sqlite", "embeddings": False, "per_day": 60.0, "days": 17,
           "fingerprint_s": 0.9, "write_s": 0.4, "linked": 930, "link_s": 4.7, "ms_per_report": 5.05,
           "embed_ms_per_report": None, "peak_mb": 198.1, "before_link_mb": 177.8, "canonical": 445,
           "events": 887, "largest_cluster": 11, "pairwise": {"precision": 0.5, "recall": 1.0, "f1": 0.6667}}
    assert "| 1,000 | sqlite | off | 60 (17) | 0.9 | 0.4 (0.40) | 930 | 4.7 (5.05) | – | 6.00 | 198 (178) |" in (
        format_markdown([row]))
