"""Language packs: ``warlog/lang/<code>/`` folders, each defining ``PACK`` (a ``LanguagePack``).

A folder is found by scanning this package, so adding a language edits nothing else; a pack installed by
another distribution registers under the entry point group ``warlog.languages`` (the object is the pack).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from importlib.metadata import entry_points

from ..errors import ConfigError
from .base import LanguagePack, StageFactory

__all__ = ["LanguagePack", "StageFactory", "available", "get_pack", "register"]

_EXTRA: dict[str, LanguagePack] = {}


@cache
def _discovered() -> dict[str, LanguagePack]:
    packs: dict[str, LanguagePack] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        pack = getattr(module, "PACK", None)
        if not isinstance(pack, LanguagePack):
            raise ConfigError(f"language folder warlog/lang/{info.name}/ defines no PACK (a LanguagePack)")
        packs[pack.code] = pack
    for entry in entry_points(group="warlog.languages"):
        pack = entry.load()
        if not isinstance(pack, LanguagePack):
            raise ConfigError(f"entry point {entry.name!r} in warlog.languages is not a LanguagePack")
        packs[pack.code] = pack
    return packs


def register(pack: LanguagePack) -> None:
    """Add a pack at run time (tests, notebooks); wins over a discovered pack of the same code."""
    _EXTRA[pack.code] = pack


def unregister(code: str) -> None:
    _EXTRA.pop(code, None)


def get_pack(code: str | None) -> LanguagePack | None:
    """The pack for ``code`` (None when no installed pack reads that language)."""
    if not code:
        return None
    return _EXTRA.get(code) or _discovered().get(code)


def available() -> tuple[str, ...]:
    """Codes of every installed language pack, sorted."""
    return tuple(sorted({*_discovered(), *_EXTRA}))
