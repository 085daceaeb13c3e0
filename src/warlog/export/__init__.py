"""Exports of stored incidents: ``acled-csv``, ``geojson``, ``jsonl``.

Reviewed values (the workbench's review layer) replace machine values and rejected incidents are left out.
``level="canonical"`` (the default) exports incidents merged across reports with their independent sources,
Admiralty grade and contradictions; ``level="report"`` one row per incident per report, as extracted.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import ConfigError
from ..store.base import IncidentFilter, Store
from .canonical import CANONICAL_EXPORTERS, canonical_json
from .formats import ACLED_COLUMNS, EXPORTERS, acled_row, incident_json

__all__ = ["ACLED_COLUMNS", "CANONICAL_EXPORTERS", "EXPORTERS", "acled_row", "canonical_json", "export",
           "incident_json"]


def export(store: Store, fmt: str, flt: IncidentFilter | None = None, level: str = "canonical") -> Iterator[str]:
    """The incidents ``flt`` selects, as text chunks in format ``fmt``, at ``level`` canonical or report."""
    if fmt not in EXPORTERS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}")
    # Analysts' reviewed values win over machine output (rejected incidents are left out): docs/web.md.
    from ..store.overlay import reviewed, reviewed_canonical

    if level == "report":
        return EXPORTERS[fmt](reviewed(store, store.incidents(flt)))
    if level != "canonical":
        raise ConfigError(f"unknown export level {level!r}; choose canonical or report")
    from ..store.links import LinkStore

    return CANONICAL_EXPORTERS[fmt](reviewed_canonical(store, LinkStore(store).canonical_incidents(flt)))
