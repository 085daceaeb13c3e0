"""warlog: war reporting to a structured, source-attributed incident database.

Public API (the CLI mirrors it one to one):

- ``extract(text, **meta) -> Report``: run the pipeline on one text.
- ``extract_files(paths, **meta)``: reports for files and folders.
- ``ingest(paths, db)``: process inputs into a store, skipping duplicates.
- ``open(db_url) -> Database``: the incident database: ``incidents()`` per report, ``canonical()`` merged across
  reports, ``people()``, ``sources()``, ``export()``, all under one ``IncidentFilter``.
"""

from .api import IngestSummary, extract, extract_files, geocode, ingest, open
from .database import Database
from .errors import (
    ConfigError,
    GazetteerError,
    InputError,
    ModelError,
    OfflineError,
    SchemaError,
    StageError,
    StoreError,
    WarlogError,
)
from .models import (
    Actor,
    ChainLink,
    Count,
    Cue,
    Document,
    Entity,
    GeoRef,
    Incident,
    Quote,
    Report,
    Span,
    Speaker,
    When,
    Where,
)
from .pipeline.runner import Failure, Pipeline
from .settings import Settings
from .store import IncidentFilter, Store

__version__ = "0.1.0"

__all__ = [
    "Actor", "ChainLink", "ConfigError", "Count", "Cue", "Database", "Document", "Entity", "Failure", "GazetteerError",
    "GeoRef", "Incident", "IncidentFilter", "IngestSummary", "InputError", "ModelError", "OfflineError",
    "Pipeline", "Quote", "Report", "SchemaError", "Settings", "Span", "Speaker", "StageError", "Store",
    "StoreError", "WarlogError", "When", "Where", "extract", "extract_files", "geocode", "ingest", "open",
]
