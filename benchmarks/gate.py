"""The eval gate: run the fast accuracy benchmarks and fail when a figure falls below its floor.

Floors live in ``benchmarks/baseline.toml`` with the sha256 of each dataset they were measured on (a floor
belongs to its data: a changed file fails the gate until the baseline is remade). Every run writes its figures
to ``benchmarks/results/gate.json`` and, with ``--write-md``, the generated table in BENCHMARKS.md (between
its ``gate:begin``/``gate:end`` markers), so the figures there are never pasted by hand.

    python -m benchmarks.gate                       # CI: exit 1 when a figure is below its floor
    python -m benchmarks.gate --raise-floors        # after an improvement: floors up to today's figures
    python -m benchmarks.gate --lower-floors "why"  # accept lower figures: needs a reason, logged in BENCHMARKS.md

Benchmarks in the gate (about two minutes on one core): the report benchmark on
``../shared/corpus/reports/dev.jsonl`` per language (``reports.py``), CASE 2021 event typing and UCDP headlines
on their tune halves (the report halves stay for BENCHMARKS.md's held-out-style figures).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import tomllib
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # run as a script: the benchmarks package lives at the repository root
    sys.path.insert(0, str(ROOT))
# The gazetteer index the tests build and keep inside the venv, not the user's own (which an older warlog may
# have built with another schema).
os.environ.setdefault("WARLOG_HOME", str(ROOT / ".venv" / "warlog-test-home"))
SHARED = ROOT.parent / "shared"
BASELINE = HERE / "baseline.toml"
RESULTS = HERE / "results" / "gate.json"
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"
MD_BEGIN, MD_END = "<!-- gate:begin -->", "<!-- gate:end -->"

DATASETS = {
    "reports": "corpus/reports/dev.jsonl",
    "case2021": "datasets/case2021_task2/dev.tsv",
    "ucdp": "datasets/ucdp_ukraine/dev.csv",
}
REPORT_METRICS = ("incident_f1", "incident_precision", "incident_recall", "date", "killed", "injured", "sources",
                  "quotes", "speakers", "chains", "negatives")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reports(lang: str) -> Callable[[], dict[str, float | None]]:
    def run() -> dict[str, float | None]:
        from benchmarks import reports

        scores = reports.run(reports.load_records(SHARED / DATASETS["reports"], lang))
        figures = scores.as_dict()
        return {k: figures[k] for k in REPORT_METRICS}
    return run


# The project's own report batches (benchmarks/data/fresh*_<lang>.jsonl) that rules have been written from, pooled:
# a class fixed once stays fixed. The batches kept unseen for the next check of how rules carry are left out.
UNSEEN_BATCHES = frozenset({"fresh12", "fresh18"})
BATCH_METRICS = ("incident_f1", "incident_precision", "incident_recall", "date", "killed", "injured")


def read_batches(lang: str) -> list[Path]:
    return sorted(p for p in (HERE / "data").glob(f"fresh*_{lang}.jsonl")
                  if p.name.rsplit("_", 1)[0] not in UNSEEN_BATCHES)


def _batches(lang: str) -> Callable[[], dict[str, float | None]]:
    def run() -> dict[str, float | None]:
        from benchmarks import reports

        records = [r for path in read_batches(lang) for r in reports.load_records(path, lang)]
        figures = reports.run(records).as_dict()
        return {k: figures[k] for k in BATCH_METRICS}
    return run


def _case2021() -> dict[str, float | None]:
    from benchmarks.case2021 import run

    result = run(SHARED / DATASETS["case2021"], part="tune")
    return {"micro_f1": result["micro"]["f1"]}


def _ucdp() -> dict[str, float | None]:
    from benchmarks.ucdp import run

    result = run(SHARED / DATASETS["ucdp"], part="tune")
    return {"report_coverage": result["report_coverage"], "admin1": result["admin1"]["rate"],
            "fatalities": result["fatalities"]["rate"], "date": result["date"]["rate"]}


BENCHMARKS: dict[str, tuple[str, Callable[[], dict[str, float | None]], str]] = {
    "reports_en": ("reports", _reports("en"), "python -m benchmarks.reports --lang en"),
    "reports_ru": ("reports", _reports("ru"), "python -m benchmarks.reports --lang ru"),
    "reports_uk": ("reports", _reports("uk"), "python -m benchmarks.reports --lang uk"),
    "batches_en": ("reports", _batches("en"), "python -m benchmarks.reports --lang en --data <each read batch>"),
    "batches_ru": ("reports", _batches("ru"), "python -m benchmarks.reports --lang ru --data <each read batch>"),
    "batches_uk": ("reports", _batches("uk"), "python -m benchmarks.reports --lang uk --data <each read batch>"),
    "case2021_tune": ("case2021", _case2021,
                      "python -m benchmarks case2021 --dev ../shared/datasets/case2021_task2/dev.tsv --part tune"),
    "ucdp_tune": ("ucdp", _ucdp, "python -m benchmarks ucdp --dev ../shared/datasets/ucdp_ukraine/dev.csv --part tune"),
}


def load_baseline() -> dict[str, Any]:
    return tomllib.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}


def dump_baseline(baseline: dict[str, Any]) -> str:
    lines = ["# Floors of the eval gate (benchmarks/gate.py); remade by --raise-floors / --lower-floors, not by hand.",
             "", "[datasets]"]
    for name, digest in sorted(baseline.get("datasets", {}).items()):
        lines.append(f'{name} = "{digest}"')
    for bench, floors in baseline.get("floors", {}).items():
        lines += ["", f"[floors.{bench}]"]
        lines += [f"{metric} = {value}" for metric, value in floors.items()]
    return "\n".join(lines) + "\n"


def check(figures: dict[str, dict[str, float | None]], baseline: dict[str, Any]) -> list[str]:
    """Every figure below its floor, as a line; a metric that had a floor and is now missing counts too."""
    failures = []
    for bench, floors in baseline.get("floors", {}).items():
        if bench not in figures:
            continue
        for metric, floor in floors.items():
            value = figures[bench].get(metric)
            if value is None or value < floor:
                failures.append(f"{bench}.{metric}: {value} < floor {floor}")
    return failures


def new_floors(figures: dict[str, dict[str, float | None]], baseline: dict[str, Any],
               lower: bool) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Floors set to today's figures; without ``lower`` a floor never goes down. Returns the lowered ones too."""
    floors: dict[str, dict[str, float]] = {b: dict(f) for b, f in baseline.get("floors", {}).items()}
    lowered = []
    for bench, values in figures.items():
        for metric, value in values.items():
            if value is None:
                continue
            old = floors.setdefault(bench, {}).get(metric)
            if old is None or value > old or lower:
                if old is not None and value < old:
                    lowered.append(f"{bench}.{metric} {old} -> {value}")
                floors[bench][metric] = value
    return floors, lowered


