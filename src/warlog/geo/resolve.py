"""Resolve the place mentions of one document to gazetteer entries.

Evidence, strongest first: a region or country stated next to the mention
("Makiivka, in the Luhansk region"), the mention being a region itself
("the Vladimir region"), the other places of the document (same region,
distance, namesakes of the other names nearby), the document's country (voted
once per name) or the countries its adjectives name ("Russian cities"), then
feature type and population as a prior. A name that only sounds like a
gazetteer name, or a lone small namesake abroad, gives no point rather than a
wrong one. A stated region is a filter, not a hint: if no place of that name
lies in it, the answer is the region itself, never a namesake elsewhere.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher

from unidecode import unidecode

from ..models import GeoPrecision, GeoRef
from . import datafiles
from .abbreviations import region_codes
from .context import read_context
from .coordination import regions_in_lists
from .evidence import Case, Choice, Doc, Level, PlaceMention, distance_km, name_of
from .gazetteer import Gazetteer
from .normalize import has_cyrillic, normalize, split_admin
from .place import ALT_NAME, MAIN_NAME, Match, Place
from .sentence import region_earlier_in_sentence, region_later_in_sentence, urban_feature_city
from .war_context import districts_of_cities, read_as_cities, region_of_opening, war_prior

_PRECISION: dict[str, GeoPrecision] = {"settlement": "settlement", "district": "district",
                                       "region": "region", "country": "country"}
# a region the text names as such counts more for a place in it than the region of another place it names
_REGION_NAMED_WEIGHT = 0.7
# A lone small namesake abroad is more likely a place the gazetteer lacks ("Heathrow" in a London story is the
# airport, not the Florida village): no point rather than a wrong one
_SMALL_ABROAD = 10_000
_NEAR_KM = 250.0
# "Kyiv, Kharkiv": a bare name after a comma is not the region of a place this big, or of a region itself
_STANDS_ALONE_POPULATION = 100_000
# A country or region's own name beats namesake towns smaller than this ("China, Texas"; "Mexico, Missouri")
_AREA_BEATS_TOWN_UNDER = 250_000
_FOREIGN_REGION_TOWN = 50_000
_CITY_SHARE_OF_REGION = 0.15
# A name that only sounds like a place ("Солоті" ~ "Salavat") is taken only this alike, and in the document's
# country (in the war's countries when the text names none)
_FUZZY_MIN_RATIO = 0.85
# Reporting on the war names the attacker's adjective as often as the place's: either war country's adjective
# points at both ("Russian shelling of ..." is about a Ukrainian place)
_WAR_COUNTRIES = frozenset({"UA", "RU"})
_DEMONYM_WEIGHT = 0.4
_COMPASS = re.compile(r"^(?:far\s+)?(?:(?:north|south|east|west)(?:ern)?|(?:north|south)[- ]?(?:east|west)(?:ern)?|"
                      r"central|upper|lower|greater|downtown|rural|coastal)\s+", re.IGNORECASE)
# "the Edgar County Sheriff's Department", "New York Auto Show": a longer name whose head is a known place;
# not when the rest names a place of its own ("Atlantic Avenue", "Lake Manassas", "West Wing", "Pearl Harbor")
_HEAD_MIN_POPULATION = 5_000
_OWN_FEATURE = re.compile(
    r"^(?:avenue|ave|street|st|road|rd|boulevard|blvd|drive|lane|parade|square|wing|tower|union|embassy|"
    r"plaza|hills?|heights|islands?|sea|ocean)\b", re.IGNORECASE)
_GENERIC_HEAD = re.compile(
    r"^(?:far\s+)?(?:(?:north|south|east|west)(?:ern)?|(?:north|south)[- ]?(?:east|west)(?:ern)?|central|upper|"
    r"lower|greater|downtown|rural|coastal|lake|mount|st|saint|fort|port|cape|island|airport|city|county|far|new|"
    r"old|the|"
    # an organisation's own noun ("University of ...", "... Chamber of Commerce", "Summit of the Americas")
    r"university|college|school|academy|hospital|bank|church|chambers?|commerce|summit|council|ministry|"
    r"department|museum|court)$", re.IGNORECASE)
# "Malaya Loknya", "Velyka Pysarivka", "Nova Sloboda": a Slavic village name opened by an adjective is one name; its
# first word alone ("Malaya", a town in the Philippines) is never the place
_SLAVIC_LEAD = re.compile(
    r"^(?:mal|bol'?sh|velyk|velik|nov|star|verkhn|nizhn|nyzhn|krasn|chervon|zelen|bil|bel|chorn|chern|vysok|"
    r"sredn|seredn)(?:a|aya|ya|yaya|iaia|ia|yi|yy|yj|iy|ij|ii|i|y|e|oe|oye|ie|o|oi|oy|yi)?$", re.IGNORECASE)
# a candidate near the namesakes of the text's other names gains up to this much (evidence.SUPPORT_KM)
_SUPPORT_WEIGHT = 0.5
# "West", "the North": a direction on its own, not Cameroon's West region
_BARE_COMPASS = re.compile(
    r"^(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?|(?:north|south)[- ]?(?:east|west)(?:ern)?)$", re.IGNORECASE)
_TOWN = 50_000  # a place this large keeps its own point whatever region the sentence names before it
# "US", "EU", "WA": an all-capitals abbreviation is not a village spelt "Us" or "Wa"
_ABBREVIATION = re.compile(r"^[A-Z]{2,4}$")
# the capitalised words right after a mention, which may be the rest of its name
_NAME_GOES_ON = re.compile(r"(?: (?:de|do|da|dos|das|del|di|du|la|le|el))? [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?")


class Resolver:
    """``Resolver(gazetteer).resolve(text, mentions)`` -> one GeoRef (or None) per mention."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def resolve(self, text: str, mentions: list[PlaceMention], country_hint: str | None = None,
                region_hint: tuple[str, str] | None = None) -> list[GeoRef | None]:
        """The places of ``mentions`` in ``text``; ``region_hint`` (name, country) is the region the report's
        teller speaks for (``geo.officials``), used only where the text states no region."""
        cases = [self._case(text, m) for m in mentions]
        # "the Saltivskyi district of Kharkiv", "the city's X district": the city, which another mention may name
        districts = districts_of_cities(text, mentions, self.gazetteer)
        for i, (city, j) in districts.items():
            cases[i] = replace(cases[i], candidates=[], level=None) if j is not None else replace(  # no evidence
                self._case(text, PlaceMention(*city, text[city[0]:city[1]], "settlement")),
                mention=replace(mentions[i], hint="settlement"))
        # "Zemlianky, Kharkiv": the bare name that served as a place's region is that region
        bare = {c.ctx.country_span for c in cases if c.region is not None and c.region_text == c.ctx.country_text}
        for i, c in enumerate(cases):
            if (c.mention.start, c.mention.end) in bare and c.level is None:
                regions = [m for m in self.gazetteer.region_matches(c.mention.text) if m.exact]
                if regions:
                    cases[i] = replace(c, level="region", candidates=regions)
        adjectives = self._adjectives(text)
        # adjectives are a fallback for the second look: in the first they would lift every place of the war's
        # countries alike and make unsure places look sure enough to anchor the rest
        empty = Doc(country_hint.upper() if country_hint else None)
        first = [self._choose(c, empty, None) for c in cases]
        doc = Doc.of(country_hint, first, cases, adjectives)
        final = [self._choose(c, doc, i) if ch.ambiguous else ch
                 for i, (c, ch) in enumerate(zip(cases, first, strict=True))]
        # A name with many namesakes ("Paris") said nothing in the second look; where it was then settled by
        # the text's other places, its choice speaks for the rest once more ("Henry County" beside it)
        supporters = {n for n, _ in doc.support}
        settled: dict[str, list[Place]] = {}
        for c, ch in zip(cases, final, strict=True):
            name = name_of(c)
            if (name not in supporters and ch.place is not None and ch.place.kind in ("settlement", "district")
                    and ch.place.lat is not None and c.region is None and doc.support_of(ch.place, name) > 0):
                settled.setdefault(name, [ch.place])
        # what the second look made sure ("Florida" among three Floridas, once the text is American) is
        # evidence for the rest in a third
        again = Doc.of(country_hint, final, cases, adjectives)
        again.support = doc.support + list(settled.items())
        if settled or {k for _, k in again.admin1s} != {k for _, k in doc.admin1s} \
                or again.main_country() != doc.main_country():
            doc = again
            final = [self._choose(c, doc, i) if ch.ambiguous and name_of(c) not in settled else ch
                     for i, (c, ch) in enumerate(zip(cases, final, strict=True))]
        later = region_later_in_sentence(text, cases, final, doc, self._choose_in_region)
        placed = region_earlier_in_sentence(text, cases, later, doc, self._choose_in_region)
        placed = region_of_opening(text, cases, placed, doc, self._choose_in_region)
        told = None
        if region_hint is not None:
            told = next((m.place for m in self.gazetteer.region_matches(region_hint[0], region_hint[1]) if m.exact),
                        None)
        chosen = _document_region(cases, _one_place_per_name(cases, final, placed), told)
        chosen = read_as_cities(text, districts, chosen)
        return [_georef(ch) for ch in regions_in_lists(text, cases, chosen)]

    def _adjectives(self, text: str) -> frozenset[str]:
        """Countries the text names by adjective or demonym ("Russian cities", "French police")."""
        counts = Counter(_demonyms()[m.group(1)] for m in _demonym_pattern().finditer(text))
        top = max(counts.values(), default=0)
        found = {cc for cc, n in counts.items() if 2 * n >= top}
        if found & _WAR_COUNTRIES:
            found |= _WAR_COUNTRIES
        return frozenset(found)

    # --- reading one mention -----------------------------------------------------------

    def _case(self, text: str, mention: PlaceMention) -> Case:
        g = self.gazetteer
        ctx = read_context(text, mention.start, mention.end)
        city = urban_feature_city(text, mention.start, mention.end)
        if ctx.coded_to is not None or city is not None:
            # "Kpasnopilska community (coded to Krasnopillia, Sumy region)"; "Хилокский рынок Новосибирска"
            start, end = ctx.coded_to or city  # type: ignore[misc]
            coded = self._case(text, PlaceMention(start, end, text[start:end], mention.hint))
            return replace(coded, mention=mention)
        # A mention named by another form than its words (an inflected place's lemma) is looked up by that form.
        query = mention.text if mention.text != text[mention.start:mention.end] else ctx.query
        level: Level | None = split_admin(query)[1]
        head: str | None = None
        if level is None and mention.hint in ("region", "country"):
            level = mention.hint
        if level is None and ctx.is_admin and query != ctx.query:
            # "Дніпропетровської| та Донецької областей": a lemma loses the plural head its region shares
            level = split_admin(ctx.query)[1]
        country = self._country(ctx.country_text) if ctx.country_text else None
        cc = country.country if country else None
        if level in ("region", "district"):
            candidates = g.region_matches(query, cc) or g.region_matches(query)
            if (not any(m.exact for m in candidates) and query != mention.text
                    and (own := [m for m in g.matches(mention.text, ("country",)) if m.exact])):
                # "U.S. District Court": a country before an admin word is the country, not a district
                candidates, level = own, "country"
        elif level == "country":
            candidates = g.matches(query, ("country",)) or g.matches(query)
        else:
            candidates = g.matches(query)
            # "Zavitne Bazhannya" sounds like the village Zavitne Bazhannia: no head of the name ("Zavitne") wins
            # over a whole multi-word name that matches a village of the war's countries by sound
            whole = " " in query.strip() and any(m.rank == 0 and m.place.kind == "settlement"
                                                 and m.place.country in _WAR_COUNTRIES for m in candidates)
            if _ABBREVIATION.match(mention.text):
                candidates = self._abbreviated(mention.text, candidates)  # "WA": Western Australia or Washington
            if not any(m.exact for m in candidates) and (longer := self._cut_short(text, mention.end, query)):
                candidates = longer  # "Boa| Vista": the model cut the name after its first word
            elif not any(m.exact for m in candidates) and not whole and (inner := self._head(query)):
                candidates, head = inner, inner[0].form
        region = self._stated_region(ctx.admin_text, cc) if ctx.admin_text else None
        region_text = ctx.admin_text
        if country is not None and any(m.exact and m.place.kind == "country" for m in candidates):
            country = None  # "Austria, Slovakia, Cyprus": a list of countries, not "Serpukhov, Russia"
        elif (region is None and country is None and ctx.country_text and not ctx.in_list and level is None
              and (bare := self._stated_region(ctx.country_text, None, exact=True)) is not None
              and not _stands_alone(candidates, bare)):
            region, region_text = bare, ctx.country_text  # "Zemlianky, Kharkiv": the Kharkiv region
        return Case(mention, ctx, level, candidates, region, country, region_text, head)

    def _abbreviated(self, text: str, candidates: list[Match]) -> list[Match]:
        """The candidates and the regions ``text`` abbreviates ("NSW", "WA"), spelt alike."""
        seen = {m.place.id for m in candidates}
        coded = [Match(p, normalize(text), True, ALT_NAME) for pid in region_codes().get(text, ())
                 if pid not in seen and (p := self.gazetteer.place(pid)) is not None]
        return [*coded, *candidates]

    def _cut_short(self, text: str, end: int, query: str) -> list[Match]:
        """A place whose name goes on past the mention ("Boa" + "Vista"), spelt alike under the whole name."""
        m = _NAME_GOES_ON.match(text, end)
        if m is None or query != text[end - len(query):end]:
            return []
        words = m.group().split()
        for n in range(len(words), 0, -1):
            found = [x for x in self.gazetteer.matches(f"{query} {' '.join(words[:n])}")
                     if x.exact and x.rank == 0 and x.quality <= ALT_NAME]
            if found:
                return found
        return []

    def _head(self, query: str) -> list[Match]:
        """A known place inside a longer name none spells: "Port of Los Angeles", "Northeast Georgia",
        "the Edgar County Sheriff's Department", "New York Auto Show"; spelt alike only."""
        words = query.replace("’", "'").split()
        if words and words[0].lower() == "the":
            words = words[1:]
        forms: list[str] = []
        rest = " ".join(words)
        while (m := _COMPASS.match(rest)) and rest[m.end():]:
            rest = rest[m.end():]
            forms.append(rest)
        rest = " ".join(words)
        if " of " in rest:
            forms.append(rest.split(" of ", 1)[1])
        cut = next((i for i, w in enumerate(words) if w.endswith("'s")), None)
        if cut is not None:
            words = [*words[:cut], words[cut][:-2]]
        if not (words and _SLAVIC_LEAD.match(words[0])):
            forms += [" ".join(words[:n]) for n in range(len(words) - 1 if cut is None else len(words), 0, -1)
                      if n == len(words) or not _OWN_FEATURE.match(words[n])]
        for form in forms:
            if _GENERIC_HEAD.match(form.replace(".", "")):
                continue
            found = [m for m in self.gazetteer.matches(form) if m.exact and m.rank == 0 and (
                m.place.kind != "settlement" or m.place.population >= _HEAD_MIN_POPULATION)]
            if found and form[:1].isupper():
                return found
        return []

    def _stated_region(self, name: str, country: str | None, *, exact: bool = False) -> Place | None:
        """The region named beside a mention; when one name covers several ("Kyiv": the city and the
        oblast around it), their admin1 codes together are where the place may lie."""
        found = self.gazetteer.region_matches(name, country)
        if exact:
            found = [m for m in found if m.exact]
        if not found:
            return None
        top = found[0].place
        codes = [m.place.admin1 for m in found if m.exact and m.exact == found[0].exact
                 and m.place.country == top.country and m.place.kind == "region" and m.place.admin1]
        members = tuple(dict.fromkeys([*(top.members or ((top.admin1,) if top.admin1 else ())), *codes]))
        return replace(top, members=members) if members else top

    def _country(self, name: str) -> Place | None:
        found = [m for m in self.gazetteer.matches(name, ("country",)) if m.exact]
        return found[0].place if found else None

    # --- choosing ----------------------------------------------------------------------

    def _choose(self, case: Case, doc: Doc, index: int | None) -> Choice:
        if case.level in ("region", "district"):
            return self._choose_region(case, doc, index)
        if case.region is not None:
            return self._choose_in_region(case, doc, index)
        pool = _exact_first(case.candidates)
        if case.country is not None:
            stated = case.country
            pool = [m for m in pool if m.place.country == stated.country and m.place.kind != "country"]
            if not pool:
                return Choice(stated, 0.75, f"country '{case.ctx.country_text}' stated beside the mention; "
                               f"no place named {case.mention.text} in it in the gazetteer")
        if _BARE_COMPASS.match(case.mention.text):
            return Choice(None, 0.0, f"'{case.mention.text}' is a direction, not a place")
        if _ABBREVIATION.match(case.mention.text):
            pool = [m for m in pool if m.place.kind != "settlement" or _ABBREVIATION.match(m.place.name)]
        if not pool:
            return Choice(None, 0.0, f"no place named {case.mention.text!r} in the gazetteer")
        if not pool[0].exact:
            # Sounds alike only: a different place more often than a spelling of this one ("Солоті" is
            # not "Salavat"). Kept when very alike and in the country the document is about.
            home = case.country.country if case.country else doc.main_country(index)
            pool = [m for m in pool if (m.place.country == home if home else m.place.country in _WAR_COUNTRIES)
                    and _alike(case.ctx.query, m.place.name)]
            if not pool:
                return Choice(None, 0.0, f"no place spelt {case.mention.text!r} in the gazetteer "
                               "(only different names that sound alike)", ambiguous=True)
        if case.country is None and not case.ctx.settlement_cue and case.mention.hint != "settlement":
            main = doc.main_country(index)
            narrowed = _feature_class_first(pool, main)
            # "Lebanon" beside other places of Pennsylvania: a town the text's other places stand around
            # stays in beside the country of its name
            own = name_of(case)
            if all(m.place.kind == "country" for m in narrowed if m.place.kind != "settlement"):
                narrowed += [m for m in pool if m not in narrowed and m.place.country == main
                             and doc.support_of(m.place, own) >= 0.5]
            elif all(m.place.kind == "region" and m.place.country is not None and m.place.country != main
                     and m.place.population < _AREA_BEATS_TOWN_UNDER for m in narrowed if m.place.kind != "settlement"):
                # nor beside a small foreign region's name ("Nelson" beside Castlegar is not New Zealand's region;
                # "England" beside Little Rock is still England); a world region ("the Middle East") is no
                # country's small region, and a hamlet of its name near the text's towns does not replace it
                narrowed += [m for m in pool if m not in narrowed and m.place.kind == "settlement" and m.exact
                             and m.quality == MAIN_NAME and doc.support_of(m.place, own) >= 0.5]
            # towns set aside for a region's name get a second look once the text's country is known (a
            # country's name never yields to a town: "Peru", "Egypt" stay countries)
            narrowed_away = len(narrowed) < len(pool) and main is None and not any(
                m.place.kind == "country" for m in narrowed)
            pool = narrowed
        else:
            narrowed_away = False
        choice = self._rank(pool, case, doc, index, [])
        choice.ambiguous = choice.ambiguous or narrowed_away
        p, main = choice.place, doc.main_country(index)
        if (p is not None and p.country not in _WAR_COUNTRIES and (main is None or main in _WAR_COUNTRIES)
                and case.ctx.settlement_cue and has_cyrillic(case.mention.text)
                and not any(m.place.id == p.id and m.quality == MAIN_NAME for m in pool)
                and (ours := [m for m in pool if m.place.kind == "settlement" and m.place.country in _WAR_COUNTRIES])):
            # "село Шевченко": a village the text calls so, in a report from the war's countries, is one of
            # theirs, not a city abroad that once bore the name (Aktau was Shevchenko)
            note = f"a village of the war's countries, not {p.name} ({p.country}), which has the name only as another"
            choice = self._rank(ours, case, doc, index, [note])
            p = choice.place
        if p is not None and p.kind == "settlement" and p.population < _SMALL_ABROAD and case.country is None:
            # across the front line a small place is news, not a stray namesake ("Tetkino" in a story about Ukraine)
            war = {main, p.country} <= _WAR_COUNTRIES
            if main and p.country != main and not war and not doc.support_of(p, name_of(case)):
                return Choice(None, 0.0, f"the only {case.mention.text} near enough is {p.name} ({p.country}), "
                               f"a small place outside the text's country {main}: not given")
            # worth a second look once the text's country is known, and too unsure to say what that country is
            choice.ambiguous = True
            choice.confidence = min(choice.confidence, 0.6)
        return choice

    def _choose_region(self, case: Case, doc: Doc, index: int | None = None) -> Choice:
        pool = _exact_first(case.candidates)
        if not pool:
            return Choice(None, 0.0, f"no region named {case.ctx.query!r} in the gazetteer")
        main = case.country.country if case.country else doc.main_country(index)
        if main:  # among same-name regions, the document's country first (stable: keeps name order)
            pool = sorted(pool, key=lambda m: m.place.country != main)
        top = pool[0]
        cities = self._big_cities(case.ctx.query) if case.level == "region" and case.country is None else []
        home_city = next((c for c in cities if main and c.country == main != top.place.country), None)
        if home_city is not None:
            # "the Charlotte region": no region of that name at home, but a city: the area around it
            return Choice(home_city, 0.7, f"'{case.ctx.query}' names the area around {home_city.name}, a city of "
                                          f"the text's country {main} (the region of that name is abroad)")
        # Same-named districts of one country ("Clarke County", "Webster County"): the one in a region the
        # text names, or near its other places (stable: name order breaks ties)
        twins = [m for m in pool if m.place.country == top.place.country and m.place.kind == top.place.kind
                 and m.exact == top.exact and m.quality == top.quality]
        near_note = ""
        if len(twins) > 1 and top.place.kind == "district":
            ranked = sorted(((self._nearby(m.place, case, doc, index), i, m) for i, m in enumerate(twins)),
                            key=lambda t: (-t[0][0], t[1]))
            if ranked[0][0][0] > 0:
                (_, near_note), _, top = ranked[0]
                pool = [top, *(m for m in pool if m is not top)]
        rivals = {m.place.country for m in pool[1:] if m.exact == top.exact and m.quality == top.quality}
        conf = (0.92 if top.exact else 0.7) - (0.2 if rivals else 0.0)
        beside = case.ctx.is_admin and case.ctx.query != case.mention.text
        said = "stated beside it" if beside else "in the mention"
        reason = f"'{case.ctx.query}' names a {top.place.kind} (admin word {said})"
        if case.country is not None:
            reason += f"; country '{case.ctx.country_text}' stated"
        if rivals:
            reason += f"; same-name regions also in {', '.join(sorted(c for c in rivals if c))}"
        if near_note:
            reason += f"; {len(twins)} of that name in {top.place.country}, this one {near_note}"
        # a big city of the name abroad: worth a second look once the text's country is known
        second_look = not main and any(c.country != top.place.country for c in cities)
        return Choice(top.place, conf, reason,
                      ambiguous=(len(twins) > 1 and top.place.kind == "district") or second_look)

    def _big_cities(self, query: str) -> list[Place]:
        """Cities of the name in "the X region", biggest first."""
        cities = [m.place for m in self.gazetteer.matches(split_admin(query)[0]) if m.exact
                  and m.quality == MAIN_NAME and m.place.kind == "settlement"
                  and m.place.population >= _STANDS_ALONE_POPULATION]
        return sorted(cities, key=lambda p: -p.population)

    def _nearby(self, p: Place, case: Case, doc: Doc, index: int | None) -> tuple[float, str]:
        """What the text's other places say for ``p``: its region named elsewhere, anchors and namesakes near."""
        score, notes = 0.0, []
        if (p.country or "", p.admin1 or "") in doc.regions(index):
            score += 1.0
            notes.append(f"in {p.admin1_name or p.admin1}, named elsewhere in the text")
        near = [(distance_km(p, a), a) for i, a in doc.anchors if i != index and a.id != p.id]
        if near:
            d, anchor = min(near, key=lambda t: t[0])
            if d < _NEAR_KM:
                score += 0.8 * (1 - d / _NEAR_KM)
                notes.append(f"{d:.0f} km from {anchor.name}")
        support, said = doc.support_detail(p, name_of(case))
        if support:
            score += _SUPPORT_WEIGHT * min(1.0, support)
            notes.append(said)
        return score, ", ".join(notes)

    def _choose_in_region(self, case: Case, doc: Doc, index: int | None) -> Choice:
        region = case.region
        assert region is not None
        members = region.members or ((region.admin1,) if region.admin1 else ())
        pool = _exact_first(case.candidates)
        named = {m.place.id for m in pool if m.place.kind in ("settlement", "district")}
        top = next((m for m in pool if m.place.kind in ("settlement", "district")), None)
        # In the stated region, a name spelt alike first, else one that sounds alike ("Sizoe" / "Syzove"):
        # a namesake elsewhere never beats a place in the region.
        inside = _exact_first([m for m in case.candidates if m.place.kind in ("settlement", "district")
                               and m.place.country == region.country and m.place.admin1 in members])
        stated = f"admin context '{case.region_text}' stated {case.ctx.admin_where or 'after'} the mention"
        count = _named(len(named), top, case.mention.text)
        if not inside:
            missing = f"{count}: resolved to the region" if not named else (
                f"{count}, none in {region.name}: the settlement is not in the gazetteer, "
                "so the region is given")
            return Choice(region, 0.8, f"{stated}; {missing}")
        notes = [stated, f"{count}, {len({m.place.id for m in inside})} in {region.name}"]
        choice = self._rank(inside, case, doc, index, notes)
        choice.confidence = min(0.97, choice.confidence + 0.15)
        return choice

    def _rank(self, pool: list[Match], case: Case, doc: Doc, index: int | None, notes: list[str]
              ) -> Choice:
        main = doc.main_country(index)
        # A place abroad by its main name ("Jerusalem") against a home town that only has the name as an
        # alternate: the home bonus counts half for that town (a report from one war country is about both:
        # "Konstantinovka" in Amur is no place abroad beside Kostiantynivka)
        home = _WAR_COUNTRIES if main in _WAR_COUNTRIES else {main}
        rival = any(m.exact and m.quality == MAIN_NAME and m.place.country not in home for m in pool)
        scored = sorted(((self._score(m, case, doc, index, rival), m) for m in pool), key=lambda t: -t[0][0])
        (best, why), top = scored[0]
        distinct = {m.place.id for _, m in scored}
        same_kind = {m.place.id for _, m in scored if m.place.kind == top.place.kind}
        margin = best - scored[1][0][0] if len(scored) > 1 else 1.0
        conf = 0.45 + 0.5 * min(1.0, margin / 0.8)
        if not top.exact:
            conf *= 0.8
            notes.append(f"spelling differs ('{case.mention.text}' ~ '{top.place.name}')")
        if case.head:
            notes.append(f"'{case.head}' read inside '{case.mention.text}'")
        if not case.region:
            notes.append(_named(len(same_kind), top, case.head or case.mention.text, top.place.kind))
        notes.extend(why)
        return Choice(top.place, round(max(0.05, min(0.97, conf)), 3), "; ".join(notes),
                       ambiguous=len(distinct) > 1)

    def _score(self, m: Match, case: Case, doc: Doc, index: int | None, main_name_rival: bool = False
               ) -> tuple[float, list[str]]:
        p, why = m.place, []
        if m.exact:
            s = {MAIN_NAME: 1.0, ALT_NAME: 0.85}.get(m.quality, 0.45)
        else:  # sounds alike only
            s = 0.5 if m.quality < 2 else 0.2
        s -= 0.1 * min(m.rank, 3)
        pop = min(1.0, math.log10(p.population + 1) / 7)
        s += {"settlement": 0.3 + 0.7 * pop, "district": 0.15, "region": 0.8, "country": 1.2}[p.kind]
        if p.located_by:  # a borrowed (hromada or raion) point: a namesake with its own point goes first
            s -= 0.25
        hint = case.mention.hint
        if case.ctx.settlement_cue or hint == "settlement":
            s -= 0.8 if p.kind in ("region", "country") else 0.0
        elif hint == "region" and p.kind == "settlement":
            s -= 0.5
        main = doc.main_country(index)
        if main and p.country == main:
            s += 0.3 if main_name_rival and m.exact and m.quality == ALT_NAME else 0.6
            why.append(f"in the document's country {main}")
        elif main in _WAR_COUNTRIES and p.country in _WAR_COUNTRIES and p.country in doc.adjectives \
                and p.kind != "country":
            # a report on the war is about both its countries when it names the other by adjective ("Ukrainian
            # soldiers surrendered near Donetsk" beside Sochi): neither outweighs the other, the rest decides
            s += 0.6
            why.append(f"{p.country}, the war's other country, named by an adjective in the text")
        elif p.country in doc.adjectives and p.kind != "country":
            s += _DEMONYM_WEIGHT
            why.append(f"{p.country} named by an adjective in the text")
        # Namesakes nearby are weaker evidence than a region the text names: once it names regions, support
        # counts only inside them ("In the Donetsk region, ... Kostiantynivka" beside a Kherson)
        named_regions = {key for i, key in doc.stated_regions if i != index and key[1]}
        inside = not named_regions or (p.country or "", p.admin1 or "") in named_regions
        war, said_war = war_prior(p, main, doc.adjectives, [a for i, a in doc.anchors if i != index])
        if war and inside:  # (not over a region the text names: "Sumy Oblast ... the communities of Mykolaiv")
            s += war
            why.append(said_war)
        near_named, said = doc.support_detail(p, name_of(case)) \
            if m.exact and m.quality == MAIN_NAME and inside else (0.0, "")
        if near_named:
            s += _SUPPORT_WEIGHT * min(1.0, near_named)
            why.insert(0, said)
        same_region = (p.country or "", p.admin1 or "") in doc.regions(index)
        if p.kind != "country" and same_region and not case.region:
            # a region the text names as such ("Florida", "Henderson County, Texas") says more than the region
            # of another town it names
            said_as_region = (p.country or "", p.admin1 or "") in named_regions
            s += _REGION_NAMED_WEIGHT if said_as_region else 0.4
            why.append(f"in {p.admin1_name or p.admin1}, named elsewhere in the text")
        near = [(distance_km(p, a), a) for i, a in doc.anchors if i != index and a.id != p.id]
        if near:
            d, anchor = min(near, key=lambda t: t[0])
            if d < _NEAR_KM:
                s += 0.8 * (1 - d / _NEAR_KM)
                why.append(f"{d:.0f} km from {anchor.name}")
        own = name_of(case)
        if p.kind == "settlement" and m.quality == ALT_NAME and any(
                a.id == p.id and i < len(doc.names) and own not in doc.names[i] and doc.names[i] not in own
                for i, a in doc.anchors if i != index):
            # "Артемовск (Бахмут)": the text names the place by another of its names, closer than any neighbour
            s += 0.8
            why.insert(0, f"the text names {p.name} by another name too")
        if p.kind == "settlement" and p.population:
            why.append(f"population {p.population:,}")
        return s, why[:3]


