"""Pipeline throughput next to spaCy alone, on the same texts with the same model.

``python -m benchmarks pipeline [PATH...]`` reads the inputs once (default: the
bundled sample reports), then times (a) spaCy's ``nlp.pipe`` over the clean
texts and (b) warlog's full default pipeline over the same documents
(``Pipeline.pipe``, as the Dask engine runs it), after one warm-up pass of each. The ratio of (b)
to (a) shows what warlog's own stages cost on top of the model.
"""

from __future__ import annotations

import platform
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from warlog import resources as res
from warlog.api import _documents, default_pipeline
from warlog.models import Document, Report
from warlog.settings import Settings


@dataclass
class PipelineBench:
    documents: int
    words: int
    rounds: int
    spacy_docs_per_s: float
    warlog_docs_per_s: float
    warlog_words_per_s: float
    ratio: float
    stage_seconds: dict[str, float]
    python: str
    machine: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _load(paths: list[Path], settings: Settings) -> list[Document]:
    docs = [d for d in _documents(paths, settings, {}) if isinstance(d, Document)]
    if not docs:
        raise SystemExit("no readable inputs to benchmark")
    return docs


def run(paths: list[Path], rounds: int = 3, settings: Settings | None = None) -> PipelineBench:
    settings = settings or Settings.from_env()
    docs = _load(paths, settings)
    texts = [d.text for d in docs]
    pipeline = default_pipeline(settings)
    nlp = res.spacy_model(settings, pipeline.resources)
    words = sum(len(t.split()) for t in texts)

    list(nlp.pipe(texts))  # warm-up: lazy loading must not count
    start = time.perf_counter()
    for _ in range(rounds):
        list(nlp.pipe(texts))
    spacy_s = (time.perf_counter() - start) / rounds

    stage_seconds: dict[str, float] = {}
    for doc in docs:  # warm-up (loads the gazetteer)
        pipeline.run(Report(document=doc.model_copy()))
    start = time.perf_counter()
    for _ in range(rounds):  # Pipeline.pipe, as the Dask engine runs it (batched parsing)
        list(pipeline.pipe((Report(document=doc.model_copy()) for doc in docs), timings=stage_seconds))
    warlog_s = (time.perf_counter() - start) / rounds

    return PipelineBench(
        documents=len(docs), words=words, rounds=rounds,
        spacy_docs_per_s=round(len(docs) / spacy_s, 2),
        warlog_docs_per_s=round(len(docs) / warlog_s, 2),
        warlog_words_per_s=round(words / warlog_s, 1),
        ratio=round(spacy_s / warlog_s, 3),
        stage_seconds={k: round(v / rounds, 4) for k, v in stage_seconds.items()},
        python=platform.python_version(), machine=f"{platform.machine()}, {_cpus()} cpus",
    )


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
