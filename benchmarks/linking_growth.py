"""Cost growth of linking:
``python -m benchmarks linking growth --sizes 1000,10000,100000 [--store memory|sqlite|postgresql]``.

Reports come from ``bench.corpus`` (templates over real places and dates). Running the NLP pipeline on 100k
documents takes hours here, so each report is built *directly* from the generator's structured incident
instead: one incident of the generator's type, dated to its day (precision ``day``), placed at the town with
the gazetteer's coordinates and admin1 (``api.geocode`` of the town name, once per town), with the killed
count as fatalities and the report's lead paragraph as its evidence and summary; the document has the
generator's full text, outlet and publication date. Reprints and follow-ups keep the event of the report they
copy, so the generator's truth gives gold clusters and the pairwise F1 of the run (cheap: pairs are counted per
event). The linker sees the same kind of member as from the pipeline, minus the claims; the per-document NLP
cost is what ``python -m benchmarks throughput`` measures.

Density: with ``per_day`` (default 60 reports a day, a realistic monitoring volume for one conflict) the
calendar spans ``n / per_day`` days from 2022-03-01, so every size has as many reports per town and week and
growth is measured at constant density; ``per_day=0`` keeps the generator's fixed 2022-2026 calendar, where ten
times more reports means ten times denser blocks.

Stores: ``memory`` links with ``Linker(MemoryIndex())`` in memory. ``sqlite`` and ``postgresql`` go through
the real ingest path: documents are fingerprinted (``api.fingerprint``, timed apart: Dask workers do it),
written with ``Store.add_many`` in batches of 1,000 with the default near-duplicate threshold (so exact and near
reprints are recorded as sightings, not stored, as in ``warlog ingest``; for scoring, a sighting belongs to the
incident of the document it copies), then ``linking.run.link_pending`` links every stored document.
PostgreSQL runs in a fresh schema on the given server, dropped afterwards.
Embeddings (USE) are off unless ``use_embeddings``; they are computed 64 documents per encoder call (as
``link_pending`` does) and their time is reported apart.

Each size runs in a fresh process (``spawn``) so that peak memory (``ru_maxrss``) is that size's own (the
PostgreSQL server's memory is not included).
"""

from __future__ import annotations

import json
import math
import multiprocessing
import random
import resource
import secrets
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from warlog.models import Count, Document, Incident, Report, Span, When, Where

from . import corpus
from .linking import pairwise

START = date(2022, 3, 1)
PER_DAY = 60.0
BATCH = 1000  # documents per add_many transaction
PG_URL = "postgresql://postgres@127.0.0.1:5432/test"


@dataclass(frozen=True)
class Synthetic:
    record: dict[str, object]
    event: int
    kind: str
    place: str
    day: date
    killed: int


def calendar(n: int, per_day: float) -> tuple[date, int]:
    """The generator's calendar for ``n`` reports at ``per_day`` a day (0: its fixed 2022-2026 calendar)."""
    if per_day <= 0:
        return corpus.CALENDAR
    return START, max(1, math.ceil(n / per_day))


def generate(n: int, seed: int = 0, per_day: float = 0) -> list[Synthetic]:
    """``corpus.generate(n, seed, calendar=...)``'s records (the same, draw for draw) with the event of each."""
    cal = calendar(n, per_day)
    rng = random.Random(seed)
    out: list[Synthetic] = []
    incidents: list[tuple[int, Any]] = []
    for number in range(n):
        roll = rng.random()
        if out and roll < 0.08:
            # rng.choice over a list of the same length draws the same index as over the records.
            original = out[rng.choice(range(max(0, len(out) - 200), len(out)))]
            out.append(Synthetic(corpus._reprint(rng, original.record, number), original.event, original.kind,
                                 original.place, original.day, original.killed))
        elif incidents and roll < 0.08 + 0.05:
            event, inc = incidents[rng.choice(range(max(0, len(incidents) - 200), len(incidents)))]
            record = corpus._follow_up(rng, inc, number)
            out.append(Synthetic(record, event, inc.kind, inc.place, inc.day, inc.killed))
        else:
            record, inc = corpus._report(rng, number, cal)
            incidents.append((len(incidents), inc))
            out.append(Synthetic(record, len(incidents) - 1, inc.kind, inc.place, inc.day, inc.killed))
    return out


@cache
def place_of(name: str) -> Where:
    """The gazetteer's resolution of one of ``corpus.PLACES``."""
    from warlog.api import geocode

    geo = next((e.geo for e in geocode(name) if e.geo is not None), None)
    if geo is None:
        return Where(name=name, text=name)
    return Where(name=geo.name, text=name, admin1=geo.admin1, country=geo.country, lat=geo.lat, lon=geo.lon,
                 precision=geo.precision, gazetteer_id=geo.gazetteer_id, confidence=geo.confidence)


