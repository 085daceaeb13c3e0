"""Token features for the learned attribution model (``crf_model.py``), after Citron's cue and span taggers.

A parsed document is first flattened into a ``Table``: per token its words, tags, dependency head, sentence and
quotation-mark region, its lexicon classes, and the rules' own attributions in token indices. Everything the
two taggers see comes from the table, so a table can be kept between training runs and a trained model reads
documents exactly as it was trained on them. Features are ``name=value`` strings, the form python-crfsuite takes.

- **Cue tagger** (``cue_features``): one sequence per sentence, BIO of cue spans. It sees the word, lemma, tags,
  dependency and head, the lexicon classes (reporting, stance and speech-noun words), whether the rules took the
  token as a cue, and the same for the two tokens either side.
- **Span tagger** (``span_features``): one sequence per cue, over the cue's sentence and the sentences a
  quotation crossing it runs into; tags source and content (``B-S``, ``I-S``, ``B-C``, ``I-C``, ``O``). It sees
  each token's place relative to the cue (side, distance, sentence offset, the dependency relation that leads
  from the cue to it), the quotation marks, and the source and content the rules gave that cue.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .lexicon import AttributionLexicon

_QUOTE_CHARS = frozenset('"“”«»„‘’`\'')
_DIST_BINS = (1, 2, 3, 5, 8, 12, 20, 35)


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    lower: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent: str
    sent: int
    quote: int  # the quotation-mark region holding the token, -1 outside any
    classes: tuple[str, ...]  # lexicon classes of the lemma ("rv", "obj", "noun", ...)


@dataclass(frozen=True)
class RuleSpans:
    """One of the rules' attributions, in token indices."""

    cue: frozenset[int]
    source: frozenset[int]
    content: frozenset[int]
    kind: str = ""  # the rules' quote kind: direct, mixed or indirect


