"""Event fields on UCDP GED Ukraine: ``python -m benchmarks ucdp --dev FILE [--part report]``.

Each row's ``source_headline`` (as given: rows citing several articles hold several
headlines joined by ";") is one report, published on the earliest ``source_date``
(DD/MM/YYYY, or ISO dates joined by ";"). For each field, warlog's value is taken
from the first incident in document order that fills it. Rows whose headline is no
report (every ";"-separated part has fewer than 3 words: a bare place or outlet name
such as "Donetsk airport", which UCDP puts in the headline field) state nothing.
Otherwise a field is scored only on rows whose headline *states* it:

- place: the headline names the coded place (a word or 2-3 word group with the same
  ``geo.normalize.phonetic_key`` as UCDP's location name without its feature word,
  or as the ``adm_1`` / ``adm_2`` base: Lugansk = Luhansk), or warlog's nlp stage
  found a place below country level in it. Admin1 is scored on those rows with an
  ``adm_1``: warlog's ``where.admin1`` must equal UCDP's after ``normalize_admin1``.
  Distance is scored on those rows UCDP located to a settlement, its surroundings or
  a district (``where_prec`` 1-3): haversine km to (latitude, longitude); the
  headline figure is the share within 25 km.
- fatalities: the headline holds a number (digits that are not a year, ordinal or
  date) or a number word, and a death word (killed, dead, die, toll ...). warlog's
  value is ``best``, else ``low``, else ``high``; it is right when inside
  [min(low, best), max(high, best)] (7 dev rows have high < best).
- date: the headline holds a temporal expression (weekday, month, yesterday, today,
  overnight, past 24 hours, a numeric date). Right when warlog's [start, end]
  overlaps [date_start, date_end] (M/D/YYYY).

UCDP splits one report into one row per location ("killed five civilians in the
Donetsk region" becomes five village rows of one death each), so rows of the whole
file sharing a headline and publication date are one report: its fatalities are
compared with the sums of their bounds, its date with the span of their intervals.

``rate`` is right / stated (a missing value counts as wrong), ``precision`` right /
filled. ``coverage`` is the share of headlines with any incident (``report_coverage``:
of the headlines that are reports). The dev set is
split by ``splits.py`` (benchmark name ``ucdp``, key: the row ``id``).
UCDP GED is CC BY 4.0 (Sundberg & Melander 2013; Davies et al. 2023).
"""

from __future__ import annotations

import csv
import math
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from warlog.geo.normalize import normalize, phonetic_key, region_bases, split_admin
from warlog.incidents.detect import is_country
from warlog.models import Report
from warlog.settings import Settings

from .splits import select

# UCDP (and other English) spellings of Ukraine's first-level units -> warlog's admin1 names
# (data/geo/admin1_en.toml). Keys are the base after split_admin ("Donetsk province" -> "donetsk").
ADMIN1: dict[str, str] = {
    "cherkasy": "Cherkasy Oblast", "cherkassy": "Cherkasy Oblast", "chernihiv": "Chernihiv Oblast",
    "chernigov": "Chernihiv Oblast", "chernivtsi": "Chernivtsi Oblast", "chernovtsy": "Chernivtsi Oblast",
    "dnipropetrovsk": "Dnipropetrovsk Oblast", "dnepropetrovsk": "Dnipropetrovsk Oblast",
    "donetsk": "Donetsk Oblast", "ivano frankivsk": "Ivano-Frankivsk Oblast", "kharkiv": "Kharkiv Oblast",
    "kharkov": "Kharkiv Oblast", "kherson": "Kherson Oblast", "khmelnytskyi": "Khmelnytskyi Oblast",
    "khmelnytskyy": "Khmelnytskyi Oblast", "khmelnitsky": "Khmelnytskyi Oblast",
    "kirovohrad": "Kirovohrad Oblast", "kirovograd": "Kirovohrad Oblast", "kropyvnytskyi": "Kirovohrad Oblast",
    "crimea": "Crimea", "kyiv": "Kyiv Oblast", "kiev": "Kyiv Oblast", "luhansk": "Luhansk Oblast",
    "lugansk": "Luhansk Oblast", "lviv": "Lviv Oblast", "lvov": "Lviv Oblast", "mykolaiv": "Mykolaiv Oblast",
    "mykolayiv": "Mykolaiv Oblast", "nikolaev": "Mykolaiv Oblast", "nikolayev": "Mykolaiv Oblast",
    "odesa": "Odesa Oblast", "odessa": "Odesa Oblast", "poltava": "Poltava Oblast", "rivne": "Rivne Oblast",
    "rovno": "Rivne Oblast", "sevastopol": "Sevastopol", "sumy": "Sumy Oblast", "ternopil": "Ternopil Oblast",
    "vinnytsia": "Vinnytsia Oblast", "vinnytsya": "Vinnytsia Oblast", "vinnitsa": "Vinnytsia Oblast",
    "volyn": "Volyn Oblast", "zakarpattia": "Zakarpattia Oblast", "zakarpattya": "Zakarpattia Oblast",
    "transcarpathia": "Zakarpattia Oblast", "zaporizhzhia": "Zaporizhzhia Oblast",
    "zaporizhzhya": "Zaporizhzhia Oblast", "zaporizhia": "Zaporizhzhia Oblast",
    "zaporozhye": "Zaporizhzhia Oblast", "zhytomyr": "Zhytomyr Oblast", "zhitomir": "Zhytomyr Oblast",
}
# Whole names that are cities with regional status (UCDP: "Kiev Special Republican city").
ADMIN1_CITIES: dict[str, str] = {
    "kiev special republican city": "Kyiv", "kyiv special republican city": "Kyiv", "kyiv city": "Kyiv",
    "kiev city": "Kyiv", "kyiv": "Kyiv", "sevastopol special republican city": "Sevastopol",
    "sevastopol city": "Sevastopol",
}

