"""Stage ``incidents``: typed, placed, dated and counted incidents with their evidence."""

from __future__ import annotations

import re
from typing import Any

from .. import resources as res
from ..attribution.incident_sources import sources as incident_sources
from ..attribution.lexicon import attribution_lexicon
from ..geo.incident_places import fill_where
from ..incidents import casualties, context_places, coordinated, events, followup, report_level, shares, slots
from ..incidents.detect import (
    Candidate,
    counted,
    find_mentions,
    group_mentions,
    has_anchor,
    is_country,
    places_nest,
)
from ..incidents.lexicon import IncidentLexicon, incident_lexicon, taxonomy
from ..incidents.roundups import roundup_tolls
from ..incidents.scenes import NEW_SCENE, split_scenes
from ..mentions.review import review
from ..models import Acled, ChainLink, Claim, Count, Entity, Incident, Quote, Report
from ..pipeline.component import Stage, Work, component
from ..settings import Settings

# "he was shot dead by ...": the victim is the person the pronoun refers to.
_PRONOUN_VICTIM = re.compile(r"\b(?:he|she)\s+(?:was|had been|has been|got|were)\s+(?:\w+\s+)?$", re.IGNORECASE)
_VICTIM_REACH = 40  # characters between a trigger and a name for the name to be its victim
_SINGULAR_PASSIVE = re.compile(r"\b(?:was|(?:has|had)\s+(?:\w+\s+)?been)\s+(?:\w+\s+)?$", re.IGNORECASE)
_KILLED = re.compile(r"\b(?:shot dead|killed|murdered|stabbed to death|beaten to death|bludgeoned to death|"
                     r"clubbed to death|hacked to death|executed|shot|(?:killing|execution|murder)\s+of)\b",
                     re.IGNORECASE)
# "a video ... appears to show a fighter said to have gone over to Ukraine's side being bludgeoned to death"
_ONE_BEING = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}(?:fighter|soldier|man|deserter|defector|prisoner|"
                        r"mercenary|serviceman|convict|recruit)\b[^.;]{0,80}\bbeing\s+(?:\w+\s+)?$", re.IGNORECASE)


# A follow-on event told without its own anchor: it happened where and when the previous one did.
# ("died on the spot" is how the victim died, not a next step)
_ON_THE_SPOT = re.compile(r"\b(?:at\s+the\s+scene|(?<!died\s)(?<!killed\s)(?<!dead\s)on\s+the\s+spot|"
                          r"immediately\s+afterwards?|shortly\s+afterwards?|"
                          r"minutes\s+later|moments\s+later|later\s+that\s+(?:day|night))\b", re.IGNORECASE)
# The next step of the same story, told before the event's trigger: "forces then located the guns and hit them",
# "Once he saw what had been done, he fled", "in response, they shelled ...". After the trigger it sequences
# something else in the sentence ("sprayed tear gas and then stabbed him": the spray is no event of its own).
_NEXT_STEP = re.compile(r"\b(?:then|thereupon|in\s+(?:response|retaliation)|(?-i:Once))\b", re.IGNORECASE)
# The man or men the story just told of, held: "He was detained and faces up to 12 years in prison".
# (or "The shooter, a volunteer who signed a contract in the summer, was detained")
_HELD_AFTER = re.compile(r"\s*(?:He|She|They|The\s+(?:shooter|attacker|gunman|killer|suspect|assailant|perpetrator|"
                         r"soldier|serviceman|deserter|man)s?(?:,[^,.;]{1,80},)?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                         r"(?:later\s+|then\s+|subsequently\s+|also\s+|eventually\s+)?"
                         r"(?:detained|arrested|taken\s+into\s+custody|apprehended)\b")

_BREAKS = re.compile(r"\n+")
# A sentence about the event just told ("The incident reportedly took place as Russian forces pulled out of
# Opytne"): what else it tells is the event's circumstance, not an event of its own.
_SAME_EVENT = re.compile(r"\s*(?:The|This|That)\s+(?:incident|attack|strike|shooting|episode|killing|blast|"
                         r"explosion)\s+(?:\w+\s+){0,2}?(?:took\s+place|happened|occurred)\b")
_GOES_ON = re.compile(r"\s*(?:He|She|They)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?"
                      r"(?:found|caught|detained|arrested|held|located|stopped|tracked\s+down)\b")
_WHO_DO = re.compile(r"\b(?:who|that)\s+$", re.IGNORECASE)
_TOLL_REACH = 4  # sentences after an event within which a bare toll ("killing two") counts its victims


