"""Latency of the workbench at scale, on SQLite or PostgreSQL: ``run(n_incidents=100_000, backend="sqlite")``.

Fills a database with the generated corpus of ``benchmarks.web_data`` (two incidents per short report at real
places, some events told by three linked reports, a person killed in each, empty and failed documents, 1% of
the incidents reviewed), then times every view of the workbench (issues #7 and #20) through an in-process
ASGI client (FastAPI's TestClient, no network), logged in as an analyst, one request at a time, with the
process pinned to one core where the OS allows it. A kept database (``db_path`` for SQLite, ``pg_schema``
for PostgreSQL) is reused when it holds a corpus of that size, so a large one is built once.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.web_data import fill

PG_DEFAULT = os.environ.get("WARLOG_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")
# {canonical} and {incident}: ids picked from the database once it is filled.
ENDPOINTS: dict[str, list[str]] = {
    "list": ["/incidents", "/incidents?type=strike", "/incidents?place=Donetsk&since=2024-01-01",
             "/incidents?review=unreviewed&page=40", "/incidents?outlet=Ledger&certainty=reported"],
    "sorted": ["/incidents?sort=killed", "/incidents?sort=place&dir=asc&page=3", "/incidents?sort=type",
               "/incidents?sort=injured", "/incidents?sort=grade", "/incidents?sort=outlet&dir=asc",
               "/incidents?sort=published", "/incidents?sort=updated", "/incidents?sort=date&dir=asc&page=5"],
    "reports level": ["/incidents?level=reports", "/incidents?level=reports&sort=type",
                      "/api/markers?level=reports", "/timeline?level=reports",
                      "/incidents?level=reports&q=drone"],
    "map": ["/api/markers", "/api/markers?type=friendly_fire", "/api/markers?since=2024-01-01&until=2024-06-30",
            "/api/markers?place=Kharkiv", "/map"],
    "timeline": ["/timeline", "/timeline?unit=day&type=strike", "/timeline?place=Luhansk",
                 "/timeline?since=2023-01-01&until=2023-03-31"],
    "search": ["/incidents?q=drone", "/incidents?q=market+missile", "/incidents?q=Bakhmut",
               "/api/markers?q=deserted", "/timeline?q=barracks"],
    "queue": ["/queue"],
    "casualties": ["/people", "/people?fate=killed", "/export/casualties.csv", "/export/casualties.jsonl"],
    "canonical": ["/canonical", "/canonical/{canonical}", "/incidents/{incident}", "/canonical?page=3"],
}


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def _pg_url(pg_url: str, schema: str) -> str:
    return f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}"


def _target(backend: str, n_incidents: int, db_path: Path | None, pg_url: str, pg_schema: str | None,
            folder: str) -> tuple[str, Callable[[], None]]:
    """The database URL (created empty where needed) and how to drop it when it is not kept."""
    if backend == "sqlite":
        path = db_path or Path(folder) / "bench.db"
        return str(path), lambda: None
    import psycopg
    from psycopg import sql

    schema = pg_schema or f"warlog_bench_{os.getpid()}"
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))

    def drop() -> None:
        if pg_schema is None:
            with psycopg.connect(pg_url, autocommit=True) as admin:
                admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))

    return _pg_url(pg_url, schema), drop


def build(url: str, n_incidents: int, log: Callable[[str], Any]) -> dict[str, Any]:
    """Fill the database at ``url`` unless it already holds ``n_incidents`` (a kept one); its counts."""
    from warlog.store import open_store
    from warlog.store.review import ReviewStore
    from warlog.web import add_user

    started = time.perf_counter()
    with open_store(url) as store:
        reviews = ReviewStore(store)
        kept = reviews.flag("bench_counts")
        if kept and json.loads(kept)["requested"] == n_incidents:
            log(f"reusing the database at {url.split('?')[0]} ({json.loads(kept)['incidents']:,} incidents)")
            return dict(json.loads(kept), reused=True)
        if store.stats()["documents"]:
            raise RuntimeError(f"{url}: holds another corpus; give an empty or new database")
        counts = fill(store, n_incidents, log=log)
        counts["requested"] = n_incidents
        counts["build_seconds"] = round(time.perf_counter() - started, 1)
        reviews.set_flag("bench_counts", json.dumps(counts))
    add_user(url, "bench", "bench password", "analyst")
    return counts


def run(n_incidents: int = 100_000, n_requests: int = 40, db_path: Path | None = None, backend: str = "sqlite",
        pg_url: str = PG_DEFAULT, pg_schema: str | None = None, only: list[str] | None = None,
        log: Callable[[str], Any] = lambda line: None, kept: bool = True, settle: bool = True) -> dict[str, Any]:
    """``kept``: False times every request as the first after a write would be (nothing kept between requests:
    ``warlog.store.view_cache``); the bench writes nothing, so otherwise its repeated URLs find what they keep.
    ``settle``: the process's heap settled before the requests as ``warlog serve`` settles it (``gc.freeze``)."""
    import warnings

    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

    from warlog.web import create_app

    pinned = _pin_one_core()
    folder = tempfile.TemporaryDirectory(prefix="warlog-bench-web-")
    url, drop = _target(backend, n_incidents, db_path, pg_url, pg_schema, folder.name)
    try:
        counts = build(url, n_incidents, log)
        log(f"{counts['incidents']:,} incidents on {backend}, built in {counts.get('build_seconds')} s; {pinned}")
        app = create_app(url)
        if not kept:
            app.state.workbench.cache = app.state.workbench.queries.cache = None
        client = TestClient(app)
        token = client.get("/login").text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        client.post("/login", data={"name": "bench", "password": "bench password", "csrf_token": token})
        ids = _ids(app.state.workbench.reviews)
        if settle:  # as ``warlog serve`` does before it serves (``warlog.web.settle_heap``), where that exists
            import warlog.web

            getattr(warlog.web, "settle_heap", lambda: None)()
        results: dict[str, Any] = {}
        for name, templates in ENDPOINTS.items():
            if only and name not in only:
                continue
            urls = [u.format(**ids) for u in templates]
            for u in urls:  # warm-up: page cache and statement caches
                _get(client, u)
            per_url: dict[str, list[float]] = {u: [] for u in urls}
            cpu: list[float] = []
            for i in range(max(n_requests, len(urls))):
                wall, used = _get(client, urls[i % len(urls)])
                per_url[urls[i % len(urls)]].append(wall)
                cpu.append(used)
            timings = [t for ts in per_url.values() for t in ts]
            cuts = statistics.quantiles(timings, n=20, method="inclusive")
            results[name] = {"p50_ms": round(statistics.median(timings), 1), "p95_ms": round(cuts[18], 1),
                             "max_ms": round(max(timings), 1), "requests": len(timings), "urls": urls,
                             "cpu_p50_ms": round(statistics.median(cpu), 1),
                             "cpu_p95_ms": round(statistics.quantiles(cpu, n=20, method="inclusive")[18], 1),
                             "url_p50_ms": {u: round(statistics.median(ts), 1) for u, ts in per_url.items()}}
            log(f"{name}: p50 {results[name]['p50_ms']} ms, p95 {results[name]['p95_ms']} ms,"
                f" max {results[name]['max_ms']} ms")
        app.state.workbench.store.close()
        size = _size(app, url, backend)
        return {**counts, "backend": backend, "db_mb": size, "cpu": pinned, "endpoints": results, "kept": kept,
                "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None, "date": date.today().isoformat()}
    finally:
        drop()
        folder.cleanup()


def _ids(reviews: Any) -> dict[str, str]:
    canonical = reviews.rows("SELECT id FROM canonical_incidents ORDER BY id LIMIT 1")
    incident = reviews.rows("SELECT incident_id FROM incident_links ORDER BY incident_id LIMIT 1")
    return {"canonical": canonical[0]["id"] if canonical else "none",
            "incident": incident[0]["incident_id"] if incident else "none"}


def _size(app: Any, url: str, backend: str) -> float | None:
    if backend == "sqlite":
        return round(Path(url).stat().st_size / 2**20, 1)
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n"
                           " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                           ).fetchone()
    return round(float(row[0]) / 2**20, 1) if row and row[0] else None


def _get(client: Any, url: str) -> tuple[float, float]:
    """(wall ms, CPU ms of this process) of one request. The CPU time is the request's own work (with SQLite
    all of it, PostgreSQL's server work excluded), which a machine shared with other work does not inflate."""
    started, cpu = time.perf_counter(), time.process_time()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
    return elapsed, (time.process_time() - cpu) * 1000


def format_markdown(result: dict[str, Any]) -> str:
    lines = [f"{result['backend']}: {result['incidents']:,} incidents in {result['documents']:,} documents"
             f" ({result['reviewed']:,} reviewed, {result['canonical']:,} events of {result['linked']:,} linked"
             f" reports, {result['people']:,} people), {result['places']} places, database {result['db_mb']} MB,"
             f" built in {result.get('build_seconds')} s; {result['cpu']}; load {result['load']}", "",
             "| endpoint | p50 ms | p95 ms | max ms | CPU p50 / p95 ms | requests |", "|---|---|---|---|---|---|"]
    for name, r in result["endpoints"].items():
        lines.append(f"| {name} | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} | {r['cpu_p50_ms']} /"
                     f" {r['cpu_p95_ms']} | {r['requests']} |")
    lines += ["", "| URL | p50 ms |", "|---|---|"]
    for r in result["endpoints"].values():
        lines += [f"| `{url}` | {ms} |" for url, ms in r["url_p50_ms"].items()]
    return "\n".join(lines)
