"""English geoparsing benchmark on GeoWebNews, LGL and TR-News (``python -m benchmarks geoparsing``).

The corpora (GPL-3.0) are read from disk, never copied. Each article text is run, exactly as
given, through warlog's ``nlp`` and ``geocode`` stages; gold toponyms are then scored three ways,
so that recognition, resolution and coverage errors are told apart:

- recognition: a predicted PLACE matches a gold toponym when the spans overlap (exact-span F1 too);
- end-to-end resolution: Accuracy@161 km and mean/median error over recognised gold toponyms;
- gold spans given: the gold spans resolved directly with ``Resolver`` (hint "unknown"), the
  setting in which Mordecai 3 reports Accuracy@161 (82.7 LGL, 87.3 TR-News, 94.1 GeoWebNews).

Coverage rule: a gold toponym is covered when the index holds its GeoNames id
(``geonames:<id>``), or when a place spelt like the mention or the gold name is that id or lies
within 161 km of the gold point. A resolution to the gold's own GeoNames id counts as 0 km: warlog places a
country at its capital and a region at its population-weighted centroid, not at GeoNames' point.
GeoWebNews gold types: every toponym class of the Pragmatic Guide (literal and
associative) except Demonym, Homonym and Language, which carry no coordinates and which warlog
labels NORP; predictions overlapping those are ignored (neither hit nor false alarm).
Non_Toponym, Literal_Expression and Non_Lit_Expression are not toponyms: a PLACE on them is a
false alarm. A few upstream offsets are shifted (TR-News): such spans are moved to the nearest
occurrence of the phrase within 60 characters; the counts are reported.
"""

from __future__ import annotations

import math
import re
import resource
import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warlog.geo import Gazetteer, PlaceMention, Resolver
from warlog.models import Document, GeoRef, Report
from warlog.pipeline.runner import Pipeline
from warlog.settings import Settings

from .splits import select

ACC_KM = 161.0
GWN_NOT_TOPONYMS = frozenset({"Non_Toponym", "Literal_Expression", "Non_Lit_Expression"})
GWN_IGNORED = frozenset({"Demonym", "Homonym", "Language"})
_ALIGN_WINDOW = 60
_FCODE_KIND = {"ADM1": "region", "ADM2": "district", "ADMD": "district", "ADM3": "district"}
Span = tuple[int, int]


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str = "Literal"
    lat: float | None = None
    lon: float | None = None
    geonames_id: str | None = None
    name: str | None = None  # the gold gazetteer name ("United States" for "U.S.")
    kind: str | None = None  # settlement / district / region / country, from the gold feature code


@dataclass
class Article:
    id: str
    text: str
    gold: list[Gold]
    ignored: list[Span] = field(default_factory=list)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(h)))


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def align(text: str, phrase: str, start: int, end: int, window: int = _ALIGN_WINDOW) -> Span | None:
    """The gold span if it holds ``phrase``, else the nearest occurrence within ``window`` chars."""
    if text[start:end] == phrase:
        return start, end
    lo = max(0, start - window)
    found = [lo + m.start() for m in re.finditer(re.escape(phrase), text[lo:start + window + len(phrase)])]
    best = min(found, key=lambda i: abs(i - start), default=None) if phrase else None
    return None if best is None else (best, best + len(phrase))


def _kind(fcode: str | None) -> str | None:
    if not fcode:
        return None
    if fcode.startswith("PCL"):
        return "country"
    return _FCODE_KIND.get(fcode, "settlement" if fcode.startswith("PPL") else None)


def _float(s: str | None) -> float | None:
    return float(s) if s and s.strip() else None


