"""Readings of Russian trigger mentions beyond their own words: a denial or a modal around them, a killing by one's
own side done with a weapon (friendly fire), and an act told only as the reason for another in its sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from ...incidents.detect import Mention

# The report a denial speaks of: "опровергло сообщения о том, что армия обстреляла ...", "отрицают, что".
DENIED = re.compile(r"(?<![\w-])(?:опроверг\w*|отрица\w*|не\s+подтверди\w*|назвал\w*\s+(?:фейк|ложь)\w*)"
                     r"(?:\s+[\w-]+){0,3}?\s*(?:о\s+том\s*)?,\s*(?:что|будто)(?![\w-])", re.IGNORECASE)


# An open question of whom to blame or punish: "следствие решает, кого привлекать к ответственности — самих
# отказников или командиров", "суд определит, кому отвечать": the people it names are not told doing anything.
UNDECIDED = re.compile(r"(?<![\w-])(?:реша\w*|реши\w*|выясня\w*|выясни\w*|определя\w*|определи\w*|"
                       r"устанавлива\w*|разбира\w*|предстоит\s+(?:[\w-]+\s+)?(?:решить|выяснить|определить|"
                       r"установить))\s*,?\s+(?:кого|кому|кто|кем)\s+(?:[\w-]+\s+){0,2}?(?:привле\w*|наказ\w*|"
                       r"накаж\w*|отвеча\w*|ответит\w*|ответят|виноват\w*|виновн\w*|осуд\w*|суди\w*)",
                       re.IGNORECASE)


# A trigger noun with a modal after it: "обстрелы могут усилиться", "удары будут продолжаться".
MAY_FOLLOW = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:мо(?:гут|жет)|могли\s+бы|будут|будет)(?![\w-])", re.IGNORECASE)


# "его убили свои же: дрон соседнего подразделения сбросил гранату": killed by their own side's weapon, friendly fire
_OWN_SIDE = re.compile(r"(?<![\w-])сво(?:и|их|ими)\s+же(?![\w-])", re.IGNORECASE)
_WEAPON = re.compile(r"(?<![\w-])(?:дрон\w*|беспилотник\w*|БПЛА|\w*-?дрон\w*|коптер\w*|квадрокоптер\w*|артиллери\w*|"
                     r"арт[аыуой]?|миномет\w*|минам[иу]?|снаряд\w*|танк\w*|ракет\w*|авиабомб\w*)(?![\w-])",
                     re.IGNORECASE)


# "сослуживцев убила своя же мина", "его ранило собственным снарядом": the sentence names the killer as a munition of
# their own side, whatever word order (the soldiers killed are no killers).
_OWN_MUNITION = re.compile(r"(?<![\w-])(?:сво(?:й|я|ё|е|и|его|ей|ею|им|ими|их|ю)|собственн\w+)\s+(?:же\s+)?"
                           r"(?:мин[аыуеой]\w*|снаряд\w*|ракет\w*|гранат\w*|бомб\w*|авиабомб\w*|боеприпас\w*|"
                           r"дрон\w*|беспилотник\w*|артиллери\w*|арт[аыуой]?|миномет\w*|минометчик\w*)(?![\w-])",
                           re.IGNORECASE)


def own_fire(mention: Mention, text: str, sentences: list[tuple[int, int]]) -> Mention:
    if mention.type != "intra_force_killing":
        return mention
    a, b = sentences[mention.sentence]
    if _OWN_MUNITION.search(text, a, b):
        return replace(mention, type="friendly_fire")
    if not _OWN_SIDE.search(text, mention.start, mention.end):
        return mention
    return replace(mention, type="friendly_fire") if _WEAPON.search(text, a, b) else mention


# An act told only to say why or who ("задержали за самовольное оставление части", "застрелил солдат,
# отказавшихся идти на штурм", "держат мобилизованных, отказавшихся ехать"), and a man detained only to be taken to
# the enlistment office ("задержали мужчину и увезли в военкомат"): the other act of the sentence is the event.
_AS_REASON = re.compile(r"(?:(?<![\w-])(?:за|по\s+подозрению\s+в)\s+(?:[\w-]+\s+)?)$", re.IGNORECASE)
_RECRUITERS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:сотрудник\w*|работник\w*|военком\w*|представител\w*)\s+"
                         r"(?:ТЦК|военкомат\w*)", re.IGNORECASE)
_PARTICIPLE = re.compile(r"отказавш|отказывающ", re.IGNORECASE)
# Deserters named by a participle as the ones an arrest verb took: "задержали троих военных, самовольно оставивших
# часть" (not "при задержании ликвидировали военного, покинувшего часть": a circumstance, not the act).
_LEFT_PARTICIPLE = re.compile(r"(?:самовольно\s+)?(?:оставивш|покинувш|сбежавш|дезертировавш|ушедш)", re.IGNORECASE)
_ARREST_VERB = re.compile(r"(?:задержал|задержан[аоы]?(?![\w-])|арестовал|арестован|поймал)", re.IGNORECASE)
# What was done to refuseniks for their refusal, told after it: "отказались идти на штурм, после чего их отправили
# в подвал" (the refusal is the event; its sequel is no detention of its own).
_SEQUEL = re.compile(r"(?<![\w-])(?:после\s+чего|после\s+этого|за\s+(?:это|что)|в\s+наказание)(?![\w-])",
                     re.IGNORECASE)


def told_as_reason(mention: Mention, mentions: list[Mention], text: str) -> bool:
    others = [o for o in mentions if o.sentence == mention.sentence and o.type != mention.type]
    if mention.type == "arrest_or_detention" and any(o.type == "mobilization" for o in others):
        # (not recruiters arrested: "задержали сотрудников ТЦК, которые ... отвезли в военкомат")
        return not _RECRUITERS.match(text, mention.end)
    if mention.type == "arrest_or_detention" and any(
            o.type == "refusal_to_fight" and o.end <= mention.start and _SEQUEL.search(text, o.end, mention.start)
            for o in others):
        return True
    if mention.type not in ("desertion_or_surrender", "refusal_to_fight") or not others:
        return False
    if mention.type == "desertion_or_surrender" and _LEFT_PARTICIPLE.match(text, mention.start) and any(
            o.type == "arrest_or_detention" and o.end <= mention.start and _ARREST_VERB.match(text, o.start)
            for o in others):
        return True
    return bool(_AS_REASON.search(text, max(0, mention.start - 40), mention.start)
                or _PARTICIPLE.match(text, mention.start))
