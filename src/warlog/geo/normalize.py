"""Place-name normalisation across scripts and spellings.

Three levels, from strict to loose:

- ``normalize``: casefolded, no diacritics or apostrophes, hyphens as spaces;
  the script is kept (Cyrillic stays Cyrillic). Equal forms are an exact match.
- ``transliterate``: Cyrillic to Latin, Ukrainian national (2010) or Russian
  BGN/PCGN style.
- ``phonetic_key``: a skeleton where the usual English renderings of one
  Ukrainian or Russian name meet (Makiivka / Makeyevka / Макеевка). It is a
  retrieval key only; candidates are ranked afterwards.

Plus helpers to peel administrative words ("Luhanska oblast" -> "luhansk",
region) and Russian/Ukrainian case endings ("в Белгороде" -> "белгород").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

from unidecode import unidecode

AdminLevel = Literal["region", "district"]

_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ`´ʹʻ‘ʾʿ\""), None)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_./,()]+")
_MARKS = re.compile(r"[\u0300-\u036f]")
_KEEP = str.maketrans({"й": "\ue000", "ї": "\ue001", "ў": "\ue002"})
_RESTORE = str.maketrans({"\ue000": "й", "\ue001": "ї", "\ue002": "ў"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Scripts other than Latin and Cyrillic: names in them are not indexed.
_OTHER_SCRIPT = re.compile(
    r"[^\u0000-\u024f\u0300-\u036f\u0400-\u052f\u1e00-\u1eff\u2010-\u2019\u02b9-\u02bf]"
)

_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ъ": "",
    "ґ": "g", "і": "i", "ї": "i", "є": "ie", "ы": "y", "э": "e", "ё": "e",
}
_UK = _COMMON | {"г": "h", "и": "y", "й": "i", "ю": "iu", "я": "ia"}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RU = _COMMON | {"г": "g", "и": "i", "й": "y", "ю": "yu", "я": "ya", "е": "e", "ё": "e"}
_RU_YE = "аеёиоуыэюяьъ"  # after these (or word-initially) Russian е is "ye"
_KEY_TABLE = {ord(k): v for k, v in _RU.items()}

_KEY_DIGRAPHS = re.compile(r"shch|sch|kh|zh|ch|ts|tz|sh|ph|x")
_KEY_DIGRAPH_MAP = {"shch": "S", "sch": "S", "kh": "X", "zh": "J", "ch": "C", "ts": "C", "tz": "C",
                    "sh": "S", "ph": "f", "x": "ks"}
_KEY_LETTERS = str.maketrans({"h": "g", "w": "v", "c": "k", "q": "k"})
_VOWELS = re.compile(r"[aeiouyj]+")
_DOUBLES = re.compile(r"(.)\1+")
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")
# Ukrainian Myk- names are Russian Nik- names (Mykolaiv / Nikolaev).
_NIK = re.compile(r"m[yi]kol")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def indexable(name: str) -> bool:
    """Latin or Cyrillic names only; other scripts are not used for English or Slavic text."""
    return _OTHER_SCRIPT.search(name) is None


@lru_cache(maxsize=1 << 18)
def normalize(text: str) -> str:
    """Casefold, drop diacritics and apostrophes, hyphens/punctuation to single spaces."""
    s = text.casefold().translate(_APOSTROPHES)
    if not s.isascii():
        # й and ї are letters of their own (case endings depend on them); ё is spelt е anyway.
        s = unicodedata.normalize("NFC", s).translate(_KEEP)
        s = _MARKS.sub("", unicodedata.normalize("NFKD", s)).translate(_RESTORE)
        s = unicodedata.normalize("NFC", s)
    return _SEPARATORS.sub(" ", s).strip()


def transliterate(text: str, scheme: Literal["uk", "ru"] = "uk") -> str:
    """Cyrillic to lowercase Latin; other scripts via unidecode; result is ASCII."""
    s = text.casefold().translate(_APOSTROPHES)
    out: list[str] = []
    prev = " "
    table = _UK if scheme == "uk" else _RU
    for ch in s:
        if scheme == "uk" and ch in _UK_INITIAL and not prev.isalpha():
            out.append(_UK_INITIAL[ch])
        elif scheme == "uk" and ch == "г" and prev == "з":
            out.append("gh")  # "зг" is "zgh" so it is not read as "zh"
        elif scheme == "ru" and ch in "её" and (not prev.isalpha() or prev in _RU_YE):
            out.append("ye")
        else:
            out.append(table.get(ch, ch))
        prev = ch
    latin = "".join(out)
    if not latin.isascii():
        latin = unidecode(_MARKS.sub("", unicodedata.normalize("NFKD", latin)))
    return _SEPARATORS.sub(" ", latin.lower()).strip()


def latin_forms(text: str) -> list[str]:
    """Latin readings of a name: both schemes when the script does not say which language."""
    if not has_cyrillic(text):
        return [transliterate(text)]
    low = text.casefold()
    if any(c in low for c in "іїєґ"):
        return [transliterate(text, "uk")]
    if any(c in low for c in "ыэёъ"):
        return [transliterate(text, "ru")]
    return list(dict.fromkeys([transliterate(text, "uk"), transliterate(text, "ru")]))


def phonetic_key(text: str) -> str:
    """A loose key: vowels merged, h/g merged, digraphs folded, doubles collapsed, no spaces."""
    return key_of_normalized(normalize(text))


@lru_cache(maxsize=1 << 18)
def key_of_normalized(s: str) -> str:
    """``phonetic_key`` of a string already passed through ``normalize``."""
    if not s.isascii():
        s = s.translate(_KEY_TABLE)
        if not s.isascii():
            s = unidecode(s).lower()
    s = _NIK.sub("nikol", s)
    s = _KEY_DIGRAPHS.sub(lambda m: _KEY_DIGRAPH_MAP[m.group()], s)
    s = _VOWELS.sub("a", s.translate(_KEY_LETTERS))
    return _DOUBLES.sub(r"\1", _NON_ALNUM.sub("", s))


# --- administrative words -------------------------------------------------------------

_REGION_WORDS = (
    "region", "regions", "oblast", "oblasts", "obl", "province", "krai", "kray", "okrug", "governorate", "voblast",
    "republic", "respublika", "autonomous republic", "peoples republic", "people s republic",
    "область", "области", "областью", "обл", "області", "областю", "край", "крае", "краю",
    "краем", "краї", "республика", "республики", "республике", "республіка", "республіки",
    "республіці", "народная республика", "народной республики", "народна республіка",
    "автономный округ", "автономного округа", "автономном округе",
)
_DISTRICT_WORDS = ("raion", "rayon", "district", "districts", "raions", "район", "района", "районе", "районі",
                   "району", "р н", "municipal district", "urban district", "hromada", "громада", "громади",
                   "громаді", "громаду", "громадою", "громад", "community", "territorial community", "округ", "округа",
                   "округе", "городской округ", "муниципальный округ")
_PREFIXES = ("autonomous republic of ", "republic of ", "the ", "oblast of ", "province of ", "region of ",
             "oblast ")
_ADMIN_TAIL = re.compile(
    r"^(?P<base>.+?)\s+(?P<word>" + "|".join(
        sorted((re.escape(w) for w in _REGION_WORDS + _DISTRICT_WORDS), key=len, reverse=True)
    ) + r")$"
)
_QUALIFIER = re.compile(r"\s+(?:border|frontier|front ?line)$")
_SHCHYNA = re.compile(r"^(?P<stem>\w{3,}?)(?:shchyna|щина|щині|щини)$")


def split_admin(text: str) -> tuple[str, AdminLevel | None]:
    """("Luhanska oblast") -> ("luhanska", "region"); ("Serpukhov") -> ("serpukhov", None)."""
    s = normalize(text)
    s = _LEADING_WORDS.sub("", s) or s
    level: AdminLevel | None = None
    for prefix in _PREFIXES:
        if s.startswith(prefix) and len(s) > len(prefix) + 2:
            s = s[len(prefix):]
            if prefix != "the ":
                level = "region"
    m = _ADMIN_TAIL.match(s)
    if m:
        word = m.group("word")
        base = _QUALIFIER.sub("", m.group("base")) or m.group("base")  # "belgorod border region"
        return base, ("district" if word in _DISTRICT_WORDS else "region")
    m = _SHCHYNA.match(s)
    if m:
        return m.group("stem"), "region"
    return s, level


_ADJ_LATIN = re.compile(r"^(?P<stem>.{3,}?s?k)(?:aya|oye|iy|yi|yy|ij|ii|oi|oy|a|e|y|oho|ogo|iy)$")
_ADJ_CYR = re.compile(
    r"^(?P<stem>.{3,}?(?:ськ|цьк|зьк|ск|цк|зк))"
    r"(?:ая|ой|ую|ий|ого|ому|ом|ое|ей|ої|ій|ою|у|им|ім|ого|ому|а|і|е|и)$"
)


def region_bases(base: str) -> list[str]:
    """Candidate base names of a region word: "luhanska" -> ["luhanska", "luhansk", ...]."""
    s = normalize(base)
    out = [s]
    words = s.rsplit(" ", 1)
    last = words[-1]
    m = (_ADJ_CYR if has_cyrillic(last) else _ADJ_LATIN).match(last)
    if m:
        stem = m.group("stem")
        head = words[0] + " " if len(words) == 2 else ""
        out.append(head + stem)
        short = re.sub(r"(?:ськ|ск|sk)$", "", stem)
        if short != stem and len(short) >= 4:
            out.append(head + short)
    return list(dict.fromkeys(out))


# --- inflection ------------------------------------------------------------------------

# ending -> replacements, longest endings first; for Russian and Ukrainian nouns.
_NOUN_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ові", ("ов", "")), ("еві", ("ев", "")), ("ою", ("а",)), ("ею", ("я",)), ("ом", ("", "о")),
    ("ем", ("", "е")), ("ём", ("",)), ("ой", ("а",)), ("ей", ("я", "")), ("ці", ("ка", "ця")),
    ("зі", ("га", "за")), ("сі", ("са", "ха")), ("ке", ("ка", "к")), ("е", ("", "а", "о")),
    ("і", ("", "а", "я")), ("и", ("а", "я")), ("ы", ("а",)), ("а", ("", "о")), ("я", ("ь", "")),
    ("у", ("", "а")), ("ю", ("ь", "я")),
)
_ADJ_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ого", ("ий", "ый", "ое", "е")), ("ому", ("ий", "ый", "ое")), ("ом", ("ий", "ый", "ое")),
    ("ой", ("ая", "ый", "ий")), ("ую", ("ая",)), ("ій", ("а", "ий")), ("ої", ("а",)),
    ("ім", ("ий", "е")), ("ей", ("ая",)), ("ем", ("ий",)),
)
_ADJ_NAME_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ого", ("ий", "ый", "ое", "е")), ("ому", ("ий", "ый", "ое", "е")), ("ом", ("ий", "ый", "ое")),
    ("ім", ("ий", "е")),
)
_ADJECTIVAL_NAME = re.compile(r"(?:ск|цк|ськ|цьк|зьк)(?:ого|ому|ом|ім)$")
_LEADING_WORDS = re.compile(
    r"^(?:(?:in|near|at|outside|around|of|from|to|the|в|во|у|под|над|из|с|со|на|біля|під|від|до|"
    r"за|около|возле|близ|из под)\s+)+"
)
_POSSESSIVE = re.compile(r"\s?s$")


def _replace(word: str, endings: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    for ending, replacements in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            return [stem + r for r in replacements]
    return []


def inflection_bases(word: str) -> list[str]:
    """Possible nominative forms of one inflected Cyrillic noun (the word itself excluded)."""
    return [w for w in _replace(word, _NOUN_ENDINGS) if w != word]


# a noun whose last vowel drops in its oblique cases: "Орел" -> "в Орлі", "Орёл" -> "в Орле", "Тростянець" ->
# "у Тростянці", "Елец" -> "в Ельце"
_FLEETING = re.compile(r"^(?P<stem>[а-яёіїєґ' ]*[бвгджзклмнпрстфхчшщ])(?P<last>[лнкр])"
                       r"(?:а|у|ю|і|е|ом|ем|ові|еві|ою)$")
_FLEETING_TS = re.compile(r"^(?P<stem>[а-яёіїєґ' ]{2,}?)ь?ц(?:я|ю|і|е|а|у|ем|ом|еві|ові|ею)$")


def fleeting_vowel_forms(text: str) -> list[str]:
    """"в Орлі": the nominatives of a Cyrillic name whose last vowel dropped in its case ending, looked up beside
    the plain readings ("Орлі" is also the Ukrainian name of Orly)."""
    s = _LEADING_WORDS.sub("", normalize(text.strip()))
    if (m := _FLEETING.match(s)) is not None:
        return [m.group("stem") + vowel + m.group("last") for vowel in ("е", "о")]
    if (m := _FLEETING_TS.match(s)) is not None:
        return [m.group("stem") + "ець", m.group("stem") + "ец"]
    return []


def adjectival_forms(text: str) -> list[str]:
    """"в Октябрьском", "у Первомайському": the nominatives of a one-word name read as an adjective (a village
    "Октябрьский"), looked up beside the noun readings ("под Октябрьском" is the town Oktyabrsk)."""
    s = _LEADING_WORDS.sub("", normalize(text.strip()))
    if " " in s or not _ADJECTIVAL_NAME.search(s):
        return []
    return _replace(s, _ADJ_NAME_ENDINGS)


def name_forms(text: str) -> list[str]:
    """Normalised forms to look a mention up under, best first.

    "в Белгороде" -> ["белгороде", "белгород", "белгорода", "белгородо"];
    "Russia's" -> ["russia s", "russia"]; Latin names are not de-inflected.
    """
    raw = text.strip()
    whole = normalize(raw)
    s = _LEADING_WORDS.sub("", whole)
    forms = [whole, s]
    if raw.endswith(("'s", "’s")):
        forms.append(_POSSESSIVE.sub("", s))
    if has_cyrillic(s):
        words = s.split(" ")
        for last in inflection_bases(words[-1]):
            forms.append(" ".join(words[:-1] + [last]))
        if len(words) == 2:
            for adj in _replace(words[0], _ADJ_ENDINGS):
                for noun in [words[1]] + inflection_bases(words[1]):
                    forms.append(adj + " " + noun)
    return [f for f in dict.fromkeys(forms) if f]
