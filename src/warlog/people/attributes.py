"""Who a named person is, from the words around each mention.

Rules (all per mention, inside its sentence):

- *appositive*: ", ... ," right after the name ("Dmitry Panov, a 30-year-old Muscovite, told");
  a sentence-final one counts when it opens with an article, "who" or a number;
- *descriptor*: a role noun right before the name, with up to three modifiers before it
  ("Ukrainian military expert Alexander Kovalenko", "his mother, Olga");
- age: a bare number as the appositive ("Roman Moiseyev, 25,"), "a 30-year-old", "aged 30",
  "(25)" after the name, or "25-year-old" in the descriptor;
- home: a demonym in the appositive or descriptor ("Muscovite" -> Moscow), or a PLACE later in
  the sentence whose preceding words are a home cue of the lexicon ("from", "native of",
  ", of the ... region", "mourned by people in ..."), with no other person in between;
- unit: a UNIT entity within 80 characters after the name, after "of/in/with/from (the)";
- rank: a capitalised rank right before the name ("Private Ivan Petrov");
- roles: the role of the descriptor's or appositive's noun, the rank's role, and "soldier"
  when a soldier cue follows the name in its sentence ("volunteered to join the war");
- nationality: a NORP entity inside the descriptor or appositive; occupation: the role noun of
  an expert or official.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import PersonAttribute, Report
from .fates import covering_claim
from .lexicon import PeopleLexicon
from .mentions import MentionIndex, Person

_APPOSITIVE = re.compile(r"\s*,\s*(?P<app>[^,;:()“”\"\n]{1,120}?)\s*(?P<close>,|;|\)|—|\.|$)")
_OPEN_APPOSITIVE = re.compile(r"(?:an?|the|who|\d)\b", re.IGNORECASE)
_BARE_AGE = re.compile(r"(?P<age>\d{1,3})")
_YEAR_OLD = re.compile(r"\b(?P<age>\d{1,3})-year-old\b|\baged\s+(?P<aged>\d{1,3})\b", re.IGNORECASE)
_PAREN_AGE = re.compile(r"\s*\((?P<age>\d{1,3})\)")
_PRE_AGE = re.compile(r"\b(?P<age>\d{1,3})-year-old\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_UNIT_LEAD = re.compile(r"(?:\bof|\bin|\bwith|\bfrom)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE_PLACE = re.compile(r"\b[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)*['’]s\s+$")
_FUNCTION_WORDS = frozenset("a an the of to in on at by for from with and or but that as is was were be has had "
                            "have told said says tells according who whom which his her their its".split())
_HOME_REACH = 100  # characters after a name in which a home cue may name their place
_UNIT_REACH = 80


_CLAUSE_START = re.compile(r"^(?:he|she|they|it|we|i|said|says|told|tells|added|adds|wrote|writes|by|from|in|on|at|"
                           r"to|with|for|according|while|when|after|before|but|and|as|if)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:said|says|told|tells|radioed|wrote|were|was|are|is|had|has|have|would|will|could|did|"
                     r"does|do)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|whose|whom|which|that)\b", re.IGNORECASE)


def _describes_person(app: str) -> bool:
    """An apposition about the person ("a 30-year-old Muscovite", "who was posted at Zenit"), not a clause of
    its own ("a commander radioed to say ...", "said the men were ...") or a phrase about something else."""
    if _CLAUSE_START.match(app):
        return False
    head = app[:m.start()] if (m := _RELATIVE.search(app)) else app
    return not _FINITE.search(head)


@dataclass
class Description:
    roles: list[str] = field(default_factory=list)
    attributes: list[PersonAttribute] = field(default_factory=list)
    home_place_ids: set[str] = field(default_factory=set)

    def add_role(self, role: str) -> None:
        if role not in self.roles:
            self.roles.append(role)


class Describer:
    def __init__(self, report: Report, sentences: list[tuple[int, int]], index: MentionIndex,
                 lex: PeopleLexicon) -> None:
        self.report = report
        self.text = report.document.text
        self.sentences = sentences
        self.index = index
        self.lex = lex
        pattern = lex.role_regex.pattern
        self.role_at_end = re.compile(rf"{pattern}\s*,?\s+$", re.IGNORECASE)
        self.appositive_role = re.compile(
            r"^(?:who\s+(?:is|was|described\s+(?:himself|herself)\s+as|called\s+(?:himself|herself)|"
            r"identified\s+(?:himself|herself)\s+as|works\s+as|worked\s+as|served\s+as)\s+)?"
            rf"(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){{0,4}}?{pattern}", re.IGNORECASE)

    def describe(self, person: Person) -> Description:
        found = Description()
        for start, end in person.mentions:
            sent_start, sent_end = self.sentences[self.index.sentence_of(start)] if self.sentences else (0, len(
                self.text))
            self._appositive(found, end, sent_end)
            self._descriptor(found, sent_start, start)
            self._home_places(found, person, end, sent_end)
            self._unit(found, person, end, sent_end)
            if any(cue.search(self.text, end, sent_end) for cue in self.lex.soldier_cues):
                found.add_role("soldier")
        return found

    def _attribute(self, found: Description, name: str, value: str, start: int, end: int) -> None:
        if any(a.name == name and a.value == value for a in found.attributes):
            return
        claim = covering_claim(self.report.claims, start, end)
        found.attributes.append(PersonAttribute(
            name=name, value=value, span=self.report.span(start, end),
            claim_id=claim.id if claim else None))

    def _age(self, found: Description, value: str, start: int, end: int) -> None:
        if 0 < int(value) < 110:
            self._attribute(found, "age", value, start, end)

    def _appositive(self, found: Description, end: int, sent_end: int) -> None:
        paren = _PAREN_AGE.match(self.text, end, sent_end)
        if paren:
            self._age(found, paren.group("age"), paren.start("age"), paren.end("age"))
        match = _APPOSITIVE.match(self.text, end, sent_end)
        if match is None:
            return
        app_start, app_end = match.span("app")
        app = match.group("app")
        if match.group("close") in (".", "") and not _OPEN_APPOSITIVE.match(app):
            return  # "..., iStories reports." is no description of the person
        if _BARE_AGE.fullmatch(app):
            self._age(found, app, app_start, app_end)
            return
        other = any(app_start <= a < app_end and self.text[b:b + 2] not in ("'s", "’s")
                    for a, b, _ in self.index.mentions)
        if other or not _describes_person(app):
            return  # "..., said the two men were ...", "..., by soldier Mikhail Nosov": no apposition to the name
        for age in _YEAR_OLD.finditer(app):
            group = "age" if age.group("age") else "aged"
            self._age(found, age.group(group), app_start + age.start(), app_start + age.end())
        self._demonym(found, app_start, app_end)
        role = self.appositive_role.match(app)
        if role:
            noun_start, noun_end = app_start + role.start("noun"), app_start + role.end("noun")
            self._role_noun(found, noun_start, noun_end)
            self._nationality(found, app_start, noun_start)
        self._attribute(found, "description", app, app_start, app_end)

    def _descriptor(self, found: Description, sent_start: int, start: int) -> None:
        pre_start = max(sent_start, start - 80)
        pre = self.text[pre_start:start]
        rank = self.lex.rank_regex.search(pre)
        if rank:
            role = self.lex.ranks[rank.group("rank")]
            found.add_role(role)
            self._attribute(found, "rank", rank.group("rank").lower(), pre_start + rank.start("rank"),
                            pre_start + rank.end("rank"))
            pre = pre[:rank.start()]
        age = _PRE_AGE.search(pre)
        if age:
            self._age(found, age.group("age"), pre_start + age.start("age"), pre_start + age.end("age") + 9)
        noun = self.role_at_end.search(pre)
        if noun is None:
            return
        noun_start, noun_end = pre_start + noun.start("noun"), pre_start + noun.end("noun")
        desc_start = self._modifiers_before(noun_start, sent_start)
        self._role_noun(found, noun_start, noun_end)
        self._nationality(found, desc_start, noun_start)
        self._demonym(found, desc_start, noun_end)
        if self.lex.role_nouns.get(self.text[noun_start:noun_end].lower()) == "witness":
            self._descriptor_home(found, desc_start, noun_start)  # "Kyiv resident Olena": the place is home
        if desc_start < noun_start:
            self._attribute(found, "description", self.text[desc_start:noun_end], desc_start, noun_end)

    def _descriptor_home(self, found: Description, start: int, end: int) -> None:
        for entity in self.report.entities:
            # A PERSON here is a place the parser mislabelled ("Kherson resident"): no name modifies "resident".
            if entity.label in ("PLACE", "PERSON") and start <= entity.start and entity.end <= end:
                found.home_place_ids.add(entity.id)
                self._attribute(found, "home", entity.text, entity.start, entity.end)

    def _modifiers_before(self, noun_start: int, floor: int) -> int:
        """Start of up to three modifier words before a role noun ("Ukrainian military" expert)."""
        start = noun_start
        for _ in range(3):
            word = re.search(r"([\w’'-]+)\s+$", self.text[floor:start])
            if word is None or word.group(1).lower() in _FUNCTION_WORDS:
                break
            start = floor + word.start(1)
        return start

    def _role_noun(self, found: Description, start: int, end: int) -> None:
        noun = self.text[start:end]
        role = self.lex.role_nouns.get(noun.lower())
        if role is None:
            return
        found.add_role(role)
        if role in ("expert", "official"):
            self._attribute(found, "occupation", noun.lower() if not noun.isupper() else noun, start, end)

    def _nationality(self, found: Description, start: int, end: int) -> None:
        for entity in self.report.entities:
            if entity.label == "NORP" and start <= entity.start and entity.end <= end:
                self._attribute(found, "nationality", entity.text, entity.start, entity.end)

    def _demonym(self, found: Description, start: int, end: int) -> None:
        for match in self.lex.demonym_regex.finditer(self.text, start, end):
            home = self.lex.demonyms[match.group("demonym")]
            self._attribute(found, "home", home, match.start(), match.end())

    def _home_places(self, found: Description, person: Person, end: int, sent_end: int) -> None:
        for entity in self.report.entities:
            if entity.label != "PLACE" or not (end <= entity.start < min(sent_end, end + _HOME_REACH)):
                continue
            if self._other_person_between(person, end, entity.start):
                continue
            window = self.text[end:entity.start]
            window = _POSSESSIVE_PLACE.sub("", window)  # "in Russia's Vladimir region": the cue reaches past
            if not any(cue.search(window) for cue in self.lex.home_cues):
                continue
            found.home_place_ids.add(entity.id)
            if re.match(r"['’]s\s", self.text[entity.end:entity.end + 3]):
                continue  # "Russia's" qualifies the place that follows; that one is the home
            # The place as written ("Vladimir region"); its entity's span leads to the gazetteer entry.
            self._attribute(found, "home", entity.text, entity.start, entity.end)

    def _unit(self, found: Description, person: Person, end: int, sent_end: int) -> None:
        for entity in self.report.entities:
            if entity.label != "UNIT" or not (end <= entity.start < min(sent_end, end + _UNIT_REACH)):
                continue
            if self._other_person_between(person, end, entity.start):
                continue
            if _UNIT_LEAD.search(self.text[end:entity.start]):
                self._attribute(found, "unit", entity.text, entity.start, entity.end)

    def _other_person_between(self, person: Person, start: int, end: int) -> bool:
        return any(start <= a < end and p is not person for a, _, p in self.index.mentions)
