"""Regions a sentence names away from a mention, and names that only point at a place beside them.

"в деревне Горицы ... Ярославской области": a Cyrillic name whose region the sentence names further on;
"Seven people were injured in Donetsk Oblast: three in Illinivka": a village after a region named earlier;
"на межі Дніпропетровської та Донецької областей": several regions under one plural head, any of which may
hold the place; "Хилокский рынок Новосибирска": a market, street or district "of" a city is that city.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .evidence import Case, Choice, Doc
from .normalize import has_cyrillic, normalize, split_admin
from .place import Place

_WAR_COUNTRIES = frozenset({"UA", "RU"})
_SENTENCE_END = re.compile(r"[.!?;\n]")
_TOWN = 50_000  # a place this large keeps its own point whatever region the sentence names beside it
# "Дніпропетровської та Донецької областей": the words that join regions under one plural head
_JOIN = re.compile(r"^\s*(?:,|та|і|й|и|and|or|,\s*(?:та|і|и|and))?\s*$", re.IGNORECASE)
# an urban feature named by an adjective ("Хилокский рынок", "вулиця Шевченка" is not this: its name follows)
_URBAN = re.compile(
    r"(?:^|\s)(?:рын(?:ок|ка|ке|ку|ком)|рин(?:ок|ку|ком|ки)|улиц[аеуыи]|улицей|вулиц[яіею]|вулицею|проспект[аеу]?|"
    r"просп|площад[ьиью]|площ[аіею]|кладбищ[еау]|кладовищ[еау]|парк[аеу]?|сквер[аеу]?|бульвар[аеу]?|"
    r"переул(?:ок|ка|ке)|провул(?:ок|ку|ка)|шоссе|набережн(?:ая|ой|ую|а|ій)|вокзал[аеу]?|"
    r"торгов(?:ый|ом|ого) центр[аеу]?)$")  # (never a district: "в Покровском районе Донецкой области" is the raion)
# the city after it, in the genitive: a capitalised word that is no region's adjective ("... района Ростовской
# области" names the district's region, not its city)
_CITY_AFTER = re.compile(r"\s+(?P<city>[А-ЯЁІЇЄҐ][\w'’\-]+)(?![\w'’\-])"
                         r"(?!\s+(?i:област|обл\.|кра[йяюе]|район|республик))")

_NOUN_AFTER = re.compile(r"\s+([а-яёіїєґ]+(?:\s+центр[аеу]?)?)")

ChooseIn = Callable[[Case, Doc, int | None], Choice]


def urban_feature_city(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the city a named market, street or district belongs to ("Хилокский рынок| Новосибирска")."""
    words = normalize(text[start:end]).split()
    if len(words) == 1 and (noun := _NOUN_AFTER.match(text, end)) and _URBAN.search(normalize(noun.group(1))):
        end = noun.end()  # "Хилокский| рынок Новосибирска": the mention stops before its noun
    elif len(words) < 2 or not has_cyrillic(words[-1]) or not _URBAN.search(" ".join(words)):
        return None
    m = _CITY_AFTER.match(text, end, min(len(text), end + 60))
    if m is None:
        return None
    return m.start("city"), m.end("city")


def is_urban_feature(name: str) -> bool:
    words = normalize(name).split()
    return len(words) >= 2 and has_cyrillic(words[-1]) and _URBAN.search(" ".join(words)) is not None


def _members(where: Place) -> tuple[str, ...]:
    return where.members or ((where.admin1,) if where.admin1 else ())


