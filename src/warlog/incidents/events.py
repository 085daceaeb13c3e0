"""Resolving a report's incident mentions into events.

A report tells one event several times: in the headline, the lead, a photo
caption, a quote and the follow-up paragraphs. Each telling is detected on its
own; here the tellings of one event become one incident whose slots come from
all of them, while tellings that name different places or different days stay
separate events (two strikes on two towns).
"""

from __future__ import annotations

import re
from datetime import date

from ..geo.normalize import phonetic_key
from ..models import GEO_PRECISION_RANK, TIME_PRECISION_RANK, Count, GeoRef, Incident, When, Where
from .scenes import OTHER_TIME, SEPARATE, SEPARATE_OPENING

_TIME_RANK = TIME_PRECISION_RANK
_GEO_RANK = GEO_PRECISION_RANK


def _geo(where: Where | None) -> GeoRef | None:
    if where is None or where.precision == "unknown" and where.admin1 is None and where.country is None:
        return None
    return GeoRef(gazetteer_id=where.gazetteer_id, name=where.name, lat=where.lat, lon=where.lon,
                  admin1=where.admin1, country=where.country, precision=where.precision)


def same_place(a: Where | None, b: Where | None) -> bool:
    """Places that can name one event's site: the same place, or a place and the region or country around it."""
    if a is None or b is None:
        return True
    if a.text.casefold() == b.text.casefold() or (a.gazetteer_id and a.gazetteer_id == b.gazetteer_id):
        return True
    ga, gb = _geo(a), _geo(b)
    # a village the gazetteer lacks, given its region ("the village of Petrovka" -> Belgorod Oblast), is a named
    # place of its own: two such tellings are two sites
    if ga is not None and gb is not None and (_gap(a) or _gap(b)):
        ga, gb = (None if _gap(a) else ga), (None if _gap(b) else gb)
    if ga is None or gb is None:
        # A place the gazetteer does not know may lie in a region or country named beside it ("Novaya Naumovka"
        # and "the Belgorod region"); two differently named places, one unknown, stay apart.
        known = ga or gb
        return known is not None and known.precision in ("region", "country")
    coarse = {ga.precision, gb.precision} & {"region", "country"}
    if "country" in coarse:
        return True  # a country named beside the event ("crossed the border from Ukraine") does not place it
    if ga.country and gb.country and ga.country != gb.country:
        return False
    if coarse:
        return ga.admin1 == gb.admin1
    return False  # two different settlements: two events


def _gap(where: Where) -> bool:
    """A place named in the text that resolved only to its region or country (a village the gazetteer lacks)."""
    if where.precision not in ("region", "country") or not where.name:
        return False
    if re.search("[а-яёіїєґ]", where.text, re.IGNORECASE):
        return False  # the gazetteer's names are Latin: a Cyrillic mention cannot be compared by its letters
    # by sound, not letters ("Lugansk region" is Luhansk Oblast, "Nikolaev" Mykolaiv)
    name = phonetic_key(where.name.split()[0])[:4]
    return not any(phonetic_key(word)[:4] == name for word in re.findall(r"[\w'’-]+", where.text))


def _interval(when: When) -> tuple[date, date] | None:
    if when.start is None:
        return None
    return when.start, when.end or when.start


def same_time(a: When, b: When) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _better_where(a: Where | None, b: Where | None) -> Where | None:
    if a is None or b is None:
        return a or b
    return b if _GEO_RANK.get(b.precision, 5) < _GEO_RANK.get(a.precision, 5) else a


def _better_when(a: When, b: When) -> When:
    if a.start is None:
        return b if b.start is not None else a
    if b.start is None:
        return a
    return b if _TIME_RANK.get(b.precision, 5) < _TIME_RANK.get(a.precision, 5) else a


def _larger(a: Count | None, b: Count | None) -> Count | None:
    """A report that raises a toll ("the toll rose to seven") states the larger figure last; keep the larger."""
    if a is None or a.best is None:
        return b if b is not None and b.best is not None else a
    if b is None or b.best is None:
        return a
    return b if b.best > a.best else a


def absorb(event: Incident, other: Incident) -> None:
    """Add another telling of the event: evidence, claims, sources and actors join; each slot keeps its best."""
    event.where = _better_where(event.where, other.where)
    event.when = _better_when(event.when, other.when)
    event.fatalities = _larger(event.fatalities, other.fatalities)
    event.injured = _larger(event.injured, other.injured)
    event.evidence = sorted([*event.evidence, *(s for s in other.evidence if s not in event.evidence)],
                            key=lambda s: s.start)
    event.claim_ids += [c for c in other.claim_ids if c not in event.claim_ids]
    event.sources += [s for s in other.sources if s not in event.sources]
    # The outlet's own name goes last, after the sources it relays.
    known = {(a.text, a.role) for a in event.actors}
    event.actors += [a for a in other.actors if (a.text, a.role) not in known]
    if other.certainty == "disputed" or (other.certainty == "reported" and event.certainty == "alleged"):
        event.certainty = other.certainty
    if event.acled is None:
        event.acled = other.acled


