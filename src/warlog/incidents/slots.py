"""Filling an incident's slots from the sentences that report it.

Each function reads the evidence sentences (the trigger sentences) and, where
they say nothing, the context sentences before them in the same paragraph.
None of them falls back to the publication date or guesses a count.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ..models import Actor, Count, Entity, Quote, Report, When, Where
from . import casualties
from .detect import is_country
from .lexicon import IncidentLexicon

_REPORTING_BEFORE_DATE = re.compile(
    r"\b(?:released|published|posted|report(?:ed)?|out|said|told|wrote|aired)\b[^.]{0,25}$", re.IGNORECASE)
# "The ministry on Wednesday raised the toll to 89": a date between a teller and its telling verb dates the telling;
# "A military court on Wednesday sentenced a soldier ... for throwing a grenade": it dates the trial.
_REPORTING_AFTER_DATE = re.compile(
    r"\s*(?:raised|revised|updated|said|says|announced|reported|confirmed|put\s+the\s+toll|gave\s+a\s+toll|"
    r"sentenced|convicted|jailed|charged|indicted|acquitted|found\s+\w+\s+guilty)\b",
    re.IGNORECASE)
# ("shortly after midnight" is a time of the day, not another event)
_DATE_BARRIER = re.compile(r"\bbut\b|\b(?:after|before)\b(?!\s+(?:midnight|dawn|dusk|dark|noon|sunrise|sunset)\b)|;"
                           r"|\bwhen\b(?!\s+(?:an?|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|"
                           r"rockets?|bombs?|shells?|strikes?|artillery|explosives?|devices?|mines?|Shaheds?)\b)",
                           re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|by|on the outskirts of|village of|town of)\s+"
                              r"(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_ADMIN_WORD = re.compile(r"\b(?:region|oblast|raion|district|krai|province)\b", re.IGNORECASE)
_PERPETRATOR = re.compile(
    r"\bby\s+((?:a|an|his|their|its|our|her)\s+(?:\w+\s+){0,2}(?:fellow\s+\w+|own\s+\w+|comrade|commander|"
    r"officer|sergeant)s?)|\b((?:[Oo]ur|[Tt]heir|[Ii]ts)\s+(?:tank|artillery|drone|mortar|command|commanders))\b"
    r"|\b(commanders?)\s+(?:mistakenly|accidentally|deliberately)?\s*(?:killed|shot|abandoned)",
)
_SIDES = {"russian": "Russia", "russians": "Russia", "ukrainian": "Ukraine", "ukrainians": "Ukraine"}
_UNRESOLVED = 150
_CONTRAST = re.compile(r"\b(?:the reality|in reality|however|in fact|actually)\b", re.IGNORECASE)


# A verb right after a name: the name is someone acting, not a place (used only for names the gazetteer lacks).
_ACTS_AFTER = re.compile(r"\s+(?:[a-z]+ed|said|says|told|tells|saw|sees|wrote|writes|knew|thought|went|recalls?|"
                         r"remembers?|watch(?:es)?|ran|fled|left|joined|decided)\b")


def _inside(e: Entity, spans: list[tuple[int, int]]) -> bool:
    return any(a <= e.start and e.end <= b for a, b in spans)


def choose_where(text: str, entities: list[Entity], evidence: list[tuple[int, int]],
                 context: list[tuple[int, int]], triggers: list[tuple[int, int]],
                 lex: IncidentLexicon) -> Where | None:
    """The event's place: near the trigger, after a locative, not where someone was mourned or came from."""
    best: tuple[float, Entity] | None = None
    for spans, weight in ((evidence, 0.0), (context, 200.0)):
        for e in entities:
            if e.label != "PLACE" or not _inside(e, spans):
                continue
            line_start = text.rfind("\n", 0, e.start) + 1
            before = text[max(line_start, e.start - 80):e.start]
            if lex.not_event_place.search(before) or lex.not_event_place_after.search(text[e.end:e.end + 40]):
                continue  # where someone came from, or an actor ("Kiev forces"), not where it happened
            if e.text.islower() or lex.not_a_site.search(e.text):
                continue  # a common noun the tagger took for a name ("the west bank" of a river), a river, an era
            distance = min(abs(e.start - t[0]) for t in triggers) + weight
            if e.geo is None and _ACTS_AFTER.match(text, e.end) and not _LOCATIVE_BEFORE.search(before):
                continue  # a name the gazetteer does not know, doing something ("Oleg watched ..."): a person
            if e.geo is None:
                distance += _UNRESOLVED  # a name the gazetteer does not know places the event only when no other does
            if is_country(e):
                distance += 1000
            elif _ADMIN_WORD.search(e.text) or text[e.end:e.end + 1] == ",":
                # A region ranks after a settlement; "Makiivka, in the Luhansk region" keeps Makiivka first.
                distance += 60 if _ADMIN_WORD.search(e.text) else 0
            if _LOCATIVE_BEFORE.search(before):
                distance -= 40
            if best is None or distance < best[0]:
                best = (distance, e)
        if best is not None and best[0] < 1000:
            break
    if best is None:
        return None
    e = best[1]
    return Where(name=e.text, text=e.text, entity_id=e.id, span=None)


