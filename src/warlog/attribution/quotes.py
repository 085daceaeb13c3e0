"""Finding quotations and their cues in a parsed document.

Direct quotes are found by their marks (straight, typographic, « », „ “),
including quotes whose closing mark is missing at the end of a paragraph and
quotes whose marks do not match ("“...,\" Panov said"). Cues and speakers
come from the dependency parse: the reporting verb nearest the quote in the
same sentence, and its subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .drafts import clause_extent

_CLOSERS = {"“": "”\"", "«": "»", "„": "“”", '"': '"”', "”": "”\""}
_OPENERS = set(_CLOSERS)
# Dependencies of a subject's children that are not part of the speaker's name.
_CUT_DEPS = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep"}


@dataclass
class QuoteMarks:
    start: int  # first character inside the marks
    end: int  # end of the quoted text (before the closing mark)
    outer_start: int
    outer_end: int


@dataclass
class CueMatch:
    verb: Any  # spaCy Token
    subject: Any | None  # spaCy Token or None
    cue_start: int
    cue_end: int
    negated: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def doc_text(doc: Any) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds it from every token on each access, which made
    speaker resolution and cue search quadratic-ish in document length (profiling pass, issue #8)."""
    cached = doc.user_data.get("warlog.text")
    if cached is None:
        cached = doc.text
        doc.user_data["warlog.text"] = cached
    return str(cached)


# ''...'' and ``...'' (typewriter and Penn Treebank quotes) as one straight quote each.
_DOUBLED = re.compile(r"''|``")


def _as_straight_quote(m: re.Match[str]) -> str:
    # Same length, so offsets stay: an opener becomes ' "' and a closer '" '.
    following = m.string[m.end():m.end() + 1]
    return ' "' if m.group() == "``" or following.isalnum() else '" '


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Every quoted stretch, paragraph by paragraph."""
    quotes: list[QuoteMarks] = []
    offset = 0
    for paragraph in text.split("\n"):
        paragraph = _DOUBLED.sub(_as_straight_quote, paragraph)
        i, n = 0, len(paragraph)
        while i < n:
            ch = paragraph[i]
            # A straight or right quote opens only at a word start, not as a closing mark.
            opens = ch in _OPENERS and (ch not in "\"”" or i == 0 or not paragraph[i - 1].isalnum())
            if not opens or i + 1 >= n or paragraph[i + 1] == " ":
                i += 1
                continue
            closers = _CLOSERS[ch]
            j = i + 1
            while j < n and paragraph[j] not in closers:
                j += 1
            inner_end = j
            while inner_end > i + 1 and paragraph[inner_end - 1] == " ":
                inner_end -= 1
            if inner_end - (i + 1) >= 2:
                quotes.append(QuoteMarks(offset + i + 1, offset + inner_end, offset + i, offset + min(j + 1, n)))
            i = j + 1
        offset += len(paragraph) + 1
    return quotes


def inside(pos: int, spans: Iterable[QuoteMarks]) -> bool:
    return any(q.outer_start <= pos < q.outer_end for q in spans)


def speaker_extent(subject: Any) -> tuple[int, int]:
    """Character extent of a subject without relative clauses or appositions."""
    tokens = [subject]
    stack = [c for c in subject.children if c.dep_ not in _CUT_DEPS]
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        stack.extend(tok.children)
    start_tok = min(tokens, key=lambda t: t.i)
    end_tok = max(tokens, key=lambda t: t.i)
    return start_tok.idx, end_tok.idx + len(end_tok.text)


_MEDIAL_CUES = frozenset({"say", "tell", "add", "write", "state", "report", "claim", "note", "explain"})


def _medial_cue(participle: Any) -> Any | None:
    """'Shelling had hit the port, he said, offering condolences and noting that ...': the parser hangs the
    participle on the content's verb and the cue beside it; the participle's subject is the cue's."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG":
        return None
    for cue in participle.head.children:
        if cue.dep_ == "parataxis" and cue.i < participle.i and cue.lemma_.lower() in _MEDIAL_CUES:
            return next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if cue.dep_ == "conj" and cue.i < participle.i and cue.lemma_.lower() in _MEDIAL_CUES:
            # "..., the office said on Friday, adding that ...": both hung on the content's verb
            return next((c for c in cue.children if c.dep_ == "nsubj"), None) or _appositive_teller(cue)
    return None


