"""benchmarks.ner_uk: its k-fold mode on a tiny brat corpus written for this test (no NER-UK text)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from benchmarks import ner_uk

pytest.importorskip("pycrfsuite")

_DOCS = [
    ("Олена Коваль приїхала до Полтави .", [("Олена Коваль", "PERS"), ("Полтави", "LOC")]),
    ("Петро Ткачук очолив Товариство « Світанок » .", [("Петро Ткачук", "PERS"), ("Світанок", "ORG")]),
    ("Ірина Мельник повернулася до Полтави .", [("Ірина Мельник", "PERS"), ("Полтави", "LOC")]),
    ("Андрій Бойко працює в Товаристві « Світанок » .", [("Андрій Бойко", "PERS"), ("Світанок", "ORG")]),
]


def _write(folder: Path, docs: list[tuple[str, list[tuple[str, str]]]]) -> None:
    folder.mkdir(parents=True)
    for n, (text, ents) in enumerate(docs):
        lines = [f"T{k}\t{label}\t{text.index(s)}\t{text.index(s) + len(s)}\t{s}"
                 for k, (s, label) in enumerate(ents, 1)]
        (folder / f"d{n}.txt").write_text(text, encoding="utf-8")
        (folder / f"d{n}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_gold_reads_ner_uk_columns_and_skips_other_types(tmp_path: Path) -> None:
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tPERS\t0\t5\tОлена\nT2\tMISC\t6\t9\tабв\nT3\tLOC\t0 2;3 5\tx\n", encoding="utf-8")
    assert ner_uk.gold(ann) == [(0, 5, "PERS")]


def test_cross_validation_scores_every_dev_document_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "dev", _DOCS)
    _write(tmp_path / "extra", [("Марія Шевчук приїхала до Полтави .", [("Марія Шевчук", "PERS"),
                                                                         ("Полтави", "LOC")])])
    monkeypatch.setattr(sys, "argv", ["ner_uk", "--dev", str(tmp_path / "dev"), "--cv", "2",
                                      "--extra", str(tmp_path / "extra"), "--iterations", "20"])
    assert ner_uk.main() == 0
    out = capsys.readouterr().out
    assert "fold 1/2: trained on 3 documents" in out and "fold 2/2: trained on 3 documents" in out
    assert "2-fold model alone" in out and "2-fold pack (join: lexicon)" in out


def test_cross_validation_refuses_extra_documents_that_are_in_dev(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "dev", _DOCS)
    _write(tmp_path / "extra", _DOCS[:1])
    monkeypatch.setattr(sys, "argv", ["ner_uk", "--dev", str(tmp_path / "dev"), "--cv", "2",
                                      "--extra", str(tmp_path / "extra")])
    assert ner_uk.main() == 1
