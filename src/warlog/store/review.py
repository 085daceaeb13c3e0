"""The review layer's storage: users, admin flags, the review overlay and the audit log, on either backend.

``ReviewStore(store)`` works on the connection of an open ``SQLiteStore`` or ``PostgresStore``; the SQL is
written once with ``?`` placeholders and adapted per dialect (``Dialect``). Every review action writes the
overlay row and its audit entry in one transaction; nothing here touches ``incidents`` or ``documents``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from ..errors import StoreError
from .base import Store
from .sqlite import SQLiteStore

ROLES = ("viewer", "analyst", "admin")
STATUSES = ("confirmed", "rejected")
# The fields an analyst can edit; the ones with a typed overlay column are used by filters and sorting.
EDITABLE_FIELDS = ("type", "date_start", "date_end", "date_precision", "place", "admin1", "lat", "lon",
                   "fatalities_best", "fatalities_low", "fatalities_high", "injured_best", "certainty", "summary")
# Analysts' corrections to cross-report linking (issue #6), kept in the overlay like any field: on an incident,
# the canonical incident it belongs to (None: split out to stand alone); on a canonical incident, the one it
# was merged into; on an incident, the incident of the same report it duplicates (issue #20). The views resolve
# them (``web.merging``, ``store.events``); the linker should honour them when it rebuilds.
LINK_FIELDS = ("canonical_id", "merged_into", "duplicate_of")
COLUMN_FIELDS = ("type", "date_start", "date_end", "date_precision", "place", "admin1", "lat", "lon",
                 "fatalities_best", "certainty")


@dataclass(frozen=True)
class User:
    name: str
    password_hash: str
    role: str
    created_at: str


@dataclass
class Review:
    """The reviewed state of one target: status and the fields an analyst set (value None = cleared)."""

    target_id: str
    status: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    reviewed_by: str | None = None
    reviewed_at: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"status": self.status, "fields": dict(self.fields), "reviewed_by": self.reviewed_by,
                "reviewed_at": self.reviewed_at}


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    target_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    why: str | None


@dataclass(frozen=True)
class Dialect:
    """What differs between the backends in the review queries."""

    name: str

    @property
    def postgres(self) -> bool:
        return self.name == "postgresql"

    def sql(self, text: str) -> str:
        """``text`` written with ``?`` placeholders, in this dialect's paramstyle."""
        return text.replace("%", "%%").replace("?", "%s") if self.postgres else text

    @property
    def like(self) -> str:
        return "ILIKE" if self.postgres else "LIKE"

    def fts(self, limit: int = 0) -> str:
        """A condition on incidents ``i``: their document matches one parameter of search words.

        Written as ``i.doc_id IN (...)`` rather than a join, so the matching documents are listed once.
        ``limit``: only the most recently stored that many of them (``ReviewQueries.search_scope``).
        """
        if self.postgres:  # a limited search lists its documents' ids (ReviewQueries.search_scope)
            return "i.doc_id IN (SELECT id FROM documents WHERE tsv @@ plainto_tsquery('simple', ?))"
        newest = f" ORDER BY rowid DESC LIMIT {int(limit)}" if limit else ""
        return ("i.doc_id IN (SELECT id FROM documents WHERE rowid IN (SELECT rowid FROM documents_fts"
                f" WHERE documents_fts MATCH ?{newest}))")

    def day(self, column: str) -> str:
        return f"to_char({column}, 'YYYY-MM-DD')" if self.postgres else column