def markdown(figures: dict[str, dict[str, float | None]], baseline: dict[str, Any], seconds: float) -> str:
    rows = ["| benchmark | metric | figure | floor | command |", "|---|---|---|---|---|"]
    for bench, values in figures.items():
        command = BENCHMARKS[bench][2]
        for metric, value in values.items():
            floor = baseline.get("floors", {}).get(bench, {}).get(metric)
            rows.append(f"| {bench} | {metric} | {value} | {floor} | `{command}` |")
    head = (f"Generated by `python -m benchmarks.gate --write-md` on {date.today().isoformat()} "
            f"({seconds:.0f} s); the gate fails CI when a figure falls below its floor.")
    return "\n".join([MD_BEGIN, head, "", *rows, MD_END])


def write_md(table: str, reason: str | None = None, lowered: Sequence[str] = ()) -> None:
    text = BENCHMARKS_MD.read_text(encoding="utf-8")
    if MD_BEGIN in text and MD_END in text:
        text = text[: text.index(MD_BEGIN)] + table + text[text.index(MD_END) + len(MD_END):]
    else:
        text = text.rstrip() + "\n\n## Eval gate\n\n" + table + "\n"
    if lowered:
        line = f"- {date.today().isoformat()}: floors lowered ({'; '.join(lowered)}): {reason}"
        marker = "## Floors lowered"
        text = (text.replace(marker, marker + "\n\n" + line, 1) if marker in text
                else text.rstrip() + f"\n\n{marker}\n\n{line}\n")
    BENCHMARKS_MD.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="comma-separated benchmark names (default: all)")
    parser.add_argument("--raise-floors", action="store_true", help="raise floors to today's figures")
    parser.add_argument("--lower-floors", metavar="REASON", help="set floors to today's figures, lower ones too")
    parser.add_argument("--write-md", action="store_true", help="regenerate the gate table in BENCHMARKS.md")
    args = parser.parse_args(argv)

    baseline = load_baseline()
    missing = [name for name, rel in DATASETS.items() if not (SHARED / rel).exists()]
    if missing:
        print(f"eval gate: datasets missing under {SHARED}: {', '.join(missing)}", file=sys.stderr)
        return 2
    digests = {name: sha256(SHARED / rel) for name, rel in DATASETS.items()}
    remaking = bool(args.raise_floors or args.lower_floors)
    changed = [n for n, d in digests.items() if baseline.get("datasets", {}).get(n) not in (None, d)]
    if changed and not remaking:
        print(f"eval gate: dataset changed since the floors were set: {', '.join(changed)} "
              "(remake the baseline with --raise-floors or --lower-floors REASON)", file=sys.stderr)
        return 1

    wanted = [b for b in BENCHMARKS if not args.only or b in args.only.split(",")]
    figures: dict[str, dict[str, float | None]] = {}
    started = time.perf_counter()
    for name in wanted:
        t0 = time.perf_counter()
        figures[name] = BENCHMARKS[name][1]()
        print(f"{name} ({time.perf_counter() - t0:.0f} s): "
              + ", ".join(f"{k} {v}" for k, v in figures[name].items()), flush=True)
    seconds = time.perf_counter() - started
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"date": date.today().isoformat(), "datasets": digests, "figures": figures},
                                  indent=1) + "\n", encoding="utf-8")

    lowered: list[str] = []
    if remaking:
        floors, lowered = new_floors(figures, baseline, lower=bool(args.lower_floors))
        baseline = {"datasets": {**baseline.get("datasets", {}), **digests}, "floors": floors}
        BASELINE.write_text(dump_baseline(baseline), encoding="utf-8")
        print(f"eval gate: floors written to {BASELINE.relative_to(ROOT)}"
              + (f"; lowered: {'; '.join(lowered)}" if lowered else ""))
    if args.write_md or lowered:
        write_md(markdown(figures, baseline, seconds), args.lower_floors, lowered)
    failures = check(figures, baseline)
    if failures:
        print("eval gate FAILED (a figure fell below its floor; fix it, or lower the floor with "
              "--lower-floors REASON):\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print(f"eval gate passed: {sum(len(v) for v in figures.values())} figures at or above their floors "
          f"({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
