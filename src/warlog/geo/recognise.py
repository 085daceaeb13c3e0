"""Place names the gazetteer vouches for, where a small NER model misses or mislabels them.

Two passes for the ``nlp`` stage:

- ``stated_places``: "Zemlianky, Kharkiv", "Mariupol, Oblast Donetsk", "Hostomel (Kyiv region)": a
  capitalised name followed by a region the gazetteer knows (spelt exactly, with or without its admin
  word). Both are places whatever the model said ("Mykolayivka" tagged PERSON): the pair is the
  strongest evidence a text gives, stronger than the model's guess.
- ``known_places``: capitalised names the model left untagged that are countries, or regions or towns
  of 20,000+ people in the war's countries ("Attacks on Kyiv, Kharkiv and Odesa", all missed by the
  small English model). Elsewhere the model's silence is kept: "Reading", "Mobile" and "Bath" are words,
  except where the words around a name say it is a place: a news dateline ("CAIRO - ", "Muscat: "), a
  legislator's home ("D-Springfield"), where someone is based or born ("Kyiv-based"), a city of 500,000 or
  more opening its sentence before its verb ("Tunis is ...").
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .place import ALT_NAME, MAIN_NAME

_CAP = r"[A-ZА-ЯЁІЇЄҐ][\w'’\-]*"
_NAME = rf"{_CAP}(?:\s+{_CAP}){{0,2}}"
_WORD = r"(?:region|oblast|Oblast|Region|province|district|raion|rayon|область|району?)"
_PAIR = re.compile(
    rf"(?P<place>{_NAME})\s*(?:,|\()\s*(?:in\s+(?:the\s+)?)?"
    rf"(?P<region>(?:Oblast|oblast|Region|region)\s+(?:of\s+)?{_NAME}|{_NAME}(?:\s+{_WORD})?)(?![\w'’])"
)
_TOKEN = re.compile(rf"(?<![\w'’\-]){_NAME}(?![\w'’\-])")
WAR_COUNTRIES = frozenset({"UA", "RU", "BY", "MD"})
_MIN_POPULATION = 20_000
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_NEAR = re.compile(r"\b(?:near|outside|around)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$", re.IGNORECASE)
# A post that opens on its town alone ("Sumy. A drone hit ..."): the name, a full stop, the next sentence
_DATELINE = re.compile(r"\.\s+[A-ZА-ЯЁІЇЄҐ\"«“]")


def _is_region(g: Gazetteer, name: str) -> bool:
    return any(m.exact for m in g.region_matches(name))


def stated_places(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Spans of "place, region" pairs whose region the gazetteer knows exactly."""
    spans: list[tuple[int, int]] = []
    for m in _PAIR.finditer(text):
        place, region = m.group("place"), m.group("region")
        if not _is_region(g, region) or not g.matches(place):
            continue
        spans += [(m.start("place"), m.end("place")), (m.start("region"), m.end("region"))]
    return spans


# A news dateline opens the text: "CAIRO - ", "WINNIPEG — ", "Muscat: ", "OKLAHOMA CITY The Latest ...",
# "April 5, 2018 Honolulu ..."; an optional date first, then the town (upper case, or title case before a colon)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_FIRST = re.compile(rf"^\s*{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\s+")
_UPPER_NAME = re.compile(r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,2}")
_AFTER_UPPER = re.compile(r"\s*(?::|—|–|-\s|\(|,\s*[A-Z])|\s+[A-Z][a-z]")
_TITLE_NAME = re.compile(r"[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2}")
_AFTER_TITLE = re.compile(r"\s*(?::|—|–)\s+[A-Z\"“]")
# a dateline's town is a town of this size (the upper case and the position already say "place"), a title-case
# word before a colon is one only if it is a city ("Update:", "Watch:" are none)
_DATELINE_TOWN = 10_000
_DATELINE_CITY = 100_000


# After a headline or a byline ("... Reporter March 30, 2009 NEWARK -- ", "... in 2008. BEIRUT: "): an upper-case
# town after a line break, a sentence's end or a year, before a dateline mark, near the top of the text
_HEAD_END = re.compile(r"(?:\n|[.!?]\s|\d{4}\s)\s*")
_STRICT_AFTER_UPPER = re.compile(r"\s*(?::|—|–|--|\(|,\s*[A-Z])")
_TOP = 400


