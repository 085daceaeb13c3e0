"""Tolls for Russian incidents: the dead and the hurt counted near their cue words, a lone victim told without
a number ("погиб мирный житель"), one victim of a killing verb, a pair named without a number, a body found."""

from __future__ import annotations

import re
from typing import Any

from ...incidents.lexicon import IncidentLexicon
from ...models import Count, Entity, Report
from .morph import LemmaText

CLAUSE_BREAK = re.compile(r"[,;:—–]|(?<![\w-])(?:но|а|зато|однако|хотя|потому что|так как)(?![\w-])")


_LEMMA_CLAUSE = re.compile(r" [,;:—–] ")
_OUTSIDE_CLAUSE = 10_000


def _cue_distance(lemmas: LemmaText, span: tuple[int, int], e: Entity, cue: re.Pattern[str]) -> int | None:
    """Lemma-text distance from a count to the nearest cue in its sentence (cues inside the count's own words
    do not count, "Один из раненых умер", except for a zero: "никто не пострадал")."""
    l_a, l_b = lemmas.from_surface(span[0]), lemmas.from_surface(span[1])
    l_e0, l_e1 = lemmas.from_surface(e.start), lemmas.from_surface(e.end)
    zero = e.count is not None and e.count.best == 0
    # The count's own clause first ("ранения, несовместимые с жизнью, получили четыре человека, еще двое ранены":
    # the four died), then the whole sentence.
    c_a = max([l_a, *[m.end() for m in _LEMMA_CLAUSE.finditer(lemmas.text, l_a, l_e0)]])
    after = _LEMMA_CLAUSE.search(lemmas.text, max(l_e0, l_e1 - 1), l_b)  # the count may end right at a comma
    c_b = after.start() if after else l_b
    for (a, b), penalty in (((c_a, c_b), 0), ((l_a, l_b), _OUTSIDE_CLAUSE)):
        hits = [abs(m.start() - (l_e1 if m.start() >= l_e1 else l_e0)) for m in cue.finditer(lemmas.text, a, b)
                if zero or not l_e0 <= m.start() < l_e1]
        if hits:
            return min(hits) + penalty  # a cue in the count's clause beats any outside it
    return None


def counts(text: str, lemmas: LemmaText, entities: list[Entity], evidence: list[tuple[int, int]],
           lex: IncidentLexicon, lethal: bool) -> tuple[Count | None, Count | None]:
    """Fatalities and injured: each count goes to the nearer cue in its sentence; the largest of each wins
    (tolls are revised upwards as a story goes on: "погибших стало 22" ... "жертвами стали 24 человека")."""
    deaths: list[Count] = []
    injuries: list[Count] = []
    for e in entities:
        if e.label != "QUANTITY" or e.count is None or not any(a <= e.start and e.end <= b for a, b in evidence):
            continue
        if _DETAINED_BEFORE.search(text, max(0, e.start - 40), e.start):
            continue  # "задержали трех военнослужащих, которые убили ...": the arrested, not the dead
        if _OUT_OF.search(text, max(0, e.start - 10), e.start) and not _told_as_casualties(lemmas, e, lex):
            continue  # "из 570 человек невредимыми остались 29, еще 12 ранены": the whole, not its hurt part
        span = next((a, b) for a, b in evidence if a <= e.start and e.end <= b)
        death, injury = _cue_distance(lemmas, span, e, lex.death_cues), _cue_distance(lemmas, span, e, lex.injury_cues)
        own = _own_cue(lemmas, e, lex)
        if own == "injury" and _NOT_SAVED_AFTER.match(lemmas.text, lemmas.from_surface(e.end)):
            own = "death"  # "двоих раненых спасти не удалось": the wounded died
        if own is not None:  # "двое убитых, пятеро раненых": each count names its own kind
            death, injury = (0, None) if own == "death" else (None, 0)
        if death is not None and (injury is None or death <= injury):
            deaths.append(_with_coordinated(text, span[0], e, e.count))
            hurt = _OF_THEM.match(e.text) and next((c for c in reversed(injuries) if c.span is not None
                                                   and 0 <= e.start - c.span.end < 12), None)
            if hurt and hurt.best is not None and e.count.best is not None and hurt.best > e.count.best:
                # "пострадали два человека, один из них погиб": the dead are among the hurt, not more of them
                left = hurt.best - e.count.best
                exact = hurt.low == hurt.best == hurt.high
                injuries[injuries.index(hurt)] = hurt.model_copy(
                    update={"best": left, "low": left if exact else None, "high": left if exact else None})
        elif injury is not None:
            injuries.append(e.count)

    def largest(found: list[Count]) -> Count | None:
        return max(found, key=lambda c: c.best if c.best is not None else -1) if found else None

    return (largest(deaths) if lethal else None), largest(injuries)