def _figure(incident: Incident, size: Size | None) -> int | None:
    """The number of people a telling is about, two or more: its exact death toll, else its exact head count ("shot
    16 captured soldiers", "killed 16 prisoners"), a figure that names the event."""
    toll = incident.fatalities
    if toll is not None and toll.best is not None:
        return toll.best if toll.best >= 2 and toll.low == toll.high else None
    if size is not None and size[0] == size[1] and size[0] >= 2:
        return size[0]
    return None


def _other_toll(a: Count | None, b: Count | None) -> bool:
    """Two tellings with different death tolls ("20 guys killed", "two killed") are two events."""
    return a is not None and b is not None and a.best is not None and b.best is not None and a.best != b.best


# Harm a force does to its own people is often also told in broad words ("the attack", "the shooting").
_ABSORBING = {"friendly_fire", "intra_force_killing", "non_combat_death"}
LEAD_PARAGRAPHS = 3  # the headline, the lead and the paragraph after it summarise the report's main event
_NEAR = 2  # paragraphs between two tellings of one event when neither names its place


_BREAK = re.compile(r"\n+")


def _paragraphs(text: str, incident: Incident) -> set[int]:
    """Paragraph numbers of the telling (one or more line breaks end a paragraph)."""
    return {len(_BREAK.findall(text, 0, span.start)) for span in incident.evidence}


def _sub_country(where: Where | None) -> bool:
    return where is not None and where.admin1 is not None and where.precision not in ("country", "unknown")


def _named_alike(a: Where | None, b: Where | None) -> bool:
    """Both tellings place the event below country level, compatibly (a country alone identifies nothing)."""
    return _sub_country(a) and _sub_country(b) and same_place(a, b)


Size = tuple[int, int | None]  # a head count as a range: (12, None) is "dozens", (50, 50) is "50"


def _key_size(sizes: list[Size]) -> Size | None:
    """The count a telling is about: its first exact one ("50 soldiers deserted"), else its first one."""
    return next((s for s in sizes if s[0] == s[1]), sizes[0] if sizes else None)


def _overlap(x: Size, y: Size) -> bool:
    return x[0] <= (y[1] if y[1] is not None else x[0]) and y[0] <= (x[1] if x[1] is not None else y[0])


def _roundup(incident: Incident, incidents: list[Incident], paragraphs: dict[str, set[int]]) -> bool:
    """An unplaced headline or lead telling that sums up several events the report then places one by one.

    "Fresh Russian shelling has killed at least three people" before "In Kherson ...", "In the village of
    Sadove ...": the roundup is no event of its own, and merged into one of them it would carry the others' toll.
    """
    if min(paragraphs[incident.id], default=LEAD_PARAGRAPHS) >= LEAD_PARAGRAPHS:
        return False
    if _attacks_then_separate(incident, incidents, paragraphs):
        return True
    if _sub_country(incident.where):
        return _sums_up(incident, incidents, paragraphs)
    later = [o for o in incidents if o is not incident and o.type == incident.type and o.where is not None
             and min(paragraphs[o.id], default=0) > max(paragraphs[incident.id])]
    sites = {o.where.gazetteer_id or o.where.text for o in later if o.where is not None
             and o.where.precision in ("settlement", "hromada", "point", "district")}
    # "Russian attacks kill 1, injure 24 over past day" before "In Donetsk Oblast ...", "In Kharkiv Oblast ...":
    # a roundup of regions, each told on its own
    regions = {o.where.admin1 for o in later if o.where is not None and o.where.admin1}
    return len(sites) >= 2 or len(regions) >= 2


# "Ukrainian attacks kill three in the Kursk region": a toll of several attacks, in a headline or lead
_ATTACKS_TOLL = re.compile(r"\b(?:attacks|strikes|raids|shellings)\s+(?:\w+\s+){0,2}?(?:kill|killed|have\s+killed|"
                           r"wound|wounded|injure|injured)\b", re.IGNORECASE)


