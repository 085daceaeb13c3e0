"""Ukrainian places benchmark on the UCDP GED Ukraine dev rows (``python -m benchmarks ucdp-places``).

Two settings, like the geoparsing benchmark's end-to-end and gold-span figures:

- ``where_description``: ``warlog.geocode`` on the source's own words ("near the village of
  Chermalyk in the south of Donetsk region"; empty ones fall back to ``where_coordinates``). The
  row's place is the most specific resolved PLACE (settlement, then district, region, country);
  among equals the first mentioned, since the event place usually comes first ("Opytne, five
  kilometers from Donetsk").
- ``where_coordinates``: UCDP's own name for the point ("Donetsk town", "Novoazovsk raion"),
  minus its feature word, given to ``Resolver`` as the mention (hint "settlement" for a
  village, town or city): resolution with the name given, no recognition.

Coverage rule (rows of precision 1-2): the point is in the gazetteer when a settlement or
district found under UCDP's name (spelt alike or sounding alike) lies within 25 km of it.

Scores: admin1 correct (the UCDP ``adm_1`` normalised to warlog's English admin1 names by
``UCDP_ADMIN1``; rows without ``adm_1`` are left out of this figure), distance to the UCDP point,
share within 25 km, and coverage (rows with any resolution). Split by ``where_prec``: 1-2 (exact
or near a named place), 3-4 (second- or first-level unit), 5-6 (wider area, country). The data
(CC BY 4.0) is read from disk, never copied.
"""

from __future__ import annotations

import csv
import re
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warlog import resources as res
from warlog.api import default_pipeline
from warlog.geo import Gazetteer, PlaceMention
from warlog.geo.evidence import MentionHint
from warlog.models import Entity, GeoRef
from warlog.settings import Settings

from .geoparsing import haversine_km

NEAR_KM = 25.0
_ORDER = {"point": 0, "settlement": 1, "hromada": 2, "raion": 2, "district": 2, "region": 3, "country": 4, "unknown": 5}
_FEATURE_WORDS = re.compile(
    r"(?:\s+(?:village|vilage|town|city|settlement|airport|international|monument|post|checkpoint|hill|site|"
    r"forest|cementary|area))+$", re.IGNORECASE)
_SETTLEMENT_WORDS = re.compile(r"\b(?:village|vilage|town|city|settlement)\b", re.IGNORECASE)
_GROUPS = {"1": "prec_1_2", "2": "prec_1_2", "3": "prec_3_4", "4": "prec_3_4"}

# UCDP GED admin1 spellings (all versions seen: "Donetsk oblast", "Donetsk province", "Kiev Special
# Republican city", "Crimea") -> warlog's English admin1 names (the gazetteer's admin1 table).
UCDP_ADMIN1 = {
    "cherkasy": "Cherkasy Oblast", "cherkasy oblast": "Cherkasy Oblast", "cherkassy": "Cherkasy Oblast",
    "chernihiv": "Chernihiv Oblast", "chernigov": "Chernihiv Oblast",
    "chernivtsi": "Chernivtsi Oblast", "chernovtsy": "Chernivtsi Oblast",
    "dnipropetrovsk": "Dnipropetrovsk Oblast", "dnipropetrovs'k": "Dnipropetrovsk Oblast",
    "dnepropetrovsk": "Dnipropetrovsk Oblast", "dnipro": "Dnipropetrovsk Oblast",
    "donetsk": "Donetsk Oblast", "donets'k": "Donetsk Oblast",
    "ivano-frankivsk": "Ivano-Frankivsk Oblast", "ivano-frankivs'k": "Ivano-Frankivsk Oblast",
    "kharkiv": "Kharkiv Oblast", "kharkov": "Kharkiv Oblast",
    "kherson": "Kherson Oblast",
    "khmelnytskyi": "Khmelnytskyi Oblast", "khmelnytskyy": "Khmelnytskyi Oblast",
    "khmel'nyts'kyy": "Khmelnytskyi Oblast", "khmelnitsky": "Khmelnytskyi Oblast",
    "kirovohrad": "Kirovohrad Oblast", "kirovograd": "Kirovohrad Oblast", "kropyvnytskyi": "Kirovohrad Oblast",
    "crimea": "Crimea", "autonomous republic of crimea": "Crimea", "krym": "Crimea",
    "kiev special republican city": "Kyiv", "kyiv special republican city": "Kyiv", "kiev city": "Kyiv",
    "kyiv city": "Kyiv", "city of kyiv": "Kyiv", "city of kiev": "Kyiv",
    "kiev": "Kyiv Oblast", "kyiv": "Kyiv Oblast",
    "luhansk": "Luhansk Oblast", "lugansk": "Luhansk Oblast", "luhans'k": "Luhansk Oblast",
    "lviv": "Lviv Oblast", "l'viv": "Lviv Oblast", "lvov": "Lviv Oblast",
    "mykolayiv": "Mykolaiv Oblast", "mykolaiv": "Mykolaiv Oblast", "nikolaev": "Mykolaiv Oblast",
    "odessa": "Odesa Oblast", "odesa": "Odesa Oblast",
    "poltava": "Poltava Oblast",
    "rivne": "Rivne Oblast", "rovno": "Rivne Oblast",
    "sevastopol": "Sevastopol", "sevastopol' special republican city": "Sevastopol",
    "sevastopol special republican city": "Sevastopol", "sevastopol city": "Sevastopol",
    "sumy": "Sumy Oblast",
    "ternopil": "Ternopil Oblast", "ternopil'": "Ternopil Oblast",
    "vinnytsia": "Vinnytsia Oblast", "vinnytsya": "Vinnytsia Oblast", "vinnitsa": "Vinnytsia Oblast",
    "volyn": "Volyn Oblast", "volyn'": "Volyn Oblast",
    "zakarpattia": "Zakarpattia Oblast", "zakarpattya": "Zakarpattia Oblast", "transcarpathia": "Zakarpattia Oblast",
    "zaporizhzhia": "Zaporizhzhia Oblast", "zaporizhzhya": "Zaporizhzhia Oblast", "zaporizhia": "Zaporizhzhia Oblast",
    "zaporozhye": "Zaporizhzhia Oblast",
    "zhytomyr": "Zhytomyr Oblast", "zhitomir": "Zhytomyr Oblast",
}
_UNIT_WORDS = (" oblast", " province", " region", " oblast'")


