"""The Ukrainian pack's data files (``lang/uk/*.toml``), loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ...errors import ConfigError
from . import morph

_HERE = Path(__file__).parent


def load(name: str) -> dict[str, Any]:
    path = _HERE / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"Ukrainian pack: no data file {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Ukrainian pack: {path.name} is not valid TOML: {exc}") from exc


@dataclass(frozen=True)
class Organisation:
    name: str
    latin: str
    label: str  # ORG | OUTLET | UNIT
    channel: bool


def word_key(word: str) -> str:
    """How a lexicon word is compared: abbreviations and Latin as written, other words by lemma."""
    if word.isupper() or not any("а" <= c.lower() <= "ґ" or c.lower() in "іїєґ" for c in word):
        return word.casefold()
    return morph.lemma(word)


@cache
def organisations() -> dict[tuple[str, ...], tuple[Organisation, bool]]:
    """Lemma sequence of every name and alias -> its organisation and whether the alias starts with a capital."""
    index: dict[tuple[str, ...], tuple[Organisation, bool]] = {}
    for entry in load("organisations")["org"]:
        org = Organisation(entry["name"], entry.get("latin", entry["name"]), entry.get("label", "ORG"),
                           bool(entry.get("channel", False)))
        for name in (entry["name"], *entry.get("aliases", ())):
            key = tuple(word_key(w) for w in name.split() if w)
            index.setdefault(key, (org, name[:1].isupper()))
    return index


@cache
def by_name() -> dict[str, Organisation]:
    return {o.name.casefold(): o for o, _ in organisations().values()}
