"""Stage ``nlp`` for Ukrainian: sentences, rule-based entities (with a locally trained model when there is one),
dates and counts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ... import resources as res
from ...models import Count, Entity, When
from ...pipeline.component import Work
from ...settings import Settings
from .crf import Tagger
from .dates import find_time_expressions
from .ner import Recogniser
from .numbers import find_counts
from .tokens import sentences
from .trained import WithModel, model_path


@dataclass
class UkDoc:
    """What the Ukrainian parse leaves for later stages (``work.doc``): the sentence spans."""

    sentences: list[tuple[int, int]]


def _overlaps(a: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a[0] < end and start < a[1] for start, end in taken)


class UkNlpStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.resources = resources
        self._recogniser: Recogniser | WithModel | None = None

    def recogniser(self) -> Recogniser | WithModel:
        if self._recogniser is None:
            gazetteer = res.gazetteer(self.settings, self.resources)

            @lru_cache(maxsize=100_000)
            def knows(name: str) -> bool:
                return bool(gazetteer.is_known(name))

            rules = Recogniser(knows)
            # a model the user trained (warlog train ner --lang uk) joins the rules when one is configured
            path = model_path(self.settings)
            self._recogniser = rules if path is None else WithModel(rules, Tagger(path))
        return self._recogniser

    def __call__(self, work: Work) -> Work:
        report = work.report
        text = report.document.text
        spans = sentences(text)
        work.scratch["sentences"] = spans
        work.doc = UkDoc(spans)
        recogniser = self.recogniser()
        report.entities = analyse(text, spans, recogniser, report.document.published, report.span)
        # Places the gazetteer knows by name (or lemma): the incident stage prefers them to names it can only guess.
        work.scratch["uk_known_places"] = {e.id for e in report.entities if e.label == "PLACE"
                                           and (recogniser.knows_place(e.lemma or e.text)
                                                or recogniser.knows_place(e.text))}
        return work


def analyse(text: str, spans: list[tuple[int, int]], recogniser: Recogniser | WithModel, published: Any,
            span: Any) -> list[Entity]:
    """Entities of a text: names first, then dates, then counts; earlier kinds win overlaps."""
    taken: list[tuple[int, int]] = []
    entities: list[Entity] = []
    for m in recogniser.find(text, spans):
        if _overlaps((m.start, m.end), taken):
            continue
        taken.append((m.start, m.end))
        entities.append(Entity(id="", text=text[m.start:m.end], label=m.label,
                               start=m.start, end=m.end, lemma=m.lemma))
    for t in find_time_expressions(text, published):
        if _overlaps((t.start, t.end), taken):
            continue
        taken.append((t.start, t.end))
        when = When(start=t.date_start, end=t.date_end, precision=t.precision, text=t.text, span=span(t.start, t.end))
        entities.append(Entity(id="", text=t.text, label="DATE", start=t.start, end=t.end, when=when))
    for c in find_counts(text):
        if _overlaps((c.start, c.end), taken):
            continue
        taken.append((c.start, c.end))
        count = Count(best=c.best, low=c.low, high=c.high, text=c.text, span=span(c.start, c.end))
        entities.append(Entity(id="", text=c.text, label="QUANTITY", start=c.start, end=c.end, count=count))
    entities.sort(key=lambda e: (e.start, e.end))
    for i, entity in enumerate(entities, 1):
        entity.id = f"e{i}"
    return entities


def make_uk_nlp(settings: Settings, resources: dict[str, Any]) -> UkNlpStage:
    """Ukrainian sentences and entities by rule (lexicons, pymorphy3 morphology, the gazetteer, context), joined by
    a locally trained NER model when the ``uk_ner_model`` setting or WARLOG_HOME/models/ner-uk holds one."""
    return UkNlpStage(settings, resources)
