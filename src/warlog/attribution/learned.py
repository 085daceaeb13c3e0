"""The learned attribution model (``crf_model.py``) beside the rules, in the attribution stage.

When the user has trained a model (``warlog train attribution``; the ``attribution_model`` setting or
``WARLOG_HOME/models/attribution-en``), the English stage runs it after its rules: the model's cue tagger sees
the rules' cues among its features, and what the two find is combined as ``DEFAULT_COMBINE`` says: a cue the
rules missed becomes a new attribution with the model's source and content (unless it would wrap an attribution
the rules made: their chain already holds the relay); a cue both found keeps the rules' attribution, whose speaker
resolution, relays and chains the model knows nothing of, with its content stretched over the model's where they
overlap and the model's further parts added. The model's spans replacing the rules' scored a little higher on
held-out PolNeAR train texts but lost quotes on war copy (the English report benchmark: quotes 0.973 -> 0.867),
so the rules' spans are never shortened. Without a model nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..models import Cue
from ..settings import Settings
from .crf_features import RuleSpans, Table, lexicon_classes, rule_spans, table_of
from .crf_model import Found, Model, is_model
from .drafts import Draft
from .lexicon import AttributionLexicon
from .quotes import QuoteMarks

MODEL_DIR = ("models", "attribution-en")
_OPENING = "\"“„«‘'`"
_CLOSING = "\"”“»’'"
_JOINING_PUNCT = frozenset({",", ";", ":", "—", "–", "-"})


@dataclass(frozen=True)
class Combine:
    """How the model's attributions join the rules' (each choice measured on held-out PolNeAR train texts and on
    the English report benchmark; BENCHMARKS.md, "Attribution on PolNeAR")."""

    add_new: bool = True  # a model cue no rule cue overlaps is a new attribution
    content_from: tuple[str, ...] = ()  # a cue both found takes the model's content when the rules' is of these kinds
    grow: tuple[str, ...] = ()  # ... or keeps the rules' content and adds the model's parts outside it
    widen: tuple[str, ...] = ()  # ... and stretches the rules' content over a model part that overlaps it
    source_from_model: bool = False  # ... and the model's source, when it gives one
    drop_unconfirmed: bool = False  # a rule cue whose spans the model tags empty is dropped
    keep_unseen: bool = True  # a rule cue that no model cue overlaps stays
    nested: bool = False  # a new attribution may hold a rules' attribution in its content ("X reported Y said ...")


DEFAULT_COMBINE = Combine(grow=("direct", "mixed", "indirect"), widen=("direct", "mixed", "indirect"))


@dataclass(frozen=True)
class Joined:
    """The outcome: which rule attributions stay (by index), with what model spans, and the new ones."""

    keep: list[int]
    replace: dict[int, Found]
    new: list[Found]
    grow: dict[int, list[tuple[int, ...]]] = field(default_factory=dict)  # content parts added to a rule's
    widen: dict[int, tuple[int, int]] = field(default_factory=dict)  # first and last token of a rule's content


def combine(rules: Sequence[RuleSpans], model_cues: Sequence[Sequence[int]], spans: Callable[[Sequence[int]], Found],
            how: Combine = DEFAULT_COMBINE, joiners: Collection[int] = ()) -> Joined:
    """Join the rules' attributions with the model's; ``spans(cue)`` is the model's source and content of a cue.

    ``joiners`` are the tokens a widened content does not start with (conjunctions, punctuation)."""
    keep: list[int] = []
    replace: dict[int, Found] = {}
    grow: dict[int, list[tuple[int, ...]]] = {}
    widen: dict[int, tuple[int, int]] = {}
    wants_spans = bool(how.content_from or how.grow or how.widen) or how.source_from_model or how.drop_unconfirmed
    model_tokens = {i for cue in model_cues for i in cue}
    cues = {i for r in rules for i in r.cue}
    sources = {i for r in rules for i in r.source}
    contents = {i for r in rules for i in r.content}
    for k, r in enumerate(rules):
        if r.cue and not how.keep_unseen and model_tokens.isdisjoint(r.cue):
            continue
        if not r.cue or not wants_spans:
            keep.append(k)
            continue
        found = spans(sorted(r.cue))
        if not found.content and how.drop_unconfirmed:
            continue
        keep.append(k)
        # the model's content replaces the rules' only where both mean the same words: a cue the rules gave two
        # contents ('"...," he said. He said he had ...') keeps the one the model tags elsewhere
        same = any(not r.content.isdisjoint(run) for run in found.content)
        if same and (r.kind in how.content_from or how.source_from_model and found.source):
            replace[k] = found
            continue
        if r.kind in how.grow:  # parts no rule attributed ("Four were killed, they said, and nine ...": no part)
            parts = [run for run in found.content if contents.isdisjoint(run)]
            if parts:
                grow[k] = parts
        if r.kind in how.widen and r.content:
            bounds = _widened(r, found, cues | model_tokens | sources | (contents - r.content), joiners)
            if bounds != (min(r.content), max(r.content)):
                widen[k] = bounds
    new: list[Found] = []
    if how.add_new:
        for cue in model_cues:
            if cues.isdisjoint(cue):
                found = spans(cue)
                # an outer attribution around one the rules made: the rules' chain already says who relayed it
                if found.content and (how.nested or all((cues | sources).isdisjoint(run) for run in found.content)):
                    new.append(found)
    return Joined(keep, replace, new, grow, widen)


def _widened(rule: RuleSpans, found: Found, blocked: set[int], joiners: Collection[int]) -> tuple[int, int]:
    """The rule's content stretched over the model's overlapping part, never over a cue, a source or another
    content, and not to a leading conjunction or comma ("..., officials said, and nine were wounded")."""
    over = {i for run in found.content if not rule.content.isdisjoint(run) for i in run}
    first, last = min(rule.content), max(rule.content)
    while first - 1 in over and first - 1 not in blocked:
        first -= 1
    while last + 1 in over and last + 1 not in blocked:
        last += 1
    while first < min(rule.content) and first in joiners:
        first += 1
    return first, last


def continued(table: Table, content: Sequence[Sequence[int]], taken: set[int], limit: int = 3) -> list[list[int]]:
    """Quotations that go on after a quoted content, as PolNeAR counts them part of it: each following sentence
    that opens with a quotation mark, holds no cue and no other attribution's words (``taken``); at most
    ``limit`` in a row ('"We stay," she said. "Nobody leaves."')."""
    toks = table.toks
    last = max(i for run in content for i in run)
    if not any(toks[i].quote >= 0 for run in content for i in run):
        return []
    out: list[list[int]] = []
    sent = toks[last].sent
    while len(out) < limit and sent + 1 < len(table.sents):
        start, end = table.sents[sent + 1]
        while start < end - 1 and not toks[start].lower.strip():
            start += 1
        region = toks[start].quote
        if region < 0 or region == toks[last].quote or table.text[toks[start].start] not in _OPENING:
            break
        tokens = []
        i = start
        while i < len(toks) and toks[i].quote == region:
            tokens.append(i)
            i += 1
        # the words after the closing mark, to its sentence's end, must be punctuation: "he added" is a new cue
        span_end = table.sents[toks[tokens[-1]].sent][1]
        rest = [i for i in range(tokens[-1] + 1, span_end) if toks[i].lower.strip(_CLOSING + ".,;:!?\xa0 \n")]
        if rest or taken.intersection(range(start, span_end)):
            break
        out.append(tokens)
        last = tokens[-1]
        sent = toks[last].sent
    return out


def extend(table: Table, found: Found, taken: set[int]) -> Found:
    """``found`` with the quotations that continue its content (``continued``) as further content runs."""
    if not found.content:
        return found
    more = continued(table, found.content, taken)
    return Found(found.cue, found.source, found.content + tuple(tuple(run) for run in more)) if more else found


def spans_with_continuations(model: Model, table: Table, model_cues: Sequence[Sequence[int]]
                             ) -> Callable[[Sequence[int]], Found]:
    """The model's spans of a cue, each content with its continuing quotations; what the rules attributed and
    every cue are taken."""
    taken = {i for r in table.rules for i in r.content | r.cue} | {i for cue in model_cues for i in cue}
    return lambda cue: extend(table, model.spans(table, cue), taken)


def joiners(table: Table) -> set[int]:
    """Tokens a widened content does not start with: conjunctions, commas and dashes (a quotation mark it may)."""
    return {i for i, t in enumerate(table.toks) if t.pos in ("CCONJ", "SPACE") or t.lower in _JOINING_PUNCT}


def quote_span(text: str, start: int, end: int) -> tuple[int, int, str]:
    """A content run in warlog's convention: a direct quote without its marks, an indirect one without "that"."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and text[start] in _OPENING:
        close = end
        if text[close - 1] in _CLOSING and close - 1 > start:
            close -= 1
        return start + 1, close, "direct"
    if text.startswith("that ", start):
        return start + 5, end, "indirect"
    return start, end, "indirect"


