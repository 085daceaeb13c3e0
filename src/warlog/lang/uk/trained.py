"""A Ukrainian NER model the user trains locally (``warlog train ner --lang uk DATA``), and its use by the pack.

Nothing here ships weights: the model is trained on data the user supplies (NER-UK's brat files, CC BY-NC-SA,
whose terms the user accepts) and written under ``WARLOG_HOME/models/ner-uk`` or a path; the pack reads it when
the ``uk_ner_model`` setting (or that default folder) points at one. The pipeline is a blank spaCy ``uk``
pipeline whose tokenizer is replaced by the pack's own word splitter, then tok2vec + ner (CPU, seeded).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...errors import ConfigError
from ...settings import Settings
from .ner import Mention, Recogniser
from .tokens import words

# NER-UK's types the pack uses, and the pack's labels for them.
LABELS = {"PERS": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
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


def paragraphs(example: Example, max_chars: int = 1500) -> Iterator[Example]:
    """Cut a document into line-aligned pieces of at most ``max_chars`` (short docs train faster), no entity cut."""
    text = example.text
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        if end < len(text):
            nl = text.rfind("\n", start + 1, end)
            end = nl + 1 if nl > start else end
        while any(a < end < b for a, b, _ in example.spans):
            end += 1
        piece = tuple((a - start, b - start, t) for a, b, t in example.spans if start <= a and b <= end)
        if text[start:end].strip():
            yield Example(text[start:end], piece)
        start = end


def model_path(settings: Settings) -> Path | None:
    """The trained model the pack should use: the ``uk_ner_model`` setting, else ``HOME/models/ner-uk`` if there."""
    if settings.uk_ner_model is not None:
        if not (settings.uk_ner_model / "config.cfg").exists():
            raise ConfigError(f"setting uk_ner_model: no spaCy model at {settings.uk_ner_model} "
                              "(train one with 'warlog train ner --lang uk DATA')")
        return settings.uk_ner_model
    default = settings.home.joinpath(*MODEL_DIR)
    return default if (default / "config.cfg").exists() else None


class _PackTokenizer:
    """spaCy tokenizer that splits as the rest of the pack does (words and single punctuation marks)."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Any:
        from spacy.tokens import Doc

        pieces: list[tuple[int, int]] = []
        pos = 0
        for t in words(text):
            pieces.extend((k, k + 1) for k in range(pos, t.start) if not text[k].isspace())
            pieces.append((t.start, t.end))
            pos = t.end
        pieces.extend((k, k + 1) for k in range(pos, len(text)) if not text[k].isspace())
        toks: list[str] = []
        spaces: list[bool] = []
        lead = text[:pieces[0][0]] if pieces else text
        if lead:  # spaCy keeps whitespace other than one trailing space as a token of its own
            toks.append(lead)
            spaces.append(False)
        for n, (a, b) in enumerate(pieces):
            gap = text[b:pieces[n + 1][0] if n + 1 < len(pieces) else len(text)]
            toks.append(text[a:b])
            spaces.append(gap.startswith(" "))
            rest = gap[1:] if gap.startswith(" ") else gap
            if rest:
                toks.append(rest)
                spaces.append(False)
        doc = Doc(self.vocab, words=toks, spaces=spaces)
        return doc

    def to_disk(self, path: Any, **kwargs: Any) -> None:
        """Nothing to save: the splitter is code."""

    def from_disk(self, path: Any, **kwargs: Any) -> _PackTokenizer:
        return self


def _tokenizer_factory() -> Callable[[Any], _PackTokenizer]:
    def make(nlp: Any) -> _PackTokenizer:
        return _PackTokenizer(nlp.vocab)
    return make


def _register() -> None:
    import spacy

    if "warlog_uk_tokenizer" not in spacy.registry.tokenizers:
        spacy.registry.tokenizers.register("warlog_uk_tokenizer", func=_tokenizer_factory)


def blank() -> Any:
    """A blank ``uk`` pipeline with the pack's tokenizer and an untrained tok2vec + ner."""
    import spacy

    _register()
    nlp = spacy.blank("uk", config={"nlp": {"tokenizer": {"@tokenizers": "warlog_uk_tokenizer"}}})
    nlp.add_pipe("ner")
    return nlp


def _examples(nlp: Any, data: Iterable[Example]) -> list[Any]:
    from spacy.training import Example as SpacyExample

    out = []
    for ex in data:
        doc = nlp.make_doc(ex.text)
        ents = []
        taken: set[int] = set()
        for a, b, t in sorted(ex.spans, key=lambda s: (s[0], -(s[1] - s[0]))):
            span = doc.char_span(a, b, label=t, alignment_mode="expand")
            if span is None or taken & set(range(span.start, span.end)):
                continue  # nested entities: the outer one is kept
            taken |= set(range(span.start, span.end))
            ents.append((span.start_char, span.end_char, t))
        out.append(SpacyExample.from_dict(doc, {"entities": ents}))
    return out


def train(data: list[Example], out: Path, *, epochs: int = 10, seed: int = 0, dropout: float = 0.2,
          log: Callable[[str], None] = print) -> Path:
    """Train tok2vec + ner on ``data`` (CPU, seeded) and write the pipeline to ``out``."""
    from spacy.util import fix_random_seed, minibatch

    if not data:
        raise ConfigError("no training documents (expected brat .txt files with .ann beside them)")
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = blank()
    for label in LABELS:
        nlp.get_pipe("ner").add_label(label)
    examples = _examples(nlp, [p for ex in data for p in paragraphs(ex)])
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=16):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
        log(f"epoch {epoch + 1}/{epochs}: ner loss {losses.get('ner', 0.0):.1f}")
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    return out


def load(path: Path) -> Any:
    import spacy

    _register()
    return spacy.load(path)


class TrainedRecogniser:
    """Entities of a locally trained model, as (start, end, pack label)."""

    def __init__(self, path: Path) -> None:
        self.nlp = load(path)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        doc = self.nlp(text)
        return [(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS]


def merge(text: str, rules: list[Mention], model: list[tuple[int, int, str]], recogniser: Recogniser
          ) -> list[Mention]:
    """The pack's mentions when a trained model is present. The model's organisations replace the rule mentions
    they overlap (its organisation spans are the better ones); the rules keep people, places, units, outlets and
    lexicon organisations; the model's people and places are added where the rules found nothing."""
    fixed = [m for m in rules if m.label in ("UNIT", "OUTLET") or m.org is not None]
    orgs = [(a, b) for a, b, label in model if label == "ORG"
            and not any(a < m.end and m.start < b for m in fixed)]
    out = fixed + [Mention(a, b, "ORG") for a, b in orgs]
    out += [m for m in rules if m not in fixed and not any(m.start < b and a < m.end for a, b in orgs)]
    for start, end, label in model:
        if label == "ORG" or any(start < m.end and m.start < end for m in out):
            continue
        toks = words(text, start, end)
        lemma = None
        if toks and label == "PLACE":
            lemma = recogniser.place_lemma(toks)
        elif toks and label == "PERSON":
            lemma = recogniser.person_lemma(toks)
        out.append(Mention(start, end, label, lemma))
    return sorted(out, key=lambda m: m.start)


class WithModel:
    """The rule recogniser with a locally trained model beside it (``merge``), used when one is configured."""

    def __init__(self, rules: Recogniser, model: TrainedRecogniser) -> None:
        self.rules = rules
        self.model = model
        self.knows_place = rules.knows_place

    def find(self, text: str, sentences: list[tuple[int, int]]) -> list[Mention]:
        return merge(text, self.rules.find(text, sentences), self.model.find(text), self.rules)
