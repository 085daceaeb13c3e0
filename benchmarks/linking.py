"""Linking across reports on UCDP GED Ukraine: ``python -m benchmarks linking ucdp --dev FILE [--part report]``.

Gold: every row (event) of the dev file lists its sources in ``source_article`` as CSV-quoted entries
``"Office,YYYY-MM-DD,Headline"`` joined by ``;`` (``source_office``, ``source_date`` and ``source_headline``
hold the same parts, but headlines may themselves contain ``;``, so the quoted entries are parsed). A
*report* is one distinct (office, date, headline); its gold labels are the events that cite it. UCDP splits
one article into one row per location, so 8% of headlines belong to several events: gold clusters overlap.
Entries of fewer than three words are not reports (``ucdp.is_report``: MemoryBook records hold a bare place
name, "Slavyansk") and are left out; their number is given.

System: each report runs through warlog's pipeline (``api.extract``, ``outlet`` = office, ``published`` =
date, a document id of its own so that identical headlines of two offices are two reports), then every report
is linked in date order by ``Linker(MemoryIndex())``. A report's system labels are the canonical ids of its
incidents; a report with no incident is a singleton.

Scores, on reports whose every gold event falls in ``part``: pairwise precision/recall/F1 (a pair is gold
positive when the reports share an event, system positive when they share a canonical incident) and the
*extended* B-cubed of Amigó et al. (2009) for overlapping clusters (per pair of items, the multiplicity
precision min(|C∩C'|, |L∩L'|) / |C∩C'| and recall min(|C∩C'|, |L∩L'|) / |L∩L'|, averaged per item, then over
items). Both are also given on the reports with ≥ 1 incident. Baselines: all singletons, and "same admin1 (from
warlog's incidents) and published ± 1 day", closed transitively.

Split: events sharing a headline are joined into components (union-find); a component belongs to the part
``splits.part_of("ucdp-linking", smallest event id)``, so a gold cluster is never cut in two. Pipeline outputs
are cached (JSONL under the warlog home, or ``--cache``): only the first run extracts.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from warlog.errors import ConfigError
from warlog.linking import features as ft
from warlog.linking import member as member_module
from warlog.linking.embed import embed
from warlog.linking.linker import Linker, MemoryIndex
from warlog.linking.member import Member, members
from warlog.models import Report
from warlog.settings import Settings

from .splits import PARTS, part_of
from .ucdp import is_report

BENCHMARK = "ucdp-linking"
_ENTRY = re.compile(r"^(.*?),(\d{4}-\d\d-\d\d),(.*)$", re.S)

K = TypeVar("K", bound=Hashable)
Labels = Mapping[K, set[str]]


# -- metrics ------------------------------------------------------------------------------------------------


def _by_label(labels: Labels[K]) -> dict[str, list[K]]:
    out: dict[str, list[K]] = defaultdict(list)
    for item, ls in labels.items():
        for label in ls:
            out[label].append(item)
    return out


def _linked(labels: Labels[K]) -> dict[K, set[K]]:
    """For every item, the items sharing a label with it (itself included)."""
    out: dict[K, set[K]] = {item: {item} for item in labels}
    for group in _by_label(labels).values():
        for item in group:
            out[item].update(group)
    return out


def _prf(p: float, r: float) -> dict[str, float]:
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def pairwise(system: Labels[K], gold: Labels[K]) -> dict[str, Any]:
    """Pairwise P/R/F1 over the items of ``gold``; a pair is positive when the two share any label.

    Items missing from ``system`` or with no label are singletons. With nothing to find (no gold pair) recall
    is 1; with nothing proposed precision is 1.
    """
    items = list(gold)
    sys_ = {i: set(system.get(i, set())) for i in items}
    sys_pairs = {(a, b) for a, ns in _linked(sys_).items() for b in ns if a != b and str(a) < str(b)}
    gold_pairs = {(a, b) for a, ns in _linked({i: gold[i] for i in items}).items()
                  for b in ns if a != b and str(a) < str(b)}
    hits = len(sys_pairs & gold_pairs)
    p = hits / len(sys_pairs) if sys_pairs else 1.0
    r = hits / len(gold_pairs) if gold_pairs else 1.0
    return {**_prf(p, r), "system_pairs": len(sys_pairs), "gold_pairs": len(gold_pairs), "hits": hits}


def bcubed(system: Labels[K], gold: Labels[K]) -> dict[str, float]:
    """Extended B-cubed (Amigó et al. 2009) over the items of ``gold``, for overlapping clusters.

    An item with no system label is a cluster of its own (a private label), so it is a singleton.
    """
    items = list(gold)
    sys_ = {i: set(system.get(i, set())) or {f"\0solo:{i!r}"} for i in items}
    gold_ = {i: set(gold[i]) or {f"\0solo:{i!r}"} for i in items}
    sys_n, gold_n = _linked(sys_), _linked(gold_)
    ps, rs = [], []
    for e in items:
        ps.append(sum(min(len(sys_[e] & sys_[f]), len(gold_[e] & gold_[f])) / len(sys_[e] & sys_[f])
                      for f in sys_n[e]) / len(sys_n[e]))
        rs.append(sum(min(len(sys_[e] & sys_[f]), len(gold_[e] & gold_[f])) / len(gold_[e] & gold_[f])
                      for f in gold_n[e]) / len(gold_n[e]))
    if not items:
        return _prf(1.0, 1.0)
    return _prf(sum(ps) / len(ps), sum(rs) / len(rs))


def close(pairs: Iterable[tuple[K, K]], items: Iterable[K]) -> dict[K, set[str]]:
    """Transitive closure of linked pairs as labels: each item gets its component's label."""
    parent: dict[K, K] = {i: i for i in items}

    def find(x: K) -> K:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    return {i: {repr(find(i))} for i in parent}


