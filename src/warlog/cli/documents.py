"""Commands on documents and incidents: extract, ingest, incidents, show, export, demo, settings."""

from __future__ import annotations

import json
import sys
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import click

from .. import api
from ..errors import WarlogError
from ..export.formats import to_acled_csv
from ..pipeline.runner import Failure
from ..settings import Settings, describe
from ..sources import is_url
from ..store import IncidentRecord
from ..store.reports import partial_documents
from .common import _DB_HELP, _fail, _filter_options, _make_filter, _meta_options, _settings, main
from .options import existing_db


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_meta_options
@click.option("--jsonl", is_flag=True, help="one report per line instead of indented JSON")
def extract(paths: tuple[Path, ...], jsonl: bool, **meta: str | None) -> None:
    """Print the report JSON for each input file; touches no database."""
    failed = 0
    try:
        for item in api.extract_files(paths, settings=_settings(), **meta):
            if isinstance(item, Failure):
                failed += 1
                click.echo(f"{item.source}: {item.reason}", err=True)
                continue
            data = item.to_json_dict()
            click.echo(json.dumps(data, ensure_ascii=False, indent=None if jsonl else 2))
    except WarlogError as exc:
        _fail(exc)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)  # files, folders or http(s) URLs (kept as text: Path eats "//")
@click.option("--db", help=_DB_HELP)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process; dask: spread extraction over a Dask cluster")
@click.option("--scheduler", help="with --engine dask: address of a running scheduler (tcp://HOST:PORT)")
@click.option("--workers", type=int, help="with --engine dask and no scheduler: local worker processes")
@click.option("--channel-username", help="a Telegram export's public channel @name, to give each post its t.me URL")
@_meta_options
def ingest(paths: tuple[str, ...], db: str | None, engine: str, scheduler: str | None, workers: int | None,
           **meta: str | None) -> None:
    """Process files, folders and http(s) URLs into the database, skipping exact and near duplicates.

    Exit code: 0 all stored and analysed, 1 some inputs failed, 3 all stored but some only partly analysed
    (a stage failed on them: `warlog reprocess --failed` completes them), 130 interrupted (Ctrl-C).
    """
    settings = _settings()
    summary = api.IngestSummary()
    try:
        if engine == "dask":
            if any(is_url(p) for p in paths):
                _fail(WarlogError("URLs are fetched by the local engine only; drop --engine dask"))
                return
            from ..engine import ingest_dask

            ingest_dask(paths, db or settings.db, settings=settings, scheduler=scheduler, workers=workers,
                        summary=summary, title=meta.get("title"), outlet=meta.get("outlet"), url=meta.get("url"),
                        published=meta.get("published"), channel_username=meta.get("channel_username"))
        else:
            _ingest_with_progress(paths, db or settings.db, settings, meta, summary)
    except WarlogError as exc:
        _fail(exc)
        return
    except KeyboardInterrupt:
        summary.interrupted = True
    _print_summary(summary)
    sys.exit(_exit_code(summary))


def _exit_code(summary: api.IngestSummary) -> int:
    if summary.interrupted:
        return 130
    if summary.failed:
        return 1
    return 3 if summary.partial else 0


def _ingest_with_progress(paths: Any, db: str, settings: Settings, meta: dict[str, Any],
                          summary: api.IngestSummary | None = None) -> api.IngestSummary:
    from tqdm import tqdm

    # tqdm hides itself when stderr is not a terminal (disable=None), so logs stay clean.
    with tqdm(desc="ingest", unit="doc", disable=None, file=sys.stderr) as bar:
        def step(source: str, outcome: str) -> None:
            bar.update(1)
            if outcome == "failed":
                bar.set_postfix_str("some failed")

        return api.ingest(paths, db, settings=settings, on_item=step, summary=summary, **meta)


