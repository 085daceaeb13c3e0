"""The level switch (events / reports), sorting and what the table, map and timeline draw at either level.

``view_state(params)`` reads ``level`` (``events`` by default), ``sort`` and ``dir`` from the URL;
``event_queries(request)`` gives the store's ``EventQueries`` with the analysts' link corrections (moves,
merges) and duplicate marks in force.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from starlette.datastructures import QueryParams

from ..models import CanonicalIncident, Count
from ..store.event_pages import EventPages
from ..store.events import LEVELS, SORTS, Event, EventQueries, Resolver
from ..store.overlay import apply_canonical_review
from ..store.review import Review
from ..store.review_queries import ReviewFilter
from ..store.view_cache import Shared
from .app import workbench
from .filters import filter_query
from .merging import LinkCorrections, corrections

DUPLICATE_OF = "duplicate_of"


@dataclass(frozen=True)
class ViewState:
    level: str = "events"
    sort: str = "date"
    descending: bool = True

    def extra(self) -> dict[str, str | None]:
        """URL parameters that differ from the defaults (so default links stay short)."""
        return {"level": None if self.level == "events" else self.level,
                "sort": None if self.sort == "date" else self.sort,
                "dir": None if self.descending else "asc"}


def view_state(params: QueryParams) -> ViewState:
    level = params.get("level", "events")
    sort = params.get("sort", "date")
    return ViewState(level if level in LEVELS else "events", sort if sort in SORTS else "date",
                     params.get("dir") != "asc")


def state_query(flt: ReviewFilter, state: ViewState, **extra: str | int | None) -> str:
    """The query string of the filters and the view state, plus ``extra``."""
    return filter_query(flt, **{**state.extra(), **extra})


def resolver(fixes: LinkCorrections | None, duplicates: dict[str, str]) -> Resolver:
    """An incident's event: its duplicate twin's, the canonical incident it was moved to or linked into (after
    merges), or itself."""

    def resolve(incident_id: str, canonical_id: str | None) -> tuple[str, bool]:
        if fixes is not None and incident_id in fixes.moved:
            target = fixes.moved[incident_id]
            return (fixes.final(target), True) if target else (incident_id, False)
        if canonical_id:
            return (fixes.final(canonical_id) if fixes is not None else canonical_id), True
        return incident_id, False

    return resolve


def duplicate_marks(request: Request) -> dict[str, str]:
    """Incident id -> the incident of the same report an analyst marked it a duplicate of."""
    found = workbench(request).reviews.with_field(DUPLICATE_OF)
    return {target: str(r.fields[DUPLICATE_OF]) for target, r in found.items() if r.fields.get(DUPLICATE_OF)}


def event_queries(request: Request) -> EventQueries:
    return event_pages(request).events


def event_pages(request: Request) -> EventPages:
    """The level-aware queries of this request, the analysts' link corrections and duplicate marks in force."""
    bench = workbench(request)
    # Kept between requests while the change stamp stays (the overlay read three times, the linked events grouped)
    shared = Shared(bench.cache)
    duplicates = shared.get("duplicates", lambda: duplicate_marks(request))
    fixes = shared.get("corrections", lambda: corrections(bench.store, bench.reviews))
    queries = EventQueries(bench.queries, resolver(fixes, duplicates), duplicates)
    return EventPages(queries, fixes.moved if fixes is not None else (), shared)


def canonical_size(request: Request, canonical_id: str) -> int:
    """The incidents of a canonical incident after the analysts' moves and merges."""
    bench = workbench(request)
    fixes = corrections(bench.store, bench.reviews)
    return len(fixes.member_ids(canonical_id)) if fixes else 0


def count_text(count: Count | None) -> str:
    """A count with its bounds as the CLI shows it: ``3``, ``7+`` (at least), ``5 (4-6)``, ``4-6``."""
    if count is None or (count.best is None and count.low is None and count.high is None):
        return "-"
    if count.best is None:
        if count.high is None:
            return f"{count.low}+"
        return f"{count.low if count.low is not None else 0}-{count.high}"
    if count.high is not None and count.high != count.best:
        return f"{count.best} ({count.low if count.low is not None else '?'}-{count.high})"
    return str(count.best) + ("+" if count.high is None and count.low is not None else "")


@dataclass
class TableRow:
    """One table row: the event's sort values and what the page prints (bounds, outlets, review)."""

    event: Event
    killed: str
    injured: str
    sources: str
    review: Review | None
    summary: str = ""


def table_rows(request: Request, events: list[Event]) -> list[TableRow]:
    """The full records of one page of events, reviewed values in force."""
    bench = workbench(request)
    singles = {record.incident.id: (record, review)
               for record, review in bench.queries.records([e.key for e in events if not e.canonical])}
    canonicals = _canonicals(request, [e.key for e in events if e.canonical])
    rows = []
    for event in events:
        if event.canonical and event.key in canonicals:
            c, review = canonicals[event.key]
            rows.append(TableRow(event, count_text(c.fatalities), count_text(c.injured),
                                 f"{c.independent_sources} ({'; '.join(c.sources)})" if c.sources else
                                 str(c.independent_sources), review, c.summary))
        elif event.key in singles:
            record, review = singles[event.key]
            inc = record.incident
            rows.append(TableRow(event, count_text(inc.fatalities), count_text(inc.injured),
                                 "; ".join(inc.sources), review, inc.summary))
        else:
            rows.append(TableRow(event, str(event.killed) if event.killed is not None else "-",
                                 str(event.injured) if event.injured is not None else "-", str(event.sources), None))
    return rows


def _canonicals(request: Request, ids: list[str]) -> dict[str, tuple[CanonicalIncident, Review | None]]:
    if not ids:
        return {}
    from ..store.links import LinkStore

    bench = workbench(request)
    links = LinkStore(bench.store)
    reviews = bench.reviews.reviews(ids)
    out = {}
    for canonical_id in ids:
        found = links.canonical(canonical_id)
        if found is not None:
            out[canonical_id] = (apply_canonical_review(found, reviews.get(canonical_id)), reviews.get(canonical_id))
    return out
