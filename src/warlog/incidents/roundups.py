"""Tolls a roundup of strikes tells town by town, with no trigger word of their own.

A daily roundup ("Russian attacks kill 1, injure 24 over past day") goes on region by region: "Seven people were
injured in Donetsk Oblast, the military administration said: three in Illinivka, three in Vyshneve and one in
Avdiivka." The sentence names no weapon, yet in a report about strikes a toll told with a place below country
level is a strike there. English wording; the Ukrainian pack has its own (``lang/uk``).
"""

from __future__ import annotations

from ..models import Entity
from . import casualties
from .detect import Mention, is_country, tells_background
from .lexicon import IncidentLexicon


def roundup_tolls(text: str, sentences: list[tuple[int, int]], mentions: list[Mention], entities: list[Entity],
                  lex: IncidentLexicon) -> list[Mention]:
    """A strike mention for each sentence that tells a toll in a place of its own, in a report that tells
    strikes (some strike trigger matches in it, even in a sentence that is only a summary's total) and no event
    of a narrower kind."""
    if any(m.type not in lex.generic_types for m in mentions):
        return []  # a story of another kind (friendly fire, a desertion) tells its own tolls
    # the first strike trigger that matches anywhere (a strike mention found already is one)
    rank = next((m.rank for m in mentions if m.type == "strike"), None)
    if rank is None:
        rank = next((r for r, (kind, _, regex) in enumerate(lex.triggers) if kind == "strike" and regex.search(text)),
                    None)
    if rank is None:
        return []
    told = {m.sentence for m in mentions}
    found: list[Mention] = []
    for index, (a, b) in enumerate(sentences):
        if index in told or tells_background(text[a:b], lex):
            continue
        dead, hurt = casualties.read(text, [(a, b)])
        toll = next((c for c in (dead, hurt) if c is not None and c.best and c.span is not None), None)
        if toll is None or toll.span is None:
            continue
        places = [e for e in entities if e.label == "PLACE" and a <= e.start < b and not is_country(e)
                  and not lex.not_event_place.search(text[max(a, e.start - 80):e.start])]
        if places:
            found.append(Mention("strike", index, toll.span.start, toll.span.end, None, rank))
    return found
