"""Ukrainian casualty counts for an incident: a count with its casualty word in the same clause, a region's
total kept apart from a town's figures, named victims and pairs, and the phrases that state a toll without a
number ("загинув чоловік", "без постраждалих")."""

from __future__ import annotations

import re

from ...incidents import slots
from ...incidents.lexicon import IncidentLexicon
from ...models import Count, Entity, Report

_FLAGS = re.IGNORECASE
# one man killed, told by who he was: "стратили полоненого українського воїна", "зарізав підлеглого"
_ONE_KILLED = (r"(?:командира|товариша|побратима|співслужбовця|чоловіка|жінку|сина|батька|військового|підлеглого|"
               r"солдата|бійця|полоненого|військовополоненого|воїна|захисника|мобілізованого|офіцера|сержанта|"
               r"рядового|контрактника|штурмовика|цивільного|мешканця|пенсіонера|водія|заступника|начальника|"
               r"інструктора|морпіха|піхотинця|десантника|нацгвардійця|прикордонника|курсанта|прапорщика|"
               r"лейтенанта|капітана|майора|старшину|медика|поліцейського|охоронця|вартового|чергового)(?![\w'’])")
_SINGLE_DEATH = re.compile(r"(?<![\w'’])(?:загинув|загинула|помер|померла|вбито|убито|загинула\s+людина|"
                           # "є загиблий і четверо поранених": one death told by its noun
                           r"(?:є|маємо)\s+(?:один\s+|одна\s+)?(?:загиблий|загибла|загинулий)|"
                           r"(?:застрелив|застрелила|застрелили|вбив|убив|вбила|вбили|убили|зарізав|зарізали|"
                           r"розстріляв|розстріляли|стратив|стратили|забив|забили|добив|добили)\s+(?:(?:свого|свою)\s+(?:же?\s+)?)?"
                           r"(?:[\w'’-]+(?:ого|ього)\s+){0,2}" + _ONE_KILLED + r"|"
                           # the victim first: "Військового ... вбив співслужбовець"
                           r"(?<![\w'’-])" + _ONE_KILLED + r"\s+(?:[\w'’-]+\s+){0,5}?(?:застрелив|вбив|убив|зарізав|"
                           r"розстріляв|стратив|забив)\s+(?:[\w'’-]+\s+)?(?:співслужбов\w+|командир\w*|сержант\w*|"
                           r"товариш\w*|офіцер\w*|побратим\w*|підлегл\w+)|"
                           r"дістав\w*\s+(?:смертельн\w+\s+поранен\w+|травми,?\s+несумісні\s+з\s+життям)|"
                           r"смертельн\w+\s+поранен\w+|"
                           # a suicide is one death: "наклав на себе руки", "скоїв самогубство", "застрелився сам"
                           r"(?:наклав|наклала)\s+на\s+себе\s+руки|(?:скоїв|скоїла|вчинив|вчинила)\s+самогубство|"
                           r"покінчи(?:в|ла)\s+(?:життя\s+)?(?:із|з)\s+собою|застрелився|застрелилася|"
                           r"повісився|повісилася|"
                           # one found dead: "знайшли мертвим 24-річного мобілізованого", "виявили без ознак життя"
                           r"(?:знайшли|знайдено|виявили|виявлено)\s+(?:[\w'’-]+\s+){0,2}?(?:мертвим|мертвою|мертвого|"
                           r"мертву|без\s+ознак\s+життя|тіло))(?![\w'’])", _FLAGS)
# (one victim told by who they are to another: "поранено його 65-річного товариша", "поранили її сина")
_KIN = r"(?:(?:його|її|їхнього|їхню|свого|свою)\s+)?(?:\d+[-‑]річн\w+\s+)?"
_ONE_HURT = (r"(?:чоловіка|жінку|дитину|пенсіонерку|пенсіонера|хлопця|дівчину|військового|цивільного|мешканця|"
             r"мешканку|людину|водія|пасажира|товариша|друга|подругу|сусіда|сусідку|брата|сестру|сина|доньку|дочку|"
             r"батька|матір|онука|онуку|колегу|напарника|напарницю|знайомого|знайому)")
