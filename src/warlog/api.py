"""warlog's Python API; the CLI (``warlog.cli``) is a thin wrapper over these functions.

    report = warlog.extract(text, outlet="Meduza", published="2022-11-24")
    summary = warlog.ingest(["reports/"], db="warlog.db")
    with warlog.open("warlog.db") as db:
        for event in db.canonical(): ...
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
from .pipeline.ingest import INGEST_BATCH, IngestSummary, LocalExtractor, Unchanged, fingerprint, run_ingest
from .pipeline.runner import Failure, Pipeline, raise_error
from .settings import Settings
from .sources import Fetcher, is_url, iter_sources
from .stages.clean import BoilerplateRules, clean_text, detect_language, html_to_text, load_rules
from .stages.ingest import RawInput, read_text_input
from .store import Store, open_store
from .text.fingerprint import content_hash

if TYPE_CHECKING:
    from .database import Database
    from .linking.run import LinkSummary


__all__ = ["IngestSummary", "extract", "extract_files", "fingerprint", "geocode", "ingest", "ingest_inputs", "link",
           "make_document", "open", "reprocess"]


@lru_cache(maxsize=4)
def default_pipeline(settings: Settings) -> Pipeline:
    """One pipeline per settings, so the model and gazetteer load once per process."""
    return Pipeline(settings=settings)


@lru_cache(maxsize=4)
def _rules(extra: Path | None) -> BoilerplateRules:
    return load_rules(extra)


def make_document(raw: RawInput, rules: BoilerplateRules, **overrides: str | None) -> Document:
    """Clean text and metadata for one input. Explicit ``overrides`` (CLI flags) win over the file's own.

    ``channel_username`` (an override that is not a field): a Telegram channel's public @name, from which each
    post's URL (https://t.me/NAME/POST) is made; exports do not carry it.
    """
    username = (overrides.pop("channel_username", None) or "").lstrip("@")
    meta = {k: v for k, v in raw.meta.items() if not k.startswith("_")}  # "_" keys are the reader's own
    info = raw.source_info
    if info is not None and info.kind == "telegram" and username and info.post_id and not info.url:
        info = info.model_copy(update={"url": f"https://t.me/{username}/{info.post_id}"})
        meta.setdefault("url", info.url or "")
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
        content_hash=digest, source_info=info,
    )


def extract(text: str, *, settings: Settings | None = None, source: str = "<text>", **meta: str | None) -> Report:
    """Run the whole pipeline on one text; touches no database. ``meta``: title, outlet, url, published,
    language (ISO 639-1; detected when not given)."""
    settings = settings or Settings.from_env()
    raw = read_text_input(text, source)
    document = make_document(raw, _rules(settings.boilerplate_rules), **meta)
    return default_pipeline(settings).run(Report(document=document))


def geocode(text: str, *, settings: Settings | None = None, language: str | None = None) -> list[Entity]:
    """Every place named in ``text`` with its gazetteer resolution (``entity.geo``), read by the language pack of
    ``language`` (detected when not given; English when no pack reads it)."""
    from .lang import available

    settings = settings or Settings.from_env()
    language = language or detect_language(text)
    if language not in available():
        language = "en"
    # No partial answer here: a gazetteer that cannot be opened is the user's error to see, not an empty list.
    pipeline = Pipeline(("nlp", "geocode"), settings=settings, resources=default_pipeline(settings).resources,
                        on_error=raise_error)
    document = Document(id="geocode", text=text, language=language)
    report = pipeline.run(Report(document=document))
    return [e for e in report.entities if e.label == "PLACE"]


def extract_files(paths: Iterable[str | Path], *, settings: Settings | None = None,
                  **meta: str | None) -> Iterator[Report | Failure]:
    """Reports for every input under ``paths``; unreadable inputs come out as ``Failure``."""
    settings = settings or Settings.from_env()
    pipeline = default_pipeline(settings)
    for item in _documents(paths, settings, meta):
        if isinstance(item, Unchanged):
            continue
        if isinstance(item, Failure):
            yield item
            continue
        yield from pipeline.pipe([Report(document=item)])


def _documents(paths: Iterable[str | Path], settings: Settings, meta: dict[str, str | None],
               skip: Callable[[Any], bool] | None = None) -> Iterator[Document | Failure | Unchanged]:
    rules = _rules(settings.boilerplate_rules)
    given = [paths] if isinstance(paths, str | Path) else list(paths)
    fetcher = Fetcher.from_settings(settings) if any(isinstance(p, str) and is_url(p) for p in given) else None
    try:
        yield from _made(iter_sources(given, settings.max_file_bytes, fetcher), rules, meta, skip)
    finally:
        if fetcher is not None:
            fetcher.close()


def _made(items: Iterable[RawInput | InputError], rules: BoilerplateRules, meta: dict[str, str | None],
          skip: Callable[[Any], bool] | None = None) -> Iterator[Document | Failure | Unchanged]:
    for item in items:
        if isinstance(item, InputError):
            yield Failure(item.source, item.detail)
            continue
        if skip is not None and skip(item):
            yield Unchanged(item.source)
            continue
        try:
            yield make_document(item, rules, **meta)
        except InputError as exc:
            yield Failure(exc.source, exc.detail)


def open(db: str | Path | None = None, *, settings: Settings | None = None) -> Database:  # noqa: A001
    """Open the database at ``db`` (a file path or URL; default from settings): incidents at the report and
    the canonical level, people, sources and exports."""
    from .database import Database

    settings = settings or Settings.from_env()
    return Database(open_store(db or settings.db))


def ingest(paths: Iterable[str | Path], db: str | Path | Store, *, settings: Settings | None = None,
           on_item: Callable[[str, str], Any] | None = None, link: bool = True,
           summary: IngestSummary | None = None, pipeline: Pipeline | None = None,
           **meta: str | None) -> IngestSummary:
    """Read, process and store every input under ``paths``; one bad input never stops the batch.

    ``on_item(source, outcome)`` is called after each input (for progress bars). ``link``: then link every
    document not linked yet across reports (``link``), so the store's canonical incidents are up to date.
    A document some stage failed on is stored with what the stages before it found (``summary.partial``;
    ``reprocess`` completes it later). ``summary``: filled as documents are stored, so a caller interrupted
    (Ctrl-C) still knows what was stored. ``pipeline``: another pipeline than the default (own stages or
    resources).
    """
    settings = settings or Settings.from_env()
    return _ingest(lambda skip: _documents(paths, settings, meta, skip), db, settings, on_item, link, summary,
                   pipeline)


def ingest_inputs(items: Iterable[RawInput | InputError], db: str | Path | Store, *, settings: Settings | None = None,
                  on_item: Callable[[str, str], Any] | None = None, link: bool = True,
                  summary: IngestSummary | None = None, **meta: str | None) -> IngestSummary:
    """``ingest`` for raw documents read already (``warlog.readers``, ``warlog.sources``): the watch loop's way in."""
    settings = settings or Settings.from_env()
    rules = _rules(settings.boilerplate_rules)
    return _ingest(lambda skip: _made(items, rules, meta, skip), db, settings, on_item, link, summary, None)


