"""Temporal expressions in English war reporting, resolved against the publication date.

``find_time_expressions(text, published)`` finds "on Tuesday", "yesterday", "last week", "in early
March", "14 February 2026", "in the winter of 2022", "in recent months", "since 2014", "on the night
of 3 to 4 March", "on New Year's Day" and the like, each with an inclusive date interval and a precision (the
``When.precision`` vocabulary of ``warlog.models``). Rules, for a publication date ``P``:

* A bare, "on" or "this" weekday is the latest such day on or before ``P`` (``P`` itself when it
  is that weekday); "last Tuesday" the latest strictly before ``P``.
* A day or month without a year is never in the future: the latest such date on or before ``P``;
  "last March" the latest March before the publication month.
* Seasons are Northern-hemisphere meteorological: spring Mar-May, summer Jun-Aug, autumn/fall
  Sep-Nov, winter Dec-Feb; "winter of 2022" and "winter 2022-23" are Dec 2022 - Feb 2023. "in the
  summer" is the latest summer that started on or before ``P``, "last summer" the latest that
  ended before ``P``, "this summer" the one containing ``P`` or else the nearest.
* "early/mid/late" narrow the interval (days 1-10/11-20/21-end of a month; Jan-Apr/May-Aug/Sep-Dec
  of a year; first/middle/last month of a season) and keep the precision of the unit named,
  except a season part, which is one month.
* Weeks run Monday-Sunday; a weekend has precision "week" (ACLED's time precision 2 is a "specific
  week or weekend"). "last night" and "overnight" span ``P - 1`` to ``P``; "earlier this
  week/month/year" ends the day before ``P``.
* "recent days/weeks/months/years" and "the past N units" end at ``P`` (kind "recent"); the vague
  windows are 7 days, 6 weeks, 6 months and 5 years.
* "since X" runs from the start of X to ``P``; "from X to Y" and "between X and Y" from the start
  of X to the end of Y (kind "range"; precision from the interval's length, "unknown" past a year).

Without a publication date, relative expressions are still found, with ``date_start`` and
``date_end`` None. Month and weekday names must be capitalised ("may", "march" are verbs). A year
needs four digits in 1900-2099 and a year context ("in", "of", "since", a month or season); it is
never part of a larger number nor followed by a counted noun ("in 2000 people"). Spans leave out
a leading "in"/"on" but keep "since", "last", "early" and the like.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "week", "month", "season", "year", "unknown"]


@dataclass(frozen=True)
class TimeExpr:
    """A temporal expression: ``text == source[start:end]``, dates inclusive."""

    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    precision: Precision
    kind: str


# (date_start, date_end, precision, kind, depends_on_publication_date)
_Res = tuple[date | None, date | None, Precision, str, bool]

_MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")
MONTH_PATTERN = _MONTH  # a capitalised month name or abbreviation, for other modules
_FULL_MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
               r"|December)\b")
_WD = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?:19|20)\d\d(?!\d|,\d)"
_PART = r"early|mid|late|(?:the\s+)?(?:beginning|start|end|middle)\s+of"
_THIRDS = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
_NUM = (r"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|(?:a\s+)?couple\s+of|(?:a\s+)?few|several")
_NOUNS = (r"people|persons|soldiers|troops|civilians|men|servicemen|guys|children|dead|killed|wounded"
          r"|injured|casualties|residents|fighters")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple of": 2, "a couple of": 2}
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_DUMMY_PUB = date(2001, 6, 15)
_UNIT_PRECISION: dict[str, Precision] = {"day": "day", "week": "week", "month": "month", "year": "year"}
_SPAN_LIMITS: list[tuple[int, Precision]] = [
    (1, "day"), (7, "week"), (31, "month"), (92, "season"), (366, "year")]
_COARSER: dict[str, Precision] = {"day": "week", "week": "month", "month": "year", "year": "unknown"}


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + m - 1 + k
    return t // 12, t % 12 + 1


def _month_no(token: str) -> int:
    key = token.lower().rstrip(".")[:3]
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(key) + 1


def _year(token: str, base: int) -> int:
    return int(token) if len(token) == 4 else base // 100 * 100 + int(token)


def _span_precision(a: date, b: date) -> Precision:
    days = (b - a).days + 1
    return next((prec for limit, prec in _SPAN_LIMITS if days <= limit), "unknown")


def _part(part: str | None, first: date, last: date, unit: str) -> tuple[date, date]:
    """Narrow [first, last] to its early/mid/late third."""
    if not part:
        return first, last
    third = next(_THIRDS[w] for w in part.lower().split() if w in _THIRDS)
    if unit == "month":
        lo, hi = [(1, 10), (11, 20), (21, last.day)][third]
        return first.replace(day=lo), first.replace(day=hi)
    step = 4 if unit == "year" else 1
    y, m = _add_months(first.year, first.month, third * step)
    ey, em = _add_months(y, m, step - 1)
    return date(y, m, 1), _month_end(ey, em)


def _num(token: str | None) -> int | None:
    t = re.sub(r"\s+", " ", (token or "a").lower())
    return int(t) if t.isdigit() else _WORDS.get(t)


def _latest_date(m: int, d: int, pub: date) -> date | None:
    for y in range(pub.year, pub.year - 9, -1):
        try:
            if (day := date(y, m, d)) <= pub:
                return day
        except ValueError:
            continue
    return None


def _explicit(m: re.Match[str], pub: date) -> _Res | None:
    mon, d = _month_no(m["m"]), int(re.sub(r"\D", "", m["d"]))
    d2 = int(re.sub(r"\D", "", m["d2"])) if m["d2"] else d
    try:
        if m["y"]:
            first, last = date(int(m["y"]), mon, d), date(int(m["y"]), mon, d2)
        else:
            found = _latest_date(mon, d2, pub)
            if found is None:
                return None
            first, last = found.replace(day=d), found
    except ValueError:
        return None
    if last < first:
        return None
    kind = "night" if m["night"] else "range" if m["d2"] else "date"
    prec = "day" if m["night"] else _span_precision(first, last)
    return first, last, prec, kind, not m["y"]


def _iso(m: re.Match[str], pub: date) -> _Res | None:
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return day, day, "day", "date", False


def _month_year(m: re.Match[str], pub: date) -> _Res | None:
    y, mon = int(m["y"]), _month_no(m["m"])
    first, last = _part(m["part"], date(y, mon, 1), _month_end(y, mon), "month")
    return first, last, "month", "month", False


def _month_of_year(m: re.Match[str], pub: date) -> _Res | None:
    """"February last year", "in March of this year": the month of the year named relative to the report's."""
    y = pub.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    mon = _month_no(m["m"])
    first, last = _part(m["part"], date(y, mon, 1), _month_end(y, mon), "month")
    return first, last, "month", "month", True


