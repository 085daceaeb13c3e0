"""The gazetteer's record types: a place and a name match."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

PlaceKind = Literal["settlement", "district", "region", "country"]

# Name quality, stored per name row: lower is better.
MAIN_NAME = 0  # the place's own (English or official) name
ALT_NAME = 1  # an alternate, historic or other-language name
DERIVED_NAME = 2  # a form derived by warlog (e.g. "Belgorod" from "Belgorodskaya oblast'")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry; ``id`` is ``source:number`` such as ``geonames:703448``."""

    id: str
    name: str
    ascii_name: str
    lat: float | None
    lon: float | None
    feature_class: str | None
    feature_code: str | None
    country: str | None
    admin1: str | None
    admin1_name: str | None
    admin2: str | None
    population: int
    kind: PlaceKind
    source: str = ""
    # For named areas spanning several regions (Donbas): the admin1 codes they cover.
    members: tuple[str, ...] = ()
    # A settlement without its own point (KATOTTG villages GeoNames lacks) carries its hromada's or
    # raion's centre: "hromada" / "raion"; empty when the point is the place's own.
    located_by: str = ""
    radius_km: float | None = None  # how far the place may lie from the point (areas, borrowed points)


@dataclass(frozen=True, slots=True)
class Match:
    """A place found under a name: how well the name matched, and which form hit."""

    place: Place
    form: str  # the normalised form of the query that hit
    exact: bool  # normalised spelling equal, not only the phonetic key
    quality: int  # MAIN_NAME, ALT_NAME or DERIVED_NAME
    rank: int = 0  # index of the query form (0 = as written, higher = de-inflected guess)
