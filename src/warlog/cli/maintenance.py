"""Commands that look after a database: reprocess, backup, check (docs/cli.md)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from .. import api
from ..errors import WarlogError
from .common import _DB_HELP, _fail, _settings, main
from .options import existing_db, written_date


@main.command()
@click.option("--db", help=_DB_HELP)
@click.option("--failed", "only_failed", is_flag=True, help="only documents some stage failed on")
@click.option("--since", callback=written_date, help="only documents ingested on or after this date")
@click.option("--all", "every", is_flag=True, help="every stored document")
def reprocess(db: str | None, only_failed: bool, since: date | None, every: bool) -> None:
    """Run the pipeline again over stored documents and replace their reports (after an upgrade or a fix).

    Nothing is duplicated: documents keep their ids, their incidents and cross-report links are replaced and
    linked again; reviews and the audit log stay. Exit code 3 when a stage still fails on some document.
    """
    if sum((only_failed, since is not None, every)) != 1:
        raise click.UsageError("say which documents: --failed, --since DATE or --all")
    settings = _settings()
    target = existing_db(db, settings)
    try:
        summary = api.reprocess(target, failed=only_failed, since=since, settings=settings)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"reprocessed: {len(summary.done)} documents, {summary.incidents} incidents")
    if summary.partial:
        click.echo(f"still partly analysed: {len(summary.partial)}")
        for doc_id, stages in summary.partial:
            click.echo(f"  {doc_id}: failed stage(s) {', '.join(stages)}")
    click.echo(f"failed: {len(summary.failed)}")
    for failure in summary.failed:
        click.echo(f"  {failure.source}: {failure.reason}")
    if summary.linked:
        click.echo(f"linked across reports: {summary.linked} documents")
    sys.exit(1 if summary.failed else 3 if summary.partial else 0)


@main.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--db", help=_DB_HELP)
def backup(out: Path, db: str | None) -> None:
    """Copy the database to OUT while it is in use (SQLite: backup API; PostgreSQL: pg_dump)."""
    from ..store.maintenance import backup as run_backup

    target = existing_db(db, _settings())
    try:
        with api.open(target) as database:
            click.echo(run_backup(database.store, out))
    except WarlogError as exc:
        _fail(exc)


@main.command()
@click.option("--db", help=_DB_HELP)
def check(db: str | None) -> None:
    """Check the database: integrity, migrations applied, rows pointing at nothing. Exit code 1 on a problem."""
    from ..store.maintenance import check as run_check

    target = existing_db(db, _settings())
    try:
        with api.open(target) as database:
            result = run_check(database.store)
    except WarlogError as exc:
        _fail(exc)
        return
    for note in result.notes:
        click.echo(f"ok: {note}")
    for problem in result.problems:
        click.echo(f"problem: {problem}")
    click.echo("check passed" if result.ok else f"check found {len(result.problems)} problem(s)")
    sys.exit(0 if result.ok else 1)
