"""The event-mention classifier next to the rules: ``python -m benchmarks mentions [--part report]``.

Sentence-level labels from two sources:

- **Report corpus dev** (``../shared/corpus/reports/dev.jsonl``): each incident's ``evidence`` is an event
  mention of its ``type`` (or a ``type_alt``); each ``negatives`` entry is a sentence that tells no event. The
  records are split by ``splits.py`` (benchmark ``mentions``, key: record id): thresholds were chosen on
  ``tune``; ``report`` is only scored.
- **CASE 2021 Task 2 dev** (``../shared/datasets/case2021_task2/dev.tsv``, English, no licence: evaluation
  only): every snippet with an ACLED label is an event mention of the warlog type its label maps to
  (``CASE_TO_WARLOG``); the "unseen" labels (natural disasters, crime, diplomacy...) are no warlog event. Split
  as ``benchmarks.case2021`` splits it. A model trained by ``warlog train events`` on the ``tune`` half is
  shown beside the shipped one; it is written to a temporary file and never kept.

Systems: the classifier alone (event when P(event) >= 0.5, its type), the rules alone (the whole pipeline with
the classifier off, on the sentence as a document: an event when it yields an incident, the first incident's
type) and combined (the pipeline with the classifier reviewing the rules' hits, as it ships). Scores: event
detection P/R/F1, and typed F1 (a detected event counts only with the right type). The report benchmark and
``benchmarks case2021`` give the document-level figures with the combination on and off
(``WARLOG_MENTION_CLASSIFIER=0``).
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from warlog.mentions.examples import NONE
from warlog.mentions.model import MentionModel, load_model
from warlog.settings import Settings

from .case2021 import read_dev
from .splits import select

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT.parent / "shared" / "corpus" / "reports" / "dev.jsonl"
CASE = ROOT.parent / "shared" / "datasets" / "case2021_task2" / "dev.tsv"
THRESHOLD = 0.5

CASE_TO_WARLOG: dict[str, str | None] = {
    "ARMED_CLASH": "armed_clash", "AIR_STRIKE": "strike", "ART_MISS_ATTACK": "strike", "GRENADE": "strike",
    "SUIC_BOMB": "strike", "REM_EXPLOS": "strike", "CHEM_WEAP": "strike", "ATTACK": "attack_on_civilians",
    "SEX_VIOL": "attack_on_civilians", "ABDUCT_DISSAP": "attack_on_civilians", "PEACE_PROTEST": "protest",
    "PROTEST_WITH_INTER": "protest", "FORCE_AGAINST_PROTEST": "protest", "VIOL_DEMONSTR": "protest",
    "MOB_VIOL": "protest", "ARREST": "arrest_or_detention", "GOV_REGAINS_TERIT": "territory_change",
    "NON_STATE_ACTOR_OVERTAKES_TER": "territory_change", "NON_VIOL_TERRIT_TRANSFER": "territory_change",
    "AGREEMENT": "other", "CHANGE_TO_GROUP_ACT": "other", "DISR_WEAP": "other", "HQ_ESTABLISHED": "other",
    "PROPERTY_DISTRUCT": "other", "OTHER": "other",
    # CASE's unseen types: events, but none warlog records
    "NATURAL_DISASTER": None, "MAN_MADE_DISASTER": None, "ORG_CRIME": None, "DIPLO": None, "ATTRIB": None,
}


@dataclass(frozen=True)
class Item:
    lang: str
    sentence: str
    label: int
    types: tuple[str, ...] = ()  # the acceptable warlog types of an event sentence


@dataclass(frozen=True)
class Guess:
    event: bool
    type: str | None


System = Callable[[Sequence[Item]], list[Guess]]


def report_items(path: Path = REPORTS, part: str = "report") -> list[Item]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items: list[Item] = []
    for record in select(records, "mentions", part, key=lambda r: r["id"]):
        for incident in record.get("incidents", []):
            items.append(Item(record["lang"], incident["evidence"], 1,
                              (incident["type"], *(incident.get("type_alt") or []))))
        items += [Item(record["lang"], sentence, 0) for sentence in record.get("negatives", [])]
    return items


def case_items(path: Path = CASE, part: str = "report") -> list[Item]:
    snippets = select(read_dev(path), "case2021", part, key=lambda s: s.id)
    items = []
    for s in snippets:
        kind = CASE_TO_WARLOG.get(s.gold)
        items.append(Item("en", s.text, 1 if kind else 0, (kind,) if kind else ()))
    return items


def classifier(model: MentionModel, threshold: float = THRESHOLD) -> System:
    def guess(items: Sequence[Item]) -> list[Guess]:
        predictions = model.predict([i.sentence for i in items])
        return [Guess(p.event >= threshold, p.type if p.event >= threshold else None) for p in predictions]

    return guess


def pipeline(settings: Settings) -> System:
    from warlog.api import extract

    def guess(items: Sequence[Item]) -> list[Guess]:
        out = []
        for item in items:
            report = extract(item.sentence, settings=settings, source="mentions", language=item.lang)
            first = min(report.incidents, key=lambda i: i.evidence[0].start if i.evidence else 0, default=None)
            out.append(Guess(first is not None, first.type if first else None))
        return out

    return guess


def score(items: Sequence[Item], guesses: Sequence[Guess]) -> dict[str, Any]:
    tp = sum(1 for i, g in zip(items, guesses, strict=True) if i.label and g.event)
    fp = sum(1 for i, g in zip(items, guesses, strict=True) if not i.label and g.event)
    fn = sum(1 for i, g in zip(items, guesses, strict=True) if i.label and not g.event)
    typed = sum(1 for i, g in zip(items, guesses, strict=True) if i.label and g.event and g.type in i.types)

    def f1(t: int, p: int, g: int) -> tuple[float, float, float]:
        precision, recall = (t / p if p else 0.0), (t / g if g else 0.0)
        return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)

    p, r, f = f1(tp, tp + fp, tp + fn)
    _, tr, tf = f1(typed, tp + fp, tp + fn)
    return {"events": tp + fn, "non_events": len(items) - tp - fn, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(f, 3), "typed_recall": round(tr, 3), "typed_f1": round(tf, 3),
            "false_events": fp}


def measure(items: Sequence[Item], systems: dict[str, System]) -> dict[str, dict[str, Any]]:
    """Per system: scores per language and overall, and the seconds it took."""
    results: dict[str, dict[str, Any]] = {}
    for name, system in systems.items():
        start = time.perf_counter()
        guesses = system(items)
        seconds = time.perf_counter() - start
        by_lang: dict[str, Any] = {}
        for lang in sorted({i.lang for i in items}):
            pairs = [(i, g) for i, g in zip(items, guesses, strict=True) if i.lang == lang]
            by_lang[lang] = score([i for i, _ in pairs], [g for _, g in pairs])
        if len(by_lang) > 1:
            by_lang["all"] = score(items, guesses)
        results[name] = {"scores": by_lang, "seconds": round(seconds, 1)}
    return results


def case_trained(case: Path, out: Path) -> MentionModel:
    """``warlog train events`` on CASE's tune half (as JSONL), shipped sentences included; never kept."""
    from warlog.mentions.model import read_model
    from warlog.mentions.train import train

    data = out.with_suffix(".jsonl")
    rows = [{"sentence": i.sentence, "label": i.label, "type": i.types[0] if i.types else None}
            for i in case_items(case, "tune")]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    train([data], out)
    return read_model(out)


