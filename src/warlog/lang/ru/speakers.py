"""Who speaks in Russian text: an entity, a role noun standing for a named person, a group, a pronoun.

Without a dependency parse the speaker is read from the words around the cue: a PERSON, ORG or OUTLET entity
in the stretch, else a noun phrase ("местные власти", "глава региона", "их родственники"). Role nouns and
pronouns are resolved to what the text named before ("губернатор" -> the governor named earlier,
"ведомство" -> Минобороны, "по их словам" -> the group of the previous sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ...models import Entity, Speaker
from .lexicon import load
from .models import parses

_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z][\w\-]*")
_PRONOUNS = {"он": "sing", "она": "sing", "они": "plur", "их": "plur", "его": "sing", "ее": "sing", "её": "sing",
             "мы": "plur", "я": "sing"}
_DROP = {"сам", "самый", "этот", "тот", "свой", "наш", "весь", "также", "еще", "ещё", "уже", "позже", "потом",
         "же", "и", "а", "но", "об", "этом", "в", "на", "по", "со", "с", "к", "у"}
_MINISTRY = re.compile(r"(?i)мин(?:истерств|обороны|юст|фин|здрав|обр)|ведомств|МО РФ|МВД|МЧС")
_LABEL_KIND = {"PERSON": "person", "ORG": "organization", "OUTLET": "outlet", "UNIT": "group", "NORP": "group"}


@dataclass(frozen=True)
class SpeakerWords:
    title_nouns: frozenset[str]
    org_nouns: frozenset[str]
    outlet_nouns: frozenset[str]


@cache
def speaker_words() -> SpeakerWords:
    raw = load("attribution")
    return SpeakerWords(frozenset(raw["title_nouns"]), frozenset(raw["org_nouns"]), frozenset(raw["outlet_nouns"]))


def _lemma_pos(word: str) -> tuple[str, str, str | None, str | None]:
    found = parses(word)
    if not found:
        return word.lower(), "", None, None
    p = found[0]
    return str(p.normal_form).replace("ё", "е"), str(p.tag.POS or ""), p.tag.number, p.tag.case


@dataclass
class SpeakerMemory:
    """What earlier sentences named, for role nouns and pronouns."""

    last_person: Speaker | None = None
    last_group: Speaker | None = None
    last_org: Speaker | None = None
    last_outlet: Speaker | None = None
    people: list[Speaker] = field(default_factory=list)
    orgs: list[Speaker] = field(default_factory=list)

    def remember(self, speaker: Speaker) -> None:
        if speaker.kind == "person":
            self.last_person = speaker
            self.people.append(speaker)
        elif speaker.kind == "group":
            self.last_group = speaker
        elif speaker.kind == "organization":
            self.last_org = speaker
            self.orgs.append(speaker)
        elif speaker.kind == "outlet":
            self.last_outlet = speaker

    def see_entities(self, entities: list[Entity]) -> None:
        for e in entities:
            if e.label in ("PERSON", "ORG", "OUTLET"):
                self.remember(entity_speaker(e))


def entity_speaker(e: Entity) -> Speaker:
    return Speaker(text=e.text, name=e.lemma or e.text, start=e.start, end=e.end,
                   kind=_LABEL_KIND.get(e.label, "unknown"))


def person_gender(name: str) -> str | None:
    """masc or femn from the first name (or the surname's form), None when the dictionary cannot tell."""
    for word in name.split():
        for p in parses(word):
            if ("Name" in p.tag or "Surn" in p.tag) and p.tag.case == "nomn" and p.tag.gender in ("masc", "femn"):
                return str(p.tag.gender)
    return None


def noun_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase in [start, end): leading function words dropped, up to the first punctuation."""
    stretch = text[start:end]
    cut = re.search(r"[,.;:!?()«»\"—–]|\s-\s", stretch)
    if cut:
        stretch = stretch[:cut.start()]
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(stretch)]
    while words and words[0][2].lower() in _DROP:
        words.pop(0)
    # "сообщил в пятницу губернатор", "написал вечером в своём канале глава района": time and place adjuncts
    # before the subject are not the speaker.
    # (Only when a nominative subject follows: after "по словам" the whole phrase is genitive, "жен".)
    while (words and words[0][2].lower() not in _PRONOUNS and _adjunct(words[0][2])
           and any(_nominative(w[2]) for w in words[1:6])):
        words.pop(0)
    if not words:
        return None
    words = words[:5]
    # "их жёны в видеообращении": the phrase ends where a preposition opens an adjunct after it.
    cut_at = next((i for i, w in enumerate(words) if i > 0 and _lemma_pos(w[2])[1] == "PREP"), len(words))
    words = words[:cut_at]
    return words[0][0], words[-1][1]


def _nominative(word: str) -> bool:
    return word[0].isupper() or any(p.tag.case == "nomn" and p.tag.POS in ("NOUN", "NPRO") for p in parses(word))


def _adjunct(word: str) -> bool:
    """A word that opens or belongs to an adverbial before a subject: a preposition, an adverb, a number, or a
    noun or adjective in an oblique case ("пятницу", "вечером", "своем", "телеграм-канале")."""
    if word[0].isdigit() or word[0].isupper():
        return word[0].isdigit()
    found = parses(word)
    if not found:
        return False
    if found[0].tag.POS in ("PREP", "ADVB", "PRCL", "CONJ"):
        return True
    # Oblique only when no reading is nominative ("жены" is also "wives"; "вечером" never a subject).
    return found[0].tag.POS in ("NOUN", "ADJF", "NPRO") and not any(p.tag.case == "nomn" for p in found)


def resolve(text: str, start: int, end: int, entities: list[Entity], memory: SpeakerMemory,
            before_cue: bool) -> Speaker | None:
    """The speaker named in [start, end) of ``text`` (before the cue when ``before_cue``: the nearest)."""
    inside = [e for e in entities if start <= e.start and e.end <= end and e.label in _LABEL_KIND
              and e.label not in ("NORP",)]
    lead = re.match(r"\s*([а-яё]+)", text[start:end], re.IGNORECASE)
    if not before_cue and lead and lead.group(1).lower() in _PRONOUNS:
        inside = []  # "— написал он в Telegram-канале": the pronoun is the speaker, the rest says where
    if inside:
        e = inside[-1] if before_cue else inside[0]
        # "Глава Коченевского района Евгений Антипов": the person, not the district.
        persons = [x for x in inside if x.label == "PERSON"]
        if persons:
            e = persons[-1] if before_cue else persons[0]
        return entity_speaker(e)
    dates = [e for e in entities if e.label in ("DATE", "QUANTITY") and start <= e.start < end]
    span = noun_phrase(text, start, end) if not before_cue else _last_phrase(text, start, end, dates)
    if span is None:
        return None
    a, b = span
    words = text[a:b].split()
    if not words:
        return None
    first, pos, number, _ = _lemma_pos(words[0].strip("«»"))
    words_l = [_lemma_pos(w)[0] for w in words]
    sw = speaker_words()
    if first in _PRONOUNS or words[0].lower() in _PRONOUNS:
        plural = _PRONOUNS.get(words[0].lower(), "plur" if number == "plur" else "sing") == "plur"
        if len(words) > 1 and words[0].lower() == "их":  # "их родственники", "их издание"
            rest = words_l[1]
            if rest in sw.outlet_nouns and memory.last_outlet:
                return memory.last_outlet.model_copy(update={"text": text[a:b], "start": a, "end": b})
            return Speaker(text=text[a:b], name=text[a:b], start=a, end=b, kind="group")
        if plural:
            found = memory.last_group
        else:
            # "он" / "его" for the last man named, "она" / "её" for the last woman.
            gender = "femn" if words[0].lower() in ("она", "ее", "её") else "masc"
            found = next((p for p in reversed(memory.people) if person_gender(p.name) in (gender, None)), None)
        if found is None:
            return None
        return found.model_copy(update={"text": text[a:b], "start": a, "end": b})
    if any(w in sw.outlet_nouns for w in words_l[:1]) and memory.last_outlet:
        return memory.last_outlet.model_copy(update={"text": text[a:b], "start": a, "end": b})
    if any(w in sw.org_nouns for w in words_l[:2]) and memory.orgs:
        # "ведомство", "министерство": the last ministry named; other nouns: the last organisation.
        ministry = any(w in ("министерство", "ведомство", "минобороны") for w in words_l[:2])
        found = next((o for o in reversed(memory.orgs) if _MINISTRY.search(o.text)), None) if ministry else None
        return (found or memory.orgs[-1]).model_copy(update={"text": text[a:b], "start": a, "end": b})
    if words_l[0] in sw.title_nouns and memory.last_person and number != "plur":
        return memory.last_person.model_copy(update={"text": text[a:b], "start": a, "end": b,
                                                     "description": text[a:b]})
    if pos not in ("NOUN", "ADJF", "PRTF", "NPRO"):
        return None
    kind = "group" if number == "plur" or len(words) > 1 and _lemma_pos(words[-1])[2] == "plur" else "unknown"
    name = nominative_phrase(words) if kind == "group" else text[a:b]
    return Speaker(text=text[a:b], name=name, start=a, end=b, kind=kind)


def nominative_plural(word: str) -> str:
    """A group noun in the nominative plural ("мобилизованных" -> "мобилизованные"), or the word."""
    for p in parses(word):
        if p.tag.number == "plur" and p.tag.POS in ("NOUN", "ADJF", "PRTF"):
            inflected = p.inflect({"nomn", "plur"})
            if inflected is not None:
                return str(inflected.word)
    return word


def nominative_phrase(words: list[str]) -> str:
    """A noun phrase in the nominative, each word that agrees with the first put in the nominative."""
    out = []
    case = None
    for w in words:
        found = [p for p in parses(w) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]
        if not found:
            out.append(w)
            continue
        p = found[0] if case is None else next((x for x in found if x.tag.case == case), None)
        if p is None:
            out.extend(words[len(out):])
            break
        case = case or p.tag.case
        grams = {"nomn"} | ({str(p.tag.number)} if p.tag.number else set())
        inflected = p.inflect(grams)
        out.append(str(inflected.word) if inflected is not None else w)
    return " ".join(out)


def _last_phrase(text: str, start: int, end: int, skip: list[Entity]) -> tuple[int, int] | None:
    """The noun phrase right before ``end`` (the subject before a cue verb)."""
    stretch = text[start:end]
    cuts = list(re.finditer(r"[,;:!?()«»\"—–]|\.\s", stretch))
    if cuts:
        stretch_start = start + cuts[-1].end()
    else:
        stretch_start = start
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, stretch_start, end)
             if not any(e.start <= m.start() < e.end for e in skip)]
    # Keep the nominative phrase: drop leading words that are not part of it (dates, adverbs, "Об этом").
    while words and (words[0][2].lower() in _DROP or _lemma_pos(words[0][2])[1] in ("ADVB", "PREP", "CONJ", "PRCL")
                     or words[0][2][0].isdigit()):
        words.pop(0)
    if not words:
        return None
    nouns = [w for w in words if _lemma_pos(w[2])[3] == "nomn" or w[2].lower() in _PRONOUNS]
    if not nouns:
        return None
    first = next(i for i, w in enumerate(words) if w in nouns or _lemma_pos(w[2])[1] in ("ADJF", "PRTF"))
    words = words[first:]
    while len(words) > 1 and _lemma_pos(words[-1][2])[1] not in ("NOUN", "NPRO", "ADJF", "PRTF", ""):
        words.pop()  # "Местные власти теперь": the phrase ends at its last noun
    return words[0][0], words[-1][1]
