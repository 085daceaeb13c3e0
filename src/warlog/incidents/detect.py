"""Finding incident mentions: triggers, minus negated, hypothetical and background ones.

A *mention* is a trigger match in one sentence that survives the filters;
mentions of the same type in neighbouring sentences (or naming the same
place) are grouped into one incident candidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..models import Entity
from ..text.prefilter import literal_prefixes, lowered, may_match
from .lexicon import IncidentLexicon

# Clause boundaries for the negation / hypothetical look-back. "that" is not one:
# "didn't bother to notify his unit that ... had been surrendered" stays negated.
_CLAUSE_BREAK = re.compile(r"[,;:—]|\bbut\b|\band\b|\bwhile\b|\bbecause\b")
_COUNTRIES = {"ukraine", "russia", "belarus", "moldova", "georgia", "poland", "the united states", "us",
              "europe", "crimea peninsula"}


@dataclass
class Mention:
    type: str
    sentence: int  # index into the sentence list
    start: int
    end: int  # trigger extent in the text
    subtype: str | None = None
    rank: int = 0  # the trigger's position in the lexicon: earlier is more specific


@dataclass
class Candidate:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    site: Entity | None = None  # the village its own clause names, when its sentence tells of others too

    @property
    def subtype(self) -> str | None:
        """The subtype of the most specific trigger among the mentions; a trigger that names a subtype ("chemical
        weapons were used") is more specific than one that names only the type ("strikes ... killing seven")."""
        return min(self.mentions, key=lambda m: (m.subtype is None, m.rank)).subtype

    @property
    def sentences(self) -> list[int]:
        return sorted({m.sentence for m in self.mentions})


def _clause_prefix(text: str, sent_start: int, trigger_start: int) -> str:
    prefix = text[sent_start:trigger_start]
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    return prefix[breaks[-1].end():] if breaks else prefix


@cache
def _core(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The trigger words of a trigger that states a condition on its sentence ("^(?!...).*?(?P<t>...)"): every
    match contains a match of them, so they serve the literal prefilter (the whole pattern has no literal start)."""
    at = regex.pattern.find("(?P<t>")
    if at < 0 or not regex.pattern.endswith(")"):
        return regex
    try:
        return re.compile(regex.pattern[at + len("(?P<t>"):-1], regex.flags)
    except re.error:
        return regex


def tells_background(sentence: str, lex: IncidentLexicon) -> bool:
    """The sentence is about trends or practice (``lex.background``), asides about a place and comments masked."""
    return bool(lex.background.search(lex.comment.sub("", lex.aside.sub(lambda m: " " * len(m.group(0)), sentence))))


def find_mentions(text: str, sentences: list[tuple[int, int]], lex: IncidentLexicon) -> list[Mention]:
    mentions: list[Mention] = []
    low = lowered(text)
    # Triggers whose literal start occurs nowhere in the document cannot match in any sentence of it; the
    # others are checked the same way per sentence (``text.prefilter``: exact, it only saves regex scans).
    triggers = [(rank, t, literal_prefixes(_core(t[2]))) for rank, t in enumerate(lex.triggers)
                if may_match(_core(t[2]), low)]
    for index, (s_start, s_end) in enumerate(sentences):
        sentence = text[s_start:s_end]
        if tells_background(sentence, lex):
            continue
        low_sentence = sentence.lower() if low is not None else None
        # A trigger inside an aside about a place ("scene of heavy fighting") is not the sentence's event.
        taken: list[tuple[int, int]] = [(s_start + m.start(), s_start + m.end()) for m in lex.aside.finditer(sentence)]
        for rank, (type_name, subtype, regex), starts in triggers:
            if starts is not None and low_sentence is not None and not any(map(low_sentence.__contains__, starts)):
                continue
            for m in regex.finditer(sentence):
                # a trigger may state a condition on its sentence and name the trigger words as the group "t"
                group = "t" if "t" in regex.groupindex else 0
                start, end = s_start + m.start(group), s_start + m.end(group)
                if any(start < b and a < end for a, b in taken):
                    continue
                prefix = _clause_prefix(text, s_start, start)
                taken.append((start, end))  # a cancelled trigger still hides weaker ones under it
                if (lex.negation.search(prefix) or lex.hypothetical.search(prefix)
                        or lex.not_told.search(text, s_start, start) or lex.denied_after.match(text, end)):
                    continue
                mentions.append(Mention(type_name, index, start, end, subtype, rank))
    return [m for m in mentions if not _gives_way(m, mentions, lex.generic_types)
            and not any(o.sentence == m.sentence and o.type in lex.yields.get(m.type, ()) for o in mentions)]


def _gives_way(mention: Mention, mentions: list[Mention], generic: tuple[str, ...]) -> bool:
    """A broad type gives way to a narrower one (later-listed or unlisted) told in the same sentence."""
    if mention.type not in generic:
        return False
    level = generic.index(mention.type)
    return any(other.sentence == mention.sentence and other.type != mention.type
               and (other.type not in generic or generic.index(other.type) > level) for other in mentions)


def is_country(entity: Entity) -> bool:
    return entity.text.casefold() in _COUNTRIES


_ONE_VICTIM = re.compile(
    r"\b(?i:a|an|one|another|the)?\s*(?:[A-Z][\w-]*\s+){0,2}(?:(?i:aid|rescue|humanitarian|local|elderly|young)\s+)?"
    r"(?i:soldier|serviceman|servicewoman|civilians?|officer|"
    r"militiaman|militia\s+member|priest|worker|convict|prisoner|driver|teenagers?|"
    r"staff\s+member|volunteer|fighter|journalist|residents?|conscript|medic|policeman|border\s+guard|"
    r"child|boy|girl|man|woman|pensioner)\s+(?:was\s+|is\s+|were\s+|are\s+|has\s+been\s+|have\s+been\s+)?"
    r"(?:killed|died|dies|shot\s+dead|wounded|injured)\b")


_AGED = re.compile(r"\b\d{1,3}-year-old\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|child|son|daughter|soldier|resident|"
                   r"pensioner|teenager|student|mother|father|driver|civilian|person|journalist|volunteer)\b",
                   re.IGNORECASE)


_WITH_OTHERS = re.compile(r"\b(?:[Hh]e|[Ss]he|I)\s+and\s+(?:\w+\s+)?(?:others|comrades|friends|"
                          r"(?:other|fellow)\s+(?:soldiers|men|servicemen|conscripts))\b")


_THE_AGED = re.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b")


def has_anchor(text: str, span: tuple[int, int], entities: list[Entity],
               speakers: list[tuple[int, int]] = ()) -> bool:  # type: ignore[assignment]
    """An event needs something specific: a sub-country place, a count, a person, a unit or a date.

    Generic statements ("Russia is knowingly killing its own troops") have none.
    """
    start, end = span
    for e in entities:
        if not (start <= e.start and e.end <= end):
            continue
        if e.label == "PLACE" and not is_country(e):
            return True
        if e.label == "PERSON" and any(a <= e.start < b for a, b in speakers):
            continue  # who tells of an event is not a participant in it
        if e.label in ("PERSON", "UNIT", "QUANTITY"):
            return True
        if (e.label == "DATE" and e.when is not None and e.when.precision in ("day", "week", "month")
                and "recent" not in e.text.lower()):
            return True
    # First person plural inside a quote ("Our tank hit hard") is a witness's own event.
    if re.search(r"[“\"«][^”\"»]*\b(?:[Oo]ur|[Ww]e|us)\b", text[start:end]):
        return True
    # A particular man and his companions: "He and several others who had decided to refuse were disarmed"; a man
    # named by his age alone ("The 45-year-old first dug trenches").
    if _WITH_OTHERS.search(text, start, end) or _THE_AGED.search(text, start, end):
        return True
    # One person harmed, told as news does: "Ukraine soldier killed in blast", "OSCE staff member killed"; or a
    # person named by age ("a 28-year-old woman"), which only a particular event does.
    return bool(_ONE_VICTIM.search(text, start, end) or _AGED.search(text, start, end))


# A count of men or materiel in the sentence makes a communique's claim specific even with no place the tagger
# knows: "destroyed four enemy assault groups", "shot down a Su-25 and destroyed 12 howitzers", "made four strikes".
_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozens|hundreds)"
_COUNTED_KIT = re.compile(
    rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:tanks?|howitzers?|guns|vehicles|armou?red\s+vehicles|groups?|positions|"
    r"strongholds|drones|UAVs|aircraft|helicopters|planes|jets|bombers|boats|barges|ships|wagons|depots|warehouses|"
    r"command\s+posts|launchers|systems|strikes|attacks|assaults|times|munitions|shells|rounds|militiamen|fighters|"
    r"servicemen|soldiers|troops|invaders|occupiers|personnel|mercenaries|regions|settlements|villages|firearms|"
    r"rifles|pistols|weapons|grenades|mines)\b",
    re.IGNORECASE)


def counted(text: str, span: tuple[int, int]) -> bool:
    """The sentence counts the men, materiel or strikes it tells of."""
    return _COUNTED_KIT.search(text, *span) is not None


def group_mentions(mentions: list[Mention], paragraph_of: list[int], max_gap: int = 2) -> list[Candidate]:
    """Same-type mentions within ``max_gap`` sentences of each other in one paragraph form one candidate."""
    candidates: list[Candidate] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        target = None
        for cand in reversed(candidates):
            if cand.type != mention.type:
                continue
            last = cand.mentions[-1].sentence
            if mention.sentence - last <= max_gap and paragraph_of[mention.sentence] == paragraph_of[last]:
                target = cand
            break
        if target is None:
            target = Candidate(mention.type)
            candidates.append(target)
        target.mentions.append(mention)
    return candidates


def places_nest(mine: list[Entity], theirs: list[Entity]) -> bool:
    """Whether two tellings' places can be one event's: a region on one side ("на Сумщині") and a place the
    gazetteer puts in that region on the other ("Юнаківської громади Сумської області"), or one gazetteer entry."""
    def regions(places: list[Entity]) -> set[str]:
        return {e.geo.admin1 for e in places if e.geo is not None and e.geo.admin1 and e.geo.precision == "region"}

    def within(places: list[Entity]) -> set[str]:
        return {e.geo.admin1 for e in places if e.geo is not None and e.geo.admin1}

    ids = {e.geo.gazetteer_id for e in mine if e.geo is not None and e.geo.gazetteer_id}
    if any(e.geo is not None and e.geo.gazetteer_id in ids for e in theirs):
        return True
    def all_regions(places: list[Entity]) -> bool:
        return bool(places) and all(e.geo is not None and e.geo.precision == "region" for e in places)

    return (all_regions(mine) and regions(mine) <= within(theirs)
            or all_regions(theirs) and regions(theirs) <= within(mine))
