"""Counts of people in Ukrainian war reporting as best/low/high, with English's conventions.

Number words come in every case and in collective form (двоє, п'ятеро, чотирьох, тридцяти); the tables are
in ``numbers.toml``. A number counts people only when a person noun follows it ("15 людей", "двоє дітей",
"15 із них") or a casualty word stands next to it ("загинули двоє", "семеро поранені", "загиблих може бути
22"). Modifiers bound it the way English's do: "щонайменше 20" -> low 20, "понад 25 тисяч" -> 25001,
"близько тридцяти" -> best 30, "десятки" -> 10 (ACLED's "tens"); "зросла до 31" is the figure 31, not a bound.
Ages ("51-річний"), ordinals ("155-ї"), percentages and dates are never counts.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ...text.numbers import CountExpr

_DATA = Path(__file__).with_name("numbers.toml")
Triple = tuple[int | None, int | None, int | None]


@dataclass(frozen=True)
class _Tables:
    words: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, Triple]
    modifiers: dict[str, tuple[str, ...]]
    exact_after: re.Pattern[str]
    noun: re.Pattern[str]
    after: re.Pattern[str]
    before: re.Pattern[str]
    number: re.Pattern[str]
    modifier: re.Pattern[str]


def _alternation(items: list[str]) -> str:
    return "|".join(re.escape(i).replace("'", "['’ʼ]") for i in sorted(items, key=len, reverse=True))


@cache
def tables() -> _Tables:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    words = {w: int(v) for v, forms in data["words"].items() for w in forms}
    scales = {w: int(v) for v, forms in data["scales"].items() for w in forms}
    vague = {w: (v[0], v[1], None if v[2] < 0 else v[2]) for w, v in data["vague"].items()}
    mods = {k: tuple(v) for k, v in data["modifiers"].items() if k != "exact_after"}
    all_mods = [m for v in mods.values() for m in v]
    number = (r"(?P<num>\d{1,3}(?:[  ]\d{3})+|\d+(?:[.,]\d+)?|" + _alternation(list(words))
              + r"|" + _alternation(list(vague)) + r")(?![\w'’-])"
              r"(?:\s*(?P<scale>" + _alternation(list(scales)) + r")\.?(?![\w'’]))?")
    return _Tables(
        words=words, scales=scales, vague=vague, modifiers=mods,
        exact_after=re.compile(r"(?:" + _alternation(data["modifiers"]["exact_after"]) + r")\s+$", re.I),
        noun=re.compile(r"^\s*(?:[\w'’-]+(?:их|ім|ими|ій|ий|ого|ої|ою|ські|цькі)\s+){0,2}?(?P<noun>(?:"
                        + _alternation(data["nouns"]["stems"]) + r")[\w'’]*)", re.I),
        after=re.compile(data["casualty"]["after"], re.I),
        before=re.compile(data["casualty"]["before"], re.I),
        number=re.compile(r"(?<![\w'’.,-])" + number, re.I),
        modifier=re.compile(r"(?<![\w'’])(?P<mod>" + _alternation(all_mods) + r")\s+$", re.I),
    )


def _value(token: str, scale: str | None, t: _Tables) -> Triple | None:
    low = token.lower().replace("’", "'").replace("ʼ", "'")
    factor = t.scales.get(scale.lower().rstrip("."), 1) if scale else 1
    if low in t.vague:
        if scale:
            return None
        return t.vague[low]
    if low in t.words:
        n = t.words[low]
    else:
        digits = re.sub(r"[  ]", "", token).replace(",", ".")
        try:
            value = float(digits)
        except ValueError:
            return None
        if value != int(value) and factor == 1:
            return None
        n = int(value * factor)
        return n, n, n
    n *= factor
    return n, n, n


def _bounded(triple: Triple, modifier: str | None, prefix: str, t: _Tables) -> Triple:
    best, _, _ = triple
    if modifier is None or best is None or triple[1] != triple[2]:
        return triple
    kind = next(k for k, v in t.modifiers.items() if modifier.lower() in v)
    if kind == "up_to" and t.exact_after.search(prefix):
        return triple
    return {
        "at_least": (best, best, None),
        "more": (best + 1, best + 1, None),
        "up_to": (None, None, best),
        "fewer": (None, None, best - 1),
        "nearly": (best, None, best),
        "about": (best, None, None),
    }[kind]


_SKIP_AFTER = re.compile(r"^(?:[-‑–]\s*(?:річн|ти\s*річн|[а-яіїєґ]{1,3}\b)|\s*(?:%|відсот|км\b|кілометр|метр|м\b|"
                         r"грн|гривень|доларів|євро|рубл|рок|рік|років|січня|лютого|березня|квітня|травня|червня|"
                         r"липня|серпня|вересня|жовтня|листопада|грудня|годин|хвилин|секунд|днів|дні|тижн|місяц|"
                         r"разів|рази|раз\b|[:.]\d))", re.I)
_SKIP_BEFORE = re.compile(r"(?:№|#|\bстатт\w*|\bч\.|\bчастин\w*\s+\d*|\bпункт\w*|\bвійськов\w+\s+частин\w+|"
                          r"\bА|\bВ/ч|\bСу|\bМіГ|\bТу|\bКа|\bМі)\s*[-‑]?\s*$")


_ASIDE = re.compile(r"\s*,\s*(?:серед\s+них|з\s+них|із\s+них|у\s+тому\s+числі|в\s+тому\s+числі|зокрема)"
                    r"[^,.;:!?]{1,40},", re.I)


def _compound_unit(text: str, m: re.Match[str], triple: Triple, t: _Tables) -> tuple[int, int] | None:
    """(units value, end) of the units word after a tens word written out ("двадцяти двох", "сорока п'яти")."""
    if m.group("scale") or not m.group("num").isalpha() or triple[0] not in range(20, 100, 10):
        return None
    nxt = re.match(r"\s+([\w'’]+)", text[m.end():])
    if nxt is None:
        return None
    value = t.words.get(nxt.group(1).lower().replace("’", "'"))
    return (value, m.end() + nxt.end()) if value is not None and 1 <= value <= 9 else None


# "троє з них", "двоє з яких": a part of a group told before (the partitive counts only right after the number)
_PARTITIVES = frozenset({"з них", "із них", "серед них", "з яких", "із яких", "серед яких", "з котрих"})


def find_counts(text: str) -> list[CountExpr]:
    t = tables()
    found: list[CountExpr] = []
    consumed = 0
    for m in t.number.finditer(text):
        start, end = m.start(), m.end()
        if start < consumed:
            continue  # the units of a compound numeral already read
        after = text[end:end + 60]
        before = text[max(0, start - 120):start]  # room for "кількість загиблих ... зросла до"
        if _SKIP_AFTER.match(after) or _SKIP_BEFORE.search(before):
            continue
        triple = _value(m.group("num"), m.group("scale"), t)
        if triple is None:
            continue
        unit = _compound_unit(text, m, triple, t)
        if unit is not None:  # "двадцяти двох": tens and units in one numeral
            n = (triple[0] or 0) + unit[0]
            triple, end = (n, n, n), unit[1]
            consumed, after = end, text[unit[1]:unit[1] + 60]
        noun = t.noun.match(after)
        # "ще 14, серед них дитина, дістали поранення": the aside between the count and its verb is skipped
        aside = _ASIDE.match(after)
        casualty = t.after.match(after[aside.end():] if aside else after) or t.before.search(before)
        if noun is None and casualty is None:
            continue
        if noun is not None and noun.group("noun").lower() in _PARTITIVES and \
                noun.start("noun") > 1:
            noun = None
        mod = t.modifier.search(before)
        modifier = mod.group("mod") if mod else None
        span_start = start - len(mod.group()) if mod else start
        prefix = text[max(0, span_start - 40):span_start]
        triple = _bounded(triple, modifier, prefix, t)
        span_end = end + noun.end() if noun is not None else end
        found.append(CountExpr(span_start, span_end, text[span_start:span_end], *triple,
                               noun=noun.group("noun") if noun is not None else None))
    return found
