"""Distributed ingest on Dask: extraction on the workers, one writer (this process) for the store.

``ingest_dask(paths, db, workers=2)`` starts a ``LocalCluster`` of worker processes (one thread each);
``scheduler="tcp://host:8786"`` uses any running Dask deployment instead (dask-jobqueue, Kubernetes, ...).
The inputs are cut into shards (``engine.shards``) and each shard goes through two tasks:

1. *prepare* (on a worker): read the shard, clean each input into a ``Document``, fingerprint it;
2. the client checks each document against the store (``find_duplicate``, as the serial ``ingest`` does): a
   document stored already, exactly or as a near-duplicate, is not extracted again;
3. *extract* (on any worker): the full pipeline over the remaining documents, in chunks of ``EXTRACT_CHUNK``
   so that the workers stay evenly loaded (the documents travel with the task, a few kB each).
   Each worker loads the pipeline once (``worker_pipeline``: cached per process and task thread, because the
   gazetteer's SQLite connection belongs to the thread that opened it); ``warm_workers`` loads it on every
   worker before the first shard, so a missing model fails the run at once.

The client writes the results in input order, in batches, with ``Store.add_many``: SQLite keeps one writer,
PostgreSQL one transaction per batch. Writing in input order makes the outcome the same whatever the number
of workers: of two near-duplicates, the one read first is stored and the other recorded as its duplicate.

Resuming: documents are identified by content, and a stored one is skipped before extraction, so after a
killed client, worker or cluster the same command picks up where the store stands; ``add_many`` checks again
under its lock and records no sighting for an input that was stored from the same source. A task lost with a
worker is recomputed by Dask; a task cancelled by a cluster restart is resubmitted (up to three times); a
shard that keeps killing workers is reported as failed and the run goes on.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from distributed import Client, Future, LocalCluster, wait
from distributed.scheduler import KilledWorker

from .. import resources
from ..api import IngestSummary, fingerprint, make_document
from ..errors import ConfigError, InputError, WarlogError
from ..models import Document, Report
from ..pipeline.runner import Failure, Pipeline
from ..settings import Settings
from ..stages.clean import BoilerplateRules, load_rules
from ..store import AddResult, Fingerprint, Store, open_store
from .shards import Shard, plan_shards, read_shard

__all__ = ["connect", "ingest_dask", "warm_workers", "worker_pipeline"]

log = logging.getLogger(__name__)

Prepared = list["tuple[Document, Fingerprint] | Failure"]
State = Literal["extract", "bare", "report", "failed", "wait"]

EXTRACT_CHUNK = 10  # documents per extraction task: about a second of work, small enough to balance
MAX_ATTEMPTS = 3  # submissions of one task before its documents are reported as failed
FLUSH_SECONDS = 2.0  # write a non-empty batch at least this often, so a kill loses little work
WARMUP_TEXT = "Russian artillery shelled Kharkiv on Monday, killing two civilians, the regional governor said."


# -- on the workers ----------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _rules(extra: Path | None) -> BoilerplateRules:
    return load_rules(extra)


def prepare_shard(shard: Shard, settings: Settings, meta: dict[str, str | None]) -> Prepared:
    """Read and clean one shard: a ``(Document, Fingerprint)`` per input, or a ``Failure`` in its place."""
    rules = _rules(settings.boilerplate_rules)
    out: Prepared = []
    for item in read_shard(shard, settings.max_file_bytes):
        if isinstance(item, InputError):
            out.append(Failure(item.source, item.detail))
            continue
        try:
            doc = make_document(item, rules, **meta)
        except InputError as exc:
            out.append(Failure(exc.source, exc.detail))
            continue
        out.append((doc, fingerprint(doc.text)))
    return out


def extract_documents(documents: list[Document], settings: Settings) -> list[Report | Failure]:
    """The full pipeline over ``documents``, in order: a report or a ``Failure`` for each."""
    return list(worker_pipeline(settings).pipe(Report(document=d) for d in documents))


_PIPELINES: dict[tuple[Settings, int], Pipeline] = {}
_PIPELINES_LOCK = threading.Lock()


def worker_pipeline(settings: Settings) -> Pipeline:
    """This process's pipeline for ``settings``, built on first use in each thread.

    The spaCy model is shared by the whole process (``resources`` caches it); the gazetteer's SQLite connection
    may only be used by the thread that opened it, so each task thread gets its own pipeline (a worker with
    ``threads_per_worker=1``, the default here, builds exactly one).
    """
    key = (settings, threading.get_ident())
    with _PIPELINES_LOCK:
        pipeline = _PIPELINES.get(key)
        if pipeline is None:
            pipeline = _PIPELINES[key] = Pipeline(settings=settings)
    return pipeline


def warm(settings: Settings) -> int:
    """Load the pipeline in this worker (model, gazetteer, rules) by running it once; returns the process id."""
    _rules(settings.boilerplate_rules)
    document = Document(id="warmup", text=WARMUP_TEXT, language="en")
    worker_pipeline(settings).run(Report(document=document))
    return os.getpid()


# -- on the client -----------------------------------------------------------------------------------------


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the Dask scheduler at ``scheduler``, or of a new local cluster of ``workers`` processes."""
    if scheduler is not None and workers is not None:
        raise ConfigError("give either a scheduler address or a number of local workers, not both")
    if workers is not None and workers < 1:
        raise ConfigError(f"the number of workers must be >= 1, got {workers}")
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}. Check the address "
                              "(tcp://HOST:PORT) and that `dask scheduler` is running there") from exc
        with client:
            yield client
        return
    n = workers or _cpus()
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def warm_workers(client: Client, settings: Settings) -> dict[str, int]:
    """Run ``warm`` once on every worker (in its task thread); worker address -> process id."""
    addresses = list(client.scheduler_info(n_workers=-1)["workers"])
    futures = {a: client.submit(warm, settings, workers=[a], allow_other_workers=False, pure=False)
               for a in addresses}
    return {a: f.result() for a, f in futures.items()}


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ingest_dask(paths: Iterable[str | Path], db: str | Path | Store, *, settings: Settings | None = None,
                scheduler: str | None = None, workers: int | None = None, batch_size: int = 50,
                shard_size: int = 50, on_item: Callable[[str, str], Any] | None = None,
                client: Client | None = None, link: bool = True, summary: IngestSummary | None = None,
                **meta: str | None) -> IngestSummary:
    """``warlog.ingest`` on a Dask cluster: the same store contents, extraction spread over worker processes.

    ``scheduler``: address of a running scheduler; else a ``LocalCluster`` of ``workers`` processes (default:
    one per core) lives for this call. ``client``: an existing ``distributed.Client`` to use instead of both.
    ``batch_size``: documents per store transaction; ``shard_size``: files, JSONL lines or Parquet rows per
    task. ``on_item(source, outcome)`` is called after each input is written; ``meta`` overrides as ``ingest``.
    ``link``: link the new documents across reports afterwards, in this process (linking is incremental and
    ordered, so it does not spread over workers; ``warlog link`` does it later when False). ``summary``: filled as
    documents are written, so a caller interrupted (Ctrl-C) still knows what was stored.
    """
    settings = settings or Settings.from_env()
    if batch_size < 1:
        raise ConfigError(f"batch_size must be >= 1, got {batch_size}")
    shards = plan_shards(paths, files_per_shard=shard_size, lines_per_shard=shard_size)
    if scheduler is None and client is None and not settings.gazetteer_path.exists():
        resources.gazetteer(settings, {})  # build it once here, not in every local worker at the same time
    store = db if isinstance(db, Store) else open_store(db)
    try:
        if client is not None:
            summary = _Run(client, store, settings, meta, batch_size, on_item, summary).run(shards)
        else:
            with connect(scheduler, workers) as own:
                summary = _Run(own, store, settings, meta, batch_size, on_item, summary).run(shards)
        if link:
            from ..linking.run import link_pending

            summary.linked = link_pending(store, settings).documents
        return summary
    finally:
        if not isinstance(db, Store):
            store.close()