def _told_as_casualties(lemmas: LemmaText, e: Entity, lex: IncidentLexicon) -> bool:
    """"(из) двух пострадавших", "(из) 11 погибших": a count whose own last word or the word after it is a death or
    injury cue."""
    own = lemmas.text[lemmas.from_surface(e.start):lemmas.from_surface(e.end)].split()
    after = lemmas.text[lemmas.from_surface(e.end):].split()[:1] if len(own) == 1 else []
    return any(lex.death_cues.fullmatch(w) or lex.injury_cues.fullmatch(w) for w in [*own[-1:], *after])


def _own_cue(lemmas: LemmaText, e: Entity, lex: IncidentLexicon) -> str | None:
    """"двое убитых", "11 погибших", "пятеро раненых": a count whose own last word is a death or injury cue (not
    "один из раненых", which counts out of them)."""
    own = lemmas.text[lemmas.from_surface(e.start):lemmas.from_surface(e.end)].strip()
    words = own.split()
    if len(words) < 2 or "из" in words:
        return None
    last = words[-1]
    if lex.death_cues.fullmatch(last):
        return "death"
    if lex.injury_cues.fullmatch(last):
        return "injury"
    return None


# A count right after an arrest verb is of the people held ("задержала трех", "арестованы двое подозреваемых").
_DETAINED_BEFORE = re.compile(r"(?<![\w-])(?:задержал[аио]?|задержан[аоы]?|задержали|арестовал[аио]?|арестован[аоы]?|"
                              r"поймал[аио]?|поймали|задержать|арестовать)\s+(?:(?!и\s)(?:еще|ещё|всех|сразу|уже|полиция|полицейские)\s+)?$",
                              re.IGNORECASE)
_NOT_SAVED_AFTER = re.compile(r"\s*(?:\S+ ){0,2}?(?:спасти|спасать) (?:\S+ ){0,2}?не удаться\b")
_OUT_OF = re.compile(r"(?<![\w-])(?:из|изо)\s+$", re.IGNORECASE)
_OF_THEM = re.compile(r"\S+\s+из\s+(?:них|которых)$", re.IGNORECASE)
_COORDINATED = re.compile(r"((?:[а-яё]+(?:\s*,\s*|\s+и\s+))+)$", re.IGNORECASE)


def _with_coordinated(text: str, start: int, e: Entity, count: Count) -> Count:
    """"погибли офицер и двое солдат": one more for each singular person named before the count in a list."""
    from .models import parses

    m = _COORDINATED.search(text, start, e.start)
    if m is None or count.best is None:
        return count
    from .incidents import incident_lexicon  # (the stage imports this module)

    lex = incident_lexicon()
    extra = sum(1 for word in re.findall(r"[а-яё]+", m.group(1).lower())
                if (found := parses(word)) and found[0].tag.POS == "NOUN" and found[0].tag.number == "sing"
                and found[0].tag.case == "nomn" and found[0].normal_form.replace("ё", "е") in lex.person_nouns)
    if not extra:
        return count

    def bump(n: int | None) -> int | None:
        return None if n is None else n + extra

    return Count(best=bump(count.best), low=bump(count.low), high=bump(count.high),
                 text=text[m.start(1):e.end], span=count.span)


