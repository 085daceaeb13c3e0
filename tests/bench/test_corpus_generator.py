"""The benchmark corpus generator: deterministic, varied, readable by warlog, with reprints and boilerplate."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from benchmarks.corpus import PLACES, generate, write_jsonl

from warlog.api import fingerprint, make_document
from warlog.stages.clean import load_rules
from warlog.stages.ingest import RawInput, iter_inputs
from warlog.text.fingerprint import jaccard


def test_same_seed_same_records_other_seed_other_records() -> None:
    assert generate(60, seed=7) == generate(60, seed=7)
    assert generate(60, seed=7) != generate(60, seed=8)
    assert generate(30, seed=7) == generate(60, seed=7)[:30]  # a prefix does not depend on n
    assert generate(0) == []


def test_records_are_complete_and_marked_synthetic() -> None:
    for record in generate(200, seed=1):
        assert set(record) == {"text", "title", "outlet", "url", "published", "synthetic"}
        assert record["synthetic"] is True
        assert str(record["title"]).endswith(" [synthetic]")
        assert str(record["url"]).startswith("https://example.org/")
        assert re.fullmatch(r"20(2[2-6])-\d\d-\d\d", str(record["published"]))
        words = len(str(record["text"]).split())
        assert 100 <= words <= 700, words
        assert "{" not in str(record["text"]) and "}" not in str(record["text"]), "an unfilled template field"


def test_varied_incidents_and_real_places() -> None:
    records = generate(300, seed=2)
    texts = [str(r["text"]) for r in records]
    places = Counter(name for name, _, _ in PLACES for t in texts if name in t)
    assert len(places) >= 30
    assert all(any(name in t for name, _, _ in PLACES) for t in texts)
    cues = {"friendly fire": r"own (?:side's )?(?:drones|artillery|mortar)|by their own artillery",
            "strike": r"strike|struck|shelled|drone attack", "refusal": r"refus|laid down their arms",
            "abandonment": r"abandoned|without (?:orders|command)|left without", "clash": r"fighting|clashed|battles"}
    for kind, cue in cues.items():
        assert sum(bool(re.search(cue, t)) for t in texts) >= 15, kind
    assert len({r["outlet"] for r in records}) >= 10
    assert len(set(texts)) > 0.9 * len(texts)


def test_reprints_are_exact_or_near_duplicates() -> None:
    records = generate(400, seed=3)
    hashes = Counter(fingerprint(str(r["text"])).content_hash for r in records)
    exact = sum(n - 1 for n in hashes.values())
    assert exact >= 3
    reprints = [r for r in records if str(r["text"]).split("\n\n")[-2].startswith(
        ("This story was first published", "Republished with permission", "Originally reported by"))]
    assert len(reprints) >= 10
    shingle_sets = {i: fingerprint(str(r["text"])).shingles for i, r in enumerate(records)}
    for reprint in reprints:
        mine = fingerprint(str(reprint["text"])).shingles
        best = max(jaccard(set(mine), set(other)) for other in shingle_sets.values() if other != mine)
        assert best >= 0.75, best


def test_warlog_reads_every_record_and_cleans_the_boilerplate(tmp_path: Path) -> None:
    records = generate(120, seed=4)
    path = write_jsonl(records, tmp_path / "corpus.jsonl")
    items = list(iter_inputs([path], 5_000_000))
    assert len(items) == 120 and all(isinstance(i, RawInput) for i in items)
    rules = load_rules(None)
    with_boilerplate = 0
    for item in items:
        assert isinstance(item, RawInput)
        assert item.meta["synthetic"] == "true" and item.meta["outlet"]
        text = make_document(item, rules).text
        # The lines data/boilerplate.toml covers. (It misses "Support independent journalism: donate today."
        # and "Subscribe to X so you don't miss new videos.", which the generator also writes, as real feeds do.)
        boilerplate = re.search(r"(?m)^(?:Follow .* on Telegram.*|Sign up for the .*|Please support our reporting.*|"
                                r"© .*)$", item.body)
        if boilerplate:
            with_boilerplate += 1
            assert boilerplate[0] not in text
    assert with_boilerplate >= 30
