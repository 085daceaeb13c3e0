"""Rule-based entity spans that correct the small English model.

en_core_web_sm tags "Belgorod" as ORG, "Vladimir region" as a person and
"Mediazona" as a place. These rules find the spans the model misses or
mislabels: "X region/oblast" forms, "the village of X", military units, news
outlets and channels, and people introduced as "identified only as X".
Each returns ``RuleSpan`` records; the NLP stage merges them with the
model's entities, rules first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import outlet_index

_NAME = r"[A-Z][\w’'\-]*[\w]"
_ADMIN_WORDS = (r"(?:region|oblast|Oblast|Region|raion|Raion|district|District|krai|Krai|province|Province|"
                r"hromada|Hromada)")
# "in the Seredyna-Buda community", "the Velykopysarivska community": a Ukrainian hromada by its English name (a
# compound after "in the", not a demonym's; or an adjective's ending; "Ohio community", "the African-American
# community", "Melbourne community" are no hromadas)
_COMMUNITY_RE = re.compile(r"(?:(?<=\bin\sthe\s)([A-Z][\w’']*-[A-Z][\w’']+)(?<!an)(?<!ese)(?<!Tatar)|"
                           r"(?<![\w’'\-])((?:[A-Z][\w’']*-)*[A-Z][\w’']+(?:ska|ske|tska|zka)))\s+"
                           r"(?:territorial\s+|village\s+|settlement\s+|urban\s+|rural\s+)?community\b")
# "Russia's Belgorod border region": a border or front-line region
_REGION_RE = re.compile(rf"\b({_NAME}(?:[ \-]{_NAME})?)\s+(?:(?:border|frontier|front-?line)\s+)?{_ADMIN_WORDS}\b")
_REGION_PAIR_RE = re.compile(rf"\b({_NAME})\s+and\s+({_NAME})\s+(?:regions|oblasts|Oblasts|provinces)\b")
# "Makiivka, in the Luhansk region" / "Shebekino (Belgorod region)": a name with its region stated.
_WITH_ADMIN_RE = re.compile(
    rf"\b({_NAME}(?:[ \-]{_NAME})?)(?:,\s+in\s+(?:the\s+)?|\s+in\s+the\s+|\s+\()"
    rf"(?:{_NAME}[’']s\s+)?{_NAME}\s+{_ADMIN_WORDS}"
)
_SETTLEMENT_RE = re.compile(
    rf"\b(?:village|town|city|settlement|hamlet|outskirts)\s+of\s+({_NAME}(?:[ \-]{_NAME})?)"
)
# "Donetsk town", "Andriivka village", "Kiev/Kyiv city", "near Donetsk airport": a name before a lower-case
# settlement word (not "the Russian city of X": an adjective before "of" is not a name).
_NAME_KIND_RE = re.compile(
    rf"\b({_NAME}(?:[ \-](?!International\b){_NAME})?)\s+(?:village|town|city|settlement|hamlet|"
    r"(?:International\s+)?[Aa]irport)s?"
    r"\b(?!\s+of\b)"
)
# Front-line usage: "the Bakhmut direction", "Donetsk sector", "Zaporizhzhia axis"; and the self-proclaimed
# republics ("Donetsk People's Republic", "DPR"), which the gazetteer knows as areas.
_FRONT_RE = re.compile(rf"\b({_NAME}(?:[ \-]{_NAME})?)\s+(?:direction|sector|axis|front|bulge|salient)s?\b")
_REPUBLIC_RE = re.compile(rf"\b(?:{_NAME}\s+People[’'`]s\s+Republic|DPR|LPR|DNR|LNR)\b")
# A text that is nothing but a name ("Bakhmut", "Zaitseve (near)", "Opytne"): what `warlog geocode NAME` gets.
_BARE_NAME_RE = re.compile(rf"^\s*(?:near\s+)?({_NAME}(?:[ \-/]{_NAME}){{0,2}})\s*(?:\([^)]*\))?\s*[.;]?\s*$")
# News datelines: "HARTFORD — ", "ORLANDO, Fla. (AP) — ", "BOSTON (Reuters) - " at the start of a text,
# line or sentence: the upper-case place, and the state or country after its comma.
_DATELINE_RE = re.compile(
    r"(?:^|\n|[.!?]\s)\s*([A-Z][A-Z'’.\-]{2,}(?:\s[A-Z][A-Z'’.\-]+){0,2})"
    r"(?:,\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--?|_)\s"
)
_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "ern", "ic")
_UNIT_WORDS = (
    r"(?:Separate|Guards|Independent|Special|Motorized|Motor|Rifle|Mechanized|Airborne|Air|Assault|"
    r"Naval|Infantry|Tank|Artillery|Reconnaissance|Marine|Mountain|Territorial|Defen[cs]e|Combined|"
    r"Arms|Spetsnaz|Operational|Purpose|Rocket|Engineer|Sapper|Jaeger|National|Guard|Border|Missile|"
    r"Anti-Aircraft|Logistics|Volunteer|Storm|Attack|Drone|Unmanned|Systems)"
)
_UNIT_RE = re.compile(
    rf"\b\d{{1,4}}(?:st|nd|rd|th)\s+(?:{_UNIT_WORDS}\s+){{0,5}}"
    r"(?:Brigade|Regiment|Division|Battalion|Army|Corps|Company|Detachment|Platoon|Squadron|Group)s?\b",
    re.IGNORECASE,
)
_NAMED_UNIT_RE = re.compile(r"\b(?:the\s+)?(Wagner Group|Storm-Z|Storm-V|Akhmat|Azov(?: Brigade)?|Kraken)\b")
_CHANNEL_RE = re.compile(
    r"\bTelegram\s+channel\s+(?:called\s+|named\s+)?[“\"«]?(@?[A-Za-z][\w.\-]*(?:[ \-][A-Z][\w.\-]*)*)"
)
_OUTLET_APPOSITION_RE = re.compile(
    r"\b(?:independent|investigative|news|online|regional)\s+(?:outlet|site|website|publication|media)\s+"
    rf"[“\"«]?({_NAME}(?:\s{_NAME})?)"
)
# A named site: "a position called Zenit", "a stronghold known as Tsarskaya Okhota" (before "called X" as a person).
_NAMED_SITE_RE = re.compile(rf"\b(?:position|stronghold|strongpoint|outpost|bunker|dugout|checkpoint|hill|height)s?\s+"
                            rf"(?:called|named|dubbed|known\s+as)\s+({_NAME}(?:\s{_NAME})?)")
# "strikes on the Seredyna-Buda area": a compound place name before "area" (the name alone is the place)
_AREA_RE = re.compile(r"(?<=\bthe\s)([A-Z][\w’']*-[A-Z][\w’']+)(?<!an)(?<!ese)(?=\s+area\b)")
_PERSON_INTRO_RE = re.compile(rf"\b(?:identified(?:\s+only)?\s+as|named|called)\s+({_NAME})\b")
_NOT_NAMES = {"The", "This", "That", "A", "An", "In", "On", "At", "Our", "Their", "His", "Her"}


@dataclass(frozen=True)
class RuleSpan:
    start: int
    end: int
    label: str
    rule: str


def _strip_possessive(text: str, start: int) -> tuple[str, int]:
    """'Russia's Vladimir' -> 'Vladimir': a possessive word is not part of the name."""
    words = text.split(" ")
    while len(words) > 1 and (words[0].endswith("'s") or words[0].endswith("’s") or words[0] in _NOT_NAMES):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def region_spans(text: str) -> list[RuleSpan]:
    spans = []
    for m in _REGION_RE.finditer(text):
        name, start = _strip_possessive(m.group(1), m.start(1))
        if name in _NOT_NAMES:
            continue
        spans.append(RuleSpan(start, m.end(), "PLACE", "admin-form"))
    spans += [RuleSpan(m.start(1) if m.group(1) else m.start(2), m.end(), "PLACE", "admin-form")
              for m in _COMMUNITY_RE.finditer(text)]
    for m in _REGION_PAIR_RE.finditer(text):
        spans.append(RuleSpan(m.start(1), m.end(1), "PLACE", "admin-pair"))
        spans.append(RuleSpan(m.start(2), m.end(2), "PLACE", "admin-pair"))
    return spans


