"""The runner: composes named components and owns error handling.

A stage that raises on one document does not stop a batch: the runner wraps
the exception in ``StageError`` and hands it to the error handler, which by
default re-raises for single documents (``extract``) and records the failure
for batches (``ingest``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from ..errors import StageError
from ..models import Report
from ..settings import Settings
from .component import Work, check_order, get_component

# geocode before incidents: resolving a report's mentions into events compares where they happened.
DEFAULT_STAGES: tuple[str, ...] = ("nlp", "attribution", "geocode", "incidents", "people", "citations")

# Documents parsed together by ``Pipeline.pipe``: most of the batching gain, little memory held.
BATCH_SIZE = 32

ErrorHandler = Callable[[StageError], None]


def raise_error(error: StageError) -> None:
    raise error


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
        on_error: ErrorHandler = raise_error,
    ) -> None:
        from ..stages import load_components

        load_components()
        self.settings = settings or Settings.from_env()
        self.stage_names = list(stages)
        check_order(self.stage_names)
        self.resources: dict[str, Any] = resources if resources is not None else {}
        self.on_error = on_error
        self._stages = [
            (name, get_component(name).factory(self.settings, self.resources)) for name in self.stage_names
        ]

    def run(self, report: Report, timings: dict[str, float] | None = None) -> Report | None:
        """Run every stage over one report; None when a stage failed and the handler swallowed it.

        ``timings``, when given, accumulates the seconds spent in each stage (for benchmarks).
        """
        return self._run(Work(report=report), timings)

    def _run(self, work: Work, timings: dict[str, float] | None) -> Report | None:
        report = work.report
        for name, stage in self._stages:
            started = time.perf_counter()
            try:
                work = stage(work)
            except Exception as exc:  # noqa: BLE001 - the runner is the one place that catches all
                self.on_error(StageError(name, report.document.source or report.document.id, exc))
                return None
            if not isinstance(work, Work):
                raise TypeError(f"stage {name!r} returned {type(work).__name__}, not Work")
            if timings is not None:
                timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
        return work.report

    def _prepare(self, works: list[Work], timings: dict[str, float] | None) -> None:
        """Let stages with a ``prepare_batch(works)`` do batch work first (spaCy's ``nlp.pipe``: about 15% less
        model time than one ``nlp(text)`` per document). It may only read the document; when it fails,
        nothing is lost: each document is then processed alone and its own error reported as usual."""
        for name, stage in self._stages:
            prepare = getattr(stage, "prepare_batch", None)
            if prepare is None:
                continue
            started = time.perf_counter()
            try:
                prepare(works)
            except Exception:  # noqa: BLE001 - fall back to one document at a time, which reports errors
                for work in works:
                    work.doc = None
            if timings is not None:
                timings[name] = timings.get(name, 0.0) + time.perf_counter() - started

    def pipe(self, reports: Iterable[Report], *, batch_size: int = BATCH_SIZE,
             timings: dict[str, float] | None = None) -> Iterator[Report | Failure]:
        """Run over many reports, ``batch_size`` at a time; failures come out as ``Failure`` records, in order."""
        failures: list[StageError] = []
        previous = self.on_error
        self.on_error = failures.append
        try:
            for batch in batched(reports, max(1, batch_size)):
                works = [Work(report=report) for report in batch]
                self._prepare(works, timings)
                for work in works:
                    done = self._run(work, timings)
                    work.doc = None  # release the parse as soon as the document is done
                    if done is None:
                        err = failures.pop()
                        yield Failure(err.document,
                                      f"stage {err.stage!r} failed: {type(err.cause).__name__}: {err.cause}")
                    else:
                        yield done
        finally:
            self.on_error = previous
