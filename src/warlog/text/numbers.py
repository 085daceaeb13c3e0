"""Counts of people in English war reporting, as best/low/high estimates.

``parse_count("at least 5")`` gives ``(best, low, high)``; ``find_counts(text)`` finds counted
phrases ("20 guys", "two dozen soldiers", "at least five of them were killed") with offsets and the
counted noun. Whether a count is of the dead or the injured is for the caller to decide.

Estimates follow UCDP's best/low/high: ``low <= best <= high`` whenever both are known, and None
means "no bound stated". Point values for vague words follow ACLED where ACLED has a rule, from
the ACLED Codebook (2019 onwards) fatality conventions and ACLED's "Fatalities" FAQ: ACLED codes
the most conservative estimate; "tens" as 10, "dozens" as 12, "hundreds" as 100 (and so on);
"several"/"many" as 10; a report of fatalities with no number as 3
(``ACLED_UNSPECIFIED_FATALITIES``, for callers, since there is no number to find here). The
tens/dozens/hundreds values are checked against the FAQ; the several/many and no-number values
are as commonly cited and not checked against the primary text.

=====================================  ==========  =========  ==========  ==============
phrase                                 best        low        high        source of best
=====================================  ==========  =========  ==========  ==============
"20", "twenty", "two dozen"            20, 20, 24  same       same        exact
"20-30", "20 to 30", "two or three"    20          20         30          ACLED (lowest)
"at least 5", "no fewer than 5"        5           5          None        exact bound
"more than 10", "over 10"              11          11         None        lowest possible
"up to 30", "as many as 30", "at most" None        None       30          upper bound only
"fewer than 10", "under 10"            None        None       9           upper bound only
"about/around/some/roughly 50"         50          None       None        the figure
"nearly/almost 50"                     50          None       50          the figure
"a couple (of)"                        2           2          3           project
"a few"                                3           2          5           project
"a handful (of)"                       3           2          6           project
"several", "many", "numerous"          10          3          None        ACLED
"tens of"                              10          10         None        ACLED
"dozens (of)"                          12          12         None        ACLED
"scores (of)"                          20          20         None        by analogy
"hundreds"/"thousands (of)"            100/1000    same       None        ACLED
"a few/several/a couple of" + scale    3x/3x/2x    2x/3x/2x   5x/9x/3x    project
"nobody", "no one", "none", "no X"     0           0          0           exact
=====================================  ==========  =========  ==========  ==============

ACLED's best can sit below the literal floor of a word ("dozens" means at least 24); the floor is
then lowered to the best so that ``low <= best`` holds. The word lists and the vague table live in
``data/en/numbers.toml``.

``find_counts`` keeps a number only when a counted noun follows it (people, guys, soldiers,
servicemen, men, civilians, troops, children, wounded, dead, killed, injured, ...; up to two
modifiers may come between: "20 Russian soldiers", "five of his comrades") or when casualty words
surround it ("killing 20", "two of them were killed", "nobody was hurt"). It skips ages
("25-year-old", "Roman Moiseyev, 25,"), ordinals ("127th"), years, dates, times ("10 a.m."),
money, percentages, measures ("20 km"), designations ("Article 337", "unit 1435", "Su-25") and
"Channel One". The span covers the modifier, the number and the noun when there is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..lexicon import load_data
from .dates import MONTH_PATTERN

Triple = tuple[int | None, int | None, int | None]
ACLED_UNSPECIFIED_FATALITIES = 3


@dataclass(frozen=True)
class CountExpr:
    """A counted phrase: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    best: int | None
    low: int | None
    high: int | None
    noun: str | None


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, Triple]
    multipliers: dict[str, Triple]
    count: re.Pattern[str]
    noun: re.Pattern[str]


_AT_LEAST = {"at least", "no fewer than", "no less than", "not less than", "a minimum of"}
_MORE = {"more than", "over", "above", "in excess of", "upwards of"}
_UP_TO = {"up to", "as many as", "no more than", "not more than", "at most", "a maximum of"}
_FEWER = {"fewer than", "less than", "under", "below"}
_NEARLY = {"nearly", "almost", "just under", "close to"}
_ABOUT = {"about", "around", "some", "approximately", "roughly", "an estimated", "estimated", "more or less"}
_MODS = sorted(_AT_LEAST | _MORE | _UP_TO | _FEWER | _NEARLY | _ABOUT, key=len, reverse=True)

_CASUALTY = (r"killed|dead|died|wounded|injured|hurt|perished|slain|shot(?:\s+dead)?|missing|captured"
             r"|executed|lost\s+their\s+lives")
