"""Governor's roundups for Russian: the places told one by one in a post about strikes, each an event of its own."""

from __future__ import annotations

import re
from typing import Any

from ...incidents.detect import Candidate, Mention, is_country
from ...models import Incident, Report

_ADMIN = re.compile(r"(?:област|кра[йяюе]|республик|округ|район)", re.IGNORECASE)


# Damage told village by village in a governor's roundup: "В селе Червона Дибровка повреждено оборудование ...,
# в Мешковом — автомобиль. В Белянке пострадали два грузовика, один сгорел."
_DAMAGE = re.compile(r"(?<![\w-])(?:поврежд\w*|сгорел\w*|выбиты|выбито|посечен\w*|посечены|разрушен\w*|"
                     r"пострадал[аио]?|уничтожен\w*)(?![\w-])", re.IGNORECASE)
_LISTED = 2  # more places than this in one sentence of damage is a list that sums the day up
_NOT_DAMAGED = re.compile(r"(?<![\w-])(?:не|ни|никто|ничего|нет)\s+(?:\S+\s+)?$", re.IGNORECASE)


def damage_roundup(report: Report, sentences: list[tuple[int, int]], mentions: list[Mention],
                   strikes: list[Mention] | None = None) -> list[Candidate]:
    """In a post about strikes (``strikes``: those told, by default the mentions'), each village named in a sentence
    of damage with no trigger of its own is a strike there (one candidate per village), as daily summaries list
    them."""
    strikes = [m for m in (mentions if strikes is None else strikes) if m.type == "strike"]
    if not strikes:
        return []
    text, told = report.document.text, {m.sentence for m in mentions}
    told_names = {(e.lemma or e.text).casefold() for e in report.entities if e.label == "PLACE"
                  and any(sentences[i][0] <= e.start < sentences[i][1] for i in told)}
    # places named already where an event was told (whatever their case: "Грайворон", "часть Грайворона")
    told_places = {e.start for e in report.entities if e.label == "PLACE"
                   and (e.lemma or e.text).casefold() in told_names}
    found: list[Candidate] = []
    for index, (a, b) in enumerate(sentences):
        damage = [m for m in _DAMAGE.finditer(text, a, b)
                  if not _NOT_DAMAGED.search(text, max(a, m.start() - 25), m.start())]
        if index in told or not damage:
            continue  # ("никто не пострадал", "ничего не повреждено": no damage told)
        places = [e for e in report.entities if e.label == "PLACE" and a <= e.start < b and not is_country(e)]
        if len(places) > _LISTED or any(e.start in told_places for e in places):
            continue  # a list of districts and towns sums the day up; a place told already: more of its story
        for e in places:
            if (not _ADMIN.search(e.text)
                    and (e.geo is None or e.geo.country in ("RU", "UA")
                         and e.geo.precision in ("settlement", "point", "region"))):
                found.append(Candidate("strike", [Mention("strike", index, e.start, e.end, None, strikes[0].rank)],
                                       site=e))
    return found


# "повреждены частные дома в пгт Пришиб и селе Любимовка": settlements joined in one clause, each with its word
_JOINED = re.compile(r"\s*(?:,|,?\s+и)\s+(?:(?:в|во|по|под)\s+)?(?:сел\w*|пос[её]л\w*|деревн\w*|пгт|хутор\w*|"
                     r"станиц\w*)\s+$", re.IGNORECASE)
_SETTLEMENT_WORD = re.compile(r"(?<![\w-])(?:сел\w*|пос[её]л\w*|деревн\w*|пгт|хутор\w*|станиц\w*)\s+$", re.IGNORECASE)
_HARM = re.compile(r"(?<![\w-])(?:погиб\w*|ранен\w*|ранил\w*|травм\w*|скончал\w*|жертв\w*|госпитализ\w*|"
                   r"пострадал[аи]?\s+(?:\S+\s+)?(?:человек|мужчин|женщин|жител|ребен|ребён))", re.IGNORECASE)
_JOINED_MAX = 3
_BETWEEN = re.compile(r"(?<![\w-])между\s+(?:сел\w*|пос[её]л\w*|деревн\w*|пгт|хутор\w*|станиц\w*)\s+$", re.IGNORECASE)


