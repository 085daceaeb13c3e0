"""Reviewed values over machine output: the one function every view and export applies.

``apply_review(record, review)`` (``apply_canonical_review`` for canonical incidents) returns the incident as
the analysts left it: each field an analyst set replaces the machine value (a cleared field becomes unknown),
the rest stays as extracted. The stored machine output is never changed; callers get a copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, TypeVar

from ..incidents.lexicon import taxonomy
from ..models import Acled, CanonicalIncident, Count, Incident, Where
from .base import IncidentRecord, Store
from .review import Review


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def apply_review(record: IncidentRecord, review: Review | None) -> IncidentRecord:
    """``record`` with the reviewed values of ``review`` in force (the same record when there is none)."""
    if review is None or not review.fields:
        return record
    return IncidentRecord(apply_fields(record.incident, review.fields), record.document)


def apply_canonical_review(canonical: CanonicalIncident, review: Review | None) -> CanonicalIncident:
    """The same for a canonical incident (issue #6): reviews are keyed by its id."""
    if review is None or not review.fields:
        return canonical
    return apply_fields(canonical, review.fields)


Reviewable = TypeVar("Reviewable", Incident, CanonicalIncident)


def apply_fields(target: Reviewable, f: dict[str, Any]) -> Reviewable:
    """A copy of ``target`` with the reviewed fields ``f`` set (both kinds of incident share these fields)."""
    inc = target.model_copy(deep=True)
    if "type" in f and f["type"]:
        inc.type = f["type"]
        kind = taxonomy().get(f["type"])
        inc.acled = Acled(event_type=kind.acled[0], sub_event_type=kind.acled[1]) if kind and kind.acled else None
    if "summary" in f and f["summary"] is not None:
        inc.summary = f["summary"]
    if "certainty" in f and f["certainty"]:
        inc.certainty = f["certainty"]
    if "date_start" in f:
        inc.when.start = _date(f["date_start"])
    if "date_end" in f:
        inc.when.end = _date(f["date_end"])
    if "date_precision" in f and f["date_precision"]:
        inc.when.precision = f["date_precision"]
    _apply_place(inc, f)
    inc.fatalities = _apply_count(inc.fatalities, f, "fatalities")
    if "injured_best" in f:
        inc.injured = _apply_count(inc.injured, {"injured_best": f["injured_best"]}, "injured")
    return inc


def _apply_place(inc: Incident | CanonicalIncident, f: dict[str, Any]) -> None:
    keys = ("place", "admin1", "lat", "lon")
    if not any(k in f for k in keys):
        return
    where = inc.where or Where(name="", text="")
    if "place" in f:
        where.name = f["place"] or ""
    if "admin1" in f:
        where.admin1 = f["admin1"] or None
    if "lat" in f:
        where.lat = f["lat"]
    if "lon" in f:
        where.lon = f["lon"]
    inc.where = where if (where.name or where.lat is not None) else None


def _apply_count(count: Count | None, f: dict[str, Any], prefix: str) -> Count | None:
    keys = [f"{prefix}_{part}" for part in ("best", "low", "high")]
    if not any(k in f for k in keys):
        return count
    result = count.model_copy() if count else Count(best=None, low=None, high=None, text="")
    for part, key in zip(("best", "low", "high"), keys, strict=True):
        if key in f:
            setattr(result, part, f[key])
    if result.best is None and result.low is None and result.high is None:
        return None
    return result


def reviewed(store: Store, records: Iterable[IncidentRecord], *, drop_rejected: bool = True,
             batch: int = 500) -> Iterator[IncidentRecord]:
    """``records`` (e.g. ``store.incidents(flt)``) as the analysts left them: for exports outside the workbench.

    Rejected incidents are left out unless ``drop_rejected`` is false. Filters were applied by the caller to
    the machine values; the workbench's own queries (``review_queries``) filter on the reviewed ones.
    """
    from .review import ReviewStore

    reviews = ReviewStore(store)
    for chunk in _chunks(records, batch):
        found = reviews.reviews([r.incident.id for r in chunk])
        for record in chunk:
            review = found.get(record.incident.id)
            if drop_rejected and review is not None and review.status == "rejected":
                continue
            yield apply_review(record, review)


def reviewed_canonical(store: Store, canonicals: Iterable[CanonicalIncident], *, drop_rejected: bool = True,
                       batch: int = 500) -> Iterator[CanonicalIncident]:
    """The same for canonical incidents (``LinkStore.canonical_incidents``); those an analyst merged into
    another are left out (their incidents count as the survivor's)."""
    from .review import ReviewStore

    reviews = ReviewStore(store)
    for chunk in _chunks(canonicals, batch):
        found = reviews.reviews([c.id for c in chunk])
        for canonical in chunk:
            review = found.get(canonical.id)
            if review is not None and review.fields.get("merged_into"):
                continue
            if drop_rejected and review is not None and review.status == "rejected":
                continue
            yield apply_canonical_review(canonical, review)


Item = TypeVar("Item")


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
