"""Attributions without a reporting verb and its clause: holders' views, estimates, speech and stance nouns, and
speech verbs whose content is a prepositional object.

PolNeAR annotates every stance with a holder, not only reported speech: "In the governor's view, ...", "officials
put the death toll at 14", "his call for more air defence", "her refusal to comment", "talked about the deal",
"voted against the bill". Each finder returns drafts; the stage merges them with the verb-led ones.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..models import Cue
from .chains import SourceContext
from .cue_syntax import cue_span
from .drafts import Draft, clause_extent, trim
from .lexicon import AttributionLexicon
from .quotes import find_quote_marks, subject_of

# "In his view, ...", "In the words of ...", "In its version, ...": the rest of the sentence is the holder's.
_VIEW_NOUNS = frozenset({"view", "opinion", "words", "version", "account", "assessment", "estimate", "telling",
                         "judgment", "judgement", "estimation", "mind", "eyes"})
# Verbs of seeing one thing as another ("sees him as a threat"): a view, with "as" only.
_AS_VERBS = frozenset({"see", "view", "regard"})
# "In the latest poll, ...": a survey holds what the rest of the sentence states.
_SURVEY_NOUNS = frozenset({"poll", "survey", "study"})
# "put the death toll at 14", "put the number there at more than 80": an estimate.
_ESTIMATE_NOUNS = frozenset({"toll", "number", "figure", "total", "count", "loss", "losses", "casualty",
                             "casualties", "it", "cost", "estimate", "tally", "share", "rate", "approval"})
# The prepositions that introduce a speech noun's content ("support for", "criticism of", "remarks about").
# Verbs of impression whose subject and complement are the writer's unsourced claim ("appears to have declined").
_IMPRESSION_VERBS = frozenset({"seem", "appear"})
# Verbs that link a subject to an attitude adjective ("is wary of", "remained confident that").
_COPULAS = frozenset({"be", "become", "remain", "grow", "stay"})
_NOUN_PREPS = frozenset({"for", "of", "about", "on", "against", "to", "over"})

# Nouns whose "to" introduces the content ("opposition to the war"); for the others it names the addressee.
_TO_CONTENT = frozenset({"commitment", "opposition", "objection", "reference", "response", "support"})
# "did not respond to a request for comment": no stance on anything.
_NO_CONTENT = frozenset({"request", "question", "inquiry", "enquiry", "message", "email", "call", "query"})
# Entity types of a prepositional object that is no content ("spoke on Monday").
_NOT_CONTENT = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL"})

Span = tuple[int, int]


def _inside(start: int, spans: list[Span]) -> bool:
    return any(a <= start < b for a, b in spans)


def _draft(start: int, end: int, cue: Cue, holder: Any, speaker_for: Any, contexts_for: Any,
           own: SourceContext) -> Draft:
    speaker = speaker_for(holder)
    return Draft(start, end, "indirect", cue, speaker, contexts_for(speaker, own))


def view_cues(sent: Any, text: str, quoted: list[Span], speaker_for: Any, contexts_for: Any,
              own: SourceContext) -> list[Draft]:
    """'In the governor's view, ...', 'In its version, ...': the rest of the sentence is the holder's."""
    first = sent[0]
    if first.lower_ != "in" or len(sent) <= 4:
        return []
    noun = next((c for c in first.children if c.dep_ == "pobj"
                 and c.lemma_.lower() in _VIEW_NOUNS | _SURVEY_NOUNS), None)
    if noun is None:
        return []
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if holder is None and of is not None:
        holder = next((c for c in of.children if c.dep_ == "pobj"), None)
    cue_end = noun.idx + len(noun.text)
    if noun.lemma_.lower() in _SURVEY_NOUNS:
        # "In a CBS News poll last month, X led by six points": the poll is the source, "In" the cue.
        holder, cue_end = noun, first.idx + len(first.text)
    phrase_end = max(t.idx + len(t.text) for t in first.subtree)
    start, end = trim(text, phrase_end, sent.end_char)
    if holder is None or end - start < 8 or _inside(start, quoted):
        return []
    return [_draft(start, end, Cue(text=text[first.idx:cue_end], start=first.idx, end=cue_end), holder,
                   speaker_for, contexts_for, own)]


@lru_cache(maxsize=4)
def _quoted_spans(text: str) -> list[Span]:
    """The quoted stretches of a text, found once per text (the stage calls the finders sentence by sentence)."""
    return [(m.outer_start, m.outer_end) for m in find_quote_marks(text)]


def _writer_estimate(verb: Any, text: str, used_cues: set[int], quoted: list[Span]) -> tuple[int, int, Cue] | None:
    """'The House is expected to pass the bill', 'the fallout appears significant', 'Kasich seems to have the state
    to himself': an expectation or impression nobody in the sentence holds (PolNeAR: an attribution without a
    source). The content is the subject with what is expected of it, the cue the verb with its auxiliaries."""
    lemma = verb.lemma_.lower()
    if verb.i in used_cues or _inside(verb.idx, quoted):
        return None
    if lemma in _IMPRESSION_VERBS and verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        complement = next((c for c in verb.children if c.i > verb.i and (
            c.dep_ == "acomp" or c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))),
            None)
    elif lemma == "expect" and verb.tag_ == "VBN":
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        complement = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                           and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    else:
        return None
    if subject is None or complement is None or subject.lower_ in ("that", "which", "who"):
        return None
    if subject.pos_ == "PRON" and subject.lower_ == "it" and complement.dep_ == "acomp":
        return None  # "it seems unlikely": no claim of its own here
    start, end = trim(text, clause_extent(subject)[0], clause_extent(complement)[1])
    cue = cue_span(verb, text)
    if end - start < 8 or not start <= cue.start < end:
        return None
    return start, end, cue


def estimate_cues(sent: Any, text: str, used_cues: set[int], speaker_for: Any, contexts_for: Any,
                  own: SourceContext, quoted: list[Span] | None = None) -> list[Draft]:
    """'officials put the death toll at 14': an estimate is an attribution, read whole with its verb; so is the
    writer's own expectation or impression ('the bill is expected to pass'), with no source."""
    found: list[Draft] = []
    for verb in sent:
        estimate = _writer_estimate(verb, text, used_cues, _quoted_spans(text) if quoted is None else quoted)
        if estimate is not None:
            found.append(Draft(estimate[0], estimate[1], "indirect", estimate[2], None, [own]))
            continue
        if verb.lemma_.lower() != "put" or verb.i in used_cues:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _ESTIMATE_NOUNS), None)
        at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
        subject = subject_of(verb)
        if obj is None or at is None or subject is None:
            continue
        start, end = trim(text, verb.idx, clause_extent(at)[1])
        found.append(_draft(start, end, cue_span(verb, text), subject, speaker_for, contexts_for, own))
    return found


