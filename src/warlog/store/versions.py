"""Versions of channel posts and feed items: an edited post replaces its earlier version.

A post is identified by its ``post_key`` (``telegram:CHANNEL_ID:POST_ID``, ``feed:FEED:GUID``), not by its text:
documents are keyed by content hash, so an edit (new text) would otherwise be a second document. The table
``post_versions`` maps each post key to the document holding its newest version and that version's edit time.

When a newer version arrives, the earlier document goes, with everything derived from it (incidents, duplicate
sightings re-pointed to the new version, linking rows); each canonical incident it fed is rebuilt from its
remaining members, or removed when none remain; sightings of the old text go with it. The new version is
checked for duplicates, extracted and linked like any new document.

The table is created on first use (``CREATE TABLE IF NOT EXISTS``) on both backends; it holds no data any other
part of warlog reads, so an older warlog opening the database is unaffected.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..linking.member import Member
from ..models import SourceInfo
from .base import Store
from .links import LinkStore, _now

_SCHEMA = ("CREATE TABLE IF NOT EXISTS post_versions (post_key TEXT PRIMARY KEY, doc_id TEXT NOT NULL,"
           " edited_at TEXT, seen_at TEXT NOT NULL)")


def post_key(info: SourceInfo | None) -> str | None:
    """The key of the post a document with ``info`` is a version of, or None for documents that are not posts."""
    if info is None or not info.post_id or info.kind not in ("telegram", "feed"):
        return None
    return f"{info.kind}:{info.channel_id or info.channel or ''}:{info.post_id}"


@dataclass(frozen=True)
class StoredVersion:
    doc_id: str
    edited_at: str | None


class PostVersions:
    """The post-version table of one store (SQLite or PostgreSQL)."""

    def __init__(self, store: Store) -> None:
        self.links = LinkStore(store)
        with self.links.write("create the post versions table"):
            self.links._exec(_SCHEMA)

    def current(self, key: str) -> StoredVersion | None:
        rows = self.links.rows("SELECT doc_id, edited_at FROM post_versions WHERE post_key = ?", (key,))
        return StoredVersion(rows[0]["doc_id"], rows[0]["edited_at"]) if rows else None

    def record(self, key: str, doc_id: str, edited_at: str | None) -> None:
        with self.links.write("record a post version"):
            self.links._exec("INSERT INTO post_versions(post_key, doc_id, edited_at, seen_at) VALUES (?,?,?,?)"
                             " ON CONFLICT (post_key) DO UPDATE SET doc_id = excluded.doc_id,"
                             " edited_at = excluded.edited_at, seen_at = excluded.seen_at",
                             (key, doc_id, edited_at, _now()))

    def retire(self, old_doc_id: str) -> None:
        """Remove the stored earlier version ``old_doc_id`` of a post whose newer version is being ingested.

        Done before the new version is checked for duplicates (a small edit is a near-duplicate of the text it
        replaces); ``record`` then points the post at the new version once it is stored. Should that fail, the
        post key still names the removed document, so the next import stores the new version again.
        """
        from ..linking.canonical import build
        from ..linking.grading import reliability_table

        links = self.links
        with links.write("replace an edited post"):
            canonical_ids = [r["canonical_id"] for r in links.rows(
                "SELECT DISTINCT canonical_id FROM incident_links WHERE doc_id = ?", (old_doc_id,))]
            for table in ("incident_links", "citations", "person_mentions", "linked_docs", "document_bands",
                          "document_people", "incidents"):
                links._exec(f"DELETE FROM {table} WHERE doc_id = ?", (old_doc_id,))
            links._exec("DELETE FROM duplicates WHERE doc_id = ?", (old_doc_id,))
            if not links.postgres:  # the SQLite full-text index is an external-content table
                links._exec("INSERT INTO documents_fts(documents_fts, rowid, title, text) SELECT 'delete', rowid,"
                            " coalesce(title, ''), text FROM documents WHERE id = ?", (old_doc_id,))
            links._exec("DELETE FROM documents WHERE id = ?", (old_doc_id,))
            for cid in canonical_ids:
                members: list[Member] = links.members(cid)
                if not members:
                    links._exec("DELETE FROM canonical_victims WHERE canonical_id = ?", (cid,))
                    links._exec("DELETE FROM canonical_incidents WHERE id = ?", (cid,))
                    continue
                old = links.canonical(cid)
                rebuilt = build(cid, members, reliability_table(), people=old.people if old else ())
                links.update_canonical(rebuilt)
