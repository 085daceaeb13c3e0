"""`warlog train ner --lang uk DATA` on a tiny brat corpus written for this test (no NER-UK text), the CRF it
trains, the features it sees, and how the pack joins its spans to the rules' mentions."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from warlog.cli import main
from warlog.errors import ConfigError
from warlog.lang.uk import crf, trained
from warlog.lang.uk.features import Featuriser, bio, shape, spans_of, tokenise
from warlog.lang.uk.join import join
from warlog.lang.uk.lexicon import Organisation
from warlog.lang.uk.ner import Mention, Recogniser
from warlog.lang.uk.nlp import UkNlpStage
from warlog.lang.uk.tokens import sentences
from warlog.models import Document, Report
from warlog.pipeline.runner import Pipeline
from warlog.settings import Settings

pytest.importorskip("pycrfsuite")  # the `train` extra; the test install (make install-test) has it

_SENTENCES = [
    ("Олена Коваль приїхала до Полтави .", [("Олена Коваль", "PERS"), ("Полтави", "LOC")]),
    ("Компанія « Зерносвіт » відкрила склад у Черкасах .", [("Зерносвіт", "ORG"), ("Черкасах", "LOC")]),
    ("Петро Ткачук очолив Товариство « Світанок » .", [("Петро Ткачук", "PERS"), ("Світанок", "ORG")]),
]
_PLACES = {"Полтава", "Черкаси"}


def _rules() -> Recogniser:
    return Recogniser(lambda name: name in _PLACES)


def _write_corpus(folder: Path) -> None:
    sub = folder / "mine"
    sub.mkdir(parents=True)
    for n in range(6):
        text, ents = _SENTENCES[n % len(_SENTENCES)]
        lines = []
        for k, (surface, label) in enumerate(ents, 1):
            start = text.index(surface)
            lines.append(f"T{k}\t{label}\t{start}\t{start + len(surface)}\t{surface}")
        lines.append(f"T9\tDATE\t0\t5\t{text[:5]}")  # other NER-UK types are left out
        (sub / f"d{n}.txt").write_text(text, encoding="utf-8")
        (sub / f"d{n}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_read_brat_keeps_people_places_and_organisations(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    docs = trained.read_brat(tmp_path)
    assert len(docs) == 6
    assert {label for d in docs for _, _, label in d.spans} == {"PERS", "LOC", "ORG"}


def test_tokens_keep_punctuation_marks_and_follow_sentences() -> None:
    text = "Ігор Сало прибув.\nУ «Зорі» — свято!"
    sents = tokenise(text, sentences(text))
    assert [[t.text for t in s] for s in sents] == [["Ігор", "Сало", "прибув", "."],
                                                  ["У", "«", "Зорі", "»", "—", "свято", "!"]]
    assert all(text[t.start:t.end] == t.text for s in sents for t in s)


def test_bio_tags_round_trip_to_spans_and_the_longer_of_nested_spans_wins() -> None:
    text = "Рада міста Ромни зібралась"
    toks = tokenise(text, sentences(text))[0]
    tags = bio(toks, [(0, 16, "ORG"), (11, 16, "LOC")])
    assert tags == ["B-ORG", "I-ORG", "I-ORG", "O"]
    assert spans_of(toks, tags) == [(0, 16, "ORG")]
    # a stray I- after O starts a mention; a type change ends one
    assert spans_of(toks, ["I-LOC", "B-PERS", "I-ORG", "O"]) == [(0, 4, "LOC"), (5, 10, "PERS"), (11, 16, "ORG")]


def test_word_shape_collapses_runs() -> None:
    assert (shape("Київ"), shape("ЗСУ"), shape("155-ї"), shape("")) == ("Xx", "X", "d-x", "")


def test_features_carry_the_rules_mentions_the_gazetteer_and_the_neighbours() -> None:
    text = "Олена Коваль приїхала до Полтави."
    doc = Featuriser(_rules()).document(text, sentences(text))
    feats = {t.text: f for t, f in zip(doc.sentences[0], doc.features[0], strict=True)}
    assert "rule=B-PERSON" in feats["Олена"] and "rule=I-PERSON" in feats["Коваль"]
    assert "rule=B-PLACE" in feats["Полтави"] and "gaz=1" in feats["Полтави"]
    assert "set=locative" in feats["до"] and "-1set=locative" in feats["Полтави"]
    assert "first=1" in feats["Олена"] and "-1edge" in feats["Олена"]
    assert any(f.startswith("g=") for f in feats["Олена"])  # pymorphy3 knows the first name (uk extra)


def test_crf_learns_the_fixture_and_tags_it_back(tmp_path: Path) -> None:
    _write_corpus(tmp_path / "data")
    docs = trained.read_brat(tmp_path / "data")
    out = trained.train(docs, tmp_path / "model", _rules(), max_iterations=50, log=lambda line: None)
    assert crf.is_model(out) and json.loads((out / crf.META_FILE).read_text())["format"] == crf.FORMAT
    text, ents = _SENTENCES[2]
    found = trained.WithModel(_rules(), crf.Tagger(out)).both(text, sentences(text))[1]
    assert {(text[a:b], t) for a, b, t in found} == set(ents)


def test_a_model_of_another_format_is_refused(tmp_path: Path) -> None:
    (tmp_path / crf.MODEL_FILE).write_bytes(b"")
    (tmp_path / crf.META_FILE).write_text('{"format": "spacy"}')
    with pytest.raises(ConfigError, match="train it again"):
        crf.Tagger(tmp_path)


def test_join_uses_the_rule_mention_of_the_same_span() -> None:
    text = "Олена Коваль приїхала до Полтави."
    rule = Mention(25, 32, "PLACE", "Полтава")
    got = join(text, [rule], [(25, 32, "LOC"), (0, 12, "PERS")], _rules())
    assert got[1] is rule and (got[0].start, got[0].end, got[0].label) == (0, 12, "PERSON")


def test_join_keeps_a_units_label_and_lexicon_entry_under_a_model_span() -> None:
    text = "Бійці 47-ї бригади Магура тримають позиції"
    unit = Organisation("47 ОМБр", "47th Brigade", "UNIT", False)
    rule = Mention(6, 18, "UNIT", None, unit)
    got = join(text, [rule], [(6, 25, "ORG")], _rules())
    assert [(m.start, m.end, m.label, m.org) for m in got] == [(6, 25, "UNIT", unit)]


def test_join_fills_the_models_gaps_with_lexicon_mentions_only_by_default() -> None:
    text = "Сили оборони і Петро Ткачук"
    lexicon = Mention(0, 12, "ORG", None, Organisation("Сили оборони", "Defence Forces", "ORG", False))
    guess = Mention(15, 27, "PERSON")
    assert join(text, [lexicon, guess], [], _rules()) == [lexicon]
    assert join(text, [lexicon, guess], [], _rules(), fill="all") == [lexicon, guess]
    assert join(text, [lexicon, guess], [], _rules(), fill="none") == []
    # a rule mention overlapping a model span never doubles it
    assert [m.label for m in join(text, [lexicon], [(0, 4, "LOC")], _rules())] == ["PLACE"]


def test_train_ner_writes_a_model_the_pack_uses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, out = tmp_path / "data", tmp_path / "model"
    _write_corpus(data)
    result = CliRunner().invoke(main, ["train", "ner", "--lang", "uk", str(data), "--out", str(out),
                                       "--iterations", "30"])
    assert result.exit_code == 0, result.output
    assert "6 documents" in result.output and crf.is_model(out)
    monkeypatch.setenv("WARLOG_UK_NER_MODEL", str(out))
    settings = Settings.from_env()
    assert trained.model_path(settings) == out
    pipeline = Pipeline(settings=settings)
    report = pipeline.run(Report(document=Document(id="m", text="Олена Коваль приїхала до Полтави.",
                                                   language="uk", published=date(2025, 5, 1))))
    stages = pipeline.stages_for("uk") or []
    nlp = next(stage for info, stage in stages if info.name == "nlp")
    assert isinstance(nlp, UkNlpStage) and isinstance(nlp.recogniser(), trained.WithModel)
    text = report.document.text
    assert all(text[e.start:e.end] == e.text for e in report.entities)
    assert ("Олена Коваль", "PERSON") in {(e.text, e.label) for e in report.entities}


def test_missing_model_setting_says_how_to_train_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="warlog train ner"):
        trained.model_path(Settings(uk_ner_model=tmp_path / "nothing"))


def test_a_model_trained_with_the_morphology_dictionary_is_refused_without_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / crf.MODEL_FILE).write_bytes(b"")
    (tmp_path / crf.META_FILE).write_text(json.dumps({"format": crf.FORMAT, "morphology": True}))
    monkeypatch.setattr(crf.morph, "available", lambda: False)
    with pytest.raises(ConfigError, match="trained with pymorphy3-dicts-uk"):
        crf.Tagger(tmp_path)


def test_join_keeps_the_resolvable_city_inside_a_district_phrase_the_model_tags_whole() -> None:
    text = "Після обстрілу Шевченківського району Полтави загинула жінка."
    rules = _rules()
    inner = next(m for m in rules.find(text, sentences(text)) if m.label == "PLACE")
    assert text[inner.start:inner.end] == "Полтави"
    start = text.index("Шевченківського")
    got = join(text, [inner], [(start, inner.end, "LOC")], rules)
    assert got == [inner]
    # a phrase the gazetteer resolves as a whole stays whole
    got = join("Вибухи у Полтаві", [], [(9, 16, "LOC")], rules)
    assert [(m.start, m.end, m.lemma) for m in got] == [(9, 16, "Полтава")]
