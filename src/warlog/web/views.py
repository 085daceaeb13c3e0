"""The read-only pages and the markers endpoint; every list honours the same URL filters."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from ..errors import AuthError
from ..store.event_pages import MARKER_LIMIT, EventPages
from ..store.events import LEVELS, SORTS
from .app import page, workbench
from .auth import LoginThrottle, authenticate, require
from .filters import INCIDENT_TYPES, filter_query, is_filtered, parse_filter
from .levels import (
    DUPLICATE_OF,
    ViewState,
    canonical_size,
    duplicate_marks,
    event_pages,
    state_query,
    table_rows,
    view_state,
)
from .linked import canonical_for, citations, registry, reliability
from .render import chain, document_marks, incident_marks, segments
from .security import check_csrf
from .timeline import stacked_chart, weekly

router = APIRouter()
PAGE_SIZE = 50
# A search whose words match more documents than this reads the most recently stored this many (said on the page).
SEARCH_LIMIT = 5000
CASUALTY_PAGE = 100  # people a page of the casualty list shows (rendering all 1,001: 130 ms of CPU)


def _safe_next(target: str | None) -> str:
    """Only a path on this site: no open redirect through ``?next=``."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/incidents"


@router.get("/")
async def home() -> Response:
    return RedirectResponse("/incidents", status_code=303)


@router.get("/favicon.ico")
async def favicon() -> Response:
    return Response(status_code=204)  # no icon; answered so browsers do not log a 404 on every page


@router.get("/login")
async def login_form(request: Request, next: str | None = None) -> Response:  # noqa: A002 - the URL's name
    return page(request, "login.html", {"next": _safe_next(next), "error": None})


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    check_csrf(request, form.get("csrf_token"))
    bench = workbench(request)
    name = str(form.get("name", ""))
    keys = (f"name:{name}", f"address:{request.client.host if request.client else ''}")
    throttle: LoginThrottle = request.app.state.login_throttle
    try:
        throttle.check(*keys)
        user = authenticate(bench.reviews, name, str(form.get("password", "")))
    except AuthError as exc:
        if exc.status == 401:
            throttle.failed(*keys)
        return page(request, "login.html", {"next": _safe_next(str(form.get("next", ""))), "error": str(exc)},
                    status_code=exc.status)
    throttle.succeeded(keys[0])
    request.session.clear()  # a new session on log-in: no fixation of a token planted before
    request.session["user"] = user.name
    return RedirectResponse(_safe_next(str(form.get("next", ""))), status_code=303)


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    check_csrf(request, form.get("csrf_token"))
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


def _common(request: Request) -> dict[str, Any]:
    """Filters, view state (level, sort) and the number of rows at that level, for the list views."""
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    flt = parse_filter(request.query_params)
    flt.search_limit = SEARCH_LIMIT
    state = view_state(request.query_params)
    pages = event_pages(request)
    count = pages.count(flt, state.level)
    return {"flt": flt, "state": state, "query": state_query(flt, state), "filtered": is_filtered(flt),
            "count": count, "count_capped": pages.capped, "search_scope": bench.queries.search_scope(flt),
            "search_limit": SEARCH_LIMIT, "pages_query": pages, "level": state.level,
            "level_query": {lvl: state_query(flt, replace(state, level=lvl)) for lvl in LEVELS}}


