"""The one ingest loop, whatever runs the extraction (this process or a Dask cluster).

``run_ingest`` reads documents in input order, decides for each whether it needs extracting (a failure to
report, a channel post stored already in this version, a duplicate of a stored document, or new), hands the
new ones to an ``Extractor`` in batches and stores the results in input order. The extractor may work ahead
(a Dask cluster keeps several batches in flight) but yields results in the order it was given the batches,
and never reads past a ``Barrier``: the loop puts one where a decision depends on a document still being
extracted (an earlier copy of the same text, an earlier version of the same post), so the outcome is the same
whatever the executor and however many workers it has.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import WarlogError
from ..models import Document, Report
from ..settings import Settings
from ..store import AddResult, Fingerprint, Store
from ..store.versions import PostVersions, StoredVersion, post_key
from ..text.fingerprint import content_hash, lsh_bands, minhash, shingles
from .runner import Failure, Pipeline

__all__ = ["INGEST_BATCH", "Barrier", "Extractor", "IngestSummary", "LocalExtractor", "Unchanged", "fingerprint",
           "run_ingest"]

INGEST_BATCH = 16  # documents extracted together (spaCy's nlp.pipe is faster than one call per document)


def fingerprint(text: str) -> Fingerprint:
    sh = shingles(text)
    return Fingerprint(content_hash(text), tuple(lsh_bands(minhash(sh))), frozenset(sh))


@dataclass(frozen=True)
class Unchanged:
    """A channel post or feed item whose version is stored already: skipped before cleaning."""

    source: str


@dataclass(frozen=True)
class Barrier:
    """Everything handed to the extractor before this is to be stored before it reads any further."""


# What a reader gives the loop: a document (with its fingerprint when computed already), or why there is none.
Item = Document | tuple[Document, Fingerprint] | Failure | Unchanged
Batch = list[Document]


class Extractor(Protocol):
    """Runs the pipeline over batches of documents; one result list per batch, in the order of the batches."""

    batch_size: int  # documents per batch handed to ``extract``
    write_batch: int  # documents per store transaction

    def extract(self, work: Iterable[Batch | Barrier]) -> Iterator[list[Report | Failure]]: ...


class LocalExtractor:
    """Extraction in this process. It reads the next batch only when asked for its result, that is after the
    loop stored the previous one: no work ahead, so a Barrier costs nothing. Each document is stored in its own
    transaction, so an interrupted ingest keeps exactly what it reported stored."""

    write_batch = 1

    def __init__(self, pipeline: Pipeline, batch_size: int = INGEST_BATCH) -> None:
        self.pipeline = pipeline
        self.batch_size = batch_size

    def extract(self, work: Iterable[Batch | Barrier]) -> Iterator[list[Report | Failure]]:
        for batch in work:
            if not isinstance(batch, Barrier):
                yield list(self.pipeline.pipe([Report(document=d) for d in batch], batch_size=len(batch)))


@dataclass
class IngestSummary:
    new: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, AddResult]] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    incidents: int = 0
    linked: int = 0  # documents linked across reports afterwards
    partial: list[tuple[str, list[str]]] = field(default_factory=list)  # (source, failed stages) of stored docs
    not_analysed: list[str] = field(default_factory=list)  # stored, but no language pack for their language
    interrupted: bool = False  # Ctrl-C: what is listed was stored, the rest not read
    unchanged: list[str] = field(default_factory=list)  # posts stored already in this version (not re-read)
    updated: list[str] = field(default_factory=list)  # posts whose newer (edited) version replaced the stored one

    @property
    def ok(self) -> bool:
        return not self.failed

    def stored(self, report: Report, source: str) -> None:
        """Count a report just stored as new: its incidents, and whether it was analysed fully."""
        self.new.append(report.document.id)
        self.incidents += len(report.incidents)
        if report.failed_stages:
            self.partial.append((source, [f.stage for f in report.failed_stages]))
        if not report.analysed:
            self.not_analysed.append(source)


class HasSourceInfo(Protocol):
    @property
    def source_info(self) -> Any: ...


class PostTracker:
    """Versions of channel posts and feed items during one ingest (``store.versions``): a post stored already in
    the same or a later version is skipped; a newer version retires the stored one and is then stored as new."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._versions: PostVersions | None = None
        self.prior: dict[str, StoredVersion] = {}

    def versions(self) -> PostVersions:
        if self._versions is None:
            self._versions = PostVersions(self.store)
        return self._versions

    def stored_already(self, raw: HasSourceInfo) -> bool:
        """A post whose stored version is as new as this one (no later edit): nothing to read."""
        key = post_key(raw.source_info)
        if key is None:
            return False
        prior = self.versions().current(key)
        edited = raw.source_info.edited_at if raw.source_info else None
        return prior is not None and (edited or "") <= (prior.edited_at or "")

    def known(self, doc: Document) -> bool:
        key = post_key(doc.source_info)
        if key is None:
            return False
        prior = self.versions().current(key)
        if prior is None:
            return False
        edited = doc.source_info.edited_at if doc.source_info else None
        if prior.doc_id == doc.id or (edited or "") <= (prior.edited_at or ""):
            return True  # the same text, or an older version than the stored one
        self.versions().retire(prior.doc_id)
        self.prior[doc.id] = prior
        return False

    def adopt(self, doc: Document, duplicate: AddResult) -> bool:
        """True when ``duplicate`` is this very post stored without its version row (a run stopped between the
        two writes): the row is written now and the post counts as stored."""
        key = post_key(doc.source_info)
        if key is None or duplicate.status != "duplicate":
            return False
        stored = self.store.report(duplicate.doc_id)
        if stored is None or post_key(stored.document.source_info) != key:
            return False
        self.versions().record(key, duplicate.doc_id, doc.source_info.edited_at if doc.source_info else None)
        return True

    def stored(self, doc: Document, summary: IngestSummary) -> None:
        key = post_key(doc.source_info)
        if key is None:
            return
        edited = doc.source_info.edited_at if doc.source_info else None
        self.versions().record(key, doc.id, edited)
        prior = self.prior.pop(doc.id, None)
        if prior is not None:
            summary.updated.append(doc.source or doc.id)
            if prior.doc_id in summary.new:  # stored earlier in this run, replaced now: not a new document
                summary.new.remove(prior.doc_id)


