"""Named casualties (issue #20): the people registry as a filterable list and its exports.

The registry is what ``warlog link`` merged across reports (``LinkStore.people``). Each person becomes one row:
name, age, home, unit and rank (every stated value with its source), the fate with each version and its source,
the date and place of death, and the incidents they are linked to. ``/people`` shows it under its filters;
``/export/casualties.csv`` and ``/export/casualties.jsonl`` write exactly what the filters select (the form a
newsroom publishes a named list from). The registry is read whole and filtered here: thousands of people, not
millions of incidents.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, get_args

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse
from starlette.datastructures import QueryParams

from ..errors import StoreError
from ..models import Fate, FateStatus, Person, PersonRole, Support
from .app import workbench
from .auth import require

router = APIRouter()
FATES: tuple[str, ...] = get_args(FateStatus)
ROLES: tuple[str, ...] = get_args(PersonRole)
DEATHS = ("killed", "died")
FACTS = ("age", "home", "unit", "rank")
CSV_COLUMNS = ["id", "name", "aliases", "roles", *FACTS, "fate", "fate_versions", "date_of_death", "place_of_death",
               "incidents", "reports", "sources", "contradictions"]


@dataclass
class CasualtyFilter:
    name: str | None = None
    fate: str | None = None
    role: str | None = None
    since: date | None = None
    until: date | None = None
    place: str | None = None
    outlet: str | None = None

    def query(self) -> str:
        from urllib.parse import urlencode

        pairs = [(k, v) for k, v in (("name", self.name), ("fate", self.fate), ("role", self.role),
                                     ("since", self.since.isoformat() if self.since else None),
                                     ("until", self.until.isoformat() if self.until else None),
                                     ("place", self.place), ("outlet", self.outlet)) if v]
        return urlencode(pairs)


def _date(raw: str | None) -> date | None:
    try:
        return date.fromisoformat(raw.strip()) if raw else None
    except ValueError:
        return None


def _text(raw: str | None) -> str | None:
    return (raw or "").strip()[:200] or None


def casualty_filter(params: QueryParams) -> CasualtyFilter:
    fate, role = params.get("fate"), params.get("role")
    return CasualtyFilter(_text(params.get("name")), fate if fate in FATES else None, role if role in ROLES else None,
                          _date(params.get("since")), _date(params.get("until")), _text(params.get("place")),
                          _text(params.get("outlet")))


def _source(support: Support | None) -> dict[str, Any] | None:
    if support is None:
        return None
    return {"doc_id": support.doc_id, "outlet": support.outlet, "incident_id": support.incident_id,
            "origin": support.origin}


def _source_text(support: Support | None) -> str:
    if support is None:
        return "source not recorded"
    return f"{support.outlet or 'unknown outlet'}, document {support.doc_id}"


@dataclass
class Casualty:
    """One person of the registry, flattened for the list and the exports."""

    person: Person
    facts: dict[str, list[tuple[str, Support | None]]] = field(default_factory=dict)
    death: Fate | None = None

    @property
    def fate(self) -> str:
        """The fate most versions give (ties: the worst, in the order of ``FATES``); hedged if all are."""
        if not self.person.fates:
            return ""
        counts: dict[str, int] = {}
        for f in self.person.fates:
            counts[f.status] = counts.get(f.status, 0) + 1
        best = min(counts, key=lambda s: (-counts[s], FATES.index(s)))
        hedged = all(f.hedged for f in self.person.fates if f.status == best)
        return best + (" (hedged)" if hedged else "")

    @property
    def date_of_death(self) -> str:
        return self.death.when.start.isoformat() if self.death and self.death.when and self.death.when.start else ""

    @property
    def place_of_death(self) -> str:
        return self.death.place.name if self.death and self.death.place else ""

    @property
    def incidents(self) -> list[str]:
        linked = list(self.person.incidents)
        linked += [f.incident_id for f in self.person.fates if f.incident_id and f.incident_id not in linked]
        return linked

    def outlets(self) -> set[str]:
        supports = [a.support for a in self.person.attributes] + [f.support for f in self.person.fates]
        return {s.outlet for s in supports if s is not None and s.outlet}


def casualty(person: Person) -> Casualty:
    row = Casualty(person)
    for attribute in person.attributes:
        if attribute.name in FACTS:
            values = row.facts.setdefault(attribute.name, [])
            if all(v != attribute.value for v, _ in values):
                values.append((attribute.value, attribute.support))
    deaths = [f for f in person.fates if f.status in DEATHS]
    row.death = next((f for f in deaths if not f.hedged), deaths[0] if deaths else None)
    return row


def matches(row: Casualty, flt: CasualtyFilter) -> bool:
    p = row.person
    if flt.name and not any(flt.name.lower() in n.lower() for n in [p.name, *p.aliases]):
        return False
    if flt.fate and all(f.status != flt.fate for f in p.fates):
        return False
    if flt.role and flt.role not in p.roles:
        return False
    if flt.since or flt.until:
        day = row.date_of_death
        if not day or (flt.since and day < flt.since.isoformat()) or (flt.until and day > flt.until.isoformat()):
            return False
    if flt.place:
        places = [row.place_of_death, *(v for v, _ in row.facts.get("home", [])),
                  *(f.place.name for f in p.fates if f.place)]
        if not any(flt.place.lower() in place.lower() for place in places if place):
            return False
    return not (flt.outlet and not any(flt.outlet.lower() in o.lower() for o in row.outlets()))


def casualties(request: Request, flt: CasualtyFilter, people: list[Person] | None = None) -> list[Casualty]:
    """The casualty rows the filter selects, from ``people`` (the registry, read here when not given)."""
    from ..store.links import LinkStore

    if people is None:
        try:
            people = LinkStore(workbench(request).store).people()
        except StoreError:
            return []
    rows = [casualty(p) for p in people]
    return [r for r in rows if matches(r, flt)]


def fate_versions(row: Casualty) -> list[dict[str, Any]]:
    return [{"status": f.status, "hedged": f.hedged, "cause": f.cause, "place": f.place.name if f.place else None,
             "date": f.when.start.isoformat() if f.when and f.when.start else None, "claimant": f.claimant,
             "source": _source(f.support)} for f in row.person.fates]


def casualty_json(row: Casualty) -> dict[str, Any]:
    p = row.person
    data: dict[str, Any] = {"id": p.id, "name": p.name, "aliases": p.aliases, "roles": p.roles}
    for fact in FACTS:
        data[fact] = [{"value": v, "source": _source(s)} for v, s in row.facts.get(fact, [])]
    data |= {"fate": row.fate, "fates": fate_versions(row), "date_of_death": row.date_of_death or None,
             "place_of_death": row.place_of_death or None, "incidents": row.incidents, "reports": p.reports,
             "contradictions": [c.model_dump(mode="json") for c in p.contradictions]}
    return data


def _fate_text(f: dict[str, Any]) -> str:
    parts = [f["status"] + (" (hedged)" if f["hedged"] else "")]
    parts += [x for x in (f["date"], f["place"], f["cause"] and f"cause {f['cause']}",
                          f["claimant"] and f"says {f['claimant']}") if x]
    source = f["source"]
    parts.append(f"source: {source['outlet'] or 'unknown outlet'} {source['doc_id']}" if source else "source unknown")
    return ", ".join(parts)


def casualties_csv(rows: Iterable[Casualty]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in rows:
        p = row.person
        out: dict[str, Any] = {"id": p.id, "name": p.name, "aliases": "; ".join(p.aliases), "roles": "; ".join(p.roles)}
        for fact in FACTS:
            out[fact] = "; ".join(f"{v} ({_source_text(s)})" for v, s in row.facts.get(fact, []))
        out |= {"fate": row.fate, "fate_versions": " | ".join(_fate_text(f) for f in fate_versions(row)),
                "date_of_death": row.date_of_death, "place_of_death": row.place_of_death,
                "incidents": ";".join(row.incidents), "reports": ";".join(p.reports),
                "sources": "; ".join(sorted(row.outlets())), "contradictions": len(p.contradictions)}
        writer.writerow(out)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def casualties_jsonl(rows: Iterable[Casualty]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(casualty_json(row), ensure_ascii=False) + "\n"


@router.get("/export/casualties.{fmt}")
async def export_casualties(request: Request, fmt: str) -> Response:
    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    writers = {"csv": (casualties_csv, "text/csv; charset=utf-8"), "jsonl": (casualties_jsonl, "application/x-ndjson")}
    if fmt not in writers:
        return Response(f"unknown casualty export format {fmt!r}; choose csv or jsonl", status_code=400)
    writer, media = writers[fmt]
    text = "".join(writer(casualties(request, casualty_filter(request.query_params))))
    # Sent in blocks of 64 KB, not a row at a time: each chunk of a streamed response costs a send (1,001
    # people row by row: 200 ms of CPU, most of the export).
    blocks = [text[i:i + 65536] for i in range(0, len(text), 65536)] or [""]
    return StreamingResponse(iter(blocks), media_type=media,
                             headers={"content-disposition": f'attachment; filename="warlog-casualties.{fmt}"'})
