"""Where the pipeline spends its time: ``python -m benchmarks profile`` (issue #8, profiling pass).

Profiles the full pipeline (nlp, attribution, incidents, geocode) with pyinstrument over the per-core corpus
of ``python -m benchmarks throughput`` (``bench.corpus.generate(n, seed)``, cleaned the same way), after the same
warm-up, so a hot spot found here is one the throughput figure pays for. Writes ``profile.txt`` and
``profile.html`` into the output folder. ``--dump`` also writes every report as one JSON line, so two code
versions can be checked for identical output with ``diff``.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from warlog.api import default_pipeline
from warlog.errors import WarlogError
from warlog.models import Report
from warlog.settings import Settings

from .throughput import corpus_documents


@dataclass
class ProfileRun:
    documents: int
    seconds: float  # wall, under the profiler (slower than unprofiled)
    cpu_seconds: float
    text: str | None
    html: str | None
    dump: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def run(n_docs: int = 1000, out: Path = Path("profile"), *, seed: int = 0, settings: Settings | None = None,
        dump: Path | None = None, profile: bool = True, interval: float = 0.001) -> ProfileRun:
    """Profile (``profile=False``: only run and dump) the pipeline over the per-core corpus."""
    settings = settings or Settings.from_env()
    docs = corpus_documents(n_docs, seed, settings)
    pipeline = default_pipeline(settings)
    for doc in docs[:20]:
        pipeline.run(Report(document=doc.model_copy()))  # warm-up, as in the per-core run

    profiler: Any = None
    if profile:
        try:
            from pyinstrument import Profiler
        except ImportError as exc:  # an optional benchmark dependency
            raise WarlogError("python -m benchmarks profile needs pyinstrument: pip install 'warlog[bench]'") from exc
        profiler = Profiler(interval=interval)
        profiler.start()
    wall, cpu = time.perf_counter(), time.process_time()
    reports = [r for r in pipeline.pipe(Report(document=d.model_copy()) for d in docs) if isinstance(r, Report)]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu

    text_path = html_path = None
    if profiler is not None:
        profiler.stop()
        out.mkdir(parents=True, exist_ok=True)
        text_path, html_path = out / "profile.txt", out / "profile.html"
        text_path.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
        html_path.write_text(profiler.output_html(), encoding="utf-8")
    if dump is not None:
        dump.parent.mkdir(parents=True, exist_ok=True)
        with dump.open("w", encoding="utf-8") as fh:
            for report in reports:
                fh.write(report.model_dump_json() + "\n")
    return ProfileRun(documents=len(docs), seconds=round(wall, 2), cpu_seconds=round(cpu, 2),
                      text=str(text_path) if text_path else None, html=str(html_path) if html_path else None,
                      dump=str(dump) if dump else None)