def _bare_month(m: re.Match[str], pub: date) -> _Res | None:
    if not (m["pre"] or m["mod"] or m["part"]):
        return None
    mon, mod = _month_no(m["m"]), (m["mod"] or "").lower()
    if mod == "last":
        y = pub.year if mon < pub.month else pub.year - 1
    elif mod == "next":
        y = pub.year if mon > pub.month else pub.year + 1
    else:
        y = pub.year if mod == "this" or mon <= pub.month else pub.year - 1
    first, last = _part(m["part"], date(y, mon, 1), _month_end(y, mon), "month")
    return first, last, "month", "month", True


def _season_bounds(s: str, y: int) -> tuple[date, date]:
    m = _SEASON_START[s]
    ey, em = _add_months(y, m, 2)
    return date(y, m, 1), _month_end(ey, em)


def _season(m: re.Match[str], pub: date) -> _Res | None:
    s, mod = m["s"].lower(), (m["mod"] or "").lower()
    if m["y"]:
        first, last = _season_bounds(s, int(m["y"]))
    elif m.group("after") or not (mod in ("this", "last", "next", "past") or m["pre"] or m["part"]):
        return None  # "the fall of Bakhmut", "winter uniforms"
    else:
        cands = [_season_bounds(s, y) for y in range(pub.year - 2, pub.year + 2)]
        if mod in ("last", "past"):
            first, last = [c for c in cands if c[1] < pub][-1]
        elif mod == "next":
            first, last = [c for c in cands if c[0] > pub][0]
        elif mod == "this":  # the one containing P, else the nearest one
            first, last = min(cands, key=lambda c: max((c[0] - pub).days, (pub - c[1]).days, 0))
        else:
            first, last = [c for c in cands if c[0] <= pub][-1]
    if m["part"]:
        first, last = _part(m["part"], first, last, "season")
        return first, last, "month", "season", not m["y"]
    return first, last, "season", "season", not m["y"]


