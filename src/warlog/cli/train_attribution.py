"""``warlog train attribution --polnear DIR``: train the learned English attribution model on annotated texts."""

from __future__ import annotations

import time
from pathlib import Path

import click

from ..settings import Settings
from .training import train


@train.command("attribution")
@click.option("--polnear", "folder", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="a PolNeAR-layout folder (text/*.txt and attributions/*.ann), e.g. .../polnear/train")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="where to write the model; default WARLOG_HOME/models/attribution-en, which the stage then uses")
@click.option("--skip", type=int, default=0, show_default=True, help="leave out the first N texts (held out)")
@click.option("--limit", type=int, default=None, help="train on at most N texts (after --skip)")
@click.option("--iterations", type=int, default=None, help="at most this many L-BFGS iterations per tagger")
@click.option("--c1", type=float, default=None, help="L1 penalty")
@click.option("--c2", type=float, default=None, help="L2 penalty")
def train_attribution(folder: Path, out: Path | None, skip: int, limit: int | None, iterations: int | None,
                      c1: float | None, c2: float | None) -> None:
    """Train the cue and source/content taggers (CRFs) that join the English attribution rules.

    Needs python-crfsuite (pip install 'warlog[train]'). PolNeAR states no licence: the model you train on it is
    yours to keep for research; warlog ships no weights derived from it.
    """
    from ..attribution import crf_model, crf_train, learned
    from ..attribution.annotated import read_folder

    crf_model.crfsuite()  # a missing python-crfsuite fails before the texts are parsed
    settings = Settings.from_env()
    target = out or settings.home.joinpath(*learned.MODEL_DIR)
    texts = read_folder(folder, skip=skip, limit=limit)
    click.echo(f"training on {len(texts)} texts, {sum(len(t.attributions) for t in texts)} attributions")
    params = {"c1": c1, "c2": c2, "max_iterations": iterations}
    started = time.process_time()
    crf_train.train(texts, target, settings, log=click.echo, **{k: v for k, v in params.items() if v is not None})
    click.echo(f"model written to {target} ({time.process_time() - started:.0f} s of CPU)"
               + ("" if out is None else " (set WARLOG_ATTRIBUTION_MODEL to it for the stage to use it)"))
