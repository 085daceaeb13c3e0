"""Which incident a later telling of a type belongs to (Russian): a report tells one event of a type in its headline,
lead, quotes and summary, so a later mention joins the earlier incident unless its places, districts or days say it
is another event. Also the candidate's places and days these decisions read, and the paragraph and date helpers
the incident stage shares with them."""

from __future__ import annotations

import re
from typing import Any

from ...incidents import slots
from ...incidents.detect import Candidate, places_nest
from ...incidents.lexicon import IncidentLexicon
from ...models import Entity, Report
from .districts import is_city_district
from .retellings import tells_another

_ADMIN = re.compile(r"(?:област|кра[йяюе]|республик|округ|район)", re.IGNORECASE)
_RECALL = re.compile(r"(?<![\w-])(?:сообщал[аи]?|рассказывал[аи]?|писал[аи]?|заявлял[аи]?|ранее|до\s+этого)(?![\w-])",
                     re.IGNORECASE)
# "Накануне ...", "Днём ранее ...": a later paragraph opening on the day before tells that day's event, not more of
# the report's own.
_DAY_BEFORE = re.compile(r"\s*(?:накануне|дн[её]м\s+ранее|за\s+день\s+до\s+этого)(?![\w-])", re.IGNORECASE)
# "Напомним, ...": the story recalls an earlier event of its kind.
REMINDER = re.compile(r"\s*Напомним\s*,", re.IGNORECASE)
_DISTRICT_NAME = re.compile(r"([А-ЯЁ][а-яё]+?)(?:ск|цк)[а-яё]*\s+(?:(?:муниципальн|городск)[а-яё]*\s+)?(округ|район)",
                            re.IGNORECASE)


