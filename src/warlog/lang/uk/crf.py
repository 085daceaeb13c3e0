"""A CRF tagger for Ukrainian PERS/LOC/ORG that the user trains locally (``warlog train ner --lang uk DATA``).

python-crfsuite (the optional ``train`` extra) over ``features.py``: linear-chain CRF, L-BFGS with L1 and L2
penalties, BIO tags per sentence. It trains in minutes on NER-UK on one CPU and tags fast, and it takes the rule
recogniser's mentions as features, so it learns where the rules are right. A model is a folder with
``crf.model`` (crfsuite's binary) and ``meta.json``; nothing trained ships with warlog.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ...errors import ConfigError
from . import morph
from .features import Document, bio, spans_of

MODEL_FILE = "crf.model"
META_FILE = "meta.json"
FORMAT = "warlog-uk-crf/1"
# NER-UK's types and the pack's labels for them.
LABELS = {"PERS": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
# Set once before the first run, not tuned; the 5-fold cross-validated F1 they give is in BENCHMARKS.md.
DEFAULTS: dict[str, Any] = {"c1": 0.05, "c2": 0.05, "max_iterations": 150}


def _crfsuite() -> Any:
    try:
        import pycrfsuite
    except ImportError:
        raise ConfigError("training or using a Ukrainian NER model needs python-crfsuite: "
                          "pip install 'warlog[train]'") from None
    return pycrfsuite


def is_model(path: Path) -> bool:
    return (path / MODEL_FILE).exists() and (path / META_FILE).exists()


def train(docs: Iterable[tuple[Document, list[tuple[int, int, str]]]], out: Path, *, c1: float = DEFAULTS["c1"],
          c2: float = DEFAULTS["c2"], max_iterations: int = DEFAULTS["max_iterations"],
          log: Callable[[str], None] = print) -> Path:
    """Train on featurised documents with their gold (start, end, NER-UK type) spans; write the model to ``out``."""
    crfsuite = _crfsuite()
    trainer = crfsuite.Trainer(verbose=False)
    sentences = 0
    for doc, gold in docs:
        wanted = [(a, b, t) for a, b, t in gold if t in LABELS]
        for toks, feats in zip(doc.sentences, doc.features, strict=True):
            trainer.append(feats, bio(toks, wanted))
            sentences += 1
    if not sentences:
        raise ConfigError("no training documents (expected brat .txt files with .ann beside them)")
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    out.mkdir(parents=True, exist_ok=True)
    log(f"training a CRF on {sentences} sentences (c1 {c1}, c2 {c2}, at most {max_iterations} iterations)")
    trainer.train(str(out / MODEL_FILE))
    last = trainer.logparser.last_iteration or {}
    log(f"done after {len(trainer.logparser.iterations)} iterations (loss {last.get('loss', 0.0):.1f})")
    # the features differ without the morphology dictionary, so a model is used only with what it was trained with
    meta = {"format": FORMAT, "c1": c1, "c2": c2, "max_iterations": max_iterations, "sentences": sentences,
            "morphology": morph.available()}
    (out / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return out


class Tagger:
    """A trained CRF: NER-UK-typed spans of a featurised document."""

    def __init__(self, path: Path) -> None:
        if not is_model(path):
            raise ConfigError(f"no Ukrainian NER model at {path} (train one with 'warlog train ner --lang uk DATA')")
        meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ConfigError(f"{path}: model format {meta.get('format')!r}, this warlog reads {FORMAT!r}; "
                              "train it again with 'warlog train ner --lang uk DATA'")
        trained_with = bool(meta.get("morphology"))
        if trained_with != morph.available():
            state = "with" if trained_with else "without"
            raise ConfigError(f"{path}: the model was trained {state} pymorphy3-dicts-uk (warlog[uk]) and this "
                              "install differs; install it as it was, or train the model again here")
        self.tagger = _crfsuite().Tagger()
        self.tagger.open(str(path / MODEL_FILE))

    def spans(self, doc: Document) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for toks, feats in zip(doc.sentences, doc.features, strict=True):
            out += spans_of(toks, self.tagger.tag(feats))
        return out
