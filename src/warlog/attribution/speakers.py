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
from .lexicon import SpeakerWords
from .quotes import doc_text

_NOT_FIRST_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "Mr", "Mrs", "Ms", "Dr", "General",
                    "Colonel", "Sergeant", "Private", "Captain", "Major", "Lieutenant", "President", "Minister"}
_SINGULAR_PRONOUNS = {"he", "she", "him", "her", "i"}
_PLURAL_PRONOUNS = {"they", "we", "them", "their", "our"}
_DROP_WORDS = {"another", "one", "a", "an", "the", "purported", "alleged", "supposed", "some", "other",
               "apparent", "unnamed", "anonymous", "this", "that"}
_SELF_NAMED = re.compile(r"\bcall(?:ing|s|ed)\s+(?P<who>itself|himself|herself|themselves)\s+(?:the\s+)?"
                         r"[“\"«]?(?P<name>[A-Z][\w’'\-]*(?:\s+(?:of|the|for|de|[A-Z][\w’'\-]*))*[\w’'\-])")
_SOURCE_NOUNS = {"source", "official", "person", "member", "officer", "insider"}
_SOURCE_PREPS = {"in", "at", "from", "within", "inside", "close"}
# Office-holders named by their office keep its "of": "the head of the regional military administration said" (the
# office words are the speaker titles of attribution.toml)
_OFFICE_PREPS = {"of", "for"}
_HEDGED_WORDS = {"purported", "alleged", "supposed", "apparent", "unnamed", "anonymous"}


@dataclass
class SpeakerMemory:
    """Speakers seen so far in a document, most recent last."""

    speakers: list[Speaker] = field(default_factory=list)

    def remember(self, speaker: Speaker) -> None:
        self.speakers.append(speaker)

    def described(self, speaker: Speaker) -> Speaker | None:
        """'the ministry' after "Russia's Defense Ministry", 'the lawyer' after 'Pavel Chikov, a lawyer': the
        latest speaker whose name or description holds the definite description's head noun."""
        words = speaker.text.lower().split()
        if len(words) < 2 or words[0] != "the" or speaker.kind not in ("person", "organization"):
            return None
        head = words[-1]
        for earlier in reversed(self.speakers):
            if earlier is speaker or earlier.name in ("unknown", speaker.name) or earlier.kind == "group":
                continue
            known = f"{earlier.name} {earlier.description or ''} {earlier.text}".lower().replace("’", "'")
            if re.search(rf"\b{re.escape(head)}\b", known):
                return earlier
        return None

    def last(self, plural: bool, institution: bool = False) -> Speaker | None:
        wanted = ("organization", "outlet") if institution else ("group",) if plural else ("person",)
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


# Vowel letters read as a consonant ("a unit", "a European", "a one-time", "a US official") and a silent h ("an hour")
_CONSONANT_VOWEL = re.compile(r"(?:unit|union|uniform|universi|unique|unif|unil|unanim|use|usu|uti|eu|ewe|one\b|"
                              r"once\b|U\.?S\.?\b|UK\b|UN\b|ukr)", re.IGNORECASE)
_SILENT_H = re.compile(r"(?:hour|honou?r|heir|honest)", re.IGNORECASE)


def with_article(phrase: str) -> str:
    """'a official' -> 'an official', 'an unit' -> 'a unit': the indefinite article by the phrase's first sound."""
    vowel = phrase[:1].lower() in "aeiou" and not _CONSONANT_VOWEL.match(phrase) or bool(_SILENT_H.match(phrase))
    return f"an {phrase}" if vowel else f"a {phrase}"


def _spacing(tokens: list[Any], k: int) -> str:
    """The space after token k: its own, or one where dropped tokens (quote marks, hyphens) stood between."""
    t = tokens[k]
    if t.whitespace_ or k + 1 == len(tokens):
        return t.whitespace_
    nxt = tokens[k + 1]
    if nxt.i == t.i + 1:
        return ""
    gap = t.doc[t.i + 1:nxt.i]
    return "-" if all(g.text == "-" for g in gap) else " "


