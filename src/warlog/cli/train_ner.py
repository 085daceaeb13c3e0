"""``warlog train ner --lang uk DATA``: train a Ukrainian NER model on brat files the user supplies."""

from __future__ import annotations

from pathlib import Path

import click

from ..settings import Settings
from .training import train


@train.command("ner")
@click.option("--lang", type=click.Choice(["uk"]), required=True, help="language of the model (Ukrainian only)")
@click.argument("data", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="where to write the model; default WARLOG_HOME/models/ner-uk, which the uk pack then uses")
@click.option("--epochs", type=int, default=10, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
def train_ner(lang: str, data: Path, out: Path | None, epochs: int, seed: int) -> None:
    """Train a spaCy NER (PERS/LOC/ORG) on NER-UK-format data (brat .txt/.ann files under DATA).

    NER-UK is CC BY-NC-SA 4.0: by training on it you accept its terms (non-commercial use, share-alike,
    credit lang-uk) for the model you make. warlog ships no weights derived from it.
    """
    from ..lang.uk import trained

    settings = Settings.from_env()
    target = out or settings.home.joinpath(*trained.MODEL_DIR)
    docs = trained.read_brat(data)
    click.echo(f"training on {len(docs)} documents, {sum(len(d.spans) for d in docs)} PERS/LOC/ORG mentions")
    trained.train(docs, target, epochs=epochs, seed=seed, log=click.echo)
    click.echo(f"model written to {target}" + ("" if out is None else
               " (set WARLOG_UK_NER_MODEL to it for the uk pack to use it)"))
