"""Named people in one document: PERSON entities and named quote speakers, short forms merged.

"Panov" after "Dmitry Panov" is the same man; a demonym the parser took for a name
("Muscovite") or a bare role noun is not a person.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..models import Report
from .lexicon import PeopleLexicon
from .names import introduced_or_described, is_person_name, single_word_supported, titled_before

_POSSESSIVE = re.compile(r"['’]s?$")
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_PRONOUN_REACH = 2  # sentences back that a "he"/"she" may look for its person


@dataclass
class Person:
    """A named person as found in the text: the longest name and every mention's offsets."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # every form seen: "Dmitry Panov", "Panov"

    @property
    def first(self) -> int:
        return min(start for start, _ in self.mentions)


def _is_name(text: str, lex: PeopleLexicon) -> bool:
    """A proper name: capitalised words, not a demonym, rank or role noun standing alone."""
    words = text.split()
    if not words or not all(w[:1].isupper() for w in words if w not in ("de", "al", "bin", "van", "von")):
        return False
    if lex.demonym_regex.fullmatch(text) or text in lex.ranks or text.lower() in lex.role_nouns:
        return False
    return True


def _strip_possessive(start: int, end: int, text: str) -> tuple[int, int]:
    found = _POSSESSIVE.search(text[start:end])
    return (start, start + found.start()) if found and found.start() > 0 else (start, end)


def find_people(report: Report, lex: PeopleLexicon, doc: Any = None,
                is_place: Callable[[str], bool] | None = None) -> list[Person]:
    """One Person per distinct named person, in order of first mention (see ``names`` for what is a name)."""
    text = report.document.text
    lang = report.document.language or "en"
    spans: list[tuple[int, int]] = []
    spoken: set[str] = set()  # names that speak a quote: a one-word one is a person
    for entity in report.entities:
        if entity.label == "PERSON":
            start, end = _strip_possessive(entity.start, entity.end, text)
            noun_after = lex.role_regex.match(text, end + 1) if text[end:end + 1] == " " else None
            if noun_after and noun_after.group("noun").islower():
                continue  # "Kherson resident Anna ...": a place the parser took for a name, modifying a noun
            if _is_name(text[start:end], lex) and is_person_name(text, start, end, lex, lang, doc):
                spans.append((start, end))
    for quote in report.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.kind != "person" or not _is_name(speaker.name, lex):
            continue
        at, length = text.find(speaker.name, speaker.start, speaker.end), len(speaker.name)
        if at < 0 and speaker.text in speaker.name.split():  # "Sokolov said", resolved to "Ivan Sokolov"
            at, length = text.find(speaker.text, speaker.start, speaker.end), len(speaker.text)
        if at < 0 or not is_person_name(text, at, at + length, lex, lang, doc):
            continue
        spoken.add(text[at:at + length])
        if not any(a <= at < b for a, b in spans):
            spans.append((at, at + length))
    long_words = {w for a, b in spans if " " in text[a:b] for w in text[a:b].split()}
    places = {text[e.start:e.end] for e in report.entities if e.label == "PLACE"}

    def one_word_person(a: int, b: int) -> bool:
        word = text[a:b]
        if word in long_words:
            return True
        if word in places or is_place is not None and is_place(word):
            # "Kyiv", "Graivoron" the model took for people; "Vera", "Paulina" are places too, but introduced
            return titled_before(text, a, lex, lang) or introduced_or_described(text, a, b, lex)
        return word in spoken or single_word_supported(text, a, b, lex, lang)

    spans = sorted({(a, b) for a, b in spans if " " in text[a:b] or one_word_person(a, b)})
    people: list[Person] = []
    by_name: dict[str, Person] = {}
    # Full names first, so that a short form finds the full name it belongs to.
    for start, end in sorted(spans, key=lambda s: (-len(text[s[0]:s[1]].split()), s[0])):
        name = text[start:end]
        person = by_name.get(name) or _full_name_for(name, start, people)
        if person is None:
            person = Person(name=name)
            people.append(person)
        person.mentions.append((start, end))
        person.names.add(name)
        by_name[name] = person
    _surname_mentions(text, people, report)
    for person in people:
        person.mentions.sort()
    return sorted(people, key=lambda p: p.first)


