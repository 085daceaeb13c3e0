"""What a war report's own framing says of its places, beyond the words right next to a mention.

- A city district named with its city is in that city: "the Saltivskyi district of Kharkiv", "Kharkiv's
  Saltivskyi district", "a strike on Zaporizhzhia ... the city's Shevchenkivskyi district", "у Шевченківському
  районі Запоріжжя". The district is read as its city (``district_city``), never as a namesake raion of
  another city.
- A post that opens on its region alone ("Tambov region. Today ...", "Zaporizhzhia Oblast: ...", "Kherson
  district.") states the region of every place it then names bare: a place of the name in that region is the
  one meant, and a name the region lacks is the region (``region_of_opening``), unless a later region takes
  over or the place is a town that keeps its own point.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher

from unidecode import unidecode

from .evidence import Case, Choice, Doc, PlaceMention
from .gazetteer import Gazetteer
from .normalize import normalize
from .place import MAIN_NAME, Place

ChooseIn = Callable[[Case, Doc, int | None], Choice]

_CITY = 100_000  # a settlement this big has districts of its own
_TOWN = 50_000  # a town this big keeps its own point whatever region the post opens on
_ALIKE = 0.85  # a name only sounding like a village of the opening region is taken only this alike
_NAME = r"[A-ZА-ЯЁІЇЄҐ][\w'’\-]*(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’\-]*)?"
_DISTRICT_WORD = r"(?:districts?|raions?|rayons?)"
# "Saltivskyi| district of Kharkiv", "Saltivskyi district| of the city of Kharkiv"
_OF_CITY = re.compile(rf"(?:\s+{_DISTRICT_WORD})?\s+of\s+(?:the\s+city\s+of\s+)?(?P<city>{_NAME})(?![\w'’\-])")
# "Kharkiv's |Saltivskyi district"
_CITYS = re.compile(rf"(?<![\w'’\-])(?P<city>{_NAME})['’]s\s+$")
# "the city's |Shevchenkivskyi district"
_THE_CITYS = re.compile(r"\b(?:the|that)\s+city['’]s\s+$", re.IGNORECASE)
# "Шевченківському районі| Запоріжжя", "Киевском районе| Донецка": a city in the genitive after a district
_CITY_GENITIVE = re.compile(r"\s+(?P<city>[А-ЯЁІЇЄҐ][\w'’\-]+)(?![\w'’\-])"
                            r"(?!\s+(?i:област|обл\.|кра[йяюе]|район|республик|громад))")
_IS_DISTRICT = re.compile(rf"(?:\s{_DISTRICT_WORD}|\sрайон\w*)$", re.IGNORECASE)
_DISTRICT_AFTER = re.compile(rf"\s+(?:{_DISTRICT_WORD}|район\w*)(?![\w])", re.IGNORECASE)
# what ends a post's opening region: a full stop, a colon, a dash or the line's end
_OPENING_END = re.compile(r"\s*(?:[.:]|—|–|\s-\s|\n|$)")


def _big_city(g: Gazetteer, name: str) -> bool:
    return any(m.exact and m.quality <= MAIN_NAME + 1 and m.place.kind == "settlement"
               and m.place.population >= _CITY for m in g.matches(name))


def district_city(text: str, mentions: list[PlaceMention], index: int, g: Gazetteer) -> tuple[int, int] | None:
    """The span of the city a district mention belongs to, if the text names it (see the module doc)."""
    m = mentions[index]
    after = _DISTRICT_AFTER.match(text, m.end)
    if not (_IS_DISTRICT.search(text[m.start:m.end]) or after):
        return None
    end = after.end() if after else m.end
    if (found := _OF_CITY.match(text, m.end)) and _big_city(g, found.group("city")):
        return found.start("city"), found.end("city")
    if (found := _CITY_GENITIVE.match(text, end, min(len(text), end + 40))) and _big_city(g, found.group("city")):
        return found.start("city"), found.end("city")
    before = text[max(0, m.start - 60):m.start]
    if (found := _CITYS.search(before)) and _big_city(g, found.group("city")):
        shift = m.start - len(before)
        return shift + found.start("city"), shift + found.end("city")
    if _THE_CITYS.search(before):
        # the city the text last named
        for prior in reversed(mentions[:index]):
            if not _IS_DISTRICT.search(prior.text) and _big_city(g, prior.text):
                return prior.start, prior.end
    return None


def districts_of_cities(text: str, mentions: list[PlaceMention], g: Gazetteer
                        ) -> dict[int, tuple[tuple[int, int], int | None]]:
    """The district mentions read as their city: the city's span, and the index of the mention naming it (if
    one does, its resolution is the district's too)."""
    out: dict[int, tuple[tuple[int, int], int | None]] = {}
    for i in range(len(mentions)):
        if (city := district_city(text, mentions, i, g)) is not None:
            out[i] = city, next((j for j, o in enumerate(mentions) if (o.start, o.end) == city), None)
    return out