_KILLING = re.compile(r"(?<![\w-])(?:смертельно\s+ранил[аи]?|застрелил[аи]?|убил[аи]?|избил[аи]?\s+до\s+смерти|"
                      r"расстрелял[аи]?|зарезал[аи]?|забил[аи]?|застрелен[аоы]?|"
                      r"убит[аоы]?|расстрелян[аоы]?|заколол[аи]?|обнулил[аи]?)(?![\w-])", re.IGNORECASE)
_ONE_VICTIM = re.compile(r"(?<![\w-])(?:его|её|ее|был\s+|была\s+)\s*$|^\s*(?:его|её|ее)(?![\w-])", re.IGNORECASE)


def _one_person(word: str, cases: tuple[str, ...]) -> bool | None:
    """True for one person in one of ``cases`` ("тракториста", "военного"), False for another noun or a number,
    None for a modifier to read past ("местного", "задержанного")."""
    from .incidents import incident_lexicon  # (the stage imports this module)
    from .models import parses

    found = parses(word)
    tag = found[0].tag if found else None
    if tag is None:
        return False
    person = found[0].normal_form.replace("ё", "е") in incident_lexicon().person_nouns or (
        tag.POS == "NOUN" and tag.animacy == "anim")
    if tag.POS == "NOUN" or person:
        # ("мужчины" reads first as a plural nominative: any singular reading in the case will do)
        return bool(person and any(p.tag.number == "sing" and p.tag.case in cases for p in found
                                   if p.tag.POS == tag.POS))
    return None if tag.POS in ("ADJF", "PRTF") else False


def _person_object(text: str, start: int, end: int) -> bool:
    """"убил волонтера", "застрелили местного жителя": the killing verb's object is one person, a singular
    animate noun in the accusative (after at most two modifiers)."""
    stretch = re.split(r"[,.;:!?—–(]", text[start:end], maxsplit=1)[0]
    for word in re.findall(r"[а-яё]+", stretch.lower())[:3]:
        one = _one_person(word, ("accs", "gent"))
        if one is not None:
            return one
    return False


def single_death(report: Report, triggers: list[tuple[int, int]]) -> Count | None:
    """One death when a killing verb has one victim: "его застрелил", "был убит", "застрелил сослуживца"."""
    text = report.document.text
    for start, end in triggers:
        verb = _KILLING.search(text, start, end)
        if verb is None:
            continue
        before, after = text[max(0, verb.start() - 12):verb.start()], text[verb.end():verb.end() + 6]
        singular_object = bool(re.match(r"\s+(?:\w+\s+)?(?:сослуживца|товарища|однополчанина|солдата|бойца|"
                                        r"рядового|контрактника|срочника|военнослужащего|офицера|командира|сержанта)\b",
                                        text[verb.end():verb.end() + 40])) or _person_object(text, verb.end(),
                                                                                           verb.end() + 40)
        # "контрактника застрелили свои же": the one victim put before the verb
        put_first = re.findall(r"[а-яё]+", text[max(0, verb.start() - 40):verb.start()].lower())[-1:]
        victim_first = bool(put_first) and _one_person(put_first[0], ("accs", "gent")) is True
        if _ONE_VICTIM.search(before) or _ONE_VICTIM.search(after) or singular_object or victim_first:
            return Count(best=1, low=1, high=1, text=text[start:end], span=report.span(start, end))
    return None


# ("получил смертельные ранения": fatal wounds are a death, not an injury)
_LONE_DEATH = re.compile(r"(?<![\w-])(?:погиб|погибла|скончал(?:ся|ась)|умер|умерла|убит|убита|"
                         r"покончил[аи]?\s+с\s+собой|получил[а]?\s+смертельн\w+\s+ранени[ея])(?![\w-])",
                         re.IGNORECASE)
