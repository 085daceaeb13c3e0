"""Villages taken or struck together: one incident per village.

"Ukraine had recaptured Andriivka and also Klishchiivka", "Russian forces captured Pervomaiske, Nevelske and
Vodiane": each village changed hands, and each is where an analyst files the change, so a territory change told
with several coordinated villages becomes one incident per village. The same holds for strikes with no toll
("Russian forces also dropped bombs on the villages of A and B"): a toll told with them belongs to a village the
sentence does not say, so those stay one incident. English wording.
"""

from __future__ import annotations

import re

from ..models import Entity, Incident
from .shares import place_where

_TAKEN = re.compile(r"\b(?:recaptured|captured|liberated|retook|seized|took(?:\s+(?:back|control\s+of))?|"
                    r"regained(?:\s+control\s+of)?|occupied|entered)\s+(?:the\s+(?:villages?|towns?|settlements?)\s+"
                    r"of\s+)?$|\b(?:named|identified|listed)\s+(?:the\s+)?(?:villages?|towns?|settlements?)\s+as\s+$",
                    re.IGNORECASE)
_STRUCK = re.compile(r"\b(?:shelled|struck|bombed|attacked|targeted|hit|dropped\s+(?:\w+\s+){0,2}(?:bombs|"
                     r"munitions|explosives)\s+on|fired\s+(?:\w+\s+){0,3}(?:on|at))\s+(?:the\s+(?:villages?|towns?|"
                     r"settlements?|communities)\s+of\s+)?$", re.IGNORECASE)
# the places first, the verb after them: "The communities of A, B and C came under artillery fire", "the A, B and C
# communities were shelled" (a roundup's plural after the list)
_STRUCK_AFTER = re.compile(r"(?:\s+(?:communities|hromadas|villages|settlements|towns))?"
                           r"\s+(?:also\s+)?(?:came|come)\s+under\s+(?:\w+\s+){0,3}?(?:fire|attacks?|shelling)\b|"
                           r"(?:\s+(?:communities|hromadas|villages|settlements|towns))?"
                           r"\s+(?:were|was)\s+(?:also\s+)?(?:shelled|attacked|hit|struck|bombed)\b", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?)", re.IGNORECASE)
_SITE = ("settlement", "hromada", "point", "district")


# "A, B, Richkivka, C and D came under fire": one name of the list the gazetteer does not know does not end it
_UNKNOWN_ITEM = re.compile(r",\s*[A-Z][\w'’]+(?:[\s-][A-Z][\w'’]+)?\s*,\s*")


# "Kamianske in the southeastern Zaporizhzhia region, Dehtiarne in the Kharkiv region and ...": each village with its
# region, the region no item of the list
_IN_REGION = re.compile(r"\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}")
_REGION_WORD = re.compile(r"\s+(?:region|oblast|Oblast|Region)\b")


def _chain(text: str, inside: list[Entity], i: int) -> list[Entity]:
    """The places coordinated from ``inside[i]`` on ("A, B and also C"; "A in the X region, B in the Y region")."""
    chain = [inside[i]]
    end = inside[i].end
    for nxt in inside[i + 1:]:
        gap = text[end:nxt.start]
        if nxt.geo is not None and nxt.geo.precision == "region" and _IN_REGION.fullmatch(gap):
            after = _REGION_WORD.match(text, nxt.end)
            end = after.end() if after else nxt.end  # the region of the item before: passed over
            continue
        if not (_AND.fullmatch(gap) or _UNKNOWN_ITEM.fullmatch(gap)):
            break
        chain.append(nxt)
        end = nxt.end
    return chain


def _sites(chain: list[Entity]) -> list[Entity]:
    """The chain's villages, or none when any of it is a place of another kind (a name the gazetteer does not know
    is passed over: it cannot be placed, and the list goes on)."""
    sites = [e for e in chain if e.geo is not None and e.geo.precision in _SITE]
    return sites if len(sites) == sum(e.geo is not None for e in chain) else []


def _coordinated(text: str, places: list[Entity], a: int, b: int, verb: re.Pattern[str] = _TAKEN) -> list[Entity]:
    """The villages coordinated right after a taking (or striking) verb in ``text[a:b]`` (two or more), else none."""
    inside = sorted((e for e in places if a <= e.start < b), key=lambda e: e.start)
    for i, first in enumerate(inside):
        if verb.search(text, max(a, first.start - 50), first.start):
            sites = _sites(_chain(text, inside, i))
            return sites if len(sites) >= 2 else []
    if verb is _STRUCK:
        for i in range(len(inside)):
            chain = _chain(text, inside, i)
            if len(chain) >= 2 and _STRUCK_AFTER.match(text, chain[-1].end):
                return _sites(chain)
    return []


def _no_toll(incident: Incident) -> bool:
    """No one counted, or "no one was hurt" (a zero that holds for every village)."""
    return all(c is None or c.best == 0 for c in (incident.fatalities, incident.injured))


def split(incidents: list[Incident], text: str, entities: list[Entity]) -> list[Incident]:
    """Each territory change, and each strike with no toll, told with coordinated villages becomes one incident per
    village."""
    places = [e for e in entities if e.label == "PLACE"]
    out: list[Incident] = []
    for incident in incidents:
        sites: list[Entity] = []
        verb = _TAKEN if incident.type == "territory_change" else _STRUCK
        if incident.type == "territory_change" or (incident.type == "strike" and _no_toll(incident)):
            for span in incident.evidence:
                sites = _coordinated(text, places, span.start, span.end, verb)
                if sites:
                    break
        if not sites:
            out.append(incident)
            continue
        for k, place in enumerate(sites):
            part = incident.model_copy(deep=True)
            part.id = f"{incident.id}-{k + 1}"
            part.where = place_where(place)
            if k and not _no_toll(incident):
                part.fatalities = part.injured = None  # the assault's toll is told once, not per village
            out.append(part)
    return out
