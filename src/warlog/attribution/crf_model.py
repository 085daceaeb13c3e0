"""The learned attribution model: a cue tagger and a source/content tagger, both linear-chain CRFs.

After Citron (BBC R&D): cues are tagged first, then each cue's source and content are tagged over the cue's
sentence (and the sentences a quotation crossing it runs into), conditioned on where each token stands from the
cue. Both are python-crfsuite CRFs (the optional ``train`` extra; L-BFGS with L1 and L2 penalties) over
``crf_features``; both see the rules' own attributions as features, so they learn where the rules hold and what
they miss. A model is a folder with ``cue.crfsuite``, ``span.crfsuite`` and ``meta.json``; it is trained by the
user (``warlog train attribution``) and nothing trained ships with warlog.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .annotated import Gold
from .crf_features import Table, bio, cue_features, runs, span_features, window

CUE_FILE = "cue.crfsuite"
SPAN_FILE = "span.crfsuite"
META_FILE = "meta.json"
FORMAT = "warlog-attribution-crf/1"
# Measured on PolNeAR train texts 700-839 held out from training (BENCHMARKS.md, "Attribution on PolNeAR"): one
# more sentence either side of the window and stronger penalties (c1 0.1, c2 0.05) scored no better; negative
# cues (the rules' cues with no annotated attribution, tagged empty) neither.
DEFAULTS: dict[str, Any] = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "extra_sentences": 0, "negatives": False}


def crfsuite() -> Any:
    try:
        import pycrfsuite
    except ImportError:
        raise ConfigError("training or using the attribution model needs python-crfsuite: "
                          "pip install 'warlog[train]'") from None
    return pycrfsuite


def is_model(path: Path) -> bool:
    return all((path / name).exists() for name in (CUE_FILE, SPAN_FILE, META_FILE))


@dataclass(frozen=True)
class Found:
    """One attribution in token indices: a cue, its source tokens and its content runs."""

    cue: tuple[int, ...]
    source: tuple[int, ...]
    content: tuple[tuple[int, ...], ...]


def gold_tokens(table: Table, gold: Iterable[Gold]) -> list[Found]:
    """Annotated attributions in the table's token indices (those with a cue only: the taggers start from it)."""
    out = []
    for g in gold:
        cue = sorted(table.covering(g.cues))
        if not cue:
            continue
        content = sorted(table.covering(g.contents))
        out.append(Found(tuple(cue), tuple(sorted(table.covering(g.sources))), (tuple(content),)))
    return out