_FEATURE = re.compile(r"\b(?:village|vilage|town|city|oblast|raion|area|airport|territory|municipality|district"
                      r"|region|province|monument|post|direction|hill|site|canal|checkpoint|forest|controlled"
                      r"|special|republican)\b", re.I)
_NUMBER = re.compile(r"(?<![\w/.-])\d[\d,]*(?!\d|st\b|nd\b|rd\b|th\b|/|\.\d)|\b(?:one|two|three|four|five|six|seven"
                     r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
                     r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|tens"
                     r"|scores|several|a few|a couple)\b", re.I)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DEATH = re.compile(r"\b(?:kill\w*|dead|deaths?|die[ds]?|dying|toll|fatalit\w+|bodies|lives|perish\w*|slain"
                    r"|casualt\w+|losses|lost)\b", re.I)
_TEMPORAL = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
                       r"|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul"
                       r"|aug|sep|sept|oct|nov|dec|yesterday|today|tonight|overnight|last night|this morning"
                       r"|weekend|past 24 hours|last 24 hours|past day)\b|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b"
                       r"|\b\d{4}-\d\d-\d\d\b", re.I)


@dataclass(frozen=True)
class Event:
    id: str
    headline: str
    published: date
    adm_1: str
    adm_2: str
    location: str
    where_prec: int
    lat: float
    lon: float
    best: int
    low: int
    high: int
    start: date
    end: date


def _source_date(value: str) -> date:
    dates = []
    for part in filter(None, (p.strip() for p in value.split(";"))):
        if "/" in part:
            day, month, year = (int(x) for x in part.split("/"))
            dates.append(date(year, month, day))
        else:
            dates.append(date.fromisoformat(part))
    return min(dates)


def _coded_date(value: str) -> date:
    month, day, year = (int(x) for x in value.split()[0].split("/"))
    return date(year, month, day)


def read_dev(path: Path) -> list[Event]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [Event(r["id"], r["source_headline"], _source_date(r["source_date"]), r["adm_1"], r["adm_2"],
                      r["where_coordinates"], int(r["where_prec"]), float(r["latitude"]), float(r["longitude"]),
                      int(r["best"]), int(r["low"]), int(r["high"]), _coded_date(r["date_start"]),
                      _coded_date(r["date_end"])) for r in csv.DictReader(handle)]


