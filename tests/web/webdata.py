"""A small incident database for the workbench tests, written without the NLP pipeline (fast, exact)."""

from __future__ import annotations

from datetime import date

from warlog.api import fingerprint
from warlog.models import (
    ChainLink,
    Claim,
    Count,
    Document,
    Entity,
    Incident,
    Quote,
    Report,
    Span,
    Speaker,
    When,
    Where,
)
from warlog.store import Store

HOSTILE = '<script>alert("pwned")</script><img src=x onerror=alert(1)>'

# (doc id, outlet, published, place, admin1, lat, lon, type, date, killed)
ROWS = [
    ("d0000000000000001", "Steppe Monitor", "2024-03-02", "Bakhmut", "Donetsk Oblast", 48.5956, 37.9999,
     "strike", "2024-03-01", 3),
    ("d0000000000000002", "Frontline Ledger", "2024-03-06", "Kreminna", "Luhansk Oblast", 49.0481, 38.2155,
     "friendly_fire", "2024-03-05", 7),
    ("d0000000000000003", "Steppe Monitor", "2024-04-11", "Kharkiv", "Kharkiv Oblast", 49.9935, 36.2304,
     "strike", "2024-04-10", 2),
    ("d0000000000000004", "Kyiv Dispatch", "2024-05-21", "Valuyki", "Belgorod Oblast", 50.2117, 38.0998,
     "refusal_to_fight", "2024-05-20", None),
]


def _report(doc_id: str, outlet: str, published: str, place: str, admin1: str, lat: float, lon: float,
            kind: str, day: str, killed: int | None, extra: str = "") -> Report:
    lead = f"Officials said a {kind.replace('_', ' ')} hit {place} on {day}"
    count = f", killing {killed} people" if killed is not None else ""
    quote = "We saw it with our own eyes"
    text = f"{lead}{count}. A witness said: \"{quote}.\" {extra}Reporting by {outlet}."
    doc = Document(id=doc_id, title=f"{place}: {kind} {extra[:40]}".strip(), outlet=outlet,
                   url=f"https://example.org/{doc_id}", published=date.fromisoformat(published), language="en",
                   text=text, source=f"{doc_id}.txt")

    def span(piece: str) -> Span:
        start = text.index(piece)
        return Span(start=start, end=start + len(piece), text=piece)

    place_span, day_span = span(place), span(day)
    killed_span = span(str(killed)) if killed is not None else None
    evidence = span(lead + count)
    q = span(quote)
    incident = Incident(
        id=f"{doc_id}-i1", type=kind, summary=f"{kind} at {place}",  # type: ignore[arg-type]
        when=When(start=date.fromisoformat(day), end=date.fromisoformat(day), precision="day", text=day,
                  span=day_span),
        where=Where(name=place, text=place, admin1=admin1, country="UA" if "Belgorod" not in admin1 else "RU",
                    lat=lat, lon=lon, precision="settlement", span=place_span),
        fatalities=Count(best=killed, low=killed, high=killed, text=str(killed), span=killed_span)
        if killed is not None else None,
        sources=["officials", outlet], evidence=[evidence], claim_ids=["c1"])
    claim = Claim(id="c1", text=evidence.text, start=evidence.start, end=evidence.end, claimant="officials",
                  chain=[ChainLink(role="speaker", name="a witness"), ChainLink(role="medium", name="video"),
                         ChainLink(role="releaser", name="regional channel")])
    entities = [Entity(id="e1", text=place, label="PLACE", start=place_span.start, end=place_span.end),
                Entity(id="e2", text="Ivan Petrenko", label="PERSON", start=0, end=9)]
    if HOSTILE in text:
        hostile = span(HOSTILE)
        entities.append(Entity(id="e3", text=HOSTILE, label="MISC", start=hostile.start, end=hostile.end))
    quotes = [Quote(id="q1", text=quote, start=q.start, end=q.end, kind="direct",
                    speaker=Speaker(text="A witness", name="a witness", start=0, end=9, kind="person"))]
    return Report(document=doc, entities=entities, quotes=quotes, claims=[claim], incidents=[incident])


def fill(store: Store) -> list[str]:
    """Store the test reports (one of them carrying hostile HTML); returns the incident ids."""
    ids = []
    for number, row in enumerate(ROWS):
        extra = f"The post read {HOSTILE} before it was deleted. " if number == 3 else ""
        report = _report(*row, extra=extra)
        if number == 3:
            report.document.url = "javascript:alert(document.cookie)"  # a hostile "original URL" too
        store.add(report, fingerprint(report.document.text), 0.8)
        ids.append(report.incidents[0].id)
    return ids
