"""Token features for the Ukrainian sequence tagger (``crf.py``): what each word looks like, what pymorphy3 says it
is, whether the gazetteer or the pack's lexicons know it, and what the rule recogniser made of it (stacking: the
rules' own mention is the strongest single clue), with the same for the words around it.

A document becomes sentences of tokens (the pack's words and every punctuation mark on its own); each token gets a
list of ``name=value`` strings, the form python-crfsuite takes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import morph
from .ner import Mention, Recogniser, data
from .tokens import Token, words

_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
_NAME_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")
_QUOTED = re.compile(r"«[^«»\n]{1,200}»|\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”")
# Features copied from the neighbours (offset -2..+2); the rest stay on the token itself.
_CONTEXT = ("w", "l", "sh", "pos", "rule", "lex", "cap", "gaz", "g", "case", "set")


@dataclass(frozen=True)
class Document:
    """A text cut for tagging: its sentences of tokens, their features, and the rule recogniser's mentions."""

    text: str
    sentences: list[list[Token]]
    features: list[list[list[str]]]
    rules: list[Mention]


def tokenise(text: str, spans: Sequence[tuple[int, int]]) -> list[list[Token]]:
    """Words and punctuation marks of ``text``, grouped by the sentence ``spans`` (tokens outside any span join the
    sentence before them)."""
    toks: list[Token] = []
    pos = 0
    for w in words(text):
        toks.extend(Token(text[k], k, k + 1) for k in range(pos, w.start) if not text[k].isspace())
        toks.append(w)
        pos = w.end
    toks.extend(Token(text[k], k, k + 1) for k in range(pos, len(text)) if not text[k].isspace())
    out: list[list[Token]] = []
    ends = sorted(b for _, b in spans)
    k = 0
    current: list[Token] = []
    for t in toks:
        if current and k < len(ends) and t.start >= ends[k]:
            out.append(current)
            current = []
            while k < len(ends) and t.start >= ends[k]:
                k += 1
        current.append(t)
    if current:
        out.append(current)
    return out


def shape(word: str) -> str:
    """'Київ' -> 'Xx', 'ЗСУ' -> 'X', '155-ї' -> 'd-x' (runs of one kind collapsed)."""
    out: list[str] = []
    for c in word:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)[:6]


