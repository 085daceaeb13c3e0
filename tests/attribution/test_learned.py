"""The learned attribution model (``warlog train attribution``): the corpus reader, the features, training on a
tiny corpus written for this test (no PolNeAR text), and the stage with and without a model."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from warlog.attribution import crf_model, learned
from warlog.attribution.annotated import parse_ann, read_folder
from warlog.attribution.crf_features import RuleSpans, Table, Tok, bio, runs, span_features, window
from warlog.attribution.learned import Combine, combine, continued, quote_span
from warlog.cli import main
from warlog.errors import ConfigError
from warlog.models import Document, Report
from warlog.pipeline.runner import Pipeline
from warlog.settings import Settings

# (source, cue, content) sentences: "grumbled" is no cue of the rules, so only a model finds it.
_SENTENCES = [
    ("Olena Marchuk", "grumbled", "that the bridge was closed again"),
    ("The harbour master", "grumbled", "that the cranes had stopped"),
    ("Two drivers", "grumbled", "that the fuel ran out at noon"),
    ("A nurse", "grumbled", "that the ward had no heating"),
]
_FILLER = "The weather was cold in the morning. "


def _write_corpus(folder: Path, copies: int = 3) -> None:
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for n in range(copies * len(_SENTENCES)):
        source, cue, content = _SENTENCES[n % len(_SENTENCES)]
        sentence = f"{source} {cue} {content}."
        text = _FILLER + sentence + "\n" + 'The mayor said: "Everything works."\n'
        at = len(_FILLER)
        spans = [("Source", at, at + len(source)), ("Cue", at + len(source) + 1, at + len(source) + 1 + len(cue)),
                 ("Content", at + len(source) + len(cue) + 2, at + len(sentence) - 1)]
        mayor = text.index("The mayor")
        spans += [("Source", mayor, mayor + 9), ("Cue", mayor + 10, mayor + 14),
                  ("Content", text.index('"'), text.rindex('"') + 1)]
        lines = [f"T{k}\t{role} {a} {b}\t{text[a:b]}" for k, (role, a, b) in enumerate(spans, 1)]
        lines += ["E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3", "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6"]
        (folder / "text" / f"t{n:02d}.txt").write_text(text, encoding="utf-8")
        (folder / "attributions" / f"t{n:02d}_aa.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
        # a second annotator's file is not read (the first in name order counts)
        (folder / "attributions" / f"t{n:02d}_zz.ann").write_text("", encoding="utf-8")


def test_parse_ann_joins_roles_and_discontinuous_spans() -> None:
    ann = ("T1\tSource 0 4\tMaya\nT2\tCue 5 9\tsaid\nT3\tContent 10 20;30 40\tsplit\n"
           "\tcontinuation of a long span\n#1\tAnnotatorNotes T1\tnote\n"
           "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\nE2\tAttribution-no-source:T2 Cue:T2\n")
    gold = parse_ann(ann)
    assert len(gold) == 1  # E2 has no content
    assert gold[0].sources == ((0, 4),) and gold[0].cues == ((5, 9),) and gold[0].contents == ((10, 20), (30, 40))


def test_read_folder_takes_the_first_annotator_and_a_slice(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    texts = read_folder(tmp_path)
    assert len(texts) == 12 and all(len(t.attributions) == 2 for t in texts)
    assert [t.name for t in read_folder(tmp_path, skip=10)] == ["t10", "t11"]
    assert [t.name for t in read_folder(tmp_path, skip=1, limit=2)] == ["t01", "t02"]
    with pytest.raises(ConfigError):
        read_folder(tmp_path / "text")


def test_bio_and_runs_round_trip() -> None:
    tags = bio([10, 11, 12, 13, 14, 15], [{11, 12}, {13}, {15}], "C")
    assert tags == ["O", "B-C", "I-C", "B-C", "O", "B-C"]
    assert runs(tags, 10, "C") == [[11, 12], [13], [15]]
    assert runs(["B", "I", "O", "I"], 0) == [[0, 1], [3]]


def _table() -> Table:
    """'Maya said " It works . "' by hand: said is the root, Maya its subject, works its clausal complement."""
    words = [("Maya", "PROPN", "nsubj", 1), ("said", "VERB", "ROOT", 1), ("“", "PUNCT", "punct", 4),
             ("It", "PRON", "nsubj", 4), ("works", "VERB", "ccomp", 1), ("”", "PUNCT", "punct", 4)]
    text = "Maya said “It works”"
    toks, at = [], 0
    for i, (word, pos, dep, head) in enumerate(words):
        at = text.index(word, at)
        toks.append(Tok(at, at + len(word), word.lower(), word.lower(), pos, pos, dep, head, "", 0,
                        0 if i >= 2 else -1, ("rv",) if word == "said" else ()))
        at += len(word)
    return Table(text, toks, [(0, len(words))], [RuleSpans(frozenset({1}), frozenset({0}), frozenset({3, 4}))])


def test_span_features_see_the_cue_relation_and_the_rules() -> None:
    table = _table()
    rows = span_features(table, [1], 0, 6)
    assert "rel=sub:nsubj:1" in rows[0] and "side=b" in rows[0] and "rsrc=True" in rows[0]
    assert "rel=sub:ccomp:1" in rows[4] and "rcon=True" in rows[4] and "q=cue" in rows[4]
    assert "rel=cue" in rows[1] and "side=cue" in rows[1]
    assert window(table, [1]) == (0, 6)


def test_combine_adds_only_cues_the_rules_missed() -> None:
    rules = [RuleSpans(frozenset({1}), frozenset({0}), frozenset({3, 4}))]

    def spans(cue):  # type: ignore[no-untyped-def]
        return crf_model.Found(tuple(cue), (0,), ((8, 9),) if 7 in cue else ())

    joined = combine(rules, [(1,), (7,), (12,)], spans)
    assert joined.keep == [0] and [f.cue for f in joined.new] == [(7,)]  # (12,) has no content
    dropped = combine(rules, [], spans, Combine(drop_unconfirmed=True))
    assert dropped.keep == []


def test_combine_grows_and_widens_the_rules_content() -> None:
    rules = [RuleSpans(frozenset({1}), frozenset({0}), frozenset({3, 4}), "direct")]

    def spans(cue):  # type: ignore[no-untyped-def]
        return crf_model.Found(tuple(cue), (0,), ((2, 3, 4, 5), (9, 10)))

    joined = combine(rules, [], spans, Combine(grow=("direct",), widen=("direct",)))
    assert joined.keep == [0] and joined.grow == {0: [(9, 10)]} and joined.widen == {0: (2, 5)}
    assert combine(rules, [], spans, Combine(grow=("indirect",))).grow == {}  # only the kinds named


def test_medial_cue_the_model_neither_grows_into_another_part_nor_starts_it_with_and() -> None:
    # "Four were killed , officials said , and nine were wounded": tokens 0-2, 3 ",", 4 source, 5 cue, 6 ",",
    # 7 "and", 8-10 the rules' second content; the model tags 6-10 as the cue's content
    rules = [RuleSpans(frozenset({5}), frozenset({4}), frozenset({0, 1, 2}), "indirect"),
             RuleSpans(frozenset({5}), frozenset({4}), frozenset({8, 9, 10}), "indirect")]

    def spans(cue):  # type: ignore[no-untyped-def]
        return crf_model.Found(tuple(cue), (4,), ((6, 7, 8, 9, 10),))

    how = Combine(grow=("indirect",), widen=("indirect",))
    joined = combine(rules, [], spans, how, joiners={3, 6, 7})
    assert joined.grow == {} and joined.widen == {}


def test_widening_stops_at_the_rules_source() -> None:
    # "X reported , citing a source , that the fire spread": 0 X, 1 cue, 2 ",", 3 citing, 4-5 source, 6 ",", 7-10
    rules = [RuleSpans(frozenset({1}), frozenset({4, 5}), frozenset({8, 9, 10}), "indirect")]

    def spans(cue):  # type: ignore[no-untyped-def]
        return crf_model.Found(tuple(cue), (0,), ((3, 4, 5, 6, 7, 8, 9, 10),))

    joined = combine(rules, [], spans, Combine(widen=("indirect",)), joiners={2, 6})
    assert joined.widen == {0: (7, 10)}  # over "that", not over the source and its comma


def test_widening_stops_at_a_cue_only_the_model_found() -> None:
    # "The channel posted the clip with remarks announcing that “the traitor is punished”": 1 posted (the rules'),
    # 2-5 "the clip with remarks", 6 announcing (the model's), 7 that, 8-12 the rules' quote
    rules = [RuleSpans(frozenset({1}), frozenset({0}), frozenset({8, 9, 10, 11, 12}), "direct")]

    def spans(cue):  # type: ignore[no-untyped-def]
        return crf_model.Found(tuple(cue), (0,), ((2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),))

    assert combine(rules, [(6,)], spans, Combine(widen=("direct",))).widen == {0: (7, 12)}


def test_no_new_attribution_around_one_the_rules_made() -> None:
    rules = [RuleSpans(frozenset({5}), frozenset({4}), frozenset({6, 7}), "indirect")]

    def spans(cue):  # type: ignore[no-untyped-def]
        return crf_model.Found(tuple(cue), (0,), ((3, 4, 5, 6, 7),) if 1 in cue else ((12, 13),))

    joined = combine(rules, [(1,), (11,)], spans)
    assert [f.cue for f in joined.new] == [(11,)]
    assert [f.cue for f in combine(rules, [(1,)], spans, Combine(nested=True)).new] == [(1,)]


def _two_sentences() -> Table:
    """'Maya said “We stay.” / “Nobody leaves.”': the second sentence is a quotation that continues the first."""
    words = ["Maya", "said", "“", "We", "stay", ".", "”", "“", "Nobody", "leaves", ".", "”"]
    text = "Maya said “We stay.” “Nobody leaves.”"
    toks, at = [], 0
    for i, word in enumerate(words):
        at = text.index(word, at)
        quote = -1 if i < 2 else (0 if i < 7 else 1)
        toks.append(Tok(at, at + len(word), word.lower(), word.lower(), "X", "X", "dep", 1 if i < 7 else 9,
                        "", 0 if i < 7 else 1, quote, ()))
        at += len(word)
    return Table(text, toks, [(0, 7), (7, 12)], [])


def test_a_quotation_standing_alone_continues_a_quoted_content() -> None:
    table = _two_sentences()
    assert continued(table, [(2, 3, 4, 5, 6)], set()) == [[7, 8, 9, 10, 11]]
    assert continued(table, [(2, 3, 4, 5, 6)], {8}) == []  # another attribution holds it
    assert continued(table, [(0, 1)], set()) == []  # an indirect content is not continued by a quotation


def test_quote_span_in_warlog_convention() -> None:
    text = 'He said “We stay.” She said that it holds.'
    assert quote_span(text, 8, 18) == (9, 17, "direct")
    start, end, kind = quote_span(text, 28, 42)
    assert (text[start:end], kind) == ("it holds.", "indirect")


def _settings(home: Path, model: Path | None = None) -> Settings:
    base = Settings.from_env()
    return Settings(home=home, gazetteer=base.gazetteer_path, attribution_model=model)


_UNSEEN = "Petro Ivanenko grumbled that the depot burned down. The mayor said: “Everything works.”"


def test_without_a_model_the_stage_is_the_rules(tmp_path: Path) -> None:
    pipeline = Pipeline(stages=("nlp", "attribution"), settings=_settings(tmp_path))
    stage = dict((info.name, s) for info, s in pipeline.stages_for("en") or [])["attribution"]
    assert stage.learned is None  # type: ignore[attr-defined]
    report = pipeline.run(Report(document=Document(id="d", text=_UNSEEN, language="en")))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in report.quotes] == [
        ("Everything works.", "a mayor")]


def test_a_missing_configured_model_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        learned.model_path(_settings(tmp_path, tmp_path / "nowhere"))


def test_train_attribution_and_the_stage_uses_the_model(tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")  # the `train` extra; the test install (make install-test) has it
    corpus, out = tmp_path / "corpus", tmp_path / "model"
    _write_corpus(corpus)
    result = CliRunner().invoke(main, ["train", "attribution", "--polnear", str(corpus), "--out", str(out),
                                       "--iterations", "30"],
                                 env={"WARLOG_HOME": str(tmp_path / "home"),
                                      "WARLOG_GAZETTEER": str(Settings.from_env().gazetteer_path)})
    assert result.exit_code == 0, result.output
    assert crf_model.is_model(out) and "12 texts" in result.output
    pipeline = Pipeline(stages=("nlp", "attribution"), settings=_settings(tmp_path / "home", out))
    report = pipeline.run(Report(document=Document(id="d", text=_UNSEEN, language="en")))
    found = {q.cue.text if q.cue else None: q for q in report.quotes}
    assert "grumbled" in found, [(q.text, q.cue) for q in report.quotes]
    assert found["grumbled"].text == "the depot burned down"
    assert found["grumbled"].speaker is not None and found["grumbled"].speaker.text == "Petro Ivanenko"
    assert found["said"].text == "Everything works."  # the rules' quote stays as it was