def joined_settlements(report: Report, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Candidate]:
    """A strike sentence that tells damage in two or three settlements joined in one clause ("в пгт Пришиб и селе
    Любимовка") tells a strike in each: the settlements the trigger's own place is not get a candidate each (as a
    roundup's villages do). A sentence with a toll is left whole: whose dead they were it does not say."""
    text = report.document.text
    found: list[Candidate] = []
    for index in sorted({m.sentence for m in mentions if m.type == "strike"}):
        a, b = sentences[index]
        if _HARM.search(text, a, b):
            continue
        places = sorted((e for e in report.entities if e.label == "PLACE" and a <= e.start < b and not is_country(e)
                         and _SETTLEMENT_WORD.search(text, max(a, e.start - 12), e.start)), key=lambda e: e.start)
        chain = places[:1]
        for e in places[1:]:
            if _JOINED.fullmatch(text, chain[-1].end, e.start) and len(chain) < _JOINED_MAX + 1:
                chain.append(e)
            elif len(chain) < 2:
                chain = [e]
        if not 2 <= len(chain) <= _JOINED_MAX or _BETWEEN.search(text, max(a, chain[0].start - 25), chain[0].start):
            continue  # ("между деревней Обеста и селом Локоть": one site between the two, not two)
        trigger = next(m for m in mentions if m.sentence == index and m.type == "strike")
        own = min(chain, key=lambda e: abs(e.start - trigger.start))
        for e in chain:
            if e is not own:
                found.append(Candidate("strike", [Mention("strike", index, e.start, e.end, None, trigger.rank)]))
    return found


# "В Киеве, Запорожье и Кропивницком прошли акции", "в Кузбассе и под Новосибирском ... держат в лагерях": a
# protest or a detention told of places listed in one locative is one event in each place (each city's rally,
# each region's camp), as a list of a strike's damaged villages is.
_LISTED_TYPES = frozenset({"protest", "arrest_or_detention", "territory_change"})
_LIST_OPENS = re.compile(r"(?<![\w-])(?:в|во|под)\s+$", re.IGNORECASE)
# "отошли западнее сел A, B и C", "освободили населенные пункты A и B", "вышли из поселков A и B": a front line
# moved past a list of villages is one territory change in each.
_SETTLEMENTS_OPEN = re.compile(r"(?<![\w-])(?:в|во|под|у|из|возле|около|близ|(?:запад|восточ|север|юж)нее|"
                               r"сел(?:а|о|ом|ами)?|с[её]л|деревн(?:и|ю|ей|я)|деревень|поселк(?:и|ов|а)|"
                               r"населенн(?:ые|ых)\s+пункт(?:ы|ов)|населённ(?:ые|ых)\s+пункт(?:ы|ов))\s+$",
                               re.IGNORECASE)
SETTLEMENT_LISTS = frozenset({"territory_change"})
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+и)\s+(?:(?:в|во|под)\s+)?", re.IGNORECASE)
_LIST_MAX = 5


def listed_places(report: Report, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Candidate]:
    """One candidate per place of a list ("в A, B и C") in a sentence that tells a protest or a detention; the
    caller keeps those whose place no incident of the type has already."""
    text = report.document.text
    found: dict[tuple[str, str], Candidate] = {}
    for index in sorted({m.sentence for m in mentions if m.type in _LISTED_TYPES}):
        a, b = sentences[index]
        places = sorted((e for e in report.entities if e.label == "PLACE" and a <= e.start < b and not is_country(e)),
                        key=lambda e: e.start)
        chains: list[list[Any]] = []
        for e in places:
            if chains and _LIST_JOIN.fullmatch(text, chains[-1][-1].end, e.start) and len(chains[-1]) < _LIST_MAX:
                chains[-1].append(e)
            elif _LIST_OPENS.search(text, max(a, e.start - 4), e.start) or (
                    _SETTLEMENTS_OPEN.search(text, max(a, e.start - 30), e.start)
                    and any(m.sentence == index and m.type in SETTLEMENT_LISTS for m in mentions)):
                chains.append([e])
        for chain in chains:
            if len(chain) < 2:
                continue
            for kind in sorted({m.type for m in mentions if m.sentence == index and m.type in _LISTED_TYPES}):
                if kind in SETTLEMENT_LISTS and any(_ADMIN.search(e.text) for e in chain):
                    continue  # regions listed, not villages the line passed
                first = min((m for m in mentions if m.sentence == index and m.type == kind), key=lambda m: m.rank)
                for e in chain:
                    key = (kind, (e.lemma or e.text).casefold())
                    cand = found.setdefault(key, Candidate(kind, site=e))
                    cand.mentions.append(Mention(kind, index, e.start, e.end, first.subtype, first.rank))
    return list(found.values())


