"""``warlog train attribution``: parse annotated texts with the rules, then train the learned model on them.

Each text goes through the English ``nlp`` stage and the rules of the ``attribution`` stage (never an earlier
model: the taggers learn from the rules' output as it is at run time), then becomes a ``Table`` with the rules'
attributions (``crf_features``); ``crf_model.train`` fits the cue and span taggers on the tables and the
annotated attributions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..settings import Settings
from . import crf_model
from .annotated import Annotated, Gold
from .crf_features import Table, lexicon_classes, rule_spans, table_of
from .lexicon import attribution_lexicon
from .quotes import find_quote_marks


class Parser:
    """English texts to tables: the nlp stage, the attribution rules, and the table of both."""

    def __init__(self, settings: Settings) -> None:
        from ..models import Document, Report
        from ..pipeline.component import Work
        from ..pipeline.runner import Pipeline
        from ..stages.attribution import AttributionStage

        stages = Pipeline(stages=("nlp", "attribution"), settings=settings).stages_for("en")
        if stages is None or any(stage is None for _, stage in stages):
            raise ConfigError("the English nlp and attribution stages are needed to train the attribution model")
        self.stages = [stage for _, stage in stages if stage is not None]
        for stage in self.stages:
            if isinstance(stage, AttributionStage):
                stage.learned = None  # features come from the rules alone
        self.classes = lexicon_classes(attribution_lexicon("en"))
        self._work: Callable[[str], Any] = lambda text: Work(report=Report(
            document=Document(id="train", text=text, language="en")))

    def table(self, text: str) -> Table:
        work = self._work(text)
        for stage in self.stages:
            work = stage(work)
        if work.doc is None or work.report.document.text != text:
            raise ConfigError("the pipeline changed the text, so the annotation offsets would not match")
        table = table_of(work.doc, None, self.classes,
                         [(q.outer_start, q.outer_end) for q in find_quote_marks(text)])
        table.rules = rule_spans(table, work.report.quotes)
        return table


def prepare(texts: Sequence[Annotated], settings: Settings, log: Callable[[str], None] = print
            ) -> list[tuple[Table, Sequence[Gold]]]:
    parser = Parser(settings)
    out: list[tuple[Table, Sequence[Gold]]] = []
    for n, annotated in enumerate(texts, 1):
        out.append((parser.table(annotated.text), annotated.attributions))
        if n % 100 == 0:
            log(f"parsed {n} of {len(texts)} texts")
    return out


def train(texts: Sequence[Annotated], out: Path, settings: Settings, *, log: Callable[[str], None] = print,
          **params: Any) -> Path:
    """Parse ``texts`` and train the model into ``out`` (``params``: ``crf_model.train``'s keywords)."""
    if not texts:
        raise ConfigError("no annotated texts to train on")
    return crf_model.train(prepare(texts, settings, log), out, log=log, **params)