def choose_when(text: str, entities: list[Entity], evidence: list[tuple[int, int]],
                context: list[tuple[int, int]], triggers: list[tuple[int, int]],
                aside: re.Pattern[str] | None = None) -> When:
    """The date nearest the trigger in the evidence, else in the context; none inside an ``aside`` about a place
    ("In Avdiivka, scene of heavy fighting in recent weeks, ...")."""
    candidates: list[tuple[int, Entity]] = []
    asides = [(m.start(), m.end()) for a, b in evidence + context
              for m in (aside.finditer(text, a, b) if aside is not None else ())]
    for spans, weight in ((evidence, 0), (context, 300)):
        for e in entities:
            if e.label != "DATE" or e.when is None or not _inside(e, spans) or _inside(e, asides):
                continue
            line_start = text.rfind("\n", 0, e.start) + 1
            if _BORN_BEFORE.search(text[max(line_start, e.start - 20):e.start]):
                continue  # "a woman born in 1964": her birth, not the event
            if _REPORTING_BEFORE_DATE.search(text[max(line_start, e.start - 40):e.start]):
                continue  # "a report from Astra out Tuesday": the report's date, not the event's
            if _REPORTING_AFTER_DATE.match(text, e.end):
                continue
            # the nearest of the incident's triggers with no barrier between it and the date ("volunteered in the
            # summer but refused ... after": another event's date); "derailed on Sunday after a device went off"
            # dates the derailment
            reach = [abs(t[0] - e.start) for t in triggers if weight or not _barrier(text, t, e)]
            if reach:
                candidates.append((min(reach) + weight, e))
    if not candidates:
        return When()
    e = min(candidates, key=lambda c: c[0])[1]
    assert e.when is not None
    return e.when


_BORN_BEFORE = re.compile(r"\bborn\s+(?:in|on)\s+$", re.IGNORECASE)


def _barrier(text: str, trigger: tuple[int, int], date: Entity) -> bool:
    """Words between the trigger and the date that make the date another event's (read on past the gap:
    "killed on Monday when a Russian bomb hit" is one event, its weapon after "when")."""
    lo, hi = min(trigger[1], date.end), max(trigger[0], date.start)
    if date.end <= trigger[0] and "," in text[date.end:trigger[0]] \
            and _RELATIVE_BEFORE.search(text[max(0, date.start - 60):date.start]):
        return True  # "The shooter, a volunteer who signed a contract in the summer, was detained": his past
    return any(m.start() < hi - lo for m in _DATE_BARRIER.finditer(text[lo:hi + 60]))


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:had\s+|has\s+|have\s+)?[\w-]+(?:\s+[\w-]+){0,6}\s+$")


