"""The watch loop's memory, kept in the database beside the documents: feed items seen, ETags and
Last-Modified dates of feeds and pages, fingerprints of Telegram export files and the last post id per channel.

One row per (kind, key) with a JSON value. Each source's row is written after its documents are stored, in
its own transaction, so an interrupted run leaves state that never claims more than the store holds; the next
run fetches that source again and the stored documents are recognised (post versions, content hashes).
The table is created on first use on both backends, like ``post_versions``.
"""

from __future__ import annotations

import json
from typing import Any

from ..store.base import Store
from ..store.links import LinkStore, _now

_SCHEMA = ("CREATE TABLE IF NOT EXISTS watch_state (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
           " updated_at TEXT NOT NULL, PRIMARY KEY (kind, key))")


class WatchState:
    def __init__(self, store: Store) -> None:
        self.links = LinkStore(store)
        with self.links.write("create the watch state table"):
            self.links._exec(_SCHEMA)

    def get(self, kind: str, key: str) -> dict[str, Any]:
        rows = self.links.rows("SELECT value FROM watch_state WHERE kind = ? AND key = ?", (kind, key))
        return dict(json.loads(rows[0]["value"])) if rows else {}

    def seen(self, kind: str, keys: list[str]) -> set[str]:
        """Which of ``keys`` have a row of ``kind``."""
        found: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r["key"] for r in self.links.rows(
                f"SELECT key FROM watch_state WHERE kind = ? AND key IN ({marks})", (kind, *chunk)))
        return found

    def put(self, kind: str, values: dict[str, dict[str, Any]]) -> None:
        """Write every ``key -> value`` of ``kind`` in one transaction."""
        if not values:
            return
        with self.links.write("save the watch state"):
            for key, value in values.items():
                self.links._exec("INSERT INTO watch_state(kind, key, value, updated_at) VALUES (?,?,?,?)"
                                 " ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value,"
                                 " updated_at = excluded.updated_at",
                                 (kind, key, json.dumps(value, sort_keys=True), _now()))
