"""Cost growth of linking: ``warlog bench linking growth --sizes 1000,10000,100000 [--store memory|sqlite]``.

Reports come from ``bench.corpus`` (templates over real places, 2022-2026 dates). Running the NLP pipeline
on 100k documents takes hours here, so each report is built *directly* from the generator's structured
incident instead: one incident of the generator's type, dated to its day (precision ``day``), placed at the
town with the gazetteer's coordinates and admin1 (``api.geocode`` of the town name, once per town), with the
killed count as fatalities (best = low = high) and the report's lead paragraph as its text, evidence and
summary; the document has the generator's outlet and publication date. Reprints and follow-ups keep the event
of the report they copy, so the generator's truth gives gold clusters and the pairwise F1 of the run (cheap:
pairs are counted per event). The linker sees the same kind of member as from the pipeline, minus the claims.

Each size runs in a fresh process (``spawn``) so that peak memory (``ru_maxrss``) is that size's own: the
generated corpus, the reports and the index. Time is the linking alone (generation and, for the store,
inserting the documents are not counted). ``--store sqlite`` links through ``linking.run.link_report`` on a
fresh SQLite file (one transaction per report, as ``warlog link`` does). Embeddings (USE) are off unless
``--embeddings``: they add one encoder call per report.
"""

from __future__ import annotations

import multiprocessing
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ..models import Count, Document, Incident, Report, Span, When, Where
from . import corpus
from .linking import pairwise


@dataclass(frozen=True)
class Synthetic:
    record: dict[str, object]
    event: int
    kind: str
    place: str
    day: date
    killed: int


def generate(n: int, seed: int = 0) -> list[Synthetic]:
    """``corpus.generate(n, seed)``'s records (the same, draw for draw) with the event each one reports."""
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
            record, inc = corpus._report(rng, number)
            incidents.append((len(incidents), inc))
            out.append(Synthetic(record, len(incidents) - 1, inc.kind, inc.place, inc.day, inc.killed))
    return out


@cache
def place_of(name: str) -> Where:
    """The gazetteer's resolution of one of ``corpus.PLACES``."""
    from ..api import geocode

    geo = next((e.geo for e in geocode(name) if e.geo is not None), None)
    if geo is None:
        return Where(name=name, text=name)
    return Where(name=geo.name, text=name, admin1=geo.admin1, country=geo.country, lat=geo.lat, lon=geo.lon,
                 precision=geo.precision, gazetteer_id=geo.gazetteer_id, confidence=geo.confidence)


def report_of(s: Synthetic, number: int) -> Report:
    """A report built from the structured incident (see the module docstring); no NLP."""
    lead = str(s.record["text"]).split("\n\n", 1)[0]
    doc = Document(id=f"g{number:07d}", title=str(s.record["title"]), outlet=str(s.record["outlet"]),
                   published=date.fromisoformat(str(s.record["published"])), language="en", text=lead,
                   source="synthetic", content_hash=f"g{number:07d}")
    incident = Incident(id=f"g{number:07d}-i1", type=s.kind, summary=lead[:200],
                        when=When(start=s.day, end=s.day, precision="day"), where=place_of(s.place),
                        fatalities=Count(best=s.killed, low=s.killed, high=s.killed, text=str(s.killed)),
                        evidence=[Span(start=0, end=len(lead), text=lead)])
    return Report(document=doc, incidents=[incident])


def _rss_mb() -> float:
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def _link_memory(reports: list[Report], use_embeddings: bool) -> dict[str, str]:
    from ..linking.linker import Linker, MemoryIndex

    linker = Linker(MemoryIndex(), use_embeddings=use_embeddings)
    return {d.doc_id: d.canonical_id for r in reports for d in linker.link_report(r)}


def _store_documents(reports: list[Report], folder: Path) -> Any:
    from ..store import Fingerprint, open_store

    store = open_store(folder / "growth.sqlite")
    for i in range(0, len(reports), 1000):
        store.add_many([(r, Fingerprint(r.document.content_hash or r.document.id, (), frozenset()))
                        for r in reports[i:i + 1000]], 1.01)
    return store


def _chunks(items: list[Report], size: int) -> Iterator[list[Report]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def measure(n: int, store: str = "memory", use_embeddings: bool = False, seed: int = 0) -> dict[str, Any]:
    """Generate ``n`` reports, link them all, and return time, memory and pairwise scores."""
    synthetic = generate(n, seed)
    reports = sorted((report_of(s, i) for i, s in enumerate(synthetic)),
                     key=lambda r: (r.document.published or date.min, r.document.id))
    event = {f"g{i:07d}": s.event for i, s in enumerate(synthetic)}
    before = _rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        if store == "sqlite":
            from ..linking.linker import Linker
            from ..linking.run import link_report
            from ..store.links import LinkStore

            db = _store_documents(reports, Path(tmp))
            links = LinkStore(db)
            linker = Linker(links, use_embeddings=use_embeddings)
            start = time.perf_counter()
            canonical = {d.doc_id: d.canonical_id for r in reports
                         for d in link_report(links, linker, r, use_embeddings=use_embeddings)}
            seconds = time.perf_counter() - start
            db.close()
        else:
            start = time.perf_counter()
            canonical = _link_memory(reports, use_embeddings)
            seconds = time.perf_counter() - start
    scores = pairwise({d: {c} for d, c in canonical.items()}, {d: {str(e)} for d, e in event.items()})
    return {"reports": n, "store": store, "embeddings": use_embeddings, "seconds": round(seconds, 2),
            "ms_per_report": round(1000 * seconds / n, 3) if n else None,
            "canonical": len(set(canonical.values())), "events": len(set(event.values())),
            "peak_mb": round(_rss_mb(), 1), "before_link_mb": round(before, 1),
            "pairwise": scores}


def run(sizes: list[int], store: str = "memory", use_embeddings: bool = False, seed: int = 0,
        isolate: bool = True) -> list[dict[str, Any]]:
    """``measure`` at each size, each in a fresh process when ``isolate``."""
    results = []
    for n in sizes:
        if isolate:
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                results.append(pool.apply(measure, (n, store, use_embeddings, seed)))
        else:
            results.append(measure(n, store, use_embeddings, seed))
    return results


def format_markdown(results: list[dict[str, Any]]) -> str:
    lines = ["| reports | index | embeddings | link s | ms / report | peak RSS MB | canonical / events "
             "| pair P | pair R | pair F1 |", "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        p = r["pairwise"]
        lines.append(f"| {r['reports']:,} | {r['store']} | {'on' if r['embeddings'] else 'off'} | {r['seconds']} "
                     f"| {r['ms_per_report']} | {r['peak_mb']} | {r['canonical']:,} / {r['events']:,} "
                     f"| {p['precision']:.3f} | {p['recall']:.3f} | {p['f1']:.3f} |")
    return "\n".join(lines)