def paragraph_index(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Each sentence's paragraph number, blank lines or single line breaks alike (the title is paragraph 0)."""
    breaks = [m.start() for m in re.finditer(r"\n+", text)]
    import bisect

    return [bisect.bisect_left(breaks, start) for start, _ in sentences]


_REPORT_TIME = re.compile(r"(?<![\w-])(?:к\s+(?:утру|вечеру|обеду|полудню|ночи|середине\s+дня|концу\s+дня)?|"
                          r"по\s+состоянию\s+на|на\s+момент|сообщил\w*|опубликова\w*)\s*$", re.IGNORECASE)


# "В воскресенье ... задержали мать военного, призванного по мобилизации, которую Путин объявил ... 21 сентября
# 2022 года": a date in a relative clause after the sentence's own date tells when that other thing happened.
_RELATIVE = re.compile(r"(?<![\w-])котор\w+(?![\w-])[^.!?\n]*$", re.IGNORECASE)
_CLAUSE_EVENT = re.compile(r"(?<![\w-])(?:ранил\w*|ранен\w*|погиб\w*|убил\w*|убит\w*|атаков\w*|обстрел\w*|удар\w*|"
                           r"скончал\w*|взорв\w*|прил[её]т\w*|сбил\w*|сбит\w*|дрон\w*|беспилотник\w*|задерж\w*)",
                           re.IGNORECASE)
# "держа плакат с датами «21.09.2022 - 21.09.2025»": the dates a placard or a banner reads.
_WRITTEN = re.compile(r"(?<![\w-])(?:дат(?:ой|ами|ы)|надпис\w+|лозунг\w*|плакат\w*|транспарант\w*)\s*:?\s*«[^»\n]*$",
                      re.IGNORECASE)


def _other_things_date(text: str, e: Entity, dates: list[Entity]) -> bool:
    if _WRITTEN.search(text, max(0, e.start - 60), e.start):
        return True
    m = _RELATIVE.search(text, max(0, e.start - 120), e.start)
    if m is None:
        return False
    clause = m.start()
    if _CLAUSE_EVENT.search(text, clause, e.start):
        return False  # "скончался мужчина, которого ранило, когда дрон атаковал его машину 25 апреля": that event's
    return any(d is not e and d.end <= clause and not re.search(r"[.!?\n]", text[d.end:clause]) for d in dates)


def event_dates(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities without the dates that say when something was reported ("к утру 31 декабря"), the dates a relative
    clause gives another thing after the sentence's own, and the dates a placard reads."""
    dates = [e for e in entities if e.label == "DATE"]
    return [e for e in entities if e.label != "DATE" or not (
        _REPORT_TIME.search(text[max(0, e.start - 30):e.start]) or _other_things_date(text, e, dates))]

_NEAR_TOWN = re.compile(r"(?<![\w-])[Пп]од\s+$")
_AT_HOME = frozenset({"strike", "attack_on_civilians"})


# A court named by its seat: "районный суд Черниговской области", "суд на Черниговщине" sits where it tries a
# deserter or a refusenik, not where he left his unit (an arrest the court ordered is placed by it: kept).
_COURT_SEAT = re.compile(r"(?<![\w-])суд(?:а|у|ом|е|ы|ов)?\s+(?:(?:в|во|на)\s+)?$", re.IGNORECASE)
_TRIED_ELSEWHERE = frozenset({"desertion_or_surrender", "refusal_to_fight", "intra_force_killing", "non_combat_death"})


def not_event_place(lex: IncidentLexicon, before: str, kind: str | None) -> bool:
    """Words before a place that make it no site of the event; a strike's victim is hit at home, so "погиб житель
    села Каменское" places a strike in Каменское (a soldier "житель Курска" died elsewhere)."""
    if kind in _TRIED_ELSEWHERE and _COURT_SEAT.search(before):
        return True
    m = lex.not_event_place.search(before)
    return m is not None and not (kind in _AT_HOME and m.group().lower().startswith("жител"))


def place_entities(report: Report, cand: Candidate, sentences: list[tuple[int, int]]) -> list[Entity]:
    from .incidents import incident_lexicon

    text, lex = report.document.text, incident_lexicon()
    spans = [sentences[i] for i in cand.sentences]
    # A headline that only says near which town ("Под Белгородом ...") names the nearest town a reader knows,
    # not a site apart from the village its story tells ("в селе Ясные Зори"): it places nothing here.
    paragraphs = paragraph_index(text, sentences)
    near = [sentences[i] for i in cand.sentences if paragraphs[i] == 0]
    # a place that is no site ("военного комиссариата Урюпинского района") tells no other event
    return [e for e in report.entities
            if e.label == "PLACE" and any(a <= e.start < b for a, b in spans) and not e.text.isupper()
            and not not_event_place(lex, text[max(0, e.start - 60):e.start], cand.type)
            and not (any(a <= e.start < b for a, b in near) and _NEAR_TOWN.search(text, max(0, e.start - 5),
                                                                                     e.start))]


def areas_as_named(report: Report, cand: Candidate, sentences: list[tuple[int, int]]) -> list[Entity]:
    """The candidate's places, less a village the gazetteer lacks and gave as its region ("по селу Чайки")."""
    return [e for e in place_entities(report, cand, sentences)
            if e.geo is None or e.geo.precision not in ("region", "country") or _ADMIN.search(e.text)]


def places(report: Report, cand: Candidate, sentences: list[tuple[int, int]], areas: bool = False) -> set[str]:
    """The candidate's places by lemma; with ``areas``, only those its text names as a district or region
    ("Глушковском районе", whatever lemma the place took)."""
    found = {(e.lemma or e.text).casefold(): e for e in place_entities(report, cand, sentences)
             if not areas or _ADMIN.search(e.text)}
    # "Михайловского округа", "Михайловского муниципального округа": one district, written short and long
    return set(found) | {f"{m.group(1).casefold()} {m.group(2).casefold()}" for e in found.values()
                         if (m := _DISTRICT_NAME.match(e.text))}


def one_gazetteer_place(report: Report, a: Candidate, b: Candidate, sentences: list[tuple[int, int]]) -> bool:
    """Both name one gazetteer entry, whatever their lemmas ("Ростовской областью" / "Ростовской области")."""
    def ids(cand: Candidate) -> set[str]:
        spans = [sentences[i] for i in cand.sentences]
        # (a village the gazetteer lacks, given as its region, is not that region: "по селу Чайки")
        return {e.geo.gazetteer_id for e in report.entities if e.label == "PLACE" and e.geo is not None
                and e.geo.gazetteer_id and any(x <= e.start < y for x, y in spans)
                and (e.geo.precision not in ("region", "country") or _ADMIN.search(e.text))}
    return bool(ids(a) & ids(b))


def long_before(report: Report, cand: Candidate, sentences: list[tuple[int, int]]) -> bool:
    """The candidate's own sentences date it more than a month before the report."""
    published = report.document.published
    if published is None:
        return False
    spans = [sentences[i] for i in cand.sentences]
    ends = [e.when.end or e.when.start for e in event_dates(report.document.text, report.entities)
            if e.label == "DATE" and e.when is not None and e.when.precision in ("day", "week", "month")
            and any(a <= e.start < b for a, b in spans)]
    return any(end is not None and (published - end).days > slots.BACKGROUND_DAYS for end in ends)


def districts(report: Report, cand: Candidate, sentences: list[tuple[int, int]]) -> set[str]:
    spans = [sentences[i] for i in cand.sentences]
    return {(e.lemma or e.text).casefold() for e in report.entities
            if e.label == "PLACE" and is_city_district(e) and any(a <= e.start < b for a, b in spans)}


def own_days(report: Report, cand: Candidate, sentences: list[tuple[int, int]]) -> set[Any]:
    """The days the candidate's own sentences name, other than the day of the report."""
    spans = [sentences[i] for i in cand.sentences]
    return {e.when.start for e in event_dates(report.document.text, report.entities)
            if e.label == "DATE" and e.when is not None and e.when.precision == "day"
            and e.when.start != report.document.published and any(a <= e.start < b for a, b in spans)}


def regions(report: Report, cand: Candidate, sentences: list[tuple[int, int]]) -> set[str]:
    """The first-level regions the gazetteer puts the candidate's places in."""
    spans = [sentences[i] for i in cand.sentences]
    return {e.geo.admin1 for e in report.entities
            if e.label == "PLACE" and e.geo is not None and e.geo.admin1 and e.geo.country in ("RU", "UA")
            and any(a <= e.start < b for a, b in spans)}


# "По ошибке расстреляли собственный взвод ... завязалась перестрелка": the fight or the fire a friendly-fire story
# goes on to tell is that event's own, not a clash of its own.
_FIGHT_OF = {"friendly_fire": ("armed_clash", "strike")}


# The fight that a strike on a position led to, told as its sequel in the next sentence: "в последовавшем бою",
# "в завязавшемся бою", "завязался бой", "после чего начался штурм" (one combat action, its toll the fight's).
_SEQUEL_FIGHT = re.compile(r"(?<![\w-])(?:(?:последовавш|завязавш|начавш|разгоревш|развернувш)\w*\s+(?:[\w-]+\s+)"
                           r"{0,2}?(?:бо[юйея]\w*|стрелков\w+\s+бо\w*|перестрелк\w*|боестолкновени\w*|"
                           r"штурм\w*)|(?:завязал|начал|разгорел)\w*\s+(?:[\w-]+\s+)?(?:бой|перестрелк\w*|"
                           r"боестолкновени\w*|штурм)|(?:после\s+(?:чего|этого)|затем|вслед\s+за\s+(?:этим|ударом))"
                           r"(?:\s+[\w-]+){0,3}?\s+(?:бой|перестрелк\w*|боестолкновени\w*|штурм\w*))(?![\w-])",
                           re.IGNORECASE)


def sequel_fight(report: Report, kept: list[Candidate], cand: Candidate,
                 sentences: list[tuple[int, int]]) -> Candidate | None:
    """The strike told in the sentence right before a clash that the clash's own words make its sequel."""
    if cand.type != "armed_clash" or not kept or kept[-1].type != "strike":
        return None
    first, earlier = cand.sentences[0], kept[-1]
    paragraphs = paragraph_index(report.document.text, sentences)
    if earlier.sentences[-1] != first - 1 or paragraphs[first] != paragraphs[first - 1]:
        return None
    return earlier if _SEQUEL_FIGHT.search(report.document.text, *sentences[first]) else None


def same_story(report: Report, kept: list[Candidate], cand: Candidate,
               sentences: list[tuple[int, int]]) -> Candidate | None:
    """The earlier incident of this type that ``cand`` retells: a report tells one event of a type in its
    headline, lead, quotes and summary ("в Брянской области" twice), so a later mention of the type joins it
    unless it names a place the earlier one does not (then it is another event)."""
    sequel = sequel_fight(report, kept, cand, sentences)
    if sequel is not None:
        return sequel
    new = places(report, cand, sentences)
    if new and tells_another(report.document.text, cand):
        return None  # "Ещё один лагерь появился в Бердске": another site, whatever region it shares
    # (the headline and the lead tell the story's own event, its day often only in the lead)
    beyond_lead = paragraph_index(report.document.text, sentences)[cand.sentences[0]] > 1
    if long_before(report, cand, sentences):
        return None  # "скончался мужчина, которого ранило ... 25 апреля": an earlier event, told as background
    for earlier in reversed(kept):
        if earlier.type != cand.type and cand.type not in _FIGHT_OF.get(earlier.type, ()):
            continue
        old = places(report, earlier, sentences)
        new_districts, old_districts = districts(report, cand, sentences), districts(
            report, earlier, sentences)
        if new_districts and old_districts and not new_districts & old_districts:
            return None  # "в Центрально-Городском районе ..." then "в Никитовском районе ...": two sites
        recalled = any(_RECALL.search(report.document.text, *sentences[i]) for i in cand.sentences)
        if recalled and new and old and not new & old:
            return None  # "Незадолго до этого губернатор сообщил, что ... в селе Каменское": another event
        days = own_days(report, cand, sentences) - own_days(report, earlier, sentences)
        day_before = any(_DAY_BEFORE.match(report.document.text, sentences[i][0]) for i in cand.sentences)
        if days and any(REMINDER.match(report.document.text, sentences[i][0]) for i in cand.sentences):
            return None  # "Напомним, 11 марта удар по городу унес жизнь ...": an earlier event, its day its own
        if days and beyond_lead and (not old and new or recalled or day_before and new - old):
            # "4 сентября ... рассказали, что ... у села Садки", "12 октября Пушилин сообщал, что ...": a
            # dated event of its own, told after the report's
            return None
        if not new or not old or new & old or one_gazetteer_place(report, cand, earlier, sentences):
            return earlier
        if places_nest(areas_as_named(report, cand, sentences),
                       areas_as_named(report, earlier, sentences)):
            return earlier  # "при обстреле Бердянского округа" and "в Запорожской области": one is in the other
        new_regions, old_regions = regions(report, cand, sentences), regions(report, earlier, sentences)
        if new_regions and old_regions and new_regions.isdisjoint(old_regions):
            return None  # places in different regions (Брянская область, then Дагестан): another event
        paragraph = paragraph_index(report.document.text, sentences)
        headline_only = all(paragraph[i] == 0 for i in earlier.sentences)
        # (not another town's event in the headline's own paragraph: a one-paragraph post tells two)
        if headline_only and not beyond_lead and paragraph[cand.sentences[0]] != 0:
            # "Под Брянском дрон ранил жителя" over "... атаковали деревню Горицы Погарского района": a
            # headline names the lead's event by the nearest big town, within the same region.
            return earlier
        # "в Брянской области ... разбился" then "до Клинцов, где разбился": a region, then a town and no
        # other region: the town is where in the region it happened.
        regions_old = places(report, earlier, sentences, areas=True)
        regions_new = places(report, cand, sentences, areas=True)
        if (regions_old == old and not regions_new) or (regions_new == new and not regions_old):
            return earlier
        return None
    return None


# "По словам пленного, три человека погибли ...", "По его словам, ранены пятеро": a witness's account of the event
# goes on a paragraph or two later, with its toll.
_ACCOUNT_GOES_ON = re.compile(r"\s*(?:По\s+(?:(?:его|её|ее|их)\s+словам|словам\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,)|"
                              r"Как\s+(?:он|она|они)\s+(?:рассказал|уточнил|добавил)\w*)", re.IGNORECASE)


def account_goes_on(report: Report, sentences: list[tuple[int, int]], paragraphs: list[int], last: int,
                    taken: set[int], reach: int = 3) -> list[tuple[int, int]]:
    """The sentences after the event's last one, within ``reach`` paragraphs and before another event's, where a
    witness's account goes on without naming a place (a place would make it another event's)."""
    text = report.document.text
    found: list[tuple[int, int]] = []
    for i in range(last + 1, len(sentences)):
        if i in taken or paragraphs[i] > paragraphs[last] + reach:
            break
        a, b = sentences[i]
        if _ACCOUNT_GOES_ON.match(text, a) and not any(
                e.label == "PLACE" and a <= e.start < b for e in report.entities):
            found.append((a, b))
    return found
