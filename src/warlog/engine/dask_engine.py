"""Distributed ingest on Dask: extraction on the workers, the one ingest loop (``pipeline.ingest``) on the client.

``ingest_dask(paths, db, workers=2)`` starts a ``LocalCluster`` of worker processes (one thread each);
``scheduler="tcp://host:8786"`` uses any running Dask deployment instead (dask-jobqueue, Kubernetes, ...).

1. *prepare* (on the workers): the inputs are cut into shards (``engine.shards``); each shard is read and
   cleaned into ``Document``s and fingerprinted, several shards ahead of the loop, handed over in input order;
2. the client runs the same loop as a local ingest (``run_ingest``): failures, channel-post versions, exact and
   near duplicates of stored documents are decided there, so a stored document is never extracted again;
3. *extract* (on any worker, ``DaskExtractor``): the full pipeline over batches of ``batch_size`` documents,
   several in flight (the documents travel with the task, a few kB each); each worker loads the pipeline once
   (``worker_pipeline``: cached per process and task thread, because the gazetteer's SQLite connection belongs
   to the thread that opened it); ``warm_workers`` loads it on every worker first, so a missing model fails
   the run at once.

The loop writes the results in input order, one store transaction per batch. Writing in input order makes the
outcome the same whatever the number of workers: of two near-duplicates, the one read first is stored and the
other recorded as its duplicate; a copy of a document still being extracted waits for it (a ``Barrier``).

Resuming: documents are identified by content, and a stored one is skipped before extraction, so after a
killed client, worker or cluster the same command picks up where the store stands; ``add_many`` checks again
under its lock and records no sighting for an input that was stored from the same source. A task lost with a
worker is recomputed by Dask; a task cancelled by a cluster restart is resubmitted (up to three times); a
shard or batch that keeps killing workers is reported as failed and the run goes on.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from distributed import Client, Future, LocalCluster
from distributed.scheduler import KilledWorker

from .. import resources
from ..api import make_document
from ..errors import ConfigError, InputError
from ..models import Document, Report
from ..pipeline.ingest import Barrier, IngestSummary, fingerprint, run_ingest
from ..pipeline.runner import Failure, Pipeline
from ..settings import Settings
from ..stages.clean import BoilerplateRules, load_rules
from ..store import Fingerprint, Store, open_store
from .shards import Shard, plan_shards, read_shard

__all__ = ["DaskExtractor", "connect", "ingest_dask", "warm_workers", "worker_pipeline"]

log = logging.getLogger(__name__)

Prepared = list["tuple[Document, Fingerprint] | Failure"]

EXTRACT_CHUNK = 10  # documents per extraction task: about a second of work, small enough to balance
MAX_ATTEMPTS = 3  # submissions of one task before its documents are reported as failed
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
                scheduler: str | None = None, workers: int | None = None, batch_size: int = EXTRACT_CHUNK,
                shard_size: int = 50, on_item: Callable[[str, str], Any] | None = None,
                client: Client | None = None, link: bool = True, summary: IngestSummary | None = None,
                **meta: str | None) -> IngestSummary:
    """``warlog.ingest`` on a Dask cluster: the same loop and store contents, extraction spread over workers.

    ``scheduler``: address of a running scheduler; else a ``LocalCluster`` of ``workers`` processes (default:
    one per core) lives for this call. ``client``: an existing ``distributed.Client`` to use instead of both.
    ``batch_size``: documents per extraction task and store transaction; ``shard_size``: files, JSONL lines or
    Parquet rows read and cleaned per task. ``on_item(source, outcome)`` is called after each input is written;
    ``meta`` overrides as ``ingest``. ``link``: link the new documents across reports afterwards, in this
    process (linking is incremental and ordered, so it does not spread over workers; ``warlog link`` does it
    later when False). ``summary``: filled as documents are written, so a caller interrupted (Ctrl-C) still
    knows what was stored.
    """
    settings = settings or Settings.from_env()
    if batch_size < 1:
        raise ConfigError(f"batch_size must be >= 1, got {batch_size}")
    shards = plan_shards(paths, files_per_shard=shard_size, lines_per_shard=shard_size)
    if scheduler is None and client is None and not settings.gazetteer_path.exists():
        resources.gazetteer(settings, {})  # build it once here, not in every local worker at the same time
    store = db if isinstance(db, Store) else open_store(db)
    summary = summary if summary is not None else IngestSummary()
    try:
        if shards:
            if client is not None:
                _run(client, shards, store, settings, meta, batch_size, on_item, summary)
            else:
                with connect(scheduler, workers) as own:
                    _run(own, shards, store, settings, meta, batch_size, on_item, summary)
        if link:
            from ..linking.run import link_pending

            summary.linked = link_pending(store, settings).documents
        return summary
    finally:
        if not isinstance(db, Store):
            store.close()


def _run(client: Client, shards: list[Shard], store: Store, settings: Settings, meta: dict[str, str | None],
         batch_size: int, on_item: Callable[[str, str], Any] | None, summary: IngestSummary) -> None:
    warm_workers(client, settings)
    tasks = _Tasks(client, max(1, sum(client.nthreads().values())))
    extractor = DaskExtractor(tasks, settings, batch_size)
    # A post whose version is stored already is read and cleaned on a worker all the same (the loop's own
    # check finds it); what it saves on a local ingest, skipping before cleaning, is small beside extraction.
    run_ingest(lambda _skip: tasks.prepared(shards, settings, meta), store, settings, extractor,
               on_item=on_item, summary=summary)


class _Tasks:
    """Submits tasks and collects their results in order, with the cluster's failures handled: a task cancelled
    by a cluster restart is submitted again (up to ``MAX_ATTEMPTS`` times); one whose inputs keep killing
    workers (Dask retried it already) fails, with the reason, and the run goes on."""

    def __init__(self, client: Client, slots: int) -> None:
        self.client = client
        self.lookahead = 2 * slots + 2  # tasks in flight on each side: bounds memory on workers and client
        self.token = uuid.uuid4().hex[:8]
        self.seq = 0  # makes every task key unique, resubmissions included

    def submit(self, kind: str, fn: Callable[..., Any], *args: Any, priority: int) -> Future:
        self.seq += 1
        return self.client.submit(fn, *args, key=f"warlog-{kind}-{self.token}-{self.seq}", priority=priority)

    def result(self, future: Future, resubmit: Callable[[], Future], label: str) -> Any | str:
        """The task's result, or why there is none (a string)."""
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                return future.result()
            except CancelledError:  # a cluster restart cancels every future: submit again
                if attempt == MAX_ATTEMPTS:
                    break
                log.warning("task %s was cancelled (cluster restarted?); submitting it again", future.key)
                future = resubmit()
            except KilledWorker as exc:  # Dask already retried on other workers: this input kills them
                return f"worker processes died while processing {label}: {exc}"
        return f"cancelled {MAX_ATTEMPTS} times while processing {label}"

    def prepared(self, shards: list[Shard], settings: Settings,
                 meta: dict[str, str | None]) -> Iterator[tuple[Document, Fingerprint] | Failure]:
        """Every input of ``shards``, read and cleaned on the workers, in input order."""
        def submit(shard: Shard) -> Future:
            return self.submit("prepare", prepare_shard, shard, settings, meta, priority=0)

        pending: deque[tuple[Shard, Future]] = deque()
        upcoming = iter(shards)
        while True:
            while len(pending) < self.lookahead and (shard := next(upcoming, None)) is not None:
                pending.append((shard, submit(shard)))
            if not pending:
                return
            shard, future = pending.popleft()
            result = self.result(future, partial(submit, shard), shard.label)
            if isinstance(result, str):
                yield Failure(shard.label, result)
            else:
                yield from result


