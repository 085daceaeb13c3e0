"""factRuEval-2016 NER on the dev set: natasha alone against the Russian pack's ``nlp`` stage (issue #16).

Gold: every object of type Person / Org / Location / LocOrg, its extent from its first to its last span
(``.objects`` + ``.spans``); LocOrg counts as LOC or ORG; Project and other types are not scored. Predicted:
natasha's Slovnet PER/LOC/ORG, or the pack's entities (PERSON -> PER, PLACE -> LOC, ORG / OUTLET / UNIT -> ORG;
dates, counts and nationality words are not named entities here). Matching is one to one on overlapping
extents of a compatible type, largest overlap first; micro precision, recall and F1 over PER/LOC/ORG, and per
type. Speed: words per second (whitespace tokens) of CPU time (``time.process_time``, so that other processes on
a shared machine do not count) over the same texts: natasha alone (segmenter + NER, the model the pack runs;
and natasha's full Doc with morphology and syntax), the pack's ``nlp`` stage and the whole Russian pipeline
(``warlog.extract``), each after a warm-up on five texts.

    python benchmarks/factrueval.py [--data ../shared/datasets/factrueval/devset] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_GOLD_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOCORG"}
_PACK_TYPES = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG", "OUTLET": "ORG", "UNIT": "ORG"}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str


def load(folder: Path) -> list[tuple[str, str, list[Mention]]]:
    docs = []
    for txt in sorted(folder.glob("*.txt")):
        stem = txt.with_suffix("")
        text = txt.read_text(encoding="utf-8")
        spans: dict[str, tuple[int, int]] = {}
        for line in stem.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 4:
                spans[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
        gold = []
        for line in stem.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            head = line.split("#")[0].split()
            if len(head) < 3 or head[1] not in _GOLD_TYPES:
                continue
            extents = [spans[s] for s in head[2:] if s in spans]
            if extents:
                gold.append(Mention(min(a for a, _ in extents), max(b for _, b in extents), _GOLD_TYPES[head[1]]))
        docs.append((txt.stem, text, gold))
    return docs


def _compatible(gold: str, predicted: str) -> bool:
    return gold == predicted or (gold == "LOCORG" and predicted in ("LOC", "ORG"))


def score(docs: list[tuple[str, str, list[Mention]]], predictions: list[list[Mention]]) -> dict[str, Any]:
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for (_, _, gold), predicted in zip(docs, predictions, strict=True):
        pairs = sorted(((min(g.end, p.end) - max(g.start, p.start), gi, pi)
                        for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
                        if g.start < p.end and p.start < g.end and _compatible(g.type, p.type)), reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            tp[predicted[pi].type] += 1
        for g in gold:
            n_gold[g.type] += 1
        for p in predicted:
            n_pred[p.type] += 1
    result: dict[str, Any] = {}
    total_tp = sum(tp.values())
    total_gold = sum(n_gold.values())
    total_pred = sum(n_pred.values())
    for t in ("PER", "LOC", "ORG"):
        p = tp[t] / n_pred[t] if n_pred[t] else 0.0
        result[t] = {"precision": round(p, 3), "predicted": n_pred[t], "matched": tp[t]}
    precision = total_tp / total_pred if total_pred else 0.0
    recall = total_tp / total_gold if total_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result["micro"] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                       "gold": total_gold, "predicted": total_pred, "matched": total_tp}
    result["gold_by_type"] = dict(n_gold)
    return result


def natasha_mentions(texts: list[str]) -> list[list[Mention]]:
    from warlog.lang.ru.models import natasha

    tagger = natasha().ner
    return [[Mention(s.start, s.stop, s.type) for s in tagger(text).spans] for text in texts]


def pack_mentions(texts: list[str]) -> list[list[Mention]]:
    from warlog.lang.ru.nlp import RuNlpStage
    from warlog.settings import Settings

    stage = RuNlpStage(Settings(), {})
    out = []
    for text in texts:
        out.append([Mention(e.start, e.end, _PACK_TYPES[e.label]) for e in stage.entities(text, None)
                    if e.label in _PACK_TYPES])
    return out


def pipeline_words_per_second(texts: list[str]) -> dict[str, float]:
    """Words/s of natasha alone (segment + NER; and with morphology + syntax, the full natasha Doc) and of
    the pack's nlp stage and whole Russian pipeline, after one warm-up pass each."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    import warlog
    from warlog.lang.ru.nlp import RuNlpStage
    from warlog.settings import Settings

    words = sum(len(t.split()) for t in texts)
    emb = NewsEmbedding()
    segmenter, ner = Segmenter(), NewsNERTagger(emb)
    morph, syntax = NewsMorphTagger(emb), NewsSyntaxParser(emb)

    def natasha_ner(text: str) -> None:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner)

    def natasha_full(text: str) -> None:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)

    stage = RuNlpStage(Settings(), {})

    def pack_nlp(text: str) -> None:
        stage.entities(text, None)

    def pack_pipeline(text: str) -> None:
        warlog.extract(text, published="2024-01-01")

    rates = {}
    for name, run in (("natasha_ner", natasha_ner), ("natasha_full", natasha_full), ("pack_nlp", pack_nlp),
                      ("pack_pipeline", pack_pipeline)):
        for text in texts[:5]:
            run(text)
        start = time.process_time()
        for text in texts:
            run(text)
        rates[name] = round(words / (time.process_time() - start), 1)
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" /
                        "datasets" / "factrueval" / "devset")
    parser.add_argument("--speed", action="store_true", help="also measure words per second")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no factRuEval dev set at {args.data}", file=sys.stderr)
        return 2
    docs = load(args.data)
    texts = [text for _, text, _ in docs]
    results: dict[str, Any] = {"documents": len(docs), "words": sum(len(t.split()) for t in texts),
                               "natasha": score(docs, natasha_mentions(texts)),
                               "pack": score(docs, pack_mentions(texts))}
    if args.speed:
        results["words_per_second"] = pipeline_words_per_second(texts)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    print(f"factRuEval dev: {results['documents']} documents, {results['words']} words")
    for system in ("natasha", "pack"):
        r = results[system]
        m = r["micro"]
        print(f"  {system:8s} micro F1 {m['f1']} (P {m['precision']}, R {m['recall']}; {m['matched']}/{m['gold']} "
              f"gold, {m['predicted']} predicted); precision PER {r['PER']['precision']} LOC {r['LOC']['precision']} "
              f"ORG {r['ORG']['precision']}")
    if args.speed:
        print(f"  words/s: {results['words_per_second']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