def _phrase_text(tokens: list[Any]) -> str:
    # Keep the text's own spacing ("the town's administration"), lower-case common words.
    return "".join((t.text if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE") or t.text.isupper() else t.lower_)
                   + _spacing(tokens, k) for k, t in enumerate(tokens)).strip()


def _descriptive_name(tokens: list[Any], words: SpeakerWords | None = None) -> tuple[str, bool]:
    words_ = [t for t in tokens if t.dep_ not in ("punct",)]
    hedged = any(t.lower_ in _HEDGED_WORDS for t in words_)
    # The phrase's head is the word the rest hangs on ("local residents": residents), whatever its role outside.
    inside = {t.i for t in words_}
    roots = [t for t in words_ if t.head.i not in inside or t.head.i == t.i]
    head = roots[0] if roots else None
    start = 0
    while start < len(words_) and words_[start].lower_ in _DROP_WORDS:
        start += 1  # only leading determiners go: "a source in the emergency services" keeps its "the"
    kept = words_[start:]
    if not kept or head is None:
        return " ".join(t.text for t in words_), hedged
    phrase = _phrase_text(kept)
    first = tokens[0].lower_ if tokens else ""
    if head.tag_ in ("NNS", "NNPS"):
        return (f"the {phrase}" if first == "the" else phrase), hedged
    if any(t.dep_ == "poss" for t in kept):  # "his mother", "the town's military administration"
        return (f"the {phrase}" if first == "the" else phrase), hedged
    if words is not None and _is_institution(kept, words):
        # Institutions keep the text's own determiner: "the ministry", "Ukrainian military intelligence".
        return (f"the {phrase}" if first == "the" else with_article(phrase) if first in ("a", "an") else phrase), hedged
    if all(t.pos_ == "PROPN" for t in kept):  # a name the model did not tag: "Zelenskiy"
        return phrase, hedged
    if (first == "the" and words is not None and head.lemma_.lower() in words.titles
            and any(t.lower_ in _OFFICE_PREPS for t in kept)):
        return f"the {phrase}", hedged  # "the governor of the Kharkiv region": one office, not "a governor"
    return with_article(phrase), hedged


def _is_institution(tokens: list[Any], words: SpeakerWords) -> bool:
    text = " ".join(t.lower_ for t in tokens)
    return tokens[-1].lower_ in words.institutions or "prosecutor's office" in text


def _is_outlet_phrase(tokens: list[Any], words: SpeakerWords) -> bool:
    text = " ".join(t.lower_ for t in tokens)
    return any(t.lower_ in words.outlets for t in tokens) or "news agency" in text


@dataclass
class NamedPhrase:
    name: str
    role: str | None
    kind: str


def name_in_phrase(tokens: list[Any], words: SpeakerWords) -> NamedPhrase | None:
    """The proper name a speaker phrase ends in, apart from its title or descriptor.

    'Regional Governor Vyacheslav Gladkov' -> Vyacheslav Gladkov (regional governor, a person);
    'the Ukrainian outlet Hromadske' -> Hromadske (an outlet); 'the Shot Telegram channel' -> Shot
    (an outlet); 'Russia's Defence Ministry' and 'Several Telegram channels' hold no name.
    """
    kept = [t for t in tokens if t.dep_ != "punct" and t.lower_ not in _DROP_WORDS]
    if not kept:
        return None
    last = kept[-1]
    if last.text[:1].isupper() and last.pos_ == "PROPN" and last.text not in words.platforms:
        run: list[Any] = []
        for tok in reversed(kept):
            if not (tok.text[:1].isupper() or tok.text == "-") or tok.dep_ == "case":
                break
            run.insert(0, tok)
        cut = max((i for i, t in enumerate(run) if t.lower_ in words.titles or t.lower_ in words.institutions
                   or t.lower_ in words.outlets), default=-1)
        name_tokens = run[cut + 1:]
        before = kept[:len(kept) - len(name_tokens)]
        if not name_tokens:
            return None
        if len(before) and before[-1].tag_ == "POS":
            return None  # "Russia's Zaporizhzhia": a possessive, not a title
        name = _span_text(name_tokens)
        if name in words.platforms:
            return None
        role = _role_text(before, words) if before else None
        kind = ("outlet" if before and _is_outlet_phrase(before, words) or name.casefold() in outlet_index()
                else "organization" if before and _is_institution(before, words) else "person")
        return NamedPhrase(name, role or None, kind)
    if last.lower_ in words.outlets and last.tag_ not in ("NNS", "NNPS"):
        # "the Shot Telegram channel": the capitalised words before the noun that are no platform
        proper = [t for t in kept[:-1] if t.text[:1].isupper() and t.text not in words.platforms
                  and t.ent_type_ not in ("NORP",)]
        if proper and all(t.pos_ in ("PROPN", "X", "NOUN") for t in proper):
            name = _span_text(proper)
            role = _role_text([t for t in kept if t not in proper], words)
            return NamedPhrase(name, role, "outlet")
    return None


def _role_text(tokens: list[Any], words: SpeakerWords) -> str:
    """'Kharkiv Mayor' -> 'Kharkiv mayor': titles lower-cased, names and places as written."""
    return "".join((t.lower_ if t.lower_ in words.titles or t.lower_ in words.outlets or t.pos_ != "PROPN"
                    and not t.text.isupper() and t.ent_type_ not in ("NORP", "GPE") and t.text not in words.platforms
                    else t.text) + _spacing(tokens, k) for k, t in enumerate(tokens)).strip()


def _span_text(tokens: list[Any]) -> str:
    first, last = tokens[0], tokens[-1]
    return str(first.doc.text[first.idx:last.idx + len(last.text)])


def resolve_speaker(
    subject: Any, doc: Any, entities: list[Entity], memory: SpeakerMemory, start: int, end: int,
    words: SpeakerWords | None = None,
) -> Speaker:
    """A Speaker for the subject token spanning [start, end) of the text."""
    full = doc_text(doc)
    text = full[start:end]
    lower = subject.lower_
    member = _one_of(subject)
    if member is not None:  # "one of the relatives said": a relative
        return Speaker(text=text, name=member, start=start, end=end, kind="person", description=text)
    if subject.pos_ == "PRON" or lower in _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS:
        antecedent = memory.last(plural=lower in _PLURAL_PRONOUNS, institution=lower in ("it", "its"))
        if antecedent is None and lower in ("it", "its"):  # "it said": an institution or outlet, never a person
            return Speaker(text=text, name="unknown", start=start, end=end, kind="unknown")
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
    tokens = [t for t in doc[subject.left_edge.i: subject.i + 1]]
    if subject.lemma_.lower() in _SOURCE_NOUNS:  # "sources in the security services"
        prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS), None)
        if prep is not None:
            tokens = [t for t in doc[subject.left_edge.i: prep.right_edge.i + 1]]
    elif words is not None and subject.lemma_.lower() in words.titles:
        prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ in _OFFICE_PREPS
                     and c.i == subject.i + 1), None)
        if prep is not None and prep.right_edge.i - subject.i <= 8:
            tokens = [t for t in doc[subject.left_edge.i: prep.right_edge.i + 1]]
    named = name_in_phrase(tokens, words) if words is not None else None
    # "the Institute for the Study of War, a think tank ...": the tagger's name runs past the head noun the span
    # ends on
    body = next((e for e in entities if e.label == "ORG" and e.start <= subject.idx < e.end and e.end > end
                 and e.start >= start), None)
    if body is not None:
        return Speaker(text=full[start:body.end], name=body.text, start=start, end=body.end, kind="organization",
                       description=_apposition(subject))
    self_named = _SELF_NAMED.search(full, sub_start, sub_end)
    if self_named is not None and named is None:  # "A group calling itself the Liberty of Russia Legion"
        own_kind = "person" if self_named.group("who") in ("himself", "herself") else "organization"
        named = NamedPhrase(self_named.group("name"), None, "group" if self_named.group("who") == "themselves"
                            else own_kind)
    outlet = _entity_in(entities, start, end, {"OUTLET"})
    for child in subject.children:  # "the channel Baza", "The outlet Sota, relying on ..."
        if outlet is None and child.dep_ == "appos" and 0 < child.i - subject.i <= 4 and child.pos_ == "PROPN":
            outlet = _entity_in(entities, child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text),
                                {"OUTLET"})
    if outlet is not None:
        known = outlet_index().get(outlet.text.casefold())
        role = named.role if named is not None and named.name == outlet.text else None
        return Speaker(text=text, name=known.name if known else outlet.text, start=start, end=end, kind="outlet",
                       description=role)
    country = _entity_in(entities, start, end, {"PLACE"})
    if (country is not None and country.text == text and subject.ent_type_ == "GPE"
            and _apposition(subject) is None):  # "Paulina, the mother of ...": a person after all
        # "Ukraine has named ...": a country speaks as its government, even where a name reading claims it
        return Speaker(text=text, name=text, start=start, end=end, kind="organization")
    person = (_entity_in(entities, start, end, {"PERSON"}) or _introduced_person(entities, full, sub_start, sub_end)
              or _appositive_person(subject, entities))
    if person is not None and words is not None and (
            any(w in words.platforms for w in person.text.split()) or named is not None and named.kind == "outlet"):
        person = None  # "Several Telegram channels", "the Shot Telegram channel": not a person's name
    appositive = _apposition(subject)
    if person is not None and " " not in person.text and any(e.label == "PLACE" and e.text == person.text
                                                              for e in entities):
        return Speaker(text=text, name=person.text, start=start, end=end, kind="organization")  # "Russia says"
    if person is not None:
        description = None
        hedged = False
        if named is not None and named.role and person.text.endswith(named.name.split()[-1]):
            description = named.role  # "Regional Governor Vyacheslav Gladkov": the title, kept apart
        elif person.start > start or person.end > end:  # the name sits inside a description
            description = full[sub_start:sub_end].strip(" ,")
            hedged = "only as" in description or any(t.lower_ in _HEDGED_WORDS for t in tokens)
        name = full_name(person.text, entities, person.start, full)
        if named is not None and named.kind == "person" and named.name.endswith(" " + name):
            name = named.name  # "Kursk Governor Alexei Smirnov" with only "Smirnov" tagged: the phrase's full name
        return Speaker(text=text if person.end <= end else full[start:person.end],
                       name=name, start=start,
                       end=max(end, person.end), kind="person", description=description or appositive, hedged=hedged)
    if named is not None:
        name = full_name(named.name, entities, start, full) if named.kind == "person" else named.name
        return Speaker(text=text, name=name, start=start, end=end, kind=named.kind,
                       description=named.role or appositive)
    place = _entity_in(entities, start, end, {"PLACE"})
    if place is not None and place.text == text:  # "Kyiv said", "Russia says": the government, by its seat
        return Speaker(text=text, name=text, start=start, end=end, kind="organization")
    org = _entity_in(entities, start, end, {"ORG", "NORP"})
    if org is not None and org.text == text:
        named_as = full_name(org.text, entities, start, full)
        if named_as != org.text:  # "Sokolov", tagged ORG, after "Ivan Sokolov": a person
            return Speaker(text=text, name=named_as, start=start, end=end, kind="person")
        return Speaker(text=text, name=org.text, start=start, end=end, kind="organization")
    name, hedged = _descriptive_name(tokens, words)
    plural = subject.tag_ in ("NNS", "NNPS")
    kept = [t for t in tokens if t.dep_ != "punct" and t.lower_ not in _DROP_WORDS]
    kind = "group" if plural else "person"
    if subject.lemma_.lower() in _SOURCE_NOUNS:
        pass  # "a source in the emergency services": a person inside the institution
    elif words is not None and kept and not plural and _is_outlet_phrase(kept[-1:], words):
        kind = "outlet"
    elif words is not None and kept and not plural and _is_institution(kept, words):
        kind = "organization"
    return Speaker(text=text, name=name, start=start, end=end, kind=kind,
                   description=appositive or (text if name != text else None), hedged=hedged)