def normalize_admin1(name: str | None) -> str | None:
    """warlog's name for a first-level unit of Ukraine ("Donetsk province" -> "Donetsk Oblast"), else the input."""
    if not name or not name.strip():
        return None
    whole = normalize(name)
    if whole in ADMIN1_CITIES:
        return ADMIN1_CITIES[whole]
    base, _ = split_admin(name)
    for candidate in region_bases(base):
        if candidate in ADMIN1:
            return ADMIN1[candidate]
    return name.strip()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def names_place(headline: str, event: Event) -> bool:
    """Does the headline name UCDP's location, admin1 or admin2 (spelling variants included)?"""
    keys = set()
    for name in (event.location, event.adm_1, event.adm_2):
        base = _FEATURE.sub(" ", name).strip()
        if len(base) >= 4 and normalize(base) != "ukraine":
            keys.add(phonetic_key(base))
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", headline)
    grams = {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
    return any(phonetic_key(g) in keys for g in grams)


def is_report(headline: str) -> bool:
    """At least one ";"-separated part of three or more words (not a bare place or outlet name)."""
    return any(len(part.split()) >= 3 for part in headline.split(";"))


def states_fatalities(headline: str) -> bool:
    numbers = [m.group() for m in _NUMBER.finditer(headline) if not _YEAR.match(m.group())]
    return bool(numbers) and _DEATH.search(headline) is not None


def states_date(headline: str) -> bool:
    return _TEMPORAL.search(headline) is not None


def _local_place(report: Report) -> bool:
    return any(e.label == "PLACE" and not is_country(e) and not (e.geo and e.geo.precision == "country")
               for e in report.entities)


Totals = dict[tuple[str, date], tuple[int, int, date, date]]


def group_totals(events: list[Event]) -> Totals:
    """Per (headline, published): summed lower and upper fatality bounds and the span of the dates."""
    totals: Totals = {}
    for e in events:
        low, high = min(e.low, e.best), max(e.high, e.best)
        key = (e.headline, e.published)
        if key in totals:
            lo, hi, start, end = totals[key]
            totals[key] = (lo + low, hi + high, min(start, e.start), max(end, e.end))
        else:
            totals[key] = (low, high, e.start, e.end)
    return totals


def judge(event: Event, report: Report, totals: Totals | None = None) -> dict[str, Any]:
    """One row's outcome: which fields the headline states and whether warlog got them."""
    low, high, first, last = (totals or group_totals([event]))[(event.headline, event.published)]
    incidents = sorted(report.incidents, key=lambda i: i.evidence[0].start if i.evidence else 0)
    where = next((i.where for i in incidents if i.where and i.where.lat is not None), None)
    admin1 = next((i.where.admin1 for i in incidents if i.where and i.where.admin1), None)
    count = next((i.fatalities for i in incidents if i.fatalities), None)
    when = next((i.when for i in incidents if i.when.start is not None), None)
    value = None if count is None else next((v for v in (count.best, count.low, count.high) if v is not None), None)
    report_like = is_report(event.headline)
    place = report_like and (names_place(event.headline, event) or _local_place(report))
    km = None
    if where is not None and where.lat is not None and where.lon is not None:
        km = haversine_km(where.lat, where.lon, event.lat, event.lon)
    return {
        "incident": bool(incidents),
        "report": report_like,
        "admin1": (place and bool(event.adm_1), admin1 is not None,
                   normalize_admin1(admin1) == normalize_admin1(event.adm_1)),
        "within_25km": (place and event.where_prec <= 3, km is not None, km is not None and km <= 25),
        "fatalities": (report_like and states_fatalities(event.headline), value is not None,
                       value is not None and low <= value <= high),
        "date": (report_like and states_date(event.headline), when is not None,
                 when is not None and when.start is not None and when.start <= last
                 and (when.end or when.start) >= first),
        "km": km if place and event.where_prec <= 3 else None,
    }


def summarize(outcomes: list[dict[str, Any]]) -> dict[str, Any]:
    """Per field: stated, filled (of stated), right, rate = right/stated, precision = right/filled."""
    fields: dict[str, Any] = {}
    for name in ("admin1", "within_25km", "fatalities", "date"):
        stated = [o[name] for o in outcomes if o[name][0]]
        filled, right = sum(1 for s in stated if s[1]), sum(1 for s in stated if s[2])
        fields[name] = {"stated": len(stated), "filled": filled, "right": right,
                        "rate": round(right / len(stated), 4) if stated else None,
                        "precision": round(right / filled, 4) if filled else None,
                        "filled_unstated": sum(1 for o in outcomes if o[name][1] and not o[name][0])}
    kms = [o["km"] for o in outcomes if o["km"] is not None]
    fields["within_25km"]["median_km"] = round(statistics.median(kms), 1) if kms else None
    n, reports = len(outcomes), [o for o in outcomes if o["report"]]
    return {"rows": n, "reports": len(reports),
            "coverage": round(sum(o["incident"] for o in outcomes) / n, 4) if n else None,
            "report_coverage": round(sum(o["incident"] for o in reports) / len(reports), 4) if reports else None,
            **fields}


def run(dev_csv: Path, part: str = "report", *, settings: Settings | None = None,
        extract: Callable[[str, str], Report] | None = None) -> dict[str, Any]:
    """Score warlog (or ``extract(headline, published_iso)``) on ``part`` of the UCDP dev file."""
    everything = read_dev(dev_csv)
    totals = group_totals(everything)
    events = select(everything, "ucdp", part, key=lambda e: e.id)
    if extract is None:
        from warlog.api import extract as warlog_extract

        options = settings or Settings.from_env()

        def extract(text: str, published: str) -> Report:
            return warlog_extract(text, settings=options, source="ucdp", published=published)

    start = time.perf_counter()
    outcomes = [judge(e, extract(e.headline, e.published.isoformat()), totals) for e in events]
    seconds = time.perf_counter() - start
    return {"benchmark": "ucdp", "part": part, **summarize(outcomes), "seconds": round(seconds, 2),
            "rows_per_s": round(len(events) / seconds, 2) if seconds else None}


def format_markdown(result: dict[str, Any]) -> str:
    lines = [f"UCDP GED Ukraine, part `{result['part']}`: {result['rows']} rows ({result['reports']} with a report "
             f"headline); coverage {result['coverage']:.1%} of rows, {result['report_coverage']:.1%} of reports; "
             f"{result['seconds']} s.", "",
             "| field | stated | filled | right | right / stated | right / filled | filled, not stated |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name in ("admin1", "within_25km", "fatalities", "date"):
        f = result[name]
        rate = "-" if f["rate"] is None else f"{f['rate']:.1%}"
        precision = "-" if f["precision"] is None else f"{f['precision']:.1%}"
        lines.append(f"| {name} | {f['stated']} | {f['filled']} | {f['right']} | {rate} | {precision} "
                     f"| {f['filled_unstated']} |")
    lines.append(f"\nMedian distance where a place is stated and UCDP's precision is 1-3: "
                 f"{result['within_25km']['median_km']} km.")
    return "\n".join(lines)