_AFTER_CASUALTY = re.compile(
    rf"\s*(?:of\s+(?:them|whom|those|these|us)\s+)?(?:(?:more|others?)\s+)?(?:(?:were|was|have|has|had|are|is|got|been|being|reportedly"
    rf"|later|also|all|were\s+reported|have\s+been)\s+){{0,3}}(?:{_CASUALTY})\b", re.I)
_BEFORE_CASUALTY = re.compile(
    r"\b(?:killing|killed|kills|kill|wounding|wounded|wounds|wound|injuring|injured|injures|injure|leaving|left|lives\s+of"
    r"|(?:toll|casualties|losses)\s+(?:\w+\s+){0,2}(?:to|at|of))\s+$", re.I)
_BEFORE_SKIP = re.compile(
    r"(?:(?:\b(?:unit|regiment|brigade|division|battalion|corps|army|no|number|article|articles|part|paragraph"
    r"|clause|section|chapter|page|tel|phone|flight|route|highway|channel|aged?|ages|item|code|vol|issue)\.?"
    r"|[#№$€£₽]|\bUS\$)\s*$|\(\s*$)", re.I)
# the people a report cites are its sources, not a count of the event: "citing three soldiers from the unit"
_SOURCES_BEFORE = re.compile(r"\b(?:citing|quoting|according\s+to|interviewed|spoke\s+(?:to|with))\s+"
                             r"(?:at\s+least\s+)?$", re.IGNORECASE)
_COLON = re.compile(r"\s*:\s")
_DATE = re.compile(rf"(?:{MONTH_PATTERN})\s*$")  # "May 9", unless a noun follows: "In May 20 soldiers died"
_AGE = re.compile(r"(?-i:[A-Z])[\w'’-]+,\s*$")  # "Roman Moiseyev, 25, was mourned"
_AFTER_SKIP = re.compile(
    r"\s*(?:(?:st|nd|rd|th)\b|-?\s*years?[\s-]*old|-year|(?:of\s+)?" + MONTH_PATTERN + r"|\)"
    r"|a\.?m\b|p\.?m\b|a\.m\.|p\.m\.|o'clock|h\b|hrs?\b|:|(?:thousand\s+|million\s+"
    r"|billion\s+)?(?:dollars|rubles|roubles|euros|hryvnias?|pounds|usd|rub|uah|eur)\b|km\b|kilomet|miles?\b"
    r"|met(?:er|re)s?\b|m\b|mm\b|cm\b|kg\b|tons?\b|tonnes?\b|hectares?\b|hours?\b|minutes?\b|seconds?\b"
    r"|days?\b|weeks?\b|months?\b|years?\b|times\b|percent|per\s*cent|rounds\b|shells\b|degrees?\b|°)", re.I)


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip().lower())


def _bounds(row: list[int]) -> Triple:
    best, low, high = (None if v < 0 else v for v in row)
    return best, low, high


@cache
def _lexicon() -> _Lexicon:
    data = load_data("en", "numbers")
    words, scales = dict(data["words"]), dict(data["scales"])
    vague = {k: _bounds(v) for k, v in data["vague"].items()}
    mults = {k: _bounds(v) for k, v in data["multipliers"].items()}

    def alt(keys: Iterable[str]) -> str:
        return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(keys, key=len, reverse=True))

    word = rf"(?:{alt(words)}|{alt(scales)})"
    run = rf"(?:an?\s+)?{word}(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+|[\s-]+){word})*\b"
    digits = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million)\b)?"
    nt = rf"(?:{digits}|{run})"
    count = re.compile(
        rf"(?<![\w.,/:#№$€£₽-])(?:(?P<mod>{alt(_MODS)})\s+)?(?P<q>between\s+(?P<b1>{nt})\s+and\s+(?P<b2>{nt})"
        rf"|(?P<r1>{nt})(?:(?<=\d)\s*-|\s*(?:–|to|or))\s*(?P<r2>{nt})|(?P<mult>{alt(mults)})\s+(?P<ms>{alt(scales)})"
        rf"|(?P<vague>{alt(vague)})|(?P<zero>nobody|no\s+one|none)|(?P<no>no)|(?P<single>(?:a\s+)?single)"
        rf"|(?P<n>{nt}))(?![\w%]|[.,:]\d|\s*per\s*cent)", re.I)
    nouns, modifiers = data["nouns"]["counted"], data["nouns"]["modifiers"]
    modword = rf"(?:(?-i:[A-Z][\w'’-]*)|\w+(?:ed|ian|ish|ese|al)|{alt(modifiers)})"
    noun = re.compile(
        rf"\s+(?:of\s+(?:(?:the|his|her|their|our|its|these|those)\s+)?)?(?:{modword}\s+){{0,2}}"
        rf"(?P<noun>{alt(nouns)})\b", re.I)
    return _Lexicon(words, scales, vague, mults, count, noun)