def subject_of(verb: Any) -> Any | None:
    """The subject of a verb, climbing from 'saying' in 'was quoted saying' to its head; a named teller hung on the
    content as an apposition ("..., the head of X, Name, said") comes first (``_appositive_teller``)."""
    teller = _appositive_teller(verb)
    if teller is not None:
        return teller
    tok = verb
    for _ in range(3):
        # The nearest subject: '"My son called once," his mother said' hangs both "son" and "mother" on "said".
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - tok.i))
        if tok.dep_ in ("xcomp", "advcl", "conj", "pcomp") and tok.head is not tok:
            said = _medial_cue(tok)
            if said is not None:
                return said
            tok = tok.head
        else:
            break
    # The small model sometimes hangs the subject on a clause before the verb
    # ("Another soldier, heard complaining ..., said"): take that clause's subject.
    for child in verb.children:
        if child.i < verb.i and child.dep_ in ("ccomp", "advcl"):
            for grand in child.children:
                if grand.dep_ == "nsubj" and grand.i < child.i:
                    return grand
    return None


def _appositive_teller(verb: Any) -> Any | None:
    """"..., which borders Ukraine, the Shot Telegram channel said": the subject hung on the clause before as an
    apposition; the noun right before a sentence-final verb whose content stands before it (a ccomp before it, or
    the verb parsed as the content's last conjunct). Wire copy sets a named official off with commas ("..., killing
    three, the head of the administration, Oleksandr Prokudin, said"): that comma is skipped. Looked at before the
    content's own subject, which would make its agent ("Russian forces fired ...") the teller."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i <= verb.sent.start:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i for c in verb.children):
        return None  # "..., heard in audio released Monday, said it was clear": the content follows
    prev = verb.nbor(-1)
    if prev.text == "," and prev.i > verb.sent.start:
        prev = prev.nbor(-1)
    while prev.dep_ in ("pobj", "prep") and prev.head.i < prev.i:  # "..., the head of the administration said"
        prev = prev.head
    if prev.dep_ == "appos" and prev.head.dep_ == "appos" and prev.head.pos_ == "PROPN" and prev.head.i < prev.i:
        prev = prev.head  # "..., Oleh Syniehubov, the governor of the region, said": the name, its office after it
    if (prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ not in ("appos", "conj", "npadvmod")
            or prev.ent_type_ in ("DATE", "TIME")):
        return None
    content_before = (any(c.dep_ == "ccomp" and c.i < prev.i for c in verb.children)
                      or verb.dep_ in ("conj", "advcl", "ccomp") and verb.head.i < prev.i
                      and prev.head.i != verb.head.i)
    return prev if content_before else None


def is_negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def reporting_verbs_in(sent: Any, verbs: frozenset[str], quotes: list[QuoteMarks]) -> list[Any]:
    return [
        t for t in sent
        if t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") and not inside(t.idx, quotes)
        and t.dep_ not in ("relcl", "amod", "acl")
    ]


def embeds(verb: Any, quote: QuoteMarks) -> bool:
    """True when the quote lies inside the verb's reported clause (a mixed quote)."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "dobj"):
            start, end = clause_extent(child)
            if start <= quote.outer_start and quote.outer_end <= end:
                return True
    return False


