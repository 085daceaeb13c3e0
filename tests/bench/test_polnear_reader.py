"""The PolNeAR reader on a tiny brat split written for the test (no PolNeAR text is copied)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.polnear import parse_ann, read_split

from warlog.errors import ConfigError

TEXT = (
    "Bridge closed\n"
    "Officials said the bridge was closed. “We have no choice,” Mayor Petrenko said. “The river is rising.”\n"
    "The agency believes the repairs will take weeks.\n"
)


def at(fragment: str, nth: int = 0) -> str:
    """``start end`` of the nth occurrence of fragment in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(fragment, start + 1)
    return f"{start} {start + len(fragment)}"


def first_annotator() -> str:
    quote_a, quote_b = at("“We have no choice,”"), at("“The river is rising.”")
    lines = [
        f"T1\tSource {at('Officials')}\tOfficials",
        f"T2\tCue {at('said')}\tsaid",
        f"T3\tContent {at('the bridge was closed')}\tthe bridge was closed",
        f"T4\tAttribution {at('said')}\tsaid",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        # one content made of two ';'-separated fragments, plus a second content T (Content2)
        f"T5\tContent {quote_a};{quote_b}\t“We have no choice,” “The river",
        "is rising.”",  # a span text running over a line break: a continuation line
        f"T6\tSource {at('Mayor Petrenko')}\tMayor Petrenko",
        f"T7\tCue {at('said', 1)}\tsaid",
        f"T8\tAttribution {at('said', 1)}\tsaid",
        f"T9\tContent {at('Bridge closed')}\tBridge closed",
        "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5 Content2:T9",
        f"T10\tCue {at('believes')}\tbelieves",
        f"T11\tContent {at('the repairs will take weeks')}\tthe repairs will take weeks",
        f"T12\tAttribution {at('believes')}\tbelieves",
        "E3\tAttribution-no-source:T12 Cue:T10 Content:T11",
        "T13\tAttribution 0 6\tBridge",
        "E4\tAttribution-no-source:T13 ",  # no content: dropped
        f"T14\tDiscard {at('The agency')}\tThe agency",
        "#1\tAnnotatorNotes T3\tshould the headline count?",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def split(tmp_path: Path) -> Path:
    root = tmp_path / "dev"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "kyiv_2024-01-02_bridge-closed.txt").write_text(TEXT, encoding="utf-8", newline="")
    (root / "text" / "kyiv_2024-01-03_unannotated.txt").write_text("No annotations here.\n", encoding="utf-8")
    ann = root / "attributions"
    (ann / "kyiv_2024-01-02_bridge-closed_b7e1.ann").write_text(first_annotator(), encoding="utf-8")
    # a second annotator of the same text: must not be counted again
    second = f"T1\tCue {at('said')}\tsaid\nT2\tContent {at('the bridge was closed')}\tx\nE1\tAttribution:T1 Cue:T1 " \
             "Content:T2\n"
    (ann / "kyiv_2024-01-02_bridge-closed_f3a0.ann").write_text(second, encoding="utf-8")
    return root


def spans(fragments: tuple[tuple[int, int], ...]) -> list[str]:
    return [TEXT[s:e] for s, e in fragments]


def test_reads_one_text_with_the_first_annotator_only(split: Path) -> None:
    docs = list(read_split(split))
    assert [d.name for d in docs] == ["kyiv_2024-01-02_bridge-closed"]  # unannotated text skipped
    doc = docs[0]
    assert doc.text == TEXT
    assert doc.annotator == "b7e1"
    assert doc.ignored == ("kyiv_2024-01-02_bridge-closed_f3a0.ann",)
    assert len(doc.attributions) == 3
    assert doc.dropped == 1


def test_discontinuous_content_from_semicolons_and_numbered_roles(split: Path) -> None:
    first, quote, belief = next(read_split(split)).attributions
    assert spans(first.sources) == ["Officials"] and spans(first.cues) == ["said"]
    assert spans(first.contents) == ["the bridge was closed"]
    # ';' pairs and the Content2 span, in text order
    assert spans(quote.contents) == ["Bridge closed", "“We have no choice,”", "“The river is rising.”"]
    assert spans(quote.sources) == ["Mayor Petrenko"]
    assert belief.sources == () and spans(belief.cues) == ["believes"]


def test_continuation_lines_and_notes_are_not_spans() -> None:
    attributions, dropped = parse_ann(first_annotator())
    assert [a.id for a in attributions] == ["E1", "E2", "E3"]
    assert dropped == 1


def test_limit_and_missing_directories(split: Path, tmp_path: Path) -> None:
    assert list(read_split(split, limit=0)) == []
    with pytest.raises(ConfigError, match="not a PolNeAR split"):
        list(read_split(tmp_path / "nowhere"))