def load(xml_path: Path) -> tuple[list[Article], Counter[str]]:
    """Articles with their evaluated gold toponyms; the counter says what was realigned or left out."""
    stats: Counter[str] = Counter()
    articles = []
    for i, node in enumerate(ET.parse(xml_path).getroot().iter("article")):
        text = node.findtext("text") or ""
        art = Article(node.get("docid") or node.get("file") or str(i), text, [])
        seen: set[Span] = set()
        for t in node.iter("toponym"):
            phrase = t.findtext("phrase") or t.findtext("extractedName") or ""
            kind = t.findtext("type") or "Literal"
            given = (int(t.findtext("start") or 0), int(t.findtext("end") or 0))
            span = align(text, phrase, *given)
            if span is None:
                stats["dropped_misaligned"] += 1
                continue
            stats["realigned"] += span != given
            if kind in GWN_NOT_TOPONYMS:
                stats[f"not_toponym:{kind}"] += 1
                continue
            if kind in GWN_IGNORED:
                stats[f"ignored:{kind}"] += 1
                art.ignored.append(span)
                continue
            if span in seen:
                stats["duplicate_span"] += 1
                continue
            seen.add(span)
            gaz = t.find("gaztag")
            if gaz is not None:
                gold = Gold(*span, phrase, kind, _float(gaz.findtext("lat")), _float(gaz.findtext("lon")),
                            gaz.get("geonameid"), gaz.findtext("name"), _kind(gaz.findtext("fcode")))
            else:
                gold = Gold(*span, phrase, kind, _float(t.findtext("latitude")), _float(t.findtext("longitude")),
                            (t.findtext("geonamesID") or "").strip() or None, t.findtext("normalisedName") or None)
            art.gold.append(gold)
        articles.append(art)
    return articles, stats


@dataclass
class Recognition:
    """Overlap and exact-span counts, summed over documents."""

    pred: int = 0
    pred_hit: int = 0
    gold: int = 0
    gold_hit: int = 0
    exact: int = 0

    def add(self, gold: Sequence[Span], pred: Sequence[Span], ignored: Sequence[Span] = ()) -> None:
        kept = [p for p in pred if any(overlaps(p, g) for g in gold) or not any(overlaps(p, i) for i in ignored)]
        self.pred += len(kept)
        self.pred_hit += sum(any(overlaps(p, g) for g in gold) for p in kept)
        self.gold += len(gold)
        self.gold_hit += sum(any(overlaps(g, p) for p in kept) for g in gold)
        self.exact += len(set(gold) & set(kept))

    def scores(self) -> dict[str, float | int]:
        p, r = _ratio(self.pred_hit, self.pred), _ratio(self.gold_hit, self.gold)
        ep, er = _ratio(self.exact, self.pred), _ratio(self.exact, self.gold)
        return {"gold": self.gold, "predicted": self.pred, "precision": p, "recall": r, "f1": _f1(p, r),
                "exact_precision": ep, "exact_recall": er, "exact_f1": _f1(ep, er)}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def accuracy(errors: Sequence[float | None], km: float = ACC_KM) -> dict[str, Any]:
    """Accuracy@km over ``errors`` (None = not resolved, counted wrong), mean and median km of the rest."""
    known = [e for e in errors if e is not None]
    return {"n": len(errors), f"acc@{km:g}": _ratio(sum(e <= km for e in known), len(errors)),
            "mean_km": round(statistics.fmean(known), 1) if known else None,
            "median_km": round(statistics.median(known), 1) if known else None,
            "unresolved": len(errors) - len(known)}


def error_km(gold: Gold, geo: GeoRef | None) -> float | None:
    """Distance from the gold point; 0 when warlog chose the gold's own GeoNames id (its point may differ)."""
    if geo is None or gold.lat is None or gold.lon is None:
        return None
    if gold.geonames_id and geo.gazetteer_id == f"geonames:{gold.geonames_id}":
        return 0.0
    if geo.lat is None or geo.lon is None:
        return None
    return haversine_km(gold.lat, gold.lon, geo.lat, geo.lon)


def distance_km(gold: Gold, geo: GeoRef | None) -> float | None:
    """Distance from the gold point to the chosen point, as the geoparsing literature scores (no id shortcut)."""
    if geo is None or gold.lat is None or gold.lon is None or geo.lat is None or geo.lon is None:
        return None
    return haversine_km(gold.lat, gold.lon, geo.lat, geo.lon)


def coverage(gaz: Gazetteer, gold: Gold) -> tuple[bool, bool]:
    """(gold id in the index, a same-spelt place that is the gold id or lies within 161 km of the gold point)."""
    by_id = bool(gold.geonames_id) and gaz.place(f"geonames:{gold.geonames_id}") is not None
    return by_id, any(_spelt(gaz, gold, name) for name in {gold.text, gold.name or gold.text})


def _spelt(gaz: Gazetteer, gold: Gold, name: str) -> bool:
    """Is the gold place found under ``name`` spelt this way (its id, or a place within 161 km)?"""
    if gold.lat is None or gold.lon is None:
        return False
    gid = f"geonames:{gold.geonames_id}" if gold.geonames_id else None
    return any(m.exact and (m.place.id == gid or m.place.lat is not None and m.place.lon is not None
                            and haversine_km(gold.lat, gold.lon, m.place.lat, m.place.lon) <= ACC_KM)
               for m in gaz.matches(name))