def _paragraph_index(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Each sentence's paragraph: a run of line breaks ends one (a blank line is one break, not two)."""
    return [len(_BREAKS.findall(text, 0, start)) for start, _ in sentences]


def _victims(text: str, entities: list[Entity], sentences: list[tuple[int, int]], index: int,
             triggers: list[tuple[int, int]]) -> tuple[list[Entity], list[int]]:
    """Named victims next to a trigger, or the person a 'he'/'she' in the trigger sentence refers to."""
    a, b = sentences[index]
    persons = [e for e in entities if e.label == "PERSON" and a <= e.start < b
               and any(t[0] - _VICTIM_REACH <= e.start <= t[1] + _VICTIM_REACH for t in triggers)]
    if persons:
        return persons, []
    if any(_PRONOUN_VICTIM.search(text[max(a, t[0] - 40):t[0]]) for t in triggers):
        for back in (index - 1, index - 2):
            if back < 0:
                break
            pa, pb = sentences[back]
            earlier = [e for e in entities if e.label == "PERSON" and pa <= e.start < pb]
            if earlier:
                return [earlier[0]], list(range(back, index))
    return [], []


# "he'd volunteered ... but refused to fight any further": a singular pronoun subject in the trigger's clause.
_OWN_REFUSAL = re.compile(r"\b(?:he|she|I)(?:['’]d|['’]s| had| has| have| was)?\s+(?:[\w’']+\s+){0,12}$",
                          re.IGNORECASE)
_GROUP_SUBJECT = re.compile(r"\b(?:they|we|men|soldiers|troops|unit|company|battalion|brigade|regiment|platoon|"
                            r"servicemen|group|crew|dozens|hundreds|others|comrades)\b", re.IGNORECASE)


def _own_refusal(text: str, trigger: int, sentence_start: int) -> bool:
    """A refusal told by one person about himself (a singular pronoun subject, no group in the clause).

    The issue's definition of the seed articles counts collective refusals and refusals reported as events;
    a person's own account of having stopped fighting stays in the people registry as his fate.
    """
    clause = re.split(r"[;:]|,\s+(?:and|but)\s+", text[sentence_start:trigger])[-1]
    return bool(_OWN_REFUSAL.search(clause)) and not _GROUP_SUBJECT.search(clause)


def there_and_then(events: list[Incident], follows: list[tuple[int, int]]) -> None:
    """A follow-on event ("He was arrested at the scene") takes the date and place of the event it followed."""
    def holding(offset: int) -> Incident | None:
        return next((e for e in events if any(s.start <= offset < s.end for s in e.evidence)), None)

    for after, before in follows:
        event, previous = holding(after), holding(before)
        if event is None or previous is None or event is previous:
            continue
        if event.when.start is None and previous.when.start is not None:
            event.when = previous.when.model_copy()
        # a place its own sentences do not name (a country named in the sentence before: "said it helped Russia")
        # gives way to the place of the event it followed
        borrowed = event.where is not None and event.where.span is not None and not any(
            s.start <= event.where.span.start < s.end for s in event.evidence)
        if (event.where is None or borrowed) and previous.where is not None:
            event.where = previous.where.model_copy()


_POST_SENTENCES = 8  # a text this short is a post or a brief: one teller, one scene


def is_post(text: str, sentences: list[tuple[int, int]]) -> bool:
    """A post (a few sentences, no headline: its first line ends a sentence) rather than a story under a title."""
    first_line = text.strip().split("\n", 1)[0].rstrip()
    return len(sentences) <= _POST_SENTENCES and first_line.endswith((".", "!", "?", "…"))


class IncidentStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.resources = resources

    def __call__(self, work: Work) -> Work:
        report = work.report
        if work.doc is None:  # the nlp stage did not analyse this language
            return work
        text = report.document.text
        lang = report.document.language or "en"
        lex = incident_lexicon(lang)
        alleged = [h.regex for h in attribution_lexicon(lang).hedges if h.status == "alleged"]
        sentences: list[tuple[int, int]] = work.scratch["sentences"]
        paragraphs = _paragraph_index(text, sentences)
        side = slots.document_side(report.entities)
        speaker_spans = [(q.speaker.start, q.speaker.end) for q in report.quotes if q.speaker]
        # 1. mentions: triggers minus negated, hypothetical and context ones, grouped and kept when specific
        # (the learned classifier, when on, drops hits it is confident tell no event: warlog.mentions)
        mentions = review(find_mentions(text, sentences, lex), report, sentences, self.settings)
        if lang == "en":  # "Seven people were injured in Donetsk Oblast: three in Illinivka, ..." in a roundup
            mentions = sorted(mentions + roundup_tolls(text, sentences, mentions, report.entities, lex),
                              key=lambda m: m.start)
        grouped = split_scenes(group_mentions(mentions, paragraphs), text, sentences, report.entities,
                               by_clause=lang == "en")
        post = is_post(text, sentences)
        kept, follows = self._select(report, grouped, sentences, paragraphs, speaker_spans, post)
        # 2. one incident per kept candidate, its slots from its own sentences
        events_told = [c for c in kept if not self._own_account(text, c, sentences)]
        incidents = [self._incident(report, cand, sentences, paragraphs, side, speaker_spans, alleged, n)
                     for n, cand in enumerate(events_told)]
        by_id = {e.id: e for e in report.entities}
        for incident, cand in zip(incidents, events_told, strict=True):
            fill_where(incident, by_id)
            if cand.site is not None and cand.site.geo is not None:
                incident.where = shares.place_where(cand.site)  # the village its own clause names
        context_places.resolve_in_context(report, incidents, sentences,
                                          lambda: res.resolver(self.settings, self.resources), side)
        # 3. the tellings of one event become one incident; slots it still lacks come from the rest of the report
        # A follow-on event ("forces then hit the guns") is the next step of the story, not a retelling of it.
        follow_ons = {i.id for i in incidents for after, _ in follows
                      if any(s.start <= after < s.end for s in i.evidence)}
        resolved = events.resolve(incidents, text, report.document.outlet, self._sizes(report, incidents),
                                  lex.generic_types, follow_ons)
        lethal = {name for name, info in taxonomy().items() if info.lethal}
        told = followup.complete(resolved, text, report.entities, sentences, lex, lethal,
                                 report.document.published, report.quotes, post=post)
        for incident in resolved:
            self._add_tellings(report, incident, told.get(incident.id, []), alleged)
        there_and_then(resolved, follows)
        if lang == "en":
            resolved = shares.split(resolved, text, report.entities)  # "three killed, two of them in A, one in B"
            resolved = coordinated.split(resolved, text, report.entities)  # "recaptured A and also B"
        report_level.country_by_adjective(resolved, report)
        if lang == "en":
            report_level.country_of_report(resolved, report)
            report_level.lead_teller(resolved, report)
            report_level.lead_day(resolved, report)
            report_level.region_of_report(resolved, report)
        for number, incident in enumerate(resolved, 1):
            incident.id = f"{report.document.id}-i{number}"
        report.incidents = resolved
        return work

    def _select(self, report: Report, candidates: list[Candidate], sentences: list[tuple[int, int]],
                paragraphs: list[int], speaker_spans: list[tuple[int, int]], post: bool = False
                ) -> tuple[list[Candidate], list[tuple[int, int]]]:
        """The candidates that tell an event, and the follow-on pairs among them.

        Returns the kept candidates and, for each follow-on event ("He was arrested at the scene"), the offsets
        of its first trigger and of the previous event's first trigger.
        """
        text = report.document.text

        def anchored(cand: Candidate) -> bool:
            first, last = cand.sentences[0], cand.sentences[-1]
            # The paragraph's opening may set the scene two sentences earlier ("In Svatove, the men ...").
            around = [sentences[i] for i in range(max(first - 2, 0), last + 1)
                      if paragraphs[i] == paragraphs[first]]
            # a later telling in a paragraph of its own may name who it happened to ("He and several others ...")
            around += [sentences[i] for i in cand.sentences if paragraphs[i] != paragraphs[first]]
            # a short post is one telling: its opening line's town anchors every line ("... a route 17 bus in Kherson
            # with a drone.\nShortly after 14:00, they dropped explosives next to the bus.")
            if post:
                around += [span for i, span in enumerate(sentences) if paragraphs[i] == 0]
            if any(has_anchor(text, span, report.entities, speaker_spans) for span in around):
                return True
            # The next sentence may go on about the same man: "... has detained a contract soldier. He was found
            # in Zaporizhya".
            after = last + 1
            if (after < len(sentences) and paragraphs[after] == paragraphs[last]
                    and _GOES_ON.match(text, sentences[after][0])
                    and has_anchor(text, sentences[after], report.entities, speaker_spans)):
                return True
            if any(counted(text, sentences[i]) for i in cand.sentences):
                return True
            # A toll read with its verb is specific even where the tagger found no number ("Two rebels killed in
            # fresh clashes", "Bus shelling kills 13"): headlines are tagged worst.
            if any(c is not None for c in casualties.read(text, [sentences[i] for i in cand.sentences])):
                return True
            # An event of a specific type told alike by the headline and the lead is the report's own event even
            # with no place or count ("Troops destroyed a mercenary tank in friendly fire" over "... destroyed a
            # tank of the mercenary group in a friendly fire incident, an intercepted call suggests").
            # A class of people named by what they do ("draftees who refuse to fight") tells no event.
            told_in = {paragraphs[m.sentence] for c in candidates if c.type == cand.type for m in c.mentions
                       if not _WHO_DO.search(text, max(0, m.start - 12), m.start)}
            return (cand.type not in lex.generic_types and {0, 1} <= told_in
                    and paragraphs[cand.sentences[0]] <= 1)

        kept: list[Candidate] = []
        follows: list[tuple[int, int]] = []
        lex = incident_lexicon(report.document.language or "en")
        for cand in candidates:
            toll = kept and self._counts_previous(report, kept[-1], cand, sentences, lex)
            if toll == "joins":
                kept[-1].mentions.extend(cand.mentions)  # "... killing two": the toll of the event just told
                continue
            if toll == "retold":
                continue  # a toll with no scene of its own, far below the story's event: the event told again
            if kept and kept[-1].type != cand.type and _SAME_EVENT.match(text, sentences[cand.sentences[0]][0]):
                continue  # "The incident took place as forces pulled out of X": its circumstance
            if anchored(cand):
                if kept and kept[-1].type != cand.type and self._on_the_spot(text, sentences, kept[-1], cand):
                    follows.append((cand.mentions[0].start, kept[-1].mentions[0].start))  # "then hit them"
                kept.append(cand)  # whether it tells an event already told is decided by ``events.resolve``
                continue
            # An unanchored mention right after an incident of its type continues that story
            # ("Our command has abandoned us" after "they have no command"); otherwise it is generic.
            if self._continues(kept, cand, paragraphs):
                kept[-1].mentions.extend(cand.mentions)
            elif kept and self._on_the_spot(text, sentences, kept[-1], cand):
                follows.append((cand.mentions[0].start, kept[-1].mentions[0].start))  # "arrested at the scene"
                kept.append(cand)
        return kept, follows

    @staticmethod
    def _counts_previous(report: Report, prev: Candidate, cand: Candidate, sentences: list[tuple[int, int]],
                         lex: IncidentLexicon) -> str | None:
        """What a bare toll after a told event is: "joins" it (within a few sentences, no new scene: "... killing
        two"), "retold" (further down, with no place and no scene of its own) or None (an event of its own)."""
        text = report.document.text
        first, last = cand.sentences[0], prev.sentences[-1]
        if (prev.type in lex.generic_types and 0 <= first - last <= _TOLL_REACH
                and all(lex.aftermath.fullmatch(text, m.start, m.end) for m in cand.mentions)):
            mine = [e for e in IncidentStage._places(report, cand, sentences) if not is_country(e)]
            theirs = [e for e in IncidentStage._places(report, prev, sentences) if not is_country(e)]
            if not mine or not theirs or places_nest(mine, theirs):
                return "joins"  # the damage the strike just told did, in its place
        if cand.type not in lex.generic_types or not all(lex.bare_toll.fullmatch(text, m.start, m.end)
                                                          for m in cand.mentions):
            return None
        a, b = sentences[first]
        told = {e.text.casefold() for e in IncidentStage._places(report, prev, sentences)}
        elsewhere = any(e.label == "PLACE" and a <= e.start < b and not is_country(e)
                        and e.text.casefold() not in told for e in report.entities)
        if 0 <= first - last <= _TOLL_REACH and not (NEW_SCENE.match(text, a) and elsewhere):
            return "joins"
        if first > last and not elsewhere and not NEW_SCENE.match(text, a):
            return "retold"
        return None

    @staticmethod
    def _own_account(text: str, cand: Candidate, sentences: list[tuple[int, int]]) -> bool:
        """One man's account of his own refusal is his fate (people stage), not an event."""
        return cand.type == "refusal_to_fight" and all(_own_refusal(text, m.start, sentences[m.sentence][0])
                                                       for m in cand.mentions)

    def _incident(self, report: Report, cand: Candidate, sentences: list[tuple[int, int]], paragraphs: list[int],
                  side: str | None, speaker_spans: list[tuple[int, int]], alleged: list[re.Pattern[str]],
                  index: int) -> Incident:
        """The incident a candidate tells, in the stretch from its first to its last trigger sentence."""
        text = report.document.text
        last = cand.sentences[-1]
        if (last + 1 < len(sentences) and paragraphs[last + 1] == paragraphs[last]
                and _GOES_ON.match(text, sentences[last + 1][0])):
            last += 1  # "He was found in Zaporizhya": where the man just told of was held
        evidence = [sentences[i] for i in range(cand.sentences[0], last + 1)]
        triggers = [(m.start, m.end) for m in cand.mentions]
        victims: list[Entity] = []
        extra: list[int] = []
        if taxonomy()[cand.type].lethal:
            victims, extra = _victims(text, report.entities, sentences, cand.sentences[0], triggers)
        first = cand.sentences[0]
        context_ids = sorted(set(extra) | {i for i in (first - 1, first - 2)
                                           if i >= 0 and paragraphs[i] == paragraphs[first]})
        context = [sentences[i] for i in context_ids if i not in cand.sentences]
        if followup.RECALLED.search(text, *sentences[first]):
            context = []  # "It came a week after a blast damaged the bridge to Crimea": placed by its own words
        return self._build(report, cand.type, cand.subtype, evidence, context, triggers, victims,
                           side, speaker_spans, alleged, index + 1)

    def _add_tellings(self, report: Report, incident: Incident, spans: list[tuple[int, int]],
                      alleged: list[re.Pattern[str]]) -> None:
        """Sentences found to tell more of the event join its evidence; their quotes' sources join its sources."""
        spans = [(a, b) for a, b in spans if not any(s.start == a for s in incident.evidence)]
        if not spans:
            return
        quotes = slots.supporting_quotes(report.quotes, spans)
        for name in incident_sources(report, quotes, spans):
            if name not in incident.sources:
                incident.sources.insert(max(len(incident.sources) - 1, 0), name)  # the outlet stays last
        incident.claim_ids += [c for c in self._claims(report, quotes, spans, alleged) if c not in incident.claim_ids]
        incident.evidence = sorted([*incident.evidence, *(report.span(a, b) for a, b in spans)],
                                   key=lambda s: s.start)

    @staticmethod
    def _sizes(report: Report, incidents: list[Incident]) -> dict[str, list[tuple[int, int | None]]]:
        """The head counts each incident's own evidence gives, in text order, as ranges ("dozens": 12 or more)."""
        sizes: dict[str, list[tuple[int, int | None]]] = {}
        for incident in incidents:
            if incident.fatalities is not None or incident.injured is not None:
                continue  # deaths and injuries are compared as tolls
            spans = [(s.start, s.end) for s in incident.evidence]
            ranges: list[tuple[int, int | None]] = []
            for e in sorted(report.entities, key=lambda e: e.start):
                if e.label != "QUANTITY" or e.count is None or not any(a <= e.start < b for a, b in spans):
                    continue
                c = e.count
                low = next((v for v in (c.low, c.best, c.high) if v is not None), None)
                if low is None:
                    continue
                ranges.append((low, c.high if c.high is not None else (None if c.low is not None else low)))
            sizes[incident.id] = ranges
        return sizes

    @staticmethod
    def _single_death(report: Report, triggers: list[tuple[int, int]], victims: list[Entity]) -> Count | None:
        """One death when one named victim was killed, or one subject 'was shot dead' / 'was killed'."""
        text = report.document.text
        for start, end in triggers:
            if not _KILLED.match(text, start):
                continue
            if len(victims) == 1:
                v = victims[0]
                return Count(best=1, low=1, high=1, text=v.text, span=report.span(v.start, v.end))
            passive = _SINGULAR_PASSIVE.search(text[max(0, start - 30):start])
            being = _ONE_BEING.search(text[max(0, start - 160):start]) if passive is None else None
            if being:
                offset = max(0, start - 160) + being.start()
                return Count(best=1, low=1, high=1, text=text[offset:end], span=report.span(offset, end))
            if passive:
                offset = max(0, start - 30) + passive.start()
                return Count(best=1, low=1, high=1, text=text[offset:end], span=report.span(offset, end))
        return None

    @staticmethod
    def _on_the_spot(text: str, sentences: list[tuple[int, int]], prev: Candidate, cand: Candidate) -> bool:
        """An unanchored mention that says it happened there and then, within two paragraphs of the last event."""
        a, b = sentences[cand.sentences[0]]
        prev_end = sentences[prev.sentences[-1]][1]
        first = min(m.start for m in cand.mentions if m.sentence == cand.sentences[0])
        return len(_BREAKS.findall(text, prev_end, a)) <= 2 and bool(
            _ON_THE_SPOT.search(text, a, b) or _NEXT_STEP.search(text, a, max(first, a)) or _HELD_AFTER.match(text, a))

    @staticmethod
    def _continues(kept: list[Candidate], cand: Candidate, paragraphs: list[int]) -> bool:
        prev = kept[-1] if kept else None
        return (prev is not None and prev.type == cand.type
                and paragraphs[cand.sentences[0]] - paragraphs[prev.sentences[-1]] <= 1)

    @staticmethod
    def _places(report: Report, cand: Candidate, sentences: list[tuple[int, int]]) -> list[Entity]:
        spans = [sentences[i] for i in cand.sentences]
        return [e for e in report.entities if e.label == "PLACE" and any(a <= e.start < b for a, b in spans)]

    def _build(self, report: Report, type_name: str, subtype: str | None, evidence: list[tuple[int, int]],
               context: list[tuple[int, int]], triggers: list[tuple[int, int]], victims: list[Entity],
               side: str | None, speaker_spans: list[tuple[int, int]], alleged: list[re.Pattern[str]],
               number: int) -> Incident:
        text = report.document.text
        lex = incident_lexicon(report.document.language or "en")
        info = taxonomy()[type_name]
        acled = info.subtypes.get(subtype or "", info.acled)
        where = slots.choose_where(text, report.entities, evidence, context, triggers, lex)
        if where is not None and where.entity_id:
            entity = next(e for e in report.entities if e.id == where.entity_id)
            where.span = report.span(entity.start, entity.end)
        when = slots.choose_when(text, report.entities, evidence, context, triggers, lex.aside)
        fatalities, injured = slots.counts(text, report.entities, evidence, lex, info.lethal)
        if fatalities is None and info.lethal:
            fatalities = self._single_death(report, triggers, victims)
        quotes = slots.supporting_quotes(report.quotes, evidence)
        trigger_sentence = text[evidence[0][0]:evidence[0][1]].strip()
        summary = f"{info.label}: {trigger_sentence[:220]}{'…' if len(trigger_sentence) > 220 else ''}"
        return Incident(
            id=f"{report.document.id}-i{number}",
            type=type_name,
            acled=Acled(event_type=acled[0], sub_event_type=acled[1]) if acled else None,
            summary=summary,
            when=when,
            where=where,
            actors=slots.actors(text, type_name, report.entities, evidence, victims, side, speaker_spans),
            fatalities=fatalities,
            injured=injured,
            sources=incident_sources(report, quotes, evidence),
            certainty=slots.certainty(text, quotes, evidence, context, alleged),
            evidence=[report.span(a, b) for a, b in evidence],
            claim_ids=self._claims(report, quotes, evidence, alleged),
        )

    @staticmethod
    def _claims(report: Report, quotes: list[Quote], evidence: list[tuple[int, int]],
                alleged: list[re.Pattern[str]]) -> list[str]:
        """The claims behind an incident: its quotes' claims, and the outlet's own voice elsewhere."""
        by_quote = {c.quote_id: c.id for c in report.claims}
        ids = [by_quote[q.id] for q in quotes if q.id in by_quote]
        text = report.document.text
        for start, end in evidence:
            if any(q.start < end and start < q.end for q in quotes):
                continue
            existing = next((c for c in report.claims if c.quote_id is None and c.start == start), None)
            if existing is None:
                outlet = report.document.outlet
                hedged = any(h.search(text[start:end]) for h in alleged)
                existing = Claim(id=f"c{len(report.claims) + 1}", text=text[start:end], start=start, end=end,
                                 claimant=outlet, chain=[ChainLink(role="reporter", name=outlet)] if outlet else [],
                                 status="alleged" if hedged else "asserted")
                report.claims.append(existing)
            ids.append(existing.id)
        return ids


@component("incidents", requires=("sentences", "entities", "quotes"), assigns=("incidents",),
           per_language=True)
def make_incidents(settings: Settings, resources: dict[str, Any]) -> Stage:
    """Incidents from trigger sentences, minus negated, hypothetical and background ones."""
    return IncidentStage(settings, resources)
