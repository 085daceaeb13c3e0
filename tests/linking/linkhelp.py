"""Hand-made members for the linking tests: one incident of one report, fields given directly."""

from __future__ import annotations

from datetime import date
from typing import Any

from warlog.linking.member import Member
from warlog.models import Actor, ChainLink, Claim, Count, Incident, When, Where

PLACES = {  # name: (lat, lon, admin1, country)
    "Bakhmut": (48.595, 38.000, "Donetsk Oblast", "UA"),
    "Soledar": (48.683, 38.067, "Donetsk Oblast", "UA"),
    "Kharkiv": (49.993, 36.231, "Kharkiv Oblast", "UA"),
    "Belgorod": (50.597, 36.586, "Belgorod Oblast", "RU"),
    "Kostiantynivka": (48.527, 37.707, "Donetsk Oblast", "UA"),
    "Kramatorsk": (48.723, 37.556, "Donetsk Oblast", "UA"),
    "Kreminna": (49.049, 38.218, "Luhansk Oblast", "UA"),
    "Avdiivka": (48.139, 37.743, "Donetsk Oblast", "UA"),
    "Kherson": (46.636, 32.617, "Kherson Oblast", "UA"),
}


def member(doc_id: str, n: int = 1, *, type_: str = "strike", day: date | None = date(2023, 5, 10),
           place: str | None = "Bakhmut", killed: int | None = None, origin_chain: list[tuple[str, str]] | None = None,
           status: str = "reported", victims: list[str] | None = None, outlet: str = "Outlet A",
           published: date = date(2023, 5, 11)) -> Member:
    where = None
    if place:
        lat, lon, admin1, country = PLACES[place]
        where = Where(name=place, text=place, admin1=admin1, country=country, lat=lat, lon=lon,
                      precision="settlement")
    chain = [ChainLink(role=r, name=nm) for r, nm in (origin_chain or [])] + [ChainLink(role="reporter", name=outlet)]
    claim = Claim(id="c1", text="...", start=0, end=3, claimant=chain[0].name, chain=chain,
                  status=status)  # type: ignore[arg-type]
    incident = Incident(
        id=f"{doc_id}-i{n}", type=type_, summary=f"{type_} in {place}",  # type: ignore[arg-type]
        when=When(start=day, end=day, precision="day") if day else When(),
        where=where, fatalities=Count(best=killed, low=killed, high=killed, text=str(killed)) if killed else None,
        actors=[Actor(text=v, role="victim") for v in victims or []], claim_ids=["c1"])
    from warlog.linking.origin import claim_origin
    from warlog.models import Document

    doc = Document(id=doc_id, outlet=outlet, published=published, text="")
    return Member(incident=incident, doc_id=doc_id, outlet=outlet, published=published, claims=[claim],
                  origins=[claim_origin(claim, doc)], text=incident.summary)


def stored(store: Any, m: Member) -> Member:
    """Store the member's report (its incident, a text of its own) so that links can refer to it."""
    from warlog.api import fingerprint
    from warlog.models import Document, Report

    text = f"Report {m.doc_id} of a strike. " * 20
    store.add(Report(document=Document(id=m.doc_id, text=text), incidents=[m.incident]), fingerprint(text), 0.8)
    return m
