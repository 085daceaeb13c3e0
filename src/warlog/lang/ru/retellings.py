"""How a Russian report refers back to its event or its people: an event noun that "happened" on a day and in a
place ("Расстрел произошёл 14 ноября ..."), another site of the kind the story tells ("Ещё один лагерь появился
в ..."), and the labels of the people a detention story is about ("отказники", "СОЧ"), which name no act."""

from __future__ import annotations

import re

from ...incidents.detect import Candidate, Mention
from .morph import LemmaText

# "Расстрел произошёл 14 ноября на ... направлении", "Инцидент случился ночью в ...": a noun naming the report's
# event as the subject of "happened" (lemmas). It tells that event's day and place, not another event.
_RETOLD = re.compile(r"\b(?:расстрел|казнь|убийство|нападение|инцидент|происшествие|чп|трагедия|атака|удар|"
                     r"обстрел|взрыв|случай) (?:\S+ ){0,2}(?:произойти|случиться|состояться|происходить)\b")


def retold_events(lemmas: LemmaText, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The mentions with each "<event noun> произошёл ..." sentence that has no trigger of its own added as a
    mention of the type the report told last before it (none when the report told no event before)."""
    told = {m.sentence for m in mentions}
    starts = [lemmas.from_surface(a) for a, _ in sentences]
    ends = [lemmas.from_surface(b) for _, b in sentences]
    added: list[Mention] = []
    for index, (a, b) in enumerate(zip(starts, ends, strict=True)):
        if index in told:
            continue
        m = _RETOLD.search(lemmas.text, a, b)
        span = lemmas.to_surface(m.start(), m.end()) if m else None
        if span is None:
            continue
        before = [x for x in mentions if x.sentence < index]
        if before:
            last = max(before, key=lambda x: (x.sentence, x.start))
            added.append(Mention(last.type, index, span[0], span[1], last.subtype, last.rank))
    return sorted([*mentions, *added], key=lambda m: (m.sentence, m.start))


# "Ещё один лагерь появился в Бердске": another site of the kind the story tells (its own trigger in
# incidents.toml); an event of its own, never more of the one before, and nothing without one before.
_ANOTHER = re.compile(r"(?:ещ[её]\s+(?:один|одна|одно)|друг(?:ой|ая|ое)|втор(?:ой|ая|ое)|треть(?:я|е)|трети[йя]|"
                      r"так(?:ой|ая|ое)\s+же|подобн(?:ый|ая|ое))\s", re.IGNORECASE)


# More of the kind counted inside the trigger's words: "на 12-м километре перегона вспыхнули ещё три шкафа",
# "подожгли ещё два релейных шкафа" (a site of its own when the sentence names its place).
_MORE_OF_THEM = re.compile(r"(?<![\w-])ещ[её]\s+(?:\d+|один|одна|одно|два|две|три|четыре|пять|шесть|семь|восемь|"
                           r"девять|десять|несколько|пару)\s", re.IGNORECASE)


def is_another(text: str, mention: Mention) -> bool:
    return bool(_ANOTHER.match(text, mention.start) or _MORE_OF_THEM.search(text, mention.start, mention.end))


def another_of_its_kind(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those of "another site" whose type the report tells nowhere else."""
    return [m for m in mentions if not is_another(text, m)
            or any(o.type == m.type and not is_another(text, o) for o in mentions)]


def tells_another(text: str, cand: Candidate) -> bool:
    return any(is_another(text, m) for m in cand.mentions)


# "СОЧ и отказники", "отказников и самовольщиков держат в лагерях": in a report of their detention these words
# label the people held, not a refusal or a desertion told as an event.
_HELD_LABELS = frozenset({"отказник", "соч", "самовольщик", "сочинец"})
_HELD_BY = frozenset({"refusal_to_fight", "desertion_or_surrender"})


def held_people_only(mentions: list[Mention], lemmas: LemmaText) -> list[Mention]:
    """The mentions less the refusal and desertion ones that only label the people, when the report tells their
    detention."""
    if not any(m.type == "arrest_or_detention" for m in mentions):
        return mentions

    def label(m: Mention) -> bool:
        a, b = lemmas.from_surface(m.start), lemmas.from_surface(m.end)
        return m.type in _HELD_BY and lemmas.text[a:b].strip() in _HELD_LABELS

    return [m for m in mentions if not label(m)]


# The article of a criminal code a court or an investigator names before the offence: "признал виновным по ч. 5
# ст. 407 УК — самовольное оставление части", "дело по статье о дезертирстве", "осужден по ст. 337 УК РФ за СОЧ".
_ARTICLE = re.compile(r"(?<![\w-])(?:ч\.\s*\d+|ст\.\s*\d+|стать(?:я|и|е|ю|ей)\s+(?:\d+|о(?![\w-]))|УК(?:\s+(?:РФ|"
                      r"Украины|России))?|кодекс\w*|КоАП)(?![\w-])", re.IGNORECASE)
_CHARGED = frozenset({"desertion_or_surrender", "refusal_to_fight"})


def charge_named(text: str, sentences: list[tuple[int, int]], mention: Mention) -> bool:
    """The mention names the offence a cited article of the code is about, right after it in its sentence."""
    start = max(sentences[mention.sentence][0], mention.start - 60)
    return mention.type in _CHARGED and _ARTICLE.search(text, start, mention.start) is not None


def charges_only(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The mentions less the offences named only as a charge, when the report tells the act itself elsewhere ("ушел
    с места службы ... и больше не вернулся"): the verdict's words name that act, not another event."""
    def charge(m: Mention) -> bool:
        return charge_named(text, sentences, m)

    return [m for m in mentions if not charge(m)
            or not any(o.type == m.type and o.sentence != m.sentence and not charge(o) for o in mentions)]
