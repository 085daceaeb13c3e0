"""``warlog train events``: retrain the event-mention classifier on the user's own labelled sentences."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import WarlogError
from .common import _fail, _settings
from .training import train


@train.command("events")
@click.argument("data", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="weights file to write (default: HOME/mentions.npz)")
@click.option("--no-base", is_flag=True, help="train on DATA alone, without the sentences warlog ships")
def train_events(data: tuple[Path, ...], out: Path | None, no_base: bool) -> None:
    """Train the event-mention classifier on DATA: JSONL lines {"sentence", "label", "type"} (label 1 for an
    event mention, 0 for none; type from docs/taxonomy.md) or an ACLED CSV export (notes, event_type,
    sub_event_type). The shipped sentences are added unless --no-base; use the result with
    WARLOG_MENTION_WEIGHTS=OUT."""
    from ..mentions.train import train as fit_and_save

    settings = _settings()
    target = out or settings.home / "mentions.npz"
    try:
        summary = fit_and_save(list(data), target, base=not no_base)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
    click.echo(f"use it with: WARLOG_MENTION_WEIGHTS={target}", err=True)