_INTRODUCTION = re.compile(r"\b(?:identified(?:\s+only)?\s+as|names?\s+(?:himself|herself)\s+as|gives?\s+(?:his|her)\s+"
                           r"name\s+as|named|called|known\s+as|nicknamed|pseudonym)\s+[“\"«]?$", re.IGNORECASE)


def _introduced_person(entities: list[Entity], text: str, start: int, end: int) -> Entity | None:
    """'a man identified only as Aleksei said': a name inside the speaker's description that introduces him,
    not any name in it ('a channel with links to the company Vagner')."""
    for e in entities:
        if e.label == "PERSON" and start <= e.start and e.end <= end and _INTRODUCTION.search(text[start:e.start]):
            return e
    # The model missed the name, but the grammar gives it: "gives his name as Ilya Rudnev", two or three
    # capitalised words right after the introduction.
    for m in _INTRODUCED_NAME.finditer(text, start, end):
        if _INTRODUCTION.search(text[start:m.start()]) and m.group(0).split()[0] not in _NOT_FIRST_NAMES:
            return Entity(id="introduced", text=m.group(0), label="PERSON", start=m.start(), end=m.end())
    return None


_INTRODUCED_NAME = re.compile(r"\b[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+){1,2}\b")


def _appositive_person(subject: Any, entities: list[Entity]) -> Entity | None:
    """'his brother-in-law, Dmytro Shubin, asked': the name in apposition to the subject."""
    for child in subject.children:
        if child.dep_ == "appos":
            found = _entity_in(entities, child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text),
                               {"PERSON"})
            if found is not None:
                return found
    return None


