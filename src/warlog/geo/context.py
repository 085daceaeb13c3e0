"""What the text says right next to a place mention.

"Makiivka, in the Luhansk region", "Shebekino (Belgorod region)", "the
Donetsk region town of X", "Russia's Vladimir region", "Serpukhov, Russia":
the region or country stated beside a mention, whether the mention is itself
a region ("Vladimir" followed by "region"), and a settlement cue ("the
village of").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from . import datafiles

Where = Literal["after", "before"]

_ADMIN_WORDS = (
    r"(?i:regions?|oblasts?|oblast'|obl\.?|provinces?|krai|kray|raions?|rayons?|districts?|governorate|"
    r"autonomous\s+okrug|people['’]s\s+republic|republic|область|области|областью|області|обл\.|край|"
    r"крае|краю|район|районе|районі|района|району|республика|республике|республіка)"
)
_CAP = r"[A-ZА-ЯЁІЇЄҐ][\w'’\-]*"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,2}}"
_KIND_NOUNS = (r"(?i:village|town|city|settlement|hamlet|urban-type\s+settlement|small\s+town|село|селе|"
               r"селі|села|селу|селом|деревня|деревне|деревни|деревню|посёлок|поселок|поселке|посёлке|поселка|"
               r"посёлка|поселку|посёлку|селище|селища|селищі|місто|городе|город)")

# "Oblast Donetsk", "region of Kharkiv", "Донецька область" is covered by _AFTER.
_ADMIN_FIRST = r"(?i:oblast|region|province|район|область)"
_DISTRICT_WORDS = r"(?i:districts?|raions?|rayons?|районе?|районі|района|району)"
# ", in the Luhansk region" / " (Belgorod region)" / " in Donetsk Oblast" / " village, Starobeshivskyi district,
# Donetsk region": an optional settlement word, then a district before the region (the region wins); Russian
# and Ukrainian chain the district and region in the genitive with no comma ("X Y-ского района Z-ской области").
_AFTER = re.compile(
    rf"^\s*(?:{_KIND_NOUNS}(?![\w]))?\s*(?:,|\(|–|—|-)?\s*(?:(?:in|of|within|near|в|у|на)\s+)?(?:the\s+)?"
    rf"(?:{_NAME}\s+{_DISTRICT_WORDS}(?:\s*(?:,|\(|of\s+the|of|in\s+the|in)\s*|\s+(?=[А-ЯЁІЇЄҐ])))?"
    rf"(?:(?P<admin>{_NAME}\s+{_ADMIN_WORDS})(?![\w])|(?P<admin_first>{_ADMIN_FIRST}\s+(?:of\s+)?{_NAME}))"
)
# "the Donetsk region village of " / "Luhansk Oblast's "
_BEFORE = re.compile(
    rf"(?P<admin>{_NAME}\s+{_ADMIN_WORDS})(?:['’]s)?\s+(?:{_KIND_NOUNS}\s+(?:of\s+)?)?$"
)
# "Дніпровського району Херсона": a district in the genitive before a town is a district *of* that town
_GENITIVE_DISTRICT = re.compile(r"(?i:району|района)$")
# ", Russia" / " (Ukraine)"
_AFTER_COUNTRY = re.compile(rf"^\s*(?:,|\()\s*(?:in\s+)?(?P<country>{_NAME})(?=\s*(?:[),.;:]|$|\s+and\s))")
# "(coded to Krasnopillia, Sumy region)": the coder's own reading of an unclear place
_CODED_TO = re.compile(rf"^[^()]{{0,40}}?\(\s*(?i:coded\s+(?:to|as)|i\.\s?e\.|=)\s+(?P<coded>{_NAME})")
# the mention is itself one item of a list: "Odesa, Kyiv, Kharkiv" / "Kyiv and Kharkiv"
_LIST_BEFORE = re.compile(r"(?:,|\b(?:and|or|та|і|и))\s*$")
_LIST_AFTER = re.compile(rf"^\s*,\s*{_CAP}[^,.;:()]{{0,30}}(?:,\s*{_CAP}|\s+(?:and|or)\s+{_CAP})")
# "Russia's " / "Ukraine's village of "
_BEFORE_COUNTRY = re.compile(rf"(?P<country>{_CAP})['’]s\s+(?:{_KIND_NOUNS}\s+(?:of\s+)?)?(?:the\s+)?$")
# the mention is itself a region: "Vladimir| region", "Luhansk| and Donetsk regions"
_SELF_ADMIN = re.compile(rf"^\s+(?P<word>{_ADMIN_WORDS})(?![\w])")
_SELF_PLURAL = re.compile(
    rf"^\s+(?:and|or|та|і|и)\s+{_CAP}\s+(?P<word>(?i:regions|oblasts|областей|областях))"
)
# "Дніпропетровська| та Донецька область": a region's adjective sharing the next one's head (the geocoder reads
# the text with lemmas put in place, so "Дніпропетровської та Донецької областей" comes singular)
# (Ukrainian "-ське" is an adjective; Russian "-цке"/"-ске" a city in the locative: "в Донецке и Луганской области")
_REGION_ADJECTIVE = re.compile(r"(?:(?:ськ|цьк|зьк)(?:а|е|ої|ій|ий|ого|у)|(?:ск|цк)(?:ая|ое|ой|ий|ый|ого|ую))$",
                               re.IGNORECASE)
_SELF_SHARED = re.compile(
    r"^\s+(?:та|і|й|и)\s+[А-ЯЁІЇЄҐ][\w'’\-]*(?:ськ|цьк|зьк|ск|цк)\w*\s+(?P<word>(?i:област[ьіиея]\w*|обл\.))"
)
_SETTLEMENT_CUE = re.compile(rf"{_KIND_NOUNS}\s+(?:of\s+)?$")


@cache
def _after_area() -> re.Pattern[str]:
    """" in Donbas", " in Crimea": a named area of several regions (``data/geo/areas.toml``) stated after a
    mention with no region word, which the regions' own names need."""
    names = sorted({n for a in datafiles.areas() for n in (a.name, *a.aliases) if not n.lower().startswith("the ")},
                   key=len, reverse=True)
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"^\s*(?:,|\()?\s*(?:in|within|near|в|у|на)\s+(?:the\s+)?(?P<area>{alternatives})(?![\w'’-])")

