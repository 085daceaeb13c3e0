"""NER-UK dev (PERS/LOC/ORG) for the Ukrainian pack's rule-based recogniser.

Scores mentions one to one by overlap with the same type (and, second figure, by exact span), micro-averaged,
on ../shared/datasets/ner_uk (brat .txt/.ann, CC BY-NC-SA: evaluation only, nothing derived from it ships).
Our labels map PERSON -> PERS, PLACE -> LOC, ORG/OUTLET/UNIT -> ORG.

    PYTHONPATH=src python -m benchmarks.ner_uk [--limit N] [--show-errors] [--no-morph] [--model PATH] [--only ...]
    PYTHONPATH=src python -m benchmarks.ner_uk --cv 5 --extra NER_UK_TEST_DIR

With a model trained by ``warlog train ner --lang uk DATA`` (``--model``, or the ``uk_ner_model`` setting, or
WARLOG_HOME/models/ner-uk) it also scores that model alone and the pack using it, beside the default.

NER-UK's own training portion is the dev split scored here, so a model trained as a user would (on all of NER-UK)
is measured by k-fold cross-validation (``--cv K --extra DIR``): for each fold, a model is trained on the documents
under DIR (NER-UK's test split) plus the other K-1 folds of dev (document i is in fold i mod K) and tags the held
fold; the figures are pooled (micro) over every dev document. Needs python-crfsuite (``warlog[train]``).
A model trained on dev (all of NER-UK) scores its own training data in the plain mode: only ``--cv`` measures it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from warlog import resources as res
from warlog.lang.uk import crf, trained
from warlog.lang.uk.features import Document, Featuriser
from warlog.lang.uk.join import FILLS, PACK, join
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
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="K-fold cross-validation of a model trained on --extra plus K-1 folds of dev")
    ap.add_argument("--extra", type=Path, default=None, help="with --cv: training documents besides dev (brat)")
    ap.add_argument("--join", choices=FILLS, default="lexicon", help="which rule mentions fill the model's gaps")
    ap.add_argument("--iterations", type=int, default=crf.DEFAULTS["max_iterations"])
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

    if args.cv:
        return cross_validate(files, args, recogniser)

    systems: list[tuple[str, Callable[[str], list[tuple[int, int, str]]]]] = [
        (f"rule-based default (pymorphy3 {'on' if _morph() else 'off'})", rules)]
    path = args.model or trained.model_path(settings)
    if path is not None:
        joined = trained.WithModel(recogniser, crf.Tagger(path))

        def model(text: str) -> list[tuple[int, int, str]]:
            return [(a, b, PACK[t]) for a, b, t in joined.both(text, sentences(text))[1]]

        def pack(text: str) -> list[tuple[int, int, str]]:
            found, spans = joined.both(text, sentences(text))
            return [(m.start, m.end, m.label) for m in join(text, found, spans, recogniser, args.join)]

        systems += [(f"locally trained model ({path})", model), ("pack with the trained model", pack)]
    else:
        print("no locally trained model (train one: warlog train ner --lang uk DATA)")
    keys = {"rules": 0, "model": 1, "pack": 2}
    if args.only:
        systems = [systems[keys[args.only]]]
    print(f"NER-UK dev, {len(files)} documents ({args.dev})")
    _print(files, systems, args.show_errors)
    return 0


def _print(files: list[Path], systems: list[tuple[str, Callable[[str], list[tuple[int, int, str]]]]],
           show_errors: bool) -> None:
    for name, find in systems:
        overlap, exact = score(files, find, show_errors)
        print(name)
        for kind, c in (("overlap", overlap), ("exact", exact)):
            p, r, f = f1(c, TYPES)
            per = "  ".join(f"{t} {f1(c, (t,))[2]:.3f}" for t in TYPES)
            print(f"  {kind:8s} micro P {p:.3f} R {r:.3f} F1 {f:.3f}   {per}")


def cross_validate(files: list[Path], args: argparse.Namespace, recogniser: Recogniser) -> int:
    """Default, model alone and pack, each model scored only on the dev fold it was not trained on."""
    if args.extra is None or not args.extra.exists():
        print("--cv needs --extra DIR: NER-UK's test split (or other brat documents) to train on besides dev",
              file=sys.stderr)
        return 1
    featuriser = Featuriser(recogniser)
    started = time.process_time()

    def featurise(txt: Path) -> tuple[Document, list[tuple[int, int, str]]]:
        text = txt.read_text(encoding="utf-8")
        return featuriser.document(text, sentences(text)), gold(txt.with_suffix(".ann"))

    dev = [featurise(txt) for txt in files]
    texts = {doc.text for doc, _ in dev}
    extra = [featurise(txt) for txt in sorted(args.extra.glob("**/*.txt")) if txt.with_suffix(".ann").exists()]
    if any(doc.text in texts for doc, _ in extra):
        print("--extra holds dev documents: a held fold would be trained on", file=sys.stderr)
        return 1
    print(f"features of {len(dev)} dev and {len(extra)} extra documents: {time.process_time() - started:.0f} s CPU")
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for fold in range(args.cv):
        train = extra + [d for i, d in enumerate(dev) if i % args.cv != fold]
        with tempfile.TemporaryDirectory() as tmp:
            started = time.process_time()
            crf.train(train, Path(tmp), max_iterations=args.iterations, log=lambda line: None)
            cpu = time.process_time() - started
            tagger = crf.Tagger(Path(tmp))
            held = [doc for i, (doc, _) in enumerate(dev) if i % args.cv == fold]
            for doc in held:
                spans[doc.text] = tagger.spans(doc)
        print(f"fold {fold + 1}/{args.cv}: trained on {len(train)} documents in {cpu:.0f} s CPU, "
              f"tagged {len(held)}")
    docs = {doc.text: doc for doc, _ in dev}

    def rules(text: str) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.label) for m in docs[text].rules]

    def model(text: str) -> list[tuple[int, int, str]]:
        return [(a, b, PACK[t]) for a, b, t in spans[text]]

    def pack(text: str) -> list[tuple[int, int, str]]:
        return [(m.start, m.end, m.label) for m in join(text, docs[text].rules, spans[text], recogniser, args.join)]

    systems = [("rule-based default", rules), (f"{args.cv}-fold model alone", model),
               (f"{args.cv}-fold pack (join: {args.join})", pack)]
    keys = {"rules": 0, "model": 1, "pack": 2}
    print(f"NER-UK dev, {len(files)} documents ({args.dev}), {args.cv}-fold cross-validation, "
          f"training on {args.extra} plus the other folds")
    _print(files, [systems[keys[args.only]]] if args.only else systems, args.show_errors)
    return 0


def _morph() -> bool:
    from warlog.lang.uk import morph
    return morph.available()


if __name__ == "__main__":
    sys.exit(main())
