"""Attribution metrics on hand-made spans, with the expected figures worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.attribution import (
    Scorer,
    Tokens,
    format_markdown,
    is_direct,
    merge_continuations,
    pair,
    run,
    warlog_predictor,
)
from benchmarks.polnear import Attribution

# 20 two-letter words: token k covers characters 3k .. 3k+2.
WORDS = "aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp qq rr ss tt"


def tok(first: int, last: int) -> tuple[tuple[int, int], ...]:
    """Characters of tokens first..last (inclusive) as one fragment."""
    return ((3 * first, 3 * last + 2),)


GOLD = [
    Attribution(contents=tok(0, 3), cues=tok(4, 4), sources=tok(5, 6)),
    Attribution(contents=tok(10, 13), cues=tok(14, 14), sources=tok(15, 15)),
]
PREDICTED = [
    Attribution(contents=tok(0, 3), cues=tok(4, 4), sources=tok(5, 5)),  # content and cue exact, source partial
    Attribution(contents=tok(11, 15), cues=tok(16, 16), sources=tok(15, 15)),  # content 3 of 5, wrong cue
    Attribution(contents=tok(18, 19)),  # nothing in gold
]


def scored(predicted: list[Attribution], gold: list[Attribution], text: str = WORDS) -> dict:  # type: ignore[type-arg]
    scorer = Scorer()
    scorer.add(text, predicted, gold)
    return scorer.metrics()


def test_tokens_cover_every_touched_token() -> None:
    tokens = Tokens("He said: “No.”")
    assert sorted(tokens.of(((3, 7),))) == [1]
    assert sorted(tokens.of(((4, 10),))) == [1, 2, 3]  # 'aid: “' touches said, ':' and '“'
    assert tokens.punct == frozenset({2, 3, 5, 6})


def test_exact_versus_overlap_by_hand() -> None:
    m = scored(PREDICTED, GOLD)
    # content: exact TP 1 of 3 predicted, 2 gold -> P 1/3, R 1/2, F1 0.4
    assert m["content exact"] == {"p": 33.3, "r": 50.0, "f1": 40.0}
    # overlap: 4 + 3 shared tokens; 4+5+2 predicted, 4+4 gold -> P 7/11, R 7/8, F1 0.7368
    assert m["content overlap"] == {"p": 63.6, "r": 87.5, "f1": 73.7}
    # cue: P1 exact, P2 wrong; the unpaired P3 has no cue so it counts nowhere
    assert m["cue exact"] == m["cue overlap"] == {"p": 50.0, "r": 50.0, "f1": 50.0}
    # source: P2 exact; P1 shares 1 of gold's 2 tokens -> overlap P 2/2, R 2/3, F1 0.8
    assert m["source exact"] == {"p": 50.0, "r": 50.0, "f1": 50.0}
    assert m["source overlap"] == {"p": 100.0, "r": 66.7, "f1": 80.0}


def test_pairing_is_one_to_one_and_greedy_by_overlap() -> None:
    gold = [frozenset({0, 1, 2, 3}), frozenset({5, 6})]
    predicted = [frozenset({3, 4, 5, 6}), frozenset({0, 1, 2})]
    # (1, 0) shares 3 tokens and goes first; predicted 0 then takes gold 1 (2 tokens), not gold 0 (1 token)
    assert pair(predicted, gold) == [(0, 1), (1, 0)]


def test_a_gold_span_covered_by_two_predictions_counts_once() -> None:
    gold = [Attribution(contents=tok(0, 3))]
    halves = [Attribution(contents=tok(0, 1)), Attribution(contents=tok(2, 3))]
    # Summing over all predicted x gold combinations would give 4 of 4 gold tokens (recall 100).
    assert scored(halves, gold)["content overlap"] == {"p": 50.0, "r": 50.0, "f1": 50.0}
    twins = [Attribution(contents=tok(0, 3)), Attribution(contents=tok(0, 3))]
    assert scored(twins, gold)["content exact"] == {"p": 50.0, "r": 100.0, "f1": 66.7}


def test_punctuation_ignored_exact_match() -> None:
    text = "“We have no choice,” the mayor said."
    gold = [Attribution(contents=((0, 20),), cues=((31, 35),), sources=((21, 30),))]
    predicted = [Attribution(contents=((1, 18),), cues=((31, 35),), sources=((21, 30),))]
    m = scored(predicted, gold, text)
    assert m["content exact"]["f1"] == 0.0
    assert m["content exact, punctuation ignored"]["f1"] == 100.0
    assert m["direct-quote speaker accuracy"] == 100.0


def test_direct_quotes_inside_or_around_the_content() -> None:
    text = "“We go,” he said. She said: ''We stay.'' They said that it was over."
    assert is_direct(text, ((0, 8),))  # marks inside
    assert is_direct(text, ((1, 6),))  # wrapped by marks in the text
    assert is_direct(text, ((28, 40),))  # doubled apostrophes
    assert not is_direct(text, ((56, 68),))


def test_direct_quote_speaker_accuracy_counts_unpaired_as_wrong() -> None:
    text = "“We go,” he said. “We stay,” she said. “Go on,” they said."
    gold = [Attribution(contents=((0, 8),), sources=((9, 11),)), Attribution(contents=((18, 28),), sources=((29, 32),)),
            Attribution(contents=((39, 47),), sources=((48, 52),))]
    predicted = [Attribution(contents=((1, 6),), sources=((9, 11),)),
                 Attribution(contents=((19, 26),), sources=((9, 11),))]
    # first right, second has the wrong speaker, third is missed: 1 of 3
    assert scored(predicted, gold, text)["direct-quote speaker accuracy"] == 33.3


def test_merge_continuations() -> None:
    same_cue = [Attribution(contents=tok(0, 1), cues=tok(2, 2)), Attribution(contents=tok(3, 4), cues=tok(2, 2))]
    assert merge_continuations(same_cue) == [Attribution(contents=tok(0, 1) + tok(3, 4), cues=tok(2, 2))]
    continued = [Attribution(contents=tok(0, 1), cues=tok(2, 2), sources=tok(3, 3)),
                 Attribution(contents=tok(5, 6), sources=tok(3, 3)),
                 Attribution(contents=tok(8, 9), sources=tok(7, 7))]
    merged = merge_continuations(continued)
    assert [a.contents for a in merged] == [tok(0, 1) + tok(5, 6), tok(8, 9)]


def write_split(root: Path) -> Path:
    text = "“We have no choice,” Mayor Petrenko said.\n"
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "a.txt").write_text(text, encoding="utf-8")
    (root / "attributions" / "a_x1.ann").write_text(
        "T1\tContent 0 20\tq\nT2\tSource 21 35\tMayor Petrenko\nT3\tCue 36 40\tsaid\n"
        "E1\tAttribution:T3 Content:T1 Source:T2 Cue:T3\n", encoding="utf-8")
    return root


def test_run_with_an_injected_system_and_the_markdown_table(tmp_path: Path) -> None:
    split = write_split(tmp_path / "dev")
    oracle = [Attribution(contents=((0, 20),), sources=((21, 35),), cues=((36, 40),))]
    result = run(split, systems=("oracle", "silent"),
                 predictors={"oracle": lambda s: lambda text: list(oracle), "silent": lambda s: lambda text: []})
    assert result["documents"] == 1 and result["gold"]["direct_with_source"] == 1
    assert result["systems"]["oracle"]["metrics"]["content exact"]["f1"] == 100.0
    assert result["systems"]["silent"]["metrics"]["source overlap"]["r"] == 0.0
    table = format_markdown(result)
    assert "| content overlap | 100.0 / 100.0 / **100.0** | 0.0 / 0.0 / **0.0** | Citron F1 83.3 |" in table
    assert "| direct-quote speaker accuracy | 100.0 | 0.0 | GGT 86.5–87.4% |" in table


def test_warlog_offsets_point_into_the_raw_text(settings) -> None:  # type: ignore[no-untyped-def]
    text = "Kyiv\n\n“We have no choice,”   Mayor Petrenko said on Monday.\n"
    (quote,) = warlog_predictor(settings)(text)
    assert [text[s:e] for s, e in quote.cues] == ["said"]
    assert "Petrenko" in text[quote.sources[0][0]:quote.sources[0][1]]
    assert text[quote.contents[0][0]:quote.contents[0][1]] == "“We have no choice,”"  # marks kept, as PolNeAR does


def test_textacy_peer_spans(settings) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("textacy", reason="the textacy peer is an optional extra: requirements/bench.txt")
    from benchmarks.attribution import textacy_predictor

    text = "“We have no choice here,” Mayor Petrenko said on Monday."
    (quote,) = textacy_predictor(settings)(text)
    assert [text[s:e] for s, e in quote.contents] == ["“We have no choice here,”"]
    assert [text[s:e] for s, e in quote.cues] == ["said"]
    assert [text[s:e] for s, e in quote.sources] == ["Mayor Petrenko"]


def test_warlog_content_in_polnear_convention_keeps_marks_and_that() -> None:
    from benchmarks.attribution import polnear_content

    text = 'He said that the road was mined. "We ran," she said.'
    assert text[slice(*polnear_content(text, 13, 31, "indirect"))] == "that the road was mined"
    start = text.index("We ran")
    assert text[slice(*polnear_content(text, start, start + 6, "direct"))] == '"We ran,"'
    # a mixed quote is an indirect content holding a quotation: it keeps its "that" too
    assert text[slice(*polnear_content(text, 13, 31, "mixed"))] == "that the road was mined"


def test_polnear_source_keeps_the_comma_that_closes_an_apposition() -> None:
    from benchmarks.attribution import polnear_source

    text = "Olena Marchuk, the deputy mayor, said the bridge held. Olena Marchuk said so too."
    assert text[slice(*polnear_source(text, 0, 31))] == "Olena Marchuk, the deputy mayor,"
    start = text.index("Olena Marchuk said")
    assert polnear_source(text, start, start + 13) == (start, start + 13)