LONE_INJURY = re.compile(r"(?<![\w-])(?:ранен|ранена|пострадал|пострадала|травмирован|травмирована|"
                          r"госпитализирован|госпитализирована|получил[а]?\s+(?!смертельн)(?:[\w-]+\s+){0,2}ранени[ея]|"
                          r"ранени[ея]\s+(?:[\w-]+\s+){0,2}получил[а]?)(?![\w-])", re.IGNORECASE)
# "Жертв нет", "обошлось без пострадавших": nobody died (and, for the second kind, nobody was hurt either).
NO_DEATHS = re.compile(r"(?<![\w-])(?:(?:жертв|погибших)\s+нет|без\s+(?:жертв|погибших)|никто\s+не\s+погиб)"
                        r"(?![\w-])", re.IGNORECASE)
# ("водитель не пострадал", "пассажиры не пострадали": the people there named as unhurt; kept for when no toll is told)
NO_VICTIMS = re.compile(r"(?<![\w-])(?:(?:пострадавших|раненых)\s+нет|без\s+(?:пострадавших|раненых)|"
                         r"никто\s+не\s+(?:пострадал|ранен)|(?:водитель|пассажиры|экипаж|люди|жильцы|жители|"
                         r"военнослужащие|сотрудники|рабочие)\s+не\s+пострадал[иа]?)(?![\w-])", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"(?<![\w-])не\s+$", re.IGNORECASE)



# "мужчину спасти не удалось", "спасти водителя не удалось", "не удалось спасти ещё одну женщину": one death, the
# one person told as the object no one could save (a number, "двоих раненых спасти не удалось", is a count).
_SAVED = (r"(?:(?:ещ[её]\s+)?(?:одного|одну)\s+)?(?:[\w-]+\s+)?(?:мужчину|женщину|ребенка|ребёнка|водителя|пенсионера|"
          r"пенсионерку|подростка|мальчика|девочку|военного|солдата|бойца|жителя|жительницу|человека|пострадавшего|"
          r"пострадавшую|раненого|раненую|пассажира|пассажирку|его|её|ее)")
NOT_SAVED = re.compile(rf"(?<![\w-]){_SAVED}\s+(?:(?:[\w-]+\s+)?спасти|спасти\s+(?:[\w-]+\s+)?)не\s+удалось(?![\w-])|"
                       rf"(?<![\w-])не\s+удалось\s+спасти\s+{_SAVED}(?![\w-])", re.IGNORECASE)


# "обнаружено тело солдата", "найден мертвым срочник": one death (plurals, "тела", are not matched).
BODY = re.compile(r"(?<![\w-])(?:обнаружен[аоы]?|найден[аоы]?)\s+(?:(?:мертвым|мертвой|тело|повешенным)\s+)"
                   r"(?:[а-яё]+\s+){0,2}?(?:солдат\w*|срочник\w*|военнослужащ\w+|мобилизованн\w+|контрактник\w*|"
                   r"курсант\w*|призывник\w*|рядов\w+)", re.IGNORECASE)



# "Мобилизованного нашли повешенным", "обнаружили мёртвым срочника", "её нашли мертвой": one body found, told by
# the active verb, the singular of the state it was found in saying one (plurals, "мертвыми", are counted by number).
FOUND_DEAD = re.compile(r"(?<![\w-])(?:нашли|обнаружили|найден[аоы]?|обнаружен[аоы]?)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:м[её]ртвым|м[её]ртвой|повешенным|повешенной|застреленным|застреленной|"
                        r"без\s+признаков\s+жизни(?=\s+(?:[\w-]+\s+)?(?:его|её|ее|тело)\b))(?![\w-])",
                        re.IGNORECASE)


