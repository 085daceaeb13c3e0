"""The filter bar's state, read from and written back to the URL query string (so a view is a shareable link)."""

from __future__ import annotations

from datetime import date
from typing import get_args
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from ..models import Certainty, IncidentType
from ..store.base import IncidentFilter
from ..store.review_queries import REVIEW_STATES, ReviewFilter

INCIDENT_TYPES: tuple[str, ...] = get_args(IncidentType)
CERTAINTIES: tuple[str, ...] = get_args(Certainty)
# Admiralty source grades (A-F); accepted in the URL, applied once sources carry a reliability (issue #6).
GRADES = ("A", "B", "C", "D", "E", "F")
FILTER_KEYS = ("type", "since", "until", "place", "outlet", "certainty", "q", "review", "grade")


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None  # a hand-edited URL with a bad date filters nothing rather than failing


def _text(value: str | None, limit: int = 200) -> str | None:
    value = (value or "").strip()
    return value[:limit] or None


def parse_filter(params: QueryParams) -> ReviewFilter:
    types = [t for t in params.getlist("type") if t in INCIDENT_TYPES]
    certainty = params.get("certainty")
    review = params.get("review") or ""
    grade = params.get("grade")
    return ReviewFilter(
        types=types, since=_date(params.get("since")), until=_date(params.get("until")),
        place=_text(params.get("place")), outlet=_text(params.get("outlet")),
        certainty=certainty if certainty in CERTAINTIES else None, text=_text(params.get("q")),
        review=review if review in REVIEW_STATES else "", grade=grade if grade in GRADES else None,
    )


def filter_query(flt: ReviewFilter, **extra: str | int | None) -> str:
    """The query string that selects ``flt`` (empty values left out), plus ``extra`` parameters."""
    pairs: list[tuple[str, str]] = [("type", t) for t in flt.types]
    for key, value in (("since", flt.since.isoformat() if flt.since else None),
                       ("until", flt.until.isoformat() if flt.until else None),
                       ("place", flt.place), ("outlet", flt.outlet), ("certainty", flt.certainty),
                       ("q", flt.text), ("review", flt.review or None), ("grade", flt.grade)):
        if value:
            pairs.append((key, value))
    pairs += [(k, str(v)) for k, v in extra.items() if v not in (None, "")]
    return urlencode(pairs)


def is_filtered(flt: ReviewFilter) -> bool:
    return bool(filter_query(flt))


def incident_filter(flt: ReviewFilter, limit: int | None = None, offset: int = 0) -> IncidentFilter:
    """The store's filter for what the workbench shows: every filter of the page, search and grade included."""
    return IncidentFilter(types=flt.types, since=flt.since, until=flt.until, place=flt.place, outlet=flt.outlet,
                          certainty=flt.certainty, text=flt.text, grade=flt.grade, limit=limit, offset=offset)
