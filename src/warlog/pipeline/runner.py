"""The runner: composes named components and owns error handling.

Each document runs through the stages of its language: the language-dependent ones (``per_language``
components: nlp, attribution, incidents, people) come from the document's language pack (``warlog.lang``),
the others are shared. A document whose language no pack reads is stored unanalysed (``Report.analysed``).

A stage that raises never loses the document: the runner records ``StageFailure(stage, error)`` on the report,
skips only the later stages that need what the failed one assigns, and hands a ``StageError`` to the error
handler (which by default only lets it be; pass ``raise_error`` to stop at the first failure).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby, islice
from typing import Any

from ..errors import StageError
from ..models import Report, StageFailure
from ..settings import Settings
from .component import ComponentInfo, Stage, Work, check_order, get_component

# geocode before incidents: resolving a report's mentions into events compares where they happened.
DEFAULT_STAGES: tuple[str, ...] = ("nlp", "attribution", "geocode", "incidents", "people", "citations")

# Documents parsed together by ``Pipeline.pipe``: most of the batching gain, little memory held.
BATCH_SIZE = 32

ErrorHandler = Callable[[StageError], None]


def raise_error(error: StageError) -> None:
    raise error


def keep_going(error: StageError) -> None:
    """The default handler: the failure is on the report (``failed_stages``); the document goes on."""


def batched(items: Iterable[Report], size: int) -> Iterator[list[Report]]:
    """Lists of ``size`` items (the last may be shorter); itertools.batched is Python 3.12+."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@dataclass
class Failure:
    source: str
    reason: str


class Pipeline:
    """Runs the named stages over documents: ``Pipeline().run(report) -> Report``."""

    def __init__(
        self,
        stages: Iterable[str] = DEFAULT_STAGES,
        *,
        settings: Settings | None = None,
        resources: dict[str, Any] | None = None,
        on_error: ErrorHandler = keep_going,
    ) -> None:
        from ..stages import load_components

        load_components()
        self.settings = settings or Settings.from_env()
        self.stage_names = list(stages)
        check_order(self.stage_names)
        self.resources: dict[str, Any] = resources if resources is not None else {}
        self.on_error = on_error
        self._infos: list[ComponentInfo] = [get_component(name) for name in self.stage_names]
        self._shared: dict[str, Stage] = {
            info.name: info.factory(self.settings, self.resources) for info in self._infos if not info.per_language}
        self._by_language: dict[str, list[tuple[ComponentInfo, Stage | None]] | None] = {}

    def stages_for(self, language: str | None) -> list[tuple[ComponentInfo, Stage | None]] | None:
        """The stages a document of ``language`` runs (None for a stage its pack lacks); None: no pack at all.

        Built once per language, on first use, so a pipeline loads only the models of the languages it meets.
        """
        from ..lang import get_pack

        code = language or "en"
        if code not in self._by_language:
            pack = get_pack(code)
            if pack is None:
                self._by_language[code] = None
            else:
                chosen: list[tuple[ComponentInfo, Stage | None]] = []
                for info in self._infos:
                    if not info.per_language:
                        chosen.append((info, self._shared[info.name]))
                        continue
                    factory = pack.stages.get(info.name)
                    chosen.append((info, factory(self.settings, self.resources) if factory else None))
                self._by_language[code] = chosen
        return self._by_language[code]

    def run(self, report: Report, timings: dict[str, float] | None = None) -> Report:
        """Run every stage over one report; failed stages are named in ``report.failed_stages``.

        ``timings``, when given, accumulates the seconds spent in each stage (for benchmarks).
        """
        return self._run(Work(report=report), timings)

    def _run(self, work: Work, timings: dict[str, float] | None) -> Report:
        from ..lang import available

        report = work.report
        stages = self.stages_for(report.document.language)
        if stages is None:
            # Stored and searchable, but not analysed: an English model on Georgian text would produce
            # confident nonsense.
            report.analysed = False
            report.warnings.append(f"language {report.document.language!r} is not analysed (language packs: "
                                   f"{', '.join(available())}); document stored without extraction")
            return report
        lost: set[str] = set()  # what failed or skipped stages would have assigned
        for info, stage in stages:
            if stage is None:  # the pack leaves this stage out: its fields stay empty, later stages still run
                report.warnings.append(f"stage {info.name!r} has no {report.document.language!r} version; skipped")
                continue
            if lost.intersection(info.requires):
                lost.update(info.assigns)
                continue
            started = time.perf_counter()
            try:
                result = stage(work)
            except Exception as exc:  # noqa: BLE001 - the runner is the one place that catches all
                lost.update(info.assigns)
                report.failed_stages.append(StageFailure(stage=info.name, error=f"{type(exc).__name__}: {exc}"))
                self.on_error(StageError(info.name, report.document.source or report.document.id, exc))
                continue
            if not isinstance(result, Work):
                raise TypeError(f"stage {info.name!r} returned {type(result).__name__}, not Work")
            work = result
            if timings is not None:
                timings[info.name] = timings.get(info.name, 0.0) + time.perf_counter() - started
        return work.report

    def _prepare(self, works: list[Work], timings: dict[str, float] | None) -> None:
        """Let stages with a ``prepare_batch(works)`` do batch work first (spaCy's ``nlp.pipe``: about 15% less
        model time than one ``nlp(text)`` per document), per language. It may only read the document; when it
        fails, nothing is lost: each document is then processed alone and its own error reported as usual."""
        def language(work: Work) -> str:
            return work.report.document.language or "en"

        for code, group in groupby(sorted(works, key=language), key=language):
            members = list(group)
            for info, stage in self.stages_for(code) or []:
                prepare = getattr(stage, "prepare_batch", None)
                if prepare is None:
                    continue
                started = time.perf_counter()
                try:
                    prepare(members)
                except Exception:  # noqa: BLE001 - fall back to one document at a time, which reports errors
                    for work in members:
                        work.doc = None
                if timings is not None:
                    timings[info.name] = timings.get(info.name, 0.0) + time.perf_counter() - started

    def pipe(self, reports: Iterable[Report], *, batch_size: int = BATCH_SIZE,
             timings: dict[str, float] | None = None) -> Iterator[Report]:
        """Run over many reports, ``batch_size`` at a time, in order; a report whose stages failed comes out with
        them in ``failed_stages`` and what the stages before them found."""
        for batch in batched(reports, max(1, batch_size)):
            works = [Work(report=report) for report in batch]
            self._prepare(works, timings)
            for work in works:
                done = self._run(work, timings)
                work.doc = None  # release the parse as soon as the document is done
                yield done
