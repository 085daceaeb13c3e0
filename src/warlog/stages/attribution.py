"""Stage ``attribution``: quotes and reported speech with speaker, chain, hedges and status."""

from __future__ import annotations

from typing import Any

from ..attribution.chains import SourceContext, build_chain, fill_releasers, kin_relays, sentence_context
from ..attribution.credits import apply_credits, credits, name_generic_outlets
from ..attribution.cue_syntax import (
    continues_content,
    contrast_cut,
    cue_span,
    ends_as_relay,
    is_trailing_cue,
    lead_before_cue,
    names_the_medium,
    only_adjuncts_after,
    relative_holder,
    trailing_conj,
)
from ..attribution.drafts import (
    Draft,
    clause_extent,
    dateline_at,
    document_speakers,
    hedge_back,
    nest_relays,
    set_relay,
    share_relays,
    trim,
    within,
)
from ..attribution.headlines import colon_attributions, colon_speaker, inner_quote
from ..attribution.learned import Learned
from ..attribution.learned import load as load_learned
from ..attribution.lexicon import AttributionLexicon, attribution_lexicon, for_text
from ..attribution.noun_cues import estimate_cues, speech_nouns, stance_preps, view_cues
from ..attribution.quotes import (
    QuoteMarks,
    find_cue,
    find_quote_marks,
    is_negated,
    speaker_extent,
    subject_of,
)
from ..attribution.relays import as_saying_clauses, is_citing, relay_for
from ..attribution.speakers import SpeakerMemory, aged_antecedent, named_institution, resolve_speaker
from ..models import Claim, Cue, Quote, Speaker
from ..pipeline.component import Stage, Work, component
from ..settings import Settings

_SCARE_QUOTE_WORDS = 3

# Cues that name a speech act even without a content clause ("wrote a long post", "described to the outlet how").
_SPEECH_ACTS = frozenset({"say", "tell", "write", "describe", "post", "publish", "recall", "explain", "speak",
                          "blame", "accuse", "deny", "claim", "report", "insist", "argue", "warn", "admit"})




# "according to preliminary information", "according to early reports": how sure, not who says it
_UNSOURCED = frozenset({"information", "data", "reports", "report", "figures", "estimates", "findings"})
_EARLY = frozenset({"preliminary", "early", "initial", "first", "unconfirmed", "unverified", "latest", "updated",
                    "operational"})

class AttributionStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.context_of: Any = None  # the source context of a sentence, set per document in __call__
        # a model the user trained (warlog train attribution) joins the English rules; none: the rules alone
        self.learned: Learned | None = load_learned(settings, attribution_lexicon("en"))

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
        drafts: list[Draft] = []
        used_cues: set[int] = set()
        last_direct: Draft | None = None
        sentences = list(doc.sents)
        context_cache: dict[int, SourceContext] = {}

        def context_of(sent: Any) -> SourceContext:
            if sent.start_char not in context_cache:
                context_cache[sent.start_char] = sentence_context(text, sent.start_char, sent.end_char, entities,
                                                                  context_lex, excluded)
            return context_cache[sent.start_char]

        self.context_of = context_of

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

        def speaker_for(subject: Any, span: tuple[int, int] | None = None, remember: bool = True) -> Speaker:
            s_start, s_end = span or speaker_extent(subject)
            dateline = dateline_at(text, s_start, s_end)
            if dateline is not None and dateline < s_end:  # "KYIV (Reuters) - The governor": not Reuters
                s_start = dateline
            speaker = resolve_speaker(subject, doc, entities, memory, s_start, s_end, lex.speaker_words)
            antecedent = (memory.described(speaker) or aged_antecedent(speaker, entities, text)
                          or named_institution(speaker, entities))
            if antecedent is not None:
                speaker = antecedent.model_copy(update={"text": speaker.text, "start": speaker.start,
                                                        "end": speaker.end})
            if span is None and subject.pos_ != "PRON":
                # The mention is the whole noun phrase, appositions and relative clauses included
                # ("Matt Sinovic, director of ..., said"), as PolNeAR marks sources.
                m_start, m_end = trim(text, *clause_extent(subject))
                dateline = dateline_at(text, m_start, m_end)
                if dateline is not None and dateline <= speaker.start:
                    m_start = dateline
                if m_start <= speaker.start and speaker.end <= m_end:
                    speaker = speaker.model_copy(update={"text": text[m_start:m_end], "start": m_start, "end": m_end})
            if speaker.kind == "person" and lex.releaser_regex.fullmatch(speaker.name):
                speaker = speaker.model_copy(update={"kind": "organization"})  # "The SBU said": a service
            if remember:
                memory.remember(speaker)
            return speaker

        for index, sent in enumerate(sentences):
            own = context_of(sent)
            if not own.empty():
                continues = (own.medium and own.medium == active.medium and own.releaser
                             and not active.releaser and names_the_medium(sent.text, own.medium, lex))
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
            first_new = len(drafts)
            drafts.extend(self._indirect(sent, doc, text, marks, lex, speaker_for, contexts_for, own,
                                         used_cues, sentences, index))
            nest_relays([d for d in drafts[first_new:]] + [d for d in drafts if d.cue is not None and
                                                              sent.start_char <= d.cue.start < sent.end_char
                                                              and d not in drafts[first_new:]])
        for found in colon_attributions(text, [(d.start, d.end) for d in drafts]):
            start, end, kind = inner_quote(text, *found.content)
            speaker = colon_speaker(text, entities, *found.source)
            memory.remember(speaker)
            drafts.append(Draft(start, end, kind, Cue(text=":", start=found.cue[0], end=found.cue[1]), speaker,
                                [context_of(doc.char_span(start, end, alignment_mode="expand").sent)]
                                if doc.char_span(start, end, alignment_mode="expand") is not None else []))
        if self.learned is not None and (report.document.language or "en") == "en":
            drafts = self.learned.merge(doc, drafts, marks, speaker_for, contexts_for, context_of)
        hedge_back(drafts, text, sentences, lex, excluded)
        document_speakers(drafts, lex)
        share_relays(drafts, report.document.outlet)

        report.quotes = self._finish(drafts, text, report.document.outlet, lex)
        fill_releasers(report.quotes, list(context_cache.values()))
        kin_relays(report.quotes)
        story_credits = credits(text, entities, report.document.outlet, excluded)
        name_generic_outlets(report.quotes, entities, story_credits, report.document.outlet)
        apply_credits(report.quotes, story_credits, report.document.outlet)
        report.claims = [
            Claim(id=f"c{i}", text=q.text, start=q.start, end=q.end,
                  claimant=q.speaker.name if q.speaker else None, chain=q.chain, status=q.status, quote_id=q.id)
            for i, q in enumerate(report.quotes, 1)
        ]
        return work

    def _direct(self, q: QuoteMarks, doc: Any, text: str, marks: list[QuoteMarks], lex: AttributionLexicon,
                speaker_for: Any, contexts_for: Any, own: SourceContext, used_cues: set[int],
                last_direct: Draft | None, sentences: list[Any], index: int) -> Draft | None:
        cue = find_cue(doc, q, marks, lex.reporting_verbs)
        n_words = len(text[q.start:q.end].split())
        if cue is not None and cue.subject is not None and within(clause_extent(cue.subject), *trim(text, q.start,
                                                                                                     q.end)):
            return None  # a quoted name or phrase inside the speaker's own description is no quote of theirs
        if cue is not None and cue.subject is not None:
            clauses = [clause_extent(c) for c in cue.verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
            embedded = any(within(c, q.outer_start, q.outer_end) for c in clauses)
            if n_words <= _SCARE_QUOTE_WORDS and not embedded and cue.verb.idx > q.outer_end + 40:
                return None
            if n_words <= _SCARE_QUOTE_WORDS and not embedded and any(
                    c.dep_ == "advcl" and c.i > cue.verb.i and within(clause_extent(c), q.outer_start, q.outer_end)
                    for c in cue.verb.children):
                return None  # "he opposed the war, crossing the border in a 'special operation'": not his words
            lead = lead_before_cue(text, q, cue.verb, cue.subject)
            if lead is not None:  # '"Brutal" shelling had rained down on ... in Kherson, he said': mixed
                embedded = True
            used_cues.add(cue.verb.i)
            trailing = [c for c in cue.verb.children if c.dep_ == "ccomp" and c.idx > q.outer_end]
            trailing_relay = None
            # '... "saboteurs", RIA Novosti reported'
            if trailing and (is_trailing_cue(trailing[-1], lex) or ends_as_relay(trailing[-1], lex)):
                used_cues.add(trailing[-1].i)
                trailing_relay = subject_of(trailing[-1])
            head = cue.verb.head
            if (trailing_relay is None and cue.verb.dep_ == "ccomp" and head.i > cue.verb.i and head.idx > q.outer_end
                    and is_trailing_cue(head, lex)):  # 'Peskov said ... "saboteurs", the RIA agency reported'
                used_cues.add(head.i)
                trailing_relay = subject_of(head)
            cue_sent = cue.verb.sent
            if not (cue_sent.start_char <= q.outer_start < cue_sent.end_char):
                # '"We're sitting in mud. ..." says a man ... in a video': the cue's sentence names the medium
                cue_own = self.context_of(cue_sent)
                merged_own = SourceContext()
                merged_own.fill_from(cue_own)
                merged_own.fill_from(own)
                own = merged_own
            relay = relay_for(cue.verb, cue.verb.sent, lex)
            relayed = relay is not None and relay.always
            speaker = speaker_for(relay.source if relay is not None and relayed else cue.subject,
                                  None if relayed else cue.extra.get("speaker_span"))
            start, end = q.start, q.end
            if lead is not None:
                start, end = lead
            elif embedded:
                clause = next(c for c in clauses if within(c, q.outer_start, q.outer_end))
                start, end = trim(text, *clause)
            denied = cue.negated or cue.verb.lemma_.lower() in lex.denial_verbs
            draft = Draft(start, end, "mixed" if embedded else "direct",
                           cue_span(cue.verb, text) if cue.cue_start == cue.verb.idx else
                           Cue(text=cue.verb.text, start=cue.cue_start, end=cue.cue_end), speaker,
                           contexts_for(speaker, own), denied)
            if relay is not None and relayed:
                set_relay(draft, relay, speaker_for)
            elif trailing_relay is not None:
                relayer = speaker_for(trailing_relay, remember=False)
                if relayer.kind in ("outlet", "organization") and relayer.name != speaker.name:
                    draft.relay = relayer.name
            return draft
        according = self._according_to(sentences[index], doc)
        if according is not None:
            speaker = speaker_for(according)
            kind = "direct" if n_words > _SCARE_QUOTE_WORDS else "mixed"
            return Draft(q.start, q.end, kind, None, speaker, contexts_for(speaker, own))
        # No cue: a quote that stands alone continues the previous speaker
        # ('“...,” Sokolov said. “Nobody came.”', or a quote paragraph after a quote paragraph).
        sentence_end = sentences[index].end_char
        stands_alone = not text[q.outer_end:sentence_end].strip(" .,;:!?\n\"”»“")
        if (last_direct is not None and last_direct.speaker is not None and n_words > _SCARE_QUOTE_WORDS
                and stands_alone):
            gap = text[last_direct.end:q.outer_start]
            if gap.count("\n") <= 2 and len(gap) < 400:
                return Draft(q.start, q.end, "direct", None, last_direct.speaker, last_direct.contexts)
        return None

    @staticmethod
    def _according_to(sent: Any, doc: Any) -> Any | None:
        for tok in sent:
            if tok.lower_ == "according":
                for to in tok.children:
                    for obj in to.children:
                        if obj.dep_ == "pobj":
                            # "a report from Astra" -> Astra; "a report on the website of TASS" -> TASS
                            for sub in obj.children:
                                if sub.dep_ == "prep" and sub.lower_ in ("from", "by"):
                                    for inner in sub.children:
                                        if inner.dep_ == "pobj":
                                            return inner
                            if obj.lower_ in ("report", "reports", "post", "statement", "publication", "story"):
                                named = [t for t in obj.subtree if t.i > obj.i and t.pos_ == "PROPN"
                                         and t.dep_ in ("pobj", "appos", "dobj") and t.ent_type_ not in ("NORP",)]
                                if named:
                                    return named[-1]
                            if obj.lower_ in _UNSOURCED and any(c.lower_ in _EARLY for c in obj.children):
                                return None  # "according to preliminary information": a hedge, nobody's claim
                            return obj
        return None

    def _indirect(self, sent: Any, doc: Any, text: str, marks: list[QuoteMarks], lex: AttributionLexicon,
                  speaker_for: Any, contexts_for: Any, own: SourceContext, used_cues: set[int],
                  sentences: list[Any], index: int) -> list[Draft]:
        drafts: list[Draft] = []
        quoted = [(m.outer_start, m.outer_end) for m in marks]
        made: set[int] = set()  # the verbs that gave a draft here
        for verb in sent:
            if verb.i in used_cues or verb.lemma_.lower() not in lex.reporting_verbs or verb.pos_ != "VERB":
                continue
            if any(a <= verb.idx < b for a, b in quoted) or is_citing(verb):
                continue
            subject = subject_of(verb)
            if (subject is None and verb.dep_ == "acl" and verb.lemma_.lower() in _SPEECH_ACTS
                    and verb.head.left_edge.i == sent.start and verb.head.pos_ == "NOUN"
                    and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)):
                # "A survivor described to the outlet how ...", parsed as a participle: the "he said" after it
                # is the survivor's.
                speaker_for(verb.head)
                continue
            holder_span: tuple[int, int] | None = None
            if (subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG"
                    and verb.lemma_.lower() in lex.object_verbs
                    and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i):
                subject = verb.head  # "pastors supporting the senator", "a petition calling for his removal"
                holder_span = (subject.left_edge.idx, subject.idx + len(subject.text))
            relay = relay_for(verb, sent, lex)
            if relay is not None and relay.always and verb.lemma_.lower() != "say":
                subject = relay.source
            elif relay is not None and relay.always:
                continue  # the "saying" of "cited Y as saying": its citing verb is the cue
            if subject is None or verb.tag_ == "VBN" and verb.dep_ == "amod":
                continue
            if (subject.dep_ == "nsubjpass" and subject.head.i == verb.i and verb.i + 1 < sent.end
                    and verb.nbor(1).lower_ != "by" and any(c.dep_ == "xcomp" for c in verb.children)):
                continue  # "troops are reported to have freed ...": the subject is told about, not telling
            holder = relative_holder(verb, subject)
            if holder is not None:
                subject = holder
            clauses = [c for c in verb.children if c.dep_ == "ccomp"] or as_saying_clauses(verb)
            if holder is not None and not clauses:
                clauses = [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
            cue_end: int | None = None
            rest: tuple[int, int] | None = None  # the content's part after a medial cue
            outer_relay = None
            if clauses and (is_trailing_cue(clauses[-1], lex) or ends_as_relay(clauses[-1], lex)):
                # "Peskov said the president was briefed, RIA reported" parsed as said -> reported -> briefed
                # (or said -> [briefed, reported]): Peskov's words are the inner clauses, and RIA relays them.
                trailing = clauses[-1]
                used_cues.add(trailing.i)
                outer_relay = subject_of(trailing)
                clauses = clauses[:-1] + [c for c in trailing.children if c.dep_ == "ccomp" and c.i < trailing.i]
            addressee = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
            if clauses:
                continued = [c for c in verb.children if c.dep_ == "conj" and continues_content(verb, c, clauses[-1],
                                                                                                  lex)]
                used_cues.update(c.i for c in continued)
                if clauses[-1].i < verb.i and continued and continued[0].i > verb.i:
                    # "Three people were killed, officials said, and five were wounded": the rest after the cue
                    rest = trim(text, clause_extent(continued[0])[0], clause_extent(continued[-1])[1])
                    continued = []
                last = (continued or clauses)[-1]
                start, end = trim(text, clause_extent(clauses[0])[0], clause_extent(last)[1])
                cut = contrast_cut(last)
                if cut is not None and start < cut < end:
                    start, end = trim(text, start, cut)
                if holder is not None:  # "who it says defected": what is said follows the cue
                    start = max(start, trim(text, verb.idx + len(verb.text), end)[0])
            elif addressee is not None and verb.lemma_.lower() == "tell":
                # "told the independent outlet he'd volunteered ...": the parser hangs the content
                # on the addressee; the content runs from after the addressee to the sentence end.
                after = max([addressee.i] + [t.i for t in addressee.lefts] + [
                    t.i for t in addressee.rights if t.dep_ in ("amod", "compound", "appos", "prep")])
                if after + 1 >= sent.end:
                    continue
                start, end = trim(text, doc[after + 1].idx, sent.end_char)
            elif verb.dep_ == "parataxis" or (verb.dep_ == "ROOT" and verb.i > sent.start + 3
                                              and subject.left_edge.i > sent.start + 1
                                              and (verb.i >= sent.end - 3 or only_adjuncts_after(verb))) \
                    or trailing_conj(verb, subject, sent) \
                    or verb.dep_ in ("ccomp", "advcl") and verb.head.i < subject.left_edge.i \
                    and ends_as_relay(verb, lex):
                # "Three soldiers deserted ..., the Baza channel reported, citing ...": the parser made the content
                # the sentence's root and hung the cue on it
                # "..., iStories reports." : the content is the rest of the sentence.
                start, end = trim(text, sent.start_char, clause_extent(verb)[0])
                if verb.dep_ in ("ROOT", "conj", "ccomp", "advcl"):
                    start, end = trim(text, sent.start_char, min(subject.left_edge.idx, verb.idx))
                elif verb.dep_ == "parataxis":
                    # "The bridge, the governor said, was hit twice": the content goes on after a medial cue.
                    after = trim(text, clause_extent(verb)[1], sent.end_char)
                    goes_on = verb.head.i > verb.i or any(c.dep_ == "conj" and c.i > verb.i for c in verb.head.children)
                    if after[1] - after[0] >= 8 and goes_on:  # "... were killed, officials said, and five ..."
                        rest = after
            elif verb.lemma_.lower() in lex.infinitive_verbs:
                infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                                   and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
                if infinitive is None:
                    continue
                start, end = trim(text, *clause_extent(infinitive))
            elif verb.lemma_.lower() in lex.object_verbs:
                # "called for the impeachment of ...", "praised the efforts of ...": what is
                # said or wanted is the verb's object.
                objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "prep") and c.i > verb.i]
                if not objects:
                    continue
                start, end = trim(text, clause_extent(objects[0])[0], clause_extent(objects[-1])[1])
                if objects[0].dep_ == "prep" and objects[0].lower_ in lex.stance_preps.get(verb.lemma_.lower(), ()):
                    # "called for the impeachment": the preposition belongs to the cue, as PolNeAR marks it.
                    prep_end = objects[0].idx + len(objects[0].text)
                    cue_end, start = prep_end, trim(text, prep_end, end)[0]
            else:
                if subject.pos_ != "PRON" and verb.lemma_.lower() in _SPEECH_ACTS and subject.head.i == verb.i:
                    speaker_for(subject)  # "Biliak wrote a long post ...": the "he wrote" after it is his
                continue
            if relay is not None and relay.citing:  # "reported, citing the ministry, that ...": not content
                citing_end = max(doc[i].idx + len(doc[i].text) for i in relay.citing)
                if start >= min(doc[i].idx for i in relay.citing) and start < citing_end:
                    start, end = trim(text, citing_end, end)
            if end - start < 2 or any(a <= start and end <= b for a, b in quoted):
                continue
            speaker = speaker_for(subject, holder_span)
            denied = is_negated(verb) or verb.lemma_.lower() in lex.denial_verbs
            cue = cue_span(verb, text)
            if cue_end is not None:
                cue = Cue(text=text[cue.start:cue_end], start=cue.start, end=cue_end)
            draft = Draft(start, end, "indirect", cue, speaker, contexts_for(speaker, own), denied)
            made.add(verb.i)
            if outer_relay is not None:
                relayer = speaker_for(outer_relay, remember=False)
                if relayer.kind in ("outlet", "organization") and relayer.name != speaker.name:
                    draft.relay = relayer.name
            if relay is not None:
                if relay.always:
                    set_relay(draft, relay, speaker_for)
                else:  # "X reported, citing Y": Y speaks when X is an outlet; otherwise X speaks citing Y
                    relayer = speaker
                    if relay.authorless:
                        draft.medium = relay.medium
                    elif relayer.kind in ("outlet", "organization"):
                        draft.speaker = speaker_for(relay.source)
                        draft.contexts = contexts_for(draft.speaker, own)
                        draft.relay, draft.medium = relayer.name, relay.medium
            drafts.append(draft)
            if rest is not None and text.startswith(("and ", "but "), rest[0]):
                rest = trim(text, text.index(" ", rest[0]), rest[1])
            if rest is not None and not any(a <= rest[0] and rest[1] <= b for a, b in quoted):
                drafts.append(Draft(rest[0], rest[1], "indirect", draft.cue, draft.speaker, draft.contexts,
                                    draft.denied, relay=draft.relay, medium=draft.medium))
        drafts.extend(view_cues(sent, text, quoted, speaker_for, contexts_for, own))
        drafts.extend(estimate_cues(sent, text, used_cues, speaker_for, contexts_for, own))
        drafts.extend(speech_nouns(sent, text, quoted, used_cues, lex, speaker_for, contexts_for, own))
        drafts.extend(stance_preps(sent, text, quoted, used_cues | made, lex, speaker_for, contexts_for, own))
        according = self._according_to(sent, doc)
        if according is not None and not any(a <= according.idx < b for a, b in quoted):
            prefix = text[sent.start_char:according.idx].lower()
            acc_tok = next(t for t in sent if t.lower_ == "according")
            if prefix.startswith(("that's according", "that’s according", "this is according")) and index > 0:
                prev = sentences[index - 1]
                start, end = trim(text, prev.start_char, prev.end_char)
            elif acc_tok.i == sent.start or not text[sent.start_char:acc_tok.idx].strip(" “\"«"):
                # "According to the governor, three villages lost power."
                phrase_end = max(t.idx + len(t.text) for t in acc_tok.subtree)
                start, end = trim(text, phrase_end, sent.end_char)
            else:
                start, end = trim(text, sent.start_char, acc_tok.idx)
            if end - start >= 8 and not any(a <= start and end <= b for a, b in quoted):
                speaker = speaker_for(according)
                # The cue as written ("According to", "according\nto"): its text is the text at its offsets.
                after = acc_tok.nbor(1) if acc_tok.i + 1 < len(acc_tok.doc) else None
                cue_end = after.idx + len(after.text) if after is not None and after.lower_ == "to" else (
                    acc_tok.idx + len(acc_tok.text))
                drafts.append(Draft(start, end, "indirect",
                                     Cue(text=text[acc_tok.idx:cue_end], start=acc_tok.idx, end=cue_end),
                                     speaker, contexts_for(speaker, own)))
        return drafts

    @staticmethod
    def _finish(drafts: list[Draft], text: str, outlet: str | None, lex: AttributionLexicon) -> list[Quote]:
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
            if draft.medium:
                merged.medium = draft.medium
            if draft.relay:
                merged.reporter = draft.relay
            hedges = list(merged.hedges) + [h for h in draft.hedges if h not in merged.hedges]
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