def _feature_class_first(pool: list[Match], main_country: str | None) -> list[Match]:
    """An unqualified name that is a country's or a first-level region's own name means that area ("China",
    "Queensland"), not a small namesake town; a region of the document's country before a foreign country
    ("Georgia" in American news). Towns bigger than the region's threshold stay in ("New York", "Washington")."""
    own = [m for m in pool if m.exact and m.quality == MAIN_NAME and m.place.kind in ("country", "region")
           and m.place.feature_code != "ADM2"]
    if not own:
        return pool
    home = [m for m in own if m.place.kind == "region" and main_country and m.place.country == main_country]
    # With no document country yet, a country and a same-named region both stay ("Georgia"): the ranking
    # and the document's other places decide.
    areas = home or own
    # "New York": the city (its own name "New York City") stays beside the state; "Quebec": the city, a twentieth
    # of its province, does not
    regions_only = all(a.place.kind == "region" for a in areas)  # a country's name is never its capital's
    big = [m for m in pool if m.place.kind == "settlement" and m.exact
           and m.quality <= (ALT_NAME if regions_only else MAIN_NAME)
           and m.place.population >= _AREA_BEATS_TOWN_UNDER and m.place.country in
           {a.place.country for a in areas} | {main_country}
           and not any(a.place.country == m.place.country and a.place.admin1 == m.place.admin1
                       and m.place.population < _CITY_SHARE_OF_REGION * a.place.population for a in areas)]
    if not home and all(a.place.kind == "region" for a in areas):
        # a foreign region's name does not hide a city elsewhere ("Manchester" is not the Jamaican parish)
        big += [m for m in pool if m.place.kind == "settlement" and m.exact and m.quality == MAIN_NAME
                and m.place.population >= _FOREIGN_REGION_TOWN and m not in big]
    return areas + big