def lone_victim(report: Report, spans: list[tuple[int, int]], lex: IncidentLexicon,
                verbs: re.Pattern[str] = _LONE_DEATH) -> Count | None:
    """One victim when a singular death (or injury) verb has one person as its subject, with no number: "погиб
    мирный житель", "мужчина скончался", "ранен водитель" (the verb's gender and number say one)."""
    from .models import parses

    text = report.document.text
    for a, b in spans:
        for verb in verbs.finditer(text, a, b):
            if _NOT_BEFORE.search(text, max(a, verb.start() - 4), verb.start()):
                continue  # "водитель не пострадал": unhurt
            clause_start = max([a, *[m.end() for m in CLAUSE_BREAK.finditer(text, a, verb.start())]])
            after = re.search(r"[,;:.!?—–]|$", text[verb.end():b])
            clause_end = verb.end() + (after.start() if after else 0)
            before = re.findall(r"[а-яё]+", text[clause_start:verb.start()].lower())
            near = before[-3:]
            if len(before) > 3 and not any(_subject_noun(word) for word in before[1:]):
                # "Военнослужащий 76-й десантно-штурмовой дивизии покончил с собой": the subject before its unit
                near = [before[0], *near]
            following = re.findall(r"[а-яё]+", text[verb.end():clause_end].lower())[:3]
            first_after = following[0] if following else None
            near += following
            for word in near:
                found = parses(word)
                tag = found[0].tag if found else None
                # "один погиб, второй ранен", "другой получил ранения", "ещё одна госпитализирована": the other of
                # the people just told (its first parse may be a feminine oblique case, "второй" of "второй роты",
                # so it is read as a word)
                if (word in _THE_OTHER or word in ("один", "одна")) and clause_start > a:
                    return Count(best=1, low=1, high=1, text=text[verb.start():verb.end()],
                                 span=report.span(verb.start(), verb.end()))
                if tag is None or tag.number != "sing" or tag.case != "nomn":
                    continue
                # "погиб охранник", "убит военный" (an adjective as a noun), "он был убит" (a pronoun)
                # ("умер 43-летний мобилизованный": a participle as the noun, its lemma the verb's)
                # ("на сборах умер Иван Петров": a person's name right after the verb, one person)
                named = word == first_after and tag.POS == "NOUN" and ("Name" in tag or "Surn" in tag)
                if (tag.POS in ("NOUN", "ADJF", "PRTF") and found[0].normal_form.replace("ё", "е") in lex.person_nouns
                        or tag.POS == "NPRO" and word in ("он", "она") or _common_person(found[0]) or named):
                    return Count(best=1, low=1, high=1, text=text[verb.start():verb.end()],
                                 span=report.span(verb.start(), verb.end()))
    return None


def _subject_noun(word: str) -> bool:
    """A noun that can only be a subject here: nominative, with no genitive reading ("бригады" may be either)."""
    from .models import parses

    found = [p for p in parses(word) if p.tag.POS == "NOUN"]
    return bool(found) and found[0].tag.case == "nomn" and not any(p.tag.case == "gent" for p in found)