def _surname_mentions(text: str, people: list[Person], report: Report) -> None:
    """A surname alone that the parser did not tag ("Prigozhin was later killed") after the full name.

    A surname two people share ("Ivan Petrov and Oleg Petrov ... Petrov said") goes to one of them only, the
    nearest one named before it, as a tagged short form does (``_full_name_for``).
    """
    taken = [(e.start, e.end) for e in report.entities] + [m for p in people for m in p.mentions]
    surnames = {p.name.split()[-1] for p in people if len(p.name.split()) >= 2 and len(p.name.split()[-1]) >= 3}
    for surname in sorted(surnames):
        for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
            start, end = found.span()
            if any(a < end and start < b for a, b in taken):
                continue
            owners = [p for p in people if len(p.name.split()) >= 2 and p.name.split()[-1] == surname
                      and p.first < start]
            if owners:
                owner = max(owners, key=lambda p: p.first)
                owner.mentions.append((start, end))
                owner.names.add(surname)
                taken.append((start, end))


def _full_name_for(short: str, start: int, people: list[Person]) -> Person | None:
    """The person whose full name contains this one-word form; the nearest earlier one when several."""
    if " " in short:
        return None
    owners = [p for p in people if short in p.name.split()]
    if not owners:
        return None
    earlier = [p for p in owners if p.first < start]
    return max(earlier, key=lambda p: p.first) if earlier else owners[0]


class MentionIndex:
    """Who is mentioned where: the person behind a name or a "he"/"she" at an offset."""

    def __init__(self, text: str, people: list[Person], sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]
        # Sorted on offsets alone: two people never share a mention, and Person objects do not compare.
        self.mentions = sorted(((start, end, person) for person in people for start, end in person.mentions),
                               key=lambda m: (m[0], m[1]))
        self.by_id = {id(p): p for p in people}

    def sentence_of(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)

    def person_at(self, start: int, end: int) -> Person | None:
        return next((p for a, b, p in self.mentions if a == start and b == end), None)

    def last_before(self, offset: int, reach: int = _PRONOUN_REACH) -> Person | None:
        """The last named person before ``offset``, in its sentence or up to ``reach`` sentences back."""
        index = self.sentence_of(offset)
        floor = self.sentences[max(index - reach, 0)][0] if self.sentences else 0
        found = [p for a, _, p in self.mentions if floor <= a < offset]
        return found[-1] if found else None

    def first_after(self, offset: int, reach: int = 1) -> Person | None:
        """The first named person after ``offset``, in its sentence or up to ``reach`` sentences on."""
        index = self.sentence_of(offset)
        last = min(index + reach, len(self.sentences) - 1)
        ceiling = self.sentences[last][1] if self.sentences else len(self.text)
        found = [p for a, _, p in self.mentions if offset <= a < ceiling]
        return found[0] if found else None

    def subject_before(self, offset: int, floor: int) -> tuple[Person | None, int]:
        """The nearest named person or he/she between ``floor`` and ``offset``; a pronoun is resolved.

        Returns the person (None when there is none or the pronoun cannot be resolved) and where it stood.
        """
        named = [(a, p) for a, _, p in self.mentions if floor <= a < offset]
        pronouns = [m.start() for m in _PRONOUN.finditer(self.text, floor, offset)]
        last_named = named[-1] if named else None
        last_pronoun = pronouns[-1] if pronouns else None
        if last_pronoun is not None and (last_named is None or last_pronoun > last_named[0]):
            return self.last_before(last_pronoun), last_pronoun
        if last_named is not None:
            return last_named[1], last_named[0]
        return None, -1
