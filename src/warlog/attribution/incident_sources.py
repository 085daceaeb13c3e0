"""An incident's sources: who claims it, through whom, and the outlet that published it, in that order.

The sources come from the claims over the incident's evidence: each quote's speaker and the relays of its
chain (the medium is how, not who, and "unknown" is nobody). An incident told in the outlet's own voice inside
a story credited to another outlet ("Two outlets have uncovered ...") has the credited outlets as its sources.
A lead in the outlet's own voice ("Russia's army is punishing deserters by locking them in pits") is backed by
the people the story quotes right after it, as news leads are; those quotes' speakers and relays are its sources.
So is a lead a country claims ("Ukraine says ..."): the agency quoted right after speaks for that country.
The publishing outlet comes last, once.
"""

from __future__ import annotations

from ..models import Quote, Report
from .credits import credit_at, credits

_NOT_A_SOURCE = frozenset({"unknown", ""})
_LEAD_LINES = 3  # title, dateline, first paragraph
_BACKING_LINES = 2  # the paragraphs after the lead whose quotes back it


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-empty lines (paragraphs) of the text, as offsets."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _backing(report: Report, evidence: list[tuple[int, int]]) -> list[Quote]:
    """The quotes of the paragraphs right after a lead that states the incident in the outlet's own voice."""
    lines = _lines(report.document.text)
    at = next((i for i, (a, b) in enumerate(lines) if a <= evidence[0][0] < b + 1), None)
    if at is None or at >= _LEAD_LINES:
        return []
    last = max(i for i, (a, b) in enumerate(lines) if a <= evidence[-1][0] < b + 1) if evidence else at
    window = lines[last + 1:last + 1 + _BACKING_LINES]
    if not window:
        return []
    lo, hi = window[0][0], window[-1][1]
    return [q for q in report.quotes if lo <= q.start < hi and q.speaker is not None
            and q.speaker.kind in ("person", "group", "organization")]


def _by_country(report: Report, quotes: list[Quote]) -> bool:
    """'Ukraine has named a pilot who it says defected': a lead that a country claims, as its government; the
    agency the story quotes right after it ("the directorate said in a statement") is who speaks for it."""
    places = {e.text for e in report.entities if e.label == "PLACE"}
    return any(q.speaker is not None and q.speaker.kind == "organization" and q.speaker.name in places
               for q in quotes)


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def sources(report: Report, quotes: list[Quote], evidence: list[tuple[int, int]]) -> list[str]:
    """The incident's sources, claimant first and the publishing outlet last, each once."""
    outlet = report.document.outlet
    names: list[str] = []

    def add(name: str) -> None:
        if name in _NOT_A_SOURCE or (outlet and _same(name, outlet)) or any(_same(name, n) for n in names):
            return
        names.append(name)

    for quote in quotes:
        for link in quote.chain:
            if link.role != "medium":
                add(link.name)
    if not names and evidence:
        quoted = [(q.start, q.end) for q in report.quotes if q.kind == "direct"]
        credit = credit_at(credits(report.document.text, report.entities, outlet, quoted), evidence[0][0])
        for name in credit.names if credit is not None else []:
            add(name)
    if evidence and (not names and not quotes or _by_country(report, quotes)):
        for quote in _backing(report, evidence):
            for link in quote.chain:
                if link.role != "medium":
                    add(link.name)
    if outlet:
        names.append(outlet)
    return names
