"""Storage: one interface (``Store``), backends chosen by URL.

``open_store("warlog.db")`` or ``open_store("sqlite:///path/warlog.db")`` gives
the embedded SQLite store; ``postgresql://`` URLs are reserved for the shared
backend (issue #8) and refused with a clear message until it lands.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import AddResult, Fingerprint, IncidentFilter, IncidentRecord, Store
from .sqlite import SQLiteStore

__all__ = ["AddResult", "Fingerprint", "IncidentFilter", "IncidentRecord", "Store", "SQLiteStore", "open_store"]


def open_store(url: str | Path) -> Store:
    """Open (creating and migrating as needed) the store at ``url``."""
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"{text}: the PostgreSQL backend is not available in this version; use an SQLite file")
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    elif "://" in text:
        raise StoreError(f"{text}: unknown database URL scheme; use a file path or sqlite:///PATH")
    return SQLiteStore(text)