_DEMONYMS: dict[str, str] = {}
_DEMONYM_RE: list[re.Pattern[str]] = []


def _demonyms() -> dict[str, str]:
    if not _DEMONYMS:
        _DEMONYMS.update(datafiles.demonyms())
    return _DEMONYMS


def _demonym_pattern() -> re.Pattern[str]:
    if not _DEMONYM_RE:
        forms = "|".join(sorted((re.escape(f) for f in _demonyms()), key=len, reverse=True))
        _DEMONYM_RE.append(re.compile(rf"(?<![\w-])({forms})s?(?![\w])"))
    return _DEMONYM_RE[0]


def _alike(a: str, b: str) -> bool:
    """Spelt nearly alike, across scripts ("Solote" / "Солоте"), not only sounding alike."""
    return SequenceMatcher(None, unidecode(normalize(a)), unidecode(normalize(b))).ratio() >= _FUZZY_MIN_RATIO


def _stands_alone(candidates: list[Match], region: Place) -> bool:
    """Is the mention a region or country, or a big city with no namesake in ``region``?

    Then "X, Y" is a list ("Kyiv, Kharkiv"), not a place and its region ("Springfield, Illinois")."""
    members = region.members or ((region.admin1,) if region.admin1 else ())
    exact = [m.place for m in candidates if m.exact]
    # "Nelson, BC": a town inside the region named after it is that town, whatever else shares its name
    if any(p.kind == "settlement" and p.country == region.country and p.admin1 in members for p in exact):
        return False
    if any(p.kind in ("region", "country") for p in exact):
        return True
    if any(p.country == region.country and p.admin1 in members for p in exact):
        return False
    return any(p.kind == "settlement" and p.population >= _STANDS_ALONE_POPULATION for p in exact)


