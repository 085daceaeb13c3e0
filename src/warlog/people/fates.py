"""What happened to each named person: one Fate per statement, each version kept.

A fate verb ("died", "was shot dead", "refused to fight") is given to a person when the
person is the subject of its clause: named right before it ("Roman Moiseyev, 25, died"),
a "he"/"she" resolved to the last named person ("he was shot dead"), or, in a clause with no
subject of its own ("... after supposedly dying in Ukraine"), the nearest person or pronoun
earlier in the sentence. Verbs marked passive in the lexicon need an auxiliary ("was killed"):
"commanders killed their own men" is no fate of the commanders. Place and date are the PLACE and
DATE entities of the fate's clause; the claimant is the claim that covers it, or the document's
outlet speaking in its own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import GEO_PRECISION_RANK, Claim, Entity, Fate, Incident, Report, When, Where
from .lexicon import PeopleLexicon
from .mentions import MentionIndex, Person

_PRECISION_RANK = GEO_PRECISION_RANK
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)(?:['’]d|['’]s)?(?P<fill>\s+.*)$", re.IGNORECASE | re.DOTALL)
# Up to three appositives between a name and its verb: "Sergei Volkov, 41, of the Perm region, was killed".
_AFTER_NAME = re.compile(r"^(?:\s*,[^,]{1,100}?(?=,)){0,3},?(?P<fill>\s+.*)$", re.DOTALL)
_POSSESSIVE_AFTER = re.compile(r"^['’]s\s")
_QUOTE_MARKS = re.compile(r"[“”\"«»„]")
# A clause whose subject is a description of a soldier rather than a name or pronoun: "The 24-year-old private
# from Morshansk was shot dead", "A contract soldier ... was killed". News writing names the person in the
# sentence before or after, so the description refers to that person.
_DESCRIBED_SUBJECT = re.compile(
    r"^\s*(?:the|a|an)\s+(?:\d{1,2}-year-old\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:soldier|private|serviceman|conscript|officer|sergeant|fighter|volunteer|recruit|man)\b"
    r"(?P<rest>[^.;:]*?)(?P<fill>\s+(?:was|had been|has been|got|died|were)\b.*)$", re.IGNORECASE | re.DOTALL)
_HARM = frozenset({"killed", "died", "wounded"})


@dataclass(frozen=True)
class FoundFate:
    person: Person
    fate: Fate
    trigger: tuple[int, int]


def clauses(text: str, start: int, end: int, lex: PeopleLexicon) -> list[tuple[int, int]]:
    """The clauses of a sentence: cut at connectives ("after", "but", "that" ...) and ; : dashes."""
    cuts: list[tuple[int, int]] = [(m.start(), m.end()) for m in lex.clause_break_regex.finditer(text, start, end)]
    spans: list[tuple[int, int]] = []
    cursor = start
    for cut_start, cut_end in cuts:
        spans.append((cursor, cut_start))
        cursor = cut_end
    spans.append((cursor, end))
    return [(a, b) for a, b in spans if b > a]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:\n\"“”":
        start += 1
    while end > start and text[end - 1] in " ,;:.\n\"“”":
        end -= 1
    return start, end


def covering_claim(claims: list[Claim], start: int, end: int) -> Claim | None:
    """The narrowest claim that contains the stretch [start, end)."""
    covering = [c for c in claims if c.start <= start and end <= c.end]
    return min(covering, key=lambda c: c.end - c.start) if covering else None


def place_in(report: Report, start: int, end: int, exclude: set[str]) -> Where | None:
    """The most precise PLACE entity in the stretch, as a Where with its gazetteer fields."""
    text = report.document.text
    places = [e for e in report.entities if e.label == "PLACE" and start <= e.start and e.end <= end
              and e.id not in exclude and not _POSSESSIVE_AFTER.match(text[e.end:e.end + 3])]
    if not places:
        return None
    best = min(places, key=lambda e: (_PRECISION_RANK.get(e.geo.precision if e.geo else "unknown", 5), e.start))
    return where_of(report, best)


def where_of(report: Report, entity: Entity) -> Where:
    geo = entity.geo
    span = report.span(entity.start, entity.end)
    if geo is None:
        return Where(name=entity.text, text=entity.text, entity_id=entity.id, span=span)
    return Where(name=geo.name, text=entity.text, admin1=geo.admin1, country=geo.country, lat=geo.lat, lon=geo.lon,
                 precision=geo.precision, gazetteer_id=geo.gazetteer_id, confidence=geo.confidence,
                 entity_id=entity.id, span=span)


def when_in(report: Report, start: int, end: int) -> When | None:
    for entity in report.entities:
        if entity.label == "DATE" and start <= entity.start and entity.end <= end:
            when = entity.when.model_copy() if entity.when else When(text=entity.text)
            when.span = report.span(entity.start, entity.end)
            return when
    return None


class FateFinder:
    def __init__(self, report: Report, sentences: list[tuple[int, int]], index: MentionIndex,
                 lex: PeopleLexicon, home_place_ids: set[str]) -> None:
        self.report = report
        self.text = report.document.text
        self.sentences = sentences
        self.index = index
        self.lex = lex
        self.home_place_ids = home_place_ids  # places that say where someone is from, not where they died
        self.direct_quotes = [(q.start, q.end) for q in report.quotes if q.kind == "direct"]
        self.description_end = -1  # end of a descriptive subject in the clause being read

    def find(self) -> list[FoundFate]:
        found: list[FoundFate] = []
        seen: set[tuple[int, str, int]] = set()
        for sent_start, sent_end in self.sentences:
            parts = clauses(self.text, sent_start, sent_end, self.lex)
            for pattern in self.lex.fates:
                for match in pattern.regex.finditer(self.text, sent_start, sent_end):
                    clause = next(((a, b) for a, b in parts if a <= match.start() < b), None)
                    if clause is None:
                        continue
                    quote = next(((a, b) for a, b in self.direct_quotes if a <= match.start() < b), None)
                    if quote is not None:
                        # First-person speech: "I" and "he" there are not the narrative's people; but a name
                        # just before a quoted predicate is its subject: Private Lapshin "died heroically".
                        person = self._quoted_predicate_subject(clause, quote)
                    else:
                        person = self._subject(clause, match.start(), sent_start, pattern.passive)
                    if person is None or (id(person), pattern.status, clause[0]) in seen:
                        continue
                    seen.add((id(person), pattern.status, clause[0]))
                    found.append(FoundFate(person, self._fate(pattern.status, clause, match.start(), person),
                                           (match.start(), match.end())))
        return sorted(found, key=lambda f: f.trigger)

    def _quoted_predicate_subject(self, clause: tuple[int, int], quote: tuple[int, int]) -> Person | None:
        for start, end, named in reversed(self.index.mentions):
            if clause[0] <= start and end <= quote[0] and not self.text[end:quote[0]].strip(" \t\"“‘'"):
                return named
        return None

    def _subject(self, clause: tuple[int, int], trigger: int, sent_start: int, passive: bool) -> Person | None:
        # Opening quote marks between a subject and its quoted predicate do not count: Lapshin “died ...”.
        prefix = _QUOTE_MARKS.sub(" ", self.text[clause[0]:trigger])
        fillers = self.lex.fillers_regex
        person: Person | None = None
        fill = ""
        described = _DESCRIBED_SUBJECT.match(prefix)
        if described and not any(clause[0] <= a < trigger for a, _, _ in self.index.mentions):
            person = self.index.last_before(clause[0], reach=1) or self.index.first_after(trigger)
            fill = described.group("fill")
            self.description_end = clause[0] + described.start("fill")  # "from Morshansk" is home, not the scene
        elif fillers.match(prefix):
            person, _ = self.index.subject_before(clause[0], sent_start)
            fill = prefix
        elif (pronoun := _PRONOUN_SUBJECT.search(prefix)) and fillers.match(pronoun.group("fill")):
            person = self.index.last_before(clause[0] + pronoun.start())
            fill = pronoun.group("fill")
        else:
            for start, end, named in reversed(self.index.mentions):
                if not (clause[0] <= start and end <= trigger):
                    continue
                after = _AFTER_NAME.match(prefix[end - clause[0]:])
                if after and fillers.match(after.group("fill")):
                    person, fill = named, after.group("fill")
                break
        if person is not None and passive and not self.lex.auxiliary_regex.search(fill):
            return None
        return person

    def _fate(self, status: str, clause: tuple[int, int], trigger: int, person: Person) -> Fate:
        report = self.report
        start, end = trim(self.text, *clause)
        scene = max(start, self.description_end) if clause[0] < self.description_end <= trigger else start
        claim = covering_claim(report.claims, trigger, trigger + 1)
        incident = self._incident(status, trigger, person)
        cause = next((c.cause for c in self.lex.causes if c.regex.search(self.text, start, end)), None)
        if cause is None and incident is not None and status in _HARM:
            cause = "combat" if incident.type == "armed_clash" else incident.type
        hedged = bool(self.lex.hedge_regex.search(self.text, start, end)) or (
            claim is not None and claim.status in ("alleged", "denied"))
        return Fate(
            status=status,
            cause=cause,
            place=place_in(report, scene, end, self.home_place_ids),
            when=when_in(report, start, end),
            hedged=hedged,
            claimant=claim.claimant if claim else report.document.outlet,
            claim_id=claim.id if claim else None,
            incident_id=incident.id if incident else None,
            span=report.span(start, end),
        )

    def _incident(self, status: str, trigger: int, person: Person) -> Incident | None:
        types = self.lex.fate_incident_types.get(status, frozenset())
        candidates = [i for i in self.report.incidents if i.type in types
                      and any(s.start <= trigger < s.end for s in i.evidence)]
        named = [i for i in candidates if any(a.role == "victim" and a.text in person.names for a in i.actors)]
        chosen = named or candidates
        return chosen[0] if chosen else None