def _failure(gold: Gold, geo: GeoRef | None, err: float | None, cov: tuple[bool, bool], gaz: Gazetteer) -> str:
    """Outcome of one resolved gold toponym: correct, or the first thing that went wrong."""
    if err is not None and err <= ACC_KM:
        return "correct"
    if not any(cov):
        return "missing_from_gazetteer"
    if geo is None:
        return "unresolved"
    if not _spelt(gaz, gold, gold.text):
        return "name_form_missing"  # the gold place is indexed, but not under this spelling ("US", "Ky.", "Russian")
    kind = gold.kind
    if kind is None and gold.geonames_id:
        place = gaz.place(f"geonames:{gold.geonames_id}")
        kind = place.kind if place else None
    if kind and (kind == "settlement") != (geo.precision == "settlement"):
        return "region_vs_settlement"
    return "wrong_candidate"


@dataclass
class _Tally:
    """Errors (km, None = unresolved) and outcomes, for one way of scoring."""

    errors: list[float | None] = field(default_factory=list)
    distances: list[float | None] = field(default_factory=list)  # by distance only, as Mordecai scores
    covered: list[float | None] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # every miss by distance, for reading error classes

    def add(self, gold: Gold, geo: GeoRef | None, cov: tuple[bool, bool], gaz: Gazetteer, said: str = "") -> None:
        err = error_km(gold, geo)
        self.errors.append(err)
        dist = distance_km(gold, geo)
        self.distances.append(dist)
        if dist is None or dist > ACC_KM:
            got = f"{geo.name} ({geo.country}, {geo.precision}, {geo.gazetteer_id}) {dist or 0:.0f} km" if geo else "-"
            shown = f"{gold.text} <{said}>" if said and said != gold.text else gold.text
            self.misses.append(f"{shown} [gold {gold.name} {gold.geonames_id}] -> {got}"
                               + (f" | {geo.reason}" if geo else ""))
        if any(cov):
            self.covered.append(err)
        why = _failure(gold, geo, err, cov, gaz)
        self.outcomes[why] += 1
        if why != "correct":
            got = f"{geo.name} ({geo.country}, {geo.precision}), {err or 0:.0f} km" if geo else "-"
            self.examples.setdefault(why, []).append(f"{gold.text} -> {got}")


def _gold_spans(articles: list[Article], resolver: Resolver, gaz: Gazetteer
                ) -> tuple[_Tally, dict[tuple[str, Span], tuple[bool, bool]], float, int]:
    """Resolve the gold spans themselves (the resolver alone); also fills the coverage table."""
    tally, cov, seconds, mentions = _Tally(), {}, 0.0, 0
    for art in articles:
        ms = [PlaceMention(g.start, g.end, art.text[g.start:g.end], "unknown") for g in art.gold]
        started = time.process_time()  # CPU time: the shared machine's other jobs do not count
        geos = resolver.resolve(art.text, ms) if ms else []
        seconds += time.process_time() - started
        mentions += len(ms)
        for g, geo in zip(art.gold, geos, strict=True):
            if g.lat is not None:
                c = cov[(art.id, (g.start, g.end))] = coverage(gaz, g)
                tally.add(g, geo, c, gaz)
    return tally, cov, seconds, mentions


