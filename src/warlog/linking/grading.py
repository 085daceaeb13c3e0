"""NATO Admiralty grading of canonical incidents (rules in docs/linking.md).

Reliability (A-F) belongs to sources: the incident takes the best grade among its independent sources.
Credibility (1-6) belongs to the information: how many independent sources carry it, whether they hedge,
and whether anything contradicts it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from ..lexicon import outlet_index
from ..models import Admiralty, Reliability
from .origin import source_key

GRADES: tuple[Reliability, ...] = ("A", "B", "C", "D", "E", "F")
_OFFICIAL = ("ministry", "staff", "administration", "office", "service", "governor", "prosecutor", "council",
             "command", "police", "committee", "army", "forces", "military")


@dataclass(frozen=True)
class ReliabilityTable:
    kinds: dict[str, Reliability]
    sources: dict[str, Reliability]  # by source_key

    def grade(self, source: str) -> Reliability:
        key = source_key(source)
        if key in self.sources:
            return self.sources[key]
        outlet = outlet_index().get(key)
        if outlet is not None:
            return self.kinds.get(outlet.kind, self.kinds.get("outlet", "F"))
        if "intelligence" in key.split():
            return self.kinds.get("intelligence", "F")
        if any(word in key.split() for word in _OFFICIAL):
            return self.kinds.get("official", "F")
        return self.kinds.get("unknown", "F")


def _read(text: str, where: str) -> tuple[dict[str, Reliability], dict[str, Reliability]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}") from exc
    out: list[dict[str, Reliability]] = []
    for section in ("kinds", "sources"):
        table: dict[str, Reliability] = {}
        for name, grade in data.get(section, {}).items():
            if grade not in GRADES:
                raise ConfigError(f"{where}: [{section}] {name} = {grade!r}: a grade is one of A B C D E F")
            table[name if section == "kinds" else source_key(name)] = grade
        out.append(table)
    return out[0], out[1]


@lru_cache(maxsize=8)
def reliability_table(user_file: Path | None = None) -> ReliabilityTable:
    """The bundled defaults, overridden entry by entry by ``user_file``."""
    kinds, sources = _read((resources.files("warlog") / "data" / "reliability.toml").read_text("utf-8"),
                           "data/reliability.toml")
    if user_file is not None:
        try:
            text = user_file.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"{user_file}: cannot read the source reliability file: {exc}") from exc
        user_kinds, user_sources = _read(text, str(user_file))
        kinds, sources = {**kinds, **user_kinds}, {**sources, **user_sources}
    return ReliabilityTable(kinds, sources)


def credibility(independent: int, firm: int, contradicted: bool, all_denied: bool) -> tuple[int, str]:
    """Credibility 1-6 from the number of independent sources and of those that state it without hedging."""
    if independent == 0:
        return 6, "no source could be identified"
    if all_denied:
        return 5, "every source denies it"
    if contradicted:
        return 4, "sources contradict each other"
    if independent >= 2 and firm >= 2:
        return 1, f"confirmed by {independent} independent sources"
    if firm >= 1:
        return 2, ("one independent source states it" if independent == 1
                   else f"{independent} independent sources, only one states it firmly")
    return 3, "only hedged or unverified claims support it"


def grade(sources: list[str], firm: int, contradicted: bool, all_denied: bool,
          table: ReliabilityTable) -> Admiralty:
    """The Admiralty code of an incident carried by ``sources`` (independent), ``firm`` of them unhedged."""
    grades = sorted(table.grade(s) for s in sources) or ["F"]
    best = grades[0]
    score, why = credibility(len(sources), firm, contradicted, all_denied)
    reasons = [f"best source grade {best}" + (f" ({next(s for s in sources if table.grade(s) == best)})"
                                               if sources else ""), why]
    return Admiralty(reliability=best, credibility=score, reasons=reasons)
