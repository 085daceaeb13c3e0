"""Stage ``incidents`` for Ukrainian: the shared detection (``incidents.detect``) with Ukrainian triggers,
and slot rules for Ukrainian constructions (places after locative prepositions, counts with their casualty
word in the same clause, the administration that published the post as a source)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ... import resources
from ...geo.incident_places import place_incidents
from ...incidents import slots
from ...incidents.detect import (
    Candidate,
    find_mentions,
    group_mentions,
    has_anchor,
    places_nest,
)
from ...incidents.lexicon import IncidentLexicon, taxonomy
from ...incidents.scenes import split_scenes
from ...mentions.review import PROPOSED_RANK, review
from ...models import Acled, Actor, Entity, Incident, Quote, Report, When, Where
from ...pipeline.component import Work
from ...settings import Settings
from ...stages.incidents import IncidentStage, there_and_then
from . import morph
from .attribution import lexicon as attribution_lexicon
from .courts import court_city, in_courtroom
from .lexicon import by_name, load
from .roundup import (
    NEW_SCENE,
    TOWN_PRECISION,
    codes_nest,
    front_holds,
    lead_attribution,
    other_listed_town,
    raions,
    roundup_clauses,
    roundup_tolls,
)
from .status import held_mans_status, status_clause
from .story_slots import authorities, country_by_institution, lead_region
from .story_slots import inside as _inside
from .story_slots import is_country as _is_country
from .story_slots import place_id as _place_id
from .story_slots import place_key as _place_key
from .tolls import counts, stated_without_number

_FLAGS = re.IGNORECASE
_LOCATIVE_BEFORE = re.compile(r"(?<![\w'’])(?:у|в|на|біля|під|поблизу|неподалік|по|над|околиці|околицях|селі|місті|"
                              r"селищі|районі|громаді|області)\s+(?:[\w'’-]+\s+)?$", _FLAGS)
_SETTLEMENT_BEFORE = re.compile(r"(?<![\w'’])(?:с\.|смт|м\.|села|селі|село|селища|селищі|селище|міста|місті|"
                                r"місто|містечка|містечку)\s*$", _FLAGS)
_ADMIN = re.compile(r"(?:област|район|громад|щин|ччин)\w*", _FLAGS)
_PERPETRATOR = re.compile(r"(?<![\w'’])(?:росіяни|росіян|російськ\w+\s+(?:військов\w+|армі\w+|окупант\w+|війська)|"
                          r"окупант\w*|ворог\w*|РФ)(?![\w'’])", _FLAGS)
_STRIKE_BY_RUSSIA = re.compile(r"(?<![\w'’])російськ\w+\s+(?:[\w'’]+\s+)?(?:удар\w*|обстріл\w*|атак\w*|ракет\w*|"
                               r"дрон\w*)", _FLAGS)
# The man the story just told of, held: "Нападника затримали оперативники", "Його затримали на місці"; or the
# other of the men it told of ("другого чоловіка прикордонники затримали", "іншого порушника затримано").
_HELD_AFTER = re.compile(r"(?<![\w'’])(?:нападника|нападників|зловмисника|зловмисників|стрільця|підозрюваного|"
                         r"підозрюваних|його|її|їх|(?:другого|іншого|третього|решту|інших)(?:\s+(?:чоловіка|"
                         r"порушника|порушників|втікача|утікача|утікачів|учасника|учасників|спільника|спільників|"
                         r"чоловіків))?)\s+(?:[\w'’]+\s+)?(?:затримал\w*|затримано|заарештува\w*)", _FLAGS)
# One particular man of a prosecutors' or court story, who such copy never names: a singular pronoun, his post or
# rank, or his role in the case ("суд узяв його під варту", "посадовець побив чоловіка", "підполковник завдав йому
# ударів", "засудженого взяли під варту"); or his body found ("знайшли тіло чоловіка").
_PARTICULAR = re.compile(r"(?<![\w'’])(?:його|її|йому|їй|тіло|посадов(?:ець|ця|цю|цем)|підполковник\w*|полковник\w*|"
                         r"майор\w*|капітан\w*|лейтенант\w*|сержант\w*|військовослужбов(?:ець|ця|цю|цем)|"
                         r"військовозобов['’]язан(?:ий|ого|ому|им)|(?:підозрюван|засуджен|обвинувачен|підсудн)(?:ий|ого|ому|им))"
                         r"(?![\w'’])", _FLAGS)
# "Івано-Франківської спеціалізованої прокуратури", "Харківської обласної поліції": an oblast's adjective opening an
# office's name (the stem before the case ending).
_OBLAST_ADJECTIVE = re.compile(r"([А-ЯІЇЄҐ][\w'’-]+(?:ськ|цьк|зьк))(?:ої|ій|а|ого|ому|ий)\s+(?:обласн\w+\s+|"
                               r"спеціалізован\w+\s+|окружн\w+\s+)?(?:прокуратур\w*|поліці\w*|суд\w*|"
                               r"управлінн\w+|ОВА|військов\w+\s+адміністраці\w+|обласн\w+)")
# "знову", "вдруге", "повторно" right before a trigger: the act done again, another episode of the same kind
_AGAIN = re.compile(r"(?<![\w'’])(?:знову|вкотре|вдруге|втретє|вчетверте|повторно)\s+(?:[\w'’-]+\s+)?$", _FLAGS)
_SUMMARY = re.compile(r"\s*(?:Загалом|Усього|Всього)(?![\w'’])")
_COARSE = ("region", "district", "raion", "country")

_REPORT_DATE = re.compile(r"(?:оприлюднил\w*|повідомил\w*|опублікува\w*|заявил\w*|розповіл\w*)[^.]{0,40}$", _FLAGS)


def held_clauses(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, with a detention joined by a semicolon as a clause of its own ("знайшли тіло одного з утікачів;
    другого чоловіка прикордонники затримали"): the event before it and the detention are two, and a detention in
    the same sentence would otherwise hide the other event's broader type."""
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        start = a
        for m in re.finditer(r";\s+", text[a:b]):
            if _HELD_AFTER.match(text, a + m.end(), b):
                out.append((start, a + m.start() + 1))
                start = a + m.end()
        out.append((start, b))
    return out