_SINGLE_INJURY = re.compile(r"(?<![\w'’])(?:постраждав|постраждала|дістав\w*\s+поранення|дістала\s+поранення|"
                            r"(?:зазнав|зазнала|отримав|отримала)\s+(?:[\w'’-]+\s+)?поранен\w+|"
                            # "потерпілий дістав тяжкі тілесні ушкодження": a beaten man's injuries
                            r"(?:дістав|дістала|зазнав|зазнала|отримав|отримала|заподіяв\w*|завдав\w*)\s+"
                            r"(?:[\w'’-]+\s+){0,3}?тілесн\w+\s+ушкоджен\w+|"
                            r"поранен\w+\s+(?:зазнав|зазнала|отримав|отримала|дістав|дістала)|"
                            r"(?:поранено|поранив|поранила|поранили)\s+" + _KIN + _ONE_HURT + r"|травмован\w+|"
                            r"(?:поранений|поранена)(?!\s+\w+их)|"
                            # "медики надали допомогу 58-річній жінці": one hurt, told by her care
                            r"(?:надають|надали|надавали|надано)\s+(?:[\w'’]+\s+)?(?:медичну\s+)?допомогу\s+"
                            r"(?:(?:\d+[-‑]|[\w'’]+)річн\w+\s+)?(?:місцев\w+\s+)?(?:чоловікові|чоловіку|жінці|жительці|"
                            r"жителеві|жителю|мешканці|мешканцеві|мешканцю|дитині|пенсіонерці|пенсіонерові|пенсіонеру|"
                            r"водієві|водію|хлопцеві|хлопцю|дівчині|підліткові|підлітку))(?![\w'’])", _FLAGS)
# "розстріляли подружжя пенсіонерів", "загинуло подружжя": a married couple is two people
_COUPLE_DEATH = re.compile(r"(?<![\w'’])(?:(?:загинул\w*|загинуло|вбит\w*|убит\w*|вбили|убили|розстріля\w+|застрели\w+|"
                           r"стратил\w*|стратив)\s+(?:[\w'’-]+\s+)?подружж\w+|подружж\w+\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:загинул\w*|загинуло|вбил\w*|убил\w*|розстріля\w+))(?![\w'’])", _FLAGS)
# "Обійшлося без постраждалих", "ніхто не загинув": the text says nobody was (0, not unknown).
# ("постраждалих серед населення немає", "жертв серед цивільних немає": the people it is about named between)
_AMONG = r"(?:серед\s+(?:[\w'’-]+\s+){1,2}?)?"
_NO_INJURED = re.compile(r"(?<![\w'’])(?:без\s+(?:постраждалих|поранених|травмованих)|ніхто\s+не\s+(?:постраждав|"
                         r"був\s+поранений|травмований)|(?:постраждалих|поранених)\s+" + _AMONG + r"(?:немає|нема)|"
                         r"(?:люди|людина)\s+не\s+"
                         r"постраждал\w*)(?![\w'’])", _FLAGS)
_NO_DEATHS = re.compile(r"(?<![\w'’])(?:без\s+(?:жертв|загиблих)|ніхто\s+не\s+загинув|(?:загиблих|жертв)\s+" + _AMONG
                        + r"(?:немає|нема)|обійшлося\s+без\s+(?:жертв|постраждалих))(?![\w'’])", _FLAGS)
