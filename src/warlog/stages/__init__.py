"""Pipeline stages, one module per job.

``ingest`` reads inputs and ``clean`` makes the clean text (both before a
Report exists); the components below run on a Report in this order and
register themselves by name on import: ``nlp``, ``attribution``,
``incidents``, ``geocode``. Storing is the store's job (``warlog.store``).
"""

from . import attribution, geocode, incidents, nlp  # noqa: F401  (registration)
