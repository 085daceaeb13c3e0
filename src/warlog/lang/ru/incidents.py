"""Stage ``incidents`` for Russian: triggers matched on lemmas, slots filled from the pack's entities.

Triggers (``incidents.toml``) run over the document's lemma text (``morph.LemmaText``), so one pattern covers
every inflection ("обстреляли", "обстреливают", "обстрела"); each match maps back to its surface span. The
negation, modality and background filters read the surface clause before a trigger ("никто не отказывается
воевать", "могут отправить"). Grouping, anchoring, place, date, sources, certainty and claims are the
language-neutral parts of ``warlog.incidents`` and the English stage; counts, sides and perpetrators are
Russian here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ...attribution.lexicon import attribution_lexicon
from ...errors import ConfigError
from ...geo.incident_places import place_incidents
from ...incidents import slots
from ...incidents.detect import Candidate, Mention, group_mentions, has_anchor, is_country
from ...incidents.lexicon import IncidentLexicon, taxonomy
from ...mentions.review import PROPOSED_RANK, review
from ...models import Acled, Actor, Entity, Incident, Report, Where
from ...pipeline.component import Work
from ...settings import Settings
from ...stages.incidents import IncidentStage
from .districts import place_city_districts, split_by_district
from .lexicon import entity_rules, load
from .morph import LemmaText
from .readings import DENIED, MAY_FOLLOW, UNDECIDED, own_fire, told_as_reason
from .retellings import another_of_its_kind, charges_only, held_people_only, retold_events
from .roundups import (
    cause_only_damage,
    damage_roundup,
    day_totals,
    joined_settlements,
    listed_places,
    one_per_place,
    settle_listed,
)
from .shares import split_shares
from .splits import split_by_place
from .stories import _ADMIN, account_goes_on, event_dates, not_event_place, paragraph_index, places, same_story
from .story_region import (
    near_town,
    place_towns_in_outlet_region,
    place_villages_in_story_region,
    place_villages_near_town,
    ukraine_by_its_forces,
)
from .tolls import (
    BODY,
    CLAUSE_BREAK,
    FOUND_DEAD,
    LONE_INJURY,
    NO_DEATHS,
    NO_VICTIMS,
    NOMINAL_INJURY,
    NOT_SAVED,
    PAIR_DEATH,
    PAIR_INJURY,
    PRONOUN_INJURY,
    counts,
    lone_victim,
    nominal_victim,
    single_death,
)

_LETHAL_ACTORS = re.compile(r"(?:ВСУ|ВС РФ|ВС России|ЧВК|Вагнер|армия|войска|ПВО|ФСБ)", re.IGNORECASE)
_GOES_ON = re.compile(r"\s*(?:По\s+(?:его|её|ее|их)\s+словам|Как\s+(?:он|она|они)\s+(?:рассказал|уточнил)\w*)",
                      re.IGNORECASE)
# One soldier of a side who surrendered, deserted or was captured, as headlines tell it: "украинский военный сдался
# в плен", "российский солдат дезертировал" (a particular man, as specific as a place or a count).
_ONE_SOLDIER = re.compile(r"(?<![\w-])(?:украинск|российск)(?:ий|ого)\s+(?:военный|военнослужащий|солдат|боец|"
                          r"десантник|морпех|пехотинец|штурмовик|контрактник|мобилизованный)\s+(?:[\w-]+\s+)?"
                          r"(?:сдался|дезертировал|сбежал|перешел|перешёл)(?![\w-])", re.IGNORECASE)
_BY_SIDE = re.compile(r"(?:со\s+стороны|силами)\s+$", re.IGNORECASE)


@cache
def incident_lexicon() -> IncidentLexicon:
    data = load("incidents")
    types = taxonomy()
    triggers = tuple((t["name"], t.get("subtype"), re.compile(p)) for t in data["type"] for p in t["triggers"])
    unknown = sorted({name for name, _, _ in triggers} - set(types))
    if unknown:
        raise ConfigError(f"lang/ru/incidents.toml names types missing from taxonomy.toml: {unknown}")
    flags = re.IGNORECASE
    return IncidentLexicon(
        triggers=triggers,
        generic_types=tuple(data.get("generic_types", ())),
        negation=re.compile(data["negation"], flags),
        hypothetical=re.compile(data["hypothetical"], flags),
        background=re.compile(data["background"], flags),
        death_cues=re.compile(data["death_cues"]),
        injury_cues=re.compile(data["injury_cues"]),
        person_nouns=frozenset(data["person_nouns"]),
        not_event_place=re.compile(data["not_event_place"], flags),
        not_event_place_after=re.compile(data["not_event_place_after"], flags),
    )



def evidence_spans(ids: list[int], sentences: list[tuple[int, int]], paragraphs: list[int]) -> list[tuple[int, int]]:
    """The sentences that tell an incident: each run of trigger sentences within a paragraph, with what lies
    between them; a retelling in another paragraph adds its own sentences only."""
    spans: list[tuple[int, int]] = []
    run_start = prev = ids[0]
    for i in [*ids[1:], None]:
        if i is not None and paragraphs[i] == paragraphs[prev] and i - prev <= 2:
            prev = i
            continue
        spans.extend(sentences[run_start:prev + 1])
        if i is not None:
            run_start = prev = i
    return spans




# "жил дома, пока его не задержали", "прятался, пока не поймали": "пока ... не" with a perfective verb is "until",
# an event that did happen (the "не" is expletive, no negation).
# The conjunction opens its clause; "виновник пока не задержан" (a short participle: "not yet") stays negated.
_UNTIL = re.compile(r"^\s*(?:до\s+тех\s+пор\s+)?пока\s+(?:[\w-]+\s+){0,3}?не\s+$", re.IGNORECASE)


# A name in guillemets ("через проект «Хочу жить»") is no modal or negation of the clause it stands in.
_QUOTED_NAME = re.compile(r"«[^«»]{1,40}»")
# Intent told inside the trigger's own words, between its doers and the act: "жёны мобилизованных собираются
# провести митинг", "родственники хотят выйти на площадь".
_INTENT = re.compile(r"(?<![\w-])(?:собира\w*|планиру\w*|намерен\w*|намерева\w*|хот(?:ят|ел[аи]?)|хочет|"
                     r"готов(?:ят|ятся|ы)|обеща\w*|пообеща\w*|угрожа\w*|пригрози\w*)(?![\w-])", re.IGNORECASE)


def _clause_prefix(text: str, sent_start: int, trigger_start: int) -> str:
    from .models import parses

    prefix = _QUOTED_NAME.sub("«»", text[sent_start:trigger_start])
    breaks = list(CLAUSE_BREAK.finditer(prefix))
    prefix = prefix[breaks[-1].end():] if breaks else prefix
    if _UNTIL.search(prefix):
        verb = re.match(r"[а-яё]+", text[trigger_start:trigger_start + 30].lower())
        found = parses(verb.group()) if verb else []
        if found and found[0].tag.POS == "VERB" and found[0].tag.tense == "past":
            return ""
    return prefix


def _future(text: str, start: int, end: int) -> bool:
    """A trigger told in the future tense ("бросят", "обстреляют", "будут штурмовать"): not an event yet."""
    from .models import parses

    for m in re.finditer(r"[а-яё]+", text[start:end].lower()):
        found = parses(m.group())
        if found and found[0].tag.POS == "VERB":
            # Future only when no reading of the form is a present or past ("отходят" is both).
            return all(p.tag.tense == "futr" for p in found if p.tag.POS == "VERB")
    return False


def find_mentions(text: str, lemmas: LemmaText, sentences: list[tuple[int, int]],
                  lex: IncidentLexicon, cancelled: set[int] | None = None) -> list[Mention]:
    """Trigger matches per sentence on the lemma text, minus negated, hypothetical and background ones.

    Each trigger runs once over the document's lemma text; a match that crosses a sentence boundary is dropped.
    """
    import bisect

    bounds = [(lemmas.from_surface(a), lemmas.from_surface(b)) for a, b in sentences]
    starts = [a for a, _ in bounds]
    background = [bool(lex.background.search(text, a, b)) for a, b in sentences]
    taken: dict[int, list[tuple[int, int]]] = {}
    found: list[Mention] = []
    for rank, (type_name, subtype, regex) in enumerate(lex.triggers):
        for m in regex.finditer(lemmas.text):
            index = bisect.bisect_right(starts, m.start()) - 1
            if index < 0 or m.end() > bounds[index][1] or background[index]:
                continue
            span = lemmas.to_surface(m.start(), m.end())
            if span is None:
                continue
            start, end = span
            spans = taken.setdefault(index, [])
            if any(start < b and a < end for a, b in spans):
                continue
            spans.append((start, end))  # a cancelled trigger still hides weaker ones under it
            prefix = _clause_prefix(text, sentences[index][0], start)
            if (lex.negation.search(prefix) or lex.hypothetical.search(prefix) or _future(text, start, end)
                    or DENIED.search(text, sentences[index][0], start)
                    or UNDECIDED.search(text, sentences[index][0], start)
                    or MAY_FOLLOW.match(text, end)
                    or _INTENT.search(text, start, end)):
                if cancelled is not None:
                    cancelled.add(index)
                continue
            found.append(Mention(type_name, index, start, end, subtype, rank))
    found.sort(key=lambda m: (m.sentence, m.start))
    generic = lex.generic_types
    found = [own_fire(m, text, sentences) for m in found]
    return [m for m in found if not _gives_way(m, found, generic, text) and not told_as_reason(m, found, text)]


# A killing told with the arrest it led to ("задержали военных, которые избили до смерти мужчину"): the arrest is
# a later act of others, not a fuller name of the killing, so the killing is an event of its own.
_LETHAL_ACT = re.compile(r"(?<![\w-])(?:до\s+смерти|насмерть|убил\w*|убит\w*|застрел\w+|расстрел\w+|зарезал\w*|"
                         r"забил\w*)(?![\w-])", re.IGNORECASE)
_NOT_THE_ACT = frozenset({"arrest_or_detention"})


def _gives_way(mention: Mention, mentions: list[Mention], generic: tuple[str, ...], text: str = "") -> bool:
    if mention.type not in generic:
        return False
    level = generic.index(mention.type)
    lethal = bool(_LETHAL_ACT.search(text, mention.start, mention.end))
    return any(other.sentence == mention.sentence and other.type != mention.type
               and (other.type not in generic or generic.index(other.type) > level)
               and not (lethal and other.type in _NOT_THE_ACT) for other in mentions)


# "беглец", "дезертир": the people who deserted, not the act; once a report tells the act ("самовольно покинули
# часть"), "Последнего беглеца ищут", "Оружия у беглецов не было" refer back to them and tell no event.
_PEOPLE_ONLY = frozenset({"беглец", "дезертир"})


def told_people_only(mentions: list[Mention], lemmas: LemmaText) -> list[Mention]:
    """The mentions less the desertion ones that only name the deserters, when another tells the act itself."""
    def people(m: Mention) -> bool:
        span = lemmas.from_surface(m.start), lemmas.from_surface(m.end)
        return m.type == "desertion_or_surrender" and lemmas.text[span[0]:span[1]].strip() in _PEOPLE_ONLY

    if not any(m.type == "desertion_or_surrender" and not people(m) for m in mentions):
        return mentions
    return [m for m in mentions if not people(m)]


def area_of_unknown(report: Report, where: Where, spans: list[tuple[int, int]]) -> None:
    """A place the gazetteer does not know ("в селе Ясные Зори") lies in the district or region the story
    names elsewhere ("в Белгородской области"): the incident takes that area and keeps the place's name."""
    entity = next((e for e in report.entities if e.id == where.entity_id), None)
    if entity is None or entity.geo is not None:
        return
    areas = [e for e in report.entities if e.label == "PLACE" and e.geo is not None
             and e.geo.precision in ("district", "raion", "region") and any(a <= e.start < b for a, b in spans)]
    if areas:
        where.take(min(areas, key=lambda e: abs(e.start - entity.start)).geo)  # type: ignore[arg-type]
        where.name = entity.lemma or entity.text