# "Кількість загиблих зросла до п'яти": the new total, which outranks every earlier figure.
_TOTAL_BEFORE = {
    "dead": re.compile(r"(?:кількість|число)\s+(?:загиблих|жертв|вбитих|загинулих)\s+(?:[\w'’,]+\s+){0,8}?"
                       r"(?:зросл\w+|збільшил\w+|сягнул\w+|досягл\w+)\s+(?:до\s+)?$", _FLAGS),
    "hurt": re.compile(r"(?:кількість|число)\s+(?:поранених|постраждалих|травмованих)\s+(?:[\w'’,]+\s+){0,8}?"
                       r"(?:зросл\w+|збільшил\w+|сягнул\w+|досягл\w+)\s+(?:до\s+)?$", _FLAGS),
}
# "Ще одна смерть ... Раніше ми повідомляли про одного загиблого": the earlier toll plus the new death.
_ONE_MORE_DEATH = re.compile(r"(?<![\w'’])ще\s+(?:одна\s+смерть|один\s+загиблий|одна\s+жертва|"
                             r"(?:одна|один|одного)\s+(?:[\w'’-]+\s+){0,2}?(?:загинул\w*|загинув|помер\w*|"
                             r"загиблого|загиблий))(?![\w'’])", _FLAGS)
_EARLIER_TOLL = re.compile(r"(?<![\w'’])(?:раніше|до\s+того|напередодні)\s+(?:[\w'’]+\s+){0,3}?"
                           r"(?:повідомля\w+|повідомил\w+|йшлося|було\s+відомо|інформували)\s+про\s+$", _FLAGS)
# One named victim beside a count: "поранено 16-річну дівчину та двох чоловіків" is three people.
_ONE_PERSON = (r"(?:(?:\d+[-‑]|[\w'’]+)річн\w+\s+)?(?:чоловіка|чоловік|жінку|жінка|дитину|дитина|хлопця|хлопець|"
               r"дівчину|дівчина|дівчинку|дівчинка|хлопчика|хлопчик|немовля|"
               r"пенсіонерку|пенсіонерка|пенсіонера|пенсіонер|підлітка|підліток|військового|поліцейського|"
               r"водій|водія|експедитор|експедитора|пасажир|пасажирка|пасажира|фермер|фермера|тракторист|"
               r"тракториста|рятувальник|рятувальника|медик|медика|працівник|працівника|працівниця|працівницю)")
# (", ще четверо ..." after a comma opens another group: "Загинули чоловік і жінка, ще четверо поранені".)
_PERSON_AND_BEFORE = re.compile(r"(?<![\w'’])" + _ONE_PERSON + r"(?:\s*,\s+(?!ще\s)|\s+(?:та|і|й)\s+(?:ще\s+)?)$",
                                _FLAGS)
_AND_PERSON_AFTER = re.compile(r"\s*(?:,|та|і|й)\s+(?:ще\s+)?" + _ONE_PERSON + r"(?![\w'’])", _FLAGS)
# "Загинули чоловік і жінка", "поранення дістали 43-річний чоловік, жінка і трирічна дівчинка": victims named one by
# one without a number, the verb before or after them (one person for each).
# ("водій та його пасажирка": a later one told by whose she is)
_POSSESSIVE = r"(?:(?:його|її|їхн(?:ій|я|є|ю|ього|ьої)|свій|своя|свою|свого)\s+)?"
_PERSON_LIST = (r"(?P<list>" + _ONE_PERSON + r"(?:\s*,\s*" + _POSSESSIVE + _ONE_PERSON + r")*\s+(?:і|й|та)\s+"
                + _POSSESSIVE + _ONE_PERSON + r")(?![\w'’])")
_PAIR_DEATH = re.compile(r"(?<![\w'’])(?:(?:загинули|загинуло|вбито|убито)\s+" + _PERSON_LIST + r"|"
                         + _PERSON_LIST.replace("?P<list>", "?P<before>") + r"\s+(?:загинули|загинуло))", _FLAGS)
