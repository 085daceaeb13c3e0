"""Storage: one interface (``Store``), backends chosen by URL.

``open_store("warlog.db")`` or ``open_store("sqlite:///path/warlog.db")`` gives
the embedded SQLite store; ``open_store("postgresql://user@host/db")`` (or
``postgres://``) the shared PostgreSQL store, with the same features.
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
        from .postgres import PostgresStore  # imported here: psycopg loads only when a server is used

        return PostgresStore(text)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///"):]
    elif "://" in text:
        raise StoreError(f"{text}: unknown database URL scheme; use a file path, sqlite:///PATH or postgresql://...")
    return SQLiteStore(text)
