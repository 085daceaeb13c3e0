""""Place, region" strings and event notes built from UCDP GED Ukraine rows (``python -m benchmarks place-strings``).

Each precise UCDP row (``where_prec`` 1-2, an ``adm_1`` and a point) gives UCDP's own place name
(``where_coordinates`` without its feature word) and region name; from them two texts are written
in the styles of OSINT datasets and coder notes, the style chosen by a hash of the row id:

- a place string: "X, Y", "X, Y Oblast", "X, Oblast Y", "X (Y region)", "X, Y region";
- an event note: "Russian forces fired artillery near X, Y.", "Shelling was reported in X in the Y region.", ...

Each text goes through ``warlog.geocode`` (recognition and resolution); the row's place is the resolved
PLACE overlapping the place name, else the most specific resolved one. Scores: region right (admin1,
normalised as in ``ucdp_places``), point within 25 km, and coverage (a point given at all), by style.
Rows are split with ``splits.part_of("place-strings", id)``: rules were read on ``tune``, figures reported
on ``report``. The data (CC BY 4.0) is read from disk, never copied. All functions but ``run`` are pure.
"""

from __future__ import annotations

import csv
import hashlib
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warlog.models import Entity, GeoRef

from .geoparsing import haversine_km
from .splits import select
from .ucdp_places import NEAR_KM, base_name, normalise_admin1, pick

BENCHMARK = "place-strings"
PLACE_STYLES = ("{p}, {r}", "{p}, {r} Oblast", "{p}, Oblast {r}", "{p} ({r} region)", "{p}, {r} region")
NOTE_STYLES = (
    "Russian forces fired mortars and artillery near {p}, {r}.",
    "Shelling was reported in {p} in the {r} region.",
    "A drone hit a house in {p}, {r} Oblast, injuring two people.",
    "Ukrainian troops repelled an attack near {p} ({r} region).",
)
_REGION_WORDS = (" oblast", " province", " region", " oblast'")


@dataclass(frozen=True)
class Item:
    id: str
    place: str  # UCDP's name of the place
    region: str  # UCDP's adm_1 without its admin word
    admin1: str  # gold, warlog's English admin1 name
    lat: float
    lon: float


@dataclass(frozen=True)
class Case:
    item: Item
    kind: str  # "place" or "note"
    style: int
    text: str
    span: tuple[int, int]  # where the place name is in the text


def _region_name(adm_1: str) -> str:
    name = " ".join(adm_1.split())
    for word in _REGION_WORDS:
        if name.casefold().endswith(word):
            return name[: -len(word)].strip()
    return name


def read_items(dev_csv: Path) -> list[Item]:
    """Precise rows (where_prec 1-2) with a known admin1 and a single-word-or-more place name."""
    items = []
    with Path(dev_csv).open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            admin1 = normalise_admin1(r["adm_1"])
            place = base_name(r["where_coordinates"])
            if r["where_prec"] not in ("1", "2") or admin1 is None or not place or admin1 in ("Kyiv", "Sevastopol"):
                continue
            items.append(Item(r["id"], place, _region_name(r["adm_1"]), admin1, float(r["latitude"]),
                              float(r["longitude"])))
    return items


def _style(item_id: str, kind: str, n: int) -> int:
    return hashlib.sha256(f"{BENCHMARK}:{kind}:{item_id}".encode()).digest()[0] % n


def cases(items: Sequence[Item]) -> list[Case]:
    """One place string and one event note per item."""
    out = []
    for item in items:
        for kind, styles in (("place", PLACE_STYLES), ("note", NOTE_STYLES)):
            i = _style(item.id, kind, len(styles))
            text = styles[i].format(p=item.place, r=item.region)
            start = text.index(item.place)
            out.append(Case(item, kind, i, text, (start, start + len(item.place))))
    return out


def chosen(case: Case, found: Sequence[Entity]) -> GeoRef | None:
    """The resolved PLACE over the place name, else the most specific resolved place."""
    s, e = case.span
    over = [x for x in found if x.geo is not None and x.start < e and s < x.end]
    if over:
        return over[0].geo
    best = pick(found)
    return best.geo if best else None


def score(results: Sequence[tuple[Case, GeoRef | None]]) -> dict[str, Any]:
    """Region right, within 25 km, coverage and median km, overall and per kind and style."""
    groups: dict[str, list[tuple[Case, GeoRef | None]]] = {}
    for case, geo in results:
        for key in (case.kind, f"{case.kind}:{case.style}"):
            groups.setdefault(key, []).append((case, geo))
    out: dict[str, Any] = {}
    for key, rows in sorted(groups.items()):
        dists = [haversine_km(c.item.lat, c.item.lon, g.lat, g.lon) for c, g in rows
                 if g is not None and g.lat is not None and g.lon is not None]
        n = len(rows)
        out[key] = {
            "n": n,
            "region_right": round(sum(g is not None and g.admin1 == c.item.admin1 for c, g in rows) / n, 4),
            "within_25km": round(sum(d <= NEAR_KM for d in dists) / n, 4),
            "coverage": round(len(dists) / n, 4),
            "median_km": round(statistics.median(dists), 1) if dists else None,
            "precision": dict(Counter(g.precision if g else "none" for _, g in rows).most_common()),
        }
    return out


def failures(results: Sequence[tuple[Case, GeoRef | None]], limit: int | None = 25) -> list[str]:
    """Misses (wrong region or farther than 25 km), with the distance and the resolver's reason."""
    out = []
    for case, geo in results:
        wrong_region = geo is None or geo.admin1 != case.item.admin1
        km = None if geo is None or geo.lat is None or geo.lon is None else haversine_km(
            case.item.lat, case.item.lon, geo.lat, geo.lon)
        if wrong_region or km is None or km > NEAR_KM:
            got = f"{geo.name} ({geo.admin1}, {geo.precision}) {km or 0:.0f} km | {geo.reason}" if geo else "-"
            out.append(f"[{miss_cause(geo, wrong_region)}] {case.text} -> {got} | gold {case.item.admin1}")
    return out[:limit] if limit else out


def miss_cause(geo: GeoRef | None, wrong_region: bool) -> str:
    """A coarse cause, to count misses by class: no answer, another region, the region only, a borrowed
    (hromada or raion) point, or a namesake in the right region."""
    if geo is None:
        return "unresolved"
    if wrong_region:
        return "wrong_region"
    if geo.precision in ("region", "district"):
        return "region_only"
    if geo.precision in ("hromada", "raion"):
        return "borrowed_point"
    return "namesake_in_region"


def run(dev_csv: Path, part: str = "report", geocode: Callable[[str], list[Entity]] | None = None,
        limit: int | None = None, show_errors: bool = False) -> dict[str, Any]:
    """``python -m benchmarks place-strings --dev FILE --part report [--show-errors]``."""
    import warlog

    items = select(read_items(Path(dev_csv)), BENCHMARK, part, key=lambda it: it.id)
    items = items[:limit] if limit else items
    run_geocode = geocode or warlog.geocode
    started = time.perf_counter()
    results = [(c, chosen(c, run_geocode(c.text))) for c in cases(items)]
    seconds = time.perf_counter() - started
    return {"part": part, "items": len(items), "texts": len(results), "seconds": round(seconds, 1),
            "scores": score(results), "failures": failures(results, None if show_errors else 25),
            "misses_by_cause": dict(Counter(f[1:f.index("]")] for f in failures(results, None)).most_common())}


__all__ = ["Case", "Item", "cases", "chosen", "read_items", "run", "score"]
