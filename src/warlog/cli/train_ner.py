"""``warlog train ner --lang uk DATA``: train a Ukrainian NER model on brat files the user supplies."""

from __future__ import annotations

import time
from pathlib import Path

import click

from ..settings import Settings
from .training import train


@train.command("ner")
@click.option("--lang", type=click.Choice(["uk"]), required=True, help="language of the model (Ukrainian only)")
@click.argument("data", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="where to write the model; default WARLOG_HOME/models/ner-uk, which the uk pack then uses")
@click.option("--iterations", type=int, default=150, show_default=True, help="at most this many L-BFGS iterations")
@click.option("--c1", type=float, default=0.05, show_default=True, help="L1 penalty")
@click.option("--c2", type=float, default=0.05, show_default=True, help="L2 penalty")
def train_ner(lang: str, data: Path, out: Path | None, iterations: int, c1: float, c2: float) -> None:
    """Train a CRF NER (PERS/LOC/ORG) on NER-UK-format data (brat .txt/.ann files under DATA).

    Needs python-crfsuite (pip install 'warlog[train]'). NER-UK is CC BY-NC-SA 4.0: by training on it you accept
    its terms (non-commercial use, share-alike, credit lang-uk) for the model you make. warlog ships no weights
    derived from it.
    """
    from .. import resources as res
    from ..lang.uk import trained
    from ..lang.uk.ner import Recogniser

    settings = Settings.from_env()
    target = out or settings.home.joinpath(*trained.MODEL_DIR)
    docs = trained.read_brat(data)
    click.echo(f"training on {len(docs)} documents, {sum(len(d.spans) for d in docs)} PERS/LOC/ORG mentions")
    gazetteer = res.gazetteer(settings, {})
    rules = Recogniser(lambda name: bool(gazetteer.is_known(name)))
    started = time.process_time()
    trained.train(docs, target, rules, c1=c1, c2=c2, max_iterations=iterations, log=click.echo)
    click.echo(f"model written to {target} ({time.process_time() - started:.0f} s of CPU)"
               + ("" if out is None else " (set WARLOG_UK_NER_MODEL to it for the uk pack to use it)"))