# "поранено чоловіків 52 і 60 років": two men told by their ages.
# "поранено чоловіків 52 і 60 років", "загинули жінки 72, 67 і 45 років": victims told by a list of their ages,
# one person for each age.
_AGED_PEOPLE = (r"\s+(?:чоловік(?:и|ів)|жін(?:ки|ок)|люд(?:и|ей)|діт(?:и|ей)|хлопц(?:і|ів)|дівчат[аи]?|підлітк(?:и|ів)|"
                r"пенсіонер(?:и|ів|ки|ок)|мешкан(?:ці|ців|ки|ок)|військов(?:і|их)|цивільн(?:і|их)|водії|водіїв)\s+"
                r"(?:віком\s+)?(?P<ages>\d{1,3}(?:\s*,\s*\d{1,3})*\s+(?:і|й|та)\s+\d{1,3})\s+(?:рік|роки|року|років)(?![\w'’])")
_AGED_DEATHS = re.compile(r"(?<![\w'’])(?:загинули|загинуло|вбито|убито|загиблі)" + _AGED_PEOPLE, _FLAGS)
_AGED_INJURED = re.compile(r"(?<![\w'’])(?:поранено|поранені|постраждали|травмовано|травмовані|госпіталізовано|"
                           r"госпіталізовані)" + _AGED_PEOPLE, _FLAGS)
# "постраждали 47-річна жінка і 47-річний чоловік": two hurt, named without a number.
_HURT_VERB = (r"(?:постраждали|поранені|поранено|травмовані|травмовано|госпіталізовано|госпіталізували|"
              r"(?:[\w'’]+\s+)?поранення\s+(?:дістали|отримали|зазнали)|(?:дістали|отримали|зазнали)\s+"
              r"(?:[\w'’]+\s+)?поранен\w+)")
_PAIR_INJURY = re.compile(r"(?<![\w'’])(?:" + _HURT_VERB + r"\s+" + _PERSON_LIST + r"|"
                          + _PERSON_LIST.replace("?P<list>", "?P<before>") + r"\s+" + _HURT_VERB + r")", _FLAGS)
_PERSON = re.compile(r"(?<![\w'’])" + _ONE_PERSON + r"(?![\w'’])", _FLAGS)
# "загинули 12 військових і 7 цивільних": two counts of one toll.
_CASUALTY_NOUN = re.compile(r"(?<![\w'’])(?:загибл|поранен|постраждал|травм|госпіталізован|загину|зникл|дістал|"
                            r"отрима|зазна)", _FLAGS)
# "Ще 14 людей в області за добу поранені": the region's total, after the town's own figures.
_REGION_TOTAL = re.compile(r"\s+(?:[\w'’]+\s+)?(?:(?:в|у|по)\s+(?:області|регіоні|краю)|(?:(?:[\w'’]+\s+){0,2}"
                           r"(?:мешканців|жителів|людей|цивільних)\s+)?[\w'’]+(?:щини|ччини))(?![\w'’])", _FLAGS)
# "за добу в області троє загиблих": the same, told before the count
_REGION_TOTAL_BEFORE = re.compile(r"(?<![\w'’])(?:в|у|по)\s+(?:області|регіоні|краю)\s+(?:[\w'’]+\s+){0,2}$",
                                  _FLAGS)
_JOINED = re.compile(r"\s*(?:,\s*)?(?:і|й|та)\s+$", _FLAGS)
_MODAL_COUNT = re.compile(r"(?<![\w'’])(?:може|можуть|могло|могли|ймовірно|імовірно|нібито|начебто|орієнтовно)"
                          r"(?![\w'’])[^.;]{0,25}$", _FLAGS)
