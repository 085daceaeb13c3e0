"""Russian time expressions resolved against the publication date, with their precision.

Rules (regexes over the surface text) for what reporting says: "14 марта [2024 года]", "в ночь на 14 марта"
(13-14 March), "в ночь с 13 на 14 марта", "10-12 марта", "вчера вечером", "этой ночью", "в субботу",
"в феврале", "летом 2023 года", "на прошлой неделе", "на выходных", "в начале марта", "в 2023 году".
dateparser's Russian locale (1.5.0) reads "14 марта" and "вчера" but returns nothing for "в ночь на 14 марта"
or "вчера вечером" and has no precision or interval; these rules cover its cases as well, in one pass.
A date with no year is the latest such date not after publication.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
           "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
_MONTH_GEN = (r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|"
              r"октябр[яь]|ноябр[яь]|декабр[яь])")
_MONTH_LOC = (r"(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)")
_YEAR_NO = r"(?:(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.|году|год))?)"
# A year told relative to the report's own: "28 августа прошлого года", "в марте этого года", "в прошлом году".
_REL_YEAR = (r"(?P<ry>позапрошл(?:ого|ом)|прошл(?:ого|ом)|минувш(?:его|ем)|прошедш(?:его|ем)|эт(?:ого|ом)|"
             r"текущ(?:его|ем)|нынешн(?:его|ем)|сего)\s+год(?:а|у)\b")
_YEAR = rf"(?:{_YEAR_NO}|{_REL_YEAR})"
_REL_YEAR_BACK = {"позапрошл": 2, "прошл": 1, "минувш": 1, "прошедш": 1}
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}
_WEEKDAY = r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
_SEASONS = {"весн": 3, "лет": 6, "осен": 9, "зим": 12}
_PART_OF_DAY = r"(?:\s+(?:утром|днем|днём|вечером|ночью))?"
_NIGHT_WORDS = r"(?:этой|сегодняшней|минувшей|прошлой|прошедшей)\s+ночью|в\s+ночь\s+на\s+(?:сегодня|(?P<nwd>" \
               + _WEEKDAY + r"))"

_SENTENCE_END = re.compile(r"[.!?\n]")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("night_range", re.compile(rf"\bв\s+ночь\s+с\s+(?P<d1>{_DAY})\s+на\s+(?P<d>{_DAY})\s+(?P<m>{_MONTH_GEN})"
                               rf"(?:\s+{_YEAR})?", re.IGNORECASE)),
    # "в ночь с субботы на воскресенье": the night before the latest such Sunday
    ("night_weekdays", re.compile(r"\bв\s+ночь\s+с\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|"
                                  rf"воскресенья)\s+на\s+(?P<nwd>{_WEEKDAY})", re.IGNORECASE)),
    # "за минувшие сутки", "за прошедшие сутки": the day (and night) before the report
    ("last_day", re.compile(r"\bза\s+(?:минувшие|прошедшие|последние|истекшие|прошлые)\s+сутки\b", re.IGNORECASE)),
    ("night_of", re.compile(rf"\bв\s+ночь\s+на\s+(?P<d>{_DAY})\s+(?P<m>{_MONTH_GEN})(?:\s+{_YEAR})?",
                            re.IGNORECASE)),
    ("day_range", re.compile(rf"\b(?:с\s+)?(?P<d1>{_DAY})\s*(?:-|–|—|по)\s*(?P<d>{_DAY})\s+(?P<m>{_MONTH_GEN})"
                             rf"(?:\s+{_YEAR})?", re.IGNORECASE)),
    ("day", re.compile(rf"\b(?P<d>{_DAY})\s+(?P<m>{_MONTH_GEN})(?:\s+{_YEAR})?", re.IGNORECASE)),
    ("numeric", re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<mn>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b")),
    ("night_rel", re.compile(rf"\b{_NIGHT_WORDS}", re.IGNORECASE)),
    # (also after a headline's colon or a dash: "Удар по Кременчугу: ночью в городе прогремели взрывы"; not "ночью
    # 5 марта", "ночью на субботу")
    ("night_start", re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))Ночью\b|(?<=[:—–]\s)ночью\b(?!\s+(?:\d+|на|с)\b)")),
    # "в результате ночной атаки дронов", "после ночного обстрела": last night's attack (unless its sentence
    # dates it: "5 марта в результате ночной атаки")
    ("night_adj", re.compile(r"(?<![\w-])ночн(?:ой|ая|ую|ого|ом|ым)\s+(?:(?:массированн|комбинированн|ракетн)\w*\s+)?"
                               r"(?:атак[аиуе]|атакой|удар[аеу]?|ударом|обстрел[аеу]?|обстрелом|нал[её]т[аеу]?)(?![\w-])",
                               re.IGNORECASE)),
    ("relative", re.compile(rf"\b(?P<rel>позавчера|вчера|накануне|сегодня|только\s+что){_PART_OF_DAY}\b",
                            re.IGNORECASE)),
    ("weekday", re.compile(rf"\b(?:в|во)\s+(?:(?:прошл|минувш)\w+\s+)?(?P<wd>{_WEEKDAY}){_PART_OF_DAY}",
                           re.IGNORECASE)),
    # (also the bound a story gives a stretch: "до начала апреля жил дома", "к концу марта заняли")
    ("month_part", re.compile(rf"\b(?:в|до|к)\s+(?P<part>начал[еау]|середин[еыу]|конц[еау])\s+(?P<m>{_MONTH_GEN})"
                              rf"(?:\s+{_YEAR})?", re.IGNORECASE)),
    ("month", re.compile(rf"\bв\s+(?P<m>{_MONTH_LOC})(?:\s+{_YEAR})?", re.IGNORECASE)),
    ("season", re.compile(r"\b(?P<prev>прошл(?:ой|ым)\s+)?(?P<s>весной|летом|осенью|зимой)(?:\s+" + _YEAR + ")?",
                          re.IGNORECASE)),
    ("week", re.compile(r"\bна\s+(?P<which>прошлой|этой|минувшей)\s+неделе\b", re.IGNORECASE)),
    # "на выходных", "в минувшие выходные": the Saturday and Sunday before publication (this one's, if on one)
    ("weekend", re.compile(r"\b(?:на|в)\s+(?:(?:эти|этих|прошлые|прошлых|минувшие|минувших|прошедшие|прошедших)\s+)?"
                           r"выходн(?:ые|ых)\b(?!\s+дн)", re.IGNORECASE)),
    ("year", re.compile(rf"\bв\s+{_YEAR}", re.IGNORECASE)),
]


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    date_start: date
    date_end: date
    precision: str


def _month_no(word: str) -> int:
    w = word.lower()
    for stem, number in _MONTHS.items():
        if w.startswith(stem):
            return number
    raise ValueError(word)


def _latest(month: int, day: int, pub: date, year: str | None) -> date | None:
    if year:
        try:
            return date(int(year), month, day)
        except ValueError:
            return None
    for y in range(pub.year, pub.year - 3, -1):
        try:
            found = date(y, month, day)
        except ValueError:
            continue
        if found <= pub + timedelta(days=1):
            return found
    return None


def _weekday(word: str, pub: date) -> date:
    number = next(v for k, v in _WEEKDAYS.items() if word.lower().startswith(k))
    return pub - timedelta(days=(pub.weekday() - number) % 7)


def _year_of(g: dict[str, str | None], pub: date) -> str | None:
    """The year a pattern states: a number, or one counted back from publication ("прошлого года")."""
    if g.get("ry"):
        word = (g["ry"] or "").lower()
        return str(pub.year - next((v for k, v in _REL_YEAR_BACK.items() if word.startswith(k)), 0))
    return g.get("y")


def _resolve(kind: str, m: re.Match[str], pub: date) -> tuple[date, date, str] | None:
    g = dict(m.groupdict())
    g["y"] = _year_of(g, pub)
    if kind in ("night_range", "night_of", "day_range", "day"):
        end = _latest(_month_no(g["m"]), int(g["d"]), pub, g.get("y"))
        if end is None:
            return None
        if kind == "night_of":
            return end - timedelta(days=1), end, "day"
        if kind in ("night_range", "day_range"):
            start = end.replace(day=int(g["d1"])) if int(g["d1"]) < end.day else end
            return start, end, "day" if (end - start).days <= 1 else "week"
        return end, end, "day"
    if kind == "numeric":
        try:
            day = date(int(g["y"]), int(g["mn"]), int(g["d"]))
        except ValueError:
            return None
        return day, day, "day"
    if kind in ("night_rel", "night_start", "night_adj", "night_weekdays", "last_day"):
        if g.get("nwd"):
            end = _weekday(g["nwd"], pub)
            return end - timedelta(days=1), end, "day"
        return pub - timedelta(days=1), pub, "day"
    if kind == "relative":
        # "накануне" in a dated report is the day before it, like "вчера" ("только что": just now)
        back = {"сегодня": 0, "вчера": 1, "накануне": 1, "позавчера": 2}.get(g["rel"].lower(), 0)
        day = pub - timedelta(days=back)
        return day, day, "day"
    if kind == "weekday":
        day = _weekday(g["wd"], pub)
        if re.search(r"прошл|минувш", m.group(), re.IGNORECASE) and day == pub:
            day -= timedelta(days=7)
        return day, day, "day"
    if kind in ("month", "month_part"):
        month = _month_no(g["m"])
        year = int(g["y"]) if g.get("y") else (pub.year if month <= pub.month else pub.year - 1)
        last = calendar.monthrange(year, month)[1]
        if kind == "month_part":
            lo, hi = {"нач": (1, 10), "сер": (11, 20), "кон": (21, last)}[g["part"].lower()[:3]]
            return date(year, month, lo), date(year, month, hi), "week" if hi - lo < 7 else "month"
        return date(year, month, 1), date(year, month, last), "month"
    if kind == "season":
        first = next(v for k, v in _SEASONS.items() if g["s"].lower().startswith(k))
        if g.get("y"):
            year = int(g["y"]) - (1 if first == 12 else 0)
        else:
            year = pub.year if (first, 1) <= (pub.month, 1) or first == 12 and pub.month < 3 else pub.year - 1
            if first == 12 and pub.month < 3:
                year = pub.year - 1
            if g.get("prev"):
                year -= 1
        start = date(year, first, 1)
        end_year, end_month = (year + 1, 2) if first == 12 else (year, first + 2)
        return start, date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]), "season"
    if kind == "week":
        monday = pub - timedelta(days=pub.weekday())
        if g["which"].lower() in ("прошлой", "минувшей"):
            monday -= timedelta(days=7)
        return monday, monday + timedelta(days=6), "week"
    if kind == "weekend":
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        return saturday, saturday + timedelta(days=1), "week"
    if kind == "year":
        year = int(g["y"])
        return date(year, 1, 1), date(year, 12, 31), "year"
    return None


def find_time_expressions(text: str, published: date | None) -> list[TimeExpression]:
    """Dated expressions in ``text``; relative ones need ``published`` and are skipped without it."""
    pub = published
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    night_adj: set[int] = set()
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < b and a < end for a, b in taken):
                continue
            resolved = _resolve(kind, m, pub or date.today()) if pub or kind in ("numeric", "year") or \
                m.groupdict().get("y") else None
            if resolved is None:
                continue
            taken.append((start, end))
            found.append(TimeExpression(start, end, m.group(), *resolved))
            if kind == "night_adj":
                night_adj.add(id(found[-1]))
    found = [t for t in found if id(t) not in night_adj or not any(
        o is not t and not _SENTENCE_END.search(text, min(o.end, t.start), max(o.start, t.end)) for o in found)]
    return sorted(found, key=lambda t: t.start)