def report_of(s: Synthetic, number: int) -> Report:
    """A report built from the structured incident (see the module docstring); no NLP."""
    text = str(s.record["text"])
    lead = text.split("\n\n", 1)[0]
    doc = Document(id=f"g{number:07d}", title=str(s.record["title"]), outlet=str(s.record["outlet"]),
                   url=str(s.record["url"]), published=date.fromisoformat(str(s.record["published"])),
                   language="en", text=text, source=str(s.record["url"]), content_hash=f"g{number:07d}")
    incident = Incident(id=f"g{number:07d}-i1", type=s.kind, summary=lead[:200],
                        when=When(start=s.day, end=s.day, precision="day"), where=place_of(s.place),
                        fatalities=Count(best=s.killed, low=s.killed, high=s.killed, text=str(s.killed)),
                        evidence=[Span(start=0, end=len(lead), text=lead)])
    return Report(document=doc, incidents=[incident])


def corpus_of(n: int, seed: int = 0, per_day: float = PER_DAY) -> tuple[list[Report], dict[str, int]]:
    """The reports in publication order, numbered in that order (the store links oldest first, ties by id),
    and the gold event of each document id."""
    synthetic = generate(n, seed, per_day)
    order = sorted(range(n), key=lambda i: (str(synthetic[i].record["published"]), i))
    reports = [report_of(synthetic[i], rank) for rank, i in enumerate(order)]
    return reports, {f"g{rank:07d}": synthetic[i].event for rank, i in enumerate(order)}


def _rss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


class _Clock:
    """Seconds spent in the wrapped encoder calls."""

    def __init__(self, fn: Callable[[list[str]], np.ndarray]) -> None:
        self.fn, self.seconds = fn, 0.0

    def __call__(self, texts: list[str]) -> np.ndarray:
        start = time.perf_counter()
        try:
            return self.fn(texts)
        finally:
            self.seconds += time.perf_counter() - start


class _Progress:
    """Seconds since linking started at every tenth of the documents linked: growth within one run."""

    def __init__(self, n: int) -> None:
        self.step, self.done, self.start = max(1, n // 10), 0, time.perf_counter()
        self.checkpoints: list[tuple[int, float]] = []

    def begin(self) -> None:
        self.start = time.perf_counter()

    def tick(self) -> None:
        self.done += 1
        if self.done % self.step == 0:
            self.checkpoints.append((self.done, round(time.perf_counter() - self.start, 2)))


def _link_memory(reports: list[Report], use_embeddings: bool, clock: _Clock,
                 progress: _Progress) -> dict[str, str]:
    from warlog.linking.linker import Linker, MemoryIndex
    from warlog.linking.member import members
    from warlog.linking.run import EMBED_BATCH

    linker = Linker(MemoryIndex(), use_embeddings=use_embeddings)
    out: dict[str, str] = {}
    for start in range(0, len(reports), EMBED_BATCH):
        chunk = [members(r) for r in reports[start:start + EMBED_BATCH]]
        texts = [m.text for ms in chunk for m in ms] if use_embeddings else []
        vectors = iter(clock(texts)) if texts else iter(())  # one encoder call per chunk, as link_pending
        for ms in chunk:
            mine = [next(vectors) for _ in ms] if texts else None
            out.update((d.doc_id, d.canonical_id) for d in linker.link_members(ms, vectors=mine))
            progress.tick()
    return out


@contextmanager
def _database(store: str, folder: Path, pg_url: str) -> Iterator[str]:
    """A fresh database: a SQLite file, or a PostgreSQL schema dropped afterwards."""
    if store == "sqlite":
        yield str(folder / "growth.sqlite")
        return
    import psycopg
    from psycopg import sql

    schema = f"warlog_growth_{secrets.token_hex(4)}"
    with psycopg.connect(pg_url, autocommit=True, connect_timeout=10) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        try:
            yield f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}"
        finally:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


def _ingest_and_link(reports: list[Report], url: str, use_embeddings: bool, clock: _Clock,
                     progress: _Progress) -> tuple[dict[str, str], dict[str, Any]]:
    """Fingerprint, ``add_many`` in batches, then ``link_pending``: the store path of ``warlog ingest``."""
    from warlog.api import fingerprint
    from warlog.linking import run as linking_run
    from warlog.settings import Settings
    from warlog.store import open_store
    from warlog.store.links import LinkStore

    settings = Settings.from_env()
    store = open_store(url)
    try:
        fingerprint_s = write_s = 0.0
        copy_of: dict[str, str] = {}
        for i in range(0, len(reports), BATCH):
            # One batch of fingerprints at a time, as an ingest streams them (all at once: ~35 KB each in memory).
            start = time.perf_counter()
            items = [(r, fingerprint(r.document.text)) for r in reports[i:i + BATCH]]
            middle = time.perf_counter()
            results = store.add_many(items, settings.near_duplicate_threshold)
            fingerprint_s, write_s = fingerprint_s + middle - start, write_s + time.perf_counter() - middle
            copy_of.update((r.document.id, res.doc_id) for (r, _), res in zip(items, results, strict=True)
                           if res.status != "new")
        stats = store.stats()
        original = linking_run.embed
        linking_run.embed = clock  # to report the encoder's share of the time
        try:
            start = time.perf_counter()
            progress.begin()
            linking_run.link_pending(store, settings, use_embeddings=use_embeddings,
                                     on_doc=lambda _doc, _n: progress.tick())
            link_s = time.perf_counter() - start
        finally:
            linking_run.embed = original
        rows = LinkStore(store).rows("SELECT doc_id, canonical_id FROM incident_links")
        canonical = {str(r["doc_id"]): str(r["canonical_id"]) for r in rows}
        # A reprint the store kept as a sighting of a stored document belongs to that document's incident.
        canonical.update((copy, canonical[kept]) for copy, kept in copy_of.items() if kept in canonical)
    finally:
        store.close()
    return canonical, {"fingerprint_s": round(fingerprint_s, 2), "write_s": round(write_s, 2),
                       "link_s": round(link_s, 2), "stored": stats["documents"], "duplicates_seen": len(copy_of)}


