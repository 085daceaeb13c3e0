"""Fitting the mention classifier: a softmax regression, full-batch gradient descent from zero weights.

Deterministic by construction: no random initialisation, no shuffling, a fixed number of steps; the same
sentences give the same weights (the encoder is deterministic too). Classes are weighted by inverse frequency,
so a type with few examples is not drowned by ``none``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..errors import ConfigError
from .examples import NONE, Example, read_examples, shipped_examples
from .model import Embedder, Head, MentionModel

STEPS = 300
RATE = 0.5
L2 = 3e-2


def fit_head(x: np.ndarray, targets: Sequence[str], labels: tuple[str, ...], steps: int = STEPS,
             rate: float = RATE, l2: float = L2) -> Head:
    """Weights for ``labels`` from standardised features ``x`` and one target label per row."""
    index = {label: i for i, label in enumerate(labels)}
    y = np.array([index[t] for t in targets])
    n, dim = x.shape
    onehot = np.zeros((n, len(labels)), dtype=np.float64)
    onehot[np.arange(n), y] = 1.0
    counts = onehot.sum(axis=0)
    sample_weight = (n / (len(labels) * np.maximum(counts, 1.0)))[y][:, None]
    xb = np.hstack([x.astype(np.float64), np.ones((n, 1))])
    weights = np.zeros((dim + 1, len(labels)))
    total = sample_weight.sum()
    for _ in range(steps):
        logits = xb @ weights
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        grad = xb.T @ ((probs - onehot) * sample_weight) / total
        grad[:-1] += l2 * weights[:-1]
        weights -= rate * grad
    return Head(labels, weights.astype(np.float32))


def fit_vectors(vectors: np.ndarray, examples: Sequence[Example], **kwargs: float) -> MentionModel:
    if len(examples) != len(vectors):
        raise ConfigError("one vector per example expected")
    targets = [e.target for e in examples]
    if NONE not in targets or len(set(targets)) < 2:
        raise ConfigError("training needs sentences that tell no event (label 0) and event sentences (label 1)")
    mean = vectors.mean(axis=0)
    scale = vectors.std(axis=0) + 1e-6
    x = (vectors - mean) / scale
    labels = tuple(sorted(set(targets)))
    type_head = fit_head(x, targets, labels, **kwargs)  # type: ignore[arg-type]
    typed = [i for i, e in enumerate(examples) if e.label and e.subtype]
    sub_labels = tuple(sorted({f"{examples[i].type}/{examples[i].subtype}" for i in typed}))
    sub_head = None
    if len(sub_labels) >= 2:
        sub_head = fit_head(x[typed], [f"{examples[i].type}/{examples[i].subtype}" for i in typed], sub_labels,
                            **kwargs)  # type: ignore[arg-type]
    return MentionModel(mean.astype(np.float32), scale.astype(np.float32), type_head, sub_head)


def fit(examples: Sequence[Example], embed: Embedder | None = None) -> MentionModel:
    """A model for ``examples``; ``embed`` defaults to the e5 encoder of ``linking.embed``."""
    if embed is None:
        from ..linking.embed import embed as e5

        embed = e5
    return fit_vectors(embed([e.sentence for e in examples]), examples)


def train(data: Sequence[Path], out: Path, *, base: bool = True, embed: Embedder | None = None) -> dict[str, object]:
    """Train on the user's files (JSONL or ACLED CSV), plus the shipped sentences when ``base``; write ``out``."""
    examples: list[Example] = shipped_examples() if base else []
    for path in data:
        examples += read_examples(path)
    model = fit(examples, embed)
    model.save(out)
    counts: dict[str, int] = {}
    for e in examples:
        counts[e.target] = counts.get(e.target, 0) + 1
    return {"out": str(out), "examples": len(examples), "classes": dict(sorted(counts.items())),
            "subtypes": list(model.subtype_head.labels) if model.subtype_head else []}