_SUBJECT_DONE = re.compile(r"\s+(?:(?:\d+[-‑]|[\w'’]+)річн\w+\s+)?" + _ONE_PERSON + r"\s*,\s*", _FLAGS)
_BARE_AND = re.compile(r"\s*,?\s*(?:і|й|та|а)\s+", _FLAGS)
# "вивезли чотирьох мешканців, троє з яких поранені", "п'ятеро людей, двоє з них загинули": the whole group, whose
# toll is the part counted after it
_WHOLE_OF_PART = re.compile(r"\s*,\s*(?:ще\s+)?(?:[\w'’]+\s+){1,2}?(?:з|із|серед)\s+(?:яких|них|котрих)(?![\w'’])",
                            _FLAGS)


def _clause_cue(text: str, e: Entity, span: tuple[int, int], cue: re.Pattern[str], other: re.Pattern[str]) -> bool:
    """The count's nearest casualty word in its sentence is of this kind (not crossing another count)."""
    a, b = span
    best: tuple[int, bool] | None = None
    for regex, mine in ((cue, True), (other, False)):
        for m in regex.finditer(text, a, b):
            if e.start <= m.start() < e.end:
                distance = 0
            else:
                distance = m.start() - e.end if m.start() >= e.end else e.start - m.end()
            gap = text[min(e.end, m.end()):max(e.start, m.start())]
            # "ще 28 — поранені", "сім - постраждали": a dash right between the count and its word joins them
            if gap.strip() in ("—", "–", "-"):
                distance = 0 if m.start() >= e.end else distance
            elif re.search(r"[;.:]|\s[—–]\s|,\s*(?:а|ще)\s|(?<![\w'’])(?:і|й|та|а)\s+ще\s", gap):
                # ("одна людина загинула і ще двоє дістали поранень": "і ще" opens another group)
                distance += 200
            elif m.end() <= e.start and _SUBJECT_DONE.fullmatch(gap):
                # "Загинув водій, двоє пасажирок дістали поранення": the verb before has its own victim, so the count
                # after the comma is the next verb's
                distance += 60
            elif m.end() <= e.start and _BARE_AND.fullmatch(gap):
                # "семеро загинули й восьмеро дістали поранень": a count after "і" opens the next verb's group; the
                # word before the conjunction is the previous count's (it still counts when none follows)
                distance += 60
            if best is None or distance < best[0]:
                best = (distance, mine)
    return best is not None and best[1] and best[0] < 200


def _whole_of_part(text: str, e: Entity, span: tuple[int, int], lex: IncidentLexicon) -> bool:
    """The count is a group whose toll is its part told after it, and no casualty word before it makes the group
    itself a toll ("Постраждали п'ятеро людей, двоє з них загинули" keeps the five hurt)."""
    before = text[max(span[0], e.start - 40):e.start]
    return bool(_WHOLE_OF_PART.match(text, e.end, span[1])) and not (
        lex.death_cues.search(before) or lex.injury_cues.search(before))


def counts(text: str, entities: list[Entity], evidence: list[tuple[int, int]], lex: IncidentLexicon,
           lethal: bool, regional: bool = True) -> tuple[Count | None, Count | None]:
    """Deaths and injuries in the evidence; a region's total ("Ще 14 людей в області") only for an incident
    placed no lower than the region (``regional``)."""
    found: dict[str, Count] = {}
    modal: dict[str, Count] = {}
    for kind, cue, other in (("dead", lex.death_cues, lex.injury_cues), ("hurt", lex.injury_cues, lex.death_cues)):
        for span in evidence:
            for e in entities:
                if e.label != "QUANTITY" or e.count is None or not _inside(e, [span]) or _whole_of_part(
                        text, e, span, lex):
                    continue
                if _clause_cue(text, e, span, cue, other):
                    # "загиблих може бути 22": a figure someone only thinks possible ranks after a stated one
                    total = (_REGION_TOTAL.match(text, e.end, span[1])
                             or _REGION_TOTAL_BEFORE.search(text, max(span[0], e.start - 40), e.start))
                    if total and not regional:
                        continue  # "Ще 14 людей в області": the region's sum, not the town's
                    target = modal if total or _MODAL_COUNT.search(text, max(span[0], e.start - 40), e.start) \
                        else found
                    count = _with_joined_count(text, e, _with_named_victims(text, e, e.count, other), entities)
                    old = target.get(kind)
                    if old is None or (count.best or 0) > (old.best or 0):
                        target[kind] = count
    dead, hurt = found.get("dead") or modal.get("dead"), found.get("hurt") or modal.get("hurt")
    totals = _totals(text, entities, evidence)
    dead, hurt = totals.get("dead", dead), totals.get("hurt", hurt)
    if dead is not None and "dead" not in totals and any(_ONE_MORE_DEATH.search(text, a, b) for a, b in evidence):
        earlier = next((e.count for e in entities if e.count is dead and _EARLIER_TOLL.search(
            text, max(0, e.start - 60), e.start)), None)
        if earlier is not None and earlier.best is not None:
            n = earlier.best + 1
            dead = Count(best=n, low=n, high=n, text=earlier.text, span=earlier.span)
    return (dead if lethal else None), hurt


