"""The offline gazetteer: an SQLite index of places and the names they go by.

Opening an index is a connect plus one metadata read; a lookup is one
primary-key range query per name form, cached. A user overlay (TOML) is
read at open time and kept in memory, never written into the index.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError, GazetteerError
from . import datafiles, schema
from .loader import load_geonames
from .normalize import (
    adjectival_forms,
    fleeting_vowel_forms,
    key_of_normalized,
    name_forms,
    normalize,
    region_bases,
    split_admin,
)
from .place import DERIVED_NAME, MAIN_NAME, Match, Place, PlaceKind

# For plain lookups a bare name most often means the country, else the town: "Luhansk" is the city.
_KIND_ORDER = {"country": 0, "settlement": 1, "region": 2, "district": 3}
_CACHE_LIMIT = 100_000
Row = tuple[int, str, int]  # place rowid, norm, quality


class Gazetteer:
    """Places by name. Build or open one with ``Gazetteer.open(path)``."""

    def __init__(self, conn: sqlite3.Connection, path: Path, overlay: Path | None = None) -> None:
        self._conn = conn
        self.path = path
        self.overlay_path = overlay
        self._keys: dict[str, list[Row]] = {}
        self._places: dict[int, Place] = {}
        self._overlay: list[Place] = []
        self._overlay_keys: dict[str, list[Row]] = {}
        self._admin1: dict[tuple[str, str], str] = {
            (cc, code): name for cc, code, name in conn.execute("SELECT country, code, name FROM admin1")
        }
        if overlay is not None:
            self._load_overlay(overlay)

    # --- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, build: bool = True, overlay: Path | None = None) -> Gazetteer:
        """Open the index at ``path``; build the default one there first if it is missing."""
        path = Path(path)
        if not path.exists():
            if not build:
                raise GazetteerError(f"no gazetteer index at {path}; run `warlog gazetteer build` "
                                     f"or open it with build=True")
            from .build import build_default  # the builder pulls in JSON parsing; only load it when needed

            print(f"warlog: building the gazetteer index at {path} (first use, about a minute)",
                  file=sys.stderr)
            build_default(path)
        try:
            conn = sqlite3.connect(path)
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(
                f"{path} is not a warlog gazetteer index ({exc}); delete it to rebuild"
            ) from exc
        if row is None or row[0] != schema.SCHEMA_VERSION:
            derived = build and row is not None and _derived_only(conn)
            conn.close()
            if derived:  # warlog's own default index, nothing a user added: rebuilding loses nothing
                from .build import build_default

                print(f"warlog: rebuilding the gazetteer index at {path} (schema {row[0]}, now "
                      f"{schema.SCHEMA_VERSION})", file=sys.stderr)
                build_default(path)
                return cls.open(path, build=False, overlay=overlay)
            raise GazetteerError(f"{path}: gazetteer schema {row[0] if row else 'unknown'}, expected "
                                 f"{schema.SCHEMA_VERSION}; delete the file to rebuild it")
        return cls(conn, path, overlay)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- low level ---------------------------------------------------------------------

    def _rows(self, key: str) -> list[Row]:
        rows = self._keys.get(key)
        if rows is None:
            if len(self._keys) >= _CACHE_LIMIT:
                self._keys.clear()
            rows = [(int(p), n, int(q)) for p, n, q in
                    self._conn.execute("SELECT place, norm, quality FROM names WHERE key = ?", (key,))]
            rows += self._overlay_keys.get(key, [])
            self._keys[key] = rows
        return rows

    def _place(self, rowid: int) -> Place:
        if rowid < 0:
            return self._overlay[-rowid - 1]
        place = self._places.get(rowid)
        if place is None:
            row = self._conn.execute(f"SELECT {schema.PLACE_COLUMNS} FROM places WHERE rowid = ?",
                                     (rowid,)).fetchone()
            if row is None:
                raise GazetteerError(f"{self.path}: name refers to missing place {rowid}; rebuild the index")
            place = schema.row_place(row)
            if len(self._places) >= _CACHE_LIMIT:
                self._places.clear()
            self._places[rowid] = place
        return place

    def _forms_matches(self, forms: list[str], kinds: tuple[PlaceKind, ...] | None) -> list[Match]:
        """Best match per place over ``forms`` (best form first); stops after a form matching exactly."""
        best: dict[int, Match] = {}
        for rank, form in enumerate(forms):
            exact_hit = False
            for rowid, norm, quality in self._rows(key_of_normalized(form)):
                place = self._place(rowid)
                if kinds is not None and place.kind not in kinds:
                    continue
                m = Match(place, form, norm == form, quality, rank)
                exact_hit |= m.exact
                old = best.get(rowid)
                if old is None or (not m.exact, m.quality, m.rank) < (not old.exact, old.quality, old.rank):
                    best[rowid] = m
            if exact_hit:
                break
        return sorted(best.values(), key=_match_order)

    # --- lookups -----------------------------------------------------------------------

    def matches(self, name: str, kinds: tuple[PlaceKind, ...] | None = None) -> list[Match]:
        """Every place known under ``name`` (or a de-inflected form of it), best first."""
        forms = name_forms(name)
        found = self._forms_matches(forms, kinds)
        extra = [f for f in adjectival_forms(name) + fleeting_vowel_forms(name) if f not in forms]
        if extra:
            # a name that is an adjective in an oblique case ("Октябрьском") is looked up as one too, even where
            # a noun reading found a place (Oktyabrsk), ranked after every noun reading; so is a noun that lost
            # its last vowel ("в Орлі": Orël, though Orly is "Орлі" too)
            seen = {m.place.id for m in found}
            more = [replace(m, rank=m.rank + len(forms)) for m in self._forms_matches(extra, kinds)
                    if m.exact and m.place.id not in seen]
            found = sorted(found + more, key=_match_order)
        return found

    def lookup(self, name: str) -> list[Place]:
        return [m.place for m in self.matches(name)]

    def is_known(self, name: str) -> bool:
        """True if ``name`` spelt this way (not only sounding alike) names a place or region."""
        if any(m.exact for m in self.matches(name)):
            return True
        return split_admin(name)[1] is not None and any(m.exact for m in self.region_matches(name))

    def region_matches(self, name: str, country: str | None = None) -> list[Match]:
        """Regions (or, for "X raion", districts first) named by ``name`` in any of its forms."""
        base, level = split_admin(name)
        forms = list(dict.fromkeys(name_forms(name) + region_bases(base)))
        # "Kievsky district [of Donetsk]" is a district (of a city, perhaps), never the Kyiv region.
        kinds: tuple[PlaceKind, ...] = ("district",) if level == "district" else ("region",)
        found = [m for m in self._forms_matches(forms, kinds)
                 if country is None or m.place.country == country.upper()]

        def order(m: Match) -> tuple[Any, ...]:
            worded = split_admin(m.place.name)[1] is not None or m.place.feature_code == "AREA"
            return (not m.exact, kinds.index(m.place.kind), level is not None and not worded, m.quality,
                    m.rank, -m.place.population)

        return sorted(found, key=order)

    def region_by_name(self, name: str, country: str | None = None) -> Place | None:
        found = self.region_matches(name, country)
        return found[0].place if found else None

    def regions(self, country: str | None = None) -> list[Place]:
        sql = f"SELECT {schema.PLACE_COLUMNS} FROM places WHERE kind = 'region'"
        args: tuple[str, ...] = ()
        if country:
            sql, args = sql + " AND country = ?", (country.upper(),)
        found = [schema.row_place(r) for r in self._conn.execute(sql + " ORDER BY country, name", args)]
        return found + [p for p in self._overlay if p.kind == "region" and country in (None, p.country)]

    def region(self, country: str, admin1: str) -> Place | None:
        """The first-level region with this GeoNames code ("UA", "14")."""
        row = self._conn.execute(
            f"SELECT {schema.PLACE_COLUMNS} FROM places WHERE kind = 'region' AND country = ? AND admin1 = ? "
            "AND (fcode IS NULL OR fcode != 'AREA') LIMIT 1",
            (country.upper(), admin1)).fetchone()
        return schema.row_place(row) if row else None

    def country(self, iso2: str) -> Place | None:
        row = self._conn.execute(f"SELECT {schema.PLACE_COLUMNS} FROM places WHERE kind = 'country' "
                                 "AND country = ? LIMIT 1", (iso2.upper(),)).fetchone()
        return schema.row_place(row) if row else None

    def admin1_name(self, country: str | None, admin1: str | None) -> str | None:
        return self._admin1.get((country or "", admin1 or ""))

    def place(self, place_id: str) -> Place | None:
        for p in self._overlay:
            if p.id == place_id:
                return p
        row = self._conn.execute(f"SELECT {schema.PLACE_COLUMNS} FROM places WHERE id = ?",
                                 (place_id,)).fetchone()
        return schema.row_place(row) if row else None

    # --- maintenance -------------------------------------------------------------------

    def add_geonames(self, paths: list[Path]) -> int:
        """Load GeoNames dump files (txt or zip) into the index; returns places added or updated."""
        started = time.monotonic()
        count = load_geonames(self._conn, [Path(p) for p in paths])
        sources = json.loads(self._meta("sources") or "[]")
        sources.append({"name": "geonames dump: " + ", ".join(Path(p).name for p in paths), "places": count,
                        "added": time.strftime("%Y-%m-%dT%H:%M:%S"),
                        "seconds": round(time.monotonic() - started, 1)})
        with self._conn:
            self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('sources', ?)",
                               (json.dumps(sources),))
        self._keys.clear()
        self._places.clear()
        self._admin1 = {(cc, code): name for cc, code, name in
                        self._conn.execute("SELECT country, code, name FROM admin1")}
        return count

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def info(self) -> dict[str, Any]:
        """Counts by kind, source and country, file size and the sources loaded."""
        q = self._conn.execute
        by_kind = dict(q("SELECT kind, count(*) FROM places GROUP BY kind").fetchall())
        by_source = dict(q("SELECT source, count(*) FROM places GROUP BY source").fetchall())
        by_country = dict(q("SELECT country, count(*) FROM places GROUP BY country "
                            "ORDER BY count(*) DESC").fetchall())
        if self._overlay:
            by_source["overlay"] = len(self._overlay)
            for k, n in Counter(p.kind for p in self._overlay).items():
                by_kind[k] = by_kind.get(k, 0) + n
        return {
            "path": str(self.path),
            "size_bytes": self.path.stat().st_size,
            "places": sum(by_source.values()),
            "names": q("SELECT count(*) FROM names").fetchone()[0],
            "by_kind": by_kind,
            "by_source": by_source,
            "by_country": by_country,
            "sources": json.loads(self._meta("sources") or "[]"),
            "built": self._meta("built"),
            "overlay": str(self.overlay_path) if self.overlay_path else None,
        }

    # --- overlay -----------------------------------------------------------------------

    def _load_overlay(self, path: Path) -> None:
        for entry in datafiles.overlay(path):
            admin1 = admin1_name = None
            if entry.admin1:
                if (entry.country, entry.admin1) in self._admin1:
                    admin1 = entry.admin1
                else:
                    region = self.region_by_name(entry.admin1, entry.country)
                    if region is None:
                        raise ConfigError(f"overlay {path}: {entry.name}: unknown admin1 {entry.admin1!r} "
                                          f"in {entry.country}")
                    admin1 = region.admin1
                admin1_name = self.admin1_name(entry.country, admin1)
            kind: PlaceKind = "settlement" if entry.kind == "settlement" else (
                "region" if entry.kind == "region" else "district")
            pid = entry.id or f"overlay:{entry.country}:{normalize(entry.name).replace(' ', '-')}"
            place = Place(pid, entry.name, entry.name, entry.lat, entry.lon,
                          "P" if kind == "settlement" else "A", None, entry.country, admin1,
                          admin1_name if kind != "region" else entry.name, None, entry.population, kind,
                          "overlay")
            self._overlay.append(place)
            rowid = -len(self._overlay)
            names = [(entry.name, MAIN_NAME)] + [(a, 1) for a in entry.aliases]
            for (key, norm), quality in schema.name_entries(names, region=kind != "settlement").items():
                self._overlay_keys.setdefault(key, []).append((rowid, norm, quality))
        self._keys.clear()


def _match_order(m: Match) -> tuple[Any, ...]:
    # Main and alternate names rank alike (Makeyevka is as good a name as Makiyivka); derived ones last.
    derived = m.quality >= DERIVED_NAME
    return (not m.exact, derived, m.rank, _KIND_ORDER[m.place.kind], -m.place.population)


def _derived_only(conn: sqlite3.Connection) -> bool:
    """Was the index built by ``build_default`` with no GeoNames file added since (``gazetteer add``)?"""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'sources'").fetchone()
        sources = json.loads(row[0]) if row else None
    except (sqlite3.DatabaseError, ValueError):
        return False
    return (isinstance(sources, list) and bool(sources)
            and not any(isinstance(s, dict) and "added" in s for s in sources))
