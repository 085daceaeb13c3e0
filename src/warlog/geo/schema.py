"""The gazetteer index layout (SQLite) and the rows that go into it.

``places`` holds one row per place; ``names`` maps a phonetic key to the
places known under it, with the normalised spelling (for exact-match
ranking) and a quality (main / alternate / derived name). ``names`` is a
WITHOUT ROWID table keyed by (key, place, norm): the key lookup is the
primary-key prefix, so no second index is needed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, cast

from .normalize import indexable, key_of_normalized, normalize, region_bases, split_admin
from .place import DERIVED_NAME, Place, PlaceKind

# 2: country and state aliases, wrong alternate names dropped; 3: KATOTTG, radius; 4: districts at the middle
# of their towns (no column changed, but an index built before has districts at their region's point)
# 5: world regions ("North Africa", "Middle East") as places of no country; 6: breakaway territories
# ("South Ossetia") and short names of Russian republics ("North Ossetia"); 7: KATOTTG hromada and raion
# centres checked against their unambiguous members (a renamed centre no longer borrows a namesake's point);
# 8: more wrong alternate names dropped (Nikopol's former name "Слов'янськ", which sent Sloviansk to Nikopol)
SCHEMA_VERSION = "8"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS places (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    ascii TEXT NOT NULL,
    lat REAL, lon REAL,
    fclass TEXT, fcode TEXT,
    country TEXT, admin1 TEXT, admin1_name TEXT, admin2 TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    members TEXT,
    located_by TEXT,
    radius REAL
);
CREATE INDEX IF NOT EXISTS places_kind ON places (kind, country, admin1);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL,
    place INTEGER NOT NULL,
    norm TEXT NOT NULL,
    quality INTEGER NOT NULL,
    PRIMARY KEY (key, place, norm)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1 (
    country TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (country, code)
) WITHOUT ROWID;
"""

PLACE_COLUMNS = ("id, name, ascii, lat, lon, fclass, fcode, country, admin1, admin1_name, admin2, "
                 "population, kind, source, members, located_by, radius")
KINDS: tuple[PlaceKind, ...] = ("settlement", "district", "region", "country")

NameRow = tuple[str, int, str, int]  # key, place rowid, norm, quality


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def place_values(p: Place) -> tuple[Any, ...]:
    return (p.id, p.name, p.ascii_name, p.lat, p.lon, p.feature_class, p.feature_code, p.country,
            p.admin1, p.admin1_name, p.admin2, p.population, p.kind, p.source,
            ",".join(p.members) or None, p.located_by or None, p.radius_km)


def row_place(row: tuple[Any, ...]) -> Place:
    """A Place from a ``SELECT PLACE_COLUMNS`` row."""
    (pid, name, ascii_name, lat, lon, fclass, fcode, country, admin1, admin1_name, admin2, pop, kind,
     source, members, located_by, radius) = row
    return Place(pid, name, ascii_name, lat, lon, fclass, fcode, country, admin1, admin1_name, admin2,
                 int(pop or 0), cast(PlaceKind, kind), source, tuple(members.split(",")) if members else (),
                 located_by or "", radius)


def _abbreviation(raw: str) -> bool:
    # Airport and agency codes ("NLV", "IEV") in alternate names would make words look like places.
    return raw.isupper() and len(raw) <= 4


def name_entries(names: Iterable[tuple[str, int]], *, region: bool = False,
                 keep_abbreviations: bool = False) -> dict[tuple[str, str], int]:
    """(key, norm) -> best quality for a place's raw names; regions also get derived bare forms."""
    out: dict[tuple[str, str], int] = {}

    def add(norm: str, quality: int) -> None:
        key = key_of_normalized(norm)
        if key and out.get((key, norm), 9) > quality:
            out[(key, norm)] = quality

    for raw, quality in names:
        raw = raw.strip()
        if not raw or len(raw) > 80 or not indexable(raw):
            continue
        if not keep_abbreviations and _abbreviation(raw):
            continue
        norm = normalize(raw)
        if not norm:
            continue
        add(norm, quality)
        if region:
            base, _ = split_admin(raw)
            for form in region_bases(base):
                add(form, max(quality, DERIVED_NAME) if form != norm else quality)
    return out


def name_rows(rowid: int, entries: dict[tuple[str, str], int]) -> Iterator[NameRow]:
    for (key, norm), quality in entries.items():
        yield key, rowid, norm, quality


def upsert_place(conn: sqlite3.Connection, place: Place) -> int:
    """Insert or update a place by id, keeping its rowid (names refer to it); returns the rowid."""
    cols = PLACE_COLUMNS.split(", ")
    # A dump row often has population 0 for regions: keep the figure the index already has.
    updates = ", ".join(
        "population = max(places.population, excluded.population)" if c == "population"
        else "members = coalesce(excluded.members, places.members)" if c == "members"
        else f"{c} = excluded.{c}"
        for c in cols[1:]
    )
    conn.execute(
        f"INSERT INTO places ({PLACE_COLUMNS}) VALUES ({', '.join('?' * len(cols))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        place_values(place),
    )
    row = conn.execute("SELECT rowid FROM places WHERE id = ?", (place.id,)).fetchone()
    return int(row[0])


def upsert_names(conn: sqlite3.Connection, rows: Iterable[NameRow]) -> None:
    conn.executemany(
        "INSERT INTO names (key, place, norm, quality) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO UPDATE SET quality = min(quality, excluded.quality)",
        rows,
    )