@router.get("/incidents")
async def incidents(request: Request) -> Response:
    ctx = _common(request)
    raw = request.query_params.get("page", "1")
    number = max(1, int(raw)) if raw.isdigit() else 1
    state: ViewState = ctx["state"]
    pages_query: EventPages = ctx.pop("pages_query")
    shown = pages_query.page(ctx["flt"], state.level, state.sort, state.descending, PAGE_SIZE,
                             (number - 1) * PAGE_SIZE)
    pages_query.events.add_documents(shown)
    rows = table_rows(request, shown)
    pages = max(1, -(-ctx["count"] // PAGE_SIZE))
    flt = ctx["flt"]

    def sort_link(column: str) -> str:
        # A first click sorts numbers and dates largest/newest first, words and grades A to Z; again reverses.
        first = column not in ("type", "place", "outlet", "grade", "id")
        descending = not state.descending if state.sort == column else first
        return state_query(flt, replace(state, sort=column, descending=descending))

    return page(request, "incidents.html", {
        **ctx, "rows": rows, "page": number, "pages": pages, "view": "incidents",
        "sort_links": {c: sort_link(c) for c in SORTS},
        "prev_query": state_query(flt, state, page=number - 1), "next_query": state_query(flt, state, page=number + 1)})


@router.get("/map")
async def map_view(request: Request) -> Response:
    ctx = _common(request)
    ctx.pop("pages_query")
    bench = workbench(request)
    return page(request, "map.html", {**ctx, "view": "map", "tile_url": bench.settings.tile_url,
                                      "places_url": "/api/places"})


@router.get("/api/markers")
async def markers(request: Request, limit: int = MARKER_LIMIT) -> Response:
    """Markers of the events (or reports) with coordinates: type, date, killed, sources, grade, precision; the
    standalone ones grouped by point and type (``n``)."""
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    flt = parse_filter(request.query_params)
    flt.search_limit = SEARCH_LIMIT
    state = view_state(request.query_params)
    located, found = event_pages(request).markers(flt, state.level, max(1, min(limit, 50000)))
    matches, limited = bench.queries.search_scope(flt)
    return JSONResponse({"located": located, "level": state.level, "markers": found,
                         "search": {"documents": matches, "limited_to": SEARCH_LIMIT} if limited else None})


@router.get("/timeline")
async def timeline(request: Request) -> Response:
    ctx = _common(request)
    unit = request.query_params.get("unit")
    flt, state = ctx["flt"], ctx["state"]
    buckets = ctx.pop("pages_query").timeline(flt, state.level)
    if unit not in ("day", "week"):
        unit = "week" if len(buckets) > 120 else "day"
    if unit == "week":
        buckets = weekly(buckets)
    chart = stacked_chart(buckets, unit, INCIDENT_TYPES, link=lambda first, last: "/incidents?" + state_query(
        replace(flt, since=first, until=last), state))
    brush = state_query(replace(flt, since=None, until=None), state)
    return page(request, "timeline.html", {**ctx, "view": "timeline", "unit": unit, "chart": chart,
                                           "brush_query": brush})


@router.get("/incidents/{incident_id}")
async def incident_page(request: Request, incident_id: str) -> Response:
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    found = bench.queries.records([incident_id])
    if not found:
        return page(request, "missing.html", {"what": f"incident {incident_id}"}, status_code=404)
    record, review = found[0]
    machine = bench.store.incident(incident_id)
    report = bench.store.report(record.document.id)
    text = report.document.text if report else ""
    # The evidence is where the machine found it: spans of the machine output, on the clean text.
    marks = incident_marks(machine.incident) if machine else []
    claims = [c for c in (report.claims if report else []) if c.id in set(record.incident.claim_ids)]
    others = [i for i in (report.incidents if report else []) if i.id != incident_id]
    canonical = canonical_for(bench.store, bench.reviews, incident_id)
    return page(request, "incident.html", {
        "record": record, "inc": record.incident, "machine": machine.incident if machine else None,
        "review": review, "segments": segments(text, marks), "doc": record.document,
        "claims": [(c, chain(c, record.document)) for c in claims], "others": others,
        "audit": bench.reviews.audit(incident_id), "view": "incidents",
        "canonical": canonical, "canonical_size": canonical_size(request, canonical.id) if canonical else 0,
        "duplicate_of": (review.fields.get(DUPLICATE_OF) if review else None),
        "duplicates_here": {k: v for k, v in duplicate_marks(request).items() if k in {o.id for o in others}},
        "query": filter_query(parse_filter(request.query_params)),  # the list's filters, kept for navigation
    })


@router.get("/documents/{doc_id}")
async def document_page(request: Request, doc_id: str) -> Response:
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    report = bench.store.report(doc_id)
    if report is None:
        return page(request, "missing.html", {"what": f"document {doc_id}"}, status_code=404)
    labels = sorted({e.label for e in report.entities})
    return page(request, "document.html", {"report": report, "doc": report.document, "labels": labels,
                                           "segments": segments(report.document.text, document_marks(report)),
                                           "view": "documents"})


@router.get("/sources")
async def sources(request: Request) -> Response:
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    outlets = bench.queries.outlets()
    grades = reliability([name for name, _, _ in outlets], bench.settings.source_reliability)
    return page(request, "sources.html", {"outlets": outlets, "grades": grades, "citations": citations(bench.store),
                                          "view": "sources"})


@router.get("/people")
async def people(request: Request) -> Response:
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    from .casualties import FATES, ROLES, casualties, casualty_filter

    flt = casualty_filter(request.query_params)
    everyone = registry(bench.store)  # read once for the list and the registry (1,001 people: 30-50 ms to parse)
    rows = casualties(request, flt, everyone)
    raw = request.query_params.get("page", "1")
    pages = max(1, -(-len(rows) // CASUALTY_PAGE))
    number = min(max(1, int(raw)) if raw.isdigit() else 1, pages)
    shown = rows[(number - 1) * CASUALTY_PAGE:number * CASUALTY_PAGE]  # the exports hold them all
    more = flt.query()
    return page(request, "people.html", {"people": bench.queries.people(), "registry": everyone,
                                         "casualties": shown, "total": len(rows), "page": number, "pages": pages,
                                         "page_query": (more + "&" if more else "") + "page=",
                                         "per_page": CASUALTY_PAGE,
                                         "cflt": flt, "cquery": more, "fates": FATES, "roles": ROLES,
                                         "view": "people"})