_AFTERMATH_OF = re.compile(r"\s*(?:В\s+результате|Из-за)\s+(?:(?:этой|этого|этих|той|того|данной|данного)\s+)?"
                           r"(?:атак|удар|обстрел|нападени|взрыв|инцидент|происшестви|расстрел|налет|налёт)\w*",
                           re.IGNORECASE)
_LANDMARK = re.compile(r"\s+(?:под|близ|возле|около)\s+", re.IGNORECASE)
_RIVER_BEFORE = re.compile(r"(?<![\w-])(?:через|реки|реку|река|реке|рекой|берег\w*|переправ\w+\s+через)\s+$",
                           re.IGNORECASE)
# (a settlement joined to one after a locative is in the same case: "в пгт Пришиб и селе Любимовка")
_LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?:в|во|под|у|около|возле|близ|рядом\s+с|на\s+окраине|в\s+районе|"
                              r"над|на)\s+(?:(?:сел\w*|пос[её]л\w*|деревн\w*|город\w*|пгт|хутор\w*|станиц\w*|"
                              r"полигон\w*|стрельбищ\w*|перегон\w*|станци\w*|аэродром\w*)\s+)?$|"
                              r"(?<![\w-])и\s+(?:сел\w*|пос[её]л\w*|деревн\w*|пгт|хутор\w*|станиц\w*)\s+$",
                              re.IGNORECASE)




