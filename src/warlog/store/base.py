"""The one storage interface every backend implements.

SQLite is the embedded default; a PostgreSQL backend implements the same
class (issue #8), so switching is a matter of the ``--db`` URL.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..models import Document, Incident, Report


@dataclass(frozen=True)
class Fingerprint:
    """What duplicate detection needs to know about a document."""

    content_hash: str
    bands: tuple[str, ...]
    shingles: frozenset[int]


@dataclass(frozen=True)
class AddResult:
    status: Literal["new", "duplicate", "near-duplicate"]
    doc_id: str
    duplicate_of: str | None = None
    similarity: float | None = None


@dataclass
class IncidentFilter:
    types: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    place: str | None = None
    outlet: str | None = None
    certainty: str | None = None
    text: str | None = None  # full-text search over the documents
    grade: str | None = None  # Admiralty source reliability (A-F) of the canonical incident
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class IncidentRecord:
    incident: Incident
    document: Document


class Store(ABC):
    """Documents with their reports, and the incidents found in them."""

    url: str

    def add(self, report: Report, fingerprint: Fingerprint, threshold: float) -> AddResult:
        """Store a report unless it duplicates a stored one (exactly or above ``threshold`` Jaccard).

        The same as a batch of one, so a document stored one at a time (local ingest) and in batches (Dask
        ingest) leaves the same store, sightings included.
        """
        return self.add_many([(report, fingerprint)], threshold)[0]

    @abstractmethod
    def find_duplicate(self, fingerprint: Fingerprint, threshold: float) -> AddResult | None:
        """The stored document this one duplicates, if any; nothing is written."""

    @abstractmethod
    def add_many(self, items: list[tuple[Report, Fingerprint]], threshold: float) -> list[AddResult]:
        """Store each item in order, one result per item, in one transaction under one lock (all or nothing); a
        bad item fails the call with ``StoreError``.

        A duplicate sighting is recorded once: not again for a source already recorded against the stored
        document, and not at all when the stored document came from the same source (the same input read again,
        e.g. by a re-run or a resumed run). Re-running a batch thus leaves the store as it was.
        """

    @abstractmethod
    def report(self, doc_id: str) -> Report | None: ...

    @abstractmethod
    def incident(self, incident_id: str) -> IncidentRecord | None: ...

    @abstractmethod
    def incidents(self, flt: IncidentFilter | None = None) -> list[IncidentRecord]: ...

    @abstractmethod
    def count_incidents(self, flt: IncidentFilter | None = None) -> int: ...

    @abstractmethod
    def documents(self) -> Iterator[Document]: ...

    @abstractmethod
    def stats(self) -> dict[str, int]: ...

    @abstractmethod
    def schema_version(self) -> int: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