def _common_person(parse: Any) -> bool:
    """"погибла медсестра", "ранен тракторист": a common noun for a person (animate, not a name or a place)."""
    tag = parse.tag
    return (tag.POS == "NOUN" and tag.animacy == "anim" and parse.score >= 0.3
            and not any(g in tag for g in ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")))


_THE_OTHER = frozenset({"второй", "другой", "третий", "последний"})
_PERSON = (r"(?:мужчина|женщина|ребенок|ребёнок|подросток|пенсионер|пенсионерка|девочка|мальчик|военный|солдат|"
           r"офицер|водитель|сын|дочь|мать|отец|муж|жена|невестка|зять|брат|сестра|бабушка|дедушка|внук|внучка)")
# "Мужчина и женщина погибли", "погибли мужчина и ребенок": two victims named without a number.
PAIR_DEATH = re.compile(rf"(?<![\w-]){_PERSON}\s+и\s+{_PERSON}\s+(?:погибли|скончались|убиты)(?![\w-])|"
                         rf"(?<![\w-])(?:погибли|скончались|убиты)\s+{_PERSON}\s+и\s+{_PERSON}(?![\w-])", re.IGNORECASE)
# "Ранены 26-летний водитель и пассажир", "пострадали охранник и его напарница", "Водитель и пассажирка
# госпитализированы": two wounded named without a number, each with at most two words before it.
_HURT_PERSON = (r"(?:[\w-]+\s+){0,2}?(?:мужчина|женщина|ребенок|ребёнок|подросток|пенсионер|пенсионерка|девочка|"
                r"мальчик|военный|солдат|офицер|водитель|пассажир|пассажирка|волонтер|волонтёр|волонтерка|охранник|"
                r"напарник|напарница|сын|дочь|мать|отец|муж|жена|брат|сестра|бабушка|дедушка|внук|внучка|"
                r"журналист|оператор|медик|спасатель|полицейский|фермер|тракторист|сотрудник|сотрудница|сторож|рабочий|"
                r"работник|работница|житель|жительница|прохожий)")
PAIR_INJURY = re.compile(rf"(?<![\w-])(?:ранены|пострадали|травмированы|госпитализированы|получили\s+ранения)\s+"
                         rf"{_HURT_PERSON}\s+и\s+{_HURT_PERSON}(?![\w-])|(?<![\w-]){_HURT_PERSON}\s+и\s+"
                         rf"{_HURT_PERSON}\s+(?:ранены|пострадали|травмированы|госпитализированы|получили\s+ранения)"
                         rf"(?![\w-])", re.IGNORECASE)


# "сообщил о гибели мирного жителя", "после ранения военнослужащего": a death (an injury) told as a noun whose
# victim is one person, a singular genitive person noun after at most two adjectives.
# ("удар унес жизнь 45-летнего мужчины": a life taken, its one owner after it)
NOMINAL_DEATH = re.compile(r"(?<![\w-])(?:гибел[иь]|смерт[иь]|убийств[оау]|(?:унес|унёс|унесл[аои]|оборвал[аои]?|"
                           r"забрал[аои]?)\s+жизн[ьи])\s+", re.IGNORECASE)
# One person wounded, named by a pronoun: "осколок ранил его в ногу", "её доставили в больницу с ранениями".
PRONOUN_INJURY = re.compile(r"(?<![\w-])(?:ранил[аои]?|ранили|травмировал[аои]?|травмировали|контузил[аои]?)\s+"
                            r"(?:его|её|ее)(?![\w-])|(?<![\w-])(?:его|её|ее)\s+(?:ранил[аои]?|ранили|"
                            r"госпитализировали|(?:доставили|увезли|отвезли)\s+в\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:больниц|госпитал)\w*)(?![\w-])", re.IGNORECASE)
NOMINAL_INJURY = re.compile(r"(?<![\w-])(?:ранени[еяю]|травмировани[еяю])\s+", re.IGNORECASE)


def nominal_victim(report: Report, spans: list[tuple[int, int]],
                   nouns: re.Pattern[str] = NOMINAL_DEATH) -> Count | None:
    """One victim of a death (an injury) told as a noun: "о гибели тракториста", "после ранения военного"."""
    text = report.document.text
    for a, b in spans:
        for m in nouns.finditer(text, a, b):
            stretch = re.split(r"[,.;:!?—–(]", text[m.end():b], maxsplit=1)[0]
            for word in re.findall(r"[а-яё]+", stretch.lower())[:3]:
                one = _one_person(word, ("gent",))
                if one:
                    return Count(best=1, low=1, high=1, text=text[m.start():m.end()].strip(),
                                 span=report.span(m.start(), m.end()))
                if one is False:
                    break
    return None
