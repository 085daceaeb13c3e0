"""Backing up and checking a store (``warlog backup``, ``warlog check``), on either backend.

SQLite is copied online with its backup API (readers and writers go on; the copy is one consistent
snapshot). PostgreSQL is dumped with ``pg_dump`` (custom format, the store's schema only) when it is installed.
The check reads: SQLite's ``integrity_check`` and ``foreign_key_check``, the schema version against this
warlog's migrations, and rows that point at nothing (orphans), which neither backend's constraints fully rule
out (reviews are keyed by a generic target id, linking rows by ids a reprocess may retire).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import StoreError
from .base import Store
from .links import LinkStore

# (what, SQL counting the rows that point at nothing); every table named exists from migration 3 on.
ORPHAN_QUERIES: tuple[tuple[str, str], ...] = (
    ("incidents without their document",
     "SELECT COUNT(*) AS n FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = i.doc_id)"),
    ("duplicate sightings of no stored document",
     "SELECT COUNT(*) AS n FROM duplicates u WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = u.doc_id)"),
    ("fingerprint bands of no stored document",
     "SELECT COUNT(*) AS n FROM document_bands b WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = b.doc_id)"),
    ("incident links to a missing incident",
     "SELECT COUNT(*) AS n FROM incident_links l WHERE NOT EXISTS (SELECT 1 FROM incidents i"
     " WHERE i.id = l.incident_id)"),
    ("incident links to a missing canonical incident",
     "SELECT COUNT(*) AS n FROM incident_links l WHERE NOT EXISTS (SELECT 1 FROM canonical_incidents c"
     " WHERE c.id = l.canonical_id)"),
    ("canonical incidents with no linked incident",
     "SELECT COUNT(*) AS n FROM canonical_incidents c WHERE NOT EXISTS (SELECT 1 FROM incident_links l"
     " WHERE l.canonical_id = c.id)"),
    ("person mentions of a missing person or document",
     "SELECT COUNT(*) AS n FROM person_mentions m WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id = m.person_id)"
     " OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.doc_id)"),
    ("people with no mention",
     "SELECT COUNT(*) AS n FROM people p WHERE NOT EXISTS (SELECT 1 FROM person_mentions m"
     " WHERE m.person_id = p.id)"),
    ("linked-document marks of no stored document",
     "SELECT COUNT(*) AS n FROM linked_docs l WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = l.doc_id)"),
)

# Reported, not counted as a problem: the review is kept on purpose when its incident is gone (reprocessed).
REVIEW_QUERY = ("SELECT COUNT(*) AS n FROM review_overlay r WHERE NOT EXISTS (SELECT 1 FROM incidents i"
                " WHERE i.id = r.target_id) AND NOT EXISTS (SELECT 1 FROM canonical_incidents c"
                " WHERE c.id = r.target_id)")


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> CheckResult:
    """Integrity, migrations and orphans of an open store."""
    from .migrations import LATEST as SQLITE_LATEST
    from .pg_migrations import LATEST as PG_LATEST

    result = CheckResult()
    links = LinkStore(store)
    latest = PG_LATEST if links.postgres else SQLITE_LATEST
    version = store.schema_version()
    if version != latest:
        result.problems.append(f"schema version {version}, this warlog's migrations end at {latest}")
    else:
        result.notes.append(f"schema version {version}: every migration applied")
    if not links.postgres:
        for row in links.rows("PRAGMA integrity_check"):
            message = str(row[0])
            if message != "ok":
                result.problems.append(f"integrity_check: {message}")
        bad_keys = links.rows("PRAGMA foreign_key_check")
        if bad_keys:
            tables = sorted({str(r[0]) for r in bad_keys})
            result.problems.append(f"{len(bad_keys)} rows break a foreign key (tables: {', '.join(tables)})")
        if not any(p.startswith(("integrity_check", f"{len(bad_keys)} rows")) for p in result.problems):
            result.notes.append("SQLite integrity_check and foreign_key_check: ok")
    for what, sql in ORPHAN_QUERIES:
        n = int(links.rows(sql)[0]["n"])
        if n:
            result.problems.append(f"{n} {what}")
    reviews = int(links.rows(REVIEW_QUERY)[0]["n"])
    if reviews:
        result.notes.append(f"{reviews} reviews of incidents no longer extracted (kept, with their audit log)")
    stats = store.stats()
    result.notes.append(f"{stats['documents']} documents, {stats['incidents']} incidents")
    return result


def backup(store: Store, out: Path) -> str:
    """Copy the open store to ``out`` (which must not exist); returns what was done, in one line."""
    if out.exists():
        raise StoreError(f"{out} exists already; give a new file name (a backup never overwrites)")
    if not out.expanduser().resolve().parent.is_dir():
        raise StoreError(f"{out}: folder {out.expanduser().resolve().parent} does not exist")
    links = LinkStore(store)
    if links.postgres:
        return _pg_dump(store, links, out)
    source: sqlite3.Connection = links.conn
    try:
        target = sqlite3.connect(out)
        try:
            with links._lock:
                source.backup(target, pages=1024)  # in steps, so writers are not held up for long
        finally:
            target.close()
    except sqlite3.Error as exc:
        out.unlink(missing_ok=True)
        raise StoreError(f"cannot back up {store.url} to {out}: {exc}") from exc
    return f"backed up {store.url} to {out} (SQLite online backup, {out.stat().st_size} bytes)"


def _pg_dump(store: Store, links: LinkStore, out: Path) -> str:
    dump = shutil.which("pg_dump")
    if dump is None:
        raise StoreError("pg_dump is not installed, so a PostgreSQL store cannot be backed up from here; install "
                         "the PostgreSQL client tools (e.g. apt-get install postgresql-client) or back up on the "
                         "server with pg_dump or pg_basebackup")
    schema = str(links.rows("SELECT current_schema() AS name")[0]["name"])
    url = getattr(store, "dsn", None) or store.url
    if "***" in url:
        raise StoreError("the PostgreSQL URL carries a password; give it through PGPASSWORD or ~/.pgpass for backup")
    done = subprocess.run([dump, "--format=custom", f"--schema={schema}", f"--file={out}", url],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        out.unlink(missing_ok=True)
        raise StoreError(f"pg_dump failed: {' '.join(done.stderr.split())}")
    return f"backed up schema {schema} of {store.url} to {out} (pg_dump custom format; restore with pg_restore)"