def measure(n: int, store: str = "memory", use_embeddings: bool = False, seed: int = 0,
            per_day: float = PER_DAY, pg_url: str = PG_URL) -> dict[str, Any]:
    """Generate ``n`` reports, (store and) link them all; time, memory and pairwise scores."""
    if store not in ("memory", "sqlite", "postgresql"):
        raise ValueError(f"unknown store {store!r}; use memory, sqlite or postgresql")
    from warlog.linking.embed import embed

    reports, event = corpus_of(n, seed, per_day)
    days = calendar(n, per_day)[1]
    clock, progress = _Clock(embed), _Progress(n)
    before = _rss_mb()
    if store == "memory":
        progress.begin()
        canonical = _link_memory(reports, use_embeddings, clock, progress)
        timing: dict[str, Any] = {"fingerprint_s": None, "write_s": None,
                                  "link_s": round(time.perf_counter() - progress.start, 2), "stored": n,
                                  "duplicates_seen": 0}
    else:
        with tempfile.TemporaryDirectory(prefix="warlog-growth-") as tmp, _database(store, Path(tmp), pg_url) as url:
            canonical, timing = _ingest_and_link(reports, url, use_embeddings, clock, progress)
    gold = {d: {str(event[d])} for d in canonical}
    scores = pairwise({d: {c} for d, c in canonical.items()}, gold)
    linked = timing["stored"]
    sizes = Counter(canonical.values())
    return {"reports": n, "store": store, "embeddings": use_embeddings, "per_day": per_day, "days": days,
            **timing, "linked": linked,
            "ms_per_report": round(1000 * timing["link_s"] / linked, 3) if linked else None,
            "embed_s": round(clock.seconds, 2),
            "embed_ms_per_report": round(1000 * clock.seconds / linked, 2) if linked and use_embeddings else None,
            "canonical": len(sizes), "events": len({event[d] for d in canonical}),
            "largest_cluster": max(sizes.values(), default=0), "checkpoints": progress.checkpoints,
            "peak_mb": round(_rss_mb(), 1), "before_link_mb": round(before, 1), "pairwise": scores}


def run(sizes: list[int], store: str = "memory", use_embeddings: bool = False, seed: int = 0,
        isolate: bool = True, per_day: float = PER_DAY, pg_url: str = PG_URL,
        out: Path | None = None) -> list[dict[str, Any]]:
    """``measure`` at each size, each in a fresh process when ``isolate``; ``out``: a JSON file rewritten
    after each size (a checkpoint for long runs)."""
    results = []
    for n in sizes:
        if isolate:
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                results.append(pool.apply(measure, (n, store, use_embeddings, seed, per_day, pg_url)))
        else:
            results.append(measure(n, store, use_embeddings, seed, per_day, pg_url))
        if out is not None:
            out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def _ms(seconds: float | None, n: int) -> str:
    return "–" if seconds is None else f"{seconds:,} ({1000 * seconds / n:.2f})"


def format_markdown(results: list[dict[str, Any]]) -> str:
    lines = ["| reports | store | embeddings | reports/day (days) | fingerprint s | write s (ms / report) | linked "
             "| link s (ms / linked) | of which embedding ms | total ms / report | peak RSS MB (corpus) "
             "| canonical / events | largest | pair P | pair R | pair F1 |",
             "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        p, n = r["pairwise"], r["reports"]
        density = f"{r['per_day']:g} ({r['days']:,})" if r["per_day"] else f"fixed ({r['days']:,})"
        total = sum(r[k] or 0.0 for k in ("fingerprint_s", "write_s", "link_s"))
        emb = "–" if r["embed_ms_per_report"] is None else f"{r['embed_ms_per_report']}"
        lines.append(f"| {n:,} | {r['store']} | {'on' if r['embeddings'] else 'off'} | {density} "
                     f"| {'–' if r['fingerprint_s'] is None else r['fingerprint_s']} | {_ms(r['write_s'], n)} "
                     f"| {r['linked']:,} | {r['link_s']:,} ({r['ms_per_report']:.2f}) | {emb} "
                     f"| {1000 * total / n:.2f} | {r['peak_mb']:,.0f} ({r.get('before_link_mb', 0):,.0f}) "
                     f"| {r['canonical']:,} / {r['events']:,} | {r['largest_cluster']} | {p['precision']:.3f} "
                     f"| {p['recall']:.3f} | {p['f1']:.3f} |")
    return "\n".join(lines)
