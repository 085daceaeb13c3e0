"""Villages taken together: one change of control per village.

"Ukraine had recaptured Andriivka and also Klishchiivka", "Russian forces captured Pervomaiske, Nevelske and
Vodiane": each village changed hands, and each is where an analyst files the change, so a territory change told
with several coordinated villages becomes one incident per village. English wording.
"""

from __future__ import annotations

import re

from ..models import Entity, Incident
from .shares import place_where

_TAKEN = re.compile(r"\b(?:recaptured|captured|liberated|retook|seized|took(?:\s+(?:back|control\s+of))?|"
                    r"regained(?:\s+control\s+of)?|occupied|entered)\s+(?:the\s+(?:villages?|towns?|settlements?)\s+"
                    r"of\s+)?$", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?)", re.IGNORECASE)
_SITE = ("settlement", "hromada", "point", "district")


def _coordinated(text: str, places: list[Entity], a: int, b: int) -> list[Entity]:
    """The villages coordinated right after a taking verb in ``text[a:b]`` (two or more), else none."""
    inside = sorted((e for e in places if a <= e.start < b), key=lambda e: e.start)
    for i, first in enumerate(inside):
        if not _TAKEN.search(text, max(a, first.start - 50), first.start):
            continue
        chain = [first]
        for nxt in inside[i + 1:]:
            if not _AND.fullmatch(text[chain[-1].end:nxt.start]):
                break
            chain.append(nxt)
        sites = [e for e in chain if e.geo is not None and e.geo.precision in _SITE]
        return sites if len(sites) >= 2 and len(sites) == len(chain) else []
    return []


def split(incidents: list[Incident], text: str, entities: list[Entity]) -> list[Incident]:
    """Each territory change told with coordinated villages becomes one incident per village."""
    places = [e for e in entities if e.label == "PLACE"]
    out: list[Incident] = []
    for incident in incidents:
        sites: list[Entity] = []
        if incident.type == "territory_change":
            for span in incident.evidence:
                sites = _coordinated(text, places, span.start, span.end)
                if sites:
                    break
        if not sites:
            out.append(incident)
            continue
        for k, place in enumerate(sites):
            part = incident.model_copy(deep=True)
            part.id = f"{incident.id}-{k + 1}"
            part.where = place_where(place)
            if k:
                part.fatalities = part.injured = None  # the assault's toll is told once, not per village
            out.append(part)
    return out