def fts_words(text: str) -> str:
    """Search input as quoted FTS5 words (SQLite), so user input is never query syntax."""
    words = [w.replace('"', "") for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _text(value: Any) -> str | None:
    """A timestamp or date from either backend as ISO text."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


class ReviewStore:
    """Users, flags, reviews and the audit log of one open store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        if isinstance(store, SQLiteStore):
            self.dialect = Dialect("sqlite")
        elif type(store).__name__ == "PostgresStore":
            self.dialect = Dialect("postgresql")
        else:
            raise StoreError(f"{store.url}: the review layer supports the SQLite and PostgreSQL stores only")
        self.conn: Any = store.conn  # type: ignore[attr-defined]
        # The PostgreSQL store serialises its connection with a lock; share it so our transactions never
        # interleave with the store's own. SQLite: a lock of our own for the same reason.
        self._lock: Any = getattr(store, "_lock", None) or threading.RLock()

    # -- low level -------------------------------------------------------------------------------------------

    @contextmanager
    def _tx(self, action: str) -> Iterator[None]:
        """One write transaction; driver errors become ``StoreError``."""
        with self._lock:
            try:
                if self.dialect.postgres:
                    with self.conn.transaction():
                        yield
                    return
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
            except (sqlite3.Error, _pg_error()) as exc:
                raise StoreError(f"{self.store.url}: cannot {action}: {' '.join(str(exc).split())}") from exc

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run ``sql`` (``?`` placeholders) and return the cursor; rows are addressable by column name."""
        with self._lock:
            try:
                return self.conn.execute(self.dialect.sql(sql), list(params))
            except (sqlite3.Error, _pg_error()) as exc:
                raise StoreError(f"{self.store.url}: query failed: {' '.join(str(exc).split())}") from exc

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            return list(self.execute(sql, params).fetchall())

    def tuples(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        """The rows of ``sql`` addressed by position only: PostgreSQL then builds no dict per row (3 µs each;
        the views' groupings read 10,000-20,000 rows a request)."""
        with self._lock:
            cursor = self.execute(sql, params)
            if self.dialect.postgres:
                from psycopg.rows import tuple_row

                cursor.row_factory = tuple_row
            return list(cursor.fetchall())

    # -- users and flags -------------------------------------------------------------------------------------

    def add_user(self, name: str, password_hash: str, role: str) -> None:
        if role not in ROLES:
            raise StoreError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
        if not name or len(name) > 64 or not name.isprintable():
            raise StoreError("a user name is 1 to 64 printable characters")
        with self._tx(f"add user {name}"):
            if self.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
                raise StoreError(f"user {name!r} exists already")
            self.execute("INSERT INTO users(name, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                         [name, password_hash, role, _now()])

    def set_password_hash(self, name: str, password_hash: str, actor: str) -> None:
        with self._tx(f"change the password of {name}"):
            if not self.execute("SELECT 1 FROM users WHERE name = ?", [name]).fetchone():
                raise StoreError(f"no user {name!r}")
            self.execute("UPDATE users SET password_hash = ? WHERE name = ?", [password_hash, name])
            self._append(f"user:{name}", actor, "password", None, None, None)

    def remove_user(self, name: str, actor: str) -> None:
        """Remove a user (their sessions end at their next request); their audit entries stay."""
        with self._tx(f"remove user {name}"):
            found = self.execute("SELECT role FROM users WHERE name = ?", [name]).fetchone()
            if not found:
                raise StoreError(f"no user {name!r}")
            self.execute("DELETE FROM users WHERE name = ?", [name])
            self._append(f"user:{name}", actor, "remove user", {"role": found["role"]}, None, None)

    def user(self, name: str) -> User | None:
        found = self.rows("SELECT name, password_hash, role, created_at FROM users WHERE name = ?", [name])
        if not found:
            return None
        r = found[0]
        return User(r["name"], r["password_hash"], r["role"], _text(r["created_at"]) or "")

    def users(self) -> list[User]:
        return [User(r["name"], r["password_hash"], r["role"], _text(r["created_at"]) or "")
                for r in self.rows("SELECT name, password_hash, role, created_at FROM users ORDER BY name")]

    def flag(self, key: str) -> str | None:
        found = self.rows("SELECT value FROM web_flags WHERE key = ?", [key])
        return str(found[0]["value"]) if found else None

    def set_flag(self, key: str, value: str) -> None:
        with self._tx(f"set {key}"):
            self.execute("DELETE FROM web_flags WHERE key = ?", [key])
            self.execute("INSERT INTO web_flags(key, value) VALUES (?, ?)", [key, value])

    # -- reviews ---------------------------------------------------------------------------------------------

    def review(self, target_id: str) -> Review | None:
        return self.reviews([target_id]).get(target_id)

    def reviews(self, target_ids: Sequence[str]) -> dict[str, Review]:
        if not target_ids:
            return {}
        marks = ",".join("?" * len(target_ids))
        found = self.rows("SELECT target_id, status, fields, reviewed_by, reviewed_at FROM review_overlay"
                          f" WHERE target_id IN ({marks})", list(target_ids))
        return {r["target_id"]: Review(r["target_id"], r["status"], json.loads(r["fields"]), r["reviewed_by"],
                                       _text(r["reviewed_at"])) for r in found}

    def record(self, target_id: str, actor: str, action: str, *, status: str | None = None,
               changes: dict[str, Any] | None = None, why: str | None = None,
               keep_status: bool = True) -> AuditEntry:
        """Apply one review action to ``target_id`` and append it to the audit log, in one transaction.

        ``changes`` are field values to set in the overlay (validated by the caller: see ``web.review``);
        ``status`` sets confirmed/rejected; with neither (a note) the overlay is left as it was.
        """
        if status is not None and status not in STATUSES:
            raise StoreError(f"unknown review status {status!r}")
        unknown = set(changes or {}) - set(EDITABLE_FIELDS) - set(LINK_FIELDS)
        if unknown:
            raise StoreError(f"fields not editable: {', '.join(sorted(unknown))}")
        with self._tx(f"record a review of {target_id}"):
            current = self._review_for_update(target_id)
            before = current.as_dict() if current else None
            if status is None and not changes:
                after = before
            else:
                new = Review(target_id, current.status if current and keep_status else None,
                             dict(current.fields) if current else {}, actor, _now())
                if status is not None:
                    new.status = status
                new.fields.update(changes or {})
                self._write_overlay(new)
                after = new.as_dict()
            return self._append(target_id, actor, action, before, after, why)

    def _review_for_update(self, target_id: str) -> Review | None:
        lock = " FOR UPDATE" if self.dialect.postgres else ""
        found = self.execute("SELECT target_id, status, fields, reviewed_by, reviewed_at FROM review_overlay"
                             f" WHERE target_id = ?{lock}", [target_id]).fetchall()
        if not found:
            return None
        r = found[0]
        return Review(r["target_id"], r["status"], json.loads(r["fields"]), r["reviewed_by"], _text(r["reviewed_at"]))

    def _write_overlay(self, review: Review) -> None:
        columns = [review.fields.get(name) for name in COLUMN_FIELDS]
        names = ", ".join(COLUMN_FIELDS)
        marks = ", ".join("?" * len(COLUMN_FIELDS))
        self.execute("DELETE FROM review_overlay WHERE target_id = ?", [review.target_id])
        self.execute(f"INSERT INTO review_overlay(target_id, status, {names}, fields, reviewed_by, reviewed_at)"
                     f" VALUES (?, ?, {marks}, ?, ?, ?)",
                     [review.target_id, review.status, *columns, json.dumps(review.fields, sort_keys=True),
                      review.reviewed_by, review.reviewed_at])

    def _append(self, target_id: str, actor: str, action: str, before: dict[str, Any] | None,
                after: dict[str, Any] | None, why: str | None) -> AuditEntry:
        at = _now()
        before_json = json.dumps(before, sort_keys=True) if before is not None else None
        after_json = json.dumps(after, sort_keys=True) if after is not None else None
        self.execute("INSERT INTO audit_log(at, actor, target_id, action, before_json, after_json, why)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)", [at, actor, target_id, action, before_json, after_json, why])
        seq = self.execute("SELECT MAX(seq) AS seq FROM audit_log WHERE target_id = ?", [target_id]).fetchone()
        return AuditEntry(int(seq["seq"]), at, actor, target_id, action, before, after, why)

    def with_field(self, name: str) -> dict[str, Review]:
        """Every review that sets field ``name`` (for the link corrections: few rows, JSON matched as text)."""
        found = self.rows("SELECT target_id, status, fields, reviewed_by, reviewed_at FROM review_overlay"
                          " WHERE fields LIKE ?", [f'%"{name}":%'])
        out = {}
        for r in found:
            review = Review(r["target_id"], r["status"], json.loads(r["fields"]), r["reviewed_by"],
                            _text(r["reviewed_at"]))
            if name in review.fields:
                out[review.target_id] = review
        return out

    def audit(self, target_id: str | None = None, limit: int = 200) -> list[AuditEntry]:
        """The audit entries of one target (oldest first), or the latest ``limit`` of all targets."""
        if target_id is not None:
            found = self.rows("SELECT * FROM audit_log WHERE target_id = ? ORDER BY seq", [target_id])
        else:
            found = self.rows("SELECT * FROM audit_log ORDER BY seq DESC LIMIT ?", [limit])
        return [AuditEntry(int(r["seq"]), _text(r["at"]) or "", r["actor"], r["target_id"], r["action"],
                           json.loads(r["before_json"]) if r["before_json"] else None,
                           json.loads(r["after_json"]) if r["after_json"] else None, r["why"]) for r in found]


def _pg_error() -> type[Exception]:
    """psycopg's base error when psycopg is importable (it is a dependency), else a never-raised class."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a hard dependency
        return sqlite3.Error
    return psycopg.Error
