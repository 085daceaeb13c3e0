"""Per-language lexicons kept as data files (``warlog/data/<lang>/*.toml``).

Code never hard-codes word lists: reporting verbs, hedges, chain
constructions, outlets and incident triggers live in TOML so that Russian and
Ukrainian can be added as files, without code changes.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .errors import ConfigError


def load_data(lang: str, name: str) -> dict[str, Any]:
    """Parse ``data/<lang>/<name>.toml`` from the package, or ``<name>.toml`` in the language pack's folder."""
    ref: Any = resources.files("warlog") / "data" / lang / f"{name}.toml"
    if not ref.is_file():
        from .lang import get_pack

        pack = get_pack(lang)  # a language pack keeps its word lists in its own folder (lang/<code>/*.toml)
        if pack is not None and pack.data is not None:
            ref = pack.data / f"{name}.toml"
    try:
        return _expand(tomllib.loads(ref.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise ConfigError(f"no lexicon {name!r} for language {lang!r} (looked for {ref})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"lexicon {lang}/{name}.toml is not valid TOML: {exc}") from exc


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None


@cache
def outlets(lang: str = "en") -> tuple[Outlet, ...]:
    data = load_data(lang, "outlets")
    return tuple(
        Outlet(o["name"], tuple(o.get("aliases", ())), o.get("kind", "outlet"), o.get("country"))
        for o in data.get("outlet", [])
    )


@cache
def outlet_index(lang: str = "en") -> dict[str, Outlet]:
    """Every outlet name and alias, casefolded, to its outlet."""
    index: dict[str, Outlet] = {}
    for outlet in outlets(lang):
        for name in (outlet.name, *outlet.aliases):
            index[name.casefold()] = outlet
    return index


_FRAGMENT = re.compile(r"<<(\w+)>>")


def _expand(data: dict[str, Any]) -> dict[str, Any]:
    """Patterns written once and used in several places: a top-level ``fragments`` table, each ``<<name>>`` in any
    string of the lexicon replaced by its fragment (a name with no fragment is a configuration error)."""
    fragments: dict[str, str] = data.pop("fragments", {})
    if not fragments:
        return data

    def sub(value: Any) -> Any:
        if isinstance(value, str):
            def one(m: re.Match[str]) -> str:
                if m.group(1) not in fragments:
                    raise ConfigError(f"lexicon fragment <<{m.group(1)}>> is not defined")
                return fragments[m.group(1)]
            return _FRAGMENT.sub(one, value)
        if isinstance(value, list):
            return [sub(v) for v in value]
        if isinstance(value, dict):
            return {k: sub(v) for k, v in value.items()}
        return value

    expanded: dict[str, Any] = sub(data)
    return expanded