def settlement_spans(text: str) -> list[RuleSpan]:
    spans = [RuleSpan(m.start(1), m.end(1), "PLACE", "settlement-of") for m in _SETTLEMENT_RE.finditer(text)]
    spans += [RuleSpan(m.start(1), m.end(1), "PLACE", "named-site") for m in _NAMED_SITE_RE.finditer(text)]
    spans += [RuleSpan(m.start(1), m.end(1), "PLACE", "area-of") for m in _AREA_RE.finditer(text)]
    for m in _NAME_KIND_RE.finditer(text):
        name, start = _strip_possessive(m.group(1), m.start(1))
        if name not in _NOT_NAMES and not name.endswith(_ADJECTIVE_ENDINGS):
            spans.append(RuleSpan(start, start + len(name), "PLACE", "name-kind"))
    for m in _FRONT_RE.finditer(text):
        name, start = _strip_possessive(m.group(1), m.start(1))
        if name not in _NOT_NAMES and not name.endswith(_ADJECTIVE_ENDINGS):
            spans.append(RuleSpan(start, start + len(name), "PLACE", "front-direction"))
    spans += [RuleSpan(m.start(), m.end(), "PLACE", "peoples-republic") for m in _REPUBLIC_RE.finditer(text)]
    for m in _DATELINE_RE.finditer(text):
        spans += [RuleSpan(m.start(g), m.end(g), "PLACE", "dateline") for g in (1, 2) if m.group(g)]
    if (bare := _BARE_NAME_RE.match(text)) and bare.group(1) not in _NOT_NAMES:
        spans.append(RuleSpan(bare.start(1), bare.end(1), "PLACE", "bare-name"))
    for m in _WITH_ADMIN_RE.finditer(text):
        name, start = _strip_possessive(m.group(1), m.start(1))
        if name not in _NOT_NAMES:
            spans.append(RuleSpan(start, m.end(1), "PLACE", "with-admin-context"))
    return spans


