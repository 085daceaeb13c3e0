"""How alike an incident and a canonical incident are: one score per field, and their weighted sum.

Each feature is in [0, 1], 0.5 meaning "the reports do not say"; ``score`` is the weighted mean, and pairs
that must stay apart (different named victims, far-apart places, dates weeks apart) score 0 outright.
Weights and the threshold are declared here and documented in docs/linking.md; the threshold was set on
the tune half of the UCDP benchmark (``python -m benchmarks linking``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..models import Count, Where

# Types that describe the same events in different words get partial credit; anything else is blocked.
TYPE_GROUPS: dict[str, str] = {
    "friendly_fire": "own_side", "intra_force_killing": "own_side", "non_combat_death": "own_side",
    "strike": "violence", "armed_clash": "violence", "attack_on_civilians": "violence",
    "territory_change": "violence",
    "refusal_to_fight": "discipline", "desertion_or_surrender": "discipline", "abandonment": "discipline",
    "protest": "discipline", "arrest_or_detention": "discipline", "mobilization": "discipline",
    "other": "other",
}
WEIGHTS = {"type": 1.0, "date": 1.5, "place": 2.0, "text": 2.0, "fatalities": 1.5, "actors": 0.75}
THRESHOLD = 0.66
TEXT_FLOOR, TEXT_CEILING = 0.80, 0.93  # e5 cosine mapped to a 0-1 text score (see text_score)
NAMED_VICTIM_SCORE = 0.8
SAME_VICTIM_MAX_GAP_DAYS = 60
MAX_GAP_DAYS = 10
PRECISE_MAX_GAP_DAYS = 1
MAX_DISTANCE_KM = 120.0
# Two named settlements this far apart score 0 on place (a strike on the next town is another strike).
PLACE_DECAY_KM = 30.0


def type_group(incident_type: str) -> str:
    return TYPE_GROUPS.get(incident_type, "other")


def groups_compatible(a: str, b: str) -> bool:
    return a == b or "other" in (a, b)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def type_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if "other" in (a, b):
        return 0.5
    return 0.6 if type_group(a) == type_group(b) else 0.0


def date_score(a: tuple[date | None, date | None], b: tuple[date | None, date | None],
               precise: bool, dated: tuple[bool, bool] = (True, True)) -> float | None:
    """1 for overlapping intervals stated to the day, less for vaguer ones; None: too far apart.

    ``dated`` says whether each side's interval was stated; an undated side's interval is the window before
    its publication, which only rules out dates after it.
    """
    if a[0] is None or b[0] is None or a[1] is None or b[1] is None:
        return 0.5
    if not all(dated):
        overlap = a[0] <= b[1] and b[0] <= a[1]
        return 0.5 if overlap else None
    gap = max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)
    if gap > MAX_GAP_DAYS or (precise and gap > PRECISE_MAX_GAP_DAYS):
        return None  # two reports that each name the day, days apart, tell of two events
    if gap == 0:
        return 1.0 if precise else 0.7
    return 0.8 * math.exp(-gap / 3)


def place_score(a: Where | None, b: Where | None) -> float | None:
    """Closeness of two places; None: too far apart to be one incident."""
    if a is None or b is None:
        return 0.5
    if None not in (a.lat, a.lon, b.lat, b.lon):
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        coarse = {"region", "country", "unknown"} & {a.precision, b.precision}
        if coarse:  # a region's centroid says little about distance: same region is what counts
            if a.country and b.country and a.country != b.country:
                return None
            if a.admin1 and b.admin1:
                return 0.6 if a.admin1 == b.admin1 else 0.2
            return 0.45
        if km > MAX_DISTANCE_KM:
            return None
        return max(0.0, 1.0 - km / PLACE_DECAY_KM) if km > 3 else 1.0
    if a.country and b.country and a.country != b.country:
        return None
    if a.admin1 and b.admin1:
        return 0.6 if a.admin1 == b.admin1 else 0.1
    return 0.5 if a.name.casefold() != b.name.casefold() else 0.9


def count_score(a: Count | None, b: Count | None) -> float:
    if a is None or b is None or a.best is None or b.best is None:
        return 0.5
    lo_a, hi_a = a.low if a.low is not None else a.best, a.high if a.high is not None else a.best
    lo_b, hi_b = b.low if b.low is not None else b.best, b.high if b.high is not None else b.best
    if lo_a <= hi_b and lo_b <= hi_a:
        return 1.0
    small, large = sorted((max(a.best, 1), max(b.best, 1)))
    # Tolls rise as bodies are found, so nearby counts stay possible; far-apart ones point to two events.
    if large <= 2 * small:
        return 0.6
    return 0.3 if large <= 3 * small else 0.0


def overlap_score(a: set[str], b: set[str]) -> float | None:
    """Shared actors or victims; None when both name victims and none is shared (two people, two events)."""
    if not a or not b:
        return 0.5
    return 1.0 if a & b else 0.2


def text_score(a: np.ndarray | None, b: np.ndarray | None) -> float:
    if a is None or b is None:
        return 0.5
    if a.shape != b.shape:
        return 0.5
    cosine = float(np.dot(a, b) / ((np.linalg.norm(a) * np.linalg.norm(b)) or 1.0))
    # e5 cosines are compressed: unrelated war-news sentences sit near 0.78-0.85, the same event told in
    # another language or words at 0.88-0.95 (DEPENDENCIES.md; tests/linking/test_cross_language.py).
    return min(1.0, max(0.0, (cosine - TEXT_FLOOR) / (TEXT_CEILING - TEXT_FLOOR)))


@dataclass
class PairScore:
    score: float
    parts: dict[str, float]
    blocked: str | None = None


def combine(parts: dict[str, float | None]) -> PairScore:
    for name, value in parts.items():
        if value is None:
            return PairScore(0.0, {k: v for k, v in parts.items() if v is not None}, blocked=name)
    total = sum(WEIGHTS[k] for k in parts)
    kept = {k: float(v) for k, v in parts.items() if v is not None}
    return PairScore(sum(WEIGHTS[k] * v for k, v in kept.items()) / total, kept)
