"""The gazetteer's own TOML data: English region names, renamings, areas, user overlays."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ConfigError

DATA = resources.files("warlog") / "data" / "geo"
OVERLAY_KINDS = ("settlement", "district", "region")


@dataclass(frozen=True)
class Renaming:
    new: str
    old: tuple[str, ...]
    country: str
    admin1: str
    year: int | None


@dataclass(frozen=True)
class Area:
    name: str
    aliases: tuple[str, ...]
    country: str
    admin1: tuple[str, ...]


@dataclass(frozen=True)
class OverlayEntry:
    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    country: str
    admin1: str | None
    kind: str
    population: int
    id: str | None


def _load(name: str, path: Path | None = None) -> dict[str, Any]:
    try:
        if path is not None:
            return tomllib.loads(path.read_text(encoding="utf-8"))
        return tomllib.loads((DATA / name).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        where = path or name
        raise ConfigError(f"gazetteer data file {where}: {exc}") from exc


def admin1_english() -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> English region name, for the countries listed."""
    return {(cc, code): name for cc, table in _load("admin1_en.toml").items() for code, name in table.items()}


def renamings() -> list[Renaming]:
    return [Renaming(r["new"], tuple(r["old"]), r["country"], r["admin1"], r.get("year"))
            for r in _load("renamings.toml").get("renaming", [])]


def areas() -> list[Area]:
    return [Area(a["name"], tuple(a.get("aliases", ())), a["country"], tuple(a["admin1"]))
            for a in _load("areas.toml").get("area", [])]


def aliases() -> tuple[dict[str, list[str]], dict[tuple[str, str], list[str]]]:
    """Extra names: by country code, and by (country, admin1 code)."""
    data = _load("aliases.toml")
    regions = {(cc, code): list(names) for cc, table in data.get("admin1", {}).items()
               for code, names in table.items()}
    return {cc: list(names) for cc, names in data.get("country", {}).items()}, regions


def country_points() -> dict[str, tuple[float, float]]:
    """ISO code -> the point of the country's own GeoNames feature (not its capital)."""
    return {cc: (float(p[0]), float(p[1])) for cc, p in _load("country_points.toml").items()}


def wrong_names() -> dict[str, set[str]]:
    """Place id -> alternate names the sources attach to it by mistake."""
    return {pid: set(names) for pid, names in _load("aliases.toml").get("wrong", {}).items()}


def overlay(path: Path) -> list[OverlayEntry]:
    """Read a user overlay file; every problem names the entry and the field."""
    data = _load(path.name, path)
    out: list[OverlayEntry] = []
    for i, raw in enumerate(data.get("place", []), 1):
        where = f"overlay {path}: place #{i}"
        missing = [f for f in ("name", "lat", "lon", "country") if f not in raw]
        if missing:
            raise ConfigError(f"{where}: missing {', '.join(missing)}")
        kind = raw.get("kind", "settlement")
        if kind not in OVERLAY_KINDS:
            raise ConfigError(f"{where}: kind {kind!r} is not one of {', '.join(OVERLAY_KINDS)}")
        try:
            lat, lon = float(raw["lat"]), float(raw["lon"])
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{where}: lat/lon must be numbers") from exc
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ConfigError(f"{where}: lat/lon out of range ({lat}, {lon})")
        country = str(raw["country"]).upper()
        if len(country) != 2:
            raise ConfigError(f"{where}: country must be an ISO 3166-1 alpha-2 code, not {country!r}")
        out.append(OverlayEntry(
            name=str(raw["name"]), aliases=tuple(str(a) for a in raw.get("aliases", ())), lat=lat, lon=lon,
            country=country, admin1=str(raw["admin1"]) if raw.get("admin1") else None, kind=kind,
            population=int(raw.get("population", 0)), id=raw.get("id"),
        ))
    return out


def demonyms() -> dict[str, str]:
    """Adjective or demonym ("Russian") -> ISO country code."""
    return {form: cc for cc, forms in _load("demonyms.toml").items() for form in forms}