def _count_near(text: str, entities: list[Entity], spans: list[tuple[int, int]], cue: re.Pattern[str],
                other: re.Pattern[str], nouns: frozenset[str]) -> Count | None:
    for e in entities:
        if e.label != "QUANTITY" or e.count is None or not _inside(e, spans):
            continue
        after = text[e.end:e.end + 25].lower()
        words = set(re.findall(r"[a-z]+", e.text.lower())) | set(re.findall(r"[a-z]+", after)[:3])
        if not words & nouns:
            continue
        # Cues anywhere in the incident's evidence: "20 guys, fuck. ... They're killing their own".
        cue_hits = [abs(a + m.start() - e.start) for a, b in spans for m in cue.finditer(text[a:b])]
        other_hits = [abs(a + m.start() - e.start) for a, b in spans for m in other.finditer(text[a:b])]
        if cue_hits and (not other_hits or min(cue_hits) <= min(other_hits)):
            return e.count
    return None


def counts(text: str, entities: list[Entity], evidence: list[tuple[int, int]], lex: IncidentLexicon,
           lethal: bool) -> tuple[Count | None, Count | None]:
    """Fatalities and injured; deaths are never inferred from injuries.

    A count read with its verb ("killed five and injured 48") comes first; otherwise a counted group of people
    with a casualty word nearest to it in the evidence ("20 guys ... They're killing their own").
    """
    dead, hurt = casualties.read(text, evidence)
    fatalities = dead or _count_near(text, entities, evidence, lex.death_cues, lex.injury_cues, lex.person_nouns)
    injured = hurt or _count_near(text, entities, evidence, lex.injury_cues, lex.death_cues, lex.person_nouns)
    return (fatalities if lethal else None), injured


def document_side(entities: list[Entity]) -> str | None:
    sides = Counter(_SIDES[e.text.lower()] for e in entities if e.label == "NORP" and e.text.lower() in _SIDES)
    return sides.most_common(1)[0][0] if sides else None


def actors(text: str, incident_type: str, entities: list[Entity], evidence: list[tuple[int, int]],
           victim_names: list[Entity], side: str | None, speaker_spans: list[tuple[int, int]]) -> list[Actor]:
    found: list[Actor] = []
    harmful = incident_type in {"friendly_fire", "intra_force_killing", "abandonment", "strike",
                                "attack_on_civilians", "armed_clash", "non_combat_death"}
    for a, b in evidence if harmful else []:
        for m in _PERPETRATOR.finditer(text[a:b]):
            group = next(i for i in (1, 2, 3) if m.group(i))
            found.append(Actor(text=m.group(group), role="perpetrator", side=side))
    if harmful:
        found += _sided(text, evidence, incident_type)
    victim_role = "victim" if incident_type in {"friendly_fire", "intra_force_killing", "abandonment",
                                                "strike", "attack_on_civilians"} else "other"
    for e in entities:
        if e.label == "UNIT" and _inside(e, evidence):
            found.append(Actor(text=e.text, role=victim_role, side=side))
    for e in victim_names:
        if not _inside(e, speaker_spans):
            found.append(Actor(text=e.text, role="victim", side=side))
    unique: dict[tuple[str, str], Actor] = {}
    for actor in found:
        unique.setdefault((actor.text, actor.role), actor)
    return list(unique.values())


_SIDE_WORD = r"(?P<side>Russian|Ukrainian|Russia['’]s|Ukraine['’]s|Belarusian)"
_ATTACKER = re.compile(
    rf"\b{_SIDE_WORD}\s+(?:\w+\s+)?(?P<what>forces|troops|army|military|soldiers|servicemen|units?|occupiers|invaders|"
    r"drones?|missiles?|rockets?|artillery|shelling|shells|strikes?|air\s?strikes?|aircraft|aviation|jets?|warplanes?|"
    r"bombs?|guided\s+bombs?|helicopters?|sabotage\s+groups?|saboteurs|attack|fire|gunners|navy|air\s+force)\b")
_TARGET = re.compile(
    rf"\b(?:on|at|against|struck|hit|targeted|attacked|shelled)\s+(?:the\s+)?(?:\w+\s+)?{_SIDE_WORD}\s+"
    r"(?:\w+\s+)?(?P<what>positions?|troops|forces|soldiers|units?|base|bases|airfields?|depots?|territory|army)\b")
