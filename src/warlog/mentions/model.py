"""The classifier's weights and its predictions.

A softmax regression over standardised e5 sentence vectors: one head for the warlog type (``none`` meaning no
event), an optional one for the subtype. The weights are a small ``.npz`` of plain arrays (no pickle), so
loading needs nothing but numpy and works offline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .examples import NONE

Embedder = Callable[[list[str]], np.ndarray]
FORMAT = 1  # bumped when the file layout changes; older files are refused with a message
SHIPPED = "model.npz"


@dataclass(frozen=True)
class Head:
    labels: tuple[str, ...]
    weights: np.ndarray  # (dim + 1) x len(labels): the last row is the bias

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        logits = features @ self.weights[:-1] + self.weights[-1]
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))


@dataclass(frozen=True)
class Prediction:
    event: float  # probability that the sentence tells an event
    type: str  # the most probable warlog type among the event types
    type_p: float  # its probability given that it is an event
    subtype: str | None = None


@dataclass(frozen=True)
class MentionModel:
    mean: np.ndarray
    scale: np.ndarray
    type_head: Head
    subtype_head: Head | None = None

    def features(self, vectors: np.ndarray) -> np.ndarray:
        return np.asarray((vectors - self.mean) / self.scale, dtype=np.float32)

    def predict_vectors(self, vectors: np.ndarray) -> list[Prediction]:
        if len(vectors) == 0:
            return []
        x = self.features(vectors)
        probs = self.type_head.probabilities(x)
        labels = self.type_head.labels
        none = labels.index(NONE)
        sub = self.subtype_head.probabilities(x) if self.subtype_head is not None else None
        out = []
        for row_index, row in enumerate(probs):
            event = float(1.0 - row[none])
            masked = row.copy()
            masked[none] = -1.0
            best = int(masked.argmax())
            subtype = None
            if sub is not None and self.subtype_head is not None:  # the likeliest subtype of the chosen type
                own = [i for i, name in enumerate(self.subtype_head.labels) if name.startswith(labels[best] + "/")]
                if own:
                    pick = max(own, key=lambda i: sub[row_index][i])
                    subtype = self.subtype_head.labels[pick].split("/", 1)[1]
            out.append(Prediction(event, labels[best], float(row[best] / event) if event > 0 else 0.0, subtype))
        return out

    def predict(self, sentences: list[str], embed: Embedder | None = None) -> list[Prediction]:
        if embed is None:
            from ..linking.embed import embed as e5

            embed = e5
        return self.predict_vectors(embed(sentences))

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "format": np.array(FORMAT), "mean": self.mean.astype(np.float32), "scale": self.scale.astype(np.float32),
            "type_labels": np.array(self.type_head.labels), "type_weights": self.type_head.weights.astype(np.float32)}
        if self.subtype_head is not None:
            arrays["subtype_labels"] = np.array(self.subtype_head.labels)
            arrays["subtype_weights"] = self.subtype_head.weights.astype(np.float32)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            np.savez_compressed(handle, **arrays)  # type: ignore[arg-type]


def read_model(source: Path | object) -> MentionModel:
    """Weights from a ``.npz`` written by ``MentionModel.save``."""
    try:
        with np.load(source, allow_pickle=False) as data:  # type: ignore[arg-type]
            if int(data["format"]) != FORMAT:
                raise ModelError(f"{source}: mention weights of format {int(data['format'])}, expected {FORMAT}: "
                                 "retrain with 'warlog train events'")
            sub = None
            if "subtype_labels" in data:
                sub = Head(tuple(str(s) for s in data["subtype_labels"]), data["subtype_weights"])
            return MentionModel(data["mean"], data["scale"],
                                Head(tuple(str(s) for s in data["type_labels"]), data["type_weights"]), sub)
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"{source}: unreadable mention-classifier weights ({exc}); "
                         "retrain with 'warlog train events' or unset WARLOG_MENTION_WEIGHTS") from exc


_cache: dict[str, MentionModel] = {}
_lock = threading.Lock()


def load_model(path: Path | None = None) -> MentionModel:
    """The weights at ``path``, or the shipped ones (``data/mentions/model.npz``); read once per process."""
    key = str(path) if path else SHIPPED
    with _lock:
        if key not in _cache:
            if path is not None:
                _cache[key] = read_model(path)
            else:
                with (resources.files("warlog") / "data" / "mentions" / SHIPPED).open("rb") as handle:
                    _cache[key] = read_model(handle)
        return _cache[key]