def _contiguous(tokens: Sequence[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for i in sorted(tokens):
        if out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def span_tags(start: int, end: int, source: Iterable[int], content: Iterable[int]) -> list[str]:
    """Source/content BIO tags of the window [start, end) (a token in both is the source's)."""
    tokens = list(range(start, end))
    tags = bio(tokens, _contiguous(list(content)), "C")
    src = bio(tokens, _contiguous(list(source)), "S")
    return [s if s != "O" else c for s, c in zip(src, tags, strict=True)]


def sequences(examples: Sequence[tuple[Table, Sequence[Gold]]], extra: int, negatives: bool
               ) -> tuple[list[tuple[list[list[str]], list[str]]], list[tuple[list[list[str]], list[str]]]]:
    """The (features, tags) sequences of both taggers: one per sentence for cues, one per annotated cue for spans."""
    cue_seqs = []
    span_seqs = []
    for table, gold in examples:
        found = gold_tokens(table, gold)
        cue_sets = [set(run) for f in found for run in _contiguous(f.cue)]
        for start, end in table.sents:
            cue_seqs.append((cue_features(table, start, end), bio(list(range(start, end)), cue_sets)))
        gold_cue_tokens = set().union(*cue_sets) if cue_sets else set()
        for f in found:
            start, end = window(table, f.cue, extra)
            span_seqs.append((span_features(table, f.cue, start, end),
                              span_tags(start, end, f.source, [i for run in f.content for i in run])))
        if negatives:  # the rules' cues that are none: nothing to tag, so the span tagger learns to drop them
            for r in table.rules:
                if r.cue and not r.cue & gold_cue_tokens:
                    start, end = window(table, r.cue, extra)
                    span_seqs.append((span_features(table, r.cue, start, end), ["O"] * (end - start)))
    return cue_seqs, span_seqs


def train(examples: Sequence[tuple[Table, Sequence[Gold]]], out: Path, *, c1: float = DEFAULTS["c1"],
          c2: float = DEFAULTS["c2"], max_iterations: int = DEFAULTS["max_iterations"],
          extra_sentences: int = DEFAULTS["extra_sentences"], negatives: bool = DEFAULTS["negatives"],
          log: Callable[[str], None] = print) -> Path:
    """Train both taggers on parsed texts with their annotated attributions; write the model to ``out``."""
    cue_seqs, span_seqs = sequences(examples, extra_sentences, negatives)
    if not span_seqs:
        raise ConfigError("no annotated attributions with a cue to train on")
    out.mkdir(parents=True, exist_ok=True)
    params = {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
    fit(cue_seqs, out / CUE_FILE, params, log)
    fit(span_seqs, out / SPAN_FILE, params, log)
    meta = {"format": FORMAT, "language": "en", "c1": c1, "c2": c2, "max_iterations": max_iterations,
            "extra_sentences": extra_sentences, "negatives": negatives, "texts": len(examples),
            "attributions": len(span_seqs)}
    (out / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return out


def fit(seqs: Sequence[tuple[list[list[str]], list[str]]], path: Path, params: dict[str, Any],
        log: Callable[[str], None] = print) -> None:
    """Train one CRF on (features, tags) sequences into ``path``."""
    trainer = crfsuite().Trainer(verbose=False)
    for xs, ys in seqs:
        trainer.append(xs, ys)
    trainer.set_params(params)
    log(f"training {path.name} on {len(seqs)} sequences, {sum(len(y) for _, y in seqs)} tokens")
    trainer.train(str(path))


class Model:
    """A trained model: ``find(table)`` gives the attributions it tags in a document."""

    def __init__(self, path: Path) -> None:
        if not is_model(path):
            raise ConfigError(f"no attribution model at {path} (train one with 'warlog train attribution')")
        self.meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        if self.meta.get("format") != FORMAT:
            raise ConfigError(f"{path}: model format {self.meta.get('format')!r}, this warlog reads {FORMAT!r}; "
                              "train it again with 'warlog train attribution'")
        self.cue_tagger = crfsuite().Tagger()
        self.cue_tagger.open(str(path / CUE_FILE))
        self.span_tagger = crfsuite().Tagger()
        self.span_tagger.open(str(path / SPAN_FILE))
        self.extra = int(self.meta.get("extra_sentences", 0))

    def cues(self, table: Table) -> list[tuple[int, ...]]:
        out: list[tuple[int, ...]] = []
        for start, end in table.sents:
            tags = self.cue_tagger.tag(cue_features(table, start, end))
            out += [tuple(run) for run in runs(tags, start)]
        return out

    def spans(self, table: Table, cue: Sequence[int]) -> Found:
        """The source and content the span tagger gives one cue (an empty content: no attribution)."""
        start, end = window(table, cue, self.extra)
        tags = self.span_tagger.tag(span_features(table, cue, start, end))
        sources = runs(tags, start, "S")
        source = max(sources, key=len) if sources else []
        return Found(tuple(cue), tuple(source), tuple(tuple(r) for r in runs(tags, start, "C")))

    def find(self, table: Table, cues: Iterable[Sequence[int]] | None = None) -> list[Found]:
        """The attributions of the model's cues (or of ``cues``), those with a content."""
        found = [self.spans(table, cue) for cue in (self.cues(table) if cues is None else cues)]
        return [f for f in found if f.content]
