"""Ukrainian named entities without a statistical model: lexicons, morphology, the gazetteer and context.

No PyPI package carries Ukrainian NER weights, so the default is rules, tried in this order (earlier wins
an overlap): organisations, official channels, units and outlets from ``organisations.toml`` matched on
lemmas; numbered units ("155-ї окремої механізованої бригади"); settlement, street and administrative
phrases ("с. Андріївка", "Бахмутського району", "Краснопільська громада", "на Харківщині"); then runs of
capitalised words, which are people when a word is a first name, patronymic or surname in pymorphy3's
dictionary (or follows a title: "речник ... Волошин"), places when the gazetteer knows their lemma or a
locative preposition precedes them, and organisations when they start with an organisation head noun.
A surname seen once as part of a person is a person wherever it recurs ("Волошин не виключає").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from . import morph
from .callsigns import call_signs
from .lexicon import Organisation, load, organisations, word_key
from .names import russian_spelling
from .names import title as _title
from .person_context import paired_with_name, people_plural, speaks_after_quote
from .place_context import after_region_adjective, attacked
from .place_lemmas import place_lemma
from .tokens import Token, words

_HEADING_AFTER = re.compile(r"\s*(?:[А-ЯІЇЄҐ][\w'’-]+\s+(?:громади|району|області)\s*)?:")
_ADJ_END = re.compile(r"(?:ськ|цьк|зьк|ов|ев|єв|ин|ін|їн)(?:ий|а|е|і|ого|ої|ому|ій|им|ою|их|ими|у|ім)$", re.I)
_SURNAME_END = re.compile(r"(?:енк[оау]|енком|ук|юк|чук|щук|ський|цький|ська|цька|ського|ської|цького|ов|ова|ев|"
                          r"єв|ін|іна|їн|ич|ко|ишин|ак|як|ець)$", re.I)
_MEDIA = frozenset({"telegram", "facebook", "twitter", "x", "youtube", "instagram", "tiktok", "viber", "whatsapp"})
_COMPANY_END = re.compile(r"(?:банк|газ|буд|сервіс|трейд|інвест|пром|торг|груп|холдинг|енерго|агро|мед|тех)\w{0,3}$",
                          re.I)
_TOPONYM_END = re.compile(r"(?:івка|ївка|иха|ове|еве|єве|ине|їне|ськ|цьк|ичі|поле|город|горськ|ець|ин|ів|ьне|не|лля)$")
_DOCUMENTS = frozenset({"закон", "кодекс", "конституція", "постанова", "указ", "наказ", "розпорядження", "декрет",
                        "угода", "договір", "конвенція", "статут", "регламент", "меморандум", "резолюція"})
_COUNCIL = re.compile(r"^[А-ЯІЇЄҐ][а-яіїєґ']{2,}(?<!г)(?:рад[аиіу]|радою)$")
_DEITIES = frozenset({"бог", "господь", "христос", "ісус", "богородиця", "аллах", "будда", "бож", "божий"})
_ROMAN = re.compile(r"^[IVXLCDMІХ]+$")  # Cyrillic І and Х stand in for the Latin letters
_LATIN = re.compile(r"^[A-Za-z]")
_CAPS = re.compile(r"^[A-ZА-ЯІЇЄҐ]{2,7}$")
_UNIT = re.compile(
    r"(?<!\w)(?:\d{1,3}\s*[-‑]?\s*(?:[а-яіїє]{1,3}\s+)?|(?:перш|друг|трет|четверт|п['’]ят|шост|сьом|восьм|дев['’]ят|"
    r"десят)\w*\s+)(?:(?:окрем|механізован|штурмов|десантно-штурмов|аеромоб\w*|мотопіхотн|мотострілецьк|"
    r"танков|артилерійськ|гірсько-штурмов|президентськ|прикордонн|морськ|піхотн|стрілецьк|гвардійськ|"
    r"бригад\w*\s+|територіальн|оборон|спеціальн|армійськ|загальновійськов)\w*\s+){0,4}"
    r"(?:бригад|батальйон|полк|дивізі|рот[аиуі]|корпус|арміі?|армі)\w*"
    r"|(?<!\w)\d{1,3}\s*[-‑]?\s*(?:[а-яіїє]{1,3}\s+)?(?:ОМБр|ОШБр|ОМПБр|ОАеМБр|ОДШБр|ОТБр|ОАБр|ОБрТО|ОБр|ОМБ|ОШП|"
    r"ОБ|ОПБр|ОГШБр|ОБрМП|ОМБр\s+ТрО|ТрО|АК)(?!\w)", re.I)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    lemma: str | None = None
    org: Organisation | None = None


@dataclass(frozen=True)
class _Data:
    locative: frozenset[str]
    titles: frozenset[str]
    org_heads: frozenset[str]
    town_parts: frozenset[str]
    org_prefixes: frozenset[str]
    quoted_org: frozenset[str]
    quoted_outlet: frozenset[str]
    quoted_work: frozenset[str]
    quoted_unit: frozenset[str]
    quoted_author: frozenset[str]
    admin_words: frozenset[str]
    geo_nouns: frozenset[str]
    org_nouns: frozenset[str]
    not_org: frozenset[str]
    place_abbreviations: frozenset[str]
    settlement_prefix: re.Pattern[str]
    street_prefix: re.Pattern[str]
    shchyna: dict[str, str]
    on_region: dict[str, str]
    countries: dict[str, str]
    other_places: frozenset[str]


@cache
def data() -> _Data:
    raw = load("ner_data")

    def prefix_regex(items: list[str]) -> re.Pattern[str]:
        alt = "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))
        return re.compile(rf"(?<![\w.])(?:{alt})(?!\w)\s*(?=[A-ZА-ЯІЇЄҐ«\"])", re.I)

    return _Data(
        locative=frozenset(raw["locative"]), titles=frozenset(raw["titles"]), org_heads=frozenset(raw["org_heads"]),
        town_parts=frozenset(raw["town_parts"]),
        org_prefixes=frozenset(raw["org_prefixes"]), quoted_org=frozenset(raw["quoted_org"]),
        quoted_outlet=frozenset(raw["quoted_outlet"]), quoted_work=frozenset(raw["quoted_work"]),
        quoted_unit=frozenset(raw["quoted_unit"]),
        quoted_author=frozenset(raw["quoted_author"]), admin_words=frozenset(raw["admin_words"]),
        geo_nouns=frozenset(raw["geo_nouns"]), org_nouns=frozenset(raw["org_nouns"]), not_org=frozenset(raw["not_org"]),
        place_abbreviations=frozenset(raw["place_abbreviations"]),
        settlement_prefix=prefix_regex(raw["settlement_prefixes"]), street_prefix=prefix_regex(raw["street_prefixes"]),
        shchyna=dict(raw["shchyna"]), on_region=dict(raw["on_region"]), countries=dict(load("countries")["countries"]),
        other_places=frozenset(load("countries")["other"]["places"]),
    )


def _city_district(text: str, toks: list[Token], i: int) -> bool:
    """"Дніпровського району Херсона": a district of the city named next; the city is the place (the district's
    name alone would resolve to a namesake raion elsewhere)."""
    if i + 2 >= len(toks) or morph.lemma(toks[i + 1].text) != "район":
        return False
    after = toks[i + 2]
    region = i + 3 < len(toks) and morph.lemma(toks[i + 3].text) in ("область", "край", "республіка")
    return _cap(after.text) and not text[toks[i + 1].end:after.start].strip() and not region


_LINE_LABEL = re.compile(r"(?m)^[ \t]*(Джерел[оа]|Фото|Відео|Деталі|Подробиці)[ \t]*:")


def _joins(gap: str, previous: str) -> bool:
    """Two capitalised words are one name across a space, or across the dot of an initial ("Т . К . Петренко")."""
    return bool(re.fullmatch(r"\s", gap) or re.fullmatch(r"\s?\.\s?", gap) and len(previous) == 1)


def _word_at(text: str, start: int) -> str:
    m = re.match(r"[\w'’-]+", text[start:start + 40])
    return m.group() if m else ""


def _cap(word: str) -> bool:
    return word[:1].isupper()


class Recogniser:
    """Finds mentions in one text. ``knows_place(name)`` asks the gazetteer (exact spelling)."""

    def __init__(self, knows_place: Callable[[str], bool]) -> None:
        self.knows_place = knows_place
        self.d = data()

    # -- helpers ---------------------------------------------------------------------------------------------

    def place_lemma(self, toks: list[Token]) -> str | None:
        """The dictionary form of a place mention, or None when it is its own lemma (``place_lemmas``)."""
        return place_lemma(toks, self.knows_place, self.d.countries, self.d.shchyna, self.d.admin_words)

    def _town_part(self, toks: list[Token], i: int) -> bool:
        """"у центрі Києва": part of a town the gazetteer knows, not an organisation ("центр" heads both)."""
        return (morph.lemma(toks[i].text) in self.d.town_parts and _cap(toks[i + 1].text)
                and self._is_place([toks[i + 1]]))

    def _is_place(self, toks: list[Token]) -> bool:
        key = " ".join(morph.lemma(t.text) for t in toks)
        if key in self.d.countries or key in self.d.other_places:
            return True
        name = " ".join(t.text for t in toks)
        lemma = self.place_lemma(toks)
        return (self.knows_place(name) or (lemma is not None and self.knows_place(lemma))
                or self.knows_place(russian_spelling(lemma or name)))

    # -- passes ----------------------------------------------------------------------------------------------

    def lexicon_matches(self, toks: list[Token]) -> list[tuple[int, int, Organisation]]:
        """(first token, last token + 1, organisation), longest match first, left to right."""
        index = organisations()
        longest = max(len(k) for k in index)
        keys = [self._keys(t.text) for t in toks]
        out: list[tuple[int, int, Organisation]] = []
        i = 0
        while i < len(toks):
            hit = None
            for n in range(min(longest, len(toks) - i), 0, -1):
                for org, capital in self._candidates(keys[i:i + n], index):
                    if capital == _cap(toks[i].text):
                        hit = (i, i + n, org)
                        break
                if hit:
                    break
            if hit and self._contiguous(toks[hit[0]:hit[1]]):
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out

    @staticmethod
    def _keys(word: str) -> set[str]:
        if word.isupper() or _LATIN.match(word):
            return {word.casefold()}
        return morph.lemmas(word) | {word_key(word)}

    @staticmethod
    def _candidates(keys: list[set[str]], index: dict[tuple[str, ...], tuple[Organisation, bool]]
                    ) -> list[tuple[Organisation, bool]]:
        combos: list[tuple[str, ...]] = [()]
        for options in keys:
            combos = [c + (o,) for c in combos for o in options][:64]
        return [index[c] for c in combos if c in index]

    @staticmethod
    def _contiguous(toks: list[Token]) -> bool:
        return all(toks[k + 1].start - toks[k].end <= 2 for k in range(len(toks) - 1))

    def find(self, text: str, sentences: list[tuple[int, int]]) -> list[Mention]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def add(m: Mention) -> None:
            if m.end > m.start and not any(m.start < b and a < m.end for a, b in taken):
                taken.append((m.start, m.end))
                found.append(m)

        toks_all = words(text)
        for a, b, org in self.lexicon_matches(toks_all):
            start, end = toks_all[a].start, toks_all[b - 1].end
            if org.label == "ORG":  # "Верховної Ради України", "Міноборони РФ"
                end = self._capitalised_tail(text, toks_all, b, end)
            add(Mention(start, end, org.label, org.name if org.name != text[start:end] else None, org))
        for m in _UNIT.finditer(text):
            add(Mention(m.start(), m.end(), "UNIT"))
        for start, end in call_signs(text):  # "з позивним «Хміль»": a soldier, not the village of that name
            add(Mention(start, end, "PERSON"))
        # "Джерело: місцеве видання ..., поліція ...": a line's label, not the village of that name
        taken.extend((m.start(1), m.end(1)) for m in _LINE_LABEL.finditer(text))
        self._quoted(text, add)
        self._prefixed(text, add)
        self._admin_phrases(text, toks_all, add)
        surnames: set[str] = set()
        for s_start, s_end in sentences:
            self._sentence(text, words(text, s_start, s_end), add, surnames, taken)
        # Second pass: surnames seen in a full name are people wherever they recur.
        if surnames:
            for tok in toks_all:
                if _cap(tok.text) and morph.lemma(tok.text) in surnames:
                    add(Mention(tok.start, tok.end, "PERSON"))
        return sorted(found, key=lambda m: m.start)

    def _admin_phrases(self, text: str, toks: list[Token], add: Callable[[Mention], None]) -> None:
        """"Бахмутського району", "Краснопільська громада", "У Курській області" (before names are grouped)."""
        for i in range(len(toks) - 1):
            tok, nxt = toks[i], toks[i + 1]
            if (_cap(tok.text) and _ADJ_END.search(tok.text) and nxt.start - tok.end <= 2
                    and morph.lemma(nxt.text) in self.d.admin_words):
                if _city_district(text, toks, i) or self._org_before(text, toks, i):
                    continue
                add(Mention(tok.start, nxt.end, "PLACE", self.place_lemma([tok, nxt])))

    def _org_before(self, text: str, toks: list[Token], i: int) -> bool:
        """An organisation's head word stands right before token i, across adjectives ("суду", "прокуратури",
        "Господарського суду", "ГУ Держгеокадастру у"): the place phrase that follows is part of its name."""
        k = i - 1
        while k >= 0 and i - k <= 4 and not text[toks[k].end:toks[k + 1].start].strip():
            word = toks[k].text
            lemma = morph.lemma(word)
            if lemma in self.d.org_heads or lemma in self.d.org_nouns or lemma.endswith("суд"):
                return True
            if word.lower() not in ("у", "в") and not morph.has_grammeme(word, "ADJF"):
                return False
            k -= 1
        return False

    def _org_noun_after(self, text: str, toks: list[Token], i: int) -> int | None:
        """Index of the organisation noun after a capitalised adjective and up to two lowercase adjectives."""
        if not _ADJ_END.search(toks[i].text) or morph.lemma(toks[i].text).endswith(("щина", "ччина")):
            return None
        k = i + 1
        while k < len(toks) and k - i <= 3 and not text[toks[k - 1].end:toks[k].start].strip():
            word = toks[k].text
            if _cap(word):
                return None
            if morph.lemmas(word) & self.d.org_nouns:  # "ради": рада (and рад)
                return k if k > i + 1 or i == 0 else None  # the one-noun case stays with the rule below
            if not word.isalpha() or not morph.has_grammeme(word, "ADJF"):
                return None  # "45-ї" is an ordinal, not an adjective of the name
            k += 1
        return None

    def _quoted(self, text: str, add: Callable[[Mention], None]) -> None:
        """«Епіцентр» after 'гіпермаркет', «Інтерфакс-Україна» after 'агентству', ТОВ «...» (with its prefix),
        and a second name in a list of them ("фірми «Форвард СВ» і «Логістік СВ»")."""
        previous_end = -1
        for m in re.finditer(r"«((?:[^«»\n]|«[^«»\n]*»){2,80})»", text):
            before = words(text, max(0, m.start() - 40), m.start())
            if not before:
                continue
            prev = before[-1]
            lemma = morph.lemma(prev.text).split("-")[-1]
            listed = previous_end >= 0 and re.fullmatch(r"\s*(?:,|і|та|й|або)\s*", text[previous_end:m.start()])
            if prev.text in self.d.org_prefixes or lemma in self.d.quoted_org or prev.text in self.d.quoted_org \
                    or lemma in self.d.quoted_unit or listed:
                inner = m.group(1)
                # ("полку «Скеля»", "штурмовики «Шторму»": a unit's own name, not a place the gazetteer may know)
                label = ("OUTLET" if lemma in self.d.quoted_outlet else "UNIT" if lemma in self.d.quoted_unit
                         else "ORG")
                if prev.text in self.d.org_prefixes and not text[prev.end:m.start()].strip():
                    add(Mention(prev.start, m.end(), label))  # "ТОВ «Логістік СВ»": the prefix is part of the name
                else:
                    start = m.start(1) + len(inner) - len(inner.lstrip())
                    add(Mention(start, m.end(1) - (len(inner) - len(inner.rstrip())), label))
                previous_end = m.end()
            elif lemma in self.d.quoted_author and self._names_only(m.group(1)):
                # "у дописі «Скелі»", "у заяві «Нафтогазу»": who wrote it, a name in capitals only (not a quotation)
                inner = m.group(1)
                start = m.start(1) + len(inner) - len(inner.lstrip())
                add(Mention(start, m.end(1) - (len(inner) - len(inner.rstrip())), "ORG"))
                previous_end = m.end()
            elif self._bare_quoted_name(m.group(1), lemma):
                # «Кріогенсервіс» with no word before it saying what it is: most such names are companies
                inner = m.group(1)
                start = m.start(1) + len(inner) - len(inner.lstrip())
                add(Mention(start, m.end(1) - (len(inner) - len(inner.rstrip())), "ORG"))
                previous_end = m.end()

    @staticmethod
    def _names_only(inner: str) -> bool:
        toks = words(inner)
        return 0 < len(toks) <= 3 and all(_cap(t.text) or t.text.isdigit() for t in toks)

    def _bare_quoted_name(self, inner: str, before: str) -> bool:
        toks = words(inner)
        if not toks or len(toks) > 4 or not _cap(toks[0].text) or before in self.d.quoted_work:
            return False
        if any(morph.lemma(t.text) in self.d.org_heads or morph.lemma(t.text) in self.d.org_nouns
               or morph.lemma(t.text) in ("господарство", "колона", "станція", "комбінат") for t in toks[1:]):
            return True  # «Чорноліське лісове господарство», «Об'єднана гірничо-хімічна компанія»
        # a quoted phrase with lowercase words is a title or a quotation, not a company's name
        return all(_cap(t.text) or t.text.isdigit() or len(t.text) <= 2 for t in toks) and not (
            len(toks) == 1 and morph.is_known(toks[0].text.lower()))

    @staticmethod
    def _word_after(text: str, end: int) -> str:
        m = re.match(r"\s{1,2}([\w'’]+)", text[end:end + 40])
        return m.group(1) if m else ""

    def _prefixed(self, text: str, add: Callable[[Mention], None]) -> None:
        name = r"[A-ZА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]+){0,2}"
        for regex, street in ((self.d.settlement_prefix, False), (self.d.street_prefix, True)):
            for m in regex.finditer(text):
                n = re.match(name + (r"(?:,\s*\d+[а-я]?)?" if street else ""), text[m.end():])
                if n:
                    start = m.start() if street else m.end()
                    end = m.end() + n.end()
                    toks = words(text, m.end(), m.end() + n.end())
                    # "селі Петропавлівка Куп'янського району": the raion is a phrase of its own, not the name.
                    cut = next((j for j in range(1, len(toks)) if _ADJ_END.search(toks[j].text)
                                and morph.lemma(self._word_after(text, toks[j].end)) in self.d.admin_words), None)
                    if cut is not None:
                        toks, end = toks[:cut], toks[cut - 1].end
                    add(Mention(start, end, "PLACE", None if street else self.place_lemma(toks)))

    def _sentence(self, text: str, toks: list[Token], add: Callable[[Mention], None], surnames: set[str],
                  taken: list[tuple[int, int]]) -> None:
        i = 0
        while i < len(toks):
            tok = toks[i]
            if any(a <= tok.start < b for a, b in taken):
                i += 1
                continue
            # Administrative phrase: "Бахмутського району", "Краснопільська громада", "Харківської області".
            if (i + 1 < len(toks) and _cap(tok.text) and _ADJ_END.search(tok.text)
                    and morph.lemma(toks[i + 1].text) in self.d.admin_words
                    and toks[i + 1].start - tok.end <= 2 and not self._org_before(text, toks, i)):
                pair = toks[i:i + 2]
                if not _city_district(text, toks, i):
                    add(Mention(tok.start, pair[-1].end, "PLACE", self.place_lemma(pair)))
                i += 2
                continue
            if (not _cap(tok.text) and morph.lemma(tok.text) in self.d.org_heads and i + 1 < len(toks)
                    and not self._town_part(toks, i)):
                # "прокуратура Київської області", "суду Донецької області": a lowercase head whose genitive
                # chain names a place or an organisation is an organisation's name.
                end = self._org_extent(text, toks, i, tok.end)
                if end > tok.end and any(_cap(t.text) for t in toks[i + 1:] if t.end <= end):
                    add(Mention(tok.start, end, "ORG"))
                    while i < len(toks) and toks[i].end <= end:
                        i += 1
                    continue
            if not _cap(tok.text) or tok.text.isdigit():
                i += 1
                continue
            if (tok.text.lower() in self.d.locative and i + 2 < len(toks) and _cap(toks[i + 1].text)
                    and morph.lemma(toks[i + 2].text) in ("напрямок", "напрям")
                    and self.place_lemma(toks[i + 1:i + 3]) is not None):
                i += 1  # "На Сіверському напрямку" opening a sentence: the front of a known town, read below
                continue
            # "<Adjective> <lowercase noun>": a place ("Стрийського парку"), an organisation ("Кіровоградської
            # облдержадміністрації"), or an adjective that is not a name at all ("Волинським шляхом").
            k = self._org_noun_after(text, toks, i)
            if k is not None:  # "Рівненської обласної ради", "Львівської місцевої прокуратури"
                add(Mention(tok.start, self._org_extent(text, toks, k, toks[k].end), "ORG"))
                i = k + 1
                continue
            if (i + 1 < len(toks) and i > 0 and _ADJ_END.search(tok.text) and not _cap(toks[i + 1].text)
                    and morph.has_grammeme(tok.text, "ADJF") and toks[i + 1].start - tok.end <= 1):
                noun = morph.lemma(toks[i + 1].text)
                if noun in self.d.geo_nouns:
                    front = self.place_lemma([tok, toks[i + 1]]) if noun in ("напрямок", "напрям") else None
                    add(Mention(tok.start, toks[i + 1].end, "PLACE", front))
                    i += 2
                    continue
                if noun in self.d.org_nouns:
                    add(Mention(tok.start, self._org_extent(text, toks, i + 1, toks[i + 1].end), "ORG"))
                    i += 2
                    continue
                town = self.place_lemma([tok]) if toks[i - 1].text.lower() in self.d.locative else None
                if (morph.has_grammeme(toks[i + 1].text, "NOUN") and not morph.person_part(toks[i + 1].text)
                        and not (town and town.endswith(("ів", "їв")))):  # "у Миколаєві уламки": the town
                    i += 2
                    continue
            # A run of capitalised words (initials "В." join it).
            j = i + 1
            while (j < len(toks) and j - i < 4 and _cap(toks[j].text)
                   and _joins(text[toks[j - 1].end:toks[j].start], toks[j - 1].text)
                   and not any(a <= toks[j].start < b for a, b in taken)
                   and self._org_noun_after(text, toks, j) is None):  # "Депутати | Волинської обласної ради"
                j += 1
            # A place before a first name is two mentions: "мешканка Києва Юлія Залізна".
            if (j - i > 1 and morph.person_part(toks[i + 1].text) == "Name"
                    and (not morph.person_part(toks[i].text) or j - i >= 3) and self._is_place(toks[i:i + 1])):
                add(Mention(toks[i].start, toks[i].end, "PLACE", self.place_lemma(toks[i:i + 1])))
                i += 1
            # Leading capitalised function or common words are not part of the name: "Під Гуляйполем",
            # "Президент Володимир Зеленський".
            while j - i > 1 and self._leading_common(toks[i].text) and (
                    morph.is_function_word(toks[i].text) or not self._is_place(toks[i:i + 1])) and not (
                    len(toks[i].text) == 1 and text[toks[i].end:toks[i].end + 2].strip().startswith(".")):
                i += 1
            self._classify(text, toks, i, toks[i:j], add, surnames)
            i = j

    def _classify(self, text: str, toks: list[Token], i: int, run: list[Token], add: Callable[[Mention], None],
                  surnames: set[str]) -> None:
        first = run[0]
        start, end = first.start, run[-1].end
        initial = i == 0 or text[toks[i - 1].end:first.start].strip() in {"—", "–", "-", "«", "\"", "“"} and i <= 1
        prev = toks[i - 1].text.lower() if i > 0 else ""
        prev_lemma = morph.lemma(toks[i - 1].text) if i > 0 else ""
        if len(run) == 1 and (_CAPS.match(first.text) or first.text.isupper()):
            if _ROMAN.match(first.text) or (len(first.text) >= 5 and morph.is_known(first.text.lower())) or (
                    morph.is_function_word(first.text.lower())):  # "ЇЇ" is a pronoun in capitals
                return  # "XV", "УКРАЇНИ" in a capitalised heading
            if first.text in self.d.place_abbreviations:
                add(Mention(start, end, "PLACE"))
            elif first.text not in self.d.not_org and _CAPS.match(first.text):
                add(Mention(start, end, "ORG"))
            return
        if len(run) == 1 and len(first.text) == 1:
            return
        top = morph.parses(first.text)[:1]
        if len(run) == 1 and initial and top and top[0][1] & {"VERB", "INTJ", "PRED"}:
            return  # "Немає ...", "Ой, ..." opening a sentence
        latin = bool(_LATIN.match(first.text))
        if morph.lemma(first.text) in _DOCUMENTS or (i > 0 and prev_lemma in _DOCUMENTS):
            return  # "Закону України", "Податкового кодексу України": a document's name, not a place
        inflected_abbreviation = re.match(r"^([A-ZА-ЯІЇЄҐ]{2,6})[а-яіїєґ]{1,3}$", first.text)
        if len(run) == 1 and inflected_abbreviation and inflected_abbreviation.group(1) in self.d.not_org:
            return  # "КАБом", "БпЛАми": a weapon, not a name
        if len(run) == 1 and _COUNCIL.search(first.text):
            add(Mention(start, end, "ORG"))  # "Київради", "Верховної Ради" written as one word
            return
        if morph.lemma(first.text) in _DEITIES:
            add(Mention(start, end, "PERSON"))
            return
        if any(morph.lemma(t.text) in self.d.admin_words or morph.lemma(t.text) == "республіка" for t in run):
            if self._is_place(run):
                add(Mention(start, end, "PLACE", self.place_lemma(run)))
            return
        head = morph.lemma(first.text)
        if head in self.d.org_heads:
            extent = self._org_extent(text, toks, i, end)
            # at a sentence start a lone head is an organisation when its genitive chain reaches a name
            # ("Міністерство доходів і зборів України ..."), not a common noun ("Суд ухвалив ...")
            if not initial or len(run) > 1 or any(_cap(t.text) for t in toks[i + 1:] if t.end <= extent):
                add(Mention(start, extent, "ORG"))
                return
        place = not latin and not (len(run) == 1 and morph.is_function_word(first.text)) and self._is_place(run)
        if place and prev not in self.d.locative and (speaks_after_quote(text, toks, i)
                                                      or paired_with_name(toks, i, len(run))):
            add(Mention(start, end, "PERSON", self.person_lemma(run)))  # "— каже Богдан", "Богдан та Іван"
            return
        if place and prev in self.d.locative:
            lemma = self.place_lemma(run)
            region = self.d.on_region.get((lemma or first.text).lower()) if prev == "на" and len(run) == 1 else None
            add(Mention(start, end, "PLACE", region or lemma))  # "на Запоріжжі": the oblast, "у Запоріжжі" the city
            return
        parts = [morph.person_part(t.text) for t in run]
        named = [p for p in parts if p]
        common_first = morph.is_common_word(first.text) or len(run) == 1 and people_plural(first.text)
        first_name = parts[0] in ("Name", "Patr") and (not initial or morph.only_name(first.text))
        # A first name that is also a place's name is the person unless a locative preposition makes it the place
        # (that case returned above): "Марина купує", "поруч із Романом".
        if place and (len(run) <= 3 and attacked(toks, i, len(run)) or after_region_adjective(toks, i)):
            add(Mention(start, end, "PLACE", self.place_lemma(run)))
            return
        if first_name or (parts[0] == "Name" and len(run) == 1 and place and len(first.text) > 3):
            for t, p in zip(run, parts, strict=True):
                if p == "Surn" or (p is None and len(run) >= 2):
                    surnames.add(morph.lemma(t.text))
            add(Mention(start, end, "PERSON", self.person_lemma(run)))
            return
        if named and (not initial or parts[0] in ("Name", "Surn") and not common_first
                      and (len(run) > 1 or morph.only_name(first.text)) or len(named) >= 2):
            if len(run) >= 2 or parts[0] != "Name" or not initial:
                for t, p in zip(run, parts, strict=True):
                    if p == "Surn" or (p is None and len(run) >= 2):
                        surnames.add(morph.lemma(t.text))
                if len(run) >= 2:
                    surnames.add(morph.lemma(run[-1].text))
                add(Mention(start, end, "PERSON", self.person_lemma(run)))
                return
        shchyna = len(run) == 1 and morph.lemma(first.text).endswith(("щина", "ччина"))
        if shchyna and prev in self.d.locative:
            add(Mention(start, end, "PLACE", self.place_lemma(run)))  # "на Лемківщині": a region by its name
            return
        alone = len(toks) == len(run)  # a place as a line of its own: "Павлоград." heading a post
        # a place heading its line of a roundup: "Краматорськ: поранено людину", "Ямпіль Лиманської громади: ..."
        heading = bool(_HEADING_AFTER.match(text, end))
        if place and (not initial or not common_first or shchyna or alone or heading
                      or self._capitalised_elsewhere(text, first)):
            add(Mention(start, end, "PLACE", self.place_lemma(run)))
            return
        if not initial and prev_lemma in self.d.titles:
            add(Mention(start, end, "PERSON", self.person_lemma(run)))
            surnames.add(morph.lemma(run[-1].text))
            return
        if initial:
            return
        # An unknown name after a locative preposition is a place the gazetteer lacks ("біля Кліщіївки"),
        # unless it ends like a company ("у Діамантбанку") or the dictionary knows it as a common word.
        if (prev in self.d.locative and not _ADJ_END.search(first.text) and not latin
                and (len(run) > 1 or not morph.is_known(first.text) or _TOPONYM_END.search(morph.lemma(first.text)))
                and not _COMPANY_END.search(first.text)):
            add(Mention(start, end, "PLACE", self.place_lemma(run)))
            return
        if len(run) >= 2 and all(_SURNAME_END.search(t.text) or morph.person_part(t.text) for t in run[-1:]):
            add(Mention(start, end, "PERSON", self.person_lemma(run)))
            surnames.add(morph.lemma(run[-1].text))
            return
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        adjective_name = (re.search(r"(?:ськ|цьк)(?:ий|а|ого|ої|ому|ій|им|ою)$", first.text)
                          and (nxt is None or _cap(nxt.text) or not morph.has_grammeme(nxt.text, "NOUN")))
        if len(run) == 1 and _SURNAME_END.search(first.text) and (not morph.is_known(first.text) or adjective_name):
            add(Mention(start, end, "PERSON"))
            surnames.add(morph.lemma(first.text))
            return
        if latin and first.text.lower() not in _MEDIA:
            add(Mention(start, end, "ORG"))

    @staticmethod
    def _leading_common(word: str) -> bool:
        found = morph.parses(word)
        if len(word) == 1 or morph.is_function_word(word):
            return True
        if not found or morph.person_part(word):
            return False
        if any("ADJF" in g for _, g in found):
            return False  # "Новій Каховці", "Зеленого Гаю": an adjective starts the name
        tags = found[0][1]
        return not ({"UNKN", "Abbr"} & tags)

    @staticmethod
    def _capitalised_elsewhere(text: str, tok: Token) -> bool:
        stem = tok.text[:max(4, len(tok.text) - 2)]
        # (a word the dictionary knows must be the same word there: "Українці" is not "України")
        own = morph.lemmas(tok.text) if morph.is_known(tok.text) else None
        return any(m.start() != tok.start and text[max(0, m.start() - 2):m.start()].strip() not in {"", ".", "!", "?"}
                   and (own is None or bool(own & morph.lemmas(_word_at(text, m.start()))))
                   for m in re.finditer(re.escape(stem), text))

    @staticmethod
    def person_lemma(run: list[Token]) -> str | None:
        """Dictionary form of a name, in the gender its parts agree on ("Юлії Сергеєвої" -> "Юлія Сергеєва")."""
        options = [[(lem, g) for lem, g in morph.parses(t.text) if g & {"Name", "Surn", "Patr"}] for t in run]
        genders = [{x for _, g in opts for x in ("masc", "femn") if x in g} for opts in options if opts]
        common = set.intersection(*genders) if genders else set()
        gender = next(iter(common)) if len(common) == 1 else None
        lemmas = []
        for t, opts in zip(run, options, strict=True):
            if len(t.text) <= 2 or not opts:
                lemmas.append(t.text)
                continue
            fitting = [lem for lem, g in opts if gender is None or gender in g] or [opts[0][0]]
            # a name already in the nominative stays as written ("Петро", not the vocative of "Петра")
            chosen = t.text.lower() if t.text.lower() in fitting else fitting[0]
            lemmas.append(_title(chosen))
        lemma = " ".join(lemmas)
        return None if lemma == " ".join(t.text for t in run) else lemma

    @staticmethod
    def _capitalised_tail(text: str, toks: list[Token], k: int, end: int) -> int:
        """Extend an organisation over capitalised genitive words right after it ("... Автономної Республіки Крим")."""
        n = 0
        while k < len(toks) and n < 4 and not text[end:toks[k].start].strip() and _cap(toks[k].text):
            word = toks[k].text
            if not (word.isupper() or any("gent" in g for _, g in morph.parses(word))):
                break
            end = toks[k].end
            k += 1
            n += 1
        return end

    def _org_extent(self, text: str, toks: list[Token], i: int, end: int) -> int:
        """An organisation name runs on through genitive words ("Фонду соцстрахування ... України")."""
        k = i + 1
        while k < len(toks) and k - i < 12 and toks[k].start < end:
            k += 1
        while k < len(toks) and k - i < 12:
            gap = text[toks[k - 1].end:toks[k].start]
            if gap.strip():
                break
            word = toks[k].text
            grams = morph.parses(word)
            if word.lower() in {"та", "і"} and k + 1 < len(toks):
                k += 1
                continue
            if not grams or not any("gent" in g or "ablt" in g and "NOUN" in g for _, g in grams):
                break
            if any("VERB" in g or "PREP" in g for _, g in grams[:1]):
                break
            end = toks[k].end
            k += 1
        return end