def unit_spans(text: str) -> list[RuleSpan]:
    spans = [RuleSpan(m.start(), m.end(), "UNIT", "unit") for m in _UNIT_RE.finditer(text)]
    spans += [RuleSpan(m.start(1), m.end(1), "UNIT", "named-unit") for m in _NAMED_UNIT_RE.finditer(text)]
    return spans


@cache
def _outlet_regex(lang: str) -> re.Pattern[str]:
    # Case-sensitive match on the lexicon's own spelling avoids "astra" or "baza" in running text.
    spellings = {n for o in outlet_index(lang).values() for n in (o.name, *o.aliases)}
    ordered = sorted(spellings, key=len, reverse=True)
    return re.compile(r"(?<![\w@])(" + "|".join(re.escape(n) for n in ordered) + r")(?![\w])")


def outlet_spans(text: str, lang: str = "en") -> list[RuleSpan]:
    spans = [RuleSpan(m.start(1), m.end(1), "OUTLET", "outlet-lexicon") for m in _outlet_regex(lang).finditer(text)]
    spans += [RuleSpan(m.start(1), m.end(1), "OUTLET", "telegram-channel") for m in _CHANNEL_RE.finditer(text)]
    spans += [RuleSpan(m.start(1), m.end(1), "OUTLET", "outlet-apposition")
              for m in _OUTLET_APPOSITION_RE.finditer(text)]
    return spans


# A rank before a first name and a surname names a person, whatever the small model saw ("Private Alexei Ivanov,
# 24, ...", "Senior Lieutenant Dmitry Orlov, the pilot, ...": the model left both untagged).
_RANKED_RE = re.compile(
    r"\b(?:(?:Junior|Senior|Staff|Master|First|Chief)\s+)?(?:Lieutenant\s+Colonel|Major\s+General|"
    r"Lieutenant\s+General|Colonel\s+General|Lt\.?\s+Col\.|Warrant\s+Officer|Lance\s+Corporal|Private|Corporal|"
    r"Sergeant|Lieutenant|Captain|Colonel|Ensign|Lt\.|Sgt\.|Cpl\.|Pvt\.|Capt\.|Col\.)\s+"
    r"(?!(?:Military|Security|Army|Forces|Guard|Sector|Staff|Company|Group|Ukrainian|Russian|American|British|"
    r"America|General)\b)"
    r"((?-i:[A-Z][a-z’'\-]+)\s+(?-i:[A-Z][a-z’'\-]+)(?:\s+(?-i:[A-Z][a-z’'\-]+))?)\b"
    r"(?!\s+(?:region|Oblast|district|Company|Group|Brigade|Regiment))")


def person_spans(text: str) -> list[RuleSpan]:
    spans = [RuleSpan(m.start(1), m.end(1), "PERSON", "introduced-as")
             for m in _PERSON_INTRO_RE.finditer(text) if m.group(1) not in _NOT_NAMES]
    return spans + [RuleSpan(m.start(1), m.end(1), "PERSON", "ranked") for m in _RANKED_RE.finditer(text)]


def all_rule_spans(text: str, lang: str = "en") -> list[RuleSpan]:
    """Every rule span, in priority order (earlier rules win overlaps)."""
    return [*unit_spans(text), *outlet_spans(text, lang), *region_spans(text), *settlement_spans(text),
            *person_spans(text)]