def read_as_cities(text: str, districts: dict[int, tuple[tuple[int, int], int | None]], chosen: list[Choice]
                   ) -> list[Choice]:
    """Each district read as its city takes the city's place (that of the mention naming it, if any)."""
    out = list(chosen)
    for i, ((start, end), j) in districts.items():
        ch = chosen[j] if j is not None else chosen[i]
        out[i] = replace(ch, reason=f"a district of {text[start:end]}, read as the city: {ch.reason}")
    return out


def _opening_region(text: str, cases: list[Case], chosen: list[Choice]) -> int | None:
    """The index of a region or district a post opens on alone ("Tambov region.", "Zaporizhzhia Oblast:")."""
    if not cases:
        return None
    first = cases[0]
    start, end = first.mention.start, first.mention.end
    if first.level not in ("region", "district") or chosen[0].place is None or chosen[0].confidence < 0.5:
        return None
    if text[:start].strip(" \t#*\"«“"):  # only the post's first words (a hashtag or quote mark aside)
        return None
    after = _DISTRICT_AFTER.match(text, end) or re.compile(r"\s+(?i:region|oblast|krai|область|край)").match(
        text, end)
    if after is not None:
        end = after.end()
    return 0 if _OPENING_END.match(text, end) else None


def _alike(a: str, b: str) -> bool:
    return SequenceMatcher(None, unidecode(normalize(a)), unidecode(normalize(b))).ratio() >= _ALIKE


def region_of_opening(text: str, cases: list[Case], chosen: list[Choice], doc: Doc,
                      choose_in: ChooseIn) -> list[Choice]:
    """Every bare place of a post that opens on its region, placed in that region (see the module doc)."""
    k = _opening_region(text, cases, chosen)
    if k is None:
        return chosen
    where = chosen[k].place
    assert where is not None
    members = where.members or ((where.admin1,) if where.admin1 else ())
    out = list(chosen)
    for i in range(k + 1, len(cases)):
        c, ch = cases[i], chosen[i]
        if cases[i].level in ("region", "district") and chosen[i].place is not None:
            break  # a later region speaks for what follows it
        if c.region is not None or c.level is not None or c.country is not None:
            continue
        p = ch.place
        if p is not None and p.country == where.country and p.admin1 in members:
            continue
        if p is not None and p.kind == "settlement" and p.population >= _TOWN and not c.ctx.settlement_cue:
            continue  # "Kursk region. Drones flew on towards Moscow"
        within = [m.place.kind in ("settlement", "district") and m.place.country == where.country
                  and m.place.admin1 in members for m in c.candidates]
        inside = [m for m, w in zip(c.candidates, within, strict=True)
                  if w and (m.exact or _alike(c.ctx.query, m.place.name))]
        if inside:
            # (a name only sounding like a village of the region, and not much alike, is no village of it)
            rest = [m for m, w in zip(c.candidates, within, strict=True) if not w]
            stated = replace(c, region=where, region_text=cases[k].mention.text, candidates=[*inside, *rest])
            out[i] = choose_in(stated, doc, i)
        elif c.ctx.settlement_cue and (p is None or p.kind != "settlement"):
            # "the village of X" the gazetteer has no village for (only a district of the name elsewhere)
            out[i] = Choice(where, 0.5, f"'{c.mention.text}': no village of that name in {where.name}, which "
                                        "the post opens on: resolved to the region")
    return out


def in_theatre(p: Place) -> bool:
    """Ukraine, and the Russian regions on its border the war reaches most."""
    return p.country == "UA" or (p.country == "RU" and p.admin1_name in _BORDER_REGIONS)


def war_prior(p: Place, main: str | None, adjectives: frozenset[str], anchors: list[Place]) -> tuple[float, str]:
    """What a report about the war gives a place of the war's countries over namesakes abroad or far from the
    front ("в Орлі" is Oryol, not Orly; "Krasnoarmeysk" beside the front is Pokrovsk, not Saratov's town). A
    report is about the war when its country is one of them, it names either by adjective, or its other sure
    places are Ukrainian."""
    if p.kind not in ("settlement", "district") or p.country not in _WAR_COUNTRIES:
        return 0.0, ""
    if not (main in _WAR_COUNTRIES or adjectives & _WAR_COUNTRIES or any(a.country == "UA" for a in anchors)):
        return 0.0, ""
    weight, why = 0.0, []
    if main in _WAR_COUNTRIES and p.country != main and p.country not in adjectives:
        weight += _WAR_WEIGHT
        why.append(f"{p.country}, the war's other country")
    if in_theatre(p) and not p.located_by and p.population >= _THEATRE_TOWN:
        # a town of the front, not any hamlet there: a village's main name is no better than a town's old one
        # ("Konstantinovka": Kostiantynivka, not a Crimean village of that spelling)
        weight += _WAR_WEIGHT
        why.append("in the war's theatre")
    return weight, ", ".join(why)


_WAR_COUNTRIES = frozenset({"UA", "RU"})
_WAR_WEIGHT = 0.3
_THEATRE_TOWN = 10_000
_BORDER_REGIONS = frozenset({"Belgorod Oblast", "Bryansk Oblast", "Kursk Oblast", "Voronezh Oblast",
                             "Rostov Oblast", "Krasnodar Krai"})
