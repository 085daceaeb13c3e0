"""Readers for the official GeoNames dump, and its download.

Files (plain ``.txt`` or the ``.zip`` GeoNames serves them in):

- country files ``UA.txt``, ``RU.txt`` or ``allCountries.txt``: 19 tab-separated
  columns (geonameid, name, asciiname, alternatenames, latitude, longitude,
  feature class, feature code, country code, cc2, admin1..admin4, population,
  elevation, dem, timezone, modification date);
- ``alternateNamesV2.txt``: alternateNameId, geonameid, isolanguage, name,
  isPreferredName, isShortName, isColloquial, isHistoric, from, to;
- ``admin1CodesASCII.txt`` / ``admin2Codes.txt``: code, name, ascii name, geonameid.

Only populated places (class P) and administrative units (ADM1-3, countries)
are read; warlog resolves settlements and regions, not rivers or hills.
"""

from __future__ import annotations

import http.client
import io
import os
import re
import urllib.error
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from ..errors import GazetteerError, OfflineError
from .place import ALT_NAME, MAIN_NAME, Place, PlaceKind

BASE_URL = "https://download.geonames.org/export/dump"
FileKind = Literal["places", "alternates", "admin1", "admin2", "skip"]
# Files other than country files that may be asked for by name.
DUMP_FILES = ("allCountries.zip", "alternateNamesV2.zip", "admin1CodesASCII.txt", "admin2Codes.txt",
              "cities500.zip", "cities1000.zip")
_ADMIN_KINDS: dict[str, PlaceKind] = {"ADM1": "region", "ADM2": "district", "ADM3": "district"}
_COUNTRY_CODES = {"PCLI", "PCL", "PCLD", "PCLF", "PCLS", "PCLIX"}
# alternateNames "languages" that are codes or links, not names.
_NOT_NAMES = {"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid", "fr_1793", "phon"}

Opener = Callable[..., AbstractContextManager[Any]]


@dataclass(frozen=True)
class AdminCode:
    country: str
    admin1: str
    admin2: str | None
    name: str
    geonameid: str


def file_kind(name: str) -> FileKind:
    base = Path(name).name.lower()
    if base.startswith("alternatenames"):
        return "alternates"
    if base.startswith("admin1codes"):
        return "admin1"
    if base.startswith("admin2codes"):
        return "admin2"
    if base.startswith(("readme", "iso-languagecodes", "featurecodes", "timezones", "countryinfo",
                        "hierarchy", "userTags".lower(), "shapes", "no-country", "deletes", "modifications")):
        return "skip"
    return "places"


def open_texts(path: Path) -> Iterator[tuple[str, IO[str]]]:
    """(member name, text stream) for a .txt file or each .txt member of a .zip file."""
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                if member.endswith(".txt"):
                    with zf.open(member) as raw:
                        yield member, io.TextIOWrapper(raw, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as fh:
        yield path.name, fh


def _rows(stream: IO[str]) -> Iterator[list[str]]:
    for line in stream:
        if line and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def read_admin_codes(stream: IO[str]) -> Iterator[AdminCode]:
    for cols in _rows(stream):
        if len(cols) < 4:
            continue
        parts = cols[0].split(".")
        if len(parts) in (2, 3):
            yield AdminCode(parts[0], parts[1], parts[2] if len(parts) == 3 else None, cols[1], cols[3])


def place_kind(fclass: str, fcode: str) -> PlaceKind | None:
    if fclass == "P":
        return "settlement"
    if fclass == "A":
        if fcode in _COUNTRY_CODES:
            return "country"
        return _ADMIN_KINDS.get(fcode)
    return None


def read_places(stream: IO[str], admin1_names: dict[tuple[str, str], str], *, source: str = "geonames"
                ) -> Iterator[tuple[Place, list[tuple[str, int]]]]:
    """Places and their names from a country file; other feature classes are skipped."""
    for n, cols in enumerate(_rows(stream), 1):
        if len(cols) != 19:
            raise GazetteerError(f"line {n}: {len(cols)} columns, a GeoNames place file has 19")
        gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc = cols[:9]
        kind = place_kind(fclass, fcode)
        if kind is None:
            continue
        admin1, admin2 = cols[10] or None, cols[11] or None
        a1_name = admin1_names.get((cc, admin1 or ""))
        if kind == "region" and a1_name:
            name = a1_name  # keep the English region name the rest of warlog uses
        try:
            place = Place(f"geonames:{gid}", name, ascii_name or name, float(lat), float(lon), fclass, fcode,
                          cc or None, admin1 if kind != "country" else None,
                          a1_name if kind != "country" else None, admin2, int(cols[14] or 0), kind, source)
        except ValueError as exc:
            raise GazetteerError(f"line {n}: bad number in GeoNames row {gid}: {exc}") from exc
        names = [(name, MAIN_NAME), (cols[1], MAIN_NAME), (ascii_name, MAIN_NAME)]
        names += [(a, ALT_NAME) for a in alts.split(",") if a]
        yield place, names


def read_alternates(stream: IO[str]) -> Iterator[tuple[str, str]]:
    """(geonames id as "geonames:N", name) for every real name in alternateNamesV2."""
    for cols in _rows(stream):
        if len(cols) >= 4 and cols[2] not in _NOT_NAMES and cols[3]:
            yield f"geonames:{cols[1]}", cols[3]


_CC = re.compile(r"^[A-Za-z]{2}$")


def download(countries: list[str], dest: Path, *, opener: Opener | None = None, base_url: str = BASE_URL,
             timeout: float = 60.0) -> list[Path]:
    """Fetch ``{CC}.zip`` (or named dump files) into ``dest``; returns the paths written.

    Each file is written to a temporary name and renamed when complete. No
    network: ``OfflineError``. ``opener`` defaults to ``urllib.request.urlopen``.
    """
    open_url: Opener = opener or urllib.request.urlopen
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for item in countries:
        if _CC.match(item):
            filename = f"{item.upper()}.zip"
        elif item in DUMP_FILES:
            filename = item
        else:
            raise GazetteerError(f"{item!r} is neither a country code (UA) nor a GeoNames dump file "
                                 f"({', '.join(DUMP_FILES)})")
        url = f"{base_url.rstrip('/')}/{filename}"
        target = dest / filename
        tmp = dest / f".{filename}.{os.getpid()}.part"
        try:
            with open_url(url, timeout=timeout) as resp, tmp.open("wb") as out:
                while chunk := resp.read(1 << 20):
                    out.write(chunk)
            os.replace(tmp, target)
        except urllib.error.HTTPError as exc:
            raise GazetteerError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise OfflineError(
                f"cannot reach download.geonames.org: {reason}; download the files elsewhere and run "
                f"`warlog gazetteer add FILE`"
            ) from exc
        except OSError as exc:
            raise GazetteerError(f"cannot write {target}: {exc}") from exc
        finally:
            tmp.unlink(missing_ok=True)
        written.append(target)
    return written
