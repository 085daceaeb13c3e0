"""Deaths and injuries told in an incident's sentences, read from the verb each count belongs to.

"killed five and injured 48", "injuring four others", "wounded a dozen more", "injured another", "killing a
64-year-old woman", "two soldiers were killed": a count belongs to the casualty verb right before it or to the
one that follows it in its clause. "No civilian casualties" is 0 only when no count of the dead is given for
anyone else ("two soldiers were killed" beside it wins).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Count, Span
from ..text.numbers import find_counts

_DEATH = (r"kill(?:ed|ing|s)?|dead|died|die|perished|slain|lost\s+their\s+lives|shot\s+dead|death\s+toll"
          r"|execut(?:ed|ing|es)|gunned\s+down|drowned|froze\s+to\s+death|did\s+not\s+(?:make\s+it|survive)|didn['’]t\s+(?:make\s+it|survive)")
_INJURY = (r"injur(?:ed|ing|es|ies|e)|wound(?:ed|ing|s)?|hurt|hospitali[sz]ed|"
           r"(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}(?:wounds?|injur(?:y|ies))|in\s+intensive\s+care|in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition|"
           r"(?:taken|rushed|admitted|brought)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?hospital|"
           r"received\s+medical\s+(?:assistance|aid|help|treatment|care)")
_BEFORE = re.compile(rf"\b(?:(?P<death>{_DEATH}|bodies\s+of|remains\s+of|"
                     rf"(?:killings?|deaths|murders?|executions?)\s+of)|(?P<injury>{_INJURY}))"
                     rf"(?:\s+(?:at\s+least|another|more\s+than|"
                     rf"about|some|nearly|almost|up\s+to|as\s+many\s+as|all(?:\s+of)?(?:\s+the)?|its|their|both))?"
                     rf"\s*(?:\b(?:to|at)\s+)?$", re.IGNORECASE)
# "a family of four ... was killed": the count of the family before its verb
_FAMILY_OF = re.compile(r"\b(?:a|the)\s+family\s+of\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
                        r"[^.;]{0,60}?\b(?:was|were|had\s+been|have\s+been)\s+(?:(?P<death>killed|wiped\s+out)|"
                        r"(?P<injury>injured|wounded|hurt))\b", re.IGNORECASE)
# "killing the crew of three": the count after the crew
_CREW_OF = re.compile(r"\b(?:(?P<death>kill(?:ed|ing|s)?)|(?P<injury>injur(?:ed|ing|es)|wound(?:ed|ing|s)?))\s+"
                      r"(?:(?:the|its|all|an?)\s+(?:\w+\s+)?crew\s+of\s+(?P<n>two|three|four|five|six|seven|eight|nine|"
                      r"ten|\d{1,2})\b|(?P<n2>both)\s+(?:\w+\s+)?(?:crew\s+members|pilots|men|soldiers|servicemen|"
                      r"airmen|occupants|passengers|brothers|parents|civilians|residents|drivers)\b)", re.IGNORECASE)
# "the crew of three did not make it", "its crew of two were killed"
_CREW_DIED = re.compile(r"\b(?:the|its|their|his|a)\s+(?:\w+\s+)?crew\s+of\s+"
                        r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b[^.;]{0,30}?\b(?:(?P<death>were\s+killed|was\s+killed|died|perished|did\s+not\s+"
                        r"(?:make\s+it|survive)|didn['’]t\s+(?:make\s+it|survive))|(?P<injury>were\s+(?:\w+\s+)?"
                        r"(?:wounded|injured|hurt)))\b", re.IGNORECASE)
# Soldiers' slang for the dead and the wounded, after the military codes "cargo 200" and "cargo 300": "Six 200s,
# and I can't even count the 300s"
_CARGO = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:"
                    # "Five of ours are 200", "six cargo 200", "three \"300\""
                    r"(?:(?:of\s+(?:ours|us|them|the\s+guys)\s+)?(?:are|were)\s+[\"“']?(?:cargo\s+)?|[\"“']?cargo\s+|[\"“'])"
                    r"(?:(?P<death>200)|(?P<injury>300))"
                    # "Six 200s, three 300s"
                    r"|(?:(?P<death2>200)|(?P<injury2>300))s)\b(?![.,]?\d)(?!-?\s*(?:mm|kg|km|m)\b)", re.IGNORECASE)
_EXCHANGE = re.compile(r"\b(?:received|returned|repatriated|handed\s+over|exchanged?|exchanges|swap(?:ped)?)\b",
                       re.IGNORECASE)
# "Two other members of the same family were badly wounded": a count's noun phrase, its verbs and a manner word;
# "Two more people, a man and a woman, were taken to hospital": an apposition between them.
_AFTER = re.compile(rf"^(?:\s*,[^,.;:]{{1,40}},)?"
                    # "Three conscripts who tried to leave their trench were gunned down"
                    rf"(?:\s+who\s+[^,.;:]{{1,80}}?(?=\s+(?:were|was|had\s+been|have\s+been)\s))?(?:\s+(?:of\s+(?:them|whom)|[\w'-]+)){{0,5}}?\s+"
                    rf"(?:(?:were|was|have|has|had|are|is|been|"
                    rf"got|reportedly|later|also|all|badly|seriously|severely|critically|fatally|lightly|slightly|"
                    rf"mortally)\s+){{0,3}}(?:(?P<death>{_DEATH})|(?P<injury>{_INJURY}))\b",
                    re.IGNORECASE)
# A toll raised or put at a figure far from its noun: "raised the number of soldiers killed in the strike on the
# barracks to 89". Digits only: the figure ends the clause.
# ("has risen to four", "had reached nine": small numbers in words too)
_TOLL_TO = re.compile(r"\b(?:number\s+of\s+(?:[\w-]+\s+){0,2}?(?:(?P<death>killed|dead)|(?P<injury>injured|wounded))|"
                      r"(?P<death2>death\s+toll))\b[^.;:]{0,110}?(?:\b(?:to|at|reached)\s+(?P<n>\d{1,3}(?:,\d{3})*|\d+)|"
                      r"\b(?:risen|rose|climbed|increased|grown|reached|jumped)\s+(?:to\s+)?(?P<n2>two|three|four|five|six|"
                      r"seven|eight|nine|ten|eleven|twelve))\b(?![.,]\d)",
                      re.IGNORECASE)
# An execution told by its manner: "shot four men at point-blank range", "shot two deserters in the head".
_SHOT = re.compile(r"\b(?P<death>shot|shoot|shoots|gunned\s+down)\s+$", re.IGNORECASE)
_EXECUTION = re.compile(r"^\s+(?:at\s+point[- ]blank(?:\s+range)?|at\s+close\s+range|"
                        r"in\s+the\s+(?:head|back\s+of\s+the\s+head)|dead)\b",
                        re.IGNORECASE)
_NOUN = re.compile(r"(?P<death>killed|dead)|(?P<injury>wounded|injured)", re.IGNORECASE)  # "35 wounded"
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|the|a|an)\b|\.\s")
# One person named by age or role: "killing a 64-year-old woman", "a 70-year-old man was wounded"; or by a
# pronoun: "struck him several times, killing him".
_ONE = (r"(?:an?|one|another)\s+(?:\d{1,3}-year-old\s+|elderly\s+|local\s+|young\s+|fellow\s+|captured\s+|"
        r"unarmed\s+|wounded\s+|mobili[sz]ed\s+|drunk\s+){0,2}"
        r"(?:(?:Ukrainian|Russian|Belarusian|foreign)\s+)?"
        r"(?:(?:farm|factory|aid|medical|railway|utility|energy|power|humanitarian|security|tractor|construction)\s+)?"
        r"(?:man|woman|boy|girl|child|civilian|resident|soldier|serviceman|pensioner|teenager|driver|volunteer|officer|"
        r"person|colonel|commander|worker|farmer|medic|rescuer|policeman|journalist|nurse|doctor|guard|passer-by|"
        r"fisherman|employee|motorist|cyclist|pedestrian|member|private|conscript|recruit|passenger|trainee|cadet|"
        r"contract\s+soldier|sailor|pilot|airman|marine|paratrooper|sergeant|lieutenant|captain|major|instructor|"
        r"paramedic|firefighter|police\s+officer|policewoman|youth|schoolboy|schoolgirl|student)")
_ONE_BEFORE = re.compile(rf"\b(?:(?P<death>kill(?:ed|ing|s)|shot\s+dead|gunned\s+down|"
                         rf"(?:killing|execution|murder)\s+of)|"
                         rf"(?P<injury>injur(?:ed|ing|es)|wound(?:ed|ing|s)))\s+"
                         rf"(?:{_ONE}|another\b|him\b|her\b|the\s+(?:third|fourth|fifth|other|last)\b|"
                         rf"(?:his|her|their)\s+(?:neighbou?r|wife|husband|son|daughter|mother|father|brother|sister|"
                         rf"friend|colleague|comrade)\b|"
                         rf"the\s+(?:driver|owner|pilot|operator|passenger|cyclist|motorist|pedestrian)\b|"
                         rf"(?:its|their|his|her)\s+(?:\d{{1,3}}-year-old\s+)?(?:driver|pilot|operator|owner|passenger)\b|"
                         rf"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:commander|superior|officer|sergeant|lieutenant)\b)",
                         re.IGNORECASE)
# A headline drops the article: "Occupiers kill civilian in Kherson region", "Drone kills woman in Nikopol".
_ONE_HEADLINE = re.compile(r"\b(?:(?P<death>kills?|killing)|(?P<injury>injures?|injuring|wounds?|wounding))\s+"
                           r"(?:\d{1,3}-year-old\s+|elderly\s+)?(?:(?:American|British|French|German|foreign|Ukrainian|"
                           r"Russian|local|Polish|Georgian|Belarusian)\s+)?"
                           r"(?:man|woman|boy|girl|child|civilian|resident|soldier|pensioner|teenager|driver|volunteer|"
                           r"journalist|medic|policeman|paramedic|rescuer)\b"
                           r"(?!['’]s)(?!\s+(?:infrastructure|targets?|objects?|buildings?|facilit\w+|population|areas?))",
                           re.IGNORECASE)
_AND_RELATIVE = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:\d{1,3}-year-old\s+|elderly\s+|young\s+|teenage\s+)?"
                           r"(?:wife|husband|son|daughter|mother|father|brother|sister|grandson|granddaughter|"
                           r"grandmother|grandfather|neighbou?r|child)\b", re.IGNORECASE)
_ONE_AND_OTHERS = re.compile(r"(?:^\s*|[,;:]\s*(?:and\s+)?)(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?"
                             r"(?:driver|pilot|passenger|man|woman|child|"
                             r"boy|girl|soldier|officer|policeman|conscript|volunteer|resident|pensioner|guard)\s+and\s+$",
                             re.IGNORECASE)
_AND_MORE = re.compile(r"\s+and\s+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                       r"(?:other\s+|more\s+)?(?:[\w-]+\s+)?(?:people|persons|passengers|civilians|soldiers|"
                       r"servicemen|men|women|children|residents|others)\b"
                       # (the same verb: not "killed a man and two women were injured")
                       r"(?!\s+(?:were|was|are|is|have|has|had)\b)", re.IGNORECASE)
# "killing him and an instructor standing nearby"
_AND_ONE_MORE = re.compile(rf"\s+and\s+{_ONE}\b(?!\s+(?:were|was|are|is|have|has|had)\b)", re.IGNORECASE)
_AND_ONE = re.compile(r"\s+and\s+(?:a|an|one)\s+(?:\d{1,3}-year-old\s+)?(?:civilian|soldier|serviceman|child|boy|girl|"
                     r"woman|man|guard|officer|policeman|resident|passer-by|worker)\b", re.IGNORECASE)
# "left an 83-year-old woman with minor injuries", "left a man dead"
_ONE_LEFT = re.compile(rf"\bleft\s+{_ONE}\s+(?:(?P<death>dead)|(?P<injury>injured|wounded|hurt|with\s+(?:\w+\s+){{0,2}}"
                       rf"(?:injuries|wounds|injury)))\b", re.IGNORECASE)
# (also "the driver, 58, was hospitalised": a victim named by role, with the age set off by commas)
_ONE_AFTER = re.compile(rf"\b(?:{_ONE}|the\s+(?:driver|owner|passenger|pilot|operator|motorist|cyclist|pedestrian)|"
                        rf"(?:her|his|their|whose)\s+(?:\d{{1,3}}-year-old\s+)?(?:husband|son|brother|father|wife|daughter|"
                        rf"mother|sister|passenger|driver|neighbou?r)(?:\s+(?-i:[A-Z])[a-z]+)?)"
                        rf"(?:,\s*(?:aged\s+)?\d{{1,3}},|,[^,.;]{{1,40}},)?\s+"
                        # (a participle phrase may come between, never a report of it: "An officer at the scene said")
                        rf"(?:(?!(?:said|says|told|nobody|no|not|never)\b)[\w-]+\s+){{0,7}}?(?:was|has\s+been|had\s+been|is)\s+(?:\w+\s+)?"
                        rf"(?:(?P<death>killed|shot\s+dead|(?:beaten|bludgeoned|stabbed|tortured)\s+to\s+death|"
                        rf"found\s+(?:hanged|dead|shot))|(?P<injury>injured|wounded|hurt|hospitali[sz]ed|"
                        rf"(?:taken|rushed|admitted|brought)\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?hospital))\b"
                        # "a man in Ukraine has reportedly died"
                        rf"|\b(?:{_ONE}|the\s+(?:driver|passenger|pilot|operator))(?:\s+in\s+(?:the\s+)?[\w-]+"
                        rf"(?:\s+[\w-]+)?)?\s+(?:ha[sd]\s+)?(?:\w+ly\s+)?"
                        rf"(?:(?P<death3>died|drowned|perished|froze\s+to\s+death)\b)"
                        rf"|\b(?:{_ONE}|the\s+\d{{1,3}}-year-old(?:\s+[\w-]+){{0,2}}|the\s+(?:driver|passenger|pilot|operator)"
                        rf"(?:,\s*\d{{1,3}},)?)\s+(?:\w+\s+)?(?:(?P<death2>died|was\s+killed)|(?P<injury2>(?:suffered|sustained|received)\s+(?:[\w-]+\s+){{0,3}}"
                        rf"(?:wounds?|injur(?:y|ies))))\b", re.IGNORECASE)


# A headline's victim without an article ("Shebekino resident killed as drone hits car", "Mother says son killed by
# own commander", "soldier found hanged at training ground"), and a named man with his age ("Artyom Belov, 19, from
# Kochenevo, was killed in fighting")
_ONE_BARE = re.compile(r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bone\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bno\s)"
                       r"\b(?P<who>soldier|son|husband|resident|civilian|man|woman|conscript|driver|boy|girl|volunteer|"
                       r"medic|pensioner|serviceman|officer|private|recruit|pilot|"
                       # a rank only as the subject: opening the line, or after its unit or side ("Russian battalion
                       # commander killed by own men"; not "... whose commander killed two deserters")
                       r"(?:(?<=^)|(?<=\n)|(?<=battalion\s)|(?<=brigade\s)|(?<=regiment\s)|(?<=company\s)|"
                       r"(?<=platoon\s)|(?<=unit\s)|(?<=Russian\s)|(?<=Ukrainian\s))"
                       r"(?:colonel|major|captain|lieutenant|sergeant|general))"
                       r"(?:\s+of(?:\s+[\w-]+){1,3}?(?=\s+(?:killed|shot|found|died|dies)))?\s+"
                       r"(?:(?P<death>killed|dies|died|shot\s+dead|found\s+(?:hanged|"
                       r"dead))|(?P<injury>injured|wounded|hurt))\b"
                       # (passive only: what follows is a place, a time or the clause's end, never the one killed:
                       # "Russian soldier killed civilians in Bucha" is no dead soldier)
                       r"(?=\s*(?:$|[,.;:!?—–(]|-\s|(?:in|at|on|by|as|after|during|near|while|when|outside|inside|over|"
                       r"from|and|amid|since|within|off|says?|said|due|after|following|because|overnight|today|"
                       r"yesterday)\b))"
                       r"|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+),\s+\d{1,2},\s+(?:[^.;]{0,80}?,\s+)?(?:was|has\s+been)\s+"
                       r"(?P<death2>killed|shot\s+dead)\b"
                       # "Andrei, 41, froze to death"
                       r"|(?-i:[A-Z][a-z]+),\s+\d{1,2},\s+(?P<death3>froze\s+to\s+death|died|drowned|was\s+killed)\b",
                       re.IGNORECASE)
# "officers beat a private to death": one dead, told by the act
# two people named one by one: "A 39-year-old paramedic and the 52-year-old driver suffered blast injuries"
_TWO_ONES = re.compile(rf"\b{_ONE}\s+and\s+(?:the|a|an|his|her|their)\s+(?:\d{{1,3}}-year-old\s+)?[\w-]+\s+"
                       rf"(?:were\s+|have\s+been\s+|both\s+)*(?:(?P<death>killed|died)|(?P<injury>injured|wounded|hurt|"
                       rf"(?:suffered|sustained)\s+(?:[\w-]+\s+){{0,3}}?(?:wounds?|injur(?:y|ies))))\b", re.IGNORECASE)
# soldiers' slang and headlines for a killing by one's own: "he was 'zeroed'", "officer shoots private dead"
_ZEROED = re.compile(r"\b(?:he|she|who)\s+(?:was|had\s+been)\s+[\"“']?(?P<death>zeroed)\b|\b(?P<death2>shoots?|shot)\s+"
                     r"(?:a\s+|his\s+)?(?:[\w-]+\s+)?(?:private|soldier|subordinate|conscript|recruit|deserter|comrade)\s+"
                     r"dead\b", re.IGNORECASE)
# a suicide: "shot himself at a rear base", "took his own life"
_SELF = re.compile(r"\b(?:(?P<death>shot|hanged|hung|killed|stabbed|poisoned)\s+(?:himself|herself)"
                   r"(?!\s+in\s+the\s+(?:leg|foot|arm|hand|knee|thigh|shoulder))|(?P<death2>took)\s+"
                   r"(?:his|her)\s+own\s+life)\b", re.IGNORECASE)
_BEATEN = re.compile(rf"\b(?P<death>beat|beating|stabbed|stabbing|strangled|strangling|bludgeoned|clubbed|hacked)\s+"
                     rf"(?:{_ONE}|him|her|(?:his|her|their)\s+(?:\w+\s+){{0,2}}"
                     rf"(?:commander|comrade|officer|superior|sergeant|lieutenant))(?:\s+from\s+[\w-]+)?\s+to\s+death\b",
                     re.IGNORECASE)


# The second victim told with the verb left out: "a 25-year-old man was killed and another person wounded".
_AND_ANOTHER = re.compile(r"\band\s+(?:another|one\s+other|a\s+second)\s+(?:person|man|woman|civilian|resident|soldier|"
                          r"child|boy|girl)\s+(?:(?P<death>killed|dead)|(?P<injury>injured|wounded|hurt))\b",
                          re.IGNORECASE)


# "shooting two surrendering servicemen": men shot as captives are dead
_SHOT_CAPTIVES = re.compile(r"\b(?P<death>shooting|shot|executing|executed|gunning\s+down|gunned\s+down)\s+(?:dead\s+)?"
                            r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:surrendering|captured|unarmed|wounded)\s+(?:[\w-]+\s+){0,2}?(?:soldiers|servicemen|men|"
                            r"prisoners|POWs|defenders|marines|fighters)\b(?!\s+in\s+the\s+(?:legs?|arms?|feet|foot|hands?|knees?))"
                            r"|\b(?P<death2>executing|executed)\s+"
                            r"(?:dead\s+)?(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:prisoners(?:\s+of\s+war)?|POWs|captives)\b", re.IGNORECASE)


_EITHER = re.compile(r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|hurt|injured|wounded)\s+or\s+"
                     r"(?:killed|hurt|injured|wounded)\b", re.IGNORECASE)


def _kind(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return "death" if groups.get("death") or groups.get("death2") or groups.get("death3") else "injury"


def _clause_before(text: str, start: int, limit: int) -> str:
    before = text[max(limit, start - 40):start]
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end():] if ends else before


# a part of a group counted: "one of the four soldiers", "two of the 12 passengers"
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}
_PART_OF = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+of\s+"
                      r"(?:the|those|these|our|its|their|his|her)\s+$", re.IGNORECASE)


def _number(token: str) -> int:
    """A count written in words ("three") or digits ("1,200")."""
    return _SMALL.get(token.lower()) or int(token.replace(",", ""))


_AMONG = re.compile(r"\s+(?:are|were|is|was)\s+(?:also\s+)?among\s+the\s+"
                    r"(?:injured|wounded|dead|killed|victims|casualties)\b", re.IGNORECASE)
_GROUP_TOLL = re.compile(r"\s+(?:who\s+(?:were|was|had\s+been)\s+)?(?:killed|wounded|injured|dead|hurt|died)\b",
                         re.IGNORECASE)


def read(text: str, spans: list[tuple[int, int]]) -> tuple[Count | None, Count | None]:
    """The first stated count of the dead and of the injured in the spans, each with its evidence span."""
    found: dict[str, list[tuple[int, Count]]] = {"death": [], "injury": []}
    raised: dict[str, list[Count]] = {"death": [], "injury": []}  # "the death toll had risen to two"
    for a, b in spans:
        sentence = text[a:b]
        for c in find_counts(sentence):
            if c.best is None and c.low is None and c.high is None:
                continue
            before = _BEFORE.search(_clause_before(sentence, c.start, 0))
            if before is not None and before.group(0).lower().startswith(("bodies", "remains")) \
                    and _EXCHANGE.search(sentence, 0, c.start):
                continue  # "Ukraine received the bodies of 757 soldiers": a repatriation, not a toll
            after = _AFTER.match(sentence[c.end:c.end + 70]) if before is None else None
            if c.best == 0 and c.low in (0, None) and (c.noun or "").lower() == "casualties" and before is None:
                # "no casualties": nobody killed and nobody hurt
                span = Span(start=a + c.start, end=a + c.end, text=c.text)
                for kind in ("death", "injury"):
                    found[kind].append((a + c.start, Count(best=0, low=0, high=0, text=c.text, span=span)))
                continue
            if _AMONG.match(sentence, c.end):
                continue  # "Four children are among the injured": a part of a toll told elsewhere
            m = before or after or _NOUN.fullmatch(c.noun or "")
            if m is None and _SHOT.search(sentence, 0, c.start) and _EXECUTION.match(sentence[c.end:c.end + 40]):
                m = _SHOT.search(sentence, 0, c.start)
            if m is None:
                continue
            best = c.best if c.best is not None else (c.low if c.low is not None else c.high)
            part = _PART_OF.search(sentence, 0, c.start)
            if part is not None and not _GROUP_TOLL.match(sentence, c.end):
                # "one of the four soldiers holding it was wounded": one ("two of the seven people killed in the
                # strike were children" counts the seven)
                n = _number(part["n"])
                c = replace(c, best=n, low=n, high=n, start=part.start(), text=sentence[part.start():c.end])
                best = n
            if best is not None and c.low == c.high and _AND_ONE.match(sentence, c.end):
                best += 1  # "Four soldiers and a civilian were killed": five
                c = replace(c, best=best, low=best, high=best)
            elif best is not None and c.low == c.high and _ONE_AND_OTHERS.search(sentence, 0, c.start):
                best += 1  # "the driver and four other people were injured": five
                c = replace(c, best=best, low=best, high=best)
                c = replace(c, best=best, low=best, high=best)
            span = Span(start=a + c.start, end=a + c.end, text=c.text)
            found[_kind(m)].append((a + c.start, Count(best=best, low=c.low, high=c.high, text=c.text, span=span)))
            if best == 0 and c.noun is None and (_kind(m) == "injury" or _EITHER.match(sentence, c.end)):
                # "Nobody was hurt": nobody died either (a zero counts only where no death is told); "no one was
                # killed or injured": nobody hurt either
                other = "death" if _kind(m) == "injury" else "injury"
                found[other].append((a + c.start, Count(best=0, low=0, high=0, text=c.text, span=span)))
        for m in (*_TOLL_TO.finditer(sentence), *_CREW_OF.finditer(sentence), *_FAMILY_OF.finditer(sentence),
                  *_SHOT_CAPTIVES.finditer(sentence), *_CREW_DIED.finditer(sentence), *_CARGO.finditer(sentence)):
            group = "n" if m.group("n") else "n2"  # (the second alternative of _CREW_OF and _SHOT_CAPTIVES)
            kind, start = _kind(m), a + m.start(group)
            if not any(s == start for s, _ in found[kind]) and not (m.re is _CARGO and start in {
                    s for k in found.values() for s, _ in k}):
                figure = m.group(group).lower()
                value = 2 if figure == "both" else _number(figure)
                span = Span(start=start, end=a + m.end(group), text=m.group(group))
                found[kind].append((start, Count(best=value, low=value, high=value, text=m.group(group), span=span)))
                if m.re is _TOLL_TO:
                    raised[kind].append(found[kind][-1][1])
        for pattern in (_TWO_ONES, _ONE_BEFORE, _ONE_AFTER, _ONE_LEFT, _ONE_HEADLINE, _AND_ANOTHER, _BEATEN, _ONE_BARE,
                        _SELF, _ZEROED):
            for m in pattern.finditer(sentence):
                kind = _kind(m)
                taken = any(s <= a + m.start() < s + len(c.text) + 40 for s, c in found[kind])
                if not taken:
                    n = 2 if pattern is _TWO_ONES or pattern is _ONE_BEFORE and (_AND_RELATIVE.match(sentence, m.end())
                                                        or _AND_ONE_MORE.match(sentence, m.end())) else 1
                    more = _AND_MORE.match(sentence, m.end()) if pattern is _ONE_BEFORE else None
                    if more is not None:  # "killed the driver and four passengers": five
                        n = 1 + _number(more["n"])
                    span = Span(start=a + m.start(), end=a + m.end(), text=m.group(0))
                    found[kind].append((a + m.start(), Count(best=n, low=n, high=n, text=m.group(0), span=span)))
    return _latest(_first(found["death"]), raised["death"]), _latest(_first(found["injury"]), raised["injury"])


def raised(text: str, span: tuple[int, int]) -> tuple[Count | None, Count | None]:
    """A toll raised in the span ("the death toll had risen to two"), dead and hurt: an update of the event's count
    told earlier."""
    a, b = span
    out: dict[str, Count | None] = {"death": None, "injury": None}
    for m in _TOLL_TO.finditer(text, a, b):
        group = "n" if m.group("n") else "n2"
        kind, figure = _kind(m), m.group(group).lower()
        value = _number(figure)
        current = out[kind]
        if current is None or (current.best or 0) < value:
            span_ = Span(start=m.start(group), end=m.end(group), text=m.group(group))
            out[kind] = Count(best=value, low=value, high=value, text=m.group(group), span=span_)
    return out["death"], out["injury"]


def _latest(first: Count | None, raised: list[Count]) -> Count | None:
    """A toll raised later in the spans ("One person was killed ... the death toll had risen to two") over the
    first one told."""
    top = max(raised, key=lambda c: c.best or 0, default=None)
    if top is not None and top.best and (first is None or (first.best or 0) < top.best):
        return top
    return first


def _first(counts: list[tuple[int, Count]]) -> Count | None:
    """The earliest positive count (a zero only when nobody is counted otherwise)."""
    counts.sort(key=lambda x: x[0])
    positive = [(s, c) for s, c in counts if c.best]
    chosen = positive or counts
    return chosen[0][1] if chosen else None