def _print_summary(summary: api.IngestSummary) -> None:
    if summary.interrupted:
        click.echo("interrupted (Ctrl-C): what follows was stored; run the same command again to go on")
    click.echo(f"new: {len(summary.new)} documents, {summary.incidents} incidents")
    if summary.partial:
        click.echo(f"stored, partly analysed: {len(summary.partial)} (a stage failed; `warlog reprocess --failed`"
                   " completes them once fixed)")
        for source, stages in summary.partial:
            click.echo(f"  {source}: failed stage(s) {', '.join(stages)}")
    if summary.not_analysed:
        click.echo(f"stored, not analysed: {len(summary.not_analysed)} (no language pack for their language)")
    click.echo(f"duplicate: {len(summary.duplicates)}")
    for source, result in summary.duplicates:
        how = "exact copy" if result.status == "duplicate" else f"near-duplicate, similarity {result.similarity}"
        click.echo(f"  {source}: {how} of {result.duplicate_of}")
    if summary.unchanged or summary.updated:
        click.echo(f"posts already stored: {len(summary.unchanged)}; edited posts updated: {len(summary.updated)}")
    click.echo(f"failed: {len(summary.failed)}")
    for failure in summary.failed:
        click.echo(f"  {failure.source}: {failure.reason}")
    if summary.linked:
        click.echo(f"linked across reports: {summary.linked} documents")


def _when(record: IncidentRecord) -> str:
    when = record.incident.when
    if when.start is None:
        return "unknown"
    if when.precision == "day" or when.start == when.end:
        return when.start.isoformat()
    return f"{when.start.isoformat()}..{when.end.isoformat() if when.end else ''} ({when.precision})"


def _where(record: IncidentRecord) -> str:
    where = record.incident.where
    if where is None:
        return "unknown"
    parts = [where.name]
    if where.admin1 and where.admin1 != where.name:
        parts.append(where.admin1)
    if where.country:
        parts.append(where.country)
    return ", ".join(parts)


def _killed(record: IncidentRecord) -> str:
    fat = record.incident.fatalities
    if fat is None or fat.best is None:
        return "-"
    if fat.high is not None and fat.high != fat.best:
        return f"{fat.best} ({fat.low}-{fat.high})"
    return str(fat.best) + ("+" if fat.high is None and fat.low is not None else "")


