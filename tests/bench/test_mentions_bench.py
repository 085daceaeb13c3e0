"""benchmarks.mentions: the label mapping and the sentence-level scoring."""

from __future__ import annotations

from benchmarks.case2021 import CASE_ACLED
from benchmarks.mentions import CASE_TO_WARLOG, Guess, Item, score

from warlog.incidents.lexicon import taxonomy


def test_every_case_acled_label_maps_to_a_warlog_type():
    types = set(taxonomy())
    for label in CASE_ACLED:
        assert CASE_TO_WARLOG[label] in types, label


def test_typed_f1_needs_the_right_type_and_false_events_cost_precision():
    items = [Item("en", "a", 1, ("strike",)), Item("en", "b", 1, ("protest",)), Item("en", "c", 0),
             Item("en", "d", 1, ("arrest_or_detention",))]
    guesses = [Guess(True, "strike"), Guess(True, "strike"), Guess(True, "other"), Guess(False, None)]
    s = score(items, guesses)
    assert (s["precision"], s["recall"]) == (round(2 / 3, 3), round(2 / 3, 3))
    assert s["typed_recall"] == round(1 / 3, 3) and s["false_events"] == 1
