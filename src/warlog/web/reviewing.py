"""The review workflow: confirm, reject, edit fields, add notes; and the admin's switches.

Every action is a POST with the session's CSRF token, needs the analyst role (admin for the switches) and
lands in the audit log with who, when, before, after and why (``ReviewStore.record``).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any, get_args

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import AuthError
from ..models import TimePrecision
from ..store.review import EDITABLE_FIELDS
from .app import page, workbench
from .auth import ANONYMOUS_READ, require
from .filters import CERTAINTIES, INCIDENT_TYPES, filter_query, parse_filter
from .security import check_csrf

router = APIRouter()
PRECISIONS: tuple[str, ...] = get_args(TimePrecision)
_INTS = ("fatalities_best", "fatalities_low", "fatalities_high", "injured_best")


def _value(name: str, raw: str) -> Any:
    """A form value as the overlay stores it; ``AuthError(400)`` names the field when it is malformed."""
    raw = raw.strip()
    if raw == "":
        return None
    try:
        if name in _INTS:
            number = int(raw)
            if number < 0:
                raise ValueError("a count cannot be negative")
            return number
        if name in ("lat", "lon"):
            degrees = float(raw)
            bound = 90 if name == "lat" else 180
            if not math.isfinite(degrees) or abs(degrees) > bound:
                raise ValueError(f"must be within ±{bound}")
            return degrees
        if name in ("date_start", "date_end"):
            return date.fromisoformat(raw).isoformat()
    except ValueError as exc:
        raise AuthError(f"{name}: {raw!r} is not valid ({exc})", 400) from None
    choices = {"type": INCIDENT_TYPES, "certainty": CERTAINTIES, "date_precision": PRECISIONS}.get(name)
    if choices is not None and raw not in choices:
        raise AuthError(f"{name}: {raw!r} is not one of {', '.join(choices)}", 400)
    return raw[:2000]


def current_values(incident: Any) -> dict[str, Any]:
    """The editable fields of an incident (overlay applied) in the form's terms."""
    where, fat, inj = incident.where, incident.fatalities, incident.injured
    return {
        "type": incident.type, "summary": incident.summary, "certainty": incident.certainty,
        "date_start": incident.when.start.isoformat() if incident.when.start else None,
        "date_end": incident.when.end.isoformat() if incident.when.end else None,
        "date_precision": incident.when.precision,
        "place": where.name if where else None, "admin1": where.admin1 if where else None,
        "lat": where.lat if where else None, "lon": where.lon if where else None,
        "fatalities_best": fat.best if fat else None, "fatalities_low": fat.low if fat else None,
        "fatalities_high": fat.high if fat else None, "injured_best": inj.best if inj else None,
    }


@router.post("/incidents/{incident_id}/review")
async def review(request: Request, incident_id: str) -> Response:
    bench = workbench(request)
    form = await request.form()
    check_csrf(request, form.get("csrf_token"))
    found = bench.queries.records([incident_id])
    if not found:
        return page(request, "missing.html", {"what": f"incident {incident_id}"}, status_code=404)
    perform(request, incident_id, found[0][0].incident, dict(form))
    query = filter_query(parse_filter(request.query_params))  # the review queue's filters go on
    return RedirectResponse(f"/incidents/{incident_id}{'?' + query if query else ''}#review", status_code=303)


def perform(request: Request, target_id: str, current: Any, form: dict[str, Any]) -> None:
    """One review action on ``target_id`` (an incident or canonical incident, reviewed values in ``current``)."""
    bench = workbench(request)
    user = require(request, bench.reviews, "analyst")
    assert user is not None  # analysts are never anonymous
    action = str(form.get("action", ""))
    why = str(form.get("why", "")).strip()[:2000] or None
    if action in ("confirm", "reject"):
        bench.reviews.record(target_id, user.name, action, status="confirmed" if action == "confirm" else "rejected",
                             why=why)
    elif action == "edit":
        now = current_values(current)
        changes = {}
        for name in EDITABLE_FIELDS:
            if name in form:
                value = _value(name, str(form.get(name, "")))
                if value != now.get(name):
                    changes[name] = value
        if changes:
            bench.reviews.record(target_id, user.name, "edit", changes=changes, why=why)
    elif action == "note":
        if not why:
            raise AuthError("a note needs some text", 400)
        bench.reviews.record(target_id, user.name, "note", why=why)
    else:
        raise AuthError(f"unknown review action {action!r}", 400)


@router.get("/review/next")
async def next_unreviewed(request: Request) -> Response:
    """The newest incident nobody has confirmed or rejected yet, under the current filters (a review queue)."""
    bench = workbench(request)
    require(request, bench.reviews, "analyst")
    flt = parse_filter(request.query_params)
    flt.review = "unreviewed"
    found = bench.queries.page_ids(flt, 1)
    query = filter_query(flt)
    if not found:
        return RedirectResponse(f"/incidents?{query}", status_code=303)
    return RedirectResponse(f"/incidents/{found[0]}?{query}", status_code=303)


@router.get("/admin")
async def admin(request: Request) -> Response:
    bench = workbench(request)
    require(request, bench.reviews, "admin")
    return page(request, "admin.html", {"users": bench.reviews.users(), "audit": bench.reviews.audit(limit=100),
                                        "view": "admin"})


@router.post("/admin/anonymous-read")
async def toggle_anonymous(request: Request) -> Response:
    bench = workbench(request)
    form = await request.form()
    check_csrf(request, form.get("csrf_token"))
    user = require(request, bench.reviews, "admin")
    assert user is not None
    value = "on" if form.get("value") == "on" else "off"
    bench.reviews.set_flag(ANONYMOUS_READ, value)
    bench.reviews.record("workbench", user.name, f"anonymous-read {value}")
    return RedirectResponse("/admin", status_code=303)
