"""Names joined in one list are places of one level: "western states such as California or Washington".

A name that is both a first-level region and a big city ("Washington", "New York") goes to the city when
nothing else decides; listed with other regions of its country by "and"/"or", it is the region as they are.
A bare comma never makes a list on its own ("Washington, Pennsylvania" is a town and its state).
"""

from __future__ import annotations

import re

from .evidence import Case, Choice
from .place import MAIN_NAME, Place

# what joins two items of one list: a comma, "and", "or", or a comma before either
_JOIN = re.compile(r"^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)
# a region so listed must be one the resolver chose with some confidence
_LISTED_REGION_CONFIDENCE = 0.6


def _lists(text: str, cases: list[Case]) -> list[list[int]]:
    """Runs of mentions (indexes into ``cases``) joined as one list with at least one "and"/"or"."""
    order = sorted(range(len(cases)), key=lambda i: cases[i].mention.start)
    runs: list[list[int]] = []
    run: list[int] = []
    for i in order:
        if run:
            prev = cases[run[-1]].mention
            gap = text[prev.end:cases[i].mention.start]
            if prev.end <= cases[i].mention.start and _JOIN.match(gap):
                run.append(i)
                continue
        if len(run) > 1:
            runs.append(run)
        run = [i]
    if len(run) > 1:
        runs.append(run)
    return [r for r in runs if any(
        _CONJUNCTION.search(text[cases[a].mention.end:cases[b].mention.start]) for a, b in zip(r, r[1:], strict=False))]


def regions_in_lists(text: str, cases: list[Case], chosen: list[Choice]) -> list[Choice]:
    """A settlement listed among regions of one country, and itself that country's region by its own name,
    is the region ("Utah, Colorado or Washington")."""
    out = list(chosen)
    for run in _lists(text, cases):
        for i in run:
            p = chosen[i].place
            if p is None or p.kind != "settlement" or cases[i].region is not None or cases[i].country is not None:
                continue
            others = [chosen[j].place for j in run if j != i]
            if not others or not all(_listed_region(q) and chosen[j].confidence >= _LISTED_REGION_CONFIDENCE
                                     for j, q in zip((j for j in run if j != i), others, strict=True)):
                continue
            countries = {q.country for q in others if q is not None}
            own = next((m.place for m in cases[i].candidates if m.exact and m.quality == MAIN_NAME
                        and m.place.kind == "region" and m.place.country in countries), None)
            if own is None:
                continue
            listed = ", ".join(q.name for q in others if q is not None)
            out[i] = Choice(own, 0.8, f"listed with the regions {listed}: the region {own.name}, not the "
                                      f"settlement {p.name}")
    return out


def _listed_region(p: Place | None) -> bool:
    return p is not None and p.kind == "region" and p.country is not None
