"""Commands across reports: link, people, sources (docs/linking.md)."""

from __future__ import annotations

import json

import click

from .. import api
from ..errors import WarlogError
from .common import _DB_HELP, _fail, _settings, main
from .options import existing_db


@main.command()
@click.option("--db", help=_DB_HELP)
def link(db: str | None) -> None:
    """Link stored documents across reports (only those not linked yet): canonical incidents, people, sources."""
    settings = _settings()
    try:
        summary = api.link(existing_db(db, settings), settings=settings)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"linked {summary.documents} documents: {summary.incidents} incidents, {summary.merged} merged into "
               f"existing canonical incidents, {summary.new_canonical} new; {summary.people} people mentions")


@main.command()
@click.option("--db", help=_DB_HELP)
@click.option("--name", help="only people whose name contains this")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table")
def people(db: str | None, name: str | None, fmt: str) -> None:
    """The named-people registry: everyone named in the reports, with attributes, fates and sources."""
    target = existing_db(db, _settings())
    try:
        with api.open(target, settings=_settings()) as database:
            found = database.people(name)
    except WarlogError as exc:
        _fail(exc)
        return
    if fmt == "json":
        click.echo(json.dumps([p.model_dump(mode="json") for p in found], ensure_ascii=False, indent=2))
        return
    if fmt == "jsonl":
        for p in found:
            click.echo(json.dumps(p.model_dump(mode="json"), ensure_ascii=False))
        return
    for p in found:
        facts = ", ".join(dict.fromkeys(f"{a.name} {a.value}" for a in p.attributes if a.name != "description"))
        fates = "; ".join(dict.fromkeys(
            f"{f.status}" + (f" ({f.cause})" if f.cause else "") + (f" in {f.place.name}" if f.place else "")
            + (" [hedged]" if f.hedged else "") for f in p.fates))
        click.echo(f"{p.id}  {p.name}  [{', '.join(p.roles)}]  {facts}" + (f"  fate: {fates}" if fates else "")
                   + f"  reports: {len(p.reports)}" + ("  DISPUTED" if p.contradictions else ""))


@main.command()
@click.option("--db", help=_DB_HELP)
def sources(db: str | None) -> None:
    """Who cites whom, and the reliability grade (A-F) each source gets."""
    from ..linking.grading import reliability_table

    settings = _settings()
    try:
        table = reliability_table(settings.source_reliability)
        with api.open(existing_db(db, settings), settings=settings) as database:
            graph = database.sources()
    except WarlogError as exc:
        _fail(exc)
        return
    names = sorted({n for citing, cited, _, _ in graph for n in (citing, cited)}, key=str.casefold)
    click.echo("source reliability (docs/linking.md):")
    for n in names:
        why = table.reason(n)
        click.echo(f"  {table.grade(n)}  {n}" + (f"  ({why})" if why else ""))
    click.echo("citations (citing -> cited, kind, documents; a forward is relay -> origin):")
    for citing, cited, kind, count in graph:
        click.echo(f"  {citing} -> {cited}  {kind}  {count}")