# -- the dev file -------------------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Headline:
    published: date
    office: str
    text: str

    @property
    def key(self) -> str:
        return hashlib.sha256(f"{self.office}\n{self.published}\n{self.text}".encode()).hexdigest()[:16]


def parse_sources(source_article: str) -> list[Headline]:
    """The ``"Office,YYYY-MM-DD,Headline"`` entries of one ``source_article`` cell."""
    cell = source_article.strip()
    if cell.startswith('"') and cell.endswith('"'):
        cell = cell[1:-1]
    out = []
    for entry in cell.split('";"'):
        m = _ENTRY.match(entry.strip())
        if m is None:
            raise ConfigError(f"unreadable source_article entry {entry[:80]!r}")
        out.append(Headline(date.fromisoformat(m.group(2)), m.group(1).strip(), m.group(3).strip()))
    return out


def read_gold(path: Path) -> dict[Headline, set[str]]:
    """Every distinct headline of the dev file with the ids of the events that cite it."""
    gold: dict[Headline, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for h in parse_sources(row["source_article"]):
                gold[h].add(row["id"])
    return dict(gold)


def event_parts(gold: Mapping[Headline, set[str]]) -> dict[str, str]:
    """Each event's part: events sharing a headline form one component, placed by its smallest id."""
    events = sorted({e for es in gold.values() for e in es}, key=lambda e: (len(e), e))
    parent = {e: e for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for es in gold.values():
        first, *rest = sorted(es, key=lambda e: (len(e), e))
        for e in rest:
            a, b = sorted((find(first), find(e)), key=lambda x: (len(x), x))
            parent[b] = a
    return {e: part_of(BENCHMARK, find(e)) for e in events}


def select_part(gold: Mapping[Headline, set[str]], part: str) -> dict[Headline, set[str]]:
    if part not in PARTS:
        raise ConfigError(f"unknown part {part!r}: choose one of {', '.join(PARTS)}")
    parts = event_parts(gold)
    return {h: es for h, es in gold.items() if part == "all" or all(parts[e] == part for e in es)}


# -- extraction with a cache ---------------------------------------------------------------------------------


def code_fingerprint() -> str:
    """A digest of warlog's code and data files: a cache made by other code is never read."""
    import hashlib

    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".toml", ".json") and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def default_cache(settings: Settings) -> Path:
    return settings.home / "bench-cache" / f"linking-ucdp-{code_fingerprint()}.jsonl"


def extract_all(headlines: list[Headline], cache: Path, settings: Settings,
                extract: Callable[[Headline], Report] | None = None) -> dict[Headline, Report]:
    """Reports for ``headlines``, from ``cache`` where present; new ones are appended to it."""
    known: dict[str, Report] = {}
    if cache.exists():
        with cache.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    row = json.loads(line)
                    known[row["key"]] = Report.model_validate(row["report"])
    if extract is None:
        from warlog.api import extract as warlog_extract

        def extract(h: Headline) -> Report:
            return warlog_extract(h.text, settings=settings, source="ucdp", published=h.published.isoformat(),
                                  outlet=h.office)

    missing = [h for h in headlines if h.key not in known]
    if missing:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with cache.open("a", encoding="utf-8") as fh:
            for h in missing:
                report = extract(h)
                known[h.key] = report
                fh.write(json.dumps({"key": h.key, "report": report.to_json_dict()}, ensure_ascii=False) + "\n")
                fh.flush()
    out = {}
    for h in headlines:
        report = known[h.key]
        # Identical headlines of two offices are two reports: a document id per (office, date, headline).
        doc = report.document.model_copy(update={"id": "h" + h.key})
        out[h] = report.model_copy(update={"document": doc})
    return out


# -- linking ------------------------------------------------------------------------------------------------


@contextmanager
def weights(overrides: Mapping[str, float] | None, undated_days: int | None = None) -> Iterator[None]:
    """``features.WEIGHTS`` with ``overrides`` and ``member.UNDATED_WINDOW_DAYS`` = ``undated_days`` for the
    duration (for tuning without editing the linker; restored afterwards)."""
    saved, saved_days = dict(ft.WEIGHTS), member_module.UNDATED_WINDOW_DAYS
    try:
        ft.WEIGHTS.update(overrides or {})
        if undated_days is not None:
            member_module.UNDATED_WINDOW_DAYS = undated_days
        yield
    finally:
        ft.WEIGHTS.clear()
        ft.WEIGHTS.update(saved)
        member_module.UNDATED_WINDOW_DAYS = saved_days


Prepared = list[tuple[Headline, list[Member], list[np.ndarray] | None]]


def prepare(reports: Mapping[Headline, Report], use_embeddings: bool = True) -> Prepared:
    """Members (and their embeddings, computed once) of every report, in date order."""
    out: Prepared = []
    for h in sorted(reports):
        ms = members(reports[h])
        out.append((h, ms, list(embed([m.text for m in ms])) if use_embeddings and ms else None))
    return out


def link(prepared: Prepared, threshold: float = ft.THRESHOLD, use_embeddings: bool = True,
         weight_overrides: Mapping[str, float] | None = None,
         undated_days: int | None = None) -> dict[Headline, set[str]]:
    """Each report's canonical ids after linking every report in date order."""
    linker = Linker(MemoryIndex(), threshold=threshold, use_embeddings=use_embeddings)
    out: dict[Headline, set[str]] = {}
    with weights(weight_overrides, undated_days):
        for h, ms, vectors in prepared:
            if not ms:
                out[h] = set()
                continue
            decisions = linker.link_members(ms, vectors=vectors if use_embeddings else None)
            out[h] = {d.canonical_id for d in decisions}
    return out


def admin1_baseline(reports: Mapping[Headline, Report], days: int = 1) -> dict[Headline, set[str]]:
    """Reports linked when an incident of each has the same admin1 and they are published ± ``days``."""
    keyed: dict[str, list[Headline]] = defaultdict(list)
    for h, r in reports.items():
        for region in sorted({i.where.admin1 for i in r.incidents if i.where and i.where.admin1}):
            keyed[region].append(h)
    pairs = []
    for hs in keyed.values():
        hs.sort()
        for i, a in enumerate(hs):
            for b in hs[i + 1:]:
                if (b.published - a.published).days > days:
                    break
                pairs.append((a, b))
    labelled = set(h for p in pairs for h in p)
    closed = close(pairs, labelled)
    return {h: closed.get(h, set()) for h in reports}


def score(system: Labels[Headline], gold: Labels[Headline]) -> dict[str, Any]:
    return {"pairwise": pairwise(system, gold), "bcubed": bcubed(system, gold)}


def run(dev_csv: Path, part: str = "report", *, threshold: float = ft.THRESHOLD, use_embeddings: bool = True,
        undated_days: int | None = None, cache: Path | None = None, settings: Settings | None = None,
        extract: Callable[[Headline], Report] | None = None) -> dict[str, Any]:
    """Score warlog's linking on ``part`` of the UCDP dev file (see the module docstring)."""
    settings = settings or Settings.from_env()
    everything = read_gold(dev_csv)
    chosen = select_part(everything, part)
    gold = {h: es for h, es in chosen.items() if is_report(h.text)}
    start = time.perf_counter()
    reports = extract_all(sorted(gold), cache or default_cache(settings), settings, extract)
    extracted = time.perf_counter() - start
    start = time.perf_counter()
    prepared = prepare(reports, use_embeddings)
    system = link(prepared, threshold, use_embeddings, undated_days=undated_days)
    linked = time.perf_counter() - start
    with_incident = {h: es for h, es in gold.items() if reports[h].incidents}
    singletons: dict[Headline, set[str]] = {}
    baseline = admin1_baseline(reports)
    return {
        "benchmark": BENCHMARK, "part": part, "threshold": threshold, "embeddings": use_embeddings,
        "undated_days": member_module.UNDATED_WINDOW_DAYS if undated_days is None else undated_days,
        "headlines": len(chosen), "not_reports": len(chosen) - len(gold), "reports": len(gold),
        "events": len({e for es in gold.values() for e in es}),
        "no_incident": round(1 - len(with_incident) / len(gold), 4) if gold else None,
        "all": score(system, gold), "with_incident": score(system, with_incident),
        "canonical": len({c for cs in system.values() for c in cs}),
        "baselines": {"singletons": score(singletons, gold), "admin1_pm1day": score(baseline, gold)},
        "extract_seconds": round(extracted, 2), "link_seconds": round(linked, 2),
    }


def format_markdown(result: dict[str, Any]) -> str:
    def row(name: str, s: dict[str, Any]) -> str:
        p, b = s["pairwise"], s["bcubed"]
        return (f"| {name} | {p['precision']:.3f} | {p['recall']:.3f} | {p['f1']:.3f} | {b['precision']:.3f} "
                f"| {b['recall']:.3f} | {b['f1']:.3f} | {p['gold_pairs']} | {p['system_pairs']} |")

    r = result
    n_inc = r["reports"] - round(r["no_incident"] * r["reports"]) if r["no_incident"] is not None else 0
    lines = [f"UCDP GED Ukraine linking, part `{r['part']}`: {r['reports']} reports ({r['not_reports']} bare-name "
             f"entries left out) from {r['events']} events; {r['no_incident']:.1%} of reports have no incident; "
             f"threshold {r['threshold']}, undated window {r['undated_days']} days, "
             f"embeddings {'on' if r['embeddings'] else 'off'}; "
             f"{r['canonical']} canonical incidents; link {r['link_seconds']} s.", "",
             "| system | pair P | pair R | pair F1 | B³ P | B³ R | B³ F1 | gold pairs | system pairs |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
             row("warlog, all reports (no incident = singleton)", r["all"]),
             row(f"warlog, the {n_inc} reports with ≥ 1 incident", r["with_incident"]),
             row("baseline: all singletons", r["baselines"]["singletons"]),
             row("baseline: same admin1, published ± 1 day", r["baselines"]["admin1_pm1day"])]
    return "\n".join(lines)