def dateline_place(text: str, g: Gazetteer) -> tuple[int, int] | None:
    """The span of the town a text's dateline names, if the gazetteer knows it as a town of its size."""
    date = _DATE_FIRST.match(text)
    at = date.end() if date else len(text) - len(text.lstrip())
    found = _town_at(text, g, at, _UPPER_NAME, _AFTER_UPPER, _DATELINE_TOWN) or _town_at(
        text, g, at, _TITLE_NAME, _AFTER_TITLE if date is None else re.compile(r"\s"), _DATELINE_CITY)
    for head in _HEAD_END.finditer(text, 0, _TOP):
        if found:
            break
        found = _town_at(text, g, head.end(), _UPPER_NAME, _STRICT_AFTER_UPPER, _DATELINE_TOWN)
    return found


def _town_at(text: str, g: Gazetteer, at: int, pattern: re.Pattern[str], after: re.Pattern[str], least: int
             ) -> tuple[int, int] | None:
    m = pattern.match(text, at)
    if m is None:
        return None
    words = m.group().split()
    # the longest run of the opening words that is a known town and stands before the dateline's end
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        end = at + len(name)
        if not after.match(text, end):
            continue
        if any(x.exact and x.quality <= ALT_NAME and not x.rank and (
                x.place.kind == "settlement" and x.place.population >= least
                or x.place.kind in ("region", "country") and x.quality == MAIN_NAME) for x in g.matches(name)):
            return at, end
    return None


# An American legislator's party and home: "Joseph Doe, D-Springfield," / "(R-Ohio)"; the town or state is a place
_PARTY_HOME = re.compile(r"(?:,\s*|\()[DRI]-(?P<home>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?)(?=\s*[,)])")


