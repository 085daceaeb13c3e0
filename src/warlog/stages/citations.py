"""Stage ``citations``: the other outlets, channels and organisations a report relays."""

from __future__ import annotations

from typing import Any

from ..pipeline.component import Stage, Work, component
from ..provenance import find_citations
from ..settings import Settings


class CitationStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings

    def __call__(self, work: Work) -> Work:
        if work.doc is None:  # the nlp stage did not analyse this language
            return work
        work.report.citations = find_citations(work.report)
        return work


@component("citations", requires=("entities", "quotes"), assigns=("citations",))
def make_citations(settings: Settings, resources: dict[str, Any]) -> Stage:
    """Cited sources from the claims' chains and the attribution patterns, one per source."""
    return CitationStage(settings, resources)