def _with_joined_count(text: str, e: Entity, count: Count, entities: list[Entity]) -> Count:
    """"12 військових і 7 цивільних": the count plus a count of other people joined to it by "і"/"та"."""
    nxt = next((x for x in entities if x.label == "QUANTITY" and x.count is not None and x.start >= e.end
                and _JOINED.fullmatch(text, e.end, x.start)), None)
    if nxt is None or nxt.count is None or count.best is None or nxt.count.best is None:
        return count
    rest = re.match(r"[^,.;:!?]*", text[nxt.end:nxt.end + 60])
    if (any(_CASUALTY_NOUN.search(t) for t in (e.text, nxt.text, rest.group() if rest else ""))
            or not re.search(r"[\w'’]+\s+[\w'’]+", nxt.text)):
        # "двоє загиблих і троє поранених", "двоє людей і троє дістали травми": two tolls, not one; and the
        # second count must name its people ("7 цивільних"), not stand alone before a verb of its own.
        return count

    def add(a: int | None, b: int | None) -> int | None:
        return None if a is None or b is None else a + b

    return Count(best=add(count.best, nxt.count.best), low=add(count.low, nxt.count.low),
                 high=add(count.high, nxt.count.high), text=text[e.start:nxt.end], span=count.span)


def _with_named_victims(text: str, e: Entity, count: Count, other: re.Pattern[str]) -> Count:
    """The count plus one for each single victim coordinated with it in the same phrase (not one the other kind's
    verb tells: "загинула жінка, семеро поранених" is one dead and seven hurt)."""
    before = _PERSON_AND_BEFORE.search(text, max(0, e.start - 50), e.start)
    if before is not None and other.search(text, max(0, before.start() - 25), before.start()):
        before = None
    extra = int(bool(before))
    extra += int(bool(_AND_PERSON_AFTER.match(text, e.end)))
    if not extra or count.best is None or count.low != count.high:
        return count
    n = count.best + extra
    return Count(best=n, low=n, high=n, text=count.text, span=count.span)


def _totals(text: str, entities: list[Entity], evidence: list[tuple[int, int]]) -> dict[str, Count]:
    """Counts stated as a risen total ("кількість загиблих зросла до 12")."""
    out: dict[str, Count] = {}
    for span in evidence:
        for e in entities:
            if e.label != "QUANTITY" or e.count is None or not _inside(e, [span]):
                continue
            for kind, regex in _TOTAL_BEFORE.items():
                if regex.search(text, max(span[0], e.start - 120), e.start):
                    out[kind] = e.count
    return out


def _inside(e: Entity, spans: list[tuple[int, int]]) -> bool:
    return any(a <= e.start and e.end <= b for a, b in spans)