@dataclass
class _Entry:
    """One input of a shard on the client: its state on the way to the store."""

    state: State
    doc: Document | None = None
    fp: Fingerprint | None = None
    report: Report | None = None
    failure: Failure | None = None

    @property
    def source(self) -> str:
        if self.failure is not None:
            return self.failure.source
        assert self.doc is not None
        return self.doc.source or self.doc.id


@dataclass
class _ShardState:
    shard: Shard
    entries: list[_Entry] | None = None
    written: int = 0


@dataclass
class _Task:
    kind: Literal["prepare", "extract"]
    shard: int
    indices: list[int] = field(default_factory=list)
    attempt: int = 1


class _Run:
    """One ingest: submits shards, checks duplicates, writes results in input order."""

    def __init__(self, client: Client, store: Store, settings: Settings, meta: dict[str, str | None],
                 batch_size: int, on_item: Callable[[str, str], Any] | None,
                 summary: IngestSummary | None = None) -> None:
        self.client = client
        self.store = store
        self.settings = settings
        self.meta = meta
        self.batch_size = batch_size
        self.on_item = on_item
        self.threshold = settings.near_duplicate_threshold
        self.summary = summary if summary is not None else IngestSummary()  # the caller's: kept on Ctrl-C
        self.token = uuid.uuid4().hex[:8]
        self.tasks: dict[Future, _Task] = {}
        self.states: list[_ShardState] = []
        self.inflight: dict[str, tuple[int, int]] = {}  # content hash -> (shard, index) of the copy being extracted
        self.batch: list[_Entry] = []
        self.cursor = 0  # the first shard not fully written
        self.submitted = 0  # shards whose prepare task was submitted
        self.seq = 0  # makes every task key unique, resubmissions included
        self.max_pending = 1
        self.last_flush = time.monotonic()

    # -- the loop ------------------------------------------------------------------------------------------

    def run(self, shards: list[Shard]) -> IngestSummary:
        self.states = [_ShardState(s) for s in shards]
        if not shards:
            return self.summary
        warm_workers(self.client, self.settings)
        slots = max(1, sum(self.client.nthreads().values()))
        self.max_pending = 2 * slots + 2  # shards read but not yet written: bounds memory on both sides
        try:
            self._submit_more()
            while self.cursor < len(self.states):
                if self.tasks:
                    try:
                        wait(list(self.tasks), timeout=FLUSH_SECONDS, return_when="FIRST_COMPLETED")
                    except (TimeoutError, CancelledError):  # nothing finished yet / some were cancelled
                        pass
                    for future in [f for f in self.tasks if f.status != "pending"]:
                        self._collect(future, self.tasks.pop(future))
                self._advance()
                if self.batch and (len(self.batch) >= self.batch_size or not self.tasks
                                   or time.monotonic() - self.last_flush > FLUSH_SECONDS):
                    self._flush()
                    self._advance()
                self._submit_more()
                if not self.tasks and self.cursor < len(self.states) and not self.batch:
                    self._unstick()
            self._flush()
        finally:
            if self.tasks:
                self.client.cancel(list(self.tasks))
            self.tasks.clear()
        return self.summary

    def _submit_more(self) -> None:
        while self.submitted < len(self.states) and self.submitted - self.cursor < self.max_pending:
            self._submit(_Task("prepare", self.submitted))
            self.submitted += 1

    def _submit(self, task: _Task) -> None:
        state = self.states[task.shard]
        self.seq += 1
        key = f"warlog-{task.kind}-{task.shard}-{state.shard.id}-{self.token}-{self.seq}"
        future: Future[Any]
        if task.kind == "prepare":
            future = self.client.submit(prepare_shard, state.shard, self.settings, self.meta, key=key, priority=0)
        else:
            assert state.entries is not None
            documents = [state.entries[i].doc for i in task.indices]
            # Extraction first: it unblocks the writer; prepares are cheap and fill the gaps.
            future = self.client.submit(extract_documents, documents, self.settings, key=key, priority=1)
        self.tasks[future] = task

    def _collect(self, future: Future, task: _Task) -> None:
        state = self.states[task.shard]
        try:
            result = future.result()
        except CancelledError:  # a cluster restart cancels every future: submit again
            if task.attempt >= MAX_ATTEMPTS:
                self._fail_task(state, task, f"cancelled {MAX_ATTEMPTS} times while processing {state.shard.label}")
                return
            log.warning("task %s was cancelled (cluster restarted?); submitting it again", future.key)
            self._submit(_Task(task.kind, task.shard, list(task.indices), attempt=task.attempt + 1))
            return
        except KilledWorker as exc:  # Dask already retried on other workers: this input kills them
            self._fail_task(state, task, f"worker processes died while processing {state.shard.label}: {exc}")
            return
        if task.kind == "prepare":
            if state.entries is None:  # a prepare resubmitted for a lost extraction finds its entries made
                self._check(task.shard, result)
            return
        assert state.entries is not None
        for i, done in zip(task.indices, result, strict=True):
            entry = state.entries[i]
            if entry.state != "extract":
                continue  # a duplicate answer (a task submitted twice): the first one counts
            if isinstance(done, Failure):
                entry.state, entry.failure = "failed", done
            else:
                entry.state, entry.report = "report", done

    def _fail_task(self, state: _ShardState, task: _Task, reason: str) -> None:
        if task.kind == "prepare":
            if state.entries is None:
                state.entries = [_Entry("failed", failure=Failure(state.shard.label, reason))]
            return
        assert state.entries is not None
        for i in task.indices:
            entry = state.entries[i]
            if entry.state == "extract":
                entry.state, entry.failure = "failed", Failure(entry.source, reason)

    def _check(self, shard: int, prepared: Prepared) -> None:
        """Decide per document: skip it as stored, wait for an earlier copy being extracted, or extract it."""
        entries: list[_Entry] = []
        extract: list[int] = []
        for index, item in enumerate(prepared):
            if isinstance(item, Failure):
                entries.append(_Entry("failed", failure=item))
                continue
            doc, fp = item
            owner = self.inflight.get(fp.content_hash)
            if owner is not None and owner < (shard, index):
                entries.append(_Entry("wait", doc, fp))
            elif owner is None and self.store.find_duplicate(fp, self.threshold) is not None:
                entries.append(_Entry("bare", doc, fp))
            else:
                entries.append(_Entry("extract", doc, fp))
                extract.append(index)
                if owner is None:
                    self.inflight[fp.content_hash] = (shard, index)
        self.states[shard].entries = entries
        for start in range(0, len(extract), EXTRACT_CHUNK):
            self._submit(_Task("extract", shard, extract[start:start + EXTRACT_CHUNK]))

    # -- writing in input order ----------------------------------------------------------------------------

    def _advance(self) -> None:
        """Move every entry that is ready, in input order, into the batch; stop at the first that is not."""
        while self.cursor < len(self.states):
            state = self.states[self.cursor]
            if state.entries is None:
                return
            while state.written < len(state.entries):
                entry = state.entries[state.written]
                if entry.state == "wait":
                    # Its earlier copy is behind the cursor: once written, the store decides.
                    self._flush()
                    assert entry.fp is not None
                    if self.store.find_duplicate(entry.fp, self.threshold) is not None:
                        entry.state = "bare"
                    else:  # the earlier copy failed: extract this one after all
                        entry.state = "extract"
                        self._submit(_Task("extract", self.cursor, [state.written]))
                if entry.state == "extract":
                    return
                if entry.state == "failed":
                    assert entry.failure is not None
                    self.summary.failed.append(entry.failure)
                    self._notify(entry.source, "failed")
                else:
                    self.batch.append(entry)
                state.written += 1
            self.cursor += 1

    def _flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        items: list[tuple[Report, Fingerprint]] = []
        for entry in batch:
            assert entry.doc is not None and entry.fp is not None
            items.append((entry.report or Report(document=entry.doc), entry.fp))
        results: list[AddResult | Failure] = []
        try:
            results.extend(self.store.add_many(items, self.threshold))
        except WarlogError:  # one bad document fails the transaction: write one by one to find it
            for item in items:
                try:
                    results.extend(self.store.add_many([item], self.threshold))
                except WarlogError as exc:
                    results.append(Failure(item[0].document.source or item[0].document.id, str(exc)))
        for entry, result in zip(batch, results, strict=True):
            assert entry.fp is not None
            self.inflight.pop(entry.fp.content_hash, None)
            if isinstance(result, Failure):
                self.summary.failed.append(result)
                self._notify(result.source, "failed")
            elif result.status == "new":
                # Stored with its failed stages, if any: the report of the stages before them is kept.
                self.summary.stored(entry.report or Report(document=entry.doc), entry.source)
                self._notify(entry.source, "new")
            else:
                self.summary.duplicates.append((entry.source, result))
                self._notify(entry.source, result.status)
            entry.doc = entry.report = entry.fp = None  # written: keep the client's memory flat on long runs
        self.last_flush = time.monotonic()

    def _unstick(self) -> None:
        """Nothing runs and nothing is ready: submit again what the head shard waits for (a lost task)."""
        state = self.states[self.cursor]
        if state.entries is None:
            self._submit(_Task("prepare", self.cursor, attempt=MAX_ATTEMPTS))
            return
        waiting = [i for i in range(state.written, len(state.entries)) if state.entries[i].state == "extract"]
        if waiting:
            self._submit(_Task("extract", self.cursor, waiting, attempt=MAX_ATTEMPTS))

    def _notify(self, source: str, outcome: str) -> None:
        if self.on_item is not None:
            self.on_item(source, outcome)
