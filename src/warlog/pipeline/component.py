"""Named pipeline components and the work item they pass along.

A component is a callable ``Work -> Work`` registered under a name with the
fields it requires and assigns, so a pipeline can be checked before it runs
(as spaCy does with its factories).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..models import Report


@dataclass
class Work:
    """One document on its way through the pipeline.

    ``report`` is the public record; ``doc`` holds the parsed spaCy Doc
    (internal, never serialised); ``scratch`` lets a stage leave notes for a
    later one (e.g. sentence boundaries) without widening the public model.
    """

    report: Report
    doc: Any = None
    scratch: dict[str, Any] = field(default_factory=dict)


Stage = Callable[[Work], Work]


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    factory: Callable[..., Stage]
    doc: str
    per_language: bool = False  # the factory is English's; each language pack supplies its own (warlog.lang)


_REGISTRY: dict[str, ComponentInfo] = {}


def component(
    name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = (), per_language: bool = False
) -> Callable[[Callable[..., Stage]], Callable[..., Stage]]:
    """Register a component factory under ``name``; ``per_language`` stages come from each document's language
    pack (``warlog.lang``), the registered factory being the English one."""

    def register(factory: Callable[..., Stage]) -> Callable[..., Stage]:
        if name in _REGISTRY and _REGISTRY[name].factory is not factory:
            raise ConfigError(f"component {name!r} registered twice")
        _REGISTRY[name] = ComponentInfo(name, requires, assigns, factory, (factory.__doc__ or "").strip(),
                                        per_language)
        return factory

    return register


def get_component(name: str) -> ComponentInfo:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ConfigError(f"unknown pipeline component {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None


def registered() -> dict[str, ComponentInfo]:
    return dict(_REGISTRY)


def check_order(names: list[str]) -> None:
    """Raise ConfigError when a component needs something no earlier one assigns."""
    available: set[str] = {"document"}
    for name in names:
        info = get_component(name)
        missing = [r for r in info.requires if r not in available]
        if missing:
            raise ConfigError(f"component {name!r} requires {missing} but no earlier component assigns it")
        available.update(info.assigns)
