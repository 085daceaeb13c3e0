"""``warlog.open(db)``: the incident database as one object, at both levels.

``Database`` is the public face of the stores: incidents as extracted from each report, canonical incidents
merged across reports, the people registry, who cites whom, and exports, all under one ``IncidentFilter``.
The backend (``store``: SQLite or PostgreSQL) and the linking store behind it stay internal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from .export import export as _export
from .models import CanonicalIncident, Document, Person, Report
from .store import IncidentFilter, IncidentRecord, Store
from .store.links import LinkStore
from .store.overlay import reviewed as _reviewed
from .store.overlay import reviewed_canonical as _reviewed_canonical

Level = Literal["canonical", "report"]


class Database:
    """One warlog database. Use it as a context manager, or call ``close()``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._links: LinkStore | None = None

    @property
    def links(self) -> LinkStore:
        if self._links is None:
            self._links = LinkStore(self.store)
        return self._links

    @property
    def url(self) -> str:
        return self.store.url

    def incidents(self, query: IncidentFilter | None = None, *, reviewed: bool = True) -> list[IncidentRecord]:
        """Incidents as each report gives them, with their documents (the report level); with ``reviewed``,
        analysts' values in force and rejected incidents left out (as in exports and the workbench)."""
        found = self.store.incidents(query)
        return list(_reviewed(self.store, found)) if reviewed else found

    def canonical(self, query: IncidentFilter | None = None, *, reviewed: bool = True) -> list[CanonicalIncident]:
        """Incidents merged across reports (the event level), under the same filter as ``incidents``."""
        found = self.links.canonical_incidents(query)
        return list(_reviewed_canonical(self.store, found)) if reviewed else found

    def incident(self, incident_id: str) -> IncidentRecord | None:
        return self.store.incident(incident_id)

    def canonical_incident(self, canonical_id: str) -> CanonicalIncident | None:
        return self.links.canonical(canonical_id)

    def pending(self) -> int:
        """Stored documents not linked across reports yet (``warlog link`` links them)."""
        return len(self.links.pending_documents())

    def count(self, query: IncidentFilter | None = None, level: Level = "canonical") -> int:
        return self.links.count_canonical(query) if level == "canonical" else self.store.count_incidents(query)

    def people(self, name: str | None = None) -> list[Person]:
        """The named-people registry (every person named in the reports, with attributes and fates)."""
        return self.links.people(name)

    def sources(self) -> list[tuple[str, str, str, int]]:
        """Who cites whom: (citing outlet, cited source, kind, reports) edges of the provenance graph."""
        return self.links.citation_graph()

    def report(self, doc_id: str) -> Report | None:
        return self.store.report(doc_id)

    def documents(self) -> Iterator[Document]:
        """Every stored document, text included, in the order it was stored."""
        return self.store.documents()

    def export(self, fmt: str, query: IncidentFilter | None = None, level: Level = "canonical") -> Iterator[str]:
        """Text chunks in ``fmt`` (acled-csv, geojson, jsonl), reviewed values in force."""
        return _export(self.store, fmt, query, level)

    def stats(self) -> dict[str, int]:
        return self.store.stats()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