@dataclass
class Table:
    text: str
    toks: list[Tok]
    sents: list[tuple[int, int]]  # token index ranges [start, end)
    rules: list[RuleSpans]
    children: list[list[int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.children:
            self.children = [[] for _ in self.toks]
            for i, t in enumerate(self.toks):
                if t.head != i:
                    self.children[t.head].append(i)
        self._starts = [t.start for t in self.toks]
        self._ends = [t.end for t in self.toks]

    def covering(self, fragments: Iterable[tuple[int, int]]) -> set[int]:
        """The tokens that overlap any character fragment."""
        out: set[int] = set()
        for start, end in fragments:
            out.update(range(bisect.bisect_right(self._ends, start), bisect.bisect_left(self._starts, end)))
        return out

    def ancestors(self, i: int) -> list[int]:
        path = [i]
        while self.toks[path[-1]].head != path[-1] and len(path) < 64:
            path.append(self.toks[path[-1]].head)
        return path


def lexicon_classes(lex: AttributionLexicon) -> dict[str, frozenset[str]]:
    """The lexicon's word classes that the taggers see as features."""
    return {"rv": lex.reporting_verbs, "obj": lex.object_verbs, "inf": lex.infinitive_verbs,
            "noun": lex.speech_nouns, "deny": lex.denial_verbs, "prep": frozenset(lex.stance_preps)}


def table_of(doc: Any, rules: Sequence[RuleSpans] | None, classes: dict[str, frozenset[str]],
             quotes: Sequence[tuple[int, int]] = ()) -> Table:
    """The table of a parsed spaCy document; ``quotes`` are the (outer start, outer end) of its quotations."""
    sents: list[tuple[int, int]] = []
    sent_of = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        sents.append((sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_of[i] = k
    starts = [q[0] for q in quotes]
    toks = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        q = bisect.bisect_right(starts, tok.idx) - 1
        toks.append(Tok(tok.idx, tok.idx + len(tok.text), tok.lower_, lemma, tok.pos_, tok.tag_, tok.dep_,
                        tok.head.i, tok.ent_type_, sent_of[tok.i],
                        q if q >= 0 and tok.idx < quotes[q][1] else -1,
                        tuple(name for name, words in classes.items() if lemma in words)))
    return Table(doc.text, toks, sents, list(rules or ()))


def rule_spans(table: Table, quotes: Iterable[Any]) -> list[RuleSpans]:
    """The rules' quotes (``warlog.models.Quote``) in token indices."""
    out = []
    for q in quotes:
        cue = table.covering([(q.cue.start, q.cue.end)]) if q.cue is not None else set()
        source = table.covering([(q.speaker.start, q.speaker.end)]) if q.speaker is not None else set()
        out.append(RuleSpans(frozenset(cue), frozenset(source), frozenset(table.covering([(q.start, q.end)])),
                             q.kind))
    return out


def _bin(n: int) -> str:
    for b in _DIST_BINS:
        if n <= b:
            return str(b)
    return "far"


def _shape(table: Table, i: int) -> str:
    word = table.text[table.toks[i].start:table.toks[i].end]
    if word[:1] in _QUOTE_CHARS:
        return "q"
    if word.isupper() and len(word) > 1:
        return "AA"
    return "Aa" if word[:1].isupper() else ("a" if word[:1].isalpha() else "p")


def _base(table: Table, i: int) -> list[str]:
    t = table.toks[i]
    head = table.toks[t.head]
    return [f"w={t.lower}", f"l={t.lemma}", f"p={t.pos}", f"t={t.tag}", f"d={t.dep}", f"s={_shape(table, i)}",
            f"hl={head.lemma}", f"hp={head.pos}", f"dhp={t.dep}|{head.pos}", f"e={t.ent}",
            *(f"c={c}" for c in t.classes)]


def cue_features(table: Table, start: int, end: int) -> list[list[str]]:
    """Cue-tagger features of the tokens [start, end) (one sentence)."""
    rule_cue: dict[int, str] = {}
    for r in table.rules:
        for k, i in enumerate(sorted(r.cue)):
            rule_cue.setdefault(i, "B" if k == 0 else "I")
    marks = [i for i in range(start, end) if _shape(table, i) == "q"]
    own: list[list[str]] = []
    for i in range(start, end):
        t = table.toks[i]
        kids = [(c, table.toks[c]) for c in table.children[i]]
        f = _base(table, i) + [f"rc={rule_cue.get(i, 'O')}", f"q={'in' if t.quote >= 0 else 'out'}",
                               f"first={i == start}", f"sfx={t.lower[-3:]}", f"l.d={t.lemma}|{t.dep}",
                               *(f"kid={d}" for d in sorted({k.dep for _, k in kids}) if d in _CUE_KIDS)]
        for c, kid in kids:
            if kid.dep in _CUE_KIDS:
                f.append(f"kidl={kid.dep}:{kid.lemma}")
            if kid.dep in ("nsubj", "nsubjpass"):
                f.append(f"subj={kid.ent or kid.pos}")
            elif kid.dep == "ccomp":  # "said that ...": the complement's own complementizer
                f += [f"ccmark={table.toks[m].lemma}" for m in table.children[c]
                      if table.toks[m].dep == "mark"]
        if marks:
            near = min(marks, key=lambda m: abs(m - i))
            f.append(f"mark={'b' if near < i else 'a'}{_bin(abs(near - i))}")
        head = table.toks[t.head]
        f += [f"hc={c}" for c in head.classes] + [f"hd={head.dep}", f"hhl={table.toks[head.head].lemma}"]
        own.append(f)
    out = []
    for k, i in enumerate(range(start, end)):
        f = ["bias"] + own[k]
        for off in (-2, -1, 1, 2):
            j = i + off
            if start <= j < end:
                tj = table.toks[j]
                f += [f"{off}:w={tj.lower}", f"{off}:p={tj.pos}", f"{off}:rc={rule_cue.get(j, 'O')}"]
                if abs(off) == 1:
                    f += [f"{off}:l={tj.lemma}", f"{off}:d={tj.dep}", *(f"{off}:c={c}" for c in tj.classes),
                          f"{off}:ww={tj.lower}|{table.toks[i].lower}"]
            else:
                f.append(f"{off}:edge")
        out.append(f)
    return out


_CUE_KIDS = frozenset({"ccomp", "nsubj", "nsubjpass", "xcomp", "dobj", "prep", "agent", "mark", "parataxis"})


def cue_head(table: Table, cue: Iterable[int]) -> int:
    """The cue token the others hang from (the first whose head lies outside the cue)."""
    tokens = sorted(cue)
    inside = set(tokens)
    return next((i for i in tokens if table.toks[i].head not in inside or table.toks[i].head == i), tokens[0])


def window(table: Table, cue: Iterable[int], extra: int = 0) -> tuple[int, int]:
    """The tokens a cue's source and content are looked for in: its sentence, the sentences a quotation
    crossing it runs into, and ``extra`` sentences either side."""
    tokens = sorted(cue)
    first = last = table.toks[tokens[0]].sent
    last = max(last, table.toks[tokens[-1]].sent)
    regions = {t.quote for i in range(table.sents[first][0], table.sents[last][1])
               for t in [table.toks[i]] if t.quote >= 0}
    while first > 0 and table.toks[table.sents[first - 1][1] - 1].quote in regions:
        first -= 1
    while last + 1 < len(table.sents) and table.toks[table.sents[last + 1][0]].quote in regions:
        last += 1
    first, last = max(0, first - extra), min(len(table.sents) - 1, last + extra)
    return table.sents[first][0], table.sents[last][1]


def _relation(table: Table, i: int, head: int, up: dict[int, int]) -> str:
    """How token ``i`` hangs from the cue head: the dependency of its branch under the cue, or its route."""
    if i == head:
        return "cue"
    path = table.ancestors(i)
    if head in path:
        branch = path[path.index(head) - 1]
        return f"sub:{table.toks[branch].dep}:{_bin(path.index(head))}"
    if i in up:
        return f"anc:{up[i]}"
    for k, a in enumerate(path):
        if a in up:
            below = table.toks[path[k - 1]].dep if k else "self"
            return f"lca{min(up[a], 3)}:{below}"
    return "none"


def span_features(table: Table, cue: Iterable[int], start: int, end: int) -> list[list[str]]:
    """Span-tagger features of the tokens [start, end) for one cue (token indices)."""
    cue_set = set(cue)
    head = cue_head(table, cue_set)
    up = {a: k for k, a in enumerate(table.ancestors(head))}
    lo, hi = min(cue_set), max(cue_set)
    cue_sent = table.toks[head].sent
    cue_quotes = {table.toks[i].quote for i in range(*table.sents[cue_sent]) if table.toks[i].quote >= 0}
    head_lemma = table.toks[head].lemma
    own_rule = [r for r in table.rules if r.cue & cue_set]
    other_content = set().union(*(r.content for r in table.rules if not r.cue & cue_set)) if table.rules else set()
    other_cues = sorted({i for r in table.rules for i in r.cue if i not in cue_set and start <= i < end})
    cue_dep = table.toks[head].dep
    rows: list[list[str]] = []
    rel_of: list[str] = []
    for i in range(start, end):
        t = table.toks[i]
        side = "cue" if i in cue_set else ("b" if i < lo else "a")
        rel = _relation(table, i, head, up)
        rel_of.append(rel)
        dist = 0 if side == "cue" else (lo - i if side == "b" else i - hi)
        f = ["bias", f"w={t.lower}", f"p={t.pos}", f"t={t.tag}", f"d={t.dep}", f"e={t.ent}", f"s={_shape(table, i)}",
             f"side={side}", f"dist={side}{_bin(dist)}", f"sent={max(-2, min(2, t.sent - cue_sent))}",
             f"rel={rel}", f"rel.side={rel}|{side}", f"cl.side={head_lemma}|{side}",
             f"cl.rel={head_lemma}|{rel.split(':')[0]}:{rel.split(':')[1] if ':' in rel else ''}",
             f"q={'cue' if t.quote in cue_quotes else ('in' if t.quote >= 0 else 'out')}"]
        f += [f"c={c}" for c in t.classes]
        # another attribution's cue between the token and this one: the token is more likely that one's
        between = bisect.bisect_left(other_cues, max(i, hi)) - bisect.bisect_right(other_cues, min(i, lo))
        f += [f"cd.side={cue_dep}|{side}", f"p.side={t.pos}|{side}", f"e.rel={t.ent}|{rel[:9]}",
              f"blocked={between > 0}"]
        if own_rule:
            f += ["rule", f"rcon={any(i in r.content for r in own_rule)}",
                  f"rsrc={any(i in r.source for r in own_rule)}"]
        f.append(f"ocon={i in other_content}")
        rows.append(f)
    for k in range(len(rows)):
        for off in (-1, 1):
            j = k + off
            if 0 <= j < len(rows):
                tj = table.toks[start + j]
                rows[k] += [f"{off}:w={tj.lower}", f"{off}:p={tj.pos}", f"{off}:rel={rel_of[j]}"]
            else:
                rows[k].append(f"{off}:edge")
    return rows


def bio(tokens: Sequence[int], spans: Iterable[Iterable[int]], label: str = "") -> list[str]:
    """BIO tags of ``tokens`` (consecutive indices) for token sets ``spans``; a run of one set is one span."""
    suffix = f"-{label}" if label else ""
    tags = ["O"] * len(tokens)
    base = tokens[0] if tokens else 0
    for span in spans:
        inside = sorted(i for i in span if base <= i < base + len(tokens))
        for n, i in enumerate(inside):
            begins = n == 0 or inside[n - 1] != i - 1
            if tags[i - base] == "O" or begins:
                tags[i - base] = ("B" if begins else "I") + suffix
    return tags


def runs(tags: Sequence[str], base: int = 0, label: str = "") -> list[list[int]]:
    """The token runs a BIO sequence tags (``label`` selects one type), as token index lists from ``base``."""
    out: list[list[int]] = []
    for k, tag in enumerate(tags):
        kind = tag[2:] if len(tag) > 2 else ""
        if tag == "O" or kind != label:
            continue
        if tag[0] == "B" or not out or out[-1][-1] != base + k - 1:
            out.append([base + k])
        else:
            out[-1].append(base + k)
    return out
