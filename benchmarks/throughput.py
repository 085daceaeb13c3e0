"""Throughput at scale (issue #8): per-core speed next to spaCy, Dask scaling, worker memory, ingest growth.

``run(n_docs=1000, workers=(1, 2), db_backends=("sqlite", "postgresql"), sizes=(10_000, 100_000))`` measures,
on a corpus from ``bench.corpus.generate`` (realistic synthetic reports with reprints; see that module):

1. **Per core**: documents and words per second of the full default pipeline in one process over ``n_docs``
   clean texts (through ``Pipeline.pipe``, as the Dask engine runs it: spaCy parses batches of
   ``pipeline.runner.BATCH_SIZE``), next to spaCy's own ``nlp.pipe`` with the same model on the same texts,
   after a warm-up of each. ``ratio`` = warlog docs/s / spaCy docs/s (1.0 would mean our stages are free).
2. **Scaling**: ``ingest_dask`` of the same ``n_docs`` into a fresh SQLite file with 1, then 2 local worker
   processes (cluster started and workers warmed before the clock starts); speed-up = time(1) / time(2).
3. **Memory**: peak RSS of each worker process (``ru_maxrss``, read in the worker) and of the client.
4. **Growth**: for each size and backend (PostgreSQL in a fresh schema, dropped afterwards):
   - *full*: ``ingest_dask`` end to end with the largest worker count, when the rate measured in 2. says it
     fits in ``full_limit_minutes``; otherwise it is skipped and the result says so;
   - *store path*: the client's serial share of an ingest with precomputed reports: clean and fingerprint
     each document (timed apart: workers do it in a Dask run), the duplicate pre-check, and ``add_many`` in
     batches. Reports come from part 1, reused in turn with each new document (incident ids rewritten), so
     the store holds reports of realistic size. Time is recorded at every tenth of the corpus, to show growth.

There is no cross-report linking stage in the pipeline yet, so "with linking" is not measured.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import secrets
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from warlog import resources as res
from warlog.api import default_pipeline, fingerprint, make_document
from warlog.models import Document, Report
from warlog.settings import Settings
from warlog.stages.clean import load_rules
from warlog.stages.ingest import RawInput, normalize_meta
from warlog.store import open_store

from .corpus import generate, write_jsonl

PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"


@dataclass
class PerCore:
    """Rates per wall second and per CPU second of this process (the latter is immune to other load)."""

    documents: int
    words: int
    spacy_docs_per_s: float
    spacy_words_per_s: float
    warlog_docs_per_s: float
    warlog_words_per_s: float
    ratio: float
    spacy_docs_per_cpu_s: float
    warlog_docs_per_cpu_s: float
    warlog_words_per_cpu_s: float
    ratio_cpu: float
    stage_seconds: dict[str, float]
    load_average: tuple[float, float]  # 1-minute load before and after: other processes on the machine


@dataclass
class DaskRun:
    workers: int
    documents: int
    seconds: float
    docs_per_s: float
    new: int
    duplicates: int
    failed: int
    incidents: int
    worker_peak_rss_mb: list[float]
    client_peak_rss_mb: float
    worker_cpu_seconds: list[float]
    client_cpu_seconds: float
    docs_per_worker_cpu_s: float  # documents / CPU seconds of all workers: per-core speed inside the engine
    load_average: tuple[float, float]


@dataclass
class Prepare:
    """Cleaning and fingerprinting, worker-side in a Dask run; done once here for the store-path runs."""

    documents: int
    processes: int
    seconds: float
    docs_per_cpu_s: float


@dataclass
class StorePath:
    backend: str
    documents: int
    check_seconds: float  # find_duplicate before extraction
    write_seconds: float  # add_many
    docs_per_s: float  # documents / (check + write): the client's ceiling
    checkpoints: list[tuple[int, float]]  # (documents done, cumulative check + write seconds)
    stored: int
    duplicates_seen: int
    incidents: int
    db_mb: float


@dataclass
class Growth:
    backend: str
    size: int
    mode: str  # "full" or "skipped: ..."
    full: DaskRun | None
    store_path: StorePath


@dataclass
class ThroughputBench:
    machine: str
    python: str
    corpus: str
    per_core: PerCore
    scaling: list[DaskRun]
    speedup: float | None
    growth: list[Growth] = field(default_factory=list)
    prepare: Prepare | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def run(n_docs: int = 1000, workers: Sequence[int] = (1, 2), db_backends: Sequence[str] = ("sqlite", "postgresql"),
        sizes: Sequence[int] = (10_000, 100_000), *, seed: int = 0, settings: Settings | None = None,
        workdir: Path | None = None, pg_url: str = PG_DEFAULT, full_limit_minutes: float = 40.0,
        batch_size: int = 50, log: Callable[[str], Any] | None = print,
        checkpoint: Path | None = None) -> ThroughputBench:
    """Run the whole benchmark; see the module docstring. ``log`` gets one line per step (None: silent);
    ``checkpoint``: a JSON file rewritten with the results so far after each step (long runs can be killed)."""
    settings = settings or Settings.from_env()
    say = log or (lambda _: None)
    partial: dict[str, Any] = {}

    def keep(name: str, value: Any) -> None:
        partial[name] = value
        if checkpoint is not None:
            checkpoint.write_text(json.dumps(partial, indent=1, default=lambda o: asdict(o)), encoding="utf-8")

    with _workdir(workdir) as tmp:
        records = generate(max(n_docs, *sizes) if sizes else n_docs, seed)
        small = records[:n_docs]
        docs = _documents(small, settings)
        say(f"per core: {len(docs)} documents")
        per_core, reports = _per_core(docs, settings)
        keep("per_core", per_core)
        say(f"  warlog {per_core.warlog_docs_per_s} docs/s ({per_core.warlog_docs_per_cpu_s} per CPU s), spaCy "
            f"{per_core.spacy_docs_per_s} ({per_core.spacy_docs_per_cpu_s}), ratio {per_core.ratio} "
            f"({per_core.ratio_cpu} by CPU time), load {per_core.load_average}")

        corpus = write_jsonl(small, tmp / f"corpus-{n_docs}.jsonl")
        scaling = []
        for n in workers:
            scaling.append(_dask_run(corpus, f"sqlite:///{tmp / f'scale-{n}.db'}", n, settings, batch_size))
            keep("scaling", scaling)
            r = scaling[-1]
            say(f"dask, {n} worker(s): {r.seconds} s, {r.docs_per_s} docs/s, {r.docs_per_worker_cpu_s} per worker "
                f"CPU s, worker CPU {r.worker_cpu_seconds} s, client CPU {r.client_cpu_seconds} s, peak RSS "
                f"{r.worker_peak_rss_mb} MB, load {r.load_average}")
        by_n = {r.workers: r.seconds for r in scaling}
        speedup = round(by_n[1] / by_n[max(by_n)], 2) if 1 in by_n and len(by_n) > 1 else None
        rate = scaling[-1].docs_per_s if scaling else per_core.warlog_docs_per_s
        most = max(workers) if workers else 1

        growth = []
        prepare, prepared = _prepare_all(records[:max(sizes)], settings) if sizes else (None, [])
        if prepare is not None:
            say(f"prepared {prepare.documents} documents in {prepare.seconds} s on {prepare.processes} processes")
        for size in sizes:
            path = write_jsonl(records[:size], tmp / f"corpus-{size}.jsonl")
            minutes = size / rate / 60
            for backend in db_backends:
                full: DaskRun | None = None
                if minutes <= full_limit_minutes:
                    with _database(backend, tmp, f"full-{size}", pg_url) as url:
                        full = _dask_run(path, url, most, settings, batch_size)
                    mode = "full"
                    say(f"{backend} {size}: full ingest {full.seconds} s ({full.docs_per_s} docs/s), worker CPU "
                        f"{full.worker_cpu_seconds} s, client CPU {full.client_cpu_seconds} s, peak RSS "
                        f"{full.worker_peak_rss_mb} MB, load {full.load_average}")
                else:
                    mode = (f"skipped: estimated {minutes:.0f} min at {rate} docs/s > {full_limit_minutes:.0f} min;"
                            " store path only")
                    say(f"{backend} {size}: {mode}")
                with _database(backend, tmp, f"store-{size}", pg_url) as url:
                    store_path = _store_path(prepared[:size], url, backend, reports, settings, batch_size)
                say(f"{backend} {size}: store path {store_path.docs_per_s} docs/s, check {store_path.check_seconds} s,"
                    f" write {store_path.write_seconds} s, checkpoints {store_path.checkpoints}")
                growth.append(Growth(backend, size, mode, full, store_path))
                keep("growth", growth)
    return ThroughputBench(
        machine=f"{platform.machine()}, {_cpus()} cpus", python=platform.python_version(),
        corpus=f"bench.corpus.generate(n, seed={seed})", per_core=per_core, scaling=scaling, speedup=speedup,
        growth=growth, prepare=prepare,
    )


def per_core_only(n_docs: int = 1000, *, seed: int = 0, settings: Settings | None = None) -> PerCore:
    """Part 1 alone (``python -m benchmarks throughput --only per-core``): the same corpus and code as ``run``."""
    settings = settings or Settings.from_env()
    docs = corpus_documents(n_docs, seed, settings)
    return _per_core(docs, settings)[0]


def corpus_documents(n_docs: int, seed: int, settings: Settings) -> list[Document]:
    """The clean documents of the per-core run (also profiled by ``bench.profile``)."""
    return _documents(generate(n_docs, seed), settings)


# -- parts ----------------------------------------------------------------------------------------------------


def _documents(records: list[dict[str, object]], settings: Settings) -> list[Document]:
    rules = load_rules(settings.boilerplate_rules)
    return [make_document(RawInput(source=f"corpus.jsonl:{i + 1}", body=str(r["text"]), format="text",
                                   meta=normalize_meta(r)), rules) for i, r in enumerate(records)]


def _per_core(docs: list[Document], settings: Settings) -> tuple[PerCore, list[Report]]:
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    pipeline = default_pipeline(settings)
    nlp = res.spacy_model(settings, pipeline.resources)
    load_before = os.getloadavg()[0]
    list(nlp.pipe(texts[:50]))  # warm-up
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    spacy_s, spacy_cpu = time.perf_counter() - wall, time.process_time() - cpu

    for doc in docs[:20]:
        pipeline.run(Report(document=doc.model_copy()))  # warm-up: gazetteer, lexicons
    stage_seconds: dict[str, float] = {}
    reports = []
    wall, cpu = time.perf_counter(), time.process_time()
    # Pipeline.pipe, as the Dask engine runs it: spaCy parses a batch at a time there.
    for report in pipeline.pipe((Report(document=doc.model_copy()) for doc in docs), timings=stage_seconds):
        if isinstance(report, Report):
            reports.append(report)
    warlog_s, warlog_cpu = time.perf_counter() - wall, time.process_time() - cpu
    n = len(docs)
    return PerCore(
        documents=n, words=words,
        spacy_docs_per_s=round(n / spacy_s, 2), spacy_words_per_s=round(words / spacy_s),
        warlog_docs_per_s=round(n / warlog_s, 2), warlog_words_per_s=round(words / warlog_s),
        ratio=round(spacy_s / warlog_s, 3),
        spacy_docs_per_cpu_s=round(n / spacy_cpu, 2), warlog_docs_per_cpu_s=round(n / warlog_cpu, 2),
        warlog_words_per_cpu_s=round(words / warlog_cpu), ratio_cpu=round(spacy_cpu / warlog_cpu, 3),
        stage_seconds={k: round(v, 2) for k, v in stage_seconds.items()},
        load_average=(round(load_before, 2), round(os.getloadavg()[0], 2)),
    ), reports


def _dask_run(corpus: Path, url: str, n_workers: int, settings: Settings, batch_size: int) -> DaskRun:
    from warlog.engine.dask_engine import connect, ingest_dask, warm_workers

    with connect(workers=n_workers) as client:
        warm_workers(client, settings)
        load_before = os.getloadavg()[0]
        cpu_before = client.run(_cpu_seconds)
        client_cpu = time.process_time()
        start = time.perf_counter()
        # Linking runs in the client after the workers, serially: measured apart by `bench linking growth`.
        summary = ingest_dask([corpus], url, client=client, settings=settings, batch_size=batch_size, link=False)
        seconds = time.perf_counter() - start
        client_cpu = time.process_time() - client_cpu
        cpu_after = client.run(_cpu_seconds)
        peaks = client.run(_peak_rss_mb)
    worker_cpu = sorted(round(cpu_after[w] - cpu_before[w], 1) for w in cpu_after if w in cpu_before)
    total = len(summary.new) + len(summary.duplicates) + len(summary.failed)
    return DaskRun(
        workers=n_workers, documents=total, seconds=round(seconds, 1), docs_per_s=round(total / seconds, 2),
        new=len(summary.new), duplicates=len(summary.duplicates), failed=len(summary.failed),
        incidents=summary.incidents, worker_peak_rss_mb=sorted(peaks.values()), client_peak_rss_mb=_peak_rss_mb(),
        worker_cpu_seconds=worker_cpu, client_cpu_seconds=round(client_cpu, 1),
        docs_per_worker_cpu_s=round(total / max(sum(worker_cpu), 1e-9), 2),
        load_average=(round(load_before, 2), round(os.getloadavg()[0], 2)),
    )


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss it is not inherited from the parent)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def _reuse(template: Report, doc: Document) -> Report:
    incidents = [inc.model_copy(update={"id": f"{doc.id}-i{k}"}) for k, inc in enumerate(template.incidents)]
    return template.model_copy(update={"document": doc, "incidents": incidents})


def _prepare_chunk(args: tuple[list[dict[str, object]], int, Settings]) -> tuple[list[tuple[Document, Any]], float]:
    records, offset, settings = args
    rules = load_rules(settings.boilerplate_rules)
    cpu = time.process_time()
    out = []
    for i, record in enumerate(records, start=offset + 1):
        raw = RawInput(source=f"corpus.jsonl:{i}", body=str(record["text"]), format="text",
                       meta=normalize_meta(record))
        doc = make_document(raw, rules)
        out.append((doc, fingerprint(doc.text)))
    return out, time.process_time() - cpu


def _prepare_all(records: list[dict[str, object]], settings: Settings) -> tuple[Prepare, list[tuple[Document, Any]]]:
    """Clean and fingerprint every record on all cores, in order."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    processes = _cpus()
    chunk = 2_000
    jobs = [(records[i:i + chunk], i, settings) for i in range(0, len(records), chunk)]
    start = time.perf_counter()
    prepared: list[tuple[Document, Any]] = []
    cpu = 0.0
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn")) as pool:
        for part, seconds in pool.map(_prepare_chunk, jobs):
            prepared.extend(part)
            cpu += seconds
    wall = time.perf_counter() - start
    return Prepare(documents=len(prepared), processes=processes, seconds=round(wall, 1),
                   docs_per_cpu_s=round(len(prepared) / max(cpu, 1e-9), 1)), prepared