def model_path(settings: Settings) -> Path | None:
    """The model to use: the ``attribution_model`` setting, else ``HOME/models/attribution-en`` when there."""
    if settings.attribution_model is not None:
        if not is_model(settings.attribution_model):
            raise ConfigError(f"setting attribution_model: no attribution model at {settings.attribution_model} "
                              "(train one with 'warlog train attribution --polnear DIR')")
        return settings.attribution_model
    default = settings.home.joinpath(*MODEL_DIR)
    return default if is_model(default) else None


class Learned:
    """The stage's hook: ``merge`` returns the drafts with the model's attributions joined to the rules'."""

    def __init__(self, model: Model, lex: AttributionLexicon, how: Combine = DEFAULT_COMBINE) -> None:
        self.model = model
        self.classes = lexicon_classes(lex)
        self.how = how

    def table(self, doc: Any, drafts: Sequence[Draft], marks: Sequence[QuoteMarks]) -> Table:
        table = table_of(doc, None, self.classes, [(q.outer_start, q.outer_end) for q in marks])
        table.rules = rule_spans(table, drafts)
        return table

    def merge(self, doc: Any, drafts: list[Draft], marks: Sequence[QuoteMarks], speaker_for: Any,
              contexts_for: Any, context_of: Any) -> list[Draft]:
        table = self.table(doc, drafts, marks)
        cues = self.model.cues(table)
        joined = combine(table.rules, cues, spans_with_continuations(self.model, table, cues), self.how,
                         joiners(table))
        text = table.text
        out: list[Draft] = []
        for k in joined.keep:
            found = joined.replace.get(k)
            if found is None:
                out.append(drafts[k])
                if k in joined.widen:
                    first, last = joined.widen[k]
                    start, end, _ = quote_span(text, table.toks[first].start, table.toks[last].end)
                    drafts[k].start, drafts[k].end = min(start, drafts[k].start), max(end, drafts[k].end)
                for run in joined.grow.get(k, []):  # the rules' quote goes on: one more part with its cue
                    start, end, kind = quote_span(text, table.toks[run[0]].start, table.toks[run[-1]].end)
                    out.append(Draft(start, end, kind, drafts[k].cue, drafts[k].speaker, drafts[k].contexts,
                                     drafts[k].denied, relay=drafts[k].relay, medium=drafts[k].medium))
                continue
            made = self._drafts(doc, table, found, speaker_for, contexts_for, context_of)
            for d in made:
                d.speaker = d.speaker if self.how.source_from_model and found.source else drafts[k].speaker
                d.contexts, d.denied, d.relay, d.medium = (drafts[k].contexts, drafts[k].denied, drafts[k].relay,
                                                           drafts[k].medium)
            if drafts[k].kind not in self.how.content_from:
                for d in made[:1]:
                    d.start, d.end, d.kind = drafts[k].start, drafts[k].end, drafts[k].kind
                made = made[:1]
            out += made
        for found in joined.new:
            out += self._drafts(doc, table, found, speaker_for, contexts_for, context_of)
        return [d for d in out if d.end - d.start >= 2 and text[d.start:d.end].strip()]

    @staticmethod
    def _drafts(doc: Any, table: Table, found: Found, speaker_for: Any, contexts_for: Any,
                context_of: Any) -> list[Draft]:
        text = table.text
        toks = table.toks
        cue = Cue(text=text[toks[found.cue[0]].start:toks[found.cue[-1]].end], start=toks[found.cue[0]].start,
                  end=toks[found.cue[-1]].end)
        speaker = None
        if found.source:
            inside = set(found.source)
            root = next((i for i in found.source if toks[i].head not in inside or toks[i].head == i), found.source[0])
            speaker = speaker_for(doc[root], (toks[found.source[0]].start, toks[found.source[-1]].end))
        contexts = contexts_for(speaker, context_of(doc[found.cue[0]].sent))
        out = []
        for run in found.content:
            start, end, kind = quote_span(text, toks[run[0]].start, toks[run[-1]].end)
            out.append(Draft(start, end, kind, cue, speaker, contexts))
        return out


def load(settings: Settings, lex: AttributionLexicon) -> Learned | None:
    """The learned model for the English stage, when the user has trained one."""
    path = model_path(settings)
    return None if path is None else Learned(Model(path), lex)
