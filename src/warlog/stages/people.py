"""Stage ``people``: one PersonMention per named person, with roles, attributes and fates."""

from __future__ import annotations

from typing import Any

from .. import resources as res
from ..people import extract_people
from ..pipeline.component import Stage, Work, component
from ..settings import Settings


class PeopleStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.resources = resources

    def __call__(self, work: Work) -> Work:
        if work.doc is None:  # the nlp stage did not analyse this language
            return work
        gazetteer = res.gazetteer(self.settings, self.resources)
        work.report.people = extract_people(work.report, work.scratch.get("sentences", []), work.doc,
                                            is_place=gazetteer.is_known)
        return work


@component("people", requires=("sentences", "entities", "quotes", "incidents", "geo"), assigns=("people",),
           per_language=True)
def make_people(settings: Settings, resources: dict[str, Any]) -> Stage:
    """Named people (short forms merged) with roles, age, home, unit, rank and every stated fate."""
    return PeopleStage(settings, resources)