def bio(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """B-/I-/O tag of each token for ``spans`` (start, end, type); of overlapping spans the longer one wins."""
    tags = ["O"] * len(tokens)
    for a, b, label in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        inside = [k for k, t in enumerate(tokens) if t.start < b and a < t.end]
        if not inside or any(tags[k] != "O" for k in inside):
            continue
        for n, k in enumerate(inside):
            tags[k] = ("B-" if n == 0 else "I-") + label
    return tags


def spans_of(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each B-/I- run (an I- after another type or O starts a mention too)."""
    out: list[tuple[int, int, str]] = []
    current: list[int] | None = None
    label = ""
    for t, tag in zip(tokens, tags, strict=True):
        kind = tag[2:]
        if tag.startswith("I-") and current is not None and kind == label:
            current[1] = t.end
            continue
        if current is not None:
            out.append((current[0], current[1], label))
            current = None
        if tag != "O":
            current, label = [t.start, t.end], kind
    if current is not None:
        out.append((current[0], current[1], label))
    return out


class Featuriser:
    """Features of a document's tokens, given the pack's rule recogniser (and through it the gazetteer)."""

    def __init__(self, recogniser: Recogniser) -> None:
        self.recogniser = recogniser
        self.knows = lru_cache(maxsize=200_000)(recogniser.knows_place)
        d = data()
        self.sets: dict[str, frozenset[str]] = {
            "locative": d.locative, "title": d.titles, "orghead": d.org_heads, "geonoun": d.geo_nouns,
            "orgnoun": d.org_nouns, "admin": d.admin_words, "quotedorg": d.quoted_org, "work": d.quoted_work,
            "country": frozenset(d.countries), "otherplace": d.other_places}
        self.surface: dict[str, frozenset[str]] = {
            "orgprefix": d.org_prefixes, "placeabbr": d.place_abbreviations, "notorg": d.not_org}
        self._word = lru_cache(maxsize=300_000)(self._word_features)

    def document(self, text: str, spans: Sequence[tuple[int, int]], rules: list[Mention] | None = None
                 ) -> Document:
        """Tokens and features of ``text``; ``rules`` are the recogniser's mentions when the caller has them."""
        if rules is None:
            rules = self.recogniser.find(text, list(spans))
        sents = tokenise(text, spans)
        flat = [t for s in sents for t in s]
        rule_tags = bio(flat, [(m.start, m.end, m.label + ("+lex" if m.org is not None else ""))
                               for m in rules])
        wordtoks = [t for t in flat if t.text[:1].isalnum() or len(t.text) > 1]
        lexicon = bio(wordtoks, [(wordtoks[a].start, wordtoks[b - 1].end, org.label)
                                 for a, b, org in self.recogniser.lexicon_matches(wordtoks)])
        lex_of = {t.start: tag for t, tag in zip(wordtoks, lexicon, strict=True)}
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        feats: list[list[list[str]]] = []
        k = 0
        for sent in sents:
            own: list[dict[str, list[str]]] = []
            for n, t in enumerate(sent):
                f = dict(self._word(t.text))
                f["rule"] = [rule_tags[k]]
                f["lex"] = [lex_of.get(t.start, "O")]
                if n == 0:
                    f["first"] = ["1"]
                if any(a < t.start and t.end < b for a, b in quoted):
                    f["quoted"] = ["1"]
                own.append(f)
                k += 1
            feats.append([_flatten(own, n) for n in range(len(own))])
        return Document(text, sents, feats, rules)

    def _word_features(self, word: str) -> dict[str, list[str]]:
        low = word.lower()
        f: dict[str, list[str]] = {"w": [low], "sh": [shape(word)]}
        if not word[:1].isalnum() and len(word) == 1:
            f["punct"] = [word]
            return f
        f["pre"] = [low[:1], low[:2], low[:3]]
        f["suf"] = [low[-2:], low[-3:], low[-4:]]
        cap = word[:1].isupper()
        f["cap"] = ["upper" if word.isupper() and len(word) > 1 else "title" if cap else "lower"]
        found = morph.parses(word)
        if found:
            lemma, tags = found[0]
            f["l"] = [lemma]
            f["pos"] = [next((g for g in tags if g.isupper() and len(g) == 4 and g != "UNKN"), "other")]
            f["case"] = sorted(tags & _CASES)[:1]
            f["g"] = [g for g in _NAME_TAGS if any(g in gs for _, gs in found)]
            if not morph.is_known(word):
                f["unk"] = ["1"]
        lemmas = {p[0] for p in found} | {low}
        f["set"] = [name for name, items in self.sets.items() if lemmas & items]
        f["set"] += [name for name, items in self.surface.items() if word in items]
        if cap and len(word) > 1 and any(self.knows(x) for x in _place_forms(word, lemmas)):
            f["gaz"] = ["1"]
        return f


def _place_forms(word: str, lemmas: set[str]) -> list[str]:
    return [word] + [x[:1].upper() + x[1:] for x in sorted(lemmas) if x]


def _flatten(own: list[dict[str, list[str]]], n: int) -> list[str]:
    """The token's own features, its neighbours' context features (offsets -2..+2), and a few pairs."""
    out = ["bias"] + [f"{k}={v}" for k, vs in own[n].items() for v in vs]
    for off in (-2, -1, 1, 2):
        m = n + off
        if 0 <= m < len(own):
            out += [f"{off}{k}={v}" for k in _CONTEXT for v in own[m].get(k, ())]
        else:
            out.append(f"{off}edge")
    prev = own[n - 1] if n else {}
    out.append(f"w-1|w={'|'.join(prev.get('w', ['^']))}|{own[n]['w'][0]}")
    out.append(f"rule-1|rule={'|'.join(prev.get('rule', ['^']))}|{own[n]['rule'][0]}")
    return out