def normalise_admin1(ucdp: str) -> str | None:
    """warlog's admin1 name for a UCDP ``adm_1`` value; None when empty or unknown."""
    key = " ".join(ucdp.casefold().split())
    if not key:
        return None
    if key in UCDP_ADMIN1:
        return UCDP_ADMIN1[key]
    for word in _UNIT_WORDS:
        if key.endswith(word) and key[: -len(word)] in UCDP_ADMIN1:
            return UCDP_ADMIN1[key[: -len(word)]]
    return None


def pick(places: Sequence[Entity]) -> Entity | None:
    """The most specific resolved place; among equals the first mentioned."""
    resolved = [(i, e) for i, e in enumerate(places) if e.geo is not None]
    if not resolved:
        return None
    return min(resolved, key=lambda t: (_ORDER.get(t[1].geo.precision if t[1].geo else "", 9), t[0]))[1]


def base_name(where_coordinates: str) -> str:
    """UCDP's place name without its feature word or note: "Kiev city (Maidan ...)" -> "Kiev"."""
    name = re.sub(r"\s*\(.*$", "", " ".join(where_coordinates.split()))
    return _FEATURE_WORDS.sub("", name).strip() or name


@dataclass
class Row:
    group: str
    admin1: str | None  # gold, normalised
    lat: float
    lon: float
    text: str  # where_description, or where_coordinates when that is empty
    name: str  # where_coordinates as given
    fallback: bool = False


@dataclass
class Tally:
    rows: int = 0
    resolved: int = 0
    admin1_rows: int = 0
    admin1_correct: int = 0
    near: int = 0

    def scores(self, dists: list[float]) -> dict[str, Any]:
        return {"rows": self.rows, "coverage": _share(self.resolved, self.rows),
                "admin1_rows": self.admin1_rows, "admin1_accuracy": _share(self.admin1_correct, self.admin1_rows),
                "within_25km": _share(self.near, self.rows),
                "median_km": round(statistics.median(dists), 1) if dists else None,
                "mean_km": round(statistics.fmean(dists), 1) if dists else None}