def _table(records: list[IncidentRecord]) -> str:
    rows = [("ID", "TYPE", "WHEN", "WHERE", "KILLED", "CERTAINTY", "SOURCES")]
    for r in records:
        rows.append((r.incident.id, r.incident.type, _when(r), _where(r), _killed(r), r.incident.certainty,
                     "; ".join(r.incident.sources)))
    widths = [min(max(len(row[i]) for row in rows), 40) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [row[i][:widths[i]].ljust(widths[i]) for i in range(len(widths))] + [row[-1]]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


@main.command()
@click.option("--db", help=_DB_HELP)
@_filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table")
def incidents(db: str | None, fmt: str, **flt: Any) -> None:
    """List stored incidents, filtered, with analysts' reviewed values in force (rejected ones left out)."""
    settings = _settings()
    target = existing_db(db, settings)
    try:
        with api.open(target, settings=settings) as database:
            records = database.incidents(_make_filter(**flt))
    except WarlogError as exc:
        _fail(exc)
        return
    if fmt == "table":
        click.echo(_table(records))
        click.echo(f"{len(records)} incidents")
    elif fmt == "json":
        from ..export import incident_json

        click.echo(json.dumps([incident_json(r) for r in records], ensure_ascii=False, indent=2))
    else:
        click.echo("".join(to_acled_csv(records)), nl=False)


@main.command()
@click.argument("ident")
@click.option("--db", help=_DB_HELP)
def show(ident: str, db: str | None) -> None:
    """Show one incident (ID like d…-i1), canonical incident (k…, as `export` prints) or document's report (d…)."""
    from ..export import canonical_json, incident_json
    settings = _settings()
    target = existing_db(db, settings)
    data: dict[str, object] | None = None
    failed: list[str] = []
    try:
        with api.open(target, settings=settings) as database:
            record = database.incident(ident)
            report = database.report(record.document.id if record is not None else ident)
            if record is not None:
                data = incident_json(record)
            elif report is not None:
                data = report.to_json_dict()
            elif (canonical := database.canonical_incident(ident)) is not None:
                data = canonical_json(canonical)
            if report is not None:
                failed = [f"{f.stage} ({f.error})" for f in report.failed_stages]
    except WarlogError as exc:
        _fail(exc)
        return
    if data is None:
        click.echo(f"error: no incident, canonical incident or document {ident!r} in {target}", err=True)
        sys.exit(1)
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    if failed:
        click.echo(f"note: analysed partly, these stages failed on the document: {'; '.join(failed)}; "
                   f"run `warlog reprocess --failed --db {target}` once fixed", err=True)


@main.command()
@click.option("--db", help=_DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl"]), required=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="write here instead of stdout")
@click.option("--level", type=click.Choice(["canonical", "report"]), default="canonical", show_default=True,
              help="canonical: incidents merged across reports; report: as extracted from each report")
@_filter_options
def export(db: str | None, fmt: str, output: Path | None, level: str, **flt: Any) -> None:
    """Export the (filtered) incidents as ACLED-style CSV, GeoJSON or JSONL."""
    target = existing_db(db, _settings())
    try:
        with api.open(target, settings=_settings()) as database:
            chunks = database.export(fmt, _make_filter(**flt), level=level)  # type: ignore[arg-type]
            if level == "canonical":
                pending = database.pending()
                if pending:
                    click.echo(f"warning: {pending} stored documents are not linked across reports yet and are "
                               f"left out; run: warlog link --db {db or _settings().db}", err=True)
            partial = partial_documents(database.store)
            if partial:
                stages = sorted({f.stage for p in partial for f in p.failed})
                click.echo(f"warning: {len(partial)} stored documents were analysed partly (failed stages: "
                           f"{', '.join(stages)}); their incidents may be incomplete; run: warlog reprocess "
                           f"--failed --db {target}", err=True)
            if output is None:
                for chunk in chunks:
                    sys.stdout.write(chunk)
            else:
                with output.open("w", encoding="utf-8", newline="") as fh:
                    for chunk in chunks:
                        fh.write(chunk)
    except WarlogError as exc:
        _fail(exc)


@main.command()
@click.argument("extra", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--db", default="demo.db", show_default=True, help=_DB_HELP)
def demo(extra: tuple[Path, ...], db: str) -> None:
    """Ingest the bundled synthetic sample reports (English, Russian and Ukrainian; and any EXTRA files or folders)
    and print the incidents."""
    samples = resources.files("warlog") / "data" / "samples"
    click.echo(f"warlog demo: ingesting the bundled synthetic reports into {db}")
    settings = _settings()
    try:
        summary = _ingest_with_progress([Path(str(samples / "reports")), Path(str(samples / "uk"))], db, settings, {})
        _print_summary(summary)
        if extra:
            click.echo(f"and {', '.join(str(p) for p in extra)}:")
            _print_summary(_ingest_with_progress(list(extra), db, settings, {}))
        with api.open(db, settings=settings) as database:
            records = database.incidents()
            merged = database.canonical()
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo("")
    click.echo(_table(records))
    click.echo(f"{len(records)} incidents in {db} (as of {date.today().isoformat()}); try: warlog incidents --db {db}"
               f" --type friendly_fire, warlog show ID --db {db}, warlog export --db {db} --format acled-csv")
    click.echo("")
    click.echo(f"Across reports: {len(merged)} canonical incidents (docs/linking.md)")
    for c in merged:
        if len(c.reports) > 1 or c.contradictions:
            where = c.where.name if c.where else "unknown place"
            click.echo(f"  {c.type} at {where}: {len(c.reports)} reports, {c.independent_sources} independent "
                       f"source(s) ({', '.join(c.sources)}), grade {c.admiralty.code}, {c.certainty}")
    click.echo(f"try: warlog people --db {db}, warlog sources --db {db}, warlog export --db {db} --format jsonl")


@main.command()
def settings() -> None:
    """List every setting with its environment variable and default."""
    for s in describe():
        click.echo(f"{s['env']:<34} default {s['default']!s:<28} {s['help']}")


if __name__ == "__main__":
    main()
