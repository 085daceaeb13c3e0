"""The long fuzz run (issue #13): the property tests' hostile inputs, many more of them, every crash kept.

    python -m benchmarks.fuzz --target stages --examples 20000 [--seconds 280] [--seed 1] [--out crashes.jsonl]

Targets: ``stages`` (every default stage on short hostile texts, through one shared pipeline), ``shapes``
(the same on many sentences, very long lines and nested tags: slower), ``html`` (the same on deeply nested
pages), ``read`` (the readers and cleaning on input files of every kind and encoding), ``ingest``
(``warlog.ingest`` of such files into SQLite). The inputs and invariants are those of
``tests/stages/fuzzing.py``: no exception escapes a stage, offsets stay inside the text, reports validate
against the schema. Unlike the tests, a failing example does not stop the run: each is written to ``--out``
(one JSON line: target, input, problems) and counted. ``--seconds`` ends the run early, between examples, on a
busy machine; the figure is then what ran. Prints examples run, crashes and seconds (one JSON line).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Run as a script, this folder would come first on the path and its modules (pipeline, profile, ...) would shadow
# the libraries' own: keep the repository root instead, and the tests' helpers.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "stages")]

from fuzzing import any_text, hostile_text, input_file, nested_html, report_problems, reportish_text  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed  # noqa: E402
from hypothesis import settings as hsettings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import warlog  # noqa: E402
from warlog.api import default_pipeline, make_document  # noqa: E402
from warlog.errors import InputError, StageError  # noqa: E402
from warlog.models import Report  # noqa: E402
from warlog.pipeline.runner import Pipeline  # noqa: E402
from warlog.settings import Settings  # noqa: E402
from warlog.stages.clean import load_rules  # noqa: E402
from warlog.stages.ingest import RawInput, iter_inputs  # noqa: E402


class Tally:
    def __init__(self, target: str, out: Path | None) -> None:
        self.target = target
        self.examples = 0
        self.crashes = 0
        self.out = out.open("a", encoding="utf-8") if out else None

    def record(self, given_input: Any, problems: list[str]) -> None:
        self.examples += 1
        if not problems:
            return
        self.crashes += 1
        line = {"target": self.target, "input": repr(given_input)[:20000], "problems": problems[:20]}
        if self.out:
            self.out.write(json.dumps(line, ensure_ascii=False) + "\n")
            self.out.flush()
        print(f"CRASH {self.target}: {problems[0][:300]}", file=sys.stderr)


def _analyse(pipeline: Pipeline, errors: list[StageError], text: str, fmt: str) -> list[str]:
    try:
        document = make_document(RawInput("<fuzz>", text, fmt), load_rules(None))  # type: ignore[arg-type]
    except InputError:
        return []
    except Exception as exc:  # noqa: BLE001 - the fuzz run records every escape
        return [f"clean: {type(exc).__name__}: {exc}"]
    errors.clear()
    try:
        report = pipeline.run(Report(document=document))
    except Exception as exc:  # noqa: BLE001
        return [f"runner: {type(exc).__name__}: {exc}"]
    crashes = [str(e) for e in errors]
    return crashes + (report_problems(report) if report is not None else ["no report"])


def _read(file: tuple[str, bytes]) -> list[str]:
    suffix, data = file
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            for item in iter_inputs([path], 5_000_000):
                if isinstance(item, InputError):
                    continue
                try:
                    make_document(item, load_rules(None))
                except InputError:
                    continue
        except Exception as exc:  # noqa: BLE001
            problems.append(f"read: {type(exc).__name__}: {exc}")
    return problems


def _ingest(settings: Settings, file: tuple[str, bytes]) -> list[str]:
    suffix, data = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        db = str(Path(folder) / "w.db")
        try:
            summary = warlog.ingest([path], db, settings=settings, link=False)
            with warlog.open(db) as store:
                problems = []
                for doc_id in summary.new:
                    report = store.report(doc_id)
                    problems += report_problems(report) if report is not None else [f"{doc_id} not stored"]
                return problems
        except Exception as exc:  # noqa: BLE001
            return [f"ingest: {type(exc).__name__}: {exc}"]


def run(target: str, examples: int, seed_value: int, out: Path | None, seconds: float | None = None) -> Tally:
    settings = Settings.from_env()
    tally = Tally(target, out)
    errors: list[StageError] = []
    pipeline = Pipeline(settings=settings, resources=default_pipeline(settings).resources, on_error=errors.append)
    strategies: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], list[str]]]] = {
        "stages": (st.one_of(hostile_text(), reportish_text()), lambda t: _analyse(pipeline, errors, t, "text")),
        "shapes": (any_text(), lambda t: _analyse(pipeline, errors, t, "text")),
        "html": (nested_html(), lambda t: _analyse(pipeline, errors, t, "html")),
        "read": (input_file(), _read),
        "ingest": (input_file(), lambda f: _ingest(settings, f)),
    }
    strategy, check = strategies[target]

    @seed(seed_value)
    @hsettings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
               suppress_health_check=list(HealthCheck))
    @given(value=strategy)
    def fuzz(value: Any) -> None:
        if deadline is not None and time.monotonic() > deadline:
            raise KeyboardInterrupt  # hypothesis lets it through at once: no shrinking, no retry
        tally.record(value, check(value))

    deadline = time.monotonic() + seconds if seconds else None
    try:
        fuzz()
    except KeyboardInterrupt:
        if deadline is None or time.monotonic() <= deadline:
            raise  # a real Ctrl-C
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=["stages", "shapes", "html", "read", "ingest"], default="stages")
    parser.add_argument("--examples", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, help="stop after this long (the figure is what ran)")
    parser.add_argument("--out", type=Path, help="append each crashing example here (JSON lines)")
    args = parser.parse_args()
    started = time.perf_counter()
    tally = run(args.target, args.examples, args.seed, args.out, args.seconds)
    seconds = time.perf_counter() - started
    print(json.dumps({"target": args.target, "seed": args.seed, "examples": tally.examples,
                      "crashes": tally.crashes, "seconds": round(seconds, 1)}))


if __name__ == "__main__":
    main()
