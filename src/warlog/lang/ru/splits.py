"""Runs of same-type sentences that tell more than one event: a strike on one town, then a sentence that opens on
another ("В поселке А дрон атаковал автомобиль. Кроме того, в Б от удара ранены две женщины"), or a reminder of an
earlier, dated attack ("Напомним, 11 марта удар по городу унес жизнь мужчины")."""

from __future__ import annotations

import re

from ...incidents.detect import Candidate
from ...models import Entity, Report
from .districts import is_city_district
from .stories import REMINDER, event_dates

# Types whose events are one per place struck (a desertion or a protest may move on within its story).
_PER_PLACE = frozenset({"strike", "attack_on_civilians"})
_WAR_COUNTRIES = ("RU", "UA")
# A town put at a clause's start, before its event: "в Борисовке", "В среду в соседнем Марганце", "в селе Б".
_OPENS_ON = re.compile(r"(?:^|[.,;:—–]\s*|(?:Кроме\s+того|Также|Еще|Ещё|А|При\s+этом)\s*,?\s+)"
                       r"(?:(?:[Вв]о?|[Пп]о|[Вв]\s+ночь\s+на)\s+[\w-]+\s+(?:утром\s+|вечером\s+|днем\s+|днём\s+)?)?"
                       r"(?:[Вв]|[Вв]о|[Пп]од|[Уу])\s+(?:(?:соседн|близлежащ|друг|ином|другом)\w*\s+)?"
                       r"(?:(?:сел\w*|пос[её]л\w*|деревн\w*|город\w*|пгт|хутор\w*|станиц\w*)\s+)?$")


def _settlement(e: Entity) -> bool:
    return (e.label == "PLACE" and e.geo is not None and e.geo.precision == "settlement"
            and e.geo.country in _WAR_COUNTRIES and not is_city_district(e))


def _key(e: Entity) -> str:
    return e.geo.gazetteer_id if e.geo is not None and e.geo.gazetteer_id else (e.lemma or e.text).casefold()


def split_by_place(report: Report, cands: list[Candidate], sentences: list[tuple[int, int]]) -> list[Candidate]:
    """Each candidate is cut before a sentence that opens on a town its sentences so far have not named, and
    before a reminder ("Напомним, ...") that names a day of its own."""
    text = report.document.text
    towns = [e for e in report.entities if _settlement(e)]
    days = [(e.start, e.when.start) for e in event_dates(text, report.entities)
            if e.label == "DATE" and e.when is not None and e.when.precision == "day"]

    def named(index: int) -> set[str]:
        a, b = sentences[index]
        return {_key(e) for e in towns if a <= e.start < b}

    def opening(index: int, trigger: int) -> Entity | None:
        a, _ = sentences[index]
        first = next((e for e in report.entities if e.label == "PLACE" and a <= e.start < trigger), None)
        if first is None or not _settlement(first):
            return None
        return first if _OPENS_ON.search(text[a:first.start]) else None

    def own_days(index: int) -> set[object]:
        a, b = sentences[index]
        return {day for at, day in days if a <= at < b}

    out: list[Candidate] = []
    for cand in cands:
        if cand.type not in _PER_PLACE:
            out.append(cand)
            continue
        piece = Candidate(cand.type)
        current: set[str] = set()
        current_days: set[object] = set()
        for m in cand.mentions:
            new_sentence = bool(piece.mentions) and m.sentence != piece.mentions[-1].sentence
            site = opening(m.sentence, m.start) if new_sentence else None
            reminded = new_sentence and REMINDER.match(text, sentences[m.sentence][0]) is not None
            if new_sentence and (site is not None and current and _key(site) not in current
                                 or reminded and own_days(m.sentence) - current_days):
                out.append(piece)
                piece = Candidate(cand.type)
                current, current_days = set(), set()
            if not piece.mentions or m.sentence != piece.mentions[-1].sentence:
                current |= named(m.sentence)
                current_days |= own_days(m.sentence)
            piece.mentions.append(m)
        out.append(piece)
    return out
