"""Reading a reporting verb in the parse: its cue span, and where its content stands."""

from __future__ import annotations

from typing import Any

from ..models import Cue
from .drafts import trim
from .lexicon import AttributionLexicon
from .quotes import QuoteMarks, subject_of

_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct", "agent", "tmod", "advcl", "dative", "cc"})


_CUE_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})


def cue_span(verb: Any, text: str) -> Cue:
    """The cue with its auxiliaries, negation, adverbs and particle, as PolNeAR marks it: "has said", "would later
    say", "also warned", "don't want", "talked up"."""
    first = verb
    while first.i > verb.sent.start:
        prev = first.nbor(-1)
        if prev.head.i == verb.i and prev.dep_ in _CUE_LEFT and (prev.dep_ != "advmod" or prev.pos_ == "ADV"):
            first = prev
        else:
            break
    last = verb
    if verb.i + 1 < verb.sent.end and verb.nbor(1).dep_ == "prt" and verb.nbor(1).head.i == verb.i:
        last = verb.nbor(1)
    start, end = first.idx, last.idx + len(last.text)
    return Cue(text=text[start:end], start=start, end=end)


def names_the_medium(sentence: str, medium: str, lex: AttributionLexicon) -> bool:
    """'The channel posted the clip ...' continues the video told before: "the" and a word for that medium."""
    low = sentence.lower()
    return any(f"the {word}" in low for word, label in lex.media.items() if label == medium)


def lead_before_cue(text: str, q: QuoteMarks, verb: Any, subject: Any) -> tuple[int, int] | None:
    """The whole stretch before a sentence-final '..., he said' when the quote is only part of it."""
    sent = verb.sent
    if not (sent.start_char <= q.outer_start and q.outer_end <= subject.left_edge.idx and subject.i < verb.i):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children):
        return None
    between = text[q.outer_end:subject.left_edge.idx]
    if not between.strip(" ,;:—-\"”’»") or "\n" in between:
        return None
    return trim(text, sent.start_char, subject.left_edge.idx)


def is_trailing_cue(tok: Any, lex: AttributionLexicon) -> bool:
    """A reporting verb at the end of its sentence whose own content stands before it."""
    return (tok.lemma_.lower() in lex.reporting_verbs and subject_of(tok) is not None
            and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)
            and all(c.dep_ in _ADJUNCTS for c in tok.rights))


_BACKSHIFT = frozenset({"had", "would", "could", "might", "was", "were"})


def continues_content(verb: Any, conj: Any, clause: Any, lex: AttributionLexicon) -> bool:
    """'said the men were from X, and had turned their guns ...': a conjunct the parser hung on the cue that
    continues the reported clause (no subject of its own, backshifted, or past after a present cue)."""
    if conj.i < clause.i or conj.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
        return True  # "said the shelters were full, but that nobody would be turned away"
    own_subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (clause.i < verb.i < conj.i and conj.tag_ == clause.tag_ and conj.lemma_.lower() not in lex.reporting_verbs
            and all(c.dep_ in _ADJUNCTS for c in verb.rights if c.i < conj.i)
            and not (own_subject is not None and own_subject.pos_ == "PRON")):
        # "Three people were killed, officials said, and five were wounded": one account, cut by the cue; not
        # "..., the governor said, and he visited it on Monday", where a pronoun subject is the speaker's own act.
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return False
    shifted_tense = verb.tag_ in ("VBP", "VBZ") and conj.tag_ == "VBD"  # "say ... and demanded": not theirs
    if conj.lemma_.lower() in lex.reporting_verbs and not shifted_tense:
        return False
    backshifted = any(c.dep_ in ("aux", "auxpass") and c.lower_ in _BACKSHIFT for c in conj.children)
    return backshifted or shifted_tense


def trailing_conj(verb: Any, subject: Any, sent: Any) -> bool:
    """'Two gunmen opened fire ..., Russia's RIA news agency reported, citing the ministry': the cue parsed as
    the last conjunct of the content's own verb."""
    return (verb.dep_ == "conj" and verb.head.i < subject.i < verb.i and subject.left_edge.i > sent.start + 3
            and not any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i)
            and all(c.dep_ in _ADJUNCTS for c in verb.rights))


def only_adjuncts_after(verb: Any) -> bool:
    """'..., the governor said on Friday in a video address': nothing but time and channel adjuncts after the cue,
    and the content before its subject."""
    rights = list(verb.rights)
    lefts = [c for c in verb.lefts if c.dep_ in ("advcl", "ccomp", "parataxis", "npadvmod")]
    return bool(lefts) and all(c.dep_ in _ADJUNCTS for c in rights)


def ends_as_relay(tok: Any, lex: AttributionLexicon) -> bool:
    """'..., the state-run RIA Novosti news agency reported.': a reporting verb closing the sentence after a comma,
    whatever clause the parser hung it on (its content is the speech before it)."""
    if tok.lemma_.lower() not in lex.reporting_verbs or not all(c.dep_ in _ADJUNCTS for c in tok.rights):
        return False
    subject = subject_of(tok)
    if subject is None or subject.i > tok.i or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children
                                                   if c.i > tok.i):
        return False
    left = subject.left_edge
    return left.i > tok.sent.start and left.nbor(-1).text in (",", "—", "-")


_CONTRAST = frozenset({"but", "while", "whereas", "yet", "although", "though"})


def contrast_cut(clause: Any) -> int | None:
    """'says the mails were personal, but for Republicans it is a smoking gun': a contrasted conjunct with its own
    subject is the writer's, not the speaker's; the content ends before its conjunction."""
    for child in clause.children:
        if child.dep_ != "conj" or child.i < clause.i:
            continue
        if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.children):
            continue
        if any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
            continue  # "..., but that he would not support it": still what was said
        marker = next((g for g in clause.children if g.dep_ in ("cc", "mark") and clause.i < g.i < child.i
                       and g.lower_ in _CONTRAST), None)
        marker = marker or next((g for g in child.children if g.dep_ in ("cc", "mark") and g.i < child.i
                                 and g.lower_ in _CONTRAST), None)
        if marker is not None:
            return int(marker.idx)
    return None


_RELATIVE_PRONOUNS = frozenset({"it", "they", "he", "she"})


def relative_holder(verb: Any, subject: Any) -> Any | None:
    """'Ukraine has named a pilot who it says defected', 'Police arrested a man who they say planted the bomb':
    the pronoun of a reporting verb inside a relative clause is the subject of the clause the noun belongs to."""
    if verb.dep_ != "relcl" or subject.pos_ != "PRON" or subject.lower_ not in _RELATIVE_PRONOUNS:
        return None
    governor = verb.head.head
    if verb.head.dep_ not in ("dobj", "pobj", "attr") or governor.i > verb.i:
        return None
    if governor.dep_ == "prep":
        governor = governor.head
    holder = next((c for c in governor.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
    if holder is None or holder.pos_ not in ("PROPN", "NOUN"):
        return None
    return holder
