"""Stage ``people`` for Russian: one PersonMention per named person, in the nominative, with roles, age, rank,
home and every stated fate.

Names come back to the nominative through ``Entity.lemma`` ("Романа Мельникова" -> "Роман Мельников"); a
surname or first name alone, or a diminutive ("Лёша" for "Алексей"), joins the full name it belongs to. Fates
are fate verbs (``people.toml``) in the clause after or right before a mention; a fate told in a quote is
claimed by the quote's speaker, one in a hedged sentence is marked hedged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ...attribution.lexicon import attribution_lexicon
from ...models import Entity, Fate, PersonAttribute, PersonMention, Report, Span
from ...pipeline.component import Work
from ...settings import Settings
from .lexicon import load
from .models import lemma, parses

_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z][\w\-]*")
_AGE_BEFORE = re.compile(r"(\d{1,2})-летн(?:ий|его|ему|им|ем|яя|ей|юю)\s+(?:[а-яё]+\s+){0,3}$")
_AGE_AFTER = re.compile(r"^,?\s*\(?(\d{1,2})\s*(?:лет|год[а]?)\)?")
_HOME = re.compile(r"(?:из|уроженец|уроженка|житель|жительница)\s+((?:[А-ЯЁ][\w\-]+(?:ой|ого|ской|ского)?\s+)?"
                   r"[А-ЯЁ][\w\-]+(?:\s+(?:области|края|района|республики))?)")
_FATE_REACH = 80  # characters after a mention a fate verb may stand
_ORDER = ["victim", "perpetrator", "witness", "soldier", "commander", "relative", "expert", "official", "other"]


@dataclass(frozen=True)
class PeopleWords:
    roles: dict[str, str]  # lemma -> role
    ranks: dict[tuple[str, ...], str]
    fates: dict[tuple[str, ...], str]
    diminutives: dict[str, str]


@cache
def people_words() -> PeopleWords:
    raw = load("people")
    roles = {word: role for role, words in raw["roles"].items() for word in words}
    return PeopleWords(roles, {tuple(k.split()): v for k, v in raw["ranks"].items()},
                       {tuple(k.split()): v for k, v in raw["fates"].items()}, dict(raw["diminutives"]))


@dataclass
class _Person:
    name: str
    words: list[str]
    mentions: list[Entity] = field(default_factory=list)


def _key(word: str) -> str:
    return word.casefold().replace("ё", "е")


def group_people(entities: list[Entity]) -> list[_Person]:
    """PERSON entities grouped by person: full names first, then short forms and diminutives joined to them."""
    words = people_words()
    persons = [e for e in entities if e.label == "PERSON"]
    people: list[_Person] = []
    for e in sorted(persons, key=lambda e: -len((e.lemma or e.text).split())):
        name = e.lemma or e.text
        parts = [_key(w) for w in name.split()]
        surface = [_key(w) for w in e.text.split()]
        full_first = [words.diminutives.get(p, p) for p in parts]
        target = None
        for person in people:
            own = [_key(w) for w in person.words]
            if name == person.name or (len(parts) < len(own) and (
                    all(p in own for p in parts) or all(p in own for p in surface)
                    or all(p in own for p in full_first))):
                target = person
                break
        if target is None:
            target = _Person(name, name.split())
            people.append(target)
        target.mentions.append(e)
    for person in people:
        person.mentions.sort(key=lambda e: e.start)
    return sorted(people, key=lambda p: p.mentions[0].start)


def _lemmas_before(text: str, start: int, count: int, nouns_only: bool = False) -> list[str]:
    line_start = max(text.rfind("\n", 0, start), text.rfind(".", 0, start), text.rfind(",", 0, start)) + 1
    words = _WORD.findall(text[line_start:start])[-count:]
    if nouns_only:  # "глава городской военной администрации": the head noun, not the adjective "военный"
        words = [w for w in words if any(p.tag.POS == "NOUN" for p in parses(w)[:1])]
    return [lemma(w).replace("ё", "е") for w in words]


class RuPeopleStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings

    def __call__(self, work: Work) -> Work:
        if work.doc is None:
            return work
        report = work.report
        sentences: list[tuple[int, int]] = work.scratch.get("sentences", [])
        work.report.people = [self._mention(report, sentences, person, number)
                              for number, person in enumerate(group_people(report.entities), 1)]
        return work

    def _mention(self, report: Report, sentences: list[tuple[int, int]], person: _Person,
                 number: int) -> PersonMention:
        text = report.document.text
        words = people_words()
        roles: list[str] = []
        attributes: list[PersonAttribute] = []
        for e in person.mentions:
            before = _lemmas_before(text, e.start, 3)
            # "Мать Романа": a role noun before a name in another case is someone else's ("Roman's mother").
            for w in _lemmas_before(text, e.start, 4, nouns_only=True) if not e.lemma or e.lemma == e.text else []:
                role = words.roles.get(w)
                if role and role not in roles:
                    roles.append(role)
            for size in (2, 1):
                rank = words.ranks.get(tuple(before[-size:])) if len(before) >= size else None
                if rank and not any(a.name == "rank" for a in attributes):
                    a = text.rfind(" ", 0, e.start - 1)
                    attributes.append(PersonAttribute(name="rank", value=rank, span=report.span(a + 1, e.start - 1)))
                    break
            age = _AGE_BEFORE.search(text[max(0, e.start - 60):e.start]) or _AGE_AFTER.match(text[e.end:e.end + 20])
            if age and not any(a.name == "age" for a in attributes):
                offset = max(0, e.start - 60) if age.re is _AGE_BEFORE else e.end
                attributes.append(PersonAttribute(name="age", value=age.group(1),
                                                  span=report.span(offset + age.start(1), offset + age.end(1))))
            home = _HOME.match(text, e.end + 1) if text[e.end:e.end + 1] in " ," else None
            if home and not any(a.name == "home" for a in attributes):
                attributes.append(PersonAttribute(name="home", value=home.group(1),
                                                  span=report.span(home.start(1), home.end(1))))
        claims = [c.id for c in report.claims if c.claimant and (c.claimant == person.name or c.claimant in
                                                                 {m.text for m in person.mentions})]
        if any(q.speaker and q.speaker.name in (person.name, *[m.text for m in person.mentions])
               for q in report.quotes) and not ({"official", "commander"} & set(roles)):
            roles.append("witness")
        fates = self._fates(report, sentences, person)
        if any(f.status in ("killed", "died", "wounded") for f in fates):
            roles.append("victim")
        incident_ids = [i.id for i in report.incidents
                        if any(s.start <= m.start < s.end for s in i.evidence for m in person.mentions)]
        return PersonMention(
            id=f"p{number}", name=person.name,
            spans=[report.span(m.start, m.end) for m in person.mentions],
            roles=sorted(set(roles), key=_ORDER.index),
            attributes=attributes, fates=fates, incident_ids=incident_ids, claim_ids=claims)

    def _fates(self, report: Report, sentences: list[tuple[int, int]], person: _Person) -> list[Fate]:
        text = report.document.text
        words = people_words()
        hedges = [h for h in attribution_lexicon("ru").hedges if h.status == "alleged"]
        fates: list[Fate] = []
        for e in person.mentions:
            s_end = next((b for a, b in sentences if a <= e.start < b), len(text))
            s_start = next((a for a, b in sentences if a <= e.start < b), 0)
            stretch_end = min(s_end, e.end + _FATE_REACH)
            tokens = [(m.start(), m.end(), lemma(m.group()).replace("ё", "е"))
                      for m in _WORD.finditer(text, max(s_start, e.start - 30), stretch_end)]
            for i, (start, _end, _lemma) in enumerate(tokens):
                if start < e.start and start + 30 < e.start:
                    continue
                for size in (3, 2, 1):
                    key = tuple(t[2] for t in tokens[i:i + size])
                    status = words.fates.get(key)
                    if status is None or len(key) < size:
                        continue
                    stop = tokens[i + size - 1][1]
                    if re.search(r"(?<![\w-])не\s+$", text[max(0, start - 4):start]):
                        break  # "не погиб"
                    quote = next((q for q in report.quotes if q.start <= start < q.end), None)
                    span_start, span_end = min(e.start, start), max(e.end, stop)
                    incident = next((i.id for i in report.incidents
                                     if any(s.start <= start < s.end for s in i.evidence)), None)
                    fates.append(Fate(
                        status=status,
                        cause=next((i.type for i in report.incidents if i.id == incident), None)
                        if status in ("killed", "died") else None,
                        hedged=any(h.regex.search(text, s_start, s_end) for h in hedges),
                        claimant=quote.speaker.name if quote and quote.speaker else report.document.outlet,
                        claim_id=None, incident_id=incident,
                        span=Span(start=span_start, end=span_end, text=text[span_start:span_end])))
                    break
                if fates and fates[-1].span.end > start:
                    break
        unique: dict[tuple[str, int], Fate] = {}
        for fate in fates:
            unique.setdefault((fate.status, fate.span.start), fate)
        return list(unique.values())


def make_people(settings: Settings, resources: dict[str, Any]) -> RuPeopleStage:
    """Named people in the nominative, short forms and diminutives merged, with roles, attributes and fates."""
    return RuPeopleStage(settings, resources)