def _ingest(documents_of: Callable[[Callable[[Any], bool]], Iterable[Document | Failure | Unchanged]],
            db: str | Path | Store, settings: Settings, on_item: Callable[[str, str], Any] | None, link: bool,
            summary: IngestSummary | None, pipeline: Pipeline | None) -> IngestSummary:
    """The ingest loop (``pipeline.ingest``) in this process over ``documents_of(skip)``, then linking."""
    store = db if isinstance(db, Store) else open_store(db)
    summary = summary if summary is not None else IngestSummary()
    try:
        extractor = LocalExtractor(pipeline or default_pipeline(settings))
        run_ingest(documents_of, store, settings, extractor, on_item=on_item, summary=summary)
        if link:
            summary.linked = _link_pending(store, settings).documents
    finally:
        if not isinstance(db, Store):
            store.close()
    return summary


@dataclass
class ReprocessSummary:
    done: list[str] = field(default_factory=list)  # documents whose report was replaced
    partial: list[tuple[str, list[str]]] = field(default_factory=list)  # (document, stages that failed again)
    failed: list[Failure] = field(default_factory=list)  # documents whose report could not be replaced
    incidents: int = 0
    linked: int = 0


def reprocess(db: str | Path | Store, *, failed: bool = False, since: date | None = None,
              settings: Settings | None = None, pipeline: Pipeline | None = None,
              on_item: Callable[[str, str], Any] | None = None, link: bool = True) -> ReprocessSummary:
    """Run the pipeline again over stored documents and replace their reports (after an upgrade or a fix).

    Which documents: those some stage failed on (``failed``), those ingested on or after ``since``, else all.
    Nothing is duplicated: each document keeps its id and text, its incidents and cross-report links are
    replaced (then linked again when ``link``), reviews and the audit log stay as they are.
    """
    from .linking.grading import reliability_table
    from .store.reports import document_ids, replace_report

    settings = settings or Settings.from_env()
    store = db if isinstance(db, Store) else open_store(db)
    summary = ReprocessSummary()
    table = reliability_table(settings.source_reliability)
    try:
        ids = document_ids(store, failed=failed, since=since)
        runner = pipeline or default_pipeline(settings)
        for start in range(0, len(ids), INGEST_BATCH):
            stored = [r for r in (store.report(i) for i in ids[start:start + INGEST_BATCH]) if r is not None]
            fresh = [Report(document=r.document) for r in stored]
            for old, done in zip(stored, runner.pipe(fresh), strict=True):
                doc_id = old.document.id
                try:
                    replace_report(store, done, table)
                except WarlogError as exc:
                    summary.failed.append(Failure(doc_id, str(exc)))
                    _notify(on_item, doc_id, "failed")
                    continue
                summary.done.append(doc_id)
                summary.incidents += len(done.incidents)
                if done.failed_stages:
                    summary.partial.append((doc_id, [f.stage for f in done.failed_stages]))
                _notify(on_item, doc_id, "partial" if done.failed_stages else "done")
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


def _notify(callback: Callable[[str, str], Any] | None, source: str, outcome: str) -> None:
    if callback is not None:
        callback(source, outcome)
