"""A linked test database for the event-level views (issue #20), on top of ``webdata``'s four reports.

Adds: a second report of the Kreminna friendly fire (killed "at least 7"), linked with the first into one
canonical incident; a region-level strike with a killed range (4-6) and injured; a report that yielded no
incident; a report on which a stage failed; a report with two incidents (one a duplicate of the other); a
small gazetteer file for the map's place labels; and a people registry entry.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from webdata import _report, fill

from warlog.api import fingerprint
from warlog.models import (
    Admiralty,
    CanonicalIncident,
    Contradiction,
    Count,
    Document,
    Fate,
    Person,
    PersonAttribute,
    Report,
    Span,
    StageFailure,
    Support,
    Version,
    When,
    Where,
)
from warlog.store import Store
from warlog.store.review import ReviewStore

EVENT = "kevent00000000001"
PERSON = "pperson0000000001"
SECOND = "d0000000000000005-i1"
REGION = "d0000000000000006-i1"
TWIN, DUPLICATE = "d0000000000000009-i1", "d0000000000000009-i2"
NOWHERE = Span(start=0, end=4, text="Ivan")
EMPTY_DOC, FAILED_DOC = "d0000000000000007", "d0000000000000008"


def _store(store: Store, report: Report) -> None:
    store.add(report, fingerprint(report.document.text), 1.1)  # similar texts on purpose: no near-duplicates


def _canonical(conn: ReviewStore, c: CanonicalIncident, day: str, members: list[tuple[str, str]]) -> None:
    """A canonical incident and its links, as the linker writes them."""
    where = c.where
    assert where is not None
    conn.execute(
        "INSERT INTO canonical_incidents(id, type, type_group, date_start, date_end, block_lo, block_hi, place,"
        " admin1, country, lat, lon, fatalities_best, certainty, admiralty, independent_sources, n_reports,"
        " embedding, json, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (c.id, c.type, c.type, day, day, day, day, where.name, where.admin1, where.country, where.lat, where.lon,
         c.fatalities.best if c.fatalities else None, c.certainty, c.admiralty.code, c.independent_sources,
         len(c.reports), None, c.model_dump_json(), "2026-11-25T00:00:00+00:00"))
    for incident_id, doc_id in members:
        conn.execute("INSERT INTO incident_links(incident_id, canonical_id, doc_id, score, member_json, linked_at)"
                     " VALUES (?,?,?,?,?,?)", (incident_id, c.id, doc_id, 1.0, "{}", "2026-11-25"))


def fill_events(store: Store) -> list[str]:
    """``webdata.fill`` plus the reports and links above; returns every incident id."""
    ids = fill(store)
    second = _report("d0000000000000005", "Border Courier", "2024-03-07", "Kreminna", "Luhansk Oblast", 49.0481,
                     38.2155, "friendly_fire", "2024-03-05", 7)
    second.incidents[0].fatalities = Count(best=7, low=7, high=None, text="at least 7")
    _store(store, second)
    region = _report("d0000000000000006", "Kyiv Dispatch", "2024-04-02", "Zaporizhzhia Oblast",
                     "Zaporizhzhia Oblast", 47.5, 35.5, "strike", "2024-04-01", 5)
    region.incidents[0].fatalities = Count(best=None, low=4, high=6, text="four to six")
    region.incidents[0].injured = Count(best=12, low=12, high=12, text="12")
    assert region.incidents[0].where is not None
    region.incidents[0].where.precision = "region"
    _store(store, region)
    empty = Document(id=EMPTY_DOC, title="A quiet day", outlet="Steppe Monitor", published=date(2024, 4, 3),
                     language="en", text="Nothing happened on the front line today, officials said.")
    _store(store, Report(document=empty))
    failed = Document(id=FAILED_DOC, title="Garbled bulletin", outlet="Frontline Ledger", published=date(2024, 4, 4),
                      language="en", text="A garbled bulletin the incident stage could not read at all.")
    _store(store, Report(document=failed, failed_stages=[StageFailure(stage="incidents", error="ValueError: boom")]))
    pair = _report("d0000000000000009", "Steppe Monitor", "2024-04-06", "Kharkiv", "Kharkiv Oblast", 49.9935,
                   36.2304, "strike", "2024-04-05", 1)
    twin = pair.incidents[0].model_copy(deep=True)
    twin.id = DUPLICATE
    twin.type = "other"
    pair.incidents.append(twin)
    _store(store, pair)
    event = CanonicalIncident(
        id=EVENT, type="friendly_fire", summary="friendly fire at Kreminna, two reports",
        when=When(start=date(2024, 3, 5), end=date(2024, 3, 5), precision="day"),
        where=Where(name="Kreminna", text="Kreminna", admin1="Luhansk Oblast", country="UA", lat=49.0481,
                    lon=38.2155, precision="settlement"),
        fatalities=Count(best=7, low=7, high=None, text="7+"), incident_ids=[ids[1], SECOND],
        reports=["d0000000000000002", "d0000000000000005"], sources=["Frontline Ledger", "Border Courier"],
        independent_sources=2, admiralty=Admiralty(reliability="B", credibility=2, reasons=["two origins"]),
        contradictions=[Contradiction(subject="incident", field="fatalities", versions=[
            Version(value="7", text="killing 7 people", support=Support(doc_id="d0000000000000002",
                                                                        incident_id=ids[1])),
            Version(value="7+", text="at least 7", support=Support(doc_id="d0000000000000005",
                                                                   incident_id=SECOND))])])
    conn = ReviewStore(store)  # its execute() takes "?" placeholders on either backend
    _canonical(conn, event, "2024-03-05", [(ids[1], "d0000000000000002"), (SECOND, "d0000000000000005")])
    person = Person(
        id=PERSON, name="Ivan Petrenko", roles=["victim", "soldier"],
        attributes=[PersonAttribute(name="age", value="34", span=NOWHERE,
                                    support=Support(doc_id="d0000000000000002", outlet="Frontline Ledger")),
                    PersonAttribute(name="unit", value="3rd Assault Brigade", span=NOWHERE,
                                    support=Support(doc_id="d0000000000000002", outlet="Frontline Ledger"))],
        fates=[Fate(status="killed", place=Where(name="Kreminna", text="Kreminna"), span=NOWHERE,
                    when=When(start=date(2024, 3, 5), end=date(2024, 3, 5), precision="day"), claimant="officials",
                    support=Support(doc_id="d0000000000000002", outlet="Frontline Ledger")),
               Fate(status="missing", span=NOWHERE, claimant="his brother", hedged=True,
                    support=Support(doc_id="d0000000000000005", outlet="Border Courier"))],
        reports=["d0000000000000002"], incidents=[EVENT])
    conn.execute("INSERT INTO people(id, name, name_key, json, updated_at) VALUES (?,?,?,?,?)",
                 (person.id, person.name, "ivan petrenko", person.model_dump_json(), "2026-11-25"))
    return ids + [SECOND, REGION, TWIN, DUPLICATE]


def gazetteer(path: Path) -> Path:
    """A tiny gazetteer index with five places (names and populations written for the tests)."""
    from warlog.geo import schema

    conn = sqlite3.connect(path)
    schema.create(conn)
    rows = [("g1", "Kyiv", 50.45, 30.52, 2900000), ("g2", "Kharkiv", 49.99, 36.23, 1400000),
            ("g3", "Donetsk", 48.0, 37.8, 900000), ("g4", "Bakhmut", 48.6, 38.0, 70000),
            ("g5", "Kreminna", 49.05, 38.22, 18000)]
    conn.executemany("INSERT INTO places(id, name, ascii, lat, lon, country, population, kind, source)"
                     " VALUES (?,?,?,?,?,'UA',?,'settlement','test')",
                     [(i, n, n, la, lo, p) for i, n, la, lo, p in rows])
    conn.commit()
    conn.close()
    return path
