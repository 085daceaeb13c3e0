"""Slots an event gets from the rest of the report, after its tellings are resolved.

Reports place and count the main event in sentences that name no trigger: "The incident in the south-western
Belgorod region ...", "The unit where the shooting took place is stationed in the Graivoronsky district",
"... one of them used his service weapon, killing two and wounding the third". Such a sentence fills a slot
the event's own tellings left empty; it never overrides a stated one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from ..models import Count, Entity, GeoRef, Incident, Quote, Span, When, Where
from . import casualties, slots
from .detect import is_country, tells_background
from .lexicon import IncidentLexicon

# A sentence that refers back to an event already told.
_ANAPHOR = re.compile(
    r"\b(?:the|this|that)\s+(?:\w+\s+)?(?:incident|attack|shooting|strike|blast|explosion|assault|killing|raid|"
    r"tragedy|massacre|shelling|bombing|shootout|stabbing|murder|clash|fighting)\b|\btook\s+place\b|\bhappened\b|"
    r"\boccurred\b", re.IGNORECASE)
# A note that the event could not be checked or was told without details ("X could not immediately verify the
# incident", "the briefing gave no details of where the incidents took place") refers back but tells nothing.
_NO_DETAILS = re.compile(
    r"\b(?:could\s+not|couldn['’]t|cannot|can['’]t|did\s+not|didn['’]t|was\s+unable\s+to|were\s+unable\s+to)\s+"
    r"(?:immediately\s+|independently\s+|yet\s+)?(?:verify|confirm)\b|"
    r"\b(?:gave|give|gives|provided|released|offered|disclosed)\s+no\s+(?:further\s+|other\s+|more\s+)?"
    r"(?:details|information)\b|\bno\s+(?:further\s+|other\s+)?details\s+(?:were|was|have\s+been)\s+"
    r"(?:given|provided|released|disclosed)\b|"
    # "It is not clear exactly when this happened": what the report does not know
    r"\b(?:it\s+is|it['’]s|it\s+was|it\s+remains)\s+(?:not\s+(?:yet\s+)?clear|unclear)\b", re.IGNORECASE)
# "It came a week after a blast ...", "two months after the shelling of ...": an earlier event recalled.
RECALLED = re.compile(r"\b(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                       r"(?:after|before|since)\s+(?:a|an|the)\b", re.IGNORECASE)
_NEWS_DAYS = 92  # how old a headline's event may be and still be the report's news
_FOLLOW_PARAGRAPHS = 3  # how far after its last telling a sentence can still add to an event


def _events_spans(incidents: list[Incident]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for i in incidents for s in i.evidence]


def _sub_country_place(text: str, entities: list[Entity], a: int, b: int, lex: IncidentLexicon) -> Entity | None:
    for e in entities:
        if e.label != "PLACE" or not (a <= e.start < b) or is_country(e) or lex.not_a_site.search(e.text):
            continue
        if e.geo is not None and e.geo.precision == "country":
            continue
        line_start = text.rfind("\n", 0, e.start) + 1
        if lex.not_event_place.search(text[max(line_start, e.start - 80):e.start]):
            continue
        if lex.not_event_place_after.search(text[e.end:e.end + 40]):
            continue
        return e
    return None


def _elsewhere(where: Where | None, text: str, entities: list[Entity], a: int, b: int,
               lex: IncidentLexicon) -> bool:
    place = _sub_country_place(text, entities, a, b, lex)
    if place is None or place.geo is None or _coarse(where) or where is None:
        return False
    if place.text.casefold() == where.text.casefold() or place.geo.gazetteer_id == where.gazetteer_id:
        return False
    if place.geo.admin1 != where.admin1:
        return True
    # Within the event's region: only another settlement, where the event has one, is elsewhere.
    return place.geo.precision in ("settlement", "point") and where.precision in ("settlement", "point")


def _open_bound(count: Count | None) -> bool:
    """A toll told as a bound ("more than 20", "at least five"), not as a figure."""
    return count is not None and count.low is not None and count.high is None


def _refines(bound: Count | None, exact: Count | None) -> bool:
    """An exact figure within a bound told before it."""
    return (bound is not None and exact is not None and exact.best is not None and bound.low is not None
            and exact.low == exact.high == exact.best and exact.best >= bound.low)


def _coarse(where: Where | None) -> bool:
    return where is None or where.precision in ("country", "unknown") and where.admin1 is None


def _region_only(where: Where | None) -> bool:
    return where is not None and where.precision == "region" and where.admin1 is not None


def _within(geo: GeoRef, where: Where | None) -> bool:
    """A settlement of the event's region: "The incident happened near the town of Luga in the Leningrad region"
    places an event told so far by its region alone."""
    return where is not None and geo.admin1 == where.admin1 and geo.precision not in ("country", "region")


_BREAK = re.compile(r"\n+")


def complete(incidents: list[Incident], text: str, entities: list[Entity], sentences: list[tuple[int, int]],
             lex: IncidentLexicon, lethal: set[str], published: date | None,
             quotes: Sequence[Quote] = (), post: bool = False) -> dict[str, list[tuple[int, int]]]:
    """Fill each event's empty place and counts from the sentences after it; bound an undated event.

    Returns, per incident id, the sentences that told more about it (their quotes are its sources too).
    """
    told: dict[str, list[tuple[int, int]]] = {}
    paragraph_of = [len(_BREAK.findall(text, 0, a)) for a, _ in sentences]
    taken = _events_spans(incidents)
    recalled = {i.id for i in incidents if i.evidence and RECALLED.search(i.evidence[0].text)}
    # An event recalled in passing ("It came a week after a blast ...") takes no follow-up sentences: those
    # go on telling the report's own event.
    order = sorted((i for i in incidents if i.id not in recalled),
                   key=lambda i: i.evidence[0].start if i.evidence else 0)
    for n, incident in enumerate(order):
        if not incident.evidence:
            continue
        start = incident.evidence[0].start
        last = max(s.end for s in incident.evidence)
        next_start = order[n + 1].evidence[0].start if n + 1 < len(order) and order[n + 1].evidence else len(text)
        last_par = max(paragraph_of[i] for i, (a, b) in enumerate(sentences) if a < last) if sentences else 0
        for i, (a, b) in enumerate(sentences):
            if a < start or a >= next_start and paragraph_of[i] > last_par + _FOLLOW_PARAGRAPHS:
                continue
            own = any(x <= a < y for x, y in ((s.start, s.end) for s in incident.evidence))
            other = not own and any(x <= a < y for x, y in taken)
            if not own and _elsewhere(incident.where, text, entities, a, b, lex):
                continue  # a sentence about another place tells another event ("In Avdiivka, a man was wounded")
            refers = (bool(_ANAPHOR.search(text[a:b])) and not own and not other and a < next_start
                      and not _NO_DETAILS.search(text, a, b) and not lex.aggregate.search(text, a, b)
                      and not tells_background(text[a:b], lex))  # "The killing of prisoners is a grave breach"
            if refers:
                told.setdefault(incident.id, []).append((a, b))
            if (refers or own and _HAPPENED.search(text, a, b)) and incident.when.start is None:
                # "The attack happened at 7:20 p.m. on July 31": the date the event's own tellings left out.
                # ("the killing took place in June 2024" dates it to its month: said outright of this event, not
                # of "that killing" just recalled, the month is the event's)
                stated = _stated_date(text, entities, a, b, months=bool(_HAPPENED_THIS.search(text, a, b)))
                if stated is not None:
                    incident.when = stated
            if (_coarse(incident.where) or _region_only(incident.where)) and _ANAPHOR.search(text[a:b]) and not other:
                place = _sub_country_place(text, entities, a, b, lex)
                if place is not None and place.geo is not None and (
                        _coarse(incident.where) or _within(place.geo, incident.where)):
                    geo = place.geo
                    incident.where = Where(name=geo.name, text=place.text, admin1=geo.admin1, country=geo.country,
                                           lat=geo.lat, lon=geo.lon, precision=geo.precision,
                                           gazetteer_id=geo.gazetteer_id, confidence=geo.confidence,
                                           entity_id=place.id, span=Span(start=place.start, end=place.end,
                                                                         text=place.text))
            if own or other or a >= next_start:
                continue
            if paragraph_of[i] > last_par + _FOLLOW_PARAGRAPHS and not _ANAPHOR.search(text[a:b]):
                continue
            if lex.aggregate.search(text, a, b) or tells_background(text[a:b], lex):
                continue  # (a tally over a period is no toll of the event: "six men had died in the first weeks")
            update, _ = casualties.raised(text, (a, b))
            if update is not None and incident.type in lethal and incident.fatalities is not None \
                    and (incident.fatalities.best or 0) < (update.best or 0):
                incident.fatalities = update  # "the death toll had risen to two": the count told last
                told.setdefault(incident.id, []).append((a, b))
            open_toll = _open_bound(incident.fatalities)
            if incident.type in lethal and (incident.fatalities is None or open_toll) or incident.injured is None:
                dead, hurt = casualties.read(text, [(a, b)])
                if incident.type in lethal and incident.fatalities is None and dead is not None:
                    incident.fatalities = dead
                    told.setdefault(incident.id, []).append((a, b))
                elif incident.type in lethal and open_toll and _refines(incident.fatalities, dead):
                    # "More than 20 soldiers were killed" ... "22 members of the brigade had died": the exact figure
                    incident.fatalities = dead
                    told.setdefault(incident.id, []).append((a, b))
                # (the wounded left behind are what an abandonment is about: "Four of us are wounded")
                # ... and the sentence right after the event's own, in its paragraph, is its toll: "The enemy
                # shelled Nikopol district overnight. A 45-year-old man was wounded."
                # (in a post, whose lines are paragraphs, its next line too: "Nikopol. The enemy attacked the city with
                # drones.\nA man was wounded.")
                next_one = (paragraph_of[i] == last_par or post and paragraph_of[i] == last_par + 1) \
                    and not text[last:a].strip()
                if incident.injured is None and hurt is not None and (
                        dead is not None or incident.fatalities or incident.type == "abandonment" or next_one):
                    incident.injured = hurt
                    told.setdefault(incident.id, []).append((a, b))
        if incident.when.start is None and incident.when.end is None:
            bound = _told_by(text, entities, incident, sentences, quotes) or published
            if bound is not None:
                # No date stated: it happened by the day it was told ("the governor said on Friday") or by the
                # day of the report: an interval's end, never presented as a stated date.
                incident.when = When(end=bound, precision="unknown")
    _told_just_before(incidents, text, entities, sentences, lex)
    _dateline(incidents, text, entities)
    _regional(incidents, text, entities, lex)
    if published is not None:
        lead_end = _lead_end(text)
        for incident in incidents:
            # (a story's headline and lead tell its news however old the event: "A commander shot dead two of his
            # men in early December", in mid-January)
            headline = incident.id not in recalled and bool(incident.evidence) \
                and incident.evidence[0].start < lead_end \
                and (published - (incident.when.end or published)).days <= _NEWS_DAYS
            incident.background = incident.id in recalled or slots.recalled(incident.when, published) and not headline
    return {k: sorted(set(v)) for k, v in told.items()}


# "the killing happened on October 2": a telling whose date is the event's, even inside its own sentences
_HAPPENED = re.compile(r"\b(?:took\s+place|happened|occurred)\s+(?:on|at|in|overnight|early|late|last)\b",
                       re.IGNORECASE)
_HAPPENED_THIS = re.compile(r"\b(?:the\s+[\w-]+|it)\s+(?:took\s+place|happened|occurred)\s+in\b", re.IGNORECASE)
_REPORTED_ON = re.compile(r"\b(?:said|says|reported|report|told|wrote|posted|announced|claimed|stated|confirmed|"
                          r"published|added|released|shared|aired)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def _stated_date(text: str, entities: list[Entity], a: int, b: int, months: bool = False) -> When | None:
    """The first date in the sentence that dates an event, not the telling ("said on Friday"); a month too when
    ``months``."""
    precisions = ("day", "week", "month") if months else ("day", "week")
    for e in entities:
        if (e.label == "DATE" and e.when is not None and e.when.start is not None and a <= e.start < b
                and e.when.precision in precisions
                and not _REPORTED_ON.search(text[max(a, e.start - 30):e.start])):
            return e.when
    return None


_POSTED = re.compile(r"\b(?:posted|published|released|shared|uploaded)\s+(?:the|a|its)\s+(?:clip|video|footage|"
                     r"recording|images?|photos?)\b", re.IGNORECASE)
# A date that dates an interview rather than an event: "Speaking by phone on Sunday, the soldier ...".
_SPOKE_ON = re.compile(r"\b(?:speaking|spoke|interviewed|in\s+an\s+interview|told\s+\w+)\s+(?:\w+\s+){0,3}$",
                       re.IGNORECASE)


def _surname(e: Entity) -> str:
    return e.text.split()[-1].casefold()


def _told_by(text: str, entities: list[Entity], incident: Incident,
             sentences: Sequence[tuple[int, int]] = (), quotes: Sequence[Quote] = ()) -> date | None:
    """The earliest end of a date that dates the telling of the event ("said on Friday", "wrote last month"), or
    the day the person who tells it in its evidence spoke to the outlet ("Speaking by phone on Sunday, the
    soldier Denis Ivanov ..." before "Ivanov said his regiment had lost ...")."""
    ends = [e.when.end or e.when.start for e in entities
            if e.label == "DATE" and e.when is not None and (e.when.end or e.when.start)
            and any(s.start <= e.start < s.end for s in incident.evidence)
            and _REPORTED_ON.search(text[max(0, e.start - 30):e.start])]
    # a story's lead dates the telling of the story's own event: "..., the Moscow Times reported on Jan. 30" above
    # the quote that tells the arrest
    first_start = min((s.start for s in incident.evidence), default=0)
    lead_end = _lead_end(text)
    if first_start < _line_end(text, lead_end + 1):
        ends += [e.when.end or e.when.start for e in entities
                 if e.label == "DATE" and e.when is not None and (e.when.end or e.when.start) and e.start < lead_end
                 and _REPORTED_ON.search(text[max(0, e.start - 30):e.start])]
    # the sentence right after the telling may date it: "... appears to show ..." then "The channel posted the clip
    # on November 12"
    last = max((s.end for s in incident.evidence), default=0)
    after = next(((a, b) for a, b in sentences if a >= last), None)
    if after is not None and _POSTED.search(text, *after):
        ends += [e.when.end or e.when.start for e in entities
                 if e.label == "DATE" and e.when is not None and after[0] <= e.start < after[1]
                 and _REPORTED_ON.search(text[max(0, e.start - 30):e.start])]
    tellers = {_surname(e) for e in entities if e.label == "PERSON"
               and any(s.start <= e.start < s.end for s in incident.evidence)}
    for a, b in sentences if tellers else ():
        if not any(e.label == "PERSON" and a <= e.start < b and _surname(e) in tellers for e in entities):
            continue
        ends += [e.when.end or e.when.start for e in entities
                 if e.label == "DATE" and e.when is not None and a <= e.start < b
                 and _SPOKE_ON.search(text[max(a, e.start - 40):e.start])]
    # the day a teller's quote was said: "'Four of us are wounded,' the 31-year-old said on a video call with
    # relatives on the morning of Feb. 15" (the quote's speaker resolved to the man the event's evidence names)
    first = min((s.start for s in incident.evidence), default=0)
    for q in quotes:
        if q.cue is None or q.speaker is None or not q.speaker.name or _surname_of(q.speaker.name) not in tellers:
            continue
        if q.start < first:
            continue  # an earlier post of the same teller tells an earlier event
        ends += [e.when.end or e.when.start for e in entities
                 if e.label == "DATE" and e.when is not None and q.cue.end <= e.start <= q.cue.end + 60
                 and not re.search(r"[.;!?\n]", text[q.cue.end:e.start])]
    return min((d for d in ends if d is not None), default=None)


def _lead_end(text: str) -> int:
    """Where a story's headline and lead end: its second line, or in a text of one paragraph its first sentence."""
    if text.count("\n", 0, len(text.rstrip())) >= 1:
        return _line_end(text, _line_end(text, 0) + 1)
    stop = re.search(r"[.!?](?:\s|$)", text)
    return stop.end() if stop else len(text)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _surname_of(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


def _told_just_before(incidents: list[Incident], text: str, entities: list[Entity],
                      sentences: list[tuple[int, int]], lex: IncidentLexicon) -> None:
    """An event told with no place of its own happened where the story had just taken the men: the last
    place named in the two sentences before its first telling, across a paragraph break ("... they shipped them
    off to the Luhansk region again." then the quote "They were held in a basement in [the village of] X")."""
    for incident in incidents:
        if incident.where is not None or not incident.evidence:
            continue
        first = incident.evidence[0].start
        index = next((i for i, (a, b) in enumerate(sentences) if a <= first < b), None)
        if index is None:
            continue
        for back in (index - 1, index - 2):
            if back < 0:
                break
            a, b = sentences[back]
            places = [e for e in entities if e.label == "PLACE" and a <= e.start < b and e.geo is not None
                      and e.geo.admin1 and e.geo.precision != "country" and not lex.not_a_site.search(e.text)
                      and not lex.not_event_place.search(text[max(a, e.start - 80):e.start])]
            if places:
                place, geo = places[-1], places[-1].geo
                assert geo is not None
                incident.where = Where(name=geo.name, text=place.text, admin1=geo.admin1, country=geo.country,
                                       lat=geo.lat, lon=geo.lon, precision=geo.precision,
                                       gazetteer_id=geo.gazetteer_id, confidence=min(geo.confidence, 0.4),
                                       entity_id=place.id, span=Span(start=place.start, end=place.end,
                                                                     text=place.text))
                break


_DATELINE = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s+\d{1,2})?)?\s*\((?:Reuters|AP|AFP|UNN|Ukrinform|Interfax|TASS|"
                       r"RIA|dpa|Bloomberg)\)|\s+[-–—]\s+(?:UNN|Ukrinform|Interfax|TASS|RIA|Reuters|AP|AFP)\b")


def _dateline(incidents: list[Incident], text: str, entities: list[Entity]) -> None:
    """A wire story's dateline city ("MOSCOW (AFP) -") is where it was filed: the place of last resort for an
    event the story never places (it is not taken before, since wire stories often tell events elsewhere)."""
    line = next((e for e in entities if e.label == "PLACE" and e.geo is not None
                 and text.rfind("\n", 0, e.start) + 1 == e.start and _DATELINE.match(text, e.end)), None)
    if line is None or line.geo is None:
        return
    geo = line.geo
    for incident in incidents:
        if incident.where is None:
            incident.where = Where(name=geo.name, text=line.text, admin1=geo.admin1, country=geo.country,
                                   lat=geo.lat, lon=geo.lon, precision=geo.precision, gazetteer_id=geo.gazetteer_id,
                                   confidence=min(geo.confidence, 0.3), entity_id=line.id,
                                   span=Span(start=line.start, end=line.end, text=line.text))


def _regional(incidents: list[Incident], text: str, entities: list[Entity], lex: IncidentLexicon) -> None:
    """An unplaced event in a report whose places lie mostly in one region happened in that region.

    "Mostly": the region holds two thirds of the report's regional place mentions, and at least two of them (a
    story about a position near Avdiivka that also names Kharkiv once still tells of the Donetsk region)."""
    regions: dict[tuple[str, str | None], int] = {}
    for e in entities:
        if e.label != "PLACE" or e.geo is None or e.geo.admin1 is None or e.geo.precision == "country":
            continue
        line_start = text.rfind("\n", 0, e.start) + 1
        if lex.not_event_place.search(text[max(line_start, e.start - 80):e.start]):
            continue
        key = (e.geo.admin1, e.geo.country)
        regions[key] = regions.get(key, 0) + 1
    if not regions:
        return
    (admin1, country), mentions = max(regions.items(), key=lambda kv: kv[1])
    if mentions < 2 or mentions * 3 < sum(regions.values()) * 2:
        return
    for incident in incidents:
        if incident.where is None or (incident.where.admin1 is None and incident.where.country is None):
            incident.where = Where(name=admin1, text=admin1, admin1=admin1, country=country, precision="region",
                                   confidence=0.3)