def _expand(phrase: str) -> str:
    parts = []
    for word in phrase.split():
        forms = sorted(morph.forms(word), key=len, reverse=True)
        if len(forms) == 1:
            parts.append(re.escape(word) + r"[\w'’]*")
        else:
            parts.append("(?:" + "|".join(re.escape(f) for f in forms) + ")")
    return r"(?<![\w'’])" + r"\s+".join(parts) + r"(?![\w'’])"


@cache
def incident_lexicon() -> IncidentLexicon:
    data = load("incidents")
    triggers = []
    for t in data["type"]:
        patterns = [_expand(lemma) for lemma in t.get("lemmas", ())] + list(t.get("patterns", ()))
        for pattern in patterns:
            triggers.append((t["name"], t.get("subtype"), re.compile(pattern, _FLAGS)))
    return IncidentLexicon(
        triggers=tuple(triggers), generic_types=tuple(data.get("generic_types", ())),
        negation=re.compile(data["negation"], _FLAGS), hypothetical=re.compile(data["hypothetical"], _FLAGS),
        background=re.compile(data["background"], _FLAGS), death_cues=re.compile(data["death_cues"], _FLAGS),
        injury_cues=re.compile(data["injury_cues"], _FLAGS), person_nouns=frozenset(data["person_nouns"]),
        not_event_place=re.compile(data["not_event_place"], _FLAGS),
        not_event_place_after=re.compile(data["not_event_place_after"], _FLAGS),
        not_told=re.compile(data.get("not_told", "(?!)"), _FLAGS),
    )


# "Обстрілу Ізюма вчора не було": the negation follows the trigger in its clause; so does a denial ("Інформація
# про розстріл полонених не підтвердилася", "Протест у Харкові не відбувся").
_NEGATED_AFTER = re.compile(r"[^,;:.—–]{0,40}?(?<![\w'’])не\s+(?:було|сталося|зафіксовано|відбулося|відбувся|"
                            r"відбулася|відбулись|відбулися|підтвердил\w*|підтвердив\w*|підтверджу\w*|"
                            r"відповіда\w+\s+дійсності)(?![\w'’])", _FLAGS)
_FAMILY = {"attack_on_civilians": "strike", "strike": "strike"}


_CLAUSE_BREAK = re.compile(r";\s+|:\s+|,\s+(?:але|проте|однак|утім|втім|а\s+також|хоча)\s+|\s[—–]\s+(?=[^«»]*$)")