def _noun_content(noun: Any) -> Any | None:
    """A speech noun's content: a "that" clause, an infinitive ("refusal to comment") or a prepositional object
    ("support for the bill"); the preposition itself is part of the cue."""
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            if c.lower_ == "to" and noun.lemma_.lower() not in _TO_CONTENT:
                return None  # "his appeal to voters": the addressee, not what was said
            return c
        if c.dep_ in ("acl", "ccomp", "relcl") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children):
            return c
        if c.dep_ in ("acl", "xcomp") and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                            for g in c.children):
            return c
    return None


def speech_nouns(sent: Any, text: str, quoted: list[Span], used_cues: set[int], lex: AttributionLexicon,
                 speaker_for: Any, contexts_for: Any, own: SourceContext) -> list[Draft]:
    """'his call for more air defence', 'the ministry's claim that ...', 'her refusal to comment', 'support for
    the plan by the governor': a speech or stance noun with its holder (a possessive, or "by X")."""
    found: list[Draft] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.speech_nouns or noun.i in used_cues:
            continue
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        content = _noun_content(noun)
        if holder is None and content is not None and content.dep_ == "prep":
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > content.i), None)
            holder = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if holder is None or content is None:
            continue
        if content.dep_ == "prep":
            inner = [t for t in content.subtree if t.i > content.i]
            if not inner:
                continue
            start, end = trim(text, inner[0].idx, inner[-1].idx + len(inner[-1].text))
            cue_end = content.idx + len(content.text)
        else:
            start, end = trim(text, *clause_extent(content))
            cue_end = noun.idx + len(noun.text)
        if end - start < 4 or _inside(start, quoted):
            continue
        cue_start = noun.idx
        # "recent call", "repeated denunciation": the noun's own modifiers right before it belong to the cue.
        if noun.i > sent.start and noun.nbor(-1).dep_ == "amod" and noun.nbor(-1).head.i == noun.i:
            cue_start = noun.nbor(-1).idx
        found.append(_draft(start, end, Cue(text=text[cue_start:cue_end], start=cue_start, end=cue_end), holder,
                            speaker_for, contexts_for, own))
    return found