def _store_path(prepared: list[tuple[Document, Any]], url: str, backend: str, templates: list[Report],
                settings: Settings, batch_size: int) -> StorePath:
    """The client's serial share of an ingest: pre-check, then ``add_many`` in batches, with given reports."""
    threshold = settings.near_duplicate_threshold
    check = write = 0.0
    checkpoints: list[tuple[int, float]] = []
    step = max(1, len(prepared) // 10)
    pending: list[tuple[Report, Any]] = []
    with open_store(url) as store:
        for i, (doc, fp) in enumerate(prepared, start=1):
            t1 = time.perf_counter()
            known = store.find_duplicate(fp, threshold)
            t2 = time.perf_counter()
            pending.append((Report(document=doc) if known else _reuse(templates[i % len(templates)], doc), fp))
            if len(pending) >= batch_size or i == len(prepared):
                store.add_many(pending, threshold)
                pending = []
            t3 = time.perf_counter()
            check, write = check + t2 - t1, write + t3 - t2
            if i % step == 0:
                checkpoints.append((i, round(check + write, 1)))
        stats = store.stats()
        size = _db_mb(store, url)
    return StorePath(
        backend=backend, documents=len(prepared), check_seconds=round(check, 1), write_seconds=round(write, 1),
        docs_per_s=round(len(prepared) / (check + write), 1), checkpoints=checkpoints, stored=stats["documents"],
        duplicates_seen=stats["duplicates_seen"], incidents=stats["incidents"], db_mb=size,
    )


def _db_mb(store: Any, url: str) -> float:
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///"):])
        return round(sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20, 1)
    row = store.conn.execute(
        "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) AS n FROM pg_class c JOIN pg_namespace s"
        " ON s.oid = c.relnamespace WHERE s.nspname = current_schema() AND c.relkind = 'r'").fetchone()
    return round(int(row["n"]) / 2**20, 1)


@contextmanager
def _database(backend: str, tmp: Path, name: str, pg_url: str) -> Iterator[str]:
    """A fresh database: a SQLite file, or a PostgreSQL schema dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp / (name + '.db')}"
        return
    if backend != "postgresql":
        raise ValueError(f"unknown backend {backend!r}; use sqlite or postgresql")
    import psycopg
    from psycopg import sql

    schema = f"warlog_bench_{secrets.token_hex(4)}"
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
        try:
            yield f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}"
        finally:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


@contextmanager
def _workdir(given: Path | None) -> Iterator[Path]:
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="warlog-bench-") as tmp:
        yield Path(tmp)


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
