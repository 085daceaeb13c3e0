"""Fingerprints for duplicate detection: exact (content hash) and near (MinHash + LSH).

Every value here must be identical across runs, processes and machines because
it is stored in the database and compared later: hashing uses blake2b, never
Python's salted ``hash()``, and the MinHash permutations are derived from
blake2b too, not from a random generator whose stream could change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np
import regex

_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
_SPACE = regex.compile(r"\s+")
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64(0xFFFFFFFF)
_CHUNK = 20_000  # shingles per block, so a 5 MB text needs ~10 MB per block, not gigabytes


def normalize_for_hash(text: str) -> str:
    """Casefolded, punctuation and symbols removed, whitespace collapsed."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", text.casefold())).strip()


def content_hash(text: str) -> str:
    """SHA-256 hex of the normalised text: equal for copies differing only in case/spacing/punctuation."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


def _hash64(data: str) -> int:
    # 63 bits so the value fits a signed 64-bit database integer.
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashed word k-shingles of the normalised text (a text shorter than k words is one shingle)."""
    if k < 1:
        raise ValueError(f"shingle size k must be >= 1, got {k}")
    words = normalize_for_hash(text).split()
    if not words:
        return set()
    if len(words) <= k:
        return {_hash64(" ".join(words))}
    return {_hash64(" ".join(words[i:i + k])) for i in range(len(words) - k + 1)}


def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    # a, b < 2**32 and x < 2**32 keep a*x + b below 2**64: no uint64 overflow.
    a = np.empty(num_perm, dtype=np.uint64)
    b = np.empty(num_perm, dtype=np.uint64)
    for i in range(num_perm):
        digest = hashlib.blake2b(f"warlog-minhash-{i}".encode(), digest_size=8).digest()
        a[i] = int.from_bytes(digest[:4], "big") | 1  # odd, never 0
        b[i] = int.from_bytes(digest[4:], "big")
    return a, b


def minhash(sh: set[int], num_perm: int = 64) -> list[int]:
    """MinHash signature (32-bit values) of a shingle set; all 0xFFFFFFFF for an empty set."""
    if num_perm < 1:
        raise ValueError(f"num_perm must be >= 1, got {num_perm}")
    signature = np.full(num_perm, _MAX32, dtype=np.uint64)
    if not sh:
        return [int(v) for v in signature]
    a, b = _permutations(num_perm)
    # Fold 63-bit shingle hashes to 32 bits (the min is order-free, so set order does not matter).
    values = np.fromiter(sh, dtype=np.uint64, count=len(sh))
    folded = (values >> np.uint64(32)) ^ (values & _MAX32)
    for start in range(0, len(folded), _CHUNK):
        x = folded[start:start + _CHUNK]
        hashed = ((a[:, None] * x[None, :] + b[:, None]) % _MERSENNE) & _MAX32
        signature = np.minimum(signature, hashed.min(axis=1))
    return [int(v) for v in signature]


def lsh_bands(sig: Sequence[int], bands: int = 16) -> list[str]:
    """One key per band ('BB:hex'); two texts sharing any key are near-duplicate candidates."""
    if bands < 1 or len(sig) % bands:
        raise ValueError(f"signature length {len(sig)} is not a multiple of bands={bands}")
    rows = len(sig) // bands
    keys = []
    for band in range(bands):
        chunk = b"".join(int(v).to_bytes(8, "big") for v in sig[band * rows:(band + 1) * rows])
        keys.append(f"{band:02d}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


def jaccard(a: set[int], b: set[int]) -> float:
    """|a ∩ b| / |a ∪ b|; 0.0 when both are empty (no evidence of similarity)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0
