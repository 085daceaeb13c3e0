"""What the views read the same way every request, kept between requests while it is unchanged: ``ViewCache``.

The linked events (grouped in Python from every linked incident the filter selects: 3,003 at 1,000,000 events
in the bench, 45-70 ms of CPU and 20-25 ms of PostgreSQL a request) and the analysts' link corrections and
duplicate marks (three reads of the overlay) are read from the overlay, the links, the canonical incidents, the
linked and moved incidents and the documents' times. Every committed write to those moves the ``linked`` change
stamp (migration 9, ``stamps_schema.py``); a request reads it first, and what a request with the same stamp
kept is what this one would read. A new stamp empties what was kept under the old one. Storing reports nobody
linked moves nothing; a review, a link or a correction does. A search's scope (the documents its words match:
a count and, on PostgreSQL, the 5,000 most recently stored, 100-300 ms a request for common words) is kept
under the ``documents`` stamp, which every document stored moves: the list, map and timeline of one search
share it.

Read inside a transaction of this connection (its writes not committed, the stamp not moved yet), nothing is
kept or served. The stamp is read before the data: what is kept under a stamp is never older than it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
ENTRIES = 64  # kept values (a value per filter for the linked events): the filters of a few analysts' views


class ViewCache:
    """Values kept under the change stamps of migration 9, each under one of them (``linked``, ``documents``)."""

    def __init__(self, reviews: Any, size: int = ENTRIES) -> None:
        self.reviews = reviews
        self.size = size
        self._kept: dict[str, tuple[int, OrderedDict[Hashable, Any]]] = {}  # stamp name -> (its value, kept)
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def stamps(self) -> dict[str, int]:
        """The change stamps now; none inside a transaction of this connection (nothing is kept then)."""
        conn = self.reviews.conn
        if self.reviews.dialect.postgres:
            from psycopg.pq import TransactionStatus

            if conn.info.transaction_status != TransactionStatus.IDLE:
                return {}
        elif conn.in_transaction:
            return {}
        return {str(r["name"]): int(r["n"]) for r in self.reviews.rows("SELECT name, n FROM change_stamps")}

    def stamp(self, name: str = "linked") -> int | None:
        return self.stamps().get(name)

    def get(self, name: str, stamp: int | None, key: Hashable, build: Callable[[], T]) -> T:
        """The value kept under ``key`` at stamp ``name`` = ``stamp``, else ``build()`` (kept when the stamp is
        still the latest read)."""
        if stamp is None:
            return build()
        with self._lock:
            seen, kept = self._kept.get(name, (None, None))
            if seen != stamp or kept is None:
                kept = OrderedDict()
                self._kept[name] = (stamp, kept)
            if key in kept:
                kept.move_to_end(key)
                self.hits += 1
                return kept[key]
        value = build()
        with self._lock:
            self.misses += 1
            if self._kept.get(name, (None,))[0] == stamp:
                kept[key] = value
                while len(kept) > self.size:
                    kept.popitem(last=False)
        return value


class Shared:
    """One request's view of a ``ViewCache``: the stamps read once, at the start of the request."""

    def __init__(self, cache: ViewCache | None) -> None:
        self.cache = cache
        self.stamps = cache.stamps() if cache is not None else {}

    def get(self, key: Hashable, build: Callable[[], T], name: str = "linked") -> T:
        if self.cache is None:
            return build()
        return self.cache.get(name, self.stamps.get(name), key, build)
