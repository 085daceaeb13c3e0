"""`warlog train ner --lang uk DATA` on a tiny brat corpus written for this test (no NER-UK text), and the pack
using the model it writes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from warlog.cli import main
from warlog.errors import ConfigError
from warlog.lang.uk import trained
from warlog.lang.uk.nlp import UkNlpStage
from warlog.models import Document, Report
from warlog.pipeline.runner import Pipeline
from warlog.settings import Settings

_SENTENCES = [
    ("Олена Коваль приїхала до Полтави .", [("Олена Коваль", "PERS"), ("Полтави", "LOC")]),
    ("Компанія « Зерносвіт » відкрила склад у Черкасах .", [("Зерносвіт", "ORG"), ("Черкасах", "LOC")]),
    ("Петро Ткачук очолив Товариство « Світанок » .", [("Петро Ткачук", "PERS"), ("Світанок", "ORG")]),
]


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


def test_pack_tokenizer_round_trips_the_text() -> None:
    nlp = trained.blank()
    for text in ("  У Херсоні  загинули двоє.\n\nЩе «троє» — поранені ", "", "а"):
        assert nlp.make_doc(text).text == text


def test_train_ner_writes_a_model_the_pack_uses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, out = tmp_path / "data", tmp_path / "model"
    _write_corpus(data)
    result = CliRunner().invoke(main, ["train", "ner", "--lang", "uk", str(data), "--out", str(out),
                                       "--epochs", "2"])
    assert result.exit_code == 0, result.output
    assert "6 documents" in result.output and (out / "config.cfg").exists()
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


def test_missing_model_setting_says_how_to_train_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="warlog train ner"):
        trained.model_path(Settings(uk_ner_model=tmp_path / "nothing"))