def _year_expr(m: re.Match[str], pub: date) -> _Res | None:
    if not (m["pre"] or m["part"]):
        return None
    y = int(m["y"])
    y2 = _year(m["y2"], y) if m["y2"] else y
    if m["y2"] and y2 <= y:
        return None
    first, last = _part(m["part"], date(y, 1, 1), date(y2, 12, 31), "year")
    return first, last, "year" if y2 == y else "unknown", "range" if m["y2"] else "year", False


def _weekday(m: re.Match[str], pub: date) -> _Res | None:
    back = (pub.weekday() - _WEEKDAYS.index(m["wd"].lower())) % 7
    mod = (m["mod"] or "").lower()
    if mod in ("last", "past") and back == 0:
        back = 7
    day = pub + timedelta(days=(7 - back) % 7 or 7) if mod == "next" else pub - timedelta(days=back)
    return day, day, "day", "weekday", True


def _unit_back(unit: str, n: int, pub: date) -> tuple[date, date]:
    """The calendar day, week, month or year ``n`` units before the one containing ``pub``."""
    if unit == "day":
        return pub - timedelta(days=n), pub - timedelta(days=n)
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday() + 7 * n)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        y, mon = _add_months(pub.year, pub.month, -n)
        return date(y, mon, 1), _month_end(y, mon)
    return date(pub.year - n, 1, 1), date(pub.year - n, 12, 31)