def stance_preps(sent: Any, text: str, quoted: list[Span], taken: set[int], lex: AttributionLexicon,
                 speaker_for: Any, contexts_for: Any, own: SourceContext) -> list[Draft]:
    """'Sanders talked about the deal', 'she pointed to the polls', 'the senator voted against the bill': a speech
    or attitude verb whose content is its prepositional object; the cue runs from the verb to the preposition.
    Attitude adjectives after a copula ('is wary of the deal') are found here too."""
    found: list[Draft] = []
    for verb in sent:
        preps = lex.stance_preps.get(verb.lemma_.lower())
        if not preps or verb.pos_ != "VERB" or verb.i in taken or _inside(verb.idx, quoted):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i
                     and c.i - verb.i <= 3), None)
        if prep is None or any(c.dep_ in ("ccomp", "dobj") and c.i < prep.i for c in verb.children):
            continue
        inner = [t for t in prep.subtree if t.i > prep.i]
        subject = subject_of(verb)
        if any(t.ent_type_ in _NOT_CONTENT or t.lemma_.lower() in _NO_CONTENT for t in inner if t.head.i == prep.i):
            continue  # "spoke on Monday", "voted in Kyiv": a time or place, not what was said
        if not inner or subject is None or subject.dep_ == "nsubjpass" or subject.lower_ in ("which", "that"):
            continue
        start, end = trim(text, inner[0].idx, inner[-1].idx + len(inner[-1].text))
        if end - start < 3 or _inside(start, quoted):
            continue
        verb_cue = cue_span(verb, text)
        found.append(_draft(start, end, Cue(text=text[verb_cue.start:prep.idx + len(prep.text)], start=verb_cue.start,
                                            end=prep.idx + len(prep.text)), subject, speaker_for, contexts_for, own))
    found.extend(_adjective_stances(sent, text, quoted, taken, lex, speaker_for, contexts_for, own))
    found.extend(_seen_as(sent, text, quoted, taken, speaker_for, contexts_for, own))
    return found


def _seen_as(sent: Any, text: str, quoted: list[Span], taken: set[int], speaker_for: Any, contexts_for: Any,
             own: SourceContext) -> list[Draft]:
    """'Voters see security as their top concern', 'investors view it as a vote of confidence': what is seen and
    what it is seen as are the content, the subject holds the view. Only with "as": 'we saw the smoke' is no view."""
    found: list[Draft] = []
    for verb in sent:
        if verb.lemma_.lower() not in _AS_VERBS or verb.pos_ != "VERB" or verb.i in taken or _inside(verb.idx, quoted):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        as_phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                          and obj is not None and c.i > obj.i), None)
        subject = subject_of(verb)
        if obj is None or as_phrase is None or subject is None or subject.dep_ == "nsubjpass":
            continue
        start, end = trim(text, clause_extent(obj)[0], clause_extent(as_phrase)[1])
        if end - start < 6 or _inside(start, quoted):
            continue
        found.append(_draft(start, end, cue_span(verb, text), subject, speaker_for, contexts_for, own))
    return found


def _adjective_content(adj: Any, preps: frozenset[str]) -> tuple[Any, Any] | None:
    """(the token that ends the cue, the content's head) of an attitude adjective: its prepositional object, its
    infinitive ("eager to leave") or its clause ("confident that ...")."""
    for c in adj.children:
        if c.i < adj.i:
            continue
        if c.dep_ == "prep" and c.lower_ in preps and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            return c, c
        if c.dep_ == "xcomp" and "to" in preps and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return adj, c
        if c.dep_ == "ccomp" and "that" in preps:
            return adj, c
    return None


def _adjective_stances(sent: Any, text: str, quoted: list[Span], taken: set[int], lex: AttributionLexicon,
                       speaker_for: Any, contexts_for: Any, own: SourceContext) -> list[Draft]:
    """'Republicans are wary of the deal', 'the council was eager to reopen', 'aides are confident that ...': an
    attitude adjective after a copula, held by the copula's subject; the cue runs from the copula (with its
    auxiliaries and negation) to the adjective's preposition."""
    found: list[Draft] = []
    for adj in sent:
        preps = lex.stance_adjectives.get(adj.lower_) or lex.stance_adjectives.get(adj.lemma_.lower())
        if not preps or adj.i in taken or _inside(adj.idx, quoted):
            continue
        if adj.dep_ == "acomp" and adj.head.lemma_.lower() in _COPULAS and adj.head.i < adj.i:
            copula, subject = adj.head, next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
        elif adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children):  # "are worried about"
            copula = next(c for c in adj.children if c.dep_ == "auxpass")
            subject = next((c for c in adj.children if c.dep_ == "nsubjpass"), None)
        else:
            continue
        content = _adjective_content(adj, preps)
        if content is None or subject is None or subject.lower_ in ("which", "that", "it", "there"):
            continue
        cue_last, head = content
        if head.dep_ == "prep":
            inner = [t for t in head.subtree if t.i > head.i]
            start, end = trim(text, inner[0].idx, inner[-1].idx + len(inner[-1].text))
        else:
            start, end = trim(text, *clause_extent(head))
        if end - start < 3 or _inside(start, quoted):
            continue
        cue_start = cue_span(copula, text).start if copula.dep_ != "auxpass" else copula.idx
        cue_end = cue_last.idx + len(cue_last.text)
        found.append(_draft(start, end, Cue(text=text[cue_start:cue_end], start=cue_start, end=cue_end), subject,
                            speaker_for, contexts_for, own))
    return found
