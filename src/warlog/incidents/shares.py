"""A toll shared out between places: one event per place.

"Attacks killed three civilians in the region on Monday, two of them in A and one in B" tells two events (the
strike on A and the strike on B), each with its share of the toll; so does "Seven people were injured: three in A,
three in B and one in C", with the injured. The split is made only when the shares add up
to the toll told and every share names a place the gazetteer knows, so a loose reading never invents events.
English wording; other languages pass their own pattern.
"""

from __future__ import annotations

import re

from ..models import Count, Entity, Incident, Span, Where

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER = r"(?:\d{1,3}|" + "|".join(_WORDS) + r")"
# "two of them in", then more shares: ", one in", "and one in" (the place itself is a PLACE entity right after).
# "injured two people in Avdiivka, one in Andriivka and one in Nelipivka": a chain of shares with no total
# ("in the Donetsk region" is no share's place: "the" only before "town of" or "nearby")
_PLACE_HEAD = (r"(?:(?:the\s+)?(?:nearby|neighbou?ring)\s+(?:(?:town|city|village)\s+of\s+)?"
               r"|the\s+(?:town|city|village)\s+of\s+)?$")
_CHAIN_FIRST = re.compile(rf"\b(?P<n>{_NUMBER})\s+(?:people|civilians|residents|persons|soldiers|men|women)\s+in\s+"
                          + _PLACE_HEAD, re.IGNORECASE)
# "...: three in Illinivka, three in Vyshneve and one in Avdiivka": a share-out after a colon.
_FIRST = re.compile(rf"(?:\b(?P<n>{_NUMBER})\s+of\s+them|:\s*(?P<m>{_NUMBER}))\s+in\s+" + _PLACE_HEAD, re.IGNORECASE)
_NEXT = re.compile(rf"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n>{_NUMBER})\s+(?:(?:more|other|others)\s+)?in\s+"
                   + _PLACE_HEAD, re.IGNORECASE)


_HURT_BEFORE = re.compile(r"\b(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _value(token: str) -> int:
    return int(token) if token.isdigit() else _WORDS[token.lower()]


Share = tuple[int, Entity, int]  # the count, its place, where the share's words start


def _shares(text: str, places: list[Entity], a: int, b: int) -> list[Share]:
    """The shares told in the sentence ``text[a:b]``, in order; empty when there is no share-out."""
    places = sorted((e for e in places if a <= e.start < b and e.geo is not None), key=lambda e: e.start)
    for i, place in enumerate(places):
        first = _FIRST.search(text, max(a, place.start - 40), place.start)
        if first is None:
            first = _CHAIN_FIRST.search(text, max(a, place.start - 40), place.start)
        if first is None:
            continue
        group = "n" if first["n"] else "m"
        found = [(_value(first[group]), place, first.start(group))]
        for nxt in places[i + 1:]:
            gap = found[-1][1].end
            m = _NEXT.match(text[gap:nxt.start])
            if m is None:
                break
            found.append((_value(m["n"]), nxt, gap + m.start("n")))
        return found if len(found) >= 2 else []
    return []


def place_where(place: Entity) -> Where:
    """The incident place a resolved PLACE entity gives (its gazetteer resolution, the mention as evidence)."""
    assert place.geo is not None
    where = Where(name=place.geo.name, text=place.text, entity_id=place.id,
                  span=Span(start=place.start, end=place.end, text=place.text))
    where.take(place.geo)
    return where


def split(incidents: list[Incident], text: str, entities: list[Entity]) -> list[Incident]:
    """Each incident whose toll is shared out between places becomes one incident per place."""
    places = [e for e in entities if e.label == "PLACE"]
    out: list[Incident] = []
    for incident in incidents:
        # the dead are shared out; where only the hurt are counted, the hurt ("seven injured: three in A, ...")
        of_hurt = incident.fatalities is None and incident.injured is not None
        shared = incident.injured if of_hurt else incident.fatalities
        toll = shared.best if shared else None
        shares: list[Share] = []
        for span in incident.evidence if toll else []:
            shares = _shares(text, places, span.start, span.end)
            if shares:
                break
        if shares and not of_hurt and incident.injured is not None and _HURT_BEFORE.search(
                text, max(0, shares[0][2] - 40), shares[0][2]):
            # "injured two people in A, one in B and one in C" under "kill 1, injure 4": the hurt are shared out
            of_hurt, toll = True, incident.injured.best
        # the shares add up to the toll told, or the toll told is the first share of a chain ("two in A, one in B")
        if not shares or toll not in (sum(n for n, _, _ in shares), shares[0][0]):
            out.append(incident)
            continue
        for k, (n, place, start) in enumerate(shares):
            part = incident.model_copy(deep=True)
            part.id = f"{incident.id}-{k + 1}"
            part.where = place_where(place)
            words = text[start:place.end]
            share = Count(best=n, low=n, high=n, text=words, span=Span(start=start, end=place.end, text=words))
            if of_hurt:
                part.injured = share
                if shared is not incident.injured:
                    part.fatalities = None  # (a death the report does not place among the shares ...)
            else:
                part.fatalities = share
                part.injured = None  # the report does not share the injured out
            out.append(part)
        if of_hurt and shared is not incident.injured and incident.fatalities is not None:
            dead = incident.model_copy(deep=True)  # (... stays told, where the report puts it)
            dead.id, dead.injured = f"{incident.id}-0", None
            out.append(dead)
    return out