class DaskExtractor:
    """The ingest loop's extraction on the cluster: up to ``lookahead`` batches in flight, results in order;
    a ``Barrier`` drains what is in flight before anything after it is read."""

    write_batch: int

    def __init__(self, tasks: _Tasks, settings: Settings, batch_size: int) -> None:
        self.tasks = tasks
        self.settings = settings
        self.batch_size = self.write_batch = batch_size

    def _submit(self, batch: list[Document]) -> Future:
        # Extraction first: it unblocks the writer; prepares are cheap and fill the gaps.
        return self.tasks.submit("extract", extract_documents, batch, self.settings, priority=1)

    def extract(self, work: Iterable[list[Document] | Barrier]) -> Iterator[list[Report | Failure]]:
        pending: deque[tuple[list[Document], Future]] = deque()
        upcoming = iter(work)
        barrier = done = False
        while True:
            while not (barrier or done) and len(pending) < self.tasks.lookahead:
                item = next(upcoming, None)
                if item is None:
                    done = True
                elif isinstance(item, Barrier):
                    barrier = True
                else:
                    pending.append((item, self._submit(item)))
            if not pending:
                if done:
                    return
                barrier = False  # everything before the barrier is stored: read on
                continue
            batch, future = pending.popleft()
            label = f"{batch[0].source or batch[0].id} and {len(batch) - 1} more" if len(batch) > 1 else \
                batch[0].source or batch[0].id
            result = self.tasks.result(future, partial(self._submit, batch), label)
            if isinstance(result, str):
                yield [Failure(d.source or d.id, result) for d in batch]
            else:
                yield result
