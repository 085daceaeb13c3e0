"""Incident triggers and the taxonomy, compiled from data files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..lexicon import load_data


@dataclass(frozen=True)
class IncidentType:
    name: str
    label: str
    acled: tuple[str, str] | None
    ucdp: int
    lethal: bool


@dataclass(frozen=True)
class IncidentLexicon:
    triggers: tuple[tuple[str, re.Pattern[str]], ...]  # (type, regex) in priority order
    generic_types: frozenset[str]
    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    background: re.Pattern[str]
    death_cues: re.Pattern[str]
    injury_cues: re.Pattern[str]
    person_nouns: frozenset[str]
    not_event_place: re.Pattern[str]


@cache
def taxonomy() -> dict[str, IncidentType]:
    raw = tomllib.loads((resources.files("warlog") / "data" / "taxonomy.toml").read_text(encoding="utf-8"))
    return {
        name: IncidentType(name, t["label"], tuple(t["acled"]) if "acled" in t else None,
                           int(t.get("ucdp", 0)), bool(t.get("lethal", False)))
        for name, t in raw.items()
    }


@cache
def incident_lexicon(lang: str = "en") -> IncidentLexicon:
    data = load_data(lang, "incidents")
    flags = re.IGNORECASE
    triggers = tuple(
        (t["name"], re.compile(pattern, flags)) for t in data["type"] for pattern in t["triggers"]
    )
    unknown = {name for name, _ in triggers} - set(taxonomy())
    if unknown:
        from ..errors import ConfigError

        raise ConfigError(f"incidents.toml ({lang}) names types missing from taxonomy.toml: {sorted(unknown)}")
    return IncidentLexicon(
        triggers=triggers,
        generic_types=frozenset(data.get("generic_types", ())),
        negation=re.compile(data["negation"], flags),
        hypothetical=re.compile(data["hypothetical"], flags),
        background=re.compile(data["background"], flags),
        death_cues=re.compile(data["death_cues"], flags),
        injury_cues=re.compile(data["injury_cues"], flags),
        person_nouns=frozenset(data["person_nouns"]),
        not_event_place=re.compile(data["not_event_place"], flags),
    )
