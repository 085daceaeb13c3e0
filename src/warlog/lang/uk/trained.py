"""A Ukrainian NER model the user trains locally (``warlog train ner --lang uk DATA``), and its use by the pack.

Nothing here ships weights: the model is trained on data the user supplies (NER-UK's brat files, CC BY-NC-SA,
whose terms the user accepts) and written under ``WARLOG_HOME/models/ner-uk`` or a path; the pack reads it when
the ``uk_ner_model`` setting (or that default folder) points at one. The model is a CRF (``crf.py``) over token
features (``features.py``) that include the rule recogniser's own mentions; ``join`` (``join.py``) turns its spans
into the pack's mentions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...errors import ConfigError
from ...settings import Settings
from . import crf
from .features import Featuriser
from .join import join
from .ner import Mention, Recogniser
from .tokens import sentences

LABELS = crf.LABELS
MODEL_DIR = ("models", "ner-uk")


@dataclass(frozen=True)
class Example:
    """One training text with its entities as (start, end, NER-UK type) character offsets."""

    text: str
    spans: tuple[tuple[int, int, str], ...]


def read_brat(folder: Path) -> list[Example]:
    """Every ``*.txt`` under ``folder`` with the PERS/LOC/ORG entities of its ``.ann`` (brat stand-off)."""
    examples = []
    for txt in sorted(folder.rglob("*.txt")):
        ann = txt.with_suffix(".ann")
        if not ann.exists():
            continue
        spans = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0].startswith("T"):
                continue
            # brat puts "TYPE START END" in one column; NER-UK's files tab-separate them
            head = parts[1].split() if len(parts[1].split()) == 3 else parts[1:4]
            if len(head) != 3 or head[0] not in LABELS or not (head[1].isdigit() and head[2].isdigit()):
                continue  # other types, or discontinuous spans ("0 5;7 9")
            spans.append((int(head[1]), int(head[2]), head[0]))
        examples.append(Example(txt.read_text(encoding="utf-8"), tuple(spans)))
    return examples


def model_path(settings: Settings) -> Path | None:
    """The trained model the pack should use: the ``uk_ner_model`` setting, else ``HOME/models/ner-uk`` if there."""
    if settings.uk_ner_model is not None:
        if not crf.is_model(settings.uk_ner_model):
            raise ConfigError(f"setting uk_ner_model: no Ukrainian NER model at {settings.uk_ner_model} "
                              "(train one with 'warlog train ner --lang uk DATA')")
        return settings.uk_ner_model
    default = settings.home.joinpath(*MODEL_DIR)
    return default if crf.is_model(default) else None


def train(data: list[Example], out: Path, recogniser: Recogniser, *, c1: float = crf.DEFAULTS["c1"],
          c2: float = crf.DEFAULTS["c2"], max_iterations: int = crf.DEFAULTS["max_iterations"],
          log: Callable[[str], None] = print) -> Path:
    """Featurise ``data`` (with ``recogniser``'s mentions as features) and train the CRF into ``out``."""
    if not data:
        raise ConfigError("no training documents (expected brat .txt files with .ann beside them)")
    featuriser = Featuriser(recogniser)
    docs = [(featuriser.document(ex.text, sentences(ex.text)), list(ex.spans)) for ex in data]
    return crf.train(docs, out, c1=c1, c2=c2, max_iterations=max_iterations, log=log)


class WithModel:
    """The rule recogniser with a locally trained model beside it, used when one is configured."""

    def __init__(self, rules: Recogniser, tagger: crf.Tagger) -> None:
        self.rules = rules
        self.tagger = tagger
        self.featuriser = Featuriser(rules)
        self.knows_place = rules.knows_place

    def both(self, text: str, sentences: list[tuple[int, int]]) -> tuple[list[Mention], list[tuple[int, int, str]]]:
        """The rules' mentions and the model's (start, end, NER-UK type) spans (the model sees the rules')."""
        rules = self.rules.find(text, sentences)
        return rules, self.tagger.spans(self.featuriser.document(text, sentences, rules))

    def find(self, text: str, sentences: list[tuple[int, int]]) -> list[Mention]:
        rules, model = self.both(text, sentences)
        return join(text, rules, model, self.rules)
