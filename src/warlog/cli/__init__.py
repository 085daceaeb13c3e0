"""The ``warlog`` command: each subcommand is a thin wrapper over the Python API (docs/cli.md).

The commands live in one module per area and register on the one ``main`` group when imported here.
"""

from __future__ import annotations

from . import (  # noqa: F401 - importing registers the commands
    documents,
    geo,
    linking,
    maintenance,
    train_attribution,
    train_events,
    train_ner,
    training,
    watching,
    web,
)
from .common import main

__all__ = ["main"]
