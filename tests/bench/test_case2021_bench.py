"""CASE 2021 benchmark: the metrics on hand-made labels, the mapping, the split and the runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.case2021 import (
    ACLED_TO_CASE,
    CASE_ACLED,
    NONE,
    confusion,
    first_label,
    read_dev,
    run,
    score,
    top_confusions,
)
from benchmarks.splits import part_of, select

from warlog.errors import ConfigError
from warlog.models import Acled, Document, Incident, Report, Span


def test_mapping_covers_the_25_acled_labels_of_case():
    assert len(CASE_ACLED) == 25 and len(set(ACLED_TO_CASE)) == 25
    assert ACLED_TO_CASE["Shelling/artillery/missile attack"] == "ART_MISS_ATTACK"
    assert ACLED_TO_CASE["Non-violent transfer of territory"] == "NON_VIOL_TERRIT_TRANSFER"
    assert "NATURAL_DISASTER" not in CASE_ACLED


def test_every_acled_sub_event_of_the_taxonomy_has_a_case_label():
    from warlog.incidents.lexicon import taxonomy

    for name, info in taxonomy().items():
        if info.acled:
            assert info.acled[1] in ACLED_TO_CASE, name


def test_micro_and_macro_f1_by_hand():
    gold = ["ARREST", "ARREST", "AIR_STRIKE", "GRENADE", "NATURAL_DISASTER", "GRENADE"]
    pred = ["ARREST", None, "ART_MISS_ATTACK", "GRENADE", "ARREST", "GRENADE"]
    result = score(gold, pred)
    # ARREST tp 1 fp 1 fn 1; AIR_STRIKE fn 1; ART_MISS_ATTACK fp 1; GRENADE tp 2.
    # micro: tp 3, fp 2, fn 2 -> P 3/5, R 3/5, F1 0.6
    assert result["micro"] == {"precision": 0.6, "recall": 0.6, "f1": 0.6}
    # macro over labels with gold: ARREST 0.5, AIR_STRIKE 0, GRENADE 1 -> 0.5
    assert result["macro_labels"] == 3
    assert result["macro_f1"] == 0.5
    assert result["per_label"]["ART_MISS_ATTACK"] == {"support": 0, "predicted": 1, "tp": 0, "precision": 0.0,
                                                      "recall": 0.0, "f1": 0.0}


def test_a_label_outside_the_25_only_costs_precision():
    result = score(["NATURAL_DISASTER", "DIPLO"], [None, "AGREEMENT"])
    assert result["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert result["macro_labels"] == 0 and result["macro_f1"] == 0.0
    assert score(["NATURAL_DISASTER"], [None])["per_label"]["AGREEMENT"]["predicted"] == 0


def test_score_needs_aligned_lists():
    with pytest.raises(ValueError):
        score(["ARREST"], [])


def test_confusions_leave_out_correct_abstentions():
    gold = ["AIR_STRIKE", "AIR_STRIKE", "AIR_STRIKE", "DIPLO", "DIPLO", "ARREST"]
    pred = ["ART_MISS_ATTACK", "ART_MISS_ATTACK", None, None, "AGREEMENT", "ARREST"]
    matrix = confusion(gold, pred)
    assert matrix["AIR_STRIKE"] == {"ART_MISS_ATTACK": 2, NONE: 1}
    assert top_confusions(matrix) == [("AIR_STRIKE", "ART_MISS_ATTACK", 2), ("AIR_STRIKE", NONE, 1),
                                      ("DIPLO", "AGREEMENT", 1)]


def _report(*incidents: tuple[int, str | None]) -> Report:
    text = "x" * 100
    doc = Document(id="d", text=text)
    found = [Incident(id=f"i{n}", type="strike", summary="", evidence=[Span(start=s, end=s + 5, text=text[s:s + 5])],
                      acled=Acled(event_type="Explosions/Remote violence", sub_event_type=sub) if sub else None)
             for n, (s, sub) in enumerate(incidents)]
    return Report(document=doc, incidents=found)


def test_the_first_incident_in_the_text_gives_the_label():
    report = _report((40, "Armed clash"), (10, "Air/drone strike"))
    assert first_label(report) == "AIR_STRIKE"
    assert first_label(_report()) is None
    assert first_label(_report((0, None), (50, "Arrests"))) is None  # first incident has no ACLED mapping


def test_split_is_deterministic_disjoint_and_about_half():
    ids = [str(i) for i in range(2000)]
    tune = select(ids, "case2021", "tune", key=str)
    report = select(ids, "case2021", "report", key=str)
    assert tune == select(list(reversed(ids)), "case2021", "tune", key=str)[::-1]  # order-independent
    assert not set(tune) & set(report) and set(tune) | set(report) == set(ids)
    assert 900 < len(tune) < 1100
    assert select(ids, "case2021", "all", key=str) == ids
    assert part_of("case2021", "7") == part_of("case2021", "7")
    with pytest.raises(ConfigError):
        select(ids, "case2021", "test", key=str)


def test_run_scores_a_tiny_dev_file(tmp_path: Path):
    dev = tmp_path / "dev.tsv"
    rows = [("1", "Jets bombed a depot.", "AIR_STRIKE"), ("2", "Police arrested ten people.", "ARREST"),
            ("3", "A flood hit the valley.", "NATURAL_DISASTER"), ("4", "Talks resumed.", "DIPLO")]
    dev.write_text("id\tEventSnippet\tSubType\n" + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in rows), encoding="utf-8")
    assert [s.gold for s in read_dev(dev)] == ["AIR_STRIKE", "ARREST", "NATURAL_DISASTER", "DIPLO"]
    answers = {"Jets bombed a depot.": "AIR_STRIKE", "Police arrested ten people.": None,
               "A flood hit the valley.": "ARREST", "Talks resumed.": None}
    result = run(dev, "all", predict=answers.__getitem__)
    assert result["snippets"] == 4 and result["gold_in_scored_labels"] == 2 and result["labelled"] == 2
    assert result["micro"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert result["macro_f1"] == 0.5  # AIR_STRIKE 1.0, ARREST 0.0
