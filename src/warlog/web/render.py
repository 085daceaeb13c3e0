"""Turning records into what the templates draw: highlighted text, attribution chains, timeline bars.

Everything here returns plain data; the templates escape every piece of text they print.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..models import ChainLink, Claim, Document, Incident, Report


@dataclass(frozen=True)
class Mark:
    """One highlight over ``text[start:end]``: CSS classes (from a fixed set) and a label shown on hover."""

    start: int
    end: int
    kind: str
    label: str
    anchor: str | None = None


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    anchor: str | None = None


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """``text`` cut at every mark boundary; each piece lists the marks covering it (overlaps allowed)."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(m.end for m in valid)})
    out: list[Segment] = []
    anchored: set[str] = set()
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in valid if m.start <= start and end <= m.end]
        seg = Segment(text[start:end], sorted({m.kind for m in covering}), [m.label for m in covering])
        for m in covering:
            if m.anchor and m.anchor not in anchored and m.start == start:
                seg.anchor = m.anchor
                anchored.add(m.anchor)
                break
        out.append(seg)
    return out


def incident_marks(incident: Incident) -> list[Mark]:
    """The evidence of each field of an incident, as marks with an anchor per field."""
    marks: list[Mark] = []
    for number, span in enumerate(incident.evidence):
        marks.append(Mark(span.start, span.end, "evidence", "evidence", f"ev-evidence-{number}"))
    if incident.when.span:
        marks.append(Mark(incident.when.span.start, incident.when.span.end, "field", "date", "ev-date"))
    if incident.where and incident.where.span:
        marks.append(Mark(incident.where.span.start, incident.where.span.end, "field", "place", "ev-place"))
    if incident.fatalities and incident.fatalities.span:
        marks.append(Mark(incident.fatalities.span.start, incident.fatalities.span.end, "field", "killed",
                          "ev-fatalities"))
    if incident.injured and incident.injured.span:
        marks.append(Mark(incident.injured.span.start, incident.injured.span.end, "field", "injured", "ev-injured"))
    for number, actor in enumerate(incident.actors):
        if actor.span:
            marks.append(Mark(actor.span.start, actor.span.end, "actor", f"actor ({actor.role})",
                              f"ev-actor-{number}"))
    return marks


def document_marks(report: Report) -> list[Mark]:
    """Entities (by label), quotes and incident evidence of a whole report."""
    marks = [Mark(e.start, e.end, f"ent-{e.label.lower()}", e.label) for e in report.entities]
    marks += [Mark(q.start, q.end, "quote", f"quote ({q.speaker.name if q.speaker else 'unknown speaker'})")
              for q in report.quotes]
    for inc in report.incidents:
        marks += [Mark(s.start, s.end, "evidence", f"incident {inc.id} ({inc.type})", f"inc-{inc.id}")
                  for s in inc.evidence]
    return marks


@dataclass(frozen=True)
class ChainStep:
    role: str
    name: str


def chain(claim: Claim, document: Document) -> list[ChainStep]:
    """speaker → medium → releaser → reporter → outlet, as far as the claim records it."""
    links: list[ChainLink] = list(claim.chain)
    steps = [ChainStep(link.role, link.name) for link in links]
    if not steps and claim.claimant:
        steps.append(ChainStep("speaker", claim.claimant))
    if document.outlet and (not steps or steps[-1].name != document.outlet):
        steps.append(ChainStep("outlet", document.outlet))
    return steps


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int
    href: str = ""


@dataclass
class Chart:
    bars: list[Bar]
    width: int
    height: int
    peak: int
    first: str
    last: str
    total: int


def weekly(days: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Day counts summed into weeks starting on Monday."""
    weeks: dict[str, int] = {}
    for day, count in days:
        start = date.fromisoformat(day[:10])
        monday = (start - timedelta(days=start.weekday())).isoformat()
        weeks[monday] = weeks.get(monday, 0) + count
    return sorted(weeks.items())


def timeline_chart(buckets: list[tuple[str, int]], unit: str, width: int = 960, height: int = 220,
                   link: Callable[[date, date], str] | None = None) -> Chart:
    """Bars for every day or week from the first to the last bucket (empty ones included, so time is even).

    ``link(first_day, last_day)``: where a bar leads (the incidents of that day or week).
    """
    if not buckets:
        return Chart([], width, height, 0, "", "", 0)
    counts = dict(buckets)
    step = timedelta(days=7 if unit == "week" else 1)
    first, last = date.fromisoformat(buckets[0][0][:10]), date.fromisoformat(buckets[-1][0][:10])
    days: list[date] = []
    current = first
    while current <= last and len(days) < 5000:
        days.append(current)
        current += step
    peak = max(counts.values())
    slot = width / len(days)
    bars = []
    for n, day in enumerate(days):
        count = counts.get(day.isoformat(), 0)
        if count:
            h = max(1.0, (height - 20) * count / peak)
            href = link(day, day + step - timedelta(days=1)) if link else ""
            bars.append(Bar(round(n * slot, 2), round(height - h, 2), round(max(slot - 0.5, 0.8), 2), round(h, 2),
                            day.isoformat(), count, href))
    return Chart(bars, width, height, peak, first.isoformat(), last.isoformat(), sum(counts.values()))
