"""Stage ``attribution``: quotes and reported speech with speaker, chain, hedges and status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..attribution.chains import SourceContext, build_chain, sentence_context
from ..attribution.lexicon import AttributionLexicon, attribution_lexicon, for_text
from ..attribution.quotes import (
    QuoteMarks,
    find_cue,
    find_quote_marks,
    is_negated,
    speaker_extent,
    subject_of,
)
from ..attribution.speakers import SpeakerMemory, resolve_speaker
from ..models import Claim, Cue, Quote, Speaker
from ..pipeline.component import Stage, Work, component
from ..settings import Settings

_SCARE_QUOTE_WORDS = 3


@dataclass
class _Draft:
    start: int
    end: int
    kind: str
    cue: Cue | None
    speaker: Speaker | None
    contexts: list[SourceContext]
    denied: bool = False
    hedges: list[str] = field(default_factory=list)


def _within(token_span: tuple[int, int], start: int, end: int) -> bool:
    return token_span[0] <= start and end <= token_span[1]


def _clause_extent(tok: Any) -> tuple[int, int]:
    sub = list(tok.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:—-\"“”«»":
        start += 1
    if text.startswith("that ", start):
        start += 5
    while end > start and text[end - 1] in " ,;:.—-":
        end -= 1
    return start, end


class AttributionStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings

    def __call__(self, work: Work) -> Work:
        report = work.report
        doc = work.doc
        if doc is None:  # the nlp stage did not analyse this language
            return work
        text = report.document.text
        lex = attribution_lexicon(report.document.language or "en")
        context_lex = for_text(lex, text)  # only for sentence_context: the rest needs every hedge
        marks = find_quote_marks(text)
        excluded = [(q.outer_start, q.outer_end) for q in marks]
        entities = report.entities
        memory = SpeakerMemory()
        speaker_contexts: dict[str, list[SourceContext]] = {}
        active = SourceContext()
        drafts: list[_Draft] = []
        used_cues: set[int] = set()
        last_direct: _Draft | None = None
        sentences = list(doc.sents)

        def contexts_for(speaker: Speaker | None, own: SourceContext) -> list[SourceContext]:
            if speaker is None:
                return [own, active]
            known = speaker_contexts.get(speaker.name)
            if known is None:
                known = [own, active]
                speaker_contexts[speaker.name] = known
                return known
            if all(c.empty() for c in known):
                return [own, *known, active]  # first seen before any source was named
            return [own, *known]

        def speaker_for(subject: Any, span: tuple[int, int] | None = None) -> Speaker:
            s_start, s_end = span or speaker_extent(subject)
            speaker = resolve_speaker(subject, doc, entities, memory, s_start, s_end)
            memory.remember(speaker)
            return speaker

        for index, sent in enumerate(sentences):
            own = sentence_context(text, sent.start_char, sent.end_char, entities, context_lex, excluded)
            if not own.empty():
                continues = (own.medium and own.medium == active.medium and own.releaser
                             and not active.releaser and f"the {own.medium}" in sent.text.lower())
                if continues:
                    active.releaser = own.releaser
                else:
                    active = own
            # Direct and mixed quotes that open in this sentence.
            for q in (m for m in marks if sent.start_char <= m.outer_start < sent.end_char):
                draft = self._direct(q, doc, text, marks, lex, speaker_for, contexts_for, own, used_cues,
                                     last_direct, sentences, index)
                if draft is not None:
                    drafts.append(draft)
                    last_direct = draft
            drafts.extend(self._indirect(sent, doc, text, marks, lex, speaker_for, contexts_for, own,
                                         used_cues, sentences, index))

        report.quotes = self._finish(drafts, text, report.document.outlet, lex)
        report.claims = [
            Claim(id=f"c{i}", text=q.text, start=q.start, end=q.end,
                  claimant=q.speaker.name if q.speaker else None, chain=q.chain, status=q.status, quote_id=q.id)
            for i, q in enumerate(report.quotes, 1)
        ]
        return work

    def _direct(self, q: QuoteMarks, doc: Any, text: str, marks: list[QuoteMarks], lex: AttributionLexicon,
                speaker_for: Any, contexts_for: Any, own: SourceContext, used_cues: set[int],
                last_direct: _Draft | None, sentences: list[Any], index: int) -> _Draft | None:
        cue = find_cue(doc, q, marks, lex.reporting_verbs)
        n_words = len(text[q.start:q.end].split())
        if cue is not None and cue.subject is not None:
            clauses = [_clause_extent(c) for c in cue.verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
            embedded = any(_within(c, q.outer_start, q.outer_end) for c in clauses)
            if n_words <= _SCARE_QUOTE_WORDS and not embedded and cue.verb.idx > q.outer_end + 40:
                return None
            used_cues.add(cue.verb.i)
            speaker = speaker_for(cue.subject, cue.extra.get("speaker_span"))
            start, end = q.start, q.end
            if embedded:
                clause = next(c for c in clauses if _within(c, q.outer_start, q.outer_end))
                start, end = _trim(text, *clause)
            denied = cue.negated or cue.verb.lemma_.lower() in lex.denial_verbs
            return _Draft(start, end, "mixed" if embedded else "direct",
                          Cue(text=cue.verb.text, start=cue.cue_start, end=cue.cue_end), speaker,
                          contexts_for(speaker, own), denied)
        according = self._according_to(sentences[index], doc)
        if according is not None:
            speaker = speaker_for(according)
            kind = "direct" if n_words > _SCARE_QUOTE_WORDS else "mixed"
            return _Draft(q.start, q.end, kind, None, speaker, contexts_for(speaker, own))
        # No cue: a quote that stands alone continues the previous speaker
        # ('“...,” Sokolov said. “Nobody came.”', or a quote paragraph after a quote paragraph).
        sentence_end = sentences[index].end_char
        stands_alone = not text[q.outer_end:sentence_end].strip(" .,;:!?\n\"”»“")
        if (last_direct is not None and last_direct.speaker is not None and n_words > _SCARE_QUOTE_WORDS
                and stands_alone):
            gap = text[last_direct.end:q.outer_start]
            if gap.count("\n") <= 2 and len(gap) < 400:
                return _Draft(q.start, q.end, "direct", None, last_direct.speaker, last_direct.contexts)
        return None

    @staticmethod
    def _according_to(sent: Any, doc: Any) -> Any | None:
        for tok in sent:
            if tok.lower_ == "according":
                for to in tok.children:
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            # "a report from Astra" -> Astra
                            for sub in obj.children:
                                if sub.dep_ == "prep" and sub.lower_ in ("from", "by"):
                                    for inner in sub.children:
                                        if inner.dep_ == "pobj":
                                            return inner
                            return obj
        return None

    def _indirect(self, sent: Any, doc: Any, text: str, marks: list[QuoteMarks], lex: AttributionLexicon,
                  speaker_for: Any, contexts_for: Any, own: SourceContext, used_cues: set[int],
                  sentences: list[Any], index: int) -> list[_Draft]:
        drafts: list[_Draft] = []
        quoted = [(m.outer_start, m.outer_end) for m in marks]
        for verb in sent:
            if verb.i in used_cues or verb.lemma_.lower() not in lex.reporting_verbs or verb.pos_ != "VERB":
                continue
            if any(a <= verb.idx < b for a, b in quoted):
                continue
            subject = subject_of(verb)
            if subject is None or verb.tag_ == "VBN" and verb.dep_ == "amod":
                continue
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
            if clauses:
                start, end = _trim(text, _clause_extent(clauses[0])[0], _clause_extent(clauses[-1])[1])
            elif addressee is not None and verb.lemma_.lower() == "tell":
                # "told the independent outlet he'd volunteered ...": the parser hangs the content
                # on the addressee; the content runs from after the addressee to the sentence end.
                after = max([addressee.i] + [t.i for t in addressee.lefts] + [
                    t.i for t in addressee.rights if t.dep_ in ("amod", "compound", "appos", "prep")])
                if after + 1 >= sent.end:
                    continue
                start, end = _trim(text, doc[after + 1].idx, sent.end_char)
            elif verb.dep_ == "parataxis" or (verb.dep_ == "ROOT" and verb.i > sent.start + 3
                                              and verb.i >= sent.end - 3):
                # "..., iStories reports." : the content is the rest of the sentence.
                start, end = _trim(text, sent.start_char, _clause_extent(verb)[0])
                if verb.dep_ == "ROOT":
                    start, end = _trim(text, sent.start_char, subject.left_edge.idx)
            elif verb.lemma_.lower() in lex.object_verbs:
                # "called for the impeachment of ...", "praised the efforts of ...": what is
                # said or wanted is the verb's object.
                objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "prep") and c.i > verb.i]
                if not objects:
                    continue
                start, end = _trim(text, _clause_extent(objects[0])[0], _clause_extent(objects[-1])[1])
            else:
                continue
            if end - start < 2 or any(a <= start and end <= b for a, b in quoted):
                continue
            speaker = speaker_for(subject)
            denied = is_negated(verb) or verb.lemma_.lower() in lex.denial_verbs
            drafts.append(_Draft(start, end, "indirect", Cue(text=verb.text, start=verb.idx,
                                                             end=verb.idx + len(verb.text)),
                                 speaker, contexts_for(speaker, own), denied))
        according = self._according_to(sent, doc)
        if according is not None and not any(a <= according.idx < b for a, b in quoted):
            prefix = text[sent.start_char:according.idx].lower()
            acc_tok = next(t for t in sent if t.lower_ == "according")
            if prefix.startswith(("that's according", "that’s according", "this is according")) and index > 0:
                prev = sentences[index - 1]
                start, end = _trim(text, prev.start_char, prev.end_char)
            elif acc_tok.i == sent.start or not text[sent.start_char:acc_tok.idx].strip(" “\"«"):
                # "According to the governor, three villages lost power."
                phrase_end = max(t.idx + len(t.text) for t in acc_tok.subtree)
                start, end = _trim(text, phrase_end, sent.end_char)
            else:
                start, end = _trim(text, sent.start_char, acc_tok.idx)
            if end - start >= 8 and not any(a <= start and end <= b for a, b in quoted):
                speaker = speaker_for(according)
                drafts.append(_Draft(start, end, "indirect",
                                     Cue(text="according to", start=acc_tok.idx, end=acc_tok.idx + 12),
                                     speaker, contexts_for(speaker, own)))
        return drafts

    @staticmethod
    def _finish(drafts: list[_Draft], text: str, outlet: str | None, lex: AttributionLexicon) -> list[Quote]:
        alleged_cues = {h.cue for h in lex.hedges if h.status == "alleged"}
        quotes: list[Quote] = []
        seen: set[tuple[int, int]] = set()
        for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
            if (draft.start, draft.end) in seen:
                continue
            seen.add((draft.start, draft.end))
            merged = SourceContext()
            for ctx in draft.contexts:
                merged.fill_from(ctx)
            hedges = list(merged.hedges)
            if draft.speaker is not None and draft.speaker.hedged and not hedges:
                hedges.append("identified only as" if "only as" in (draft.speaker.description or "") else "purported")
            if draft.denied:
                status = "denied"
            elif any(h in alleged_cues for h in hedges):
                status = "alleged"
            else:
                status = "reported"
            quotes.append(Quote(
                id=f"q{len(quotes) + 1}", text=text[draft.start:draft.end], start=draft.start, end=draft.end,
                kind=draft.kind,
                cue=draft.cue, speaker=draft.speaker,
                chain=build_chain(draft.speaker.name if draft.speaker else None, merged, outlet),
                hedges=hedges, status=status,
            ))
        return quotes


@component("attribution", requires=("doc", "entities"), assigns=("quotes",),
           per_language=True)
def make_attribution(settings: Settings, resources: dict[str, Any]) -> Stage:
    """Direct, mixed and indirect quotes with resolved speakers, chains, hedges and status."""
    return AttributionStage(settings, resources)
