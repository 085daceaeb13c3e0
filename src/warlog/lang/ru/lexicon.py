"""The Russian pack's lexicons (``lang/ru/*.toml``), compiled once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ...errors import ConfigError

_CYRILLIC_WORD = re.compile(r"^[А-ЯЁа-яё]+$")
_ENDINGS = ("ые", "ая", "ое", "ий", "ый", "ой", "ия", "ие")


def load(name: str) -> dict[str, Any]:
    """Parse ``lang/ru/<name>.toml`` from the package."""
    ref = resources.files(__package__) / f"{name}.toml"
    try:
        return tomllib.loads(ref.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"no Russian lexicon {name!r} (looked for {ref})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"lang/ru/{name}.toml is not valid TOML: {exc}") from exc


def _inflected(word: str) -> str:
    """A pattern for a Cyrillic word in any case: its stem plus up to three letters ("Медиазон\\w{0,3}")."""
    if not _CYRILLIC_WORD.match(word) or len(word) <= 3 or word.isupper():
        return re.escape(word)
    stem = word[:-2] if word.lower().endswith(_ENDINGS) else word[:-1] if word[-1].lower() in "аяоеуюыиьй" else word
    return re.escape(stem) + r"[а-яё]{0,3}"


def alias_pattern(alias: str) -> str:
    return r"\s+".join(_inflected(w) for w in alias.split())


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class EntityRules:
    outlets: tuple[Outlet, ...]
    outlet_regex: re.Pattern[str]  # one group per outlet: o0, o1, ...
    units: tuple[re.Pattern[str], ...]
    orgs: tuple[re.Pattern[str], ...]
    norp: tuple[re.Pattern[str], ...]
    places: tuple[re.Pattern[str], ...]
    sides: dict[str, str]
    org_heads: frozenset[str]
    not_orgs: frozenset[str]

    def outlet_of(self, match: re.Match[str]) -> Outlet:
        group = match.lastgroup
        assert group is not None
        return self.outlets[int(group[1:].split("_")[0])]

    def alias_of(self, match: re.Match[str]) -> str:
        """The spelling of the outlet that matched, in its dictionary form ("Медиазоне" -> "Медиазона")."""
        group = match.lastgroup
        assert group is not None
        outlet_no, alias_no = (int(x) for x in group[1:].split("_"))
        outlet = self.outlets[outlet_no]
        return (outlet.name, *outlet.aliases)[alias_no]

    def canonical_outlet(self, name: str) -> str | None:
        """The outlet written ``name`` in any case form, as the text spells it in the nominative, or None."""
        m = self.outlet_regex.fullmatch(name.strip("«»\"' "))
        return self.alias_of(m) if m else None


@cache
def entity_rules() -> EntityRules:
    outlets_raw = load("outlets").get("outlet", [])
    outlets = tuple(Outlet(o["name"], o.get("kind", "outlet"), tuple(o.get("aliases", ()))) for o in outlets_raw)
    parts: list[str] = []
    for i, outlet in enumerate(outlets):
        names = (outlet.name, *outlet.aliases)
        order = sorted(range(len(names)), key=lambda j: len(names[j]), reverse=True)
        parts.extend(f"(?P<o{i}_{j}>{alias_pattern(names[j])})" for j in order)
    # Every spelling starts with a capital or "i" (iStories): the look-ahead spares the alternation most positions.
    outlet_regex = re.compile(r"(?<![\w-])(?=[A-ZА-ЯЁi@])(?:" + "|".join(parts) + r")(?![\w-])")
    raw = load("entities")
    return EntityRules(
        outlets=outlets,
        outlet_regex=outlet_regex,
        units=tuple(re.compile(p) for p in raw["units"]),
        orgs=tuple(re.compile(p) for p in raw["orgs"]),
        norp=tuple(re.compile(p, re.IGNORECASE) for p in raw["norp"]),
        places=tuple(re.compile(p) for p in raw.get("places", ())),
        sides=dict(raw["sides"]),
        org_heads=frozenset(raw.get("org_heads", ())),
        not_orgs=frozenset(raw.get("not_orgs", ())),
    )
