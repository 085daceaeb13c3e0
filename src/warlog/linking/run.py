"""Incremental linking of a store: every document not yet linked, oldest first, one transaction each.

``link_pending(store)`` is what ``warlog ingest`` runs after storing, and ``warlog link`` runs on its own
(after a Dask ingest, say). A document is linked once: its incidents join or start canonical incidents, its
people join the registry, its citations enter the provenance graph, and it is marked linked, all in one
transaction; an interrupted run leaves whole documents linked or not, and the next run picks up the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..models import Person, PersonMention, Report
from ..settings import Settings
from ..store import Store
from ..store.links import LinkStore
from .embed import embed
from .grading import reliability_table
from .linker import Decision, Linker
from .member import members
from .origin import display_name, document_publisher
from .people import name_key, rebuild, registrable, supported, with_person

EMBED_BATCH = 64  # documents whose incidents are embedded in one encoder call


@dataclass
class LinkSummary:
    documents: int = 0
    incidents: int = 0
    new_canonical: int = 0
    merged: int = 0
    people: int = 0
    decisions: list[Decision] = field(default_factory=list)


def link_pending(store: Store, settings: Settings | None = None, *, use_embeddings: bool = True,
                 limit: int | None = None, on_doc: Callable[[str, int], Any] | None = None) -> LinkSummary:
    """Link every stored document not linked yet; returns what was done."""
    settings = settings or Settings.from_env()
    links = LinkStore(store)
    linker = Linker(links, reliability_table(settings.source_reliability), use_embeddings=use_embeddings)
    summary = LinkSummary()
    pending = links.pending_documents(limit)
    for start in range(0, len(pending), EMBED_BATCH):
        reports = [r for r in (store.report(d) for d in pending[start:start + EMBED_BATCH]) if r is not None]
        # One encoder call per chunk: per-call overhead dominates when documents are embedded one by one.
        texts = [m.text for r in reports for m in members(r)] if use_embeddings else []
        vectors = iter(embed(texts)) if texts else iter(())
        for report in reports:
            mine = [next(vectors) for _ in report.incidents] if texts else None
            decisions = link_report(links, linker, report, use_embeddings=use_embeddings, vectors=mine)
            _count(summary, report, decisions, on_doc)
    return summary


def _count(summary: LinkSummary, report: Report, decisions: list[Decision],
           on_doc: Callable[[str, int], Any] | None) -> None:
    summary.documents += 1
    summary.incidents += len(decisions)
    summary.new_canonical += sum(d.new for d in decisions)
    summary.merged += sum(not d.new for d in decisions)
    summary.people += len(report.people)
    summary.decisions += decisions
    if on_doc is not None:
        on_doc(report.document.id, len(decisions))


def link_report(links: LinkStore, linker: Linker, report: Report, *, use_embeddings: bool = True,
                vectors: list[np.ndarray] | None = None) -> list[Decision]:
    """Link one stored report in one transaction (nothing if another process linked it meanwhile)."""
    ms = members(report)
    if vectors is None and use_embeddings and ms:
        vectors = list(embed([m.text for m in ms]))  # outside the lock
    doc = report.document
    with links.write(f"link {doc.id}"):
        if links.is_linked(doc.id):
            return []
        decisions = linker.link_members(ms, vectors=vectors)
        canonical_of = {d.incident_id: d.canonical_id for d in decisions}
        for mention in report.people:
            if registrable(mention):
                _register(links, report, supported(mention, report), canonical_of)
        citing = document_publisher(doc)
        for citation in report.citations:
            links.add_citation(doc.id, citing, display_name(citation.cited), citation.kind)
        links.mark_linked(doc.id)
    return decisions


def _register(links: LinkStore, report: Report, mention: PersonMention, canonical_of: dict[str, str]) -> None:
    key = name_key(mention.name)
    mine = {canonical_of[i] for i in mention.incident_ids if i in canonical_of}
    known = links.people_by_key(key)
    if len(mention.name.split()) >= 2:
        person = known[0] if known else None
    else:  # a first name alone: the same person only within the same incident
        person = next((p for p in known if set(p.incidents) & mine), None)
    if person is None:
        person = Person(id="p" + links.new_id()[1:], name=mention.name)
        links.save_person(person, key)
    links.add_mention(report.document.id, mention, person.id)
    every = links.mentions(person.id)
    lookup = {i: c for _, m in every for i in m.incident_ids if (c := links.canonical_of(i) or canonical_of.get(i))}
    person = rebuild(person, every, lookup)
    links.save_person(person, key)
    for cid in person.incidents:
        canonical = links.canonical(cid)
        if canonical is not None:
            links.update_canonical(with_person(canonical, person))
