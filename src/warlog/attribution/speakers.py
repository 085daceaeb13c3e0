"""Resolving a cue's subject to who the speaker is.

Pronouns go to the last compatible speaker ("he" -> Dmitry Panov), short
names to the full name mentioned earlier ("Panov" -> Dmitry Panov),
descriptive speakers keep their description ("a man identified only as
Aleksei" -> Aleksei; "another purported soldier" -> a soldier, hedged) and
plural nouns become groups ("relatives", "the men").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..lexicon import outlet_index
from ..models import Entity, Speaker
from .quotes import doc_text

_NOT_FIRST_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "Mr", "Mrs", "Ms", "Dr", "General",
                    "Colonel", "Sergeant", "Private", "Captain", "Major", "Lieutenant", "President", "Minister"}
_SINGULAR_PRONOUNS = {"he", "she", "him", "her", "i"}
_PLURAL_PRONOUNS = {"they", "we", "them"}
_DROP_WORDS = {"another", "one", "a", "an", "the", "purported", "alleged", "supposed", "some", "other",
               "apparent", "unnamed", "anonymous", "this", "that"}
_HEDGED_WORDS = {"purported", "alleged", "supposed", "apparent", "unnamed", "anonymous"}


@dataclass
class SpeakerMemory:
    """Speakers seen so far in a document, most recent last."""

    speakers: list[Speaker] = field(default_factory=list)

    def remember(self, speaker: Speaker) -> None:
        self.speakers.append(speaker)

    def last(self, plural: bool) -> Speaker | None:
        wanted = ("group",) if plural else ("person",)
        for s in reversed(self.speakers):
            if s.kind in wanted and s.name != "unknown":
                return s
        return None


def _entity_in(entities: list[Entity], start: int, end: int, labels: set[str]) -> Entity | None:
    for e in entities:
        if e.label in labels and e.start >= start and e.end <= end:
            return e
    return None


def full_name(short: str, entities: list[Entity], before: int, text: str = "") -> str:
    """'Panov' -> 'Dmitry Panov' when a longer mention ending in it came earlier."""
    for e in entities:
        if e.label == "PERSON" and e.start < before and e.text != short and e.text.split()[-1] == short:
            return e.text
    if " " not in short and text:
        # The model does not always tag the first mention: "Ivan Sokolov is a medic ..."
        earlier = re.search(rf"\b((?:[A-Z][a-z’'\-]+\s+){{1,2}}){re.escape(short)}\b", text[:before])
        if earlier and earlier.group(1).split()[0] not in _NOT_FIRST_NAMES:
            return earlier.group(1) + short
    return short


def _descriptive_name(tokens: list[Any]) -> tuple[str, bool]:
    words = [t for t in tokens if t.dep_ not in ("punct",)]
    hedged = any(t.lower_ in _HEDGED_WORDS for t in words)
    head = max(words, key=lambda t: (t.dep_ in ("nsubj", "nsubjpass", "pobj", "ROOT"), -t.i)) if words else None
    kept = [t for t in words if t.lower_ not in _DROP_WORDS]
    if not kept or head is None:
        return " ".join(t.text for t in words), hedged
    # Keep the text's own spacing ("the town's administration"), lower-case common words.
    phrase = "".join((t.text if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") else t.lower_)
                     + t.whitespace_ for t in kept).strip()
    if head.tag_ in ("NNS", "NNPS"):
        first = tokens[0].lower_ if tokens else ""
        return (f"the {phrase}" if first == "the" else phrase), hedged
    if any(t.dep_ == "poss" for t in kept):  # "his mother", "the town's military administration"
        return (f"the {phrase}" if tokens[0].lower_ == "the" else phrase), hedged
    return f"a {phrase}", hedged


def resolve_speaker(
    subject: Any, doc: Any, entities: list[Entity], memory: SpeakerMemory, start: int, end: int
) -> Speaker:
    """A Speaker for the subject token spanning [start, end) of the text."""
    full = doc_text(doc)
    text = full[start:end]
    lower = subject.lower_
    if subject.pos_ == "PRON" or lower in _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS:
        antecedent = memory.last(plural=lower in _PLURAL_PRONOUNS)
        if antecedent is None:
            person = None
            for e in entities:
                if e.label == "PERSON" and e.end <= start:
                    person = e
            if person is not None and lower not in _PLURAL_PRONOUNS:
                return Speaker(text=text, name=full_name(person.text, entities, start, full), start=start, end=end,
                               kind="person")
            return Speaker(text=text, name="unknown", start=start, end=end, kind="unknown")
        return Speaker(text=text, name=antecedent.name, start=start, end=end, kind=antecedent.kind,
                       description=antecedent.description, hedged=antecedent.hedged)

    # The whole subject subtree, relative clauses included, for "a man identified only as Aleksei".
    subtree = list(subject.subtree)
    sub_start = subtree[0].idx
    sub_end = subtree[-1].idx + len(subtree[-1].text)
    outlet = _entity_in(entities, start, end, {"OUTLET"})
    if outlet is not None:
        known = outlet_index().get(outlet.text.casefold())
        return Speaker(text=text, name=known.name if known else outlet.text, start=start, end=end, kind="outlet")
    person = _entity_in(entities, start, end, {"PERSON"}) or _entity_in(entities, sub_start, sub_end, {"PERSON"})
    tokens = [t for t in doc[subject.left_edge.i: subject.i + 1]]
    if person is not None:
        description = None
        hedged = False
        if person.start > start or person.end > end:  # the name sits inside a description
            description = full[sub_start:sub_end].strip(" ,")
            hedged = "only as" in description or any(t.lower_ in _HEDGED_WORDS for t in tokens)
        return Speaker(text=text if person.end <= end else full[start:person.end],
                       name=full_name(person.text, entities, person.start, full), start=start,
                       end=max(end, person.end), kind="person", description=description, hedged=hedged)
    org = _entity_in(entities, start, end, {"ORG", "NORP"})
    if org is not None and org.text == text:
        named = full_name(org.text, entities, start, full)
        if named != org.text:  # "Sokolov", tagged ORG, after "Ivan Sokolov": a person
            return Speaker(text=text, name=named, start=start, end=end, kind="person")
        return Speaker(text=text, name=org.text, start=start, end=end, kind="organization")
    name, hedged = _descriptive_name(tokens)
    plural = subject.tag_ in ("NNS", "NNPS")
    return Speaker(text=text, name=name, start=start, end=end, kind="group" if plural else "person",
                   description=text if name != text else None, hedged=hedged)
