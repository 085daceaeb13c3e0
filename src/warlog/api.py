"""warlog's Python API; the CLI (``warlog.cli``) is a thin wrapper over these functions.

    report = warlog.extract(text, outlet="Meduza", published="2022-11-24")
    summary = warlog.ingest(["reports/"], db="warlog.db")
    with warlog.open("warlog.db") as store:
        for record in store.incidents(): ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, MalformedInputError, WarlogError
from .models import Document, Entity, Report
from .pipeline.runner import Failure, Pipeline
from .settings import Settings
from .stages.clean import BoilerplateRules, clean_text, detect_language, html_to_text, load_rules
from .stages.ingest import RawInput, iter_inputs, read_text_input
from .store import AddResult, Fingerprint, Store, open_store
from .text.fingerprint import content_hash, lsh_bands, minhash, shingles

if TYPE_CHECKING:
    from .linking.run import LinkSummary


INGEST_BATCH = 16  # documents parsed together by a local ingest


@lru_cache(maxsize=4)
def default_pipeline(settings: Settings) -> Pipeline:
    """One pipeline per settings, so the model and gazetteer load once per process."""
    return Pipeline(settings=settings)


@lru_cache(maxsize=4)
def _rules(extra: Path | None) -> BoilerplateRules:
    return load_rules(extra)


def make_document(raw: RawInput, rules: BoilerplateRules, **overrides: str | None) -> Document:
    """Clean text and metadata for one input. Explicit ``overrides`` (CLI flags) win over the file's own."""
    meta = dict(raw.meta)
    body = raw.body
    if raw.format == "html":
        body, page_meta = html_to_text(raw.body, raw.source)
        meta = {**page_meta, **meta}
    meta.update({k: v for k, v in overrides.items() if v})
    text = clean_text(body, rules)
    if not text.strip():
        raise MalformedInputError(raw.source, "no text left after cleaning")
    digest = content_hash(text)
    published: date | None = None
    if meta.get("published"):
        try:
            published = date.fromisoformat(str(meta["published"])[:10])
        except ValueError as exc:
            raise InputError(raw.source, f"bad publication date {meta['published']!r}: {exc}") from None
    return Document(
        id="d" + digest[:16], title=meta.get("title"), outlet=meta.get("outlet"), url=meta.get("url"),
        published=published, language=meta.get("language") or detect_language(text), text=text, source=raw.source,
        content_hash=digest,
    )


def fingerprint(text: str) -> Fingerprint:
    sh = shingles(text)
    return Fingerprint(content_hash(text), tuple(lsh_bands(minhash(sh))), frozenset(sh))


def extract(text: str, *, settings: Settings | None = None, source: str = "<text>", **meta: str | None) -> Report:
    """Run the whole pipeline on one text; touches no database. ``meta``: title, outlet, url, published,
    language (ISO 639-1; detected when not given)."""
    settings = settings or Settings.from_env()
    raw = read_text_input(text, source)
    document = make_document(raw, _rules(settings.boilerplate_rules), **meta)
    return default_pipeline(settings).run(Report(document=document))


def geocode(text: str, *, settings: Settings | None = None) -> list[Entity]:
    """Every place named in ``text`` with its gazetteer resolution (``entity.geo``)."""
    settings = settings or Settings.from_env()
    pipeline = Pipeline(("nlp", "geocode"), settings=settings, resources=default_pipeline(settings).resources)
    document = Document(id="geocode", text=text, language="en")
    report = pipeline.run(Report(document=document))
    return [e for e in report.entities if e.label == "PLACE"]


def extract_files(paths: Iterable[str | Path], *, settings: Settings | None = None,
                  **meta: str | None) -> Iterator[Report | Failure]:
    """Reports for every input under ``paths``; unreadable inputs come out as ``Failure``."""
    settings = settings or Settings.from_env()
    pipeline = default_pipeline(settings)
    for item in _documents(paths, settings, meta):
        if isinstance(item, Failure):
            yield item
            continue
        yield from pipeline.pipe([Report(document=item)])