def has_own_content(verb: Any, quote: QuoteMarks) -> bool:
    """'"...," said the spokesman. "... tweets."  Spicer said Tuesday that ...': after a quote that closes its
    sentence, a verb whose own clause follows it reports that clause, not the quote (the parser may join it to the
    quote's sentence). Not '"Leave them," one soldier says he was ordered': that quote ends on a comma."""
    inner = doc_text(verb.doc)[quote.start:quote.end].rstrip(" ’'\"”")  # (a quote may end on a nested one)
    return (verb.idx >= quote.outer_end and inner[-1:] in (".", "!", "?")
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children))


# '“...”, a private told reporters.' / '“...,” said Oleg Marchenko': a cue right after the quote,
# for when the parser gets the clause wrong.
_TAIL_CUE = re.compile(
    r"\s*,?\s*(?:(?P<np>(?:[\w’'\-]+\s+){0,5}?[\w’'\-]+)\s+(?P<verb>said|says|told|tells|added|adds|explained|"
    r"wrote|writes|recalled|claimed|insisted|complained)\b|(?P<verb2>said|says|told|added)\s+"
    r"(?P<np2>(?:[A-Z][\w’'\-]+\s?){1,4}|(?:a|an|the|one)\s+[\w\-]+(?:\s+[\w\-]+)?))"
)


def cue_by_pattern(doc: Any, quote: QuoteMarks) -> CueMatch | None:
    text = doc_text(doc)
    m = _TAIL_CUE.match(text, quote.outer_end)
    if m is None:
        return None
    verb_group, np_group = ("verb", "np") if m.group("verb") else ("verb2", "np2")
    verb_span = doc.char_span(m.start(verb_group), m.end(verb_group), alignment_mode="expand")
    np_span = doc.char_span(m.start(np_group), m.end(np_group), alignment_mode="expand")
    if verb_span is None or np_span is None or has_own_content(verb_span[0], quote):
        return None
    np_end = m.end(np_group)
    subject = np_span[-1]
    return CueMatch(verb_span[0], subject, m.start(verb_group), m.end(verb_group),
                    extra={"speaker_span": (m.start(np_group), np_end)})


def find_cue(doc: Any, quote: QuoteMarks, quotes: list[QuoteMarks], verbs: frozenset[str]) -> CueMatch | None:
    """The reporting verb that introduces ``quote``, searched in the quote's own sentences."""
    span = doc.char_span(quote.outer_start, quote.outer_end, alignment_mode="expand")
    if span is None:
        return None
    sents = {span[0].sent, span[-1].sent}
    # The sentence right after a quote that ends a sentence: '"...." he said.' may be split there.
    first_sent = span[0].sent
    if doc_text(doc)[first_sent.start_char:quote.outer_start].strip() == "" and first_sent.start > 0:
        before = doc[first_sent.start - 1].sent
        if before.text.rstrip().endswith(":"):  # 'Scott added: "..."' split at the colon
            sents.add(before)
    last = span[-1].sent
    if last.end < len(doc):
        first = doc[last.end]
        if first.text[:1].islower() and first.pos_ in ("PRON", "VERB", "AUX"):
            sents.add(first.sent)
    candidates = []
    for sent in sents:
        for verb in reporting_verbs_in(sent, verbs, quotes):
            if has_own_content(verb, quote):
                continue
            if verb.idx >= quote.outer_end:
                distance = verb.idx - quote.outer_end
            else:
                distance = quote.outer_start - verb.idx + 5  # prefer cues after the quote
            if embeds(verb, quote):
                distance -= 1000  # "said the command treats the men as “expendable”": said, not a later verb
            candidates.append((distance, verb))
    if not candidates:
        return cue_by_pattern(doc, quote)
    with_subject = [c for c in candidates if subject_of(c[1]) is not None]
    verb = min(with_subject or candidates, key=lambda c: c[0])[1]
    subject = subject_of(verb)
    start, end = verb.idx, verb.idx + len(verb.text)
    return CueMatch(verb, subject, start, end, negated=is_negated(verb))
