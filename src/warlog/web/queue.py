"""The review queue (issue #20): what needs an analyst, one page, reviewed with the keyboard.

New documents since the analyst's last visit (kept per user in ``web_flags``; the visit's starting point stays
in the session, so reloading does not empty the list), contradictions, low-confidence places and types,
documents that yielded nothing and documents a stage failed on. Each row is confirmed, rejected or (for a
document) checked from the queue itself; every action is audit-logged like any review.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import AuthError
from ..store.queue_queries import QueueItem, QueueQueries
from .app import page, workbench
from .auth import require
from .security import check_csrf

router = APIRouter()
LAST_VISIT = "last_visit:"  # + user name, in web_flags


def _since(request: Request, user: str, queries: QueueQueries) -> tuple[str | None, str | None]:
    """(where the corpus ended when this analyst last opened the queue before this session, and when that
    was); (None, None) on a first visit."""
    bench = workbench(request)
    if "queue_since" not in request.session:
        previous = (bench.reviews.flag(LAST_VISIT + user) or "").split("|", 1)
        request.session["queue_since"] = previous[0]
        request.session["queue_seen_at"] = previous[1] if len(previous) > 1 else previous[0]
        now = datetime.now(UTC).isoformat(timespec="seconds")
        bench.reviews.set_flag(LAST_VISIT + user, f"{queries.mark()}|{now}")
    return str(request.session["queue_since"]) or None, str(request.session.get("queue_seen_at", "")) or None


@router.get("/queue")
async def queue(request: Request) -> Response:
    bench = workbench(request)
    user = require(request, bench.reviews, "analyst")
    assert user is not None
    queries = QueueQueries(bench.reviews)
    since, seen_at = _since(request, user.name, queries)
    sections: list[tuple[str, str, list[QueueItem]]] = [
        ("new", f"New since your last visit ({(seen_at or '')[:16].replace('T', ' ')} UTC)" if since
         else "New since your last visit (first visit: everything is new, see below)", queries.new_documents(since)),
        ("contradictions", "Contradictions between reports", queries.contradictions()),
        ("low-confidence", "Low-confidence places or types", queries.low_confidence()),
        ("failed", "Documents a stage failed on", queries.failed_documents()),
        ("empty", "Documents that yielded no incident", queries.empty_documents()),
    ]
    return page(request, "queue.html", {"sections": sections, "view": "queue",
                                        "total": sum(len(items) for _, _, items in sections)})


@router.post("/queue/act")
async def act(request: Request) -> Response:
    """Confirm or reject an incident or canonical incident, or mark a document checked, from the queue."""
    bench = workbench(request)
    form = await request.form()
    check_csrf(request, form.get("csrf_token"))
    user = require(request, bench.reviews, "analyst")
    assert user is not None
    kind, target, action = str(form.get("kind", "")), str(form.get("target", "")), str(form.get("action", ""))
    why = str(form.get("why", "")).strip()[:2000] or None
    if kind not in ("incident", "canonical", "document") or not target:
        raise AuthError("nothing to act on", 400)
    if action not in ("confirm", "reject"):
        raise AuthError(f"unknown queue action {action!r}", 400)
    name = "checked" if kind == "document" and action == "confirm" else action
    bench.reviews.record(target, user.name, name, status="confirmed" if action == "confirm" else "rejected", why=why)
    return RedirectResponse(f"/queue#{str(form.get('section', ''))[:40]}", status_code=303)


@router.post("/incidents/{incident_id}/duplicate")
async def mark_duplicate(request: Request, incident_id: str) -> Response:
    """Mark an incident a duplicate of another incident of the same report (``of`` empty: undo).

    The duplicate leaves every view and export (its twin stands for it); the linker learns nothing from it yet.
    """
    from .levels import DUPLICATE_OF

    bench = workbench(request)
    form = await request.form()
    check_csrf(request, form.get("csrf_token"))
    user = require(request, bench.reviews, "analyst")
    assert user is not None
    record = bench.store.incident(incident_id)
    if record is None:
        return page(request, "missing.html", {"what": f"incident {incident_id}"}, status_code=404)
    of = str(form.get("of", "")).strip() or None
    why = str(form.get("why", "")).strip()[:2000] or None
    if of is not None:
        twin = bench.store.incident(of)
        if of == incident_id or twin is None or twin.document.id != record.document.id:
            raise AuthError(f"{of!r} is not another incident of the same report", 400)
        twin_review = bench.reviews.review(of)
        if twin_review is not None and twin_review.fields.get(DUPLICATE_OF):
            raise AuthError(f"{of} is itself marked as a duplicate; mark the other way round", 400)
    bench.reviews.record(incident_id, user.name, "duplicate" if of else "not a duplicate",
                         changes={DUPLICATE_OF: of}, why=why)
    if of:
        bench.reviews.record(of, user.name, f"duplicated by {incident_id}", why=why)
    return RedirectResponse(f"/incidents/{incident_id}#review", status_code=303)
