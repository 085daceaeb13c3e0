"""Incident triggers and the taxonomy, compiled from data files."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..errors import ConfigError
from ..lexicon import load_data


@dataclass(frozen=True)
class IncidentType:
    name: str
    label: str
    acled: tuple[str, str] | None
    ucdp: int
    lethal: bool
    subtypes: dict[str, tuple[str, str]]  # subtype -> (ACLED event_type, sub_event_type)


@dataclass(frozen=True)
class IncidentLexicon:
    triggers: tuple[tuple[str, str | None, re.Pattern[str]], ...]  # (type, subtype, regex), priority order
    generic_types: tuple[str, ...]  # broadest first: each gives way to any later-listed or unlisted type
    negation: re.Pattern[str]
    hypothetical: re.Pattern[str]
    background: re.Pattern[str]
    death_cues: re.Pattern[str]
    injury_cues: re.Pattern[str]
    person_nouns: frozenset[str]
    not_event_place: re.Pattern[str]
    not_event_place_after: re.Pattern[str]
    # A trigger after one of these in its sentence is told as context, not as news: "It came a week after a
    # blast ...", "The shooting comes during a mobilisation that set off protests", "on charges of kidnapping".
    not_told: re.Pattern[str] = re.compile("(?!)")
    # words right after a trigger that deny it ("detained no one")
    denied_after: re.Pattern[str] = re.compile("(?!)")
    # A tally over many events ("19 separate cases in which a total of 45 prisoners were killed"): its numbers are
    # no event's toll.
    aggregate: re.Pattern[str] = re.compile("(?!)")
    # Background cues inside an aside set off by commas ("In Avdiivka, scene of the fiercest fighting in recent
    # weeks, a man was wounded") describe the place, not the sentence's event.
    aside: re.Pattern[str] = re.compile("(?!)")
    # A comment closing the sentence after a dash ("... 600 of its 1,000 fighters — far more than official
    # figures admit"): its background words are about the figure, not the sentence.
    comment: re.Pattern[str] = re.compile("(?!)")
    # Names tagged as places that never place an event: rivers, seas, eras ("the Dnipro River", "the Middle Ages").
    not_a_site: re.Pattern[str] = re.compile("(?!)")
    # A trigger that is only a toll ("killing two", "two were killed", "leaves 11 dead"): told right after an
    # event with no place of its own, it counts that event's victims rather than telling a new one.
    bare_toll: re.Pattern[str] = re.compile("(?!)")
    # A trigger that is only damage ("a block of flats was destroyed and two houses damaged"): told right after a
    # strike, in the place it struck or a place inside its region, it is that strike's aftermath, not an event.
    aftermath: re.Pattern[str] = re.compile("(?!)")
    # Specific types that give way to another told in the same sentence ("hit by their own artillery, killing
    # three of his comrades" is friendly fire, not also a killing within the force): type -> types it yields to.
    yields: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def taxonomy() -> dict[str, IncidentType]:
    raw = tomllib.loads((resources.files("warlog") / "data" / "taxonomy.toml").read_text(encoding="utf-8"))
    return {
        name: IncidentType(name, t["label"], tuple(t["acled"]) if "acled" in t else None,
                           int(t.get("ucdp", 0)), bool(t.get("lethal", False)),
                           {sub: (pair[0], pair[1]) for sub, pair in t.get("subtypes", {}).items()})
        for name, t in raw.items()
    }


def _alternatives(value: str | list[str]) -> str:
    """A pattern written as one string or as a list of alternatives (each one commented in the TOML)."""
    return value if isinstance(value, str) else "|".join(f"(?:{v})" for v in value)


@cache
def incident_lexicon(lang: str = "en") -> IncidentLexicon:
    data = load_data(lang, "incidents")
    flags = re.IGNORECASE
    triggers = tuple(
        (t["name"], t.get("subtype"), re.compile(pattern, flags)) for t in data["type"] for pattern in t["triggers"]
    )
    types = taxonomy()
    unknown = sorted({name for name, _, _ in triggers} - set(types)) + sorted(
        f"{name}.{sub}" for name, sub, _ in triggers if name in types and sub and sub not in types[name].subtypes)
    if unknown:
        raise ConfigError(f"incidents.toml ({lang}) names types or subtypes missing from taxonomy.toml: {unknown}")
    return IncidentLexicon(
        triggers=triggers,
        generic_types=tuple(data.get("generic_types", ())),
        negation=re.compile(data["negation"], flags),
        hypothetical=re.compile(data["hypothetical"], flags),
        background=re.compile(_alternatives(data["background"]), flags),
        death_cues=re.compile(data["death_cues"], flags),
        injury_cues=re.compile(data["injury_cues"], flags),
        person_nouns=frozenset(data["person_nouns"]),
        not_event_place=re.compile(data["not_event_place"], flags),
        not_event_place_after=re.compile(data.get("not_event_place_after", "(?!)"), flags),
        not_told=re.compile(data.get("not_told", "(?!)"), flags),
        denied_after=re.compile(data.get("denied_after", "(?!)"), flags),
        aggregate=re.compile(data.get("aggregate", "(?!)"), flags),
        aside=re.compile(data.get("aside", "(?!)"), flags),
        comment=re.compile(data.get("comment", "(?!)"), flags),
        not_a_site=re.compile(data.get("not_a_site", "(?!)"), flags),
        bare_toll=re.compile(data.get("bare_toll", "(?!)"), flags),
        aftermath=re.compile(data.get("aftermath", "(?!)"), flags),
        yields={name: tuple(to) for name, to in data.get("yields", {}).items()},
    )