_NORMAL_SIDE = {"russian": "Russia", "russia's": "Russia", "ukrainian": "Ukraine", "ukraine's": "Ukraine",
                "belarusian": "Belarus"}
_OWN_SIDE_TYPES = {"friendly_fire", "intra_force_killing", "abandonment"}


def _side(word: str) -> str:
    return _NORMAL_SIDE[word.lower().replace("’", "'")]


def _sided(text: str, evidence: list[tuple[int, int]], incident_type: str) -> list[Actor]:
    """Who struck whom, as the sentence names the sides: "Russian forces", "a Ukrainian drone", "on Russian
    positions". A target named with its side is the victim; the attacker is never the target's own side except
    in the types that are harm done by a side to its own (friendly fire, killings by one's own side)."""
    found: list[Actor] = []
    targets: list[tuple[int, int]] = []
    for a, b in evidence:
        for m in _TARGET.finditer(text, a, b):
            start = m.start("side")
            found.append(Actor(text=text[start:m.end()], role="victim", side=_side(m.group("side"))))
            targets.append((start, m.end()))
        for m in _ATTACKER.finditer(text, a, b):
            if any(x <= m.start() < y for x, y in targets):
                continue
            found.append(Actor(text=m.group(0), role="perpetrator", side=_side(m.group("side"))))
    if incident_type not in _OWN_SIDE_TYPES:
        attackers = {x.side for x in found if x.role == "perpetrator"}
        found = [x for x in found if not (x.role == "victim" and x.side in attackers and len(attackers) == 1)]
    return found


def supporting_quotes(quotes: list[Quote], evidence: list[tuple[int, int]]) -> list[Quote]:
    return [q for q in quotes if any(q.start < b and a < q.end or (q.cue and a <= q.cue.start < b)
                                     for a, b in evidence)]


def count_from(report: Report, spans: list[tuple[int, int]], regex: re.Pattern[str], n: int = 1) -> Count | None:
    """The count ``n`` a phrase states without a number ("погиб мирный житель": 1, "Мужчина и женщина погибли": 2,
    "пострадавших нет": 0), from the first of ``spans`` where ``regex`` matches, with its evidence span."""
    text = report.document.text
    for a, b in spans:
        m = regex.search(text, a, b)
        if m is not None:
            return Count(best=n, low=n, high=n, text=m.group(), span=report.span(m.start(), m.end()))
    return None


BACKGROUND_DAYS = 31


def recalled(when: When, published: date | None) -> bool:
    """A stated date more than a month before the report: the report recalls the event as background."""
    end = when.end or when.start
    return (published is not None and when.precision != "unknown" and end is not None
            and (published - end).days > BACKGROUND_DAYS)


def by_publication(when: When, published: date | None) -> When:
    """An event with no date stated happened by the day it was published: an interval's end, never a stated
    date (the same bound the English stage gives)."""
    if when.start is None and when.end is None and published is not None:
        return When(end=published, precision="unknown")
    return when


def sources(quotes: list[Quote], outlet: str | None) -> list[str]:
    names: list[str] = []
    for q in quotes:
        for link in q.chain:
            if link.role != "medium" and link.name not in names and link.name != "unknown":
                names.append(link.name)
    if outlet and outlet not in names:
        names.append(outlet)
    return names


def certainty(text: str, quotes: list[Quote], evidence: list[tuple[int, int]],
              context: list[tuple[int, int]], alleged_hedges: list[re.Pattern[str]]) -> str:
    if any(q.status == "denied" for q in quotes):
        return "disputed"
    context_hedged = any(h.search(text[a:b]) for a, b in context for h in alleged_hedges)
    if context_hedged and any(_CONTRAST.search(text[a:b]) for a, b in evidence):
        return "disputed"  # "supposedly dying in Ukraine ... The reality, however, is that he was shot"
    evidence_hedged = any(h.search(text[a:b]) for a, b in evidence for h in alleged_hedges)
    if evidence_hedged or (quotes and all(q.status == "alleged" for q in quotes)):
        return "alleged"
    return "reported"