_WINDOW = 90


@dataclass(frozen=True)
class Context:
    query: str  # the mention, extended by its own admin word ("Vladimir region")
    is_admin: bool  # the mention names a region or district
    admin_text: str | None = None  # a region stated beside the mention, as written
    admin_where: Where | None = None
    country_text: str | None = None  # a country stated beside the mention, as written
    settlement_cue: bool = False  # "the village of X"
    coded_to: tuple[int, int] | None = None  # "(coded to X)": the span of the place the coder meant
    in_list: bool = False  # "Odesa, Kyiv, Kharkiv": a comma after the mention starts the next item
    country_span: tuple[int, int] | None = None  # where ``country_text`` is in the text


def read_context(text: str, start: int, end: int) -> Context:
    mention = text[start:end]
    after = text[end:end + _WINDOW]
    before = text[max(0, start - _WINDOW):start]
    query, is_admin = mention, False
    m = _SELF_ADMIN.match(after)
    if m:
        word = m.group("word")
        query = f"{mention} {word[:-1] if word.endswith('s') and word.lower() != 'kray' else word}"
        is_admin = True
        after = after[m.end():]
    elif (m := _SELF_PLURAL.match(after)) or (_REGION_ADJECTIVE.search(mention) and _SELF_SHARED.match(after)):
        query, is_admin = f"{mention} region", True
    admin_text: str | None = None
    where: Where | None = None
    coded: tuple[int, int] | None = None
    if (m := _CODED_TO.match(after)):
        coded = (end + m.start("coded"), end + m.end("coded"))
    if not is_admin:
        if (m := _AFTER.match(after)):
            admin_text, where = m.group("admin") or m.group("admin_first"), "after"
        elif (m := _BEFORE.search(before)) and not _GENITIVE_DISTRICT.search(m.group("admin")):
            admin_text, where = m.group("admin"), "before"
        elif (m := _after_area().match(after)):
            admin_text, where = m.group("area"), "after"
    country: str | None = None
    country_span: tuple[int, int] | None = None
    if (m := _AFTER_COUNTRY.match(after)) and not admin_text:
        country = m.group("country")
        country_span = (end + m.start("country"), end + m.end("country"))
    elif (m := _BEFORE_COUNTRY.search(before)):
        country = m.group("country")
    in_list = _LIST_BEFORE.search(before) is not None or _LIST_AFTER.match(after) is not None
    return Context(query=query, is_admin=is_admin, admin_text=admin_text, admin_where=where,
                   country_text=country, settlement_cue=_SETTLEMENT_CUE.search(before) is not None,
                   coded_to=coded, in_list=in_list, country_span=country_span)