def _attacks_then_separate(incident: Incident, incidents: list[Incident], paragraphs: dict[str, set[int]]) -> bool:
    """A lead's toll of several attacks, when the report goes on to tell a separate one in its region with a
    part of that toll ("Ukrainian attacks killed three ..." then "In a separate incident, a man was killed ..."):
    the lead sums up the events and is none of them."""
    total = incident.fatalities.best if incident.fatalities else None
    if not total or not incident.evidence or not _ATTACKS_TOLL.search(incident.evidence[0].text):
        return False
    if incident.where is not None and incident.where.precision not in ("region", "country", "unknown"):
        return False  # "Russian strikes on Kharkiv killed five": a city's own toll, not a region's sum
    region = incident.where.admin1 if incident.where else None
    return any(o is not incident and o.evidence and o.type == incident.type and _says_another(o, with_time=False)
               and (o.where is None or region is None or o.where.admin1 == region)
               and o.fatalities is not None and o.fatalities.best and o.fatalities.best < total
               and min(paragraphs[o.id], default=0) > max(paragraphs[incident.id], default=0) for o in incidents)


def _sums_up(incident: Incident, incidents: list[Incident], paragraphs: dict[str, set[int]]) -> bool:
    """A lead placed in a region whose toll is the sum of the tolls of two or more events the report then tells
    in that region ("Three civilians were killed in the Kherson region": two near Beryslav, one south of
    Kherson)."""
    where = incident.where
    if where is None or where.precision != "region" or where.admin1 is None:
        return False
    # (told after it: in a later paragraph, or later in the roundup's own paragraph)
    end = max((s.end for s in incident.evidence), default=0)
    later = [o for o in incidents if o is not incident and o.type == incident.type and o.where is not None
             and o.where.admin1 == where.admin1 and (min(paragraphs[o.id], default=0) > max(paragraphs[incident.id])
                                                     or bool(o.evidence) and o.evidence[0].start >= end)]
    for kind in ("fatalities", "injured"):
        total = getattr(incident, kind)
        parts = [getattr(o, kind) for o in later]
        # (the headline and the lead tell the whole toll alike: a retelling is no part of it)
        counted = [c.best for c in parts if c is not None and c.best and total is not None and total.best
                   and c.best < total.best]
        if total is not None and total.best and len(counted) >= 2 and sum(counted) == total.best:
            return True
    return False


_ANOTHER = re.compile(r"\banother\s+(?:\w+\s+)?(?:car|vehicle|bus|truck|house|home|building|strike|attack|drone|"
                      r"missile|shell|explosion|blast)\s+(?:was|were|had|has|hit|struck|exploded|killed|injured|"
                      r"wounded)\b|" + SEPARATE.pattern, re.IGNORECASE)


_DEFINITE_VICTIM = re.compile(r"(?:^|[\"“]\s*)(?:The|the)\s+(?:\w+\s+)?(?:soldier|serviceman|man|conscript|recruit|"
                              r"private|officer|commander|draftee|victim)\s+(?:was\s+killed|died|was\s+shot|had\s+died)\b")


def _retelling(incident: Incident) -> bool:
    """A telling with no place or day of its own whose victim is one already named: "The soldier died on the spot
    from a head wound," the channel wrote."""
    return (incident.where is None and incident.when.start is None and bool(incident.evidence)
            and bool(_DEFINITE_VICTIM.search(incident.evidence[0].text)))


def _says_another(incident: Incident, with_time: bool = True) -> bool:
    """The incident's own first telling says it is another event ("In a separate incident, ...", "Separately",
    and with ``with_time`` "In July ... also")."""
    first = incident.evidence[0].text if incident.evidence else ""
    return bool(_ANOTHER.search(first) or SEPARATE_OPENING.match(first) or with_time and OTHER_TIME.match(first))


def _is_another(incident: Incident, event: Incident) -> bool:
    """The incident's own first telling, after the event's, says it is another one."""
    return bool(incident.evidence and event.evidence and incident.evidence[0].start > event.evidence[0].start
                and _says_another(incident))