def _stating_clauses(text: str, cand: Candidate, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses that state the event: in each trigger sentence, from the clause of its first trigger to the
    clause of its last ("Селище звільнили бійці ..., але ворог і далі його обстрілює" keeps the first)."""
    spans = []
    for index in cand.sentences:
        a, b = sentences[index]
        starts = [m.start for m in cand.mentions if m.sentence == index]
        ends = [m.end for m in cand.mentions if m.sentence == index]
        breaks = [(a + m.start(), a + m.end()) for m in _CLAUSE_BREAK.finditer(text[a:b])
                  if not _in_quote_marks(text, a, a + m.start())]
        start = max([e for s, e in breaks if e <= min(starts)], default=a)
        end = min([s for s, e in breaks if s >= max(ends)], default=b)
        spans.append((start, end))
    return spans


def _in_quote_marks(text: str, sentence_start: int, pos: int) -> bool:
    before = text[sentence_start:pos]
    return before.count("«") > before.count("»")


def paragraph_ids(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence: blocks separated by blank lines or line breaks."""
    return [len(re.findall(r"\n+", text[:start])) for start, _ in sentences]


# (and an earlier attack on the same place a story recalls: "Минулого разу місто обстрілювали 3 травня")
_RECALLED = re.compile(r"(?<![\w'’])(?:нагада\w+|торік|минулого\s+року|у\s+минулому|(?:попереднього|минулого)\s+"
                       r"разу|востаннє|попередн(?:ій|ього|ьому|ім|я|ьої|ю|і|іх)\s+(?:удар\w*|обстріл\w*|атак\w*))(?![\w'’])",
                       _FLAGS)  # (not "попередньо" = "preliminarily")


def lead_date(entities: list[Entity], sentences: list[tuple[int, int]], paragraphs: list[int], first: int) -> When:
    """A news lead dates the whole story ("У суботу, 15 жовтня, ... відкрили стрілянину"): the first day-precise
    date in the first two paragraphs, when it comes before the incident's sentence."""
    limit = sentences[first][0]
    for e in entities:
        if (e.label == "DATE" and e.when is not None and e.when.precision == "day" and e.start < limit
                and paragraphs[next(i for i, (a, b) in enumerate(sentences) if a <= e.start < b + 1)] <= 1):
            return e.when
    return When()


def _story_place(report: Report) -> None:
    """A story told of one place ("23 січня поблизу Костянтинівки ..." and then, day by day, what happened to the
    men there): its events that name no place of their own happened there, when the story names no other town and
    an event before them is placed there."""
    towns = {_place_id(e): e for e in report.entities if e.label == "PLACE" and e.geo is not None
             and e.geo.precision in ("settlement", "point")}
    if len(towns) != 1:
        return
    town = next(iter(towns.values()))
    for n, incident in enumerate(report.incidents):
        if incident.where is None and any(i.where is not None and i.where.entity_id == town.id
                                          for i in report.incidents[:n]):
            incident.where = Where(name=town.lemma or town.text, text=town.text, entity_id=town.id,
                                   span=report.span(town.start, town.end))


def _opening_day(report: Report, sentence: tuple[int, int]) -> When | None:
    """The day a sentence opens on ("24 січня піхотна група ...", "У ніч на 29 січня ..."): a story told day by day
    starts each day's event so."""
    a, _ = sentence
    for e in report.entities:
        if (e.label == "DATE" and e.when is not None and e.when.precision == "day" and e.when.start is not None
                and a <= e.start <= a + 12 and not report.document.text[a:e.start].strip(" «\"").count(" ")):
            return e.when
    return None


# "Схожий випадок зафіксовано й 25 березня: ...", "Ще один інцидент стався 3 квітня": another case of the same
# kind, told with a day of its own anywhere in its sentence
_ANOTHER_CASE = re.compile(r"(?<![\w'’])(?:схож\w+|аналогічн\w+|подібн\w+|ще\s+од(?:ин|на|не))\s+(?:[\w'’]+\s+)?"
                           r"(?:випад\w+|інцидент\w*|епізод\w*)(?![\w'’])", _FLAGS)


def _another_case_day(report: Report, sentence: tuple[int, int]) -> When | None:
    a, b = sentence
    if not _ANOTHER_CASE.search(report.document.text, a, b):
        return None
    return next((e.when for e in report.entities if e.label == "DATE" and e.when is not None
                 and e.when.precision == "day" and e.when.start is not None and a <= e.start < b), None)


def _other_day(report: Report, prev: Candidate, sentences: list[tuple[int, int]], day: When) -> bool:
    """The kept candidate's own sentences date it to the day, and to none the new sentence's day overlaps."""
    days = [e.when for i in prev.sentences for e in report.entities
            if e.label == "DATE" and e.when is not None and e.when.precision == "day" and e.when.start is not None
            and sentences[i][0] <= e.start < sentences[i][1]]
    assert day.start is not None
    end = day.end or day.start
    return bool(days) and not any(w.start is not None and w.start <= end and day.start <= (w.end or w.start)
                                  for w in days)


def choose_where(text: str, entities: list[Entity], evidence: list[tuple[int, int]],
                 context: list[tuple[int, int]], triggers: list[tuple[int, int]], lex: IncidentLexicon,
                 known: set[str] | None = None) -> Where | None:
    """The most precise place near the trigger; a settlement before its region, a locative before a bare name."""
    best: tuple[float, Entity] | None = None
    homes: list[Entity] = []
    for spans, weight in ((evidence, 0.0), (context, 200.0)):
        for e in entities:
            if e.label != "PLACE" or not _inside(e, spans):
                continue
            before = text[max(text.rfind("\n", 0, e.start) + 1, e.start - 60):e.start]
            if lex.not_event_place.search(before) or lex.not_event_place_after.search(text[e.end:e.end + 30]):
                if _RESIDENT.search(before):
                    homes.append(e)  # never a burial or a call-up place: only where the victim lived
                continue
            distance = min(abs(e.start - t[0]) for t in triggers) + weight
            if _is_country(e):
                distance += 1000
            if _ADMIN.search(e.text):
                distance += 80
            if _LOCATIVE_BEFORE.search(before) or re.search(r"(?:по|на)\s+$", before):
                distance -= 40
            if _SETTLEMENT_BEFORE.search(before):
                distance -= 60  # "біля села Вербове на Запоріжжі": the named settlement, not the region
            if known is not None and e.id not in known:
                distance += 150  # a name the gazetteer does not know would be resolved by a guess
            if best is None or distance < best[0]:
                best = (distance, e)
        if best is not None:
            break
    if best is None:
        # "помер тяжкопоранений мешканець Білозерки, який потрапив під обстріл": with no other place told, where
        # the victim lived is the best the text gives (local news tells of its own people).
        home = next((e for e in homes if not _is_country(e)), None)
        return Where(name=home.lemma or home.text, text=home.text, entity_id=home.id) if home is not None else None
    e = best[1]
    return Where(name=e.lemma or e.text, text=e.text, entity_id=e.id)


def choose_when(text: str, entities: list[Entity], evidence: list[tuple[int, int]],
                context: list[tuple[int, int]], triggers: list[tuple[int, int]]) -> When:
    candidates: list[tuple[int, Entity]] = []
    for spans, weight in ((evidence, 0), (context, 300)):
        for e in entities:
            if e.label != "DATE" or e.when is None or not _inside(e, spans):
                continue
            if e.when.precision not in ("day", "week", "month") and weight:
                continue
            trig = min(triggers, key=lambda t: abs(t[0] - e.start))
            penalty = 150 if _REPORT_DATE.search(text[max(0, e.start - 50):e.start]) else 0
            candidates.append((abs(trig[0] - e.start) + weight + penalty, e))
    if not candidates:
        return When()
    e = min(candidates, key=lambda c: c[0])[1]
    assert e.when is not None
    return e.when


_RESIDENT = re.compile(r"(?<![\w'’])(?:мешкан\w+|жител\w+)\s+(?:[\w'’-]+\s+){0,2}$", _FLAGS)

def actors(text: str, entities: list[Entity], evidence: list[tuple[int, int]], speakers: list[tuple[int, int]]
           ) -> list[Actor]:
    found: list[Actor] = []
    for a, b in evidence:
        m = _PERPETRATOR.search(text, a, b) or _STRIKE_BY_RUSSIA.search(text, a, b)
        if m:
            found.append(Actor(text=m.group(), role="perpetrator", side="Russia"))
            break
    for e in entities:
        if e.label == "UNIT" and _inside(e, evidence) and not any(s <= e.start < t for s, t in speakers):
            found.append(Actor(text=e.text, role="other", side=None))
    unique: dict[tuple[str, str], Actor] = {}
    for actor in found:
        unique.setdefault((actor.text, actor.role), actor)
    return list(unique.values())


def sources(quotes: list[Quote], outlet: str | None, entities: list[Entity], evidence: list[tuple[int, int]]
            ) -> list[str]:
    """Who the incident is from: its quotes' speakers and chains, official channels named in its evidence,
    then the document's outlet."""
    names: list[str] = []
    for q in quotes:
        for link in q.chain:
            if link.role != "medium" and link.name not in names and link.name != "unknown":
                names.append(link.name)
    for e in entities:
        if e.label == "ORG" and _inside(e, evidence):
            org = by_name().get((e.lemma or e.text).casefold())
            if org is not None and org.channel and org.name not in names:
                names.append(org.name)
    if outlet and outlet not in names:
        names.append(outlet)
    return names



# "в селах Новгород-Сіверської та Городнянської громад", "по Сумській і Охтирській громадах": hromadas
# coordinated under one plural head noun.
_SHARED_HEAD = re.compile(r"(?<![\w'’-])[А-ЯІЇЄҐ][\w'’-]+(?:ськ|цьк|зьк)\w*\s+(?:та|і|й)\s+(?P<second>[А-ЯІЇЄҐ][\w'’-]+"
                          r"(?:ськ|цьк|зьк)\w*\s+громад\w*)")


def _shared_head_units(report: Report, kept: list[Candidate], sentences: list[tuple[int, int]]
                       ) -> list[tuple[Candidate, Entity]]:
    """A strike told in two units at once ("пошкоджені автівки в селах Новгород-Сіверської та Городнянської громад"):
    the first unit's incident is the candidate's; the second is an incident of its own, in the same sentence, unless
    another candidate already tells of it."""
    text = report.document.text
    out: list[tuple[Candidate, Entity]] = []
    placed = {e.id for cand in kept for i in cand.sentences for e in report.entities
              if e.label == "PLACE" and sentences[i][0] <= e.start < sentences[i][1] and not _SHARED_HEAD.search(
                  text, *sentences[i])}
    for cand in kept:
        if _FAMILY.get(cand.type) != "strike":
            continue
        for m in cand.mentions:
            a, b = sentences[m.sentence]
            if _SUMMARY.match(text, a):
                continue  # "Загалом ... найбільше — у Сумському і Шосткинському районах": the day's total
            for c in _SHARED_HEAD.finditer(text, a, b):
                # (only the sentence's places: "По Нікопольському району бив ..., потерпали Марганецька й
                # Покровська громади" tells one district's day)
                others = [e for e in report.entities if e.label == "PLACE" and a <= e.start < b
                          and not c.start() <= e.start < c.end()]
                if others:
                    continue
                unit = next((e for e in report.entities if e.label == "PLACE" and e.start == c.start("second")
                             and e.geo is not None), None)
                if unit is not None and unit.id not in placed and all(u.id != unit.id for _, u in out):
                    out.append((Candidate(cand.type, [m]), unit))
    return out


class UkIncidentStage(IncidentStage):
    """The English stage's flow (candidates, anchors, continuation) with Ukrainian lexicon and slot rules."""

    def __call__(self, work: Work) -> Work:
        report = work.report
        if work.doc is None:
            return work
        text = report.document.text
        lex = incident_lexicon()
        sentences: list[tuple[int, int]] = held_clauses(text, roundup_clauses(text, work.scratch["sentences"]))
        paragraphs = paragraph_ids(text, sentences)
        known: set[str] | None = work.scratch.get("uk_known_places")
        speaker_spans = [(q.speaker.start, q.speaker.end) for q in report.quotes if q.speaker]

        def anchored(cand: Candidate) -> bool:
            first, last = cand.sentences[0], cand.sentences[-1]
            around = [sentences[i] for i in range(max(first - 1, 0), last + 1) if paragraphs[i] == paragraphs[first]]
            if (cand.type not in ("strike", "armed_clash")
                    and any(_PARTICULAR.search(text, *sentences[i]) for i in cand.sentences)):
                return True  # "суд узяв його під варту", "посадовець побив ...": one man the story is about
            return any(has_anchor(text, span, report.entities, speaker_spans) for span in around)

        kept: list[Candidate] = []
        follows: list[tuple[int, int]] = []
        # (a sentence that denies its event proposes none either: "У бригаді спростували чутки, що ...")
        mentions = [m for m in review(find_mentions(text, sentences, lex), report, sentences, self.settings)
                    if not _NEGATED_AFTER.match(text, m.end, sentences[m.sentence][1])
                    and not (m.rank == PROPOSED_RANK and lex.not_told.search(text, *sentences[m.sentence]))]
        mentions = held_mans_status(mentions, report, sentences)
        # A town's toll in a roundup is a candidate of its own: the story check below joins it to an incident
        # only when it names the same place.
        # "У Миропільській громаді ... . У Середино-Будській громаді ...": each town's sentence its own candidate
        tolls = [Candidate("strike", [m]) for m in roundup_tolls(report, sentences, mentions, lex)]
        # "Через обстріли постраждали двоє людей: у селищі ... — жінка, у селі ... — чоловік": the clause before the
        # colon sums up the towns listed after it, each an incident of its own
        listed = {c.sentences[0] for c in tolls}
        mentions = [m for m in mentions if not (m.sentence + 1 in listed and _FAMILY.get(m.type) == "strike"
                                                and text[slice(*sentences[m.sentence])].rstrip().endswith(":"))]
        candidates = split_scenes(group_mentions(mentions, paragraphs), text, sentences, report.entities,
                                  NEW_SCENE)
        # A daily summary names its towns one by one after a lead about the region: the lead is the sum of them,
        # not one of the events, so no town joins it and it is no incident of its own.
        towns = {_place_key(e) for cand in tolls for e in self._places(report, cand, sentences)}
        summary = len(towns) >= 2 or self._town_by_town(report, candidates + tolls, sentences, paragraphs)
        for cand in sorted(candidates + tolls, key=lambda c: c.mentions[0].start):
            same = self._same_story(report, kept, cand, sentences, paragraphs, skip_regional=summary)
            if same is not None:
                same.mentions.extend(cand.mentions)
                if cand in tolls and same.type == "attack_on_civilians":
                    same.type = "strike"  # "росіяни вбили чотирьох" then the town's toll in a shelling summary
            elif anchored(cand):
                kept.append(cand)
            elif (cand.type == "arrest_or_detention" and kept
                  and _HELD_AFTER.search(text, *sentences[cand.sentences[0]])
                  and paragraphs[cand.sentences[0]] - paragraphs[kept[-1].sentences[-1]] <= 2):
                follows.append((cand.mentions[0].start, kept[-1].mentions[0].start))  # "Нападника затримали"
                kept.append(cand)
        if summary:
            kept = [c for c in kept if not self._regional(report, c, sentences)] or kept
        taken = {i for cand in kept for i in cand.sentences}  # per document: the stage object is shared
        shared = _shared_head_units(report, kept, sentences)
        report.incidents = [self._build_uk(report, cand, sentences, paragraphs, speaker_spans, lex, n, taken, known)
                            for n, cand in enumerate(kept + [c for c, _ in shared], 1)]
        for incident, (_, unit) in zip(report.incidents[len(kept):], shared, strict=True):
            incident.where = Where(name=unit.lemma or unit.text, text=unit.text, entity_id=unit.id,
                                   span=report.span(unit.start, unit.end))
        _story_place(report)
        place_incidents(report)  # the places were resolved before this stage (geocode runs first)
        there_and_then(report.incidents, follows)
        return work

    def _authority_region(self, report: Report, spans: list[tuple[int, int]]) -> Where | None:
        """An incident with no place told, where the story's lead names a regional authority ("прокурори
        Харківської обласної прокуратури", "поліція Київської області"): its oblast. Prosecutors', courts' and police
        copy names no place but the office that handles the case, which is the oblast's."""
        text = report.document.text
        for e in report.entities:
            if e.label not in ("ORG", "PLACE") or not _inside(e, spans):
                continue
            m = _OBLAST_ADJECTIVE.match(e.text)
            if m is None or e.label == "PLACE" and e.geo is not None:
                continue
            stem = m.group(1)
            for name in (stem + "а область", stem + "а"):
                place = resources.gazetteer(self.settings, self.resources).region_by_name(name, "UA")
                if place is not None:
                    return Where(name=place.name, text=text[e.start:e.end], admin1=place.admin1_name,
                                 country=place.country, lat=place.lat, lon=place.lon, precision="region",
                                 gazetteer_id=place.id, span=report.span(e.start, e.end))
        return court_city(report, [e for e in report.entities if _inside(e, spans)],
                          resources.gazetteer(self.settings, self.resources))

    def _town_by_town(self, report: Report, candidates: list[Candidate], sentences: list[tuple[int, int]],
                      paragraphs: list[int]) -> bool:
        """A lead about the region only, then two or more strikes each told in towns of their own ("По Кривому Рогу
        вдарили ... Зеленодольську громаду обстріляли ..."): the post tells its day town by town."""
        strikes = [c for c in candidates if _FAMILY.get(c.type) == "strike"]
        # (a headline about the region alone names one event's region: "Дрон влучив в авто на Сумщині")
        text = report.document.text
        first_line = text[:text.find("\n")] if "\n" in text else text
        headline = not re.search(r"[.!?…»]\s*$", first_line)
        if not any(self._regional(report, c, sentences)
                   and any(paragraphs[i] >= 1 or not headline for i in c.sentences) for c in strikes):
            return False
        seen: list[set[str]] = []
        for cand in strikes:
            places = [e for e in self._places(report, cand, sentences) if not _is_country(e)]
            local = {_place_id(e) for e in places if e.geo is not None and e.geo.precision in TOWN_PRECISION}
            if local and not any(local & other for other in seen):
                seen.append(local)
        return len(seen) >= 2

    def _regional(self, report: Report, cand: Candidate, sentences: list[tuple[int, int]]) -> bool:
        places = [e for e in self._places(report, cand, sentences) if not _is_country(e)]
        return bool(places) and all(e.geo is not None and e.geo.precision == "region" for e in places)

    def _same_story(self, report: Report, kept: list[Candidate], cand: Candidate, sentences: list[tuple[int, int]],
                    paragraphs: list[int], skip_regional: bool = False) -> Candidate | None:
        """The kept candidate this one retells: same type family, at most two paragraphs on, no other place
        (the headline, the lead and a quote of one strike are one incident)."""
        family = _FAMILY.get(cand.type, cand.type)
        text = report.document.text
        if any(_RECALLED.search(text, *sentences[i]) for i in cand.sentences):
            return None  # "Вона також нагадала, що раніше ...": an earlier event
        if _SUMMARY.match(text, sentences[cand.sentences[0]][0]):
            return None  # "Загалом за минулу добу ... обстріляла 35 населених пунктів": the day's total
        if family != "strike" and any(_AGAIN.search(text, max(sentences[m.sentence][0], m.start - 30), m.start)
                                      for m in cand.mentions):
            return None  # "Восени чоловік знову самовільно залишив підрозділ": the same man's next episode
        past_towns = False  # whether another town's candidate lies between: then only the same town joins
        first = cand.sentences[0]
        # the day its sentence opens on, or its paragraph's first sentence ("У ніч на 29 січня вирушила група. Групу
        # помітили дрони ...")
        opening = _opening_day(report, sentences[first]) or _another_case_day(report, sentences[first])
        par_start = min(i for i, p in enumerate(paragraphs) if p == paragraphs[first])
        par_opening = _opening_day(report, sentences[par_start]) if opening is None else None
        for prev in reversed(kept):
            if _FAMILY.get(prev.type, prev.type) != family or skip_regional and self._regional(report, prev, sentences):
                continue
            day = opening or (par_opening if paragraphs[prev.sentences[-1]] < paragraphs[first] else None)
            if day is not None and _other_day(report, prev, sentences, day):
                return None  # "24 січня ... відпрацювали дрони. ... У ніч на 29 січня ... влученням убило": two days
            if paragraphs[cand.sentences[0]] - paragraphs[prev.sentences[-1]] > 4:
                return None
            my_places = [e for e in self._places(report, cand, sentences) if not _is_country(e)]
            their_places = [e for e in self._places(report, prev, sentences) if not _is_country(e)]
            mine, theirs = {_place_id(e) for e in my_places}, {_place_id(e) for e in their_places}
            if other_listed_town(text, my_places, their_places):
                return None  # "обстріляли Херсон та Антонівку: ..., а в Антонівці загинув ...": that town's event
            if past_towns:
                # (not a lead that sums up several towns: "трьох у Торецьку і двох у Бахмуті")
                towns = {_place_id(e) for e in their_places if e.geo is None or e.geo.precision not in _COARSE}
                if towns and towns <= mine:
                    return prev
                continue
            if (not mine or not theirs or mine & theirs or places_nest(my_places, their_places)
                    or codes_nest(my_places, their_places) or front_holds(my_places, their_places)):
                return prev
            # another place: look further back past a lead about the district or region only ("по Малокатеринівці"
            # in the headline, "Запорізький район" in the lead, the village again in the quote); past a town only
            # the same town: an ОВА post names its worst-hit town in the lead and again in its turn in the list
            if raions(my_places) and raions(their_places):
                return None  # "в Ізюмському районі ..., у Чугуївському — ...": a list's raions, side by side
            if any(e.geo is None or e.geo.precision not in _COARSE for e in their_places):
                if not mine or not any(e.geo is not None and e.geo.precision in ("settlement", "point")
                                       for e in my_places):
                    return None
                past_towns = True
        return None

    def _build_uk(self, report: Report, cand: Candidate, sentences: list[tuple[int, int]], paragraphs: list[int],
                  speaker_spans: list[tuple[int, int]], lex: IncidentLexicon, number: int, taken: set[int],
                  known: set[str] | None) -> Incident:
        text = report.document.text
        info = taxonomy()[cand.type]
        evidence = [sentences[i] for i in range(cand.sentences[0], cand.sentences[-1] + 1)]
        first = cand.sentences[0]
        context = [sentences[i] for i in (first - 2, first - 1, cand.sentences[-1] + 1)
                   if 0 <= i < len(sentences) and paragraphs[i] in (paragraphs[first], paragraphs[first] - 1)
                   and i not in cand.sentences]
        if first > 0 and paragraphs[first] > 0 and sentences[0] not in context and sentences[0] not in evidence:
            context.append(sentences[0])  # a headline names the place and the source of the whole post
        triggers = [(m.start, m.end) for m in cand.mentions]
        acled = info.subtypes.get(cand.subtype or "", info.acled)
        where = choose_where(text, report.entities, evidence, context, triggers, lex, known)
        if in_courtroom(text, evidence):  # a remand in the courtroom: the court's city, not the crime's place
            lead = [span for span, par in zip(sentences, paragraphs, strict=True) if par <= 1]
            where = court_city(report, [e for e in report.entities if _inside(e, evidence + lead)],
                               resources.gazetteer(self.settings, self.resources)) or where
        if where is not None and where.entity_id:
            entity = next(e for e in report.entities if e.id == where.entity_id)
            where.span = report.span(entity.start, entity.end)
        if where is None:
            lead = [span for span, par in zip(sentences, paragraphs, strict=True) if par <= 1]
            where = self._authority_region(report, evidence + context + lead)
        if where is None:
            where = lead_region(report, sentences, paragraphs)
        if where is None:
            where = country_by_institution(report, evidence + context)
        if status_clause(text, cand):
            when = choose_when(text, report.entities, evidence, [], triggers)  # its own clause's date or none
        else:
            when = choose_when(text, report.entities, evidence, context, triggers)
            if when.start is None:
                when = lead_date(report.entities, sentences, paragraphs, first)
        when = slots.by_publication(when, report.document.published)
        last = cand.sentences[-1]
        told = list(evidence)
        for i in range(last + 1, min(last + 3, len(sentences))):
            if i in taken or paragraphs[i] - paragraphs[last] > 1:
                break  # another event's sentence ends this one's telling ("Загалом за минулу добу ...")
            told.append(sentences[i])
        regional = where is None or where.precision in ("region", "country")
        fatalities, injured = counts(text, report.entities, told, lex, info.lethal, regional)
        # (not a headline that sums up a region's day: "Один загиблий і п'ятеро поранених ... по Харківщині")
        headline_regional = any(e.label == "PLACE" and e.geo is not None and e.geo.precision == "region"
                                and sentences[0][0] <= e.start < sentences[0][1] for e in report.entities)
        if (number == 1 and paragraphs[first] <= 1 and sentences[0] not in told
                and 0 not in taken - set(cand.sentences) and (regional or not headline_regional)
                and not text[slice(*sentences[0])].rstrip().endswith(":")):  # (not a list's total)
            # a post's toll often stands in its first line ("Одна людина загинула, сім - постраждали")
            more_dead, more_hurt = counts(text, report.entities, [sentences[0]], lex, info.lethal, regional)
            fatalities, injured = fatalities or more_dead, injured or more_hurt
        if info.lethal:
            fatalities, injured = stated_without_number(report, told, fatalities, injured)
        quotes = [q for q in report.quotes if any(q.start < b and a < q.end or (q.cue and a <= q.cue.start < b)
                                                  for a, b in evidence + context)]
        if not quotes:
            quotes = lead_attribution(report, sentences, paragraphs)
        alleged = [h.regex for h in attribution_lexicon().hedges if h.status == "alleged"]
        # A disclaimer line of its own ("Незалежно підтвердити ці дані неможливо.") covers the whole report.
        disclaimers = [(a, b) for a, b in sentences if b - a < 90 and any(h.search(text, a, b) for h in alleged)
                       and not any(t.search(text[a:b]) for _, _, t in lex.triggers)]  # ('^' starts the sentence)
        hedged = any(h.search(text, a, b) for a, b in evidence + disclaimers for h in alleged)
        certainty = ("disputed" if any(q.status == "denied" for q in quotes) else
                     "alleged" if hedged or (quotes and all(q.status == "alleged" for q in quotes)) else "reported")
        sentence = text[evidence[0][0]:evidence[0][1]].strip()
        return Incident(
            id=f"{report.document.id}-i{number}", type=cand.type,
            acled=Acled(event_type=acled[0], sub_event_type=acled[1]) if acled else None,
            summary=f"{info.label}: {sentence[:220]}{'…' if len(sentence) > 220 else ''}",
            when=when, where=where,
            actors=actors(text, report.entities, evidence, speaker_spans),
            fatalities=fatalities, injured=injured,
            sources=sources(quotes, report.document.outlet, report.entities, evidence + context)
            + authorities(report, sentences, paragraphs, evidence + context),
            certainty=certainty,
            evidence=[report.span(a, b) for a, b in _stating_clauses(text, cand, sentences)],
            claim_ids=self._claims(report, quotes, evidence, alleged),
            background=slots.recalled(when, report.document.published),
        )


def make_uk_incidents(settings: Settings, resources: dict[str, Any]) -> UkIncidentStage:
    """Ukrainian incidents: typed, placed, dated, counted and sourced, from lemma-expanded triggers."""
    return UkIncidentStage(settings, resources)
