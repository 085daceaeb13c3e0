"""A deterministic tune/report split of a benchmark's dev set, by hashing item ids.

The dev files we benchmark on are all we may look at, so they are split in two:
the **tune** part is for error analysis and for tuning lexicons, rules and
classifiers; the **report** part is only ever scored, and its figures are the ones
BENCHMARKS.md gives as held-out-style results.

An item belongs to ``tune`` when the first byte of
``sha256("warlog-bench-v1:<benchmark>:<id>")`` is even, else to ``report``: about
50/50, the same on every machine and Python version (no ``hash()`` randomisation),
independent of row order, and stable when rows are added or removed. Changing
``SALT`` reshuffles every split; do not change it once figures are published.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Literal, TypeVar, get_args

from warlog.errors import ConfigError

Part = Literal["tune", "report", "all"]
PARTS: tuple[str, ...] = get_args(Part)
SALT = "warlog-bench-v1"

T = TypeVar("T")


def part_of(benchmark: str, item_id: str) -> Literal["tune", "report"]:
    """The part (``tune`` or ``report``) that ``item_id`` of ``benchmark`` belongs to."""
    digest = hashlib.sha256(f"{SALT}:{benchmark}:{item_id}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "report"


def select(items: Iterable[T], benchmark: str, part: str, key: Callable[[T], str]) -> list[T]:
    """The items of ``part`` (``tune``, ``report`` or ``all``), in their original order."""
    if part not in PARTS:
        raise ConfigError(f"unknown part {part!r}: choose one of {', '.join(PARTS)}")
    return [item for item in items if part == "all" or part_of(benchmark, key(item)) == part]
