"""NER-UK dev (PERS/LOC/ORG) for the Ukrainian pack's rule-based recogniser.

Scores mentions one to one by overlap with the same type (and, second figure, by exact span), micro-averaged,
on ../shared/datasets/ner_uk (brat .txt/.ann, CC BY-NC-SA: evaluation only, nothing derived from it ships).
Our labels map PERSON -> PERS, PLACE -> LOC, ORG/OUTLET/UNIT -> ORG.

    PYTHONPATH=src python -m benchmarks.ner_uk [--limit N] [--show-errors] [--no-morph] [--model PATH] [--only ...]

With a model trained by ``warlog train ner --lang uk DATA`` (``--model``, or the ``uk_ner_model`` setting, or
WARLOG_HOME/models/ner-uk) it also scores that model alone and the pack using it, beside the default.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from warlog import resources as res
from warlog.lang.uk import trained
from warlog.lang.uk.ner import Recogniser
from warlog.lang.uk.tokens import sentences
from warlog.settings import Settings

ROOT = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets" / "ner_uk"
MAP = {"PERSON": "PERS", "PLACE": "LOC", "ORG": "ORG", "OUTLET": "ORG", "UNIT": "ORG"}
TYPES = ("PERS", "LOC", "ORG")


def gold(ann: Path) -> list[tuple[int, int, str]]:
    out = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or not parts[0].startswith("T") or parts[1] not in TYPES:
            continue
        try:
            out.append((int(parts[2]), int(parts[3]), parts[1]))
        except ValueError:
            continue
    return out


def match(pred: list[tuple[int, int, str]], want: list[tuple[int, int, str]], exact: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    used: set[int] = set()
    for p in pred:
        hit = None
        for k, g in enumerate(want):
            if k in used or g[2] != p[2]:
                continue
            if (g[0], g[1]) == (p[0], p[1]) if exact else (p[0] < g[1] and g[0] < p[1]):
                hit = k
                break
        if hit is None:
            counts[f"fp_{p[2]}"] += 1
        else:
            used.add(hit)
            counts[f"tp_{p[2]}"] += 1
    for k, g in enumerate(want):
        if k not in used:
            counts[f"fn_{g[2]}"] += 1
    return counts


def f1(c: Counter[str], types: tuple[str, ...]) -> tuple[float, float, float]:
    tp = sum(c[f"tp_{t}"] for t in types)
    fp = sum(c[f"fp_{t}"] for t in types)
    fn = sum(c[f"fn_{t}"] for t in types)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(files: list[Path], find: Callable[[str], list[tuple[int, int, str]]], show_errors: bool
          ) -> tuple[Counter[str], Counter[str]]:
    overlap: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    for txt in files:
        text = txt.read_text(encoding="utf-8")
        want = gold(txt.with_suffix(".ann"))
        pred = [(a, b, MAP[label]) for a, b, label in find(text) if label in MAP]
        overlap += match(pred, want, exact=False)
        exact += match(pred, want, exact=True)
        if show_errors:
            got = {(a, b, t) for a, b, t in pred}
            for a, b, t in want:
                if (a, b, t) not in got:
                    print(f"{txt.name} MISS {t} {text[a:b]!r}")
            for a, b, t in sorted(got - set(want)):
                print(f"{txt.name} EXTRA {t} {text[a:b]!r}")
    return overlap, exact


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--no-morph", action="store_true", help="as if pymorphy3-dicts-uk were not installed")
    ap.add_argument("--dev", type=Path, default=ROOT, help="NER-UK-format folder to score on")
    ap.add_argument("--model", type=Path, default=None,
                    help="locally trained model (warlog train ner --lang uk); default: the uk_ner_model setting "
                         "or WARLOG_HOME/models/ner-uk when present")
    ap.add_argument("--only", choices=["rules", "model", "pack"], default=None, help="score one system only")
    args = ap.parse_args()
    if args.no_morph:
        from warlog.lang.uk import morph

        morph.analyzer = lambda: None  # type: ignore[assignment]
    if not args.dev.exists():
        print(f"NER-UK not found at {args.dev}", file=sys.stderr)
        return 1
    settings = Settings.from_env()
    gazetteer = res.gazetteer(settings, {})
    recogniser = Recogniser(lambda name: bool(gazetteer.is_known(name)))
    files = sorted(args.dev.glob("**/*.txt"))
    if args.limit:
        files = files[:args.limit]

    def rules(text: str) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.label) for m in recogniser.find(text, sentences(text))]

    systems: list[tuple[str, Callable[[str], list[tuple[int, int, str]]]]] = [
        (f"rule-based default (pymorphy3 {'on' if _morph() else 'off'})", rules)]
    path = args.model or trained.model_path(settings)
    if path is not None:
        model = trained.TrainedRecogniser(path)

        joined = trained.WithModel(recogniser, model)

        def pack(text: str) -> list[tuple[int, int, str]]:
            return [(m.start, m.end, m.label) for m in joined.find(text, sentences(text))]

        systems += [(f"locally trained model ({path})", model.find), ("pack with the trained model", pack)]
    else:
        print("no locally trained model (train one: warlog train ner --lang uk DATA)")
    keys = {"rules": 0, "model": 1, "pack": 2}
    if args.only:
        systems = [systems[keys[args.only]]]
    print(f"NER-UK dev, {len(files)} documents ({args.dev})")
    for name, find in systems:
        overlap, exact = score(files, find, args.show_errors)
        print(name)
        for kind, c in (("overlap", overlap), ("exact", exact)):
            p, r, f = f1(c, TYPES)
            per = "  ".join(f"{t} {f1(c, (t,))[2]:.3f}" for t in TYPES)
            print(f"  {kind:8s} micro P {p:.3f} R {r:.3f} F1 {f:.3f}   {per}")
    return 0


def _morph() -> bool:
    from warlog.lang.uk import morph
    return morph.available()


if __name__ == "__main__":
    sys.exit(main())