_LOCATIVE = re.compile(r"(?:^|[\s(])(?:[Вв]|[Вв]о|[Нн]а|[Пп]од|[Уу]|[Оо]коло|[Вв]озле|[Бб]лиз)\s+$")
# Deserters' way home: "вернулись в Россию", "уехали домой в Тверь", "заехали в Подольск" name where they went, not
# where they left from ("ушли из ЛНР", "сбежали из части под Луганском"), which is the desertion's place.
_LEAVING = frozenset({"desertion_or_surrender"})
_DESTINATION = re.compile(r"(?<![\w-])(?:вернул\w*|верну\w*|возвраща\w*|отправил\w*|отправи\w*|уехал\w*|уеха\w*|"
                          r"поехал\w*|приехал\w*|заехал\w*|добрал\w*|добира\w*|прибыл\w*|доехал\w*|"
                          r"направил\w*|сдать|сдали|сдал[аи]?)\s+(?:[\w-]+\s+){0,3}?(?:в|во|на|до)\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)
def _accusative(place: str) -> bool:
    """"в Москву", "в Курскую область": a place told as a direction (accusative), not as a location."""
    from .models import parses

    word = re.match(r"[А-Яа-яЁё]+", place)
    found = parses(word.group().lower()) if word else ()
    cases = {p.tag.case for p in found}
    return "accs" in cases and not cases & {"loct", "loc2"}


_LEFT_FROM = re.compile(r"(?<![\w-])(?:из|с|со)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def choose_where(text: str, entities: list[Entity], evidence: list[tuple[int, int]], context: list[tuple[int, int]],
                 triggers: list[tuple[int, int]], lex: IncidentLexicon, kind: str | None = None) -> Where | None:
    """The event's place: the most precise place near a trigger, after a locative ("под селом Вербовое"), a
    settlement before its region, not where someone came from; the context only when the evidence has none."""
    best: tuple[float, Entity] | None = None
    for spans, weight in ((evidence, 0.0), (context, 200.0)):
        for e in entities:
            if e.label != "PLACE" or not any(a <= e.start and e.end <= b for a, b in spans):
                continue
            if any(c.isdigit() for c in e.text):
                continue  # "Су-34", "Ка-52": an aircraft the recogniser took for a place
            if text[e.start - 1:e.start] == "«" and text[e.end:e.end + 1] == "»":
                continue  # "группировка войск «Восток»": a name in guillemets, not where it happened
            if _RIVER_BEFORE.search(text, max(0, e.start - 30), e.start):
                continue  # "переправившись через Северский Донец": a river crossed, not a place
            line_start = text.rfind("\n", 0, e.start) + 1
            before = text[max(line_start, e.start - 80):e.start]
            if not_event_place(lex, before, kind) or (lex.not_event_place_after.search(text[e.end:e.end + 40])
                                                      and not _LOCATIVE.search(before)):
                continue  # ("Украины военные" names a side; "В Харькове военные ТЦК избили" says where)
            if kind in _LEAVING and _DESTINATION.search(before) and _accusative(e.text):
                continue  # (not "уехали с полигона в Белгородской области": where the range is)
            distance = min(abs(e.start - t[0]) for t in triggers) + weight
            if kind in _LEAVING and _LEFT_FROM.search(before):
                distance -= 40
            if any(o.label == "PLACE" and o.end < e.start and _LANDMARK.fullmatch(text, o.end, e.start)
                   and near_town(o, e) for o in entities):
                distance += 100  # "посёлок Каменка под Петербургом": the town only says where the place is
            if is_country(e) or (e.lemma or e.text) in ("Россия", "Украина", "РФ"):
                distance += 1000
            elif _ADMIN.search(e.text):
                distance += 80  # a region ranks after a settlement it contains
            if _LOCATIVE_BEFORE.search(before):
                distance -= 40
            if best is None or distance < best[0]:
                best = (distance, e)
        if best is not None and best[0] < 1000:
            break
    if best is None:
        return None
    return Where(name=best[1].text, text=best[1].text, entity_id=best[1].id)


def document_side(entities: list[Entity]) -> str | None:
    sides = entity_rules().sides
    votes: dict[str, int] = {}
    for e in entities:
        if e.label != "NORP":
            continue
        side = next((v for k, v in sides.items() if e.text.lower().startswith(k)), None)
        if side:
            votes[side] = votes.get(side, 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else None


def actors(text: str, incident_type: str, entities: list[Entity], evidence: list[tuple[int, int]],
           side: str | None) -> list[Actor]:
    """Units in the evidence, and forces named as the ones firing ("со стороны ВСУ", "ВСУ обстреляли")."""
    found: dict[tuple[str, str], Actor] = {}
    harmful = incident_type in {"friendly_fire", "intra_force_killing", "strike", "attack_on_civilians",
                                "armed_clash", "abandonment"}
    for e in entities:
        if not any(a <= e.start and e.end <= b for a, b in evidence):
            continue
        if e.label == "UNIT":
            role = "victim" if incident_type in {"friendly_fire", "intra_force_killing", "abandonment"} else "other"
            found.setdefault((e.text, role), Actor(text=e.text, role=role, side=side))
        elif e.label == "ORG" and harmful and _LETHAL_ACTORS.search(e.text):
            by = bool(_BY_SIDE.search(text[max(0, e.start - 20):e.start]))
            role = "perpetrator" if by or incident_type in {"strike", "attack_on_civilians"} else "other"
            found.setdefault((e.text, role), Actor(text=e.text, role=role))
    return list(found.values())


def _one_place(report: Report, listed: Where | None, told: Where | None) -> bool:
    """A listed place is one an incident has: one name, one gazetteer entry, or a region the incident's place
    lies in ("в Новосибирской области" beside an incident "под Новосибирском")."""
    if listed is None or told is None:
        return listed is told

    def geo(where: Where) -> Any:
        entity = next((e for e in report.entities if e.id == where.entity_id), None)
        return entity.geo if entity is not None else None

    mine, theirs = geo(listed), geo(told)
    if mine is not None and theirs is not None and (
            mine.gazetteer_id and mine.gazetteer_id == theirs.gazetteer_id
            or mine.precision == "region" and mine.admin1 and mine.admin1 == theirs.admin1):
        return True
    return listed.name.casefold() == told.name.casefold()


class RuIncidentStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.resources = resources

    def __call__(self, work: Work) -> Work:
        report = work.report
        if work.doc is None:
            return work
        text = report.document.text
        lemmas: LemmaText = work.doc.lemmas
        lex = incident_lexicon()
        alleged = [h.regex for h in attribution_lexicon("ru").hedges if h.status == "alleged"]
        sentences: list[tuple[int, int]] = work.scratch["sentences"]
        paragraphs = paragraph_index(text, sentences)
        speaker_spans = [(q.speaker.start, q.speaker.end) for q in report.quotes if q.speaker]
        side = document_side(report.entities)
        types = taxonomy()

        def anchored(cand: Candidate) -> bool:
            # Anything specific in the trigger's paragraph; a headline borrows its lead's.
            block = {paragraphs[i] for i in cand.sentences}
            if 0 in block:
                block |= {1}
            if not kept:
                block |= {0}  # the story's first event may be placed by the headline ("В части в Подмосковье ...")
            # "..., рассказал боец. \n По его словам, ... «Несколько человек отравились»": the witness's own
            # account goes on in the next paragraph, with the specifics.
            block |= {p + 1 for p in block
                      if any(paragraphs[i] == p + 1 and _GOES_ON.match(text, sentences[i][0])
                             for i in range(len(sentences)))}
            around = [span for i, span in enumerate(sentences) if paragraphs[i] in block]
            return any(has_anchor(text, span, report.entities, speaker_spans) for span in around) or any(
                _ONE_SOLDIER.search(text, *sentences[i]) for i in cand.sentences)

        place_city_districts(report)
        place_villages_in_story_region(report, self.settings, self.resources)
        place_villages_near_town(report, self.settings, self.resources)
        place_towns_in_outlet_region(report, self.settings, self.resources)
        kept: list[Candidate] = []
        cancelled: set[int] = set()
        found = find_mentions(text, lemmas, sentences, lex, cancelled)
        # A sentence whose trigger the rules read as denied, planned or threatened gets no proposed event either.
        mentions = told_people_only([m for m in review(found, report, sentences, self.settings)
                                     if not (m.rank == PROPOSED_RANK and m.sentence in cancelled)], lemmas)
        mentions = retold_events(lemmas, sentences, another_of_its_kind(text, held_people_only(mentions, lemmas)))
        mentions = charges_only(text, sentences, mentions)  # "по ст. 407 УК — самовольное оставление части"
        told = mentions
        mentions = cause_only_damage(report, sentences, day_totals(report, sentences, mentions))
        damage = one_per_place(report, damage_roundup(report, sentences, mentions, told)) + joined_settlements(
            report, sentences, mentions)
        grouped = split_by_place(report, split_by_district(report, group_mentions(mentions, paragraphs), sentences),
                                 sentences)
        for cand in sorted(grouped + damage, key=lambda c: c.mentions[0].start):
            if cand in damage:
                # a village's damage in a roundup is an event of its own unless that village was told already
                m = cand.mentions[0]
                mine = {(e.lemma or e.text).casefold() for e in report.entities
                        if e.label == "PLACE" and e.start == m.start}
                # (the sentence a joined settlement shares with its neighbour does not tell it already)
                same = next((k for k in kept if k not in damage and mine & places(
                    report, Candidate(k.type, [x for x in k.mentions if x.sentence != m.sentence]), sentences)), None)
                if same is not None:
                    same.mentions.extend(cand.mentions)
                else:
                    kept.append(cand)
                continue
            if not anchored(cand):
                if IncidentStage._continues(kept, cand, paragraphs):
                    kept[-1].mentions.extend(cand.mentions)
                continue
            story = same_story(report, kept, cand, sentences)
            if story is not None:
                story.mentions.extend(cand.mentions)
                story.mentions.sort(key=lambda m: m.start)
            else:
                kept.append(cand)

        incidents: list[Incident] = []
        taken = {i for cand in kept for i in cand.sentences}  # per document: the stage object is shared
        for cand in kept:
            incidents.append(self._build(report, lemmas, cand, sentences, paragraphs, lex, side, speaker_spans,
                                         alleged, types, len(incidents) + 1, taken))
        # each place of a list ("в Киеве, Запорожье и Кропивницком прошли акции") the incidents have not placed
        for cand in listed_places(report, sentences, mentions):
            incident = self._build(report, lemmas, cand, sentences, paragraphs, lex, side, speaker_spans,
                                   alleged, types, len(incidents) + 1, taken)
            if settle_listed(report, incidents, incident):
                continue
            if not any(i.type == incident.type and _one_place(report, incident.where, i.where) for i in incidents):
                incidents.append(incident)
        report.incidents = split_shares(report, incidents)  # "..., ещё трое ранены в Каховке": that town's own
        place_incidents(report)  # the places were resolved before this stage (geocode runs first)
        ukraine_by_its_forces(report)
        return work


    @staticmethod
    def _sources(report: Report, quotes: list[Any], evidence: list[tuple[int, int]],
                 following: list[tuple[int, int]], lead: list[tuple[int, int]] | None = None) -> list[str]:
        """The quotes' chains, then the sources the evidence sentences name ("пишут «Люди Байкала»") or a
        sentence right after names for them ("Об этом пишет X"), then the outlet."""
        from .attribution import _ABOUT_THIS, RuAttributionStage, about_this_teller, quote_marks, told_of_teller

        names = slots.sources(quotes, None)
        lex = attribution_lexicon("ru")
        text = report.document.text
        marks = quote_marks(text)
        for a, b in [*evidence, *[(a, b) for a, b in following if _ABOUT_THIS.match(text, a)]]:
            ctx = RuAttributionStage._context(report.document.text, a, b, report.entities, lex, marks)
            for name in (about_this_teller(text, a, b, report.entities), told_of_teller(text, a, b, report.entities),
                         ctx.releaser, ctx.interviewer, ctx.reporter):
                if name and name not in names:
                    names.append(name)
        if not names:
            # A governor's roundup: the villages told one by one have the source the lead names ("..., сообщил
            # губернатор X" in the first paragraph), as the post's author.
            for q in report.quotes:
                in_lead = any(a <= q.start < b for a, b in lead or [])
                if q.speaker is not None and in_lead and q.speaker.name not in names:
                    names.append(q.speaker.name)
            # "Губернатор X сообщил о гибели тракториста": a lead that only tells who reported the story's event.
            for a, b in lead or []:
                name = told_of_teller(text, a, b, report.entities)
                if name and name not in names:
                    names.append(name)
        outlet = report.document.outlet
        if outlet and outlet not in names:
            names.append(outlet)
        return names

    def _build(self, report: Report, lemmas: LemmaText, cand: Candidate, sentences: list[tuple[int, int]],
               paragraphs: list[int], lex: IncidentLexicon, side: str | None,
               speaker_spans: list[tuple[int, int]], alleged: list[re.Pattern[str]], types: dict[str, Any],
               number: int, taken: set[int]) -> Incident:
        text = report.document.text
        info = types[cand.type]
        acled = info.subtypes.get(cand.subtype or "", info.acled)
        evidence = evidence_spans(cand.sentences, sentences, paragraphs)
        first = cand.sentences[0]
        context = [sentences[i] for i in range(first - 1, -1, -1) if paragraphs[i] == paragraphs[first]]
        if cand.site is not None:  # a listed place: what its list's own paragraph said before it (its day)
            context += [sentences[i] for i in range(cand.sentences[-1] - 1, first, -1)
                        if paragraphs[i] == paragraphs[cand.sentences[-1]] and i not in cand.sentences]
        # A headline's facts are in the lead; a lead's toll may be in the headline.
        lead = [span for i, span in enumerate(sentences) if paragraphs[i] <= 1 and i not in cand.sentences]
        triggers = [(m.start, m.end) for m in cand.mentions]
        where = choose_where(text, report.entities, evidence, context, triggers, lex, cand.type)
        if cand.site is not None:  # a place of a list, each its own event's
            where = Where(name=cand.site.text, text=cand.site.text, entity_id=cand.site.id)
        last = cand.sentences[-1]
        if where is None:
            # the headline's or lead's place
            where = choose_where(text, report.entities, lead, [], triggers, lex, cand.type)
        if where is None:
            # "... — говорит боец. Речь идет о позициях под Работино": the place told right after the event.
            nxt = [sentences[i] for i in range(last + 1, min(last + 2, len(sentences)))
                   if paragraphs[i] == paragraphs[last]]
            where = choose_where(text, report.entities, nxt, [], triggers, lex, cand.type)
        if where is not None and where.entity_id:
            entity = next(e for e in report.entities if e.id == where.entity_id)
            where.span = report.span(entity.start, entity.end)
            where.name = entity.lemma or entity.text
            area_of_unknown(report, where, [*evidence, *context, *lead])
        dates = event_dates(text, report.entities)
        when = slots.choose_when(text, dates, evidence, context, triggers)
        if when.start is None:
            # No date where the event is told: the headline's or lead's, the day the story is about.
            # (not the date of another event told right after: "... скончался мужчина, которого ранило 25 апреля")
            own_lead = [span for i, span in enumerate(sentences) if span in lead and i not in taken]
            when = slots.choose_when(text, dates, [], own_lead, triggers)
        when = slots.by_publication(when, report.document.published)
        fatalities, injured = counts(text, lemmas, report.entities, evidence, lex, info.lethal)
        if fatalities is None and info.lethal:
            fatalities = single_death(report, triggers)
        # The toll often follows the event in the next sentence ("... попала в дом. Погибли три человека"), or
        # stands before it in the paragraph or in the headline and lead.
        last = cand.sentences[-1]
        # (not another incident's sentence: "... погиб мужчина. Кроме того, в Б ранены две женщины")
        following = [sentences[i] for i in range(last + 1, min(last + 3, len(sentences)))
                     if paragraphs[i] == paragraphs[last] and i not in taken]
        # A post's toll often stands in the next paragraph ("...загорелось здание. \n Погиб охранник"), when
        # no other event is told there.
        next_paragraph = [sentences[i] for i in range(last + 1, min(last + 5, len(sentences)))
                          if paragraphs[i] == paragraphs[last] + 1 and i not in taken][:2]
        # "В результате атаки погибли шесть ...": a toll that names the event it follows, a paragraph or two on
        # (before another event is told)
        aftermath: list[tuple[int, int]] = []
        for i in range(last + 1, len(sentences)):
            if i in taken:
                break
            if _AFTERMATH_OF.match(text, sentences[i][0]):
                aftermath.append(sentences[i])
                break
        # (not the toll of another incident's sentence before it: "в селе А погиб человек. В Б пострадала женщина")
        own_context = [span for span in context if sentences.index(span) not in taken]
        own_lead = [span for span in lead if sentences.index(span) not in taken] if paragraphs[first] <= 1 else []
        account = account_goes_on(report, sentences, paragraphs, last, taken)  # "По словам пленного, трое погибли"
        for spans in (following, next_paragraph, own_context, own_lead, aftermath, account):
            if spans is own_lead and fatalities is None and info.lethal:
                # "Атаки унесли жизни двух жителей. В А дрон ударил по машине. Водитель погиб.": the event's own
                # lone victim, not the lead's total of the day
                fatalities = lone_victim(report, [*evidence, *following], lex) or slots.count_from(
                    report, [*evidence, *following], NOT_SAVED)
            if spans and (fatalities is None or injured is None):
                more_dead, more_hurt = counts(text, lemmas, report.entities, spans, lex, info.lethal)
                fatalities, injured = fatalities or more_dead, injured or more_hurt
        told = [*evidence, *following, *next_paragraph, *own_lead]
        if fatalities is None and info.lethal:
            fatalities = (slots.count_from(report, told, PAIR_DEATH, 2) or lone_victim(report, told, lex)
                          or slots.count_from(report, told, BODY) or slots.count_from(report, told, FOUND_DEAD)
                          or slots.count_from(report, told, NOT_SAVED) or nominal_victim(report, told))
        if injured is None and info.lethal:
            injured = (slots.count_from(report, told, PAIR_INJURY, 2) or lone_victim(report, told, lex, LONE_INJURY)
                       or slots.count_from(report, told, PRONOUN_INJURY)
                       or slots.count_from(report, told, NO_VICTIMS, 0)
                       or nominal_victim(report, told, NOMINAL_INJURY))
        if fatalities is None and info.lethal:
            fatalities = slots.count_from(report, told, NO_DEATHS, 0) or slots.count_from(report, told, NO_VICTIMS, 0)
        # "Об этом ... сообщает ТАСС" right after any of the event's sentences names its source, as after the last.
        after = [sentences[i] for i in range(last + 1, min(last + 4, len(sentences)))]
        after += [sentences[i + 1] for i in cand.sentences if i + 1 < len(sentences) and i + 1 <= last]
        quotes = slots.supporting_quotes(report.quotes, evidence + following)
        trigger_sentence = text[evidence[0][0]:evidence[0][1]].strip()
        summary = f"{info.label}: {trigger_sentence[:220]}{'…' if len(trigger_sentence) > 220 else ''}"
        return Incident(
            id=f"{report.document.id}-i{number}",
            type=cand.type,
            acled=Acled(event_type=acled[0], sub_event_type=acled[1]) if acled else None,
            summary=summary,
            when=when,
            where=where,
            actors=actors(text, cand.type, report.entities, evidence, side),
            fatalities=fatalities,
            injured=injured,
            sources=self._sources(report, quotes, evidence, after, lead),
            certainty=slots.certainty(text, quotes, evidence, context, alleged),
            evidence=[report.span(a, b) for a, b in evidence],
            claim_ids=IncidentStage._claims(report, quotes, evidence, alleged),
            background=slots.recalled(when, report.document.published),
        )


def make_incidents(settings: Settings, resources: dict[str, Any]) -> RuIncidentStage:
    """Incidents from lemma triggers, minus negated, hypothetical and background ones, for Russian."""
    return RuIncidentStage(settings, resources)