# "Из-за обстрелов повреждены частные дома в Волчанске и Казачьей Лопани": the day's strikes told only as the cause
# of damage in the places listed, each of which is a strike there (not more of the event told just before).
_CAUSE = re.compile(r"(?<![\w-])(?:из-за|в\s+результате|вследствие)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_PLURAL_STRIKES = re.compile(r"(?:обстрел(?:ов|ы|ами)|удар(?:ов|ы|ами)|атак(?:и|ами)?|прил[её]т(?:ов|ы))(?![\w-])",
                             re.IGNORECASE)


def cause_only_damage(report: Report, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The mentions less the strikes told only as the cause of a sentence's damage in places (at most
    ``_LISTED``, none a region): the damage roundup then tells a strike in each."""
    text = report.document.text
    kept: list[Mention] = []
    for m in mentions:
        a, b = sentences[m.sentence]
        places = [e for e in report.entities if e.label == "PLACE" and a <= e.start < b and not is_country(e)
                  and not _ADMIN.search(e.text)]
        alone = all(o is m or o.sentence != m.sentence for o in mentions)
        if (m.type != "strike" or not alone or not places or len(places) > _LISTED
                or not _PLURAL_STRIKES.fullmatch(text, m.start, m.end)
                or not _CAUSE.search(text, max(a, m.start - 30), m.start)
                or not _DAMAGE.search(text, m.end, b) or _HARM.search(text, a, b)):
            kept.append(m)
    return kept


def one_per_place(report: Report, candidates: list[Candidate]) -> list[Candidate]:
    """Roundup candidates of one place ("В Волчанске пострадала ...", then "повреждены дома в Волчанске") as one."""
    by_place: dict[str, Candidate] = {}
    merged: list[Candidate] = []
    for cand in candidates:
        m = cand.mentions[0]
        entity = next((e for e in report.entities if e.label == "PLACE" and e.start == m.start), None)
        key = (entity.lemma or entity.text).casefold() if entity is not None else ""
        if key and key in by_place:
            by_place[key].mentions.extend(cand.mentions)
            continue
        if key:
            by_place[key] = cand
        merged.append(cand)
    return merged


# "Российские обстрелы за минувшие сутки унесли жизни двух жителей Харьковской области": the day's total over a
# region, in a roundup that then tells each village's strike and toll, is their sum, not an event of its own.
_DAY_TOTAL = re.compile(r"(?<![\w-])за\s+(?:минувшие\s+|прошедшие\s+|последние\s+|истекшие\s+)?сутки|"
                        r"за\s+(?:минувший|прошедший|вчерашний)\s+день", re.IGNORECASE)


_TOLL = re.compile(r"(?<![\w-])(?:погиб\w*|ранен\w*|ранени\w*|жизн\w*|пострадал\w*|убит\w*|скончал\w*)(?![\w-])",
                   re.IGNORECASE)


def day_totals(report: Report, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """The mentions less the strikes of a day's regional total (a toll with a number), when two or more strikes are
    told by village."""
    text = report.document.text

    def total(index: int) -> bool:
        a, b = sentences[index]
        return bool(_DAY_TOTAL.search(text, a, b) and _TOLL.search(text, a, b)) and any(
            e.label == "QUANTITY" and a <= e.start < b for e in report.entities)

    def settled(index: int) -> bool:
        a, b = sentences[index]
        return any(e.label == "PLACE" and a <= e.start < b and not is_country(e) and not _ADMIN.search(e.text)
                   for e in report.entities)

    located = {m.sentence for m in mentions if m.type == "strike" and settled(m.sentence)}
    if len(located) < 2:
        return mentions
    return [m for m in mentions if not (m.type == "strike" and m.sentence not in located and total(m.sentence))]


def settle_listed(report: Report, incidents: list[Incident], listed: Incident) -> bool:
    """A village of a list a territory change names: the incident the sentence told at the list's region
    ("западнее сел A, B и C в Донецкой области") takes the first village, each other village is one of its own
    (villages the gazetteer does not know resolve to the region itself, so they are no place told already).
    False for the other types (the caller's rule)."""
    if listed.type not in SETTLEMENT_LISTS or listed.where is None:
        return False
    name = listed.where.name.casefold()
    if any(i.type == listed.type and i.where is not None and i.where.name.casefold() == name for i in incidents):
        return True
    spans = {(s.start, s.end) for s in listed.evidence}
    for incident in incidents:
        where = incident.where
        if (incident.type == listed.type and where is not None and where.span is not None
                and _ADMIN.search(where.text) and {(s.start, s.end) for s in incident.evidence} & spans):
            incident.where = listed.where
            return True
    incidents.append(listed)
    return True