def _apposition(subject: Any) -> str | None:
    """'Paul Rieckhoff, founder and CEO of a veterans group, said': the apposition describes him."""
    for child in subject.children:
        if child.dep_ == "appos" and child.i > subject.i:
            sub = list(child.subtree)
            return str(subject.doc.text[sub[0].idx:sub[-1].idx + len(sub[-1].text)]).strip(" ,")
    return None


_AGED = re.compile(r"^the\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[-\s]year[-\s]old$", re.IGNORECASE)
_AGED_REACH = 1500  # characters back to the person "the 31-year-old" stands for


def aged_antecedent(speaker: Speaker, entities: list[Entity], text: str) -> Speaker | None:
    """'Sgt. Ivan Zhytnik ... "Four of us are wounded," the 31-year-old said': an age standing for the person named
    last before it."""
    if not _AGED.match(speaker.text.strip()):
        return None
    people = [e for e in entities if e.label == "PERSON" and speaker.start - _AGED_REACH <= e.end <= speaker.start]
    if not people:
        return None
    last = max(people, key=lambda e: e.start)
    return speaker.model_copy(update={"name": full_name(last.text, entities, last.start, text), "kind": "person",
                                      "description": speaker.text})


_ORG_REACH = 1500  # characters back that "the directorate" finds the institution it names


def named_institution(speaker: Speaker, entities: list[Entity]) -> Speaker | None:
    """'The Main Intelligence Directorate ... identified him. ... the directorate said': a definite institution
    noun is the institution named last before it whose name ends in that noun (named, not yet a speaker)."""
    words = speaker.text.lower().split()
    if len(words) != 2 or words[0] != "the" or speaker.kind not in ("person", "organization"):
        return None
    orgs = [e for e in entities if e.label == "ORG" and speaker.start - _ORG_REACH <= e.end <= speaker.start
            and e.text.lower().split()[-1] == words[1] and len(e.text.split()) > 1]
    if not orgs:
        return None
    last = max(orgs, key=lambda e: e.start)
    name = last.text[4:] if last.text.lower().startswith("the ") else last.text
    return speaker.model_copy(update={"name": name, "kind": "organization"})


def _one_of(subject: Any) -> str | None:
    """'one of the relatives' -> 'a relative', 'one of the men' -> 'a man': one member of a group named by a noun."""
    if subject.lower_ not in ("one", "another"):
        return None
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return None  # "one of them", "one of Kyiv's": no noun to name the member by
    lemma = noun.lemma_.lower()
    return f"{'an' if lemma[:1] in 'aeiou' else 'a'} {lemma}"
