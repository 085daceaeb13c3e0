"""warlog's spans in PolNeAR's conventions (benchmarks/attribution.py): only offsets move, never which words."""

from types import SimpleNamespace

from benchmarks.attribution import without_cue


def test_content_holding_its_cue_leaves_the_cue_out() -> None:
    text = "The council is expected to approve the plan."
    cue = SimpleNamespace(start=text.index("is expected"), end=text.index(" to approve"))
    parts = without_cue(text, (0, len(text) - 1), cue)
    assert [text[a:b] for a, b in parts] == ["The council", "to approve the plan"]


def test_content_beside_its_cue_is_unchanged() -> None:
    text = "He said the plan was late."
    cue = SimpleNamespace(start=3, end=7)
    assert without_cue(text, (8, 25), cue) == ((8, 25),)
    assert without_cue(text, (8, 25), None) == ((8, 25),)
