"""Counts of people in Russian text, as best/low/high estimates (the conventions of ``warlog.text.numbers``).

Number words are read by lemma, so every case and the collective forms meet one table entry
(``numbers.toml``): "двое", "пятерых", "около тридцати", "не менее 20", "десятки", "свыше сотни".
A number is a count only when a counted noun follows it (up to two words between: "15 мирных жителей",
"двое граждан одной из стран") or a casualty word stands right before it ("погибших стало 22",
"раненых — 109"). The parser is Cyrillic-generic in form: a Ukrainian pack could give it its own tables.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .models import lemma, parses

_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[\w]+(?:-[\w]+)*|[^\w\s]")
_DIGITS = re.compile(r"\d{1,6}")
_RANGE_DASH = {"-", "–", "—"}
# ("мужчины 52 и 61 года": ages, not counts)
_NOT_PEOPLE_AFTER = re.compile(r"^\s*(?:(?:(?:,\s*|\s+и\s+)\d{1,3})+\s+(?:год|лет)|"
                               r"%|процент|километр|км|метр|м\b|год|лет\b|час|минут|рубл|доллар|тонн|"
                               r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|"
                               r"декабря|-?(?:й|я|е|го|летн|х)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class NumberTables:
    units: dict[str, int]
    tens: dict[str, int]
    hundreds: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, tuple[int | None, int | None, int | None]]
    modifiers: dict[tuple[str, ...], str]
    person_nouns: frozenset[str]
    casualty_before: frozenset[str]
    casualty_after: frozenset[str]
    rise_verbs: frozenset[str]


@cache
def tables() -> NumberTables:
    raw = tomllib.loads((resources.files(__package__) / "numbers.toml").read_text(encoding="utf-8"))

    def bound(v: int) -> int | None:
        return None if v < 0 else v

    return NumberTables(
        units=raw["units"], tens=raw["tens"], hundreds=raw["hundreds"], scales=raw["scales"],
        vague={k: (bound(v[0]), bound(v[1]), bound(v[2])) for k, v in raw["vague"].items()},
        modifiers={tuple(k.split()): v for k, v in raw["modifiers"].items()},
        person_nouns=frozenset(raw["person_nouns"]), casualty_before=frozenset(raw["casualty_before"]),
        casualty_after=frozenset(raw["casualty_after"]),
        rise_verbs=frozenset(raw["rise_verbs"]),
    )


@dataclass(frozen=True)
class CountPhrase:
    start: int
    end: int
    text: str
    best: int | None
    low: int | None
    high: int | None


@dataclass(frozen=True)
class _Tok:
    text: str
    lemma: str
    start: int
    end: int


# "погибли больше 500 человек": pymorphy lemmatises the comparatives to their adjectives.
_COMPARATIVES = frozenset({"больше", "меньше"})


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        lem = lemma(word).replace("ё", "е") if word[0].isalpha() else word
        if word.casefold() in _COMPARATIVES:
            lem = word.casefold()  # the modifiers' own word, not the adjective pymorphy gives ("большой")
        out.append(_Tok(word, lem, m.start(), m.end()))
    return out


def _value(toks: list[_Tok], i: int, t: NumberTables) -> tuple[int, int] | None:
    """A number starting at token i: (value, tokens used), compound words summed ("двадцать пять")."""
    tok = toks[i]
    if _DIGITS.fullmatch(tok.text):
        value, used = int(tok.text), 1
        if i + 1 < len(toks) and toks[i + 1].lemma in t.scales and t.scales[toks[i + 1].lemma] > 12:
            return value * t.scales[toks[i + 1].lemma], 2
        return value, used
    total, used, last_rank = 0, 0, 4
    for tok in toks[i:i + 5]:
        lem = tok.lemma
        if lem in t.hundreds and last_rank > 3:
            total, last_rank = total + t.hundreds[lem], 3
        elif lem in t.tens and last_rank > 2:
            total, last_rank = total + t.tens[lem], 2
        elif lem in t.units and last_rank > 1:
            total, last_rank = total + t.units[lem], 1
        elif lem in t.scales and used and t.scales[lem] > 12:
            total, last_rank = total * t.scales[lem], 4
        else:
            break
        used += 1
    return (total, used) if used else None


def _modifier(toks: list[_Tok], i: int, t: NumberTables) -> tuple[str, int] | None:
    """The modifier phrase ending right before token i: (kind, its first token)."""
    for size in (4, 3, 2, 1):
        if i - size < 0:
            continue
        key = tuple(tok.lemma for tok in toks[i - size:i])
        if key in t.modifiers:
            return t.modifiers[key], i - size
    return None


def _apply(kind: str | None, best: int | None, low: int | None, high: int | None
           ) -> tuple[int | None, int | None, int | None]:
    if kind is None or best is None:
        return best, low, high
    if kind == "at_least":
        return best, best, None
    if kind == "more":
        return best + 1, best + 1, None
    if kind == "up_to":
        return None, None, best
    if kind == "fewer":
        return None, None, best - 1
    if kind == "nearly":
        return best, None, best
    return best, None, None  # about


def _is_person_count(toks: list[_Tok], after: int, before: int, t: NumberTables) -> int | None:
    """The end token (exclusive) of the counted noun after a number, or ``after`` itself when a casualty word
    stands just before it; None when the number does not count people."""
    if after + 1 < len(toks) and toks[after].text == "-" and toks[after + 1].text.lower().startswith("летн"):
        return None  # "31-летний водитель": an age
    whole = _value(toks, after + 1, t) if after + 1 < len(toks) and toks[after].lemma == "из" else None
    if whole is not None:
        # "один из четырех военных был ранен", "двое из пяти бойцов погибли": the part counted out of a whole of
        # people (the whole itself is no toll), whatever the number's form
        end = _is_person_count(toks, after + 1 + whole[1], after + 1, t)
        return end
    for j in range(after, min(after + 3, len(toks))):
        if toks[j].text in ".!?;" or (toks[j].text == "," and j > after):
            break
        if j == after and toks[j].lemma in t.casualty_after:
            return after
        if toks[j].lemma in t.person_nouns:
            if toks[j].lemma in ("из", "они") and j == after and j + 1 < len(toks) and toks[j + 1].lemma == "они":
                return j + 2  # "25 из них"
            if toks[j].lemma not in ("из", "они"):
                return j + 1
    if after < len(toks) and _thing(toks[after].text):
        return None  # "пострадали два грузовика": things, not people
    # "погибших стало 22" within three words; after a verb of rising the count's noun may stand further back:
    # "число погибших при ударе по Одессе возросло до двенадцати".
    reach = 3
    for j in range(before - 1, -1, -1):
        if toks[j].text in ".!?;" or before - j > reach:
            break
        if toks[j].lemma in t.rise_verbs and before - j <= 3:
            reach = 12
        if toks[j].lemma in t.casualty_before:
            return after
    return None


def _thing(word: str) -> bool:
    """An inanimate noun by its likeliest reading ("грузовика", "машины"), which a person count never is."""
    found = parses(word) if word[:1].isalpha() else ()
    return bool(found) and {"NOUN", "inan"} <= set(found[0].tag.grammemes)


def find_counts(text: str) -> list[CountPhrase]:
    """Counted phrases in ``text`` with offsets and best/low/high."""
    t = tables()
    toks = _tokens(text)
    found: list[CountPhrase] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        vague = t.vague.get(tok.lemma) or t.vague.get(tok.text.lower())
        if vague and tok.lemma in t.scales and _modifier(toks, i, t):
            vague = None  # "свыше сотни": more than a hundred, not "hundreds"
        number = None if vague else _value(toks, i, t)
        if number is None and vague is None and tok.lemma in t.scales:
            number = (t.scales[tok.lemma], 1)  # "свыше сотни", "дюжина солдат"
        if number is None and vague is None:
            i += 1
            continue
        used = number[1] if number else 1
        best, low, high = (number[0], number[0], number[0]) if number else vague  # type: ignore[misc]
        end_tok = i + used
        # A range: "10-12", "три-четыре", "от 10 до 12".
        if end_tok + 1 < len(toks) and toks[end_tok].text in _RANGE_DASH and number:
            second = _value(toks, end_tok + 1, t)
            if second and second[0] > number[0]:
                best, low, high = number[0], number[0], second[0]
                end_tok = end_tok + 1 + second[1]
        elif number and "-" in tok.text and all(part.lower() in t.units for part in tok.text.split("-")):
            pass
        if number and _DIGITS.fullmatch(tok.text) and _NOT_PEOPLE_AFTER.match(text, toks[end_tok - 1].end):
            i = end_tok
            continue
        first = i
        mod = _modifier(toks, i, t)
        kind = None
        if mod is not None:
            kind, first = mod
            if kind == "up_to" and first > 0 and toks[first - 1].lemma in t.rise_verbs:
                kind = None  # "выросло до 24": the new figure
        elif i > 0 and toks[i - 1].lemma == "от" and toks[end_tok:end_tok + 1] and toks[end_tok].lemma == "до":
            second = _value(toks, end_tok + 1, t) if end_tok + 1 < len(toks) else None
            if number and second:
                best, low, high = number[0], number[0], second[0]
                first, end_tok = i - 1, end_tok + 1 + second[1]
        if kind is not None and best is not None and (low, high) == (best, best):
            best, low, high = _apply(kind, best, low, high)
        elif kind == "about" and best is not None:
            low = high = None
        noun_end = _is_person_count(toks, end_tok, first, t)
        if noun_end is None or tok.text.isdigit() and len(tok.text) == 4 and tok.text.startswith(("19", "20")):
            i = end_tok
            continue
        stop = toks[max(noun_end, end_tok) - 1].end
        begin = toks[first].start
        if low is not None and best is not None and low > best:
            low = best
        found.append(CountPhrase(begin, stop, text[begin:stop], best, low, high))
        i = max(noun_end, end_tok)
    return _enumerations(text, toks, found)


# People told group by group: "ранены ребенок, трое мужчин и две женщины" (six), "пять взрослых и ребенок" (six).
# Only words for kinds of people are summed: "двое погибших и трое раненых" are two counts, not five.
_KINDS = frozenset({"ребенок", "мужчина", "женщина", "взрослый", "подросток", "пенсионер", "пенсионерка", "девочка",
                    "мальчик", "младенец", "девушка", "юноша", "старик", "школьник", "школьница", "студент",
                    "студентка", "малыш"})
# kin named in the same list: "ранены девятилетний мальчик, его мать и бабушка" (three); an age before a member:
# "пять женщин и 17-летний подросток" (six)
_KIN = frozenset({"мать", "отец", "сын", "дочь", "бабушка", "дедушка", "жена", "муж", "внук", "внучка", "брат",
                  "сестра", "супруга", "супруг"})
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+и|,\s+а\s+также)\s*(?:(?:его|её|ее|их)\s+)?(?:[\dа-яё]+-?летн(?:ий|яя|ие)\s+)?")
# "погибли мужчины 52 и 61 года": people counted by their ages
_AGES = re.compile(r"(?<![\w-])(?P<noun>[а-яё]+)\s+(?P<ages>\d{1,3}(?:(?:,\s*|\s+и\s+)\d{1,3})+)\s+(?:года|лет)"
                   r"(?![\w-])")


def _enumerations(text: str, toks: list[_Tok], found: list[CountPhrase]) -> list[CountPhrase]:
    """Counts of kinds of people joined in one list (with lone singular ones: "ребенок") become one count."""
    items: list[tuple[int, int, int, CountPhrase | None]] = []  # start, end, value, the count it was
    for c in found:
        last = _tokens(c.text)[-1].lemma if c.text else ""
        if last in _KINDS and c.best is not None and c.low == c.best == c.high:
            items.append((c.start, c.end, c.best, c))
    for m in _AGES.finditer(text):
        noun = next((p for p in parses(m.group("noun")) if p.tag.POS == "NOUN"), None)
        if noun is not None and noun.normal_form.replace("ё", "е") in _KINDS and noun.tag.number == "plur":
            n = len(re.findall(r"\d+", m.group("ages")))
            found = [*found, CountPhrase(m.start(), m.end(), m.group(), n, n, n)]
    for tok in toks:
        if tok.lemma in _KINDS | _KIN and not any(c.start <= tok.start < c.end for c in found):
            tag = parses(tok.text)[0].tag if parses(tok.text) else None
            if tag is not None and tag.number == "sing" and tag.case == "nomn":
                items.append((tok.start, tok.end, 1, None))
    items.sort()
    chains: list[list[tuple[int, int, int, CountPhrase | None]]] = []
    for item in items:
        if chains and _LIST_GAP.fullmatch(text, chains[-1][-1][1], item[0]):
            chains[-1].append(item)
        else:
            chains.append([item])
    out = list(found)
    for chain in chains:
        # a list ends with "и ...": "трое мужчин, ребенок ранен" are two clauses, not one list
        joined = [k for k in range(1, len(chain)) if "и" in text[chain[k - 1][1]:chain[k][0]].split()]
        chain = chain[:joined[-1] + 1] if joined else []
        members = [c for *_, c in chain if c is not None]
        if chain and not members:
            chain = _told_alone(text, chain)
        if len(chain) < 2:
            continue
        total = sum(value for _, _, value, _ in chain)
        start, end = chain[0][0], chain[-1][1]
        out = [c for c in out if c not in members]
        out.append(CountPhrase(start, end, text[start:end], total, total, total))
    return sorted(out, key=lambda c: c.start)


def _told_alone(text: str, chain: list[tuple[int, int, int, CountPhrase | None]]
                ) -> list[tuple[int, int, int, CountPhrase | None]]:
    """A list of lone people with no number among them counts when it names kin ("мужчина и его сын", "мальчик, его
    мать и бабушка"); "мужчина и женщина" is left to the pair rules. A singular verb before it has the first alone
    for its subject: "погиб мужчина, его жена и сын госпитализированы" lists two."""
    before = re.findall(r"[а-яё]+", text[max(0, chain[0][0] - 30):chain[0][0]].lower())[-1:]
    found = parses(before[0]) if before else []
    if found and found[0].tag.POS in ("VERB", "PRTS") and found[0].tag.number == "sing":
        chain = chain[1:]
    words = [_tokens(text[a:b])[0].lemma for a, b, *_ in chain]
    return chain if len(chain) >= 2 and any(w in _KIN for w in words) else []