def _named(count: int, top: Match | None, text: str, kind: str = "place") -> str:
    name = text if top is None or top.rank == 0 else f"{top.form!r} (de-inflected from {text!r})"
    if count == 0:
        return f"no place named {name} in the gazetteer"
    if count == 1:
        return f"the only {kind} named {name}"
    return f"{count} {kind}s named {name}"


def _exact_first(matches: list[Match]) -> list[Match]:
    """Spelt-alike candidates if there are any; sounds-alike ones only otherwise."""
    exact = [m for m in matches if m.exact]
    return exact or matches


def _georef(choice: Choice) -> GeoRef | None:
    p = choice.place
    if p is None:
        return None
    precision = _PRECISION[p.kind]
    reason = choice.reason
    if p.kind == "settlement" and p.located_by in ("hromada", "raion"):
        precision = "hromada" if p.located_by == "hromada" else "raion"
        reason += f"; its own point is not in the gazetteer: its {p.located_by}'s centre, within {p.radius_km:g} km"
    return GeoRef(
        gazetteer_id=p.id, name=p.name, lat=p.lat, lon=p.lon,
        admin1=p.admin1_name if p.kind != "country" else None, country=p.country,
        precision=precision, confidence=choice.confidence, reason=reason, radius_km=p.radius_km,
    )