def _ago(m: re.Match[str], pub: date) -> _Res | None:
    n, unit = _num(m["n"]), m["u"].lower().rstrip("s")
    if n is None:  # "a few days ago": 2 to 6 units back, one step coarser
        span = {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        return pub - timedelta(days=6 * span), pub - timedelta(days=2 * span), _COARSER[unit], "ago", True
    return *_unit_back(unit, n, pub), _UNIT_PRECISION[unit], "ago", True


def _recent(m: re.Match[str], pub: date) -> _Res | None:
    unit = m["u"].lower().rstrip("s")
    if unit == "hour":  # "over the past 24 hours": the day before the telling and the telling's own day
        hours = _num(m["n"]) if m["n"] else 24
        return pub - timedelta(days=max(1, -(-(hours or 24) // 24))), pub, "day", "recent", True
    n = _num(m["n"]) if m["n"] else (1 if m["u"].lower() == unit else None)
    per = {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
    days = per * n if n else {"day": 7, "week": 42, "month": 183, "year": 5 * 365}[unit]
    return pub - timedelta(days=days), pub, _UNIT_PRECISION[unit], "recent", True


def _fixed(m: re.Match[str], pub: date) -> _Res | None:
    k = re.sub(r"\s+", " ", m.group(0).lower())
    unit = k.split()[-1]
    if k in ("last night", "overnight"):
        return pub - timedelta(days=1), pub, "day", "overnight" if k == "overnight" else "relative_day", True
    if unit == "weekend":
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if k.startswith("last"):
            sat = pub - timedelta(days=(pub.weekday() + 1) % 7 or 7) - timedelta(days=1)
        return sat, sat + timedelta(days=1), "week", "weekend", True
    if unit in ("week", "month", "year"):
        first, last = _unit_back(unit, 1 if k.startswith("last") else 0, pub)
        if k.startswith("earlier"):
            last = max(first, pub - timedelta(days=1))
        return first, last, _UNIT_PRECISION[unit], unit, True
    back = 2 if "before" in k else 1 if k.startswith("yesterday") else 0
    return *_unit_back("day", back, pub), "day", "relative_day", True  # today, this morning, yesterday


_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
             "christmas day": (12, 25), "victory day": (5, 9)}


def _holiday(m: re.Match[str], pub: date) -> _Res | None:
    """A named day ("shortly after midnight on New Year's Day"): the latest one on or before ``P``."""
    month, day = _HOLIDAYS[re.sub(r"\s+", " ", m.group(0).lower().replace("’", "'"))]
    found = _latest_date(month, day, pub)
    return (found, found, "day", "date", True) if found is not None else None


# Words without which a pattern cannot match (its required month, weekday, season or year, with the pattern's
# own case rules): one quick search per document skips the costly scan of patterns that cannot match.
_NEEDS_MONTH = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_NEEDS_WEEKDAY = re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_NEEDS_SEASON = re.compile(r"summer|spring|autumn|fall|winter", re.I)
_NEEDS_YEAR = re.compile(r"(?:19|20)\d\d")
_NEEDS: dict[Callable[..., _Res | None], re.Pattern[str]] = {
    _iso: _NEEDS_YEAR, _explicit: _NEEDS_MONTH, _month_year: _NEEDS_MONTH, _month_of_year: _NEEDS_MONTH,
    _bare_month: _NEEDS_MONTH, _season: _NEEDS_SEASON, _year_expr: _NEEDS_YEAR, _weekday: _NEEDS_WEEKDAY}

_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str], date], _Res | None]]] = [
    (re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"),
     _iso),
    (re.compile(rf"(?P<night>(?:the\s+)?night\s+of\s+)?(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?(?<![\d.,])"
                rf"(?P<d>{_DAY})(?:\s*(?:-|–|to|into|and)\s*(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<m>{_MONTH})"
                rf"(?:,?\s+(?P<y>{_YEAR}))?", re.I), _explicit),
    (re.compile(rf"(?P<night>(?:the\s+)?night\s+of\s+)?(?:(?P<wd>{_WD}),?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})"
                rf"(?:\s*(?:-|–|to|into|and)\s*(?P<d2>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?"
                rf"(?!\s+(?:{_NOUNS})\b)", re.I), _explicit),
    (re.compile(rf"(?:(?P<part>{_PART})[\s-]+)?(?P<m>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})", re.I),
     _month_year),
    (re.compile(rf"(?:(?P<part>{_PART})[\s-]+)?(?P<m>{_FULL_MONTH})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b",
                re.I),
     _month_of_year),
    (re.compile(rf"(?P<pre>\b(?:in|during|since|by|until|till|through|throughout|from|before|after|of|to|and|between)\s+)?"
                rf"(?P<x>(?:(?P<mod>last|this|next)\s+)?(?:(?P<part>{_PART})[\s-]+)?(?P<m>{_FULL_MONTH}))",
                re.I), _bare_month),
    (re.compile(rf"(?P<pre>\b(?:in|during|over|through|throughout|since|by|until|from|before|after)\s+)?"
                rf"(?P<x>(?:(?P<mod>this|last|next|past|the)\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
                rf"(?P<s>summer|spring|autumn|fall|winter)\b(?:(?:\s+of)?\s+(?P<y>{_YEAR})"
                rf"(?:\s*[-/–]\s*(?:19|20)?\d\d(?!\d))?)?)(?P<after>\s+of\b)?", re.I), _season),
    (re.compile(rf"(?P<pre>\b(?:in|of|since|during|by|until|till|from|through|throughout|before|after|around"
                rf"|year|to|and|between)\s+)?(?P<x>(?:(?P<part>{_PART})[\s-]+)?(?<![\d.,$€£])(?P<y>{_YEAR})"
                rf"(?:\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)(?!\d))?)(?!\.\d|\s*%|-year|\s+(?:{_NOUNS})\b)", re.I),
     _year_expr),
    (re.compile(rf"(?:\bon\s+)?(?P<x>(?:(?P<mod>last|this|past|next|early|late)\s+)?(?P<wd>{_WD})"
                r"(?:\s+(?:morning|afternoon|evening|night))?)", re.I), _weekday),
    (re.compile(rf"\b(?P<n>{_NUM})\s+(?P<u>days?|weeks?|months?|years?)\s+ago\b", re.I), _ago),
    (re.compile(rf"\b(?:recent|(?:the\s+)?past|the\s+last)\s+(?:(?P<n>{_NUM})\s+)?"
                r"(?P<u>days?|weeks?|months?|years?|hours)\b(?!\s+of\b)", re.I), _recent),
    (re.compile(r"\b(?:the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?"
                r"|(?<!Russia\s)(?<!USA\s)today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night"
                r"|overnight|(?:last|this|the)\s+weekend|(?:earlier\s+)?this\s+(?:week|month|year)"
                r"|last\s+(?:week|month|year))\b(?!\s+of\b)", re.I), _fixed),
    (re.compile(r"\bNew\s+Year['’]s\s+(?:Eve|Day)\b|\bChristmas\s+(?:Eve|Day)\b|\bVictory\s+Day\b"), _holiday),
]


