"""Ukrainian time expressions resolved against the publication date.

What dateparser's Ukrainian locale misses is the core of war reporting: "минулої ночі" and "у ніч проти
14 березня" are the two dates of one night; weekdays are the latest such day up to the publication date
(never the one after); "напередодні" is the day before. Explicit dates ("25 травня", "13 квітня 2025 року")
without a year take the latest date not after publication. Without a publication date only expressions
that carry their own year resolve.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from ...text.dates import Precision, TimeExpr

_MONTH_FORMS = [
    ("січ", "ень", "ня", "ні"), ("лют", "ий", "ого", "ому"), ("берез", "ень", "ня", "ні"),
    ("квіт", "ень", "ня", "ні"), ("трав", "ень", "ня", "ні"), ("черв", "ень", "ня", "ні"),
    ("лип", "ень", "ня", "ні"), ("серп", "ень", "ня", "ні"), ("верес", "ень", "ня", "ні"),
    ("жовт", "ень", "ня", "ні"), ("листопад", "", "а", "і"), ("груд", "ень", "ня", "ні"),
]
_GENITIVE = {stem + gen: i + 1 for i, (stem, _, gen, _) in enumerate(_MONTH_FORMS)}
_ANY_FORM = {stem + form: i + 1 for i, (stem, *endings) in enumerate(_MONTH_FORMS) for form in endings}
_ANY_FORM["лютім"] = 2
_GEN = "(?P<month>" + "|".join(sorted(_GENITIVE, key=len, reverse=True)) + r")\b"
_MON_ANY = "(?P<month>" + "|".join(sorted(_ANY_FORM, key=len, reverse=True)) + r")\b"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)"
_YEAR = r"(?:\s+(?P<year>(?:19|20)\d\d)(?:\s*(?:року|р\.|-го|рік))?)?"
_WEEKDAYS = {"понеділ": 0, "вівтор": 1, "серед": 2, "четвер": 3, "п'ятниц": 4, "п’ятниц": 4, "субот": 5,
             "неділ": 6}
_WD = r"(?P<wd>понеділ(?:ок|ка)|вівтор(?:ок|ка)|серед[уиі]|четвер(?:га)?|п['’]ятниц[юії]|субот[уиі]|неділ[юії])"
_NIGHT_BEFORE = (r"(?:минулої|цієї|сьогоднішньої)\s+ночі|(?:сьогодні\s+)?(?:вночі|уночі)|"
                 r"впродовж\s+ночі|протягом\s+ночі|за\s+ніч|у\s+ніч\s+на\s+сьогодні|в\s+ніч\s+на\s+сьогодні")

Resolver = Callable[[re.Match[str], date | None], tuple[date, date, Precision] | None]


def _month_no(word: str) -> int:
    return _ANY_FORM[word.lower()]


def _latest(month: int, day: int, pub: date) -> date | None:
    for year in (pub.year, pub.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= pub + timedelta(days=1):
            return d
    return None


def _explicit(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    month, day = _month_no(m.group("month")), int(m.group("day"))
    year = m.group("year")
    try:
        if year:
            d = date(int(year), month, day)
        elif pub is not None:
            found = _latest(month, day, pub)
            if found is None:
                return None
            d = found
        else:
            return None
    except ValueError:
        return None
    day2 = m.groupdict().get("day2")
    if day2:
        try:
            return d, d.replace(day=int(day2)), "week"
        except ValueError:
            return None
    return d, d, "day"


def _night_of(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    res = _explicit(m, pub)
    if res is None:
        return None
    return res[0] - timedelta(days=1), res[0], "day"


def _night_from_to(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    res = _explicit(m, pub)
    if res is None:
        return None
    end = res[0]
    start = end.replace(day=int(m.group("from"))) if int(m.group("from")) < end.day else end - timedelta(days=1)
    return start, end, "day"


def _relative(days_back: int, span: int = 0) -> Resolver:
    def resolve(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
        if pub is None:
            return None
        end = pub - timedelta(days=days_back)
        return end - timedelta(days=span), end, "day"
    return resolve


def _weekday(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    if pub is None:
        return None
    word = m.group("wd").lower()
    wd = next(v for k, v in _WEEKDAYS.items() if word.startswith(k))
    d = pub - timedelta(days=(pub.weekday() - wd) % 7)
    return d, d, "day"


def _weekday_night(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    """"в ніч із суботи на неділю": the latest such night up to publication (the second day not after it)."""
    if pub is None:
        return None
    words = (m.group("wd1").lower(), m.group("wd2").lower())
    first, second = (next(v for k, v in _WEEKDAYS.items() if w.startswith(k)) for w in words)
    if (first + 1) % 7 != second:
        return None
    end = pub - timedelta(days=(pub.weekday() - second) % 7)
    return end - timedelta(days=1), end, "day"


def _night_before_weekday(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    """"у ніч на четвер", "в ніч проти суботи": the night that ends on the latest such day up to publication."""
    res = _weekday(m, pub)
    return None if res is None else (res[0] - timedelta(days=1), res[0], "day")


def _month(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    month = _month_no(m.group("month"))
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        if pub is None:
            return None
        year = pub.year if month <= pub.month else pub.year - 1
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"


def _year(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    first = int(m.group("year"))
    last = int(m.group("year2")) if m.groupdict().get("year2") else first
    return date(first, 1, 1), date(last, 12, 31), "year"


def _month_range(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    y1 = int(m.group("y1")) if m.group("y1") else None
    y2 = int(m.group("y2")) if m.group("y2") else None
    m1, m2 = _month_no(m.group("m1")), _month_no(m.group("m2"))
    if y2 is None:
        if pub is None:
            return None
        y2 = pub.year if m2 <= pub.month else pub.year - 1
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    return date(y1, m1, 1), date(y2, m2, calendar.monthrange(y2, m2)[1]), "month"


def _last_year(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
    if pub is None:
        return None
    return pub.replace(year=pub.year - 1) if not (pub.month == 2 and pub.day == 29) else pub - timedelta(365), pub, \
        "year"


def _week(back: int) -> Resolver:
    def resolve(m: re.Match[str], pub: date | None) -> tuple[date, date, Precision] | None:
        if pub is None:
            return None
        monday = pub - timedelta(days=pub.weekday()) - timedelta(weeks=back)
        return monday, min(monday + timedelta(days=6), pub), "week"
    return resolve


_MON_GEN_1 = _GEN.replace("?P<month>", "?P<m1>")
_MON_ANY_2 = _MON_ANY.replace("?P<month>", "?P<m2>")
# A night attack told by its adjective dates only a story that states no day of its own (see find_time_expressions).
_NIGHT_ADJECTIVE = re.compile(r"\bнічн(?:ий|ого|ому|им|а|ої|ій|у|ою|і|их)\s+(?:[\w'’-]+\s+){0,2}?"
                              r"(?:атак|удар|обстріл|наліт|нальот|прильот)\w*", re.I)
_RULES: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(rf"\b(?:у|в)\s+ніч\s+(?:з|із)\s+(?P<from>\d{{1,2}})\s+(?:на|проти)\s+{_DAY}\s+{_GEN}{_YEAR}",
                re.I), _night_from_to),
    (re.compile(rf"\b(?:у|в)\s+ніч\s+(?:проти|на)\s+{_DAY}\s+{_GEN}{_YEAR}", re.I), _night_of),
    (re.compile(rf"\b(?:з|із)\s+(?P<m1>{'|'.join(_ANY_FORM)})(?:\s+(?P<y1>(?:19|20)\d\d)(?:-го|\s+року)?)?\s+"
                rf"(?:по|до)\s+{_MON_ANY_2}(?:\s+(?P<y2>(?:19|20)\d\d)(?:\s*(?:року|р\.|-го))?)?", re.I),
     _month_range),
    (re.compile(rf"\b(?:у|в)\s+{_WD},?\s+{_DAY}\s+{_GEN}{_YEAR}", re.I), _explicit),
    (re.compile(rf"\b{_DAY}\s*[-–—]\s*(?P<day2>3[01]|[12]\d|0?[1-9])\s+{_GEN}{_YEAR}", re.I), _explicit),
    (re.compile(rf"\b{_DAY}\s+{_GEN}{_YEAR}", re.I), _explicit),
    (re.compile(rf"\b(?:у|в)\s+ніч\s+(?:з|із|зі)\s+{_WD.replace('?P<wd>', '?P<wd1>')}\s+на\s+"
                rf"{_WD.replace('?P<wd>', '?P<wd2>')}", re.I), _weekday_night),
    (re.compile(rf"\b(?:у|в)\s+ніч\s+(?:на|проти)\s+{_WD}", re.I),
     _night_before_weekday),
    (re.compile(rf"\b(?:{_NIGHT_BEFORE})\b", re.I), _relative(0, 1)),
    # a night attack told by its adjective, with no other date: "унаслідок нічної ракетної атаки", "нічний удар"
    (_NIGHT_ADJECTIVE, _relative(0, 1)),
    # a daily summary ("за минулу добу", "протягом доби") covers the day before publication and the morning of it
    (re.compile(r"\b(?:за|протягом|упродовж|впродовж|продовж)\s+(?:минулої\s+|минулу\s+|останньої\s+|останню\s+)?"
                r"доб[уи]\b|\bминулої\s+доби\b", re.I), _relative(0, 1)),
    (re.compile(r"\b(?:учора|вчора)\s+(?:вночі|уночі|ввечері|увечері)\b", re.I), _relative(1, 0)),
    (re.compile(r"\bпозавчора\b", re.I), _relative(2)),
    (re.compile(r"\b(?:учора|вчора|напередодні|учорашн\w+|вчорашн\w+)\b", re.I), _relative(1)),
    (re.compile(r"\b(?:сьогодні|сьогоднішн\w+|цього\s+ранку|(?<![\w-])вранці|зранку|уранці)\b", re.I),
     _relative(0)),
    (re.compile(rf"\b(?:у|в|минулого|минулої|минулу|цього|цієї|цю)\s+{_WD}", re.I), _weekday),
    (re.compile(r"\bминулого\s+тижня\b", re.I), _week(1)),
    (re.compile(r"\b(?:цього|на\s+цьому)\s+тижні?\b", re.I), _week(0)),
    (re.compile(r"\bза\s+останній\s+рік\b", re.I), _last_year),
    (re.compile(rf"\b(?:у|в|на\s+початку|наприкінці|у\s+середині|в\s+середині)\s+{_MON_ANY}"
                r"(?:\s+(?P<year>(?:19|20)\d\d)(?:\s*(?:року|р\.|-го))?)?", re.I), _month),
    (re.compile(r"\b(?:у|в)\s+(?P<year>(?:19|20)\d\d)\s*[-–—]\s*(?P<year2>(?:19|20)\d\d)\s+рок(?:ах|и)\b", re.I),
     _year),
    (re.compile(r"\b(?:у|в)\s+(?P<year>(?:19|20)\d\d)(?:-му)?\s+(?:році|р\.)", re.I), _year),
]


def find_time_expressions(text: str, published: date | None) -> list[TimeExpr]:
    """Non-overlapping time expressions, earlier rules first (the more specific ones)."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    night: set[int] = set()  # starts of night-attack adjectives
    for regex, resolve in _RULES:
        for m in regex.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            res = resolve(m, published)
            if res is None:
                continue
            start, end, precision = res
            taken.append((m.start(), m.end()))
            found.append(TimeExpr(m.start(), m.end(), m.group(), start, end, precision, regex.pattern[:20]))
            if regex is _NIGHT_ADJECTIVE:
                night.add(m.start())
    if any(t.precision == "day" and t.start not in night for t in found):
        # (a night attack's adjective dates only a story that states no day of its own)
        found = [t for t in found if t.start not in night]
    return _time_of_day_joined(text, sorted(found, key=lambda t: t.start))


# "1 грудня 2025 року зранку", "у понеділок увечері": a time of day right after a day is that day's, not today's.
_TIME_OF_DAY = re.compile(r"(?:вранці|зранку|уранці|ввечері|увечері|вдень|удень|опівдні|опівночі|вночі|уночі)",
                          re.I)


def _time_of_day_joined(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev is not None and t.precision == "day" and _TIME_OF_DAY.fullmatch(prev.text)
                and re.fullmatch(r"[\s,]*", text[prev.end:t.start])):
            # "Вранці в четвер", "увечері 12 березня": the time of day of the day named right after it
            out[-1] = TimeExpr(prev.start, t.end, text[prev.start:t.end], t.date_start, t.date_end, t.precision,
                               t.kind)
            continue
        if (prev is not None and prev.precision == "day" and _TIME_OF_DAY.fullmatch(t.text)
                and re.fullmatch(r"[\s,]*", text[prev.end:t.start]) and prev.date_start == prev.date_end):
            out[-1] = TimeExpr(prev.start, t.end, text[prev.start:t.end], prev.date_start, prev.date_end,
                               prev.precision, prev.kind)
            continue
        out.append(t)
    return out
