"""The region a report speaks for when it states none: the regional official who tells it.

Governors' and regional administrations' posts name their villages bare ("Мне только что позвонила глава
Журавлёвки"), and a bare village name has namesakes in other regions. The official behind the post (the
document's outlet or a speaker named in its text) says which region is meant. ``data/geo/officials.toml`` lists
them; the resolver takes this region only where the text itself states no region (``resolve._document_region``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .datafiles import _load


@dataclass(frozen=True)
class Official:
    region: str  # the English region name the gazetteer resolves ("Belgorod Oblast")
    country: str
    pattern: re.Pattern[str]


@cache
def officials() -> tuple[Official, ...]:
    data = _load("officials.toml")
    return tuple(Official(o["region"], o["country"], re.compile(r"(?<!\w)(?:" + "|".join(o["names"]) + r")"))
                 for o in data.get("official", []))


def told_for(text: str, outlet: str | None = None) -> tuple[str, str] | None:
    """(region, country) of the one regional official the outlet or the text names, or None when none or
    officials of several regions are named."""
    found = {(o.region, o.country) for o in officials()
             if o.pattern.search(outlet or "") or o.pattern.search(text)}
    return next(iter(found)) if len(found) == 1 else None
