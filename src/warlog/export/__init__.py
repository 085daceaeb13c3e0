"""Exports of stored incidents: ``acled-csv``, ``geojson``, ``jsonl``."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import ConfigError
from ..store.base import IncidentFilter, Store
from .formats import ACLED_COLUMNS, EXPORTERS, acled_row, incident_json

__all__ = ["ACLED_COLUMNS", "EXPORTERS", "acled_row", "export", "incident_json"]


def export(store: Store, fmt: str, flt: IncidentFilter | None = None) -> Iterator[str]:
    """The incidents ``flt`` selects, as text chunks in format ``fmt``."""
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}") from None
    return exporter(store.incidents(flt))