def party_homes(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """The home towns and states of legislators as American papers write them ("D-Springfield")."""
    return [m.span("home") for m in _PARTY_HOME.finditer(text)
            if any(x.exact and x.quality <= ALT_NAME and not x.rank and x.place.country == "US"
                   and x.place.kind in ("settlement", "region") for x in g.matches(m.group("home")))]


# "a Kyiv-based analyst", "U.S.-based clerics", "a London-born writer": where someone or something is from
_BASED_IN = re.compile(r"(?<![\w'’\-])(?P<name>[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,2})-(?:based|born|headquartered)\b")


def based_places(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Names before "-based", "-born", "-headquartered" that the gazetteer knows as a country, region or town."""
    spans = []
    for m in _BASED_IN.finditer(text):
        words = m.group("name").split(" ")
        for k in range(len(words)):  # "The Kyiv-based": the longest tail the gazetteer knows
            name = " ".join(words[k:])
            if any(x.exact and x.quality <= ALT_NAME and not x.rank for x in g.matches(name)):
                spans.append((m.end("name") - len(name), m.end("name")))
                break
    return spans


# (the next word a verb of a subject: "Tunis is ...", "Lagos urged ..."; not "Van drivers were killed")
_CITY_BEFORE_VERB = re.compile(r" (?:is|was|has|had|have|will|would|remains|remained|became|becomes|lies|sits|says|"
                               r"said|urged|urges|announced|reported|hosted|hosts|saw|sees|faces|faced|welcomed|declared|"
                               r"banned|approved|rejected|plans|planned|wants|wanted|needs|needed|insists|insisted|argues|argued|warns|"
                               r"warned|demands|demanded|accuses|accused|denies|denied|claims|claimed)(?![\w'’-])")
_BIG_CITY = 500_000


def _big_city(g: Gazetteer, name: str) -> bool:
    return any(x.exact and x.quality == MAIN_NAME and not x.rank and x.place.kind == "settlement"
               and x.place.population >= _BIG_CITY for x in g.matches(name))


def known_places(text: str, g: Gazetteer, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Untagged capitalised names that are countries, or war-region towns and regions, and a dateline's town
    (see module doc)."""
    spans: list[tuple[int, int]] = []
    opening_town = dateline_place(text, g)
    if opening_town is not None and not any(opening_town[0] < e and s < opening_town[1] for s, e in taken):
        spans.append(opening_town)
        taken = [*taken, opening_town]
    for home in party_homes(text, g) + based_places(text, g):
        if not any(home[0] < e and s < home[1] for s, e in taken):
            spans.append(home)
            taken = [*taken, home]
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if any(start < e and s < end for s, e in taken):
            continue
        first_word = bool(_SENTENCE_START.search(text[max(0, start - 3):start])) and " " not in m.group()
        opening = (start == 0 or text[start - 1] == "\n") and _DATELINE.match(text, end) is not None
        if first_word and not opening:
            # a capitalised first word is any word, but a post's opening "Sumy." names its town, and a big city
            # opening a sentence before its verb is the city ("Tunis is ...", "Lagos urged ...")
            if _CITY_BEFORE_VERB.match(text, end) and _big_city(g, m.group()):
                spans.append((start, end))
            continue
        for x in g.matches(m.group()):
            p = x.place
            if not x.exact or x.quality > ALT_NAME or x.rank:
                continue
            if (p.kind == "country" and x.quality == MAIN_NAME) or (p.country in WAR_COUNTRIES and (
                    p.kind == "region" or p.kind == "settlement" and (
                        p.population >= _MIN_POPULATION or _NEAR.search(text, max(0, start - 30), start)))):
                # (a smaller town right after "near"/"outside": "struck their own vehicle near Huliaipole")
                spans.append((start, end))
                break
    return spans


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# what makes a run of names a list of places: "the villages of A and B", "A, B and C came under fire", "A and B were
# shelled" (never "in Kherson, Popov said" nor "Kupiansk and Ivanov were mentioned")
_LIST_BEFORE = re.compile(r"\b(?:villages|towns|settlements|cities|communities|hromadas)\s+of\s+(?:the\s+)?$",
                          re.IGNORECASE)
_LIST_AFTER = re.compile(r"(?:\s+(?:communities|hromadas|villages|settlements|towns))?"
                         r"\s+(?:also\s+|again\s+)?(?:came|come)\s+under\s+|\s+(?:were|was)\s+(?:also\s+|again\s+)?"
                         r"(?:shelled|attacked|hit|struck|bombed|under\s+(?:\w+\s+)?fire)\b", re.IGNORECASE)


def listed_places(text: str, g: Gazetteer, places: list[tuple[int, int]],
                  taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Untagged names in a list of places with a named place in it ("Zolochiv and Velykyi Burluk also came under
    fire", "the villages of Tiahynka and Vesele") that are settlements of the war's countries under their own name,
    however small. The run must be joined by "and" and be told as places: after "the villages of" or before
    "came under fire" / "were shelled"."""
    names = [m.span() for m in _TOKEN.finditer(text)]
    known = set(places)
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(names):
        run = [names[i]]
        while i + 1 < len(names) and _LIST_GAP.fullmatch(text[run[-1][1]:names[i + 1][0]]):
            i += 1
            run.append(names[i])
        i += 1
        if len(run) < 2 or not any(" and " in f" {text[a[1]:b[0]]} " for a, b in zip(run, run[1:], strict=False)):
            continue
        if not (_LIST_BEFORE.search(text, max(0, run[0][0] - 40), run[0][0]) or _LIST_AFTER.match(text, run[-1][1])):
            continue
        if not any(any(s < e2 and s2 < e for s2, e2 in known) for s, e in run):
            continue
        for start, end in run:
            if any(start < e and s < end for s, e in taken + found + list(known)):
                continue
            if any(x.exact and x.quality <= ALT_NAME and not x.rank and x.place.country in WAR_COUNTRIES
                   and x.place.kind == "settlement" for x in g.matches(text[start:end])):
                found.append((start, end))
    return found


_COMMUNITY = re.compile(r"(?<![\w'’\-])(?P<name>[A-ZА-ЯЁІЇЄҐ][\w'’]*(?:-[A-ZА-ЯЁІЇЄҐ][\w'’]*)*(?:\s+[A-Z][\w'’]*)?)\s+"
                        r"(?:territorial\s+|village\s+|settlement\s+|urban\s+|rural\s+)?(?:community|hromada)\b")


def community_places(text: str, g: Gazetteer) -> list[tuple[int, int]]:
    """Ukrainian hromadas by their English name, "the Krasnopillia community", "the Znob-Novhorodske community",
    where the name is a Ukrainian settlement or hromada the gazetteer knows (so "the Ohio community" is none).
    The span takes in the word "community", which the resolver reads as the hromada."""
    spans = []
    for m in _COMMUNITY.finditer(text):
        start, name = m.start("name"), m.group("name")
        if " " in name and not _hromada_name(g, name):
            # "Sumy Oblast's Bilopillia community": the two-word try failed, the last word may be the hromada
            start, name = start + name.rindex(" ") + 1, name[name.rindex(" ") + 1:]
        if _hromada_name(g, name):
            spans.append((start, m.end()))
    return spans


def _hromada_name(g: Gazetteer, name: str) -> bool:
    return any(x.exact and x.place.country == "UA" and x.place.kind in ("settlement", "district")
               for x in g.matches(name))
