"""An incident's sources: who claims it, through whom, and the outlet that published it, in that order.

The sources come from the claims over the incident's evidence: each quote's speaker and the relays of its
chain (the medium is how, not who, and "unknown" is nobody). An incident told in the outlet's own voice inside
a story credited to another outlet ("Two outlets have uncovered ...") has the credited outlets as its sources.
The publishing outlet comes last, once.
"""

from __future__ import annotations

from ..models import Quote, Report
from .credits import credit_at, credits

_NOT_A_SOURCE = frozenset({"unknown", ""})


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
    if outlet:
        names.append(outlet)
    return names
