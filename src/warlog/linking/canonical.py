"""One canonical incident from its members (rules in docs/linking.md).

Every field is chosen from the members by a stated rule and keeps the support (report, incident, claims,
origin) of the members that give that value; counts are reconciled across independent sources; values that
cannot all be true are listed as contradictions, each version with its source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from ..models import (
    GEO_PRECISION_RANK,
    TIME_PRECISION_RANK,
    Actor,
    CanonicalIncident,
    Certainty,
    Contradiction,
    Count,
    Support,
    Version,
    When,
    Where,
)
from .features import haversine_km
from .grading import ReliabilityTable, grade
from .member import Member
from .origin import source_key

_TIME_RANK = TIME_PRECISION_RANK
_GEO_RANK = GEO_PRECISION_RANK
PLACE_CONFLICT_KM = 25.0


def support(m: Member) -> Support:
    return Support(doc_id=m.doc_id, incident_id=m.incident.id, claim_ids=[c.id for c in m.claims],
                   origin=m.origins[0] if m.origins else None, outlet=m.outlet)


def _order(m: Member) -> tuple[Any, ...]:
    return (m.published or date.max, m.doc_id, m.incident.id)


def _pick(ms: Sequence[Member], key: Callable[[Member], Any | None], rank: Callable[[Member], Any]) -> tuple[
        Any | None, list[Member]]:
    """The value of the best-ranked member that has one, and the members that agree with it."""
    have = [m for m in ms if key(m) is not None]
    if not have:
        return None, []
    best = min(have, key=lambda m: (rank(m), _order(m)))
    value = key(best)
    return value, [m for m in have if key(m) == value]


def _when(ms: Sequence[Member]) -> tuple[When, list[Member]]:
    def key(m: Member) -> tuple[date, date | None] | None:
        w = m.incident.when
        return (w.start, w.end) if w.start is not None else None

    value, agree = _pick(ms, key, lambda m: _TIME_RANK.get(m.incident.when.precision, 5))
    if value is None:
        return When(), []
    first = agree[0] if agree else ms[0]
    return first.incident.when, agree


def _where(ms: Sequence[Member]) -> tuple[Where | None, list[Member]]:
    def key(m: Member) -> str | None:
        w = m.incident.where
        return (w.gazetteer_id or w.name.casefold()) if w else None

    def rank(m: Member) -> tuple[int, float]:
        w = m.incident.where
        assert w is not None
        return _GEO_RANK.get(w.precision, 5), -(w.confidence or 0.0)

    value, agree = _pick(ms, key, rank)
    return (agree[0].incident.where if agree else None), agree


def reconcile(ms: Sequence[Member], field: str, table: ReliabilityTable) -> tuple[Count | None, list[Member]]:
    """best/low/high across independent sources: one count per source (its latest report), low = lowest,
    high = highest, best = the count of the most reliable source (then the latest report, then the larger)."""
    per_origin: dict[str, Member] = {}
    for m in sorted(ms, key=_order):
        count = getattr(m.incident, field)
        if count is None or count.best is None and count.low is None:
            continue
        for origin in m.origin_keys or {m.doc_id}:
            per_origin[origin] = m  # later reports of the same source replace earlier ones
    if not per_origin:
        return None, []
    used = list({id(m): m for m in per_origin.values()}.values())
    counts: list[Count] = [getattr(m.incident, field) for m in used]
    lows = [c.low if c.low is not None else c.best for c in counts]
    highs = [c.high if c.high is not None else c.best for c in counts]

    def rank(m: Member) -> tuple[Any, ...]:
        best_grade = min(table.grade(o) for o in m.origins) if m.origins else "F"
        c = getattr(m.incident, field)
        return (best_grade, -(m.published or date.min).toordinal(), -(c.best if c.best is not None else -1))

    chosen = min(used, key=rank)
    best_count: Count = getattr(chosen.incident, field)
    if len(used) == 1:
        return best_count, used
    low = min(v for v in lows if v is not None) if any(v is not None for v in lows) else None
    high = max(v for v in highs if v is not None) if any(v is not None for v in highs) else None
    text = f"reconciled from {len(used)} sources: " + "; ".join(getattr(m.incident, field).text for m in used)
    return Count(best=best_count.best, low=low, high=high, text=text[:300]), used


def _version(m: Member, value: str, text: str | None = None) -> Version:
    status = m.claims[0].status if m.claims else "asserted"
    span = m.incident.evidence[0] if m.incident.evidence else None
    return Version(value=value, text=text or (span.text if span else m.incident.summary), status=status,
                   support=support(m), span=span)


def _disagreeing_sources(groups: dict[str, list[Member]]) -> bool:
    """Different values come from different sources (one source revising itself is not a contradiction)."""
    origins = [set().union(*(m.origin_keys for m in ms)) for ms in groups.values()]
    return len(origins) > 1 and any(a != b for i, a in enumerate(origins) for b in origins[i + 1:])


def contradictions(ms: Sequence[Member]) -> list[Contradiction]:
    out: list[Contradiction] = []
    # Counts: values whose intervals do not overlap.
    for field in ("fatalities", "injured"):
        groups: dict[str, list[Member]] = {}
        for m in ms:
            c = getattr(m.incident, field)
            if c is not None and c.best is not None:
                groups.setdefault(str(c.best), []).append(m)
        if len(groups) > 1 and _disagreeing_sources(groups):
            spans = sorted((min(_lo(getattr(g[0].incident, field))), _hi(getattr(g[0].incident, field)))
                            for g in groups.values())
            if any(spans[i + 1][0] > spans[i][1] for i in range(len(spans) - 1)) and not _rising(ms, field):
                out.append(Contradiction(subject="incident", field=field,
                                         versions=[_version(g[0], v, getattr(g[0].incident, field).text)
                                                   for v, g in groups.items()]))
    # Dates stated to the day or week that do not overlap.
    dated = [m for m in ms if m.incident.when.start and _TIME_RANK.get(m.incident.when.precision, 5) <= 1]
    date_groups: dict[str, list[Member]] = {}
    for m in dated:
        date_groups.setdefault(m.incident.when.start.isoformat(), []).append(m)  # type: ignore[union-attr]
    if len(date_groups) > 1 and _disagreeing_sources(date_groups):
        ivs = sorted((g[0].incident.when.start, g[0].incident.when.end or g[0].incident.when.start)
                     for g in date_groups.values())
        if any(ivs[i + 1][0] > ivs[i][1] for i in range(len(ivs) - 1)):  # type: ignore[operator]
            out.append(Contradiction(subject="incident", field="date", versions=[
                _version(g[0], k, g[0].incident.when.text) for k, g in date_groups.items()]))
    # Places: settlements far apart, or different countries.
    placed = [m for m in ms if m.incident.where is not None]
    place_groups: dict[str, list[Member]] = {}
    for m in placed:
        assert m.incident.where is not None
        place_groups.setdefault(m.incident.where.name, []).append(m)
    if len(place_groups) > 1 and _disagreeing_sources(place_groups) and _places_conflict(
            [g[0].incident.where for g in place_groups.values()]):  # type: ignore[misc]
        out.append(Contradiction(subject="incident", field="place", versions=[
            _version(g[0], k, g[0].incident.where.text) for k, g in place_groups.items()]))  # type: ignore[union-attr]
    # Types: one source says friendly fire, another a deliberate killing.
    type_groups: dict[str, list[Member]] = {}
    for m in ms:
        if m.incident.type != "other":
            type_groups.setdefault(m.incident.type, []).append(m)
    if len(type_groups) > 1 and _disagreeing_sources(type_groups):
        out.append(Contradiction(subject="incident", field="type",
                                 versions=[_version(g[0], k) for k, g in type_groups.items()]))
    return out


def _rising(ms: Sequence[Member], field: str) -> bool:
    """Counts that only grow with later reports: a toll rising as bodies are found, not a contradiction."""
    dated = sorted(((m.published, getattr(m.incident, field).best) for m in ms
                    if m.published is not None and getattr(m.incident, field) is not None
                    and getattr(m.incident, field).best is not None), key=lambda pair: pair[0])
    if len({d for d, _ in dated}) < 2:
        return False
    by_day: dict[date, set[int]] = {}
    for day, best in dated:
        by_day.setdefault(day, set()).add(best)
    if any(len(values) > 1 for values in by_day.values()):
        return False  # two counts on one day: they disagree
    counts = [next(iter(by_day[d])) for d in sorted(by_day)]
    return all(a <= b for a, b in zip(counts, counts[1:], strict=False))


def _lo(c: Count) -> list[int]:
    return [v for v in (c.low, c.best) if v is not None]


def _hi(c: Count) -> int:
    return max(v for v in (c.high, c.best, 0) if v is not None)


def _places_conflict(places: list[Where]) -> bool:
    for i, a in enumerate(places):
        for b in places[i + 1:]:
            if a.country and b.country and a.country != b.country:
                return True
            if None in (a.lat, a.lon, b.lat, b.lon) or {a.precision, b.precision} & {"region", "country"}:
                continue
            if haversine_km(a.lat, a.lon, b.lat, b.lon) > PLACE_CONFLICT_KM:  # type: ignore[arg-type]
                return True
    return False


def relayed_by(ms: Sequence[Member]) -> dict[str, set[str]]:
    """For each outlet with a report in ``ms``: the origins its own reports relay (empty: first hand)."""
    relays: dict[str, set[str]] = {}
    for m in ms:
        if m.outlet:
            own = source_key(m.outlet)
            relays.setdefault(own, set()).update(k for k in m.origin_keys if k != own)
            if own in m.origin_keys:  # it also reported first hand: it stays a source of its own
                relays[own].add(own)
    return relays


def resolve(key: str, relays: dict[str, set[str]], seen: frozenset[str] = frozenset()) -> set[str]:
    """The independent sources behind ``key``: an outlet that only relays others resolves to them, in turn
    ("according to Steppe Monitor", which cites Trench Whispers, is Trench Whispers)."""
    upstream = relays.get(key)
    if not upstream or key in upstream or key in seen:
        return {key}
    return set().union(*(resolve(k, relays, seen | {key}) for k in upstream))


def build(canonical_id: str, ms: Sequence[Member], table: ReliabilityTable,
          extra_contradictions: Sequence[Contradiction] = (), people: Sequence[str] = ()) -> CanonicalIncident:
    """The canonical incident of members ``ms`` (at least one)."""
    ms = sorted(ms, key=_order)
    first = ms[0]
    type_counts: dict[str, int] = {}
    for m in ms:
        type_counts[m.incident.type] = type_counts.get(m.incident.type, 0) + (0 if m.hedged else 2) + 1
    chosen_type = max(type_counts, key=lambda t: (t != "other", type_counts[t]))
    typed = [m for m in ms if m.incident.type == chosen_type]
    when, when_from = _when(ms)
    where, where_from = _where(ms)
    fatalities, fat_from = reconcile(ms, "fatalities", table)
    injured, inj_from = reconcile(ms, "injured", table)
    actors: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    for m in ms:
        named = [Actor(text=n, role="victim") for n in m.victim_names]  # tied to it by the people stage
        for a in [*m.incident.actors, *named]:
            if (a.text.casefold(), a.role) not in seen:
                seen.add((a.text.casefold(), a.role))
                actors.append(a)
    origin_names: dict[str, str] = {}
    firm: set[str] = set()
    relays = relayed_by(ms)
    for m in ms:
        for o in m.origins:
            origin_names.setdefault(source_key(o), o)
    for m in ms:
        for o in m.origins:
            for key in resolve(source_key(o), relays):
                if not m.hedged:
                    firm.add(key)
    resolved = {key for m in ms for o in m.origins for key in resolve(source_key(o), relays)}
    origin_names = {k: v for k, v in origin_names.items() if k in resolved}
    found = contradictions(ms) + list(extra_contradictions)
    all_denied = all(m.claims and all(c.status == "denied" for c in m.claims) for m in ms)
    sources = sorted(origin_names.values(), key=str.casefold)
    disputed = bool(found) or any(m.incident.certainty == "disputed" for m in ms)
    admiralty = grade(sources, len(firm), disputed, all_denied, table)
    certainty: Certainty
    if disputed:
        certainty = "disputed"
    elif admiralty.credibility == 1:
        certainty = "confirmed"
    elif not firm:
        certainty = "alleged"
    else:
        certainty = "reported"
    return CanonicalIncident(
        id=canonical_id, type=chosen_type, acled=typed[0].incident.acled,
        summary=typed[0].incident.summary, when=when, where=where, actors=actors, fatalities=fatalities,
        injured=injured, certainty=certainty, incident_ids=[m.incident.id for m in ms],
        reports=list(dict.fromkeys(m.doc_id for m in ms)), sources=sources, independent_sources=len(sources),
        admiralty=admiralty, contradictions=found, people=list(people),
        field_support={"type": [support(m) for m in typed], "when": [support(m) for m in when_from],
                       "where": [support(m) for m in where_from], "fatalities": [support(m) for m in fat_from],
                       "injured": [support(m) for m in inj_from], "summary": [support(first)]},
    )