def _value(token: str, lex: _Lexicon) -> int | None:
    """The value of a digit string ("1,200", "1.5 million") or a run of number words."""
    t = _norm(token)
    if t[0].isdigit():
        num, _, scale = t.partition(" ")
        mult = lex.scales.get(scale, 1)
        if "." in num and mult == 1:
            return None
        return int(float(num.replace(",", "")) * mult)
    toks = [w for w in re.split(r"[\s-]+", t) if w != "and"]
    total = cur = 0
    for i, w in enumerate(toks):
        if w in ("a", "an"):
            if i + 1 == len(toks) or toks[i + 1] not in lex.scales:
                return None
        elif w in lex.words:
            cur += lex.words[w]
        elif lex.scales[w] >= 1000:
            total, cur = total + max(cur, 1) * lex.scales[w], 0
        else:
            cur = max(cur, 1) * lex.scales[w]
    return total + cur


def _apply(mod: str | None, base: Triple, exact: bool) -> Triple:
    best, low, high = base
    m = _norm(mod) if mod else None
    if m is None or best is None:
        return base
    if m in _AT_LEAST:
        return best, low, None
    if m in _MORE:
        return (best + 1, best + 1, None) if exact else (best, low, None)
    if m in _UP_TO:
        return None, None, high if high is not None else best
    if m in _FEWER:
        return None, None, best - 1 if exact else high
    if m in _NEARLY:
        return best, None, best if exact else high
    return (best, None, None) if exact else base  # about, around, some ...


def _triple(m: re.Match[str], lex: _Lexicon) -> Triple | None:
    if m["zero"] or m["no"]:
        return 0, 0, 0
    if m["single"]:
        return _apply(m["mod"], (1, 1, 1), True)
    if m["vague"]:
        return _apply(m["mod"], lex.vague[_norm(m["vague"])], False)
    if m["mult"]:
        scale = lex.scales[m["ms"].lower()]
        best, low, high = (None if v is None else v * scale for v in lex.multipliers[_norm(m["mult"])])
        return _apply(m["mod"], (best, low, high), False)
    a, b = (m["b1"], m["b2"]) if m["b1"] else (m["r1"], m["r2"])
    if a:
        lo, hi = _value(a, lex), _value(b, lex)
        if lo is None or hi is None or hi <= lo:
            return None
        return _apply(m["mod"], (lo, lo, hi), False)
    n = _value(m["n"], lex)
    return None if n is None else _apply(m["mod"], (n, n, n), True)


def parse_count(phrase: str) -> Triple | None:
    """``(best, low, high)`` for a count phrase such as "at least 5" or "two dozen", else None."""
    lex = _lexicon()
    m = lex.count.match(phrase.strip())
    if m is None:
        return None
    rest = phrase.strip()[m.end() :]
    if rest.strip() and not (lex.noun.match(rest) or _AFTER_CASUALTY.match(rest)):
        return None  # "a few days ago" is not a count
    return _triple(m, lex)


def find_counts(text: str) -> list[CountExpr]:
    """Counted phrases in ``text`` (see the module docstring for what is kept), in text order."""
    lex = _lexicon()
    found: list[CountExpr] = []
    for m in lex.count.finditer(text):
        triple = _triple(m, lex)
        if triple is None:
            continue
        start, end = m.span()
        before, after = text[max(0, start - 40) : start], text[end : end + 60]
        noun = lex.noun.match(after)
        if m["zero"] or m["no"]:
            if not (noun if m["no"] else _AFTER_CASUALTY.match(after)):
                continue
        elif _BEFORE_SKIP.search(before) or _SOURCES_BEFORE.search(before) or (_AFTER_SKIP.match(after)
                                             and not (_COLON.match(after) and _BEFORE_CASUALTY.search(before))):
            continue  # dates, times, money, measures, designations, "-year-old" (a toll may end a headline clause:
            # "shelling kills 13: official")
        elif _DATE.search(before) and not noun:
            continue
        elif m["n"] and not m["mod"] and _AGE.search(before) and re.match(r"\s*,", after):
            continue  # an age in apposition
        elif m["n"] and re.fullmatch(r"(?:19|20)\d\d", m["n"]) and not noun:
            continue  # a year
        elif not (noun or _AFTER_CASUALTY.match(after) or _BEFORE_CASUALTY.search(before)):
            continue
        if noun:
            end += noun.end()
        found.append(CountExpr(start, end, text[start:end], *triple, noun["noun"] if noun else None))
    return found