def run_ingest(documents_of: Callable[[Callable[[HasSourceInfo], bool]], Iterable[Item]], store: Store,
               settings: Settings, extractor: Extractor, *, on_item: Callable[[str, str], Any] | None = None,
               summary: IngestSummary | None = None) -> IngestSummary:
    """Store every document of ``documents_of(skip)`` (which leaves out, as ``Unchanged``, the inputs ``skip``
    names) through ``extractor``; ``summary`` is filled as documents are stored, so an interrupted caller still
    knows what was stored. Linking is the caller's."""
    return _Ingest(store, settings, extractor, on_item, summary or IngestSummary()).run(documents_of)


class _Ingest:
    def __init__(self, store: Store, settings: Settings, extractor: Extractor,
                 on_item: Callable[[str, str], Any] | None, summary: IngestSummary) -> None:
        self.store = store
        self.threshold = settings.near_duplicate_threshold
        self.extractor = extractor
        self.on_item = on_item
        self.summary = summary
        self.posts = PostTracker(store)
        self.submitted: deque[list[tuple[Document, Fingerprint]]] = deque()  # batches in flight, in order
        self.texts: Counter[str] = Counter()  # content hashes in flight
        self.post_keys: Counter[str] = Counter()  # channel posts in flight

    def run(self, documents_of: Callable[[Callable[[HasSourceInfo], bool]], Iterable[Item]]) -> IngestSummary:
        for results in self.extractor.extract(self._work(documents_of(self.posts.stored_already))):
            self._write(self.submitted.popleft(), results)
        return self.summary

    # -- deciding, in input order (runs as the extractor reads) --------------------------------------------

    def _work(self, items: Iterable[Item]) -> Iterator[Batch | Barrier]:
        batch: list[tuple[Document, Fingerprint]] = []
        for item in items:
            if isinstance(item, Unchanged):
                self._unchanged(item.source)
                continue
            if isinstance(item, Failure):
                self.summary.failed.append(item)
                self._notify(item.source, "failed")
                continue
            doc, fp = item if isinstance(item, tuple) else (item, fingerprint(item.text))
            key = post_key(doc.source_info)
            if self.texts[fp.content_hash] or (key is not None and self.post_keys[key]):
                # An earlier copy of this text or version of this post is being extracted: store it first,
                # then decide against the store.
                if batch:
                    yield self._submit(batch)
                    batch = []
                yield Barrier()
            if self.posts.known(doc):  # this version of a channel post or feed item is stored already
                self._unchanged(doc.source or doc.id)
                continue
            # Duplicates of stored documents skip the NLP entirely; add_many checks again under the write lock.
            known = self.store.find_duplicate(fp, self.threshold)
            if known is not None and self.posts.adopt(doc, known):  # this very post, stored by an interrupted run
                self._unchanged(doc.source or doc.id)
                continue
            if known is not None:
                self._write_bare(doc, fp)
                continue
            batch.append((doc, fp))
            self.texts[fp.content_hash] += 1
            if key is not None:
                self.post_keys[key] += 1
            if len(batch) >= self.extractor.batch_size:
                yield self._submit(batch)
                batch = []
        if batch:
            yield self._submit(batch)

    def _submit(self, batch: list[tuple[Document, Fingerprint]]) -> Batch:
        self.submitted.append(batch)
        return [doc for doc, _ in batch]

    def _unchanged(self, source: str) -> None:
        self.summary.unchanged.append(source)
        self._notify(source, "unchanged")

    # -- storing, in input order ---------------------------------------------------------------------------

    def _write_bare(self, doc: Document, fp: Fingerprint) -> None:
        """A duplicate of a stored document: recorded as a sighting without extraction."""
        source = doc.source or doc.id
        try:
            result = self.store.add(Report(document=doc), fp, self.threshold)
        except WarlogError as exc:
            self.summary.failed.append(Failure(source, str(exc)))
            self._notify(source, "failed")
            return
        self.summary.duplicates.append((source, result))
        self._notify(source, result.status)

    def _write(self, batch: list[tuple[Document, Fingerprint]], results: list[Report | Failure]) -> None:
        """Store one extracted batch in input order, ``extractor.write_batch`` documents per transaction; a
        report some stage failed on is stored with what the stages before it found."""
        for doc, fp in batch:
            self.texts[fp.content_hash] -= 1
            key = post_key(doc.source_info)
            if key is not None:
                self.post_keys[key] -= 1
        step = max(1, self.extractor.write_batch)
        for start in range(0, len(batch), step):
            self._write_chunk(batch[start:start + step], results[start:start + step])

    def _write_chunk(self, batch: list[tuple[Document, Fingerprint]], results: list[Report | Failure]) -> None:
        todo = [(doc, fp, done) for (doc, fp), done in zip(batch, results, strict=True)
                if not isinstance(done, Failure)]
        outcomes: list[AddResult | Failure] = []
        try:
            outcomes.extend(self.store.add_many([(done, fp) for _, fp, done in todo], self.threshold))
        except WarlogError:  # one bad document fails the transaction: write one by one to find it
            for doc, fp, done in todo:
                try:
                    outcomes.extend(self.store.add_many([(done, fp)], self.threshold))
                except WarlogError as exc:
                    outcomes.append(Failure(doc.source or doc.id, str(exc)))
        written = iter(outcomes)
        for (doc, _), result in zip(batch, results, strict=True):
            if isinstance(result, Failure):
                self.summary.failed.append(result)
                self._notify(result.source, "failed")
                continue
            done = result
            source = doc.source or doc.id
            outcome = next(written)
            if isinstance(outcome, Failure):
                self.summary.failed.append(outcome)
                self._notify(source, "failed")
            elif outcome.status == "new":
                self.summary.stored(done, source)
                self.posts.stored(doc, self.summary)
                self._notify(source, "new")
            else:
                self.summary.duplicates.append((source, outcome))
                self._notify(source, outcome.status)

    def _notify(self, source: str, outcome: str) -> None:
        if self.on_item is not None:
            self.on_item(source, outcome)
