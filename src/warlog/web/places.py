"""Offline place labels for the map, drawn from the gazetteer index (``warlog gazetteer``; no tile server).

``GET /api/places?west=&south=&east=&north=&zoom=`` answers the largest settlements inside the box, fewer
the farther out the map is zoomed (a population floor per zoom level, then the largest ``limit``). The
gazetteer's settlements with a population are read once per server (about 30,000 rows) and kept in memory;
without a gazetteer file the answer is empty and says so (the map still draws outlines and markers).
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from .app import workbench
from .auth import require

router = APIRouter()
KEEP = 30000  # the largest settlements kept in memory
# The smallest population labelled at each zoom level (Leaflet zoom; beyond the last, all kept places).
FLOORS = {3: 2_000_000, 4: 1_000_000, 5: 400_000, 6: 150_000, 7: 50_000, 8: 15_000, 9: 5_000, 10: 1_000}


@dataclass(frozen=True)
class Label:
    name: str
    lat: float
    lon: float
    population: int
    country: str


class PlaceLabels:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._labels: list[Label] | None = None
        self._lock = threading.Lock()

    def labels(self) -> list[Label]:
        with self._lock:
            if self._labels is None:
                self._labels = self._load()
            return self._labels

    def _load(self) -> list[Label]:
        if not self.path.is_file():
            return []
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                rows = conn.execute("SELECT name, lat, lon, population, country FROM places WHERE kind = 'settlement'"
                                    " AND population > 0 AND lat IS NOT NULL AND lon IS NOT NULL"
                                    " ORDER BY population DESC LIMIT ?", (KEEP,)).fetchall()
            finally:
                conn.close()
        except sqlite3.Error:
            return []  # not a gazetteer index: no labels, the rest of the map works
        return [Label(str(n), float(la), float(lo), int(p), str(c or "")) for n, la, lo, p, c in rows]

    def within(self, west: float, south: float, east: float, north: float, zoom: int, limit: int = 250) -> list[Label]:
        """The largest places in the box, none closer to a larger one than a label's room at ``zoom``."""
        floor = FLOORS.get(zoom, 0 if zoom > max(FLOORS) else FLOORS[min(FLOORS)])
        per_pixel = 360.0 / (256 * 2 ** zoom)  # degrees of longitude per screen pixel (Web Mercator)
        room_x, room_y = 90 * per_pixel, 22 * per_pixel * 0.66  # a label's width, and its height at ~50°N
        out: list[Label] = []
        for label in self.labels():  # largest first: stop at the floor
            if label.population < floor or len(out) >= limit:
                break
            if not (south <= label.lat <= north and west <= label.lon <= east):
                continue
            if any(abs(label.lon - kept.lon) < room_x and abs(label.lat - kept.lat) < room_y for kept in out):
                continue  # a larger place's label is there: suburbs and districts do not pile up on the city
            out.append(label)
        return out


def labels_for(request: Request) -> PlaceLabels:
    state = request.app.state
    if getattr(state, "place_labels", None) is None:
        state.place_labels = PlaceLabels(workbench(request).settings.gazetteer_path)
    labels: PlaceLabels = state.place_labels
    return labels


def _number(raw: str | None, default: float, low: float, high: float) -> float:
    try:
        value = float(raw) if raw is not None else default
    except ValueError:
        value = default
    return min(max(value, low), high)


@router.get("/api/places")
async def places(request: Request) -> Response:
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    q = request.query_params
    labels = labels_for(request)
    found = labels.within(_number(q.get("west"), 12, -180, 180), _number(q.get("south"), 35, -90, 90),
                          _number(q.get("east"), 60, -180, 180), _number(q.get("north"), 70, -90, 90),
                          int(_number(q.get("zoom"), 5, 0, 20)))
    return JSONResponse({"available": bool(labels.labels()),
                         "places": [{"name": p.name, "lat": p.lat, "lon": p.lon, "population": p.population}
                                    for p in found]})
