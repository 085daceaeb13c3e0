"""What cross-report linking (issue #6) adds to the workbench: canonical incidents, grades, registry, citations.

Read through ``warlog.store.links.LinkStore``; a database nobody has linked yet simply has none of it, and the
pages say so.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import ConfigError, StoreError
from ..models import CanonicalIncident, Person
from ..store import Store
from ..store.overlay import apply_canonical_review
from ..store.review import ReviewStore
from .app import page, workbench
from .auth import require
from .filters import filter_query, incident_filter, is_filtered, parse_filter
from .merging import corrections
from .reviewing import perform
from .security import check_csrf

router = APIRouter()
PAGE_SIZE = 50


def _links(store: Store):  # type: ignore[no-untyped-def]  # LinkStore pulls in numpy: imported when used
    from ..store.links import LinkStore

    return LinkStore(store)


def canonical_for(store: Store, reviews: ReviewStore, incident_id: str) -> CanonicalIncident | None:
    """The canonical incident an extracted incident belongs to (analysts' merges, splits, moves and reviewed
    values in force), if linked."""
    fixes = corrections(store, reviews)
    if fixes is None:
        return None
    canonical_id = fixes.canonical_id_of(incident_id)
    canonical = fixes.links.canonical(canonical_id) if canonical_id else None
    return apply_canonical_review(canonical, reviews.review(canonical.id)) if canonical else None


def registry(store: Store) -> list[Person]:
    try:
        return list(_links(store).people())
    except StoreError:
        return []


def citations(store: Store) -> list[tuple[str, str, str, int]]:
    try:
        return list(_links(store).citation_graph())
    except StoreError:
        return []


def reliability(outlets: list[str], source_file: Path | None) -> dict[str, str]:
    """The Admiralty reliability grade (A-F) warlog gives each outlet (bundled table, analyst overrides)."""
    from ..linking.grading import reliability_table

    try:
        table = reliability_table(source_file)
    except ConfigError:
        return {}
    return {name: table.grade(name) for name in outlets}


@router.get("/people/{person_id}")
async def person_page(request: Request, person_id: str) -> Response:
    """One person of the registry: facts and fates with their sources, contradictions, reports, incidents."""
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    try:
        links = _links(bench.store)
        person = links.person(person_id)
        mentions = links.mentions(person_id) if person else []
    except StoreError:
        person, mentions = None, []
    if person is None:
        return page(request, "missing.html", {"what": f"person {person_id}"}, status_code=404)
    return page(request, "person.html", {"person": person, "mentions": mentions, "view": "people"})


@router.get("/canonical")
async def canonical_list(request: Request) -> Response:
    """Canonical incidents under the same filters (the linker's values; reviewed values shown per row)."""
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    flt = parse_filter(request.query_params)
    raw = request.query_params.get("page", "1")
    number = max(1, int(raw)) if raw.isdigit() else 1
    query = incident_filter(flt, limit=PAGE_SIZE, offset=(number - 1) * PAGE_SIZE)
    try:
        links = _links(bench.store)
        total = links.count_canonical(query)
        found = links.canonical_incidents(query)
    except StoreError:
        total, found = 0, []
    reviews = bench.reviews.reviews([c.id for c in found])
    rows = [(apply_canonical_review(c, reviews.get(c.id)), reviews.get(c.id)) for c in found]
    return page(request, "canonical_list.html", {
        "rows": rows, "count": total, "flt": flt, "query": filter_query(flt), "filtered": is_filtered(flt),
        "page": number, "pages": max(1, -(-total // PAGE_SIZE)), "view": "canonical",
        "prev_query": filter_query(flt, page=number - 1), "next_query": filter_query(flt, page=number + 1)})


@router.get("/canonical/{canonical_id}")
async def canonical_page(request: Request, canonical_id: str) -> Response:
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    try:
        canonical = _links(bench.store).canonical(canonical_id)
    except StoreError:
        canonical = None
    if canonical is None:
        return page(request, "missing.html", {"what": f"canonical incident {canonical_id}"}, status_code=404)
    review = bench.reviews.review(canonical_id)
    fixes = corrections(bench.store, bench.reviews)
    members = bench.queries.records(fixes.member_ids(canonical_id) if fixes else list(canonical.incident_ids))
    merged_into = fixes.final(canonical_id) if fixes else canonical_id
    return page(request, "canonical.html", {
        "canonical": apply_canonical_review(canonical, review), "review": review, "members": members,
        "audit": bench.reviews.audit(canonical_id), "view": "canonical",
        "merged_into": merged_into if merged_into != canonical_id else None,
        "absorbed": fixes.absorbed(canonical_id) if fixes else []})


@router.post("/canonical/{canonical_id}/review")
async def canonical_review(request: Request, canonical_id: str) -> Response:
    bench = workbench(request)
    form = await request.form()
    check_csrf(request, form.get("csrf_token"))
    try:
        canonical = _links(bench.store).canonical(canonical_id)
    except StoreError:
        canonical = None
    if canonical is None:
        return page(request, "missing.html", {"what": f"canonical incident {canonical_id}"}, status_code=404)
    perform(request, canonical_id, apply_canonical_review(canonical, bench.reviews.review(canonical_id)), dict(form))
    return RedirectResponse(f"/canonical/{canonical_id}#review", status_code=303)