def _merge(found: list[TimeExpr], text: str, published: date | None) -> list[TimeExpr]:
    """Fold "since X", "from X to Y" and "between X and Y" into ranges."""
    out: list[TimeExpr] = []
    for e in found:
        prev = out[-1] if out and out[-1].kind != "range" else None
        lo = max(0, prev.start - 9) if prev else 0
        lead = re.search(r"\b(from|between)\s+$", text[lo : prev.start], re.I) if prev else None
        gap = text[prev.end : e.start] if prev else ""
        joint = re.fullmatch(r"\s*(?:-|–|to|until|till|through)\s*", gap, re.I) or (
            lead and lead[1].lower() == "between" and re.fullmatch(r"\s+and\s+", gap, re.I)
        )
        if prev and joint:
            ds, de = prev.date_start, e.date_end
            if ds and de and ds > de and prev.kind in ("date", "month") and (ds.month, ds.day) != (2, 29):
                ds = ds.replace(year=de.year)  # "between January and March 2023"
            if not (ds and de and ds > de):
                a = lo + lead.start() if lead else prev.start
                prec = _span_precision(ds, de) if ds and de else "unknown"
                out[-1] = TimeExpr(a, e.end, text[a : e.end], ds, de, prec, "range")
                continue
        lo = max(0, e.start - 7)
        since = re.search(r"\bsince\s+$", text[lo : e.start], re.I)
        if since:
            a = lo + since.start()
            de = published if published and e.date_start else None
            prec = _span_precision(e.date_start, de) if e.date_start and de else "unknown"
            e = TimeExpr(a, e.end, text[a : e.end], e.date_start, de, prec, "range")
        out.append(e)
    return out


def find_time_expressions(text: str, published: date | None) -> list[TimeExpr]:
    """All temporal expressions in ``text``, resolved against ``published``, in text order."""
    cands: list[TimeExpr] = []
    present: dict[re.Pattern[str], bool] = {}
    for pattern, handler in _PATTERNS:
        need = _NEEDS.get(handler)
        if need is not None:
            if need not in present:
                present[need] = need.search(text) is not None
            if not present[need]:
                continue
        for m in pattern.finditer(text):
            res = handler(m, published or _DUMMY_PUB)
            if res is None:
                continue
            ds, de, prec, kind, relative = res
            if relative and published is None:
                ds = de = None
            a, b = m.span("x") if "x" in pattern.groupindex else m.span()
            cands.append(TimeExpr(a, b, text[a:b], ds, de, prec, kind))
    cands.sort(key=lambda e: (e.start, -(e.end - e.start)))
    kept: list[TimeExpr] = []
    for e in cands:
        if not kept or e.start >= kept[-1].end:
            kept.append(e)
        elif e.end - e.start > kept[-1].end - kept[-1].start and all(e.start >= k.end for k in kept[:-1]):
            kept[-1] = e
    return _merge(kept, text, published)