def run(part: str = "report", *, reports: Path = REPORTS, case: Path | None = CASE,
        settings: Settings | None = None, with_case_model: bool = True) -> dict[str, Any]:
    settings = settings or Settings.from_env()
    model = load_model(settings.mention_weights)
    rules = replace(settings, mention_classifier=False)
    combined = replace(settings, mention_classifier=True)
    systems: dict[str, System] = {"classifier": classifier(model), "rules": pipeline(rules),
                                  "combined": pipeline(combined)}
    result: dict[str, Any] = {"benchmark": "mentions", "part": part,
                              "reports": measure(report_items(reports, part), systems)}
    if case is not None and case.exists():
        case_systems = dict(systems)
        with tempfile.TemporaryDirectory() as tmp:
            if with_case_model:
                trained = case_trained(case, Path(tmp) / "case.npz")
                case_systems["classifier (CASE-trained)"] = classifier(trained)
                result["reports"].update(measure(report_items(reports, part),
                                                 {"classifier (CASE-trained)": classifier(trained)}))
            result["case2021"] = measure(case_items(case, part), case_systems)
    return result


def format_markdown(result: dict[str, Any]) -> str:
    lines = [f"Event mentions, part `{result['part']}` (P/R/F1 of event detection; typed F1 needs the right type)."]
    for bench in ("reports", "case2021"):
        if bench not in result:
            continue
        lines += ["", f"**{bench}**", "", "| system | lang | events / non-events | P | R | F1 | typed F1 | s |",
                  "|---|---|---:|---:|---:|---:|---:|---:|"]
        for name, body in result[bench].items():
            for lang, s in body["scores"].items():
                lines.append(f"| {name} | {lang} | {s['events']} / {s['non_events']} | {s['precision']:.2f} "
                             f"| {s['recall']:.2f} | {s['f1']:.2f} | {s['typed_f1']:.2f} | {body['seconds']} |")
    return "\n".join(lines)


__all__ = ["CASE_TO_WARLOG", "Item", "NONE", "format_markdown", "run"]