def _share(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def read_rows(dev_csv: Path) -> list[Row]:
    rows = []
    with Path(dev_csv).open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            name = " ".join(r["where_coordinates"].split())
            text = " ".join(r["where_description"].split())
            rows.append(Row(_GROUPS.get(r["where_prec"], "prec_5_6"), normalise_admin1(r["adm_1"]),
                            float(r["latitude"]), float(r["longitude"]), text or name, name, not text))
    return rows


def score(rows: Sequence[Row], geos: Sequence[GeoRef | None]) -> dict[str, Any]:
    tallies: dict[str, Tally] = {}
    dists: dict[str, list[float]] = {}
    for row, geo in zip(rows, geos, strict=True):
        for key in ("all", row.group):
            t = tallies.setdefault(key, Tally())
            d = dists.setdefault(key, [])
            t.rows += 1
            t.admin1_rows += row.admin1 is not None
            if geo is None:
                continue
            t.resolved += 1
            t.admin1_correct += row.admin1 is not None and geo.admin1 == row.admin1
            if geo.lat is not None and geo.lon is not None:
                km = haversine_km(row.lat, row.lon, geo.lat, geo.lon)
                d.append(km)
                t.near += km <= NEAR_KM
    return {k: tallies[k].scores(dists[k]) for k in ("all", "prec_1_2", "prec_3_4", "prec_5_6") if k in tallies}


def _near(gaz: Gazetteer, name: str, row: Row) -> bool:
    return any(m.place.kind in ("settlement", "district") and m.place.lat is not None and m.place.lon is not None
               and haversine_km(row.lat, row.lon, m.place.lat, m.place.lon) <= NEAR_KM for m in gaz.matches(name))


def failure(gaz: Gazetteer, row: Row, found: Sequence[Entity], chosen: Entity | None) -> str:
    """Why a row missed its admin1, in the order the pipeline could have gone wrong."""
    geo = chosen.geo if chosen else None
    if geo is not None and geo.admin1 == row.admin1:
        return "correct"
    if not found:
        return "not_recognised"
    if row.group == "prec_1_2" and not _near(gaz, base_name(row.name), row):
        return "missing_from_gazetteer"
    if geo is None or chosen is None:
        return "recognised_unresolved"
    if geo.country != "UA":
        return "wrong_country"
    if geo.precision != "settlement":
        return f"{geo.precision}_in_wrong_region"
    if row.group == "prec_1_2" and not any(_near(gaz, e.text, row) for e in found):
        return "spelling_not_matched"  # the place is indexed under UCDP's name, not under the text's
    return "wrong_candidate"


def run(dev_csv: Path, settings: Settings | None = None, limit: int | None = None) -> dict[str, Any]:
    """``python -m benchmarks ucdp-places --dev FILE``: admin1 accuracy, distance and coverage, two settings."""
    import warlog

    settings = settings or Settings.from_env()
    resources = default_pipeline(settings).resources
    gaz, resolver = res.gazetteer(settings, resources), res.resolver(settings, resources)
    rows = read_rows(Path(dev_csv))[:limit] if limit else read_rows(Path(dev_csv))

    started = time.perf_counter()
    described: list[GeoRef | None] = []
    why: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for row in rows:
        found = warlog.geocode(row.text, settings=settings)
        chosen = pick(found)
        described.append(chosen.geo if chosen else None)
        if row.admin1 is not None:
            reason = failure(gaz, row, found, chosen)
            why[reason] += 1
            if reason != "correct":
                got = f"{chosen.text} -> {chosen.geo.name}, {chosen.geo.admin1}" if chosen and chosen.geo else "-"
                examples.setdefault(reason, []).append(f"{row.text[:80]} | {got} | gold {row.admin1}")
    geocode_s = time.perf_counter() - started

    started = time.perf_counter()
    named: list[GeoRef | None] = []
    for row in rows:
        name = base_name(row.name)
        hint: MentionHint = "settlement" if _SETTLEMENT_WORDS.search(row.name) else "unknown"
        named += resolver.resolve(row.name, [PlaceMention(0, len(name), name, hint)])
    resolve_s = time.perf_counter() - started

    covered = [i for i, r in enumerate(rows) if r.group == "prec_1_2" and _near(gaz, base_name(r.name), r)]
    n_near = sum(r.group == "prec_1_2" for r in rows)

    def scored(geos: list[GeoRef | None]) -> dict[str, Any]:
        out = score(rows, geos)
        out["prec_1_2_in_gazetteer"] = score([rows[i] for i in covered], [geos[i] for i in covered])["all"]
        return out

    return {
        "rows": len(rows), "fallback_rows": sum(r.fallback for r in rows),
        "missing_from_gazetteer_prec_1_2": _share(n_near - len(covered), n_near),
        "where_description": {"scores": scored(described), "outcomes": dict(why.most_common()),
                              "seconds": round(geocode_s, 1), "rows_per_s": round(len(rows) / geocode_s, 1)},
        "where_coordinates": {"scores": scored(named), "seconds": round(resolve_s, 2),
                              "places_per_s": round(len(rows) / resolve_s, 1)},
        "examples": {k: v[:20] for k, v in examples.items()},
    }


__all__ = ["UCDP_ADMIN1", "base_name", "normalise_admin1", "pick", "read_rows", "run", "score"]
