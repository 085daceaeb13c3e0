"""NATO Admiralty grading of canonical incidents (rules in docs/linking.md).

Reliability (A-F) belongs to sources: the incident takes the best grade among its independent sources.
Credibility (1-6) belongs to the information: how many independent sources carry it, whether they hedge,
and whether anything contradicts it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
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
    reasons: dict[str, str] = field(default_factory=dict)  # by source_key: why a listed channel has its grade

    def reason(self, source: str) -> str | None:
        """Why ``source`` has its grade, when the table says (the ``[channels]`` entries)."""
        return self.reasons.get(source_key(source))

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


# kinds, sources and reasons by source key, and each channel spelling's key -> the key of the channel's name
Tables = tuple[dict[str, Reliability], dict[str, Reliability], dict[str, str], dict[str, str]]


def _read(text: str, where: str) -> Tables:
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
    reasons: dict[str, str] = {}
    groups: dict[str, str] = {}
    for name, entry in data.get("channels", {}).items():
        grade, reason, aliases = (entry.get("grade"), entry.get("reason"), entry.get("aliases", [])) if isinstance(
            entry, dict) else (None, None, [])
        if grade not in GRADES or not isinstance(reason, str) or not reason.strip() or not isinstance(aliases, list):
            raise ConfigError(f"{where}: [channels] {name!r} needs grade = one of A B C D E F, reason = \"...\" "
                              "and optionally aliases = [\"...\"]")
        for spelling in (name, *map(str, aliases)):
            out[1][source_key(spelling)] = grade
            reasons[source_key(spelling)] = reason.strip()
            groups[source_key(spelling)] = source_key(name)
    return out[0], out[1], reasons, groups


@lru_cache(maxsize=8)
def reliability_table(user_file: Path | None = None) -> ReliabilityTable:
    """The bundled defaults, overridden entry by entry by ``user_file``."""
    kinds, sources, reasons, groups = _read(
        (resources.files("warlog") / "data" / "reliability.toml").read_text("utf-8"), "data/reliability.toml")
    if user_file is not None:
        try:
            text = user_file.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"{user_file}: cannot read the source reliability file: {exc}") from exc
        user_kinds, user_sources, user_reasons, _ = _read(text, str(user_file))
        # A user's entry for any spelling of a bundled channel regrades every spelling of it; a plain [sources]
        # grade drops the bundled reason, which argued for another grade.
        for key, grade in list(user_sources.items()):
            for spelling in [k for k, g in groups.items() if g == groups.get(key)]:
                user_sources.setdefault(spelling, grade)
                if key in user_reasons:
                    user_reasons.setdefault(spelling, user_reasons[key])
        reasons = {k: v for k, v in reasons.items() if k not in user_sources} | user_reasons
        kinds, sources = {**kinds, **user_kinds}, {**sources, **user_sources}
    return ReliabilityTable(kinds, sources, reasons)


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