def resolve(incidents: list[Incident], text: str, outlet: str | None, sizes: dict[str, list[Size]],
            generic: tuple[str, ...] = (), follow_ons: frozenset[str] | set[str] = frozenset()) -> list[Incident]:
    """Merge the tellings of each event; an incident joins the first earlier event it can be the same as.

    Tellings that both name the event's place join wherever they are; a telling without a place joins an
    event only from the headline and lead, or within a couple of paragraphs of another telling (a report
    that goes on to a second, unplaced event keeps it apart). ``sizes`` holds the numbers of people each
    telling counts ("several dozen soldiers deserted" and "1,700 had deserted" are two desertions); tellings
    whose counts have nothing in common stay apart unless both are placed below country level, and so do
    tellings with different death tolls outside the headline and lead. A follow-on event (ids in
    ``follow_ons``: "forces then hit the guns") never joins an event of another type: it is the story's next step.
    """
    events: list[Incident] = []
    paragraphs = {i.id: _paragraphs(text, i) for i in incidents}
    roundups = [i for i in incidents if _roundup(i, incidents, paragraphs)]
    incidents = [i for i in incidents if i not in roundups]
    for roundup in roundups:
        # the roundup's day ("over the past day") is the day of each event it sums up that states none
        for other in incidents:
            if other.type == roundup.type and other.when.start is None and roundup.when.start is not None \
                    and min(paragraphs[other.id], default=0) > max(paragraphs[roundup.id], default=0) \
                    and (other.when.end is None or roundup.when.end is None or roundup.when.end <= other.when.end):
                other.when = roundup.when.model_copy()
                # and whoever gave the roundup of a region tells each of its events there ("... injured six, the
                # governor said"); a national roundup's teller is not every region's
                told = [name for name in roundup.sources if name != outlet and name not in other.sources]
                region = roundup.where.admin1 if roundup.where else None
                if told and region and other.where is not None and other.where.admin1 == region:
                    other.sources = told + other.sources

    def joins(event: Incident, incident: Incident) -> bool:
        if _is_another(incident, event) or _is_another(event, incident):
            return False  # "In the evening another car was hit by a drone": told as a second event
        own, theirs = _key_size(sizes.get(incident.id, [])), _key_size(sizes.get(event.id, []))
        mine, others = paragraphs[incident.id], paragraphs[event.id]
        lead = min(mine) < LEAD_PARAGRAPHS and min(others) < LEAD_PARAGRAPHS
        near = any(abs(a - b) <= _NEAR for a in mine for b in others)
        if event.type != incident.type:
            if incident.id in follow_ons or event.id in follow_ons:
                return False
            # "the attack", "the fighting" told beside a killing by one's own side is that killing, not another
            # event: a broad type joins a narrower event told in the same or the next paragraph.
            adjacent = any(abs(a - b) <= 1 for a in mine for b in others)
            # In the headline and lead, "strike on X kills 23" and "killed 23 civilians" are one event told as a
            # strike and as an attack on civilians: two broad types join there too.
            broad_pair = incident.type in generic and event.type in generic and lead
            # (further on, a telling that names no place or day and speaks of "the soldier" is the same death)
            retold = near and _retelling(incident)
            if not (incident.type in generic and event.type in _ABSORBING and (adjacent or lead or retold)
                    or broad_pair):
                return False
        placed = _sub_country(event.where) and _sub_country(incident.where)
        figure, their_figure = _figure(incident, own), _figure(event, theirs)
        headline_and_lead = {min(mine), min(others)} == {0, 1}
        if headline_and_lead and event.type == incident.type and figure is not None and figure == their_figure \
                and placed \
                and event.where is not None and incident.where is not None \
                and event.where.admin1 == incident.where.admin1 and same_time(event.when, incident.when):
            # "... shot 16 captured soldiers near Pokrovsk" over "killed 16 prisoners near the villages of A and B
            # in the Pokrovsk district": a headline names the known town, the lead the villages; one count
            return True
        if (not same_place(event.where, incident.where) or not same_time(event.when, incident.when)
                or (not placed and own is not None and theirs is not None and not _overlap(own, theirs))
                or (not lead and _other_toll(event.fatalities, incident.fatalities))):
            return False  # a headline's toll may be an update of the body's: no conflict inside the lead
        if _named_alike(event.where, incident.where):
            return True
        return min(mine | others) < LEAD_PARAGRAPHS or near

    # Narrow types first, so a broad telling finds the narrower event whether it is told before or after it.
    for incident in sorted(incidents, key=lambda i: i.type in generic):
        target = next((e for e in events if joins(e, incident)), None)
        if target is None:
            events.append(incident)
            continue
        if target.type in generic and incident.type in generic and generic.index(incident.type) > generic.index(
                target.type):
            # two broad tellings of one event: the narrower type names it ("soldiers killed by a strike": a strike)
            target.type, target.acled = incident.type, incident.acled
        absorb(target, incident)
        sizes[target.id] = sizes.get(target.id, []) + sizes.get(incident.id, [])
        paragraphs[target.id] |= paragraphs[incident.id]
        if outlet and outlet in target.sources:
            target.sources = [s for s in target.sources if s != outlet] + [outlet]
    events.sort(key=lambda e: e.evidence[0].start if e.evidence else 0)
    return events
