"""The incremental linker: each new incident joins the best-matching canonical incident or starts one.

Candidates come from blocking (compatible type group, overlapping date window, same region or no region),
so the work per report stays about constant as the database grows. The linker never merges two incidents of
the same document (the extractor already decided they are different), and re-linking a report that is
already linked is the caller's business (the store links only what is pending).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

import numpy as np

from ..models import CanonicalIncident, Contradiction, Report
from . import features as ft
from .canonical import build
from .embed import embed
from .grading import ReliabilityTable, reliability_table
from .member import Member, members


@dataclass
class Cluster:
    """A canonical incident with its members and the centroid of their text embeddings.

    ``members`` may be loaded lazily (``load``): scoring needs only the canonical incident, the centroid and
    the blocking interval, so a store reads members only for the cluster an incident joins.
    """

    id: str
    members_: list[Member] | None
    embedding: np.ndarray | None
    canonical: CanonicalIncident
    span: tuple[date | None, date | None] | None = None
    load: Callable[[str], list[Member]] | None = None

    @property
    def members(self) -> list[Member]:
        if self.members_ is None:
            self.members_ = self.load(self.id) if self.load else []
        return self.members_

    @property
    def group(self) -> str:
        return ft.type_group(self.canonical.type)

    @property
    def admin1(self) -> str | None:
        where = self.canonical.where
        return where.admin1 if where and where.admin1 else None

    def interval(self) -> tuple[date | None, date | None]:
        when = self.canonical.when
        if when.start is not None:
            return when.start, when.end or when.start
        if self.span is not None:
            return self.span
        spans = [m.interval() for m in self.members]
        los = [a for a, _ in spans if a is not None]
        his = [b for _, b in spans if b is not None]
        self.span = (min(los) if los else None), (max(his) if his else None)
        return self.span


@dataclass
class Decision:
    incident_id: str
    doc_id: str
    canonical_id: str
    score: float
    new: bool
    parts: dict[str, float] = field(default_factory=dict)


class Index(Protocol):
    """Where clusters live: in memory (benchmarks, tests) or in the store."""

    def candidates(self, groups: Sequence[str], lo: date | None, hi: date | None,
                   admin1: str | None) -> Iterable[Cluster]: ...

    def save(self, cluster: Cluster, added: list[tuple[Member, float, np.ndarray | None]]) -> None: ...

    def new_id(self) -> str: ...

    def by_victim(self, names: set[str]) -> Iterable[Cluster]:
        """Clusters naming any of ``names`` (casefolded) as a victim, whatever their type, place or date."""
        ...


def victims_of(canonical: CanonicalIncident) -> set[str]:
    """Named victims (two words or more, capitalised), casefolded."""
    return {a.text.casefold() for a in canonical.actors
            if a.role == "victim" and a.text[:1].isupper() and len(a.text.split()) >= 2}


def _window(lo: date | None, hi: date | None) -> tuple[date | None, date | None]:
    if lo is None or hi is None:
        return lo, hi
    pad = timedelta(days=ft.MAX_GAP_DAYS)
    return lo - pad, hi + pad


def pair_score(m: Member, vector: np.ndarray | None, c: Cluster) -> ft.PairScore:
    inc = m.incident
    if m.doc_id in c.canonical.reports:
        return ft.PairScore(0.0, {}, blocked="same document")
    precise = inc.when.precision == "day" and c.canonical.when.precision == "day"
    victims_c = victims_of(c.canonical)
    if m.victims & victims_c:
        return _same_victim(m, vector, c, precise)
    units_c = {a.text.casefold() for a in c.canonical.actors if any(ch.isdigit() for ch in a.text)}
    parts: dict[str, float | None] = {
        "type": ft.type_score(inc.type, c.canonical.type) or None,
        "date": ft.date_score(m.interval(), c.interval(), precise, (m.dated, c.canonical.when.start is not None)),
        "place": ft.place_score(inc.where, c.canonical.where),
        "text": ft.text_score(vector, c.embedding),
        "fatalities": ft.count_score(inc.fatalities, c.canonical.fatalities),
        "actors": ft.overlap_score(m.victims, victims_c) if (m.victims and victims_c)
        else ft.overlap_score(m.units, units_c),
    }
    if m.victims and victims_c and not m.victims & victims_c:
        parts["actors"] = None  # two named victims: two incidents
    return ft.combine(parts)


def _same_victim(m: Member, vector: np.ndarray | None, c: Cluster, precise: bool) -> ft.PairScore:
    """A person dies once: reports naming the same victim tell of one incident, even when they disagree on
    its type or place (that disagreement is the contradiction to show); only dates months apart part them."""
    a, b = m.interval(), c.interval()
    if m.dated and c.canonical.when.start is not None and None not in (*a, *b):
        gap = max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)  # type: ignore[operator]
        if gap > ft.SAME_VICTIM_MAX_GAP_DAYS:
            return ft.PairScore(0.0, {}, blocked="date")
    parts = {"victim": 1.0, "text": ft.text_score(vector, c.embedding)}
    return ft.PairScore(ft.NAMED_VICTIM_SCORE, parts)


class Linker:
    def __init__(self, index: Index, table: ReliabilityTable | None = None, threshold: float = ft.THRESHOLD,
                 use_embeddings: bool = True) -> None:
        self.index = index
        self.table = table or reliability_table()
        self.threshold = threshold
        self.use_embeddings = use_embeddings

    def link_report(self, report: Report,
                    extra: dict[str, list[Contradiction]] | None = None) -> list[Decision]:
        return self.link_members(members(report), extra)

    def link_members(self, ms: list[Member], extra: dict[str, list[Contradiction]] | None = None,
                     vectors: list[np.ndarray] | None = None) -> list[Decision]:
        """Link each member in turn; ``vectors``: their embeddings if already computed."""
        if vectors is None:
            vectors = list(embed([m.text for m in ms])) if self.use_embeddings and ms else None
        vecs: list[np.ndarray | None] = list(vectors) if vectors is not None else [None] * len(ms)
        decisions = []
        for m, vector in zip(ms, vecs, strict=True):
            decisions.append(self._link_one(m, vector, extra or {}))
        return decisions

    def _link_one(self, m: Member, vector: np.ndarray | None, extra: dict[str, list[Contradiction]]) -> Decision:
        lo, hi = _window(*m.interval())
        group = ft.type_group(m.incident.type)
        groups = list(ft.TYPE_GROUPS.values()) if group == "other" else [group, "other"]
        admin1 = m.incident.where.admin1 if m.incident.where else None
        best: tuple[float, Cluster, dict[str, float]] | None = None
        candidates = list(self.index.candidates(sorted(set(groups)), lo, hi, admin1))
        if m.victims:
            known = {c.id for c in candidates}
            candidates += [c for c in self.index.by_victim(m.victims) if c.id not in known]
        for cluster in candidates:
            result = pair_score(m, vector, cluster)
            if result.blocked is None and result.score >= self.threshold and (best is None or result.score > best[0]):
                best = (result.score, cluster, result.parts)
        if best is None:
            cid = self.index.new_id()
            cluster = Cluster(cid, [m], vector, build(cid, [m], self.table, extra.get(m.incident.id, [])),
                              span=m.interval())
            self.index.save(cluster, [(m, 1.0, vector)])
            return Decision(m.incident.id, m.doc_id, cid, 1.0, True)
        score, cluster, parts = best
        cluster.members.append(m)
        if vector is not None:
            n = len(cluster.members)
            centroid = vector if cluster.embedding is None else (cluster.embedding * (n - 1) + vector) / n
            cluster.embedding = centroid.astype(np.float32)
        a, b = cluster.interval()
        c, d = m.interval()
        cluster.span = (min(x for x in (a, c) if x) if a or c else None), (max(x for x in (b, d) if x) if b or d
                                                                              else None)
        # Contradictions about people (not recomputable from members) are carried over.
        kept = [c for c in cluster.canonical.contradictions if c.subject != "incident"]
        new = [c for c in extra.get(m.incident.id, []) if c not in kept]
        cluster.canonical = build(cluster.id, cluster.members, self.table, kept + new, cluster.canonical.people)
        self.index.save(cluster, [(m, score, vector)])
        return Decision(m.incident.id, m.doc_id, cluster.id, round(score, 4), False, parts)


class MemoryIndex:
    """Clusters in memory, blocked by (type group, admin1, week); for benchmarks and tests."""

    def __init__(self) -> None:
        self.clusters: dict[str, Cluster] = {}
        self._blocks: dict[tuple[str, str | None, int], set[str]] = {}
        self._keys: dict[str, list[tuple[str, str | None, int]]] = {}
        self._victims: dict[str, set[str]] = {}
        self._ids = itertools.count(1)

    @staticmethod
    def _weeks(lo: date | None, hi: date | None) -> range:
        if lo is None or hi is None:
            return range(-1, 0)  # undated and unpublished: one bucket of its own
        first, last = lo.toordinal() // 7, hi.toordinal() // 7
        return range(first, min(last, first + 60) + 1)  # an undated report spans its year before publication

    def candidates(self, groups: Sequence[str], lo: date | None, hi: date | None,
                   admin1: str | None) -> Iterable[Cluster]:
        weeks = set(self._weeks(lo, hi)) | {-1}
        seen: set[str] = set()
        if admin1 is None:  # no region stated: every region of the group is a candidate
            keys = [k for k in self._blocks if k[0] in groups and k[2] in weeks]
        else:
            keys = [(g, a, w) for g in groups for a in (admin1, None) for w in weeks]
        for key in keys:
            for cid in self._blocks.get(key, ()):
                if cid not in seen:
                    seen.add(cid)
                    yield self.clusters[cid]

    def save(self, cluster: Cluster, added: list[tuple[Member, float, np.ndarray | None]]) -> None:
        for key in self._keys.pop(cluster.id, []):
            self._blocks[key].discard(cluster.id)
        self.clusters[cluster.id] = cluster
        keys = [(cluster.group, cluster.admin1, w) for w in self._weeks(*cluster.interval())]
        for key in keys:
            self._blocks.setdefault(key, set()).add(cluster.id)
        self._keys[cluster.id] = keys
        for name in victims_of(cluster.canonical):
            self._victims.setdefault(name, set()).add(cluster.id)

    def by_victim(self, names: set[str]) -> Iterable[Cluster]:
        ids = set().union(*(self._victims.get(n, set()) for n in names))
        return [self.clusters[i] for i in sorted(ids)]

    def new_id(self) -> str:
        return f"c{next(self._ids)}"