# "загинули двоє людей: у селі Борова — 70-річний чоловік, у місті Ізюмі — жінка": a town's victim after a
# dash, the toll's verb told once before the list (one person each, of the verb's kind)
_GAPPED_VICTIM = re.compile(r"\s*(?:у|в|на)\s+[^—–;:.]{1,80}?\s[—–-]\s+(?:(?:\d+[-‑]|[\w'’]+)річн\w+\s+)?"
                            r"(?:чоловік|жінка|дитина|хлопець|дівчина|дівчинка|хлопчик|пенсіонер|пенсіонерка|підліток|"
                            r"військовий|водій|мешканець|мешканка|людина)(?![\w'’])", _FLAGS)
_LISTED_HURT = re.compile(r"(?<![\w'’])(?:постраждал\w*|поранен\w*|травмован\w*)(?![\w'’])", _FLAGS)
_LISTED_DEAD = re.compile(r"(?<![\w'’])(?:загинул\w*|загибл\w*|вбит\w*|убит\w*)(?![\w'’])", _FLAGS)


def gapped_victim(report: Report, told: list[tuple[int, int]]) -> tuple[Count | None, Count | None]:
    """The one victim of a town told after a dash in a list whose toll verb came before it in the sentence."""
    text = report.document.text
    a, b = told[0]
    m = _GAPPED_VICTIM.match(text, a, b)
    if m is None:
        return None, None
    lead = text[max(text.rfind("\n", 0, a), max(text.rfind(c, 0, a) for c in ".!?")) + 1:a]
    cues = [(x.start(), kind) for kind, regex in (("dead", _LISTED_DEAD), ("hurt", _LISTED_HURT))
            for x in regex.finditer(lead)]
    if not cues:
        return None, None
    one = Count(best=1, low=1, high=1, text=m.group().strip(), span=report.span(m.start(), m.end()))
    return (one, None) if max(cues)[1] == "dead" else (None, one)


def stated_without_number(report: Report, told: list[tuple[int, int]], fatalities: Count | None,
                          injured: Count | None) -> tuple[Count | None, Count | None]:
    """The counts a lethal incident's telling states without a number, where no number gave them."""
    if fatalities is None and injured is None:
        fatalities, injured = gapped_victim(report, told)
    if fatalities is None:
        fatalities = (_listed(report, told, _PAIR_DEATH) or _by_ages(report, told, _AGED_DEATHS)
                      or slots.count_from(report, told, _COUPLE_DEATH, 2)
                      or slots.count_from(report, told, _SINGLE_DEATH)
                      or slots.count_from(report, told, _NO_DEATHS, 0))
    if injured is None:
        injured = (_listed(report, told, _PAIR_INJURY) or _by_ages(report, told, _AGED_INJURED)
                   or slots.count_from(report, told, _SINGLE_INJURY)
                   or slots.count_from(report, told, _NO_INJURED, 0))
    if fatalities is None and injured is not None and injured.best == 0:
        fatalities = slots.count_from(report, told, _NO_INJURED, 0)  # nobody hurt: nobody killed either
    return fatalities, injured


def _by_ages(report: Report, told: list[tuple[int, int]], regex: re.Pattern[str]) -> Count | None:
    """As many victims as ages listed ("загинули чоловіки 31 і 21 року": two), from the first span that lists them."""
    text = report.document.text
    for a, b in told:
        m = regex.search(text, a, b)
        if m is not None:
            n = len(re.findall(r"\d+", m.group("ages")))
            return Count(best=n, low=n, high=n, text=m.group(), span=report.span(m.start(), m.end()))
    return None


def _listed(report: Report, told: list[tuple[int, int]], regex: re.Pattern[str]) -> Count | None:
    """As many victims as people listed by the toll's verb, from the first span that lists them."""
    text = report.document.text
    for a, b in told:
        m = regex.search(text, a, b)
        if m is not None:
            n = len(_PERSON.findall(m.group("list") or m.group("before")))
            return Count(best=n, low=n, high=n, text=m.group(), span=report.span(m.start(), m.end()))
    return None