def _documents(paths: Iterable[str | Path], settings: Settings, meta: dict[str, str | None]) -> Iterator[
        Document | Failure]:
    rules = _rules(settings.boilerplate_rules)
    for item in iter_inputs(paths, settings.max_file_bytes):
        if isinstance(item, InputError):
            yield Failure(item.source, item.detail)
            continue
        try:
            yield make_document(item, rules, **meta)
        except InputError as exc:
            yield Failure(exc.source, exc.detail)


@dataclass
class IngestSummary:
    new: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, AddResult]] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    incidents: int = 0
    linked: int = 0  # documents linked across reports afterwards

    @property
    def ok(self) -> bool:
        return not self.failed


def open(db: str | Path | None = None, *, settings: Settings | None = None) -> Store:  # noqa: A001
    """Open the store at ``db`` (a file path or URL; default from settings)."""
    settings = settings or Settings.from_env()
    return open_store(db or settings.db)


def ingest(paths: Iterable[str | Path], db: str | Path | Store, *, settings: Settings | None = None,
           on_item: Callable[[str, str], Any] | None = None, link: bool = True, **meta: str | None) -> IngestSummary:
    """Read, process and store every input under ``paths``; one bad input never stops the batch.

    ``on_item(source, outcome)`` is called after each input (for progress bars). ``link``: then link every
    document not linked yet across reports (``link``), so the store's canonical incidents are up to date.
    """
    settings = settings or Settings.from_env()
    store = db if isinstance(db, Store) else open_store(db)
    summary = IngestSummary()
    threshold = settings.near_duplicate_threshold
    waiting: list[tuple[Document, Fingerprint]] = []

    def flush() -> None:
        # Documents are parsed in batches (spaCy's nlp.pipe is faster than one call per document) and stored
        # one by one in input order, so a failure costs one document and progress stays per document.
        if not waiting:
            return
        pipeline = default_pipeline(settings)
        for (doc, fp), done in zip(waiting, pipeline.pipe([Report(document=d) for d, _ in waiting]), strict=True):
            _store_one(store, doc, fp, done, threshold, summary, on_item)
        waiting.clear()

    try:
        for item in _documents(paths, settings, meta):
            if isinstance(item, Failure):
                summary.failed.append(item)
                _notify(on_item, item.source, "failed")
                continue
            fp = fingerprint(item.text)
            # Duplicates of stored documents skip the NLP entirely; add() checks again under the write lock.
            known = store.find_duplicate(fp, threshold)
            if known is not None:
                result = store.add(Report(document=item), fp, threshold)
                summary.duplicates.append((item.source or item.id, result))
                _notify(on_item, item.source or item.id, result.status)
                continue
            waiting.append((item, fp))
            if len(waiting) >= INGEST_BATCH:
                flush()
        flush()
        if link:
            summary.linked = _link_pending(store, settings).documents
    finally:
        if not isinstance(db, Store):
            store.close()
    return summary


def _link_pending(store: Store, settings: Settings) -> LinkSummary:
    from .linking.run import link_pending

    return link_pending(store, settings)


def link(db: str | Path | Store, *, settings: Settings | None = None,
         on_doc: Callable[[str, int], Any] | None = None) -> LinkSummary:
    """Link every stored document not linked yet across reports (incremental: earlier links stay)."""
    from .linking.run import link_pending

    settings = settings or Settings.from_env()
    store = db if isinstance(db, Store) else open_store(db)
    try:
        return link_pending(store, settings, on_doc=on_doc)
    finally:
        if not isinstance(db, Store):
            store.close()


def _store_one(store: Store, doc: Document, fp: Fingerprint, done: Report | Failure, threshold: float,
               summary: IngestSummary, on_item: Callable[[str, str], Any] | None) -> None:
    source = doc.source or doc.id
    if isinstance(done, Failure):
        summary.failed.append(done)
        _notify(on_item, done.source, "failed")
        return
    try:
        result = store.add(done, fp, threshold)
    except WarlogError as exc:
        summary.failed.append(Failure(source, str(exc)))
        _notify(on_item, source, "failed")
        return
    if result.status == "new":
        summary.new.append(result.doc_id)
        summary.incidents += len(done.incidents)
    else:
        summary.duplicates.append((source, result))
    _notify(on_item, source, result.status)


def _notify(callback: Callable[[str, str], Any] | None, source: str, outcome: str) -> None:
    if callback is not None:
        callback(source, outcome)
