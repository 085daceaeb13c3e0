"""Event typing on CASE 2021 Task 2: ``python -m benchmarks case2021 --dev FILE [--part report]``.

Each snippet of the dev file (``id<TAB>EventSnippet<TAB>SubType``) is one document
with no publication date. warlog's prediction is the ``acled.sub_event_type`` of
the first incident it finds (the one whose evidence starts earliest in the text),
mapped to CASE's label by ``ACLED_TO_CASE``; a snippet with no incident, or whose
first incident has no ACLED mapping, gets no label.

Scoring is over the 25 CASE labels that are ACLED sub-event types (``CASE_ACLED``).
For a label L: a true positive is gold L predicted L; a false positive is L
predicted for any other gold, including the 5 "unseen" labels (NATURAL_DISASTER,
MAN_MADE_DISASTER, ORG_CRIME, DIPLO, ATTRIB), which can therefore only cost
precision; a false negative is gold L predicted otherwise or not at all. Micro F1
pools the counts of the 25 labels; macro F1 is the mean F1 of the labels with at
least one gold snippet in the scored part (a label absent from the gold has no
defined recall; its false positives still count in micro F1). Precision, recall
or F1 with a zero denominator are 0.

The dev set is split by ``splits.py`` (benchmark name ``case2021``, key: the row
id): tune on ``tune``, report ``report``. The dataset has no licence (evaluation
only): nothing trained on it may ship in the repository.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warlog.models import Report
from warlog.settings import Settings

from .splits import select

# ACLED sub-event type (as in warlog's taxonomy.toml) -> CASE 2021 Task 2 label.
ACLED_TO_CASE: dict[str, str] = {
    # Battles
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    # Explosions/Remote violence
    "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Grenade": "GRENADE",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    # Violence against civilians
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    # Protests
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    # Riots
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    # Strategic developments
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Other": "OTHER",
}
CASE_ACLED: tuple[str, ...] = tuple(sorted(ACLED_TO_CASE.values()))
NONE = "(none)"  # no label predicted

Predictor = Callable[[str], str | None]


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    gold: str


def read_dev(path: Path) -> list[Snippet]:
    """The rows of a CASE 2021 Task 2 TSV (header ``id EventSnippet SubType``; no quoting)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Snippet(r[0], r[1], r[2].strip()) for r in rows[1:] if len(r) >= 3]


def first_label(report: Report) -> str | None:
    """The CASE label of the report's first incident in document order, or None."""
    if not report.incidents:
        return None
    first = min(report.incidents, key=lambda i: i.evidence[0].start if i.evidence else len(report.document.text))
    return ACLED_TO_CASE.get(first.acled.sub_event_type) if first.acled else None


def warlog_predictor(settings: Settings | None = None) -> Predictor:
    from warlog.api import extract

    settings = settings or Settings.from_env()
    return lambda text: first_label(extract(text, settings=settings, source="case2021"))


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: Sequence[str], pred: Sequence[str | None], labels: Sequence[str] = CASE_ACLED) -> dict[str, Any]:
    """Micro and macro P/R/F1 over ``labels`` (see the module docstring for the rules)."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    per_label: dict[str, dict[str, float | int]] = {}
    totals = Counter[str]()
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        p, r, f = _f1(tp, fp, fn)
        per_label[label] = {"support": tp + fn, "predicted": tp + fp, "tp": tp,
                            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        totals.update(tp=tp, fp=fp, fn=fn)
    mp, mr, mf = _f1(totals["tp"], totals["fp"], totals["fn"])
    supported = [v["f1"] for v in per_label.values() if v["support"]]
    return {
        "micro": {"precision": round(mp, 4), "recall": round(mr, 4), "f1": round(mf, 4)},
        "macro_f1": round(sum(supported) / len(supported), 4) if supported else 0.0,
        "macro_labels": len(supported),
        "per_label": per_label,
    }


def confusion(gold: Sequence[str], pred: Sequence[str | None]) -> dict[str, dict[str, int]]:
    """``matrix[gold][pred] = count``; ``pred`` is ``"(none)"`` when nothing was predicted."""
    matrix: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred, strict=True):
        row = matrix.setdefault(g, {})
        row[p or NONE] = row.get(p or NONE, 0) + 1
    return matrix


def top_confusions(matrix: dict[str, dict[str, int]], top: int = 15,
                   labels: Sequence[str] = CASE_ACLED) -> list[tuple[str, str, int]]:
    """The most frequent (gold, predicted, count) errors: misses ``(none)`` of a scored label included,
    no label for an unscored gold (a correct abstention) left out."""
    errors = [(g, p, n) for g, row in matrix.items() for p, n in row.items()
              if p != g and (g in labels or p != NONE)]
    return sorted(errors, key=lambda e: (-e[2], e[0], e[1]))[:top]


def run(dev_tsv: Path, part: str = "report", *, settings: Settings | None = None,
        predict: Predictor | None = None) -> dict[str, Any]:
    """Score warlog (or ``predict``) on ``part`` ("tune", "report" or "all") of the dev file."""
    snippets = select(read_dev(dev_tsv), "case2021", part, key=lambda s: s.id)
    predict = predict or warlog_predictor(settings)
    start = time.perf_counter()
    preds = [predict(s.text) for s in snippets]
    seconds = time.perf_counter() - start
    gold = [s.gold for s in snippets]
    matrix = confusion(gold, preds)
    return {
        "benchmark": "case2021", "part": part, "snippets": len(snippets),
        "gold_in_scored_labels": sum(1 for g in gold if g in CASE_ACLED),
        "labelled": sum(1 for p in preds if p), **score(gold, preds),
        "confusions": [{"gold": g, "predicted": p, "count": n} for g, p, n in top_confusions(matrix)],
        "matrix": matrix, "seconds": round(seconds, 2),
        "snippets_per_s": round(len(snippets) / seconds, 2) if seconds else None,
    }


def format_markdown(result: dict[str, Any]) -> str:
    """A summary for BENCHMARKS.md: the headline figures, per-label F1 and the top confusions."""
    micro = result["micro"]
    lines = [f"CASE 2021 Task 2, part `{result['part']}`: {result['snippets']} snippets "
             f"({result['gold_in_scored_labels']} with one of the 25 ACLED labels), {result['labelled']} labelled.",
             "", f"micro P {micro['precision']:.3f} R {micro['recall']:.3f} F1 {micro['f1']:.3f}; "
             f"macro F1 {result['macro_f1']:.3f} over {result['macro_labels']} labels; {result['seconds']} s.",
             "", "| label | support | predicted | P | R | F1 |", "|---|---:|---:|---:|---:|---:|"]
    for label, v in result["per_label"].items():
        if v["support"] or v["predicted"]:
            lines.append(f"| {label} | {v['support']} | {v['predicted']} | {v['precision']:.2f} "
                         f"| {v['recall']:.2f} | {v['f1']:.2f} |")
    lines += ["", "| gold | predicted | n |", "|---|---|---:|"]
    lines += [f"| {c['gold']} | {c['predicted']} | {c['count']} |" for c in result["confusions"]]
    return "\n".join(lines)