def _under_one_head(text: str, cases: list[Case], chosen: list[Choice], area: int) -> Place:
    """"Дніпропетровської та Донецької областей": the regions listed under one plural head, as one area (the
    admin1 codes of all of them); the region alone otherwise."""
    group = [area]
    for j in range(area - 1, -1, -1):  # earlier items of the list
        if cases[j].level == "region" and chosen[j].place is not None \
                and _JOIN.match(text[cases[j].mention.end:cases[group[0]].mention.start]):
            group.insert(0, j)
        else:
            break
    for j in range(area + 1, len(cases)):  # later ones
        if cases[j].level == "region" and chosen[j].place is not None \
                and _JOIN.match(text[cases[group[-1]].mention.end:cases[j].mention.start]):
            group.append(j)
        else:
            break
    where = chosen[area].place
    assert where is not None
    # only the last item has the head the others share (the geocoder's text may carry the lemma "Донецька
    # область" for "Донецької областей", so the head's number is not to be relied on)
    if len(group) < 2 or any(split_admin(cases[j].mention.text)[1] for j in group[:-1]) \
            or not split_admin(cases[group[-1]].mention.text)[1]:
        return where
    places = [chosen[j].place for j in group]
    if any(p is None or p.country != where.country for p in places):
        return where
    codes = tuple(dict.fromkeys(code for p in places if p is not None for code in _members(p)))
    return replace(where, members=codes)


def region_later_in_sentence(text: str, cases: list[Case], final: list[Choice], doc: Doc,
                             choose_in: ChooseIn) -> list[Choice]:
    """"в деревне Горицы ... района ... области": a Cyrillic name whose district or region the sentence
    names further on lies in it (or is that area, when the gazetteer lacks it), never a namesake abroad
    reached through a foreign spelling; a place elsewhere in the same country only gives way when the
    text calls it a village or town (a list, "Москву и Курскую область", keeps its own places). A town, or a
    place across the war's front from that region ("под Луганском погиб житель Курской области"), keeps its
    own point unless the text calls it a village: the region there is someone else's."""
    out = list(final)
    for i, (c, ch) in enumerate(zip(cases, final, strict=True)):
        if c.region is not None or c.level is not None or c.country is not None \
                or not has_cyrillic(c.mention.text):
            continue
        area = next((j for j in range(i + 1, len(cases)) if final[j].place is not None
                     and cases[j].level in ("region", "district") and final[j].confidence >= 0.5
                     and not _SENTENCE_END.search(text, c.mention.end, cases[j].mention.start)), None)
        if area is None:
            continue
        where = _under_one_head(text, cases, final, area)
        p = ch.place
        members = _members(where)
        if p is not None and p.country == where.country and (p.admin1 in members or not c.ctx.settlement_cue):
            continue
        if p is not None and p.kind == "settlement" and not c.ctx.settlement_cue and (
                p.population >= _TOWN or {p.country, where.country} == _WAR_COUNTRIES):
            continue
        stated = replace(c, region=where, region_text=cases[area].mention.text)
        out[i] = choose_in(stated, doc, i)
    return out


def region_earlier_in_sentence(text: str, cases: list[Case], chosen: list[Choice], doc: Doc,
                               choose_in: ChooseIn) -> list[Choice]:
    """"Seven people were injured in Donetsk Oblast: three in Illinivka, three in Vyshneve": a bare village
    after a region named earlier in its sentence lies in that region when a place of its name does; a namesake
    village elsewhere gives way (a town of any size keeps its own place: "Kharkiv Oblast and Dnipro")."""
    out = list(chosen)
    for i, (c, ch) in enumerate(zip(cases, chosen, strict=True)):
        if c.region is not None or c.level is not None or c.country is not None or ch.place is None:
            continue
        if ch.place.kind != "settlement" or ch.place.population >= _TOWN:
            continue
        area = next((j for j in range(i - 1, -1, -1) if cases[j].level == "region"
                     and chosen[j].place is not None and chosen[j].confidence >= 0.5), None)
        if area is None or _SENTENCE_END.search(text, cases[area].mention.end, c.mention.start):
            continue
        where = _under_one_head(text, cases, chosen, area)
        members = _members(where)
        if ch.place.country == where.country and ch.place.admin1 in members:
            continue
        if not any(m.place.kind == "settlement" and m.place.country == where.country
                   and m.place.admin1 in members for m in c.candidates):
            continue
        out[i] = choose_in(replace(c, region=where, region_text=cases[area].mention.text), doc, i)
    return out
