"""Pipeline stages, one module per job.

``ingest`` reads inputs and ``clean`` makes the clean text (both before a
Report exists); the components ``nlp``, ``attribution``, ``incidents``,
``geocode``, ``people`` and ``citations`` run on a Report in that order and register themselves by name
when ``load_components()`` imports them. Storing is the store's job
(``warlog.store``).
"""

from __future__ import annotations

COMPONENT_MODULES = ("nlp", "attribution", "incidents", "geocode", "people", "citations")


def load_components() -> None:
    """Import the component modules so that they register (kept lazy: ingest needs no spaCy)."""
    from importlib import import_module

    for name in COMPONENT_MODULES:
        import_module(f"{__name__}.{name}")