def _one_place_per_name(cases: list[Case], first: list[Choice], placed: list[Choice]) -> list[Choice]:
    """A name the text places once by its stated region ("в Головчине ... губернатор Белгородской области") is
    that place wherever the text repeats it bare (the headline's "в Головчине"), not a namesake abroad."""
    stated: dict[str, Choice] = {}
    for c, before, ch in zip(cases, first, placed, strict=True):
        if ch.place is not None and (c.region is not None or ch is not before):
            stated.setdefault(c.mention.text.casefold(), ch)
    out = list(placed)
    for i, c in enumerate(cases):
        known = stated.get(c.mention.text.casefold())
        if (known is not None and c.region is None and c.level is None and c.country is None
                and out[i].place is not known.place):
            out[i] = known
    return out


_NAMESAKES = 3  # a village name this common says nothing of its region by itself
_HAMLET = 5_000


def _document_region(cases: list[Case], chosen: list[Choice], told: Place | None = None) -> list[Choice]:
    """A governor's post about the Belgorod region names "the village of Petrovka" bare: of its many namesakes
    the gazetteer has none in that region, so the village is in the gazetteer's gaps, and the region, which the
    text states, is given rather than a namesake elsewhere. Only where the text states one region of the war's
    countries (or, stating none, is told by the official of one: ``told``) and nothing else places the name."""
    regions = {ch.place.id: ch.place for c, ch in zip(cases, chosen, strict=True)
               if c.level == "region" and ch.place is not None and ch.confidence >= 0.5
               and ch.place.country in _WAR_COUNTRIES}
    if not regions and told is not None and told.country in _WAR_COUNTRIES:
        regions = {told.id: told}
    if len(regions) != 1:
        return chosen
    (region,) = regions.values()
    members = region.members or ((region.admin1,) if region.admin1 else ())
    out = list(chosen)
    for i, (c, ch) in enumerate(zip(cases, chosen, strict=True)):
        p = ch.place
        if (p is None or c.region is not None or c.country is not None or p.country not in _WAR_COUNTRIES
                or p.admin1 in members or not (p.kind == "settlement" and c.level is None
                                               or p.kind == "district" and c.level == "district")):
            continue
        namesakes = {m.place.id for m in c.candidates if m.exact and m.place.kind == p.kind}
        if p.kind == "district" and len(namesakes) >= 2:
            # "У Дніпровському районі" in a Kherson post: a district name several regions (and cities) share
            out[i] = Choice(region, 0.5, f"'{c.mention.text}': {len(namesakes)} districts of that name, none in "
                                         f"{region.name}, the only region the text states: resolved to the region")
            continue
        # a place reached only through a loose spelling ("Чайки" -> Chaykyne) is no evidence against the region
        loose = p.id not in namesakes
        # a hamlet across the border from the one region the text is about ("село Чайки" in a Belgorod post, a
        # Crimean "Чайка" in the gazetteer) is a village of that region the gazetteer lacks
        abroad = p.country != region.country and p.population < _HAMLET
        if (len(namesakes) >= _NAMESAKES or loose or abroad) and p.population < _TOWN:
            found = f"only a loosely spelt '{p.name}'" if loose else f"{len(namesakes)} settlements of that name"
            out[i] = Choice(region, 0.5, f"'{c.mention.text}': {found}, none in {region.name}, the only region the "
                                         "text states or its teller speaks for: resolved to the region")
    return out

