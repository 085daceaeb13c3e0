"""Relayed attribution: who an outlet cites, and through what document.

Wire copy names the original source inside the relaying outlet's cue:

- "Interfax reported, citing the defence ministry, that ..." -> the ministry speaks, Interfax relays;
- "the channel cited a relative as saying that ..." / "RIA quoted a ministry statement as saying" -> the
  relative / the ministry speaks (through a statement), the channel / RIA relays;
- "Sota, relying on an audio message recorded by a nurse, reports that ..." -> the nurse speaks through an
  audio message, Sota relays.

The relaying outlet becomes a ``reporter`` link of the chain, the document a ``medium``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .lexicon import AttributionLexicon

_CITE = frozenset({"cite", "quote"})
_RELY = frozenset({"rely", "base", "draw"})
_CITING_DEPS = frozenset({"advcl", "acl", "xcomp", "prep", "conj"})


@dataclass
class Relay:
    source: Any  # the token of who is cited: the speaker
    relay: Any | None  # the subject token of the citing verb: the outlet that relays
    medium: str | None = None
    authorless: bool = False  # a document with no author named ("relying on an audio message"): no speaker
    citing: set[int] = field(default_factory=set)  # token indices of the citing phrase, never content
    always: bool = False  # "X cited Y as saying": X relays whatever X is; "citing Y" only when X is an outlet


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _author(noun: Any, lex: AttributionLexicon) -> tuple[Any, str | None]:
    """'a defence ministry statement' -> (ministry, statement); 'an audio message recorded by X' -> (X, ...)."""
    if noun.lemma_.lower() not in lex.speaker_words.documents and noun.lower_ not in lex.speaker_words.documents:
        return noun, None
    medium = lex.media.get(noun.lower_) or lex.media.get(f"{noun.nbor(-1).lower_} {noun.lower_}" if noun.i else "")
    medium = medium or noun.lower_
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj, medium
        if child.dep_ == "acl":  # "recorded by X", "published by X"
            for agent in child.children:
                if agent.dep_ == "agent":
                    obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj, medium
    for child in noun.children:
        if child.dep_ in ("compound", "poss") and child.i < noun.i and child.pos_ in ("NOUN", "PROPN"):
            return child, medium
    return noun, medium


def _citing_object(tok: Any) -> Any | None:
    if tok.lemma_.lower() in _CITE:
        return next((c for c in tok.children if c.dep_ == "dobj"), None)
    if tok.lemma_.lower() in _RELY:  # "relying on", "based on", "drawing on"
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")), None)
        if prep is not None:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _with_medium(relay: Relay, lex: AttributionLexicon) -> Relay:
    document = relay.source
    relay.source, relay.medium = _author(relay.source, lex)
    relay.authorless = relay.medium is not None and relay.source.i == document.i
    return relay


def relay_for(verb: Any, sent: Any, lex: AttributionLexicon) -> Relay | None:
    """The relayed source behind the reporting verb ``verb`` of sentence ``sent``, if the sentence cites one."""
    lemma = verb.lemma_.lower()
    if lemma in _CITE:  # "X cited Y as saying ...", "RIA quoted a statement as saying"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        as_saying = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        if obj is not None and as_saying:
            return _with_medium(Relay(obj, _subject(verb), always=True), lex)
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in _CITE:
        citer = head.head
        obj = next((c for c in citer.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return _with_medium(Relay(obj, _subject(citer), always=True), lex)
    for tok in sent:
        if tok.i == verb.i or tok.tag_ not in ("VBG", "VBN") or tok.dep_ not in _CITING_DEPS:
            continue
        obj = _citing_object(tok)
        if obj is None:
            continue
        subject = _subject(verb)
        citing = {t.i for t in tok.subtree if not (t.dep_ == "ccomp" or any(a.dep_ == "ccomp" and a.head.i == tok.i
                                                                         for a in t.ancestors))}
        return _with_medium(Relay(obj, subject, citing=citing), lex)
    return None


def is_citing(tok: Any) -> bool:
    """'citing' in 'X reported, citing Y': part of the relay, not a cue of its own."""
    return tok.tag_ in ("VBG", "VBN") and tok.dep_ != "ROOT" and _citing_object(tok) is not None


def as_saying_clauses(verb: Any) -> list[Any]:
    """The reported clause of 'cited Y as saying that ...'."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ == "pcomp" for g in p.children if g.dep_ == "ccomp"]