def run(xml_path: Path, limit: int | None = None, settings: Settings | None = None, part: str = "all"
        ) -> dict[str, Any]:
    """Score recognition, resolution and coverage on one corpus file; returns JSON-ready figures."""
    settings = settings or Settings.from_env()
    articles, load_stats = load(Path(xml_path))
    # tune/report halves by article id, one split per corpus ("geoparsing:gwn_dev.xml")
    articles = select(articles, f"geoparsing:{Path(xml_path).name}", part, key=lambda a: a.id)
    articles = articles[:limit] if limit else articles
    started = time.perf_counter()
    gaz = Gazetteer.open(settings.gazetteer_path, overlay=settings.gazetteer_overlay)
    open_s = time.perf_counter() - started
    resolver = Resolver(gaz)
    gold, cov, resolve_s, mentions = _gold_spans(articles, resolver, gaz)  # cold caches on the first corpus

    pipeline = Pipeline(("nlp", "geocode"), settings=settings, resources={"gazetteer": gaz, "resolver": resolver})
    rec, e2e, per_type, timings = Recognition(), _Tally(), Counter[str](), dict[str, float]()
    missed = 0
    started = time.perf_counter()
    for art in articles:
        report = pipeline.run(Report(document=Document(id=f"gold-{art.id}", text=art.text, language="en")),
                              timings=timings)
        assert report is not None  # the default error handler raises
        places = [e for e in report.entities if e.label == "PLACE"]
        rec.add([(g.start, g.end) for g in art.gold], [(e.start, e.end) for e in places], art.ignored)
        for g in art.gold:
            hits = [e for e in places if overlaps((e.start, e.end), (g.start, g.end))]
            per_type[f"{g.type}:gold"] += 1
            per_type[f"{g.type}:found"] += bool(hits)
            if g.lat is None:
                continue
            if not hits:
                missed += 1
                why = "not_recognised" if any(cov[(art.id, (g.start, g.end))]) else "missing_from_gazetteer"
                e2e.outcomes[why] += 1
                e2e.examples.setdefault(why, []).append(g.text)
                continue
            hit = max(hits, key=lambda e: min(e.end, g.end) - max(e.start, g.start))
            e2e.add(g, hit.geo, cov[(art.id, (g.start, g.end))], gaz, hit.text)
    e2e_s = time.perf_counter() - started

    n_geo = len(gold.errors)
    missing = sum(not any(c) for c in cov.values())
    scores = rec.scores()
    types = sorted({k.rsplit(":", 1)[0] for k in per_type})
    covered_e2e = accuracy(e2e.covered)
    gold_all, gold_cov = accuracy(gold.errors), accuracy(gold.covered)
    return {
        "corpus": Path(xml_path).name, "part": part, "articles": len(articles), "gold_toponyms": rec.gold,
        "gold_with_coordinates": n_geo, "load": dict(load_stats),
        "summary": {"acc@161_by_distance_recognised": accuracy(e2e.distances)["acc@161"],
                    "acc@161_by_distance_all_gold": accuracy(e2e.distances + [None] * missed)["acc@161"],
                    "acc@161_by_distance_gold_spans": accuracy(gold.distances)["acc@161"],
                    "missing_from_gazetteer": _ratio(missing, n_geo), "recognition_recall": scores["recall"],
                    "acc@161_recognised_and_covered": covered_e2e["acc@161"],
                    "acc@161_gold_spans": gold_all["acc@161"], "acc@161_gold_spans_covered": gold_cov["acc@161"]},
        "recognition": scores,
        "recall_by_type": {t: _ratio(per_type[f"{t}:found"], per_type[f"{t}:gold"]) for t in types},
        "coverage": {"missing_share": _ratio(missing, n_geo), "by_id": sum(c[0] for c in cov.values()),
                     "by_name_within_161km": sum(c[1] for c in cov.values())},
        "end_to_end": {"by_distance_recognised": accuracy(e2e.distances), "recognised": accuracy(e2e.errors),
                       "recognised_and_resolved": accuracy([e for e in e2e.errors if e is not None]),
                       "recognised_and_covered": covered_e2e, "outcomes": dict(e2e.outcomes.most_common())},
        "gold_spans": {"all": gold_all, "covered": gold_cov, "outcomes": dict(gold.outcomes.most_common())},
        "speed": {"index_open_s": round(open_s, 4), "mentions_resolved": mentions,
                  "resolver_places_per_cpu_s": round(mentions / resolve_s, 1) if resolve_s else None,
                  "pipeline_s": round(e2e_s, 2), "stage_s": {k: round(v, 2) for k, v in timings.items()},
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)},
        "examples": {"end_to_end": {k: v[:15] for k, v in e2e.examples.items()},
                     "gold_spans": {k: v[:15] for k, v in gold.examples.items()}},
        "misses_by_distance": {"end_to_end": e2e.misses, "gold_spans": gold.misses},
    }


def run_many(paths: Sequence[Path], limit: int | None = None, part: str = "all") -> list[dict[str, Any]]:
    """``python -m benchmarks geoparsing --corpus FILE... [--part tune|report|all]``: one result per corpus."""
    return [run(p, limit, part=part) for p in paths]


__all__ = ["Gold", "Recognition", "accuracy", "align", "coverage", "distance_km", "error_km", "haversine_km", "load",
           "run", "run_many"]
