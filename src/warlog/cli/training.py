"""The ``warlog train`` group: commands that train a learned component on the user's own labelled data.

Each trainer lives in its own module and registers its subcommand on this group; the weights it writes are
picked up through settings, never fetched from a hub.
"""

from __future__ import annotations

from .common import main


@main.group()
def train() -> None:
    """Train a learned component locally (event mentions, Ukrainian NER) on labelled data you supply."""
