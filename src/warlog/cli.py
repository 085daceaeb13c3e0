"""The ``warlog`` command: each subcommand is a thin wrapper over the Python API."""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import click

from . import api
from .errors import WarlogError
from .export import export as export_incidents
from .export.formats import to_acled_csv
from .pipeline.runner import Failure
from .settings import Settings, describe
from .store import IncidentFilter, IncidentRecord

_DB_HELP = ("database: an SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DB "
            "(default: WARLOG_DB or warlog.db)")


def _settings() -> Settings:
    return Settings.from_env()


def _meta_options(f: Any) -> Any:
    f = click.option("--title", help="document title (overrides the file's own)")(f)
    f = click.option("--url", help="original URL (overrides the file's own)")(f)
    f = click.option("--outlet", help="outlet or channel that published the input (overrides the file's own)")(f)
    f = click.option("--published", help="publication date YYYY-MM-DD (overrides the file's own)")(f)
    return f


def _filter_options(f: Any) -> Any:
    f = click.option("--limit", type=int, help="at most this many incidents")(f)
    f = click.option("--search", "text", help="full-text search in the documents")(f)
    f = click.option("--certainty", type=click.Choice(["reported", "alleged", "confirmed", "disputed"]))(f)
    f = click.option("--outlet", help="only incidents reported by this outlet")(f)
    f = click.option("--place", help="place name, region or ISO country code")(f)
    f = click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="on or before this date")(f)
    f = click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="on or after this date")(f)
    f = click.option("--type", "types", multiple=True, help="incident type (repeatable)")(f)
    return f


def _make_filter(types: tuple[str, ...], since: Any, until: Any, place: str | None, outlet: str | None,
                 certainty: str | None, text: str | None, limit: int | None) -> IncidentFilter:
    return IncidentFilter(types=list(types), since=since.date() if since else None,
                          until=until.date() if until else None, place=place, outlet=outlet,
                          certainty=certainty, text=text, limit=limit)


def _fail(exc: WarlogError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(2)


@click.group()
@click.version_option(package_name="warlog")
def main() -> None:
    """warlog: war reporting to a structured, source-attributed incident database."""
    # trafilatura logs an ERROR for pages it cannot parse; warlog reports those itself, once.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


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
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", help=_DB_HELP)
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process; dask: spread extraction over a Dask cluster")
@click.option("--scheduler", help="with --engine dask: address of a running scheduler (tcp://HOST:PORT)")
@click.option("--workers", type=int, help="with --engine dask and no scheduler: local worker processes")
@_meta_options
def ingest(paths: tuple[Path, ...], db: str | None, engine: str, scheduler: str | None, workers: int | None,
           **meta: str | None) -> None:
    """Process files and folders into the database, skipping exact and near duplicates."""
    settings = _settings()
    try:
        if engine == "dask":
            from .engine import ingest_dask

            summary = ingest_dask(paths, db or settings.db, settings=settings, scheduler=scheduler,
                                  workers=workers, title=meta.get("title"), outlet=meta.get("outlet"),
                                  url=meta.get("url"), published=meta.get("published"))
        else:
            summary = _ingest_with_progress(paths, db or settings.db, settings, meta)
    except WarlogError as exc:
        _fail(exc)
        return
    _print_summary(summary)
    sys.exit(0 if summary.ok else 1)


def _ingest_with_progress(paths: Any, db: str, settings: Settings, meta: dict[str, Any]) -> api.IngestSummary:
    from tqdm import tqdm

    # tqdm hides itself when stderr is not a terminal (disable=None), so logs stay clean.
    with tqdm(desc="ingest", unit="doc", disable=None, file=sys.stderr) as bar:
        def step(source: str, outcome: str) -> None:
            bar.update(1)
            if outcome == "failed":
                bar.set_postfix_str("some failed")

        return api.ingest(paths, db, settings=settings, on_item=step, **meta)


def _print_summary(summary: api.IngestSummary) -> None:
    click.echo(f"new: {len(summary.new)} documents, {summary.incidents} incidents")
    click.echo(f"duplicate: {len(summary.duplicates)}")
    for source, result in summary.duplicates:
        how = "exact copy" if result.status == "duplicate" else f"near-duplicate, similarity {result.similarity}"
        click.echo(f"  {source}: {how} of {result.duplicate_of}")
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
    from .store.overlay import reviewed

    try:
        with api.open(db, settings=_settings()) as store:
            records = list(reviewed(store, store.incidents(_make_filter(**flt))))
    except WarlogError as exc:
        _fail(exc)
        return
    if fmt == "table":
        click.echo(_table(records))
        click.echo(f"{len(records)} incidents")
    elif fmt == "json":
        from .export import incident_json

        click.echo(json.dumps([incident_json(r) for r in records], ensure_ascii=False, indent=2))
    else:
        click.echo("".join(to_acled_csv(records)), nl=False)


@main.command()
@click.argument("ident")
@click.option("--db", help=_DB_HELP)
def show(ident: str, db: str | None) -> None:
    """Show one incident (ID like d…-i1) or one document's whole report (ID like d…) as JSON."""
    from .export import incident_json

    try:
        with api.open(db, settings=_settings()) as store:
            record = store.incident(ident)
            if record is not None:
                click.echo(json.dumps(incident_json(record), ensure_ascii=False, indent=2))
                return
            report = store.report(ident)
    except WarlogError as exc:
        _fail(exc)
        return
    if report is None:
        click.echo(f"error: no incident or document {ident!r} in the database", err=True)
        sys.exit(1)
    click.echo(json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2))


@main.command()
@click.option("--db", help=_DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "geojson", "jsonl"]), required=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="write here instead of stdout")
@click.option("--level", type=click.Choice(["canonical", "report"]), default="canonical", show_default=True,
              help="canonical: incidents merged across reports; report: as extracted from each report")
@_filter_options
def export(db: str | None, fmt: str, output: Path | None, level: str, **flt: Any) -> None:
    """Export the (filtered) incidents as ACLED-style CSV, GeoJSON or JSONL."""
    try:
        with api.open(db, settings=_settings()) as store:
            chunks = export_incidents(store, fmt, _make_filter(**flt), level=level)
            if level == "canonical":
                from .store.links import LinkStore

                pending = len(LinkStore(store).pending_documents())
                if pending:
                    click.echo(f"warning: {pending} stored documents are not linked across reports yet and are "
                               f"left out; run: warlog link --db {db or _settings().db}", err=True)
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
@click.option("--db", help=_DB_HELP)
def link(db: str | None) -> None:
    """Link stored documents across reports (only those not linked yet): canonical incidents, people, sources."""
    settings = _settings()
    try:
        summary = api.link(db or settings.db, settings=settings)
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
    from .store.links import LinkStore

    try:
        with api.open(db, settings=_settings()) as store:
            found = LinkStore(store).people(name)
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
    from .linking.grading import reliability_table
    from .store.links import LinkStore

    settings = _settings()
    try:
        table = reliability_table(settings.source_reliability)
        with api.open(db, settings=settings) as store:
            graph = LinkStore(store).citation_graph()
    except WarlogError as exc:
        _fail(exc)
        return
    names = sorted({n for citing, cited, _, _ in graph for n in (citing, cited)}, key=str.casefold)
    click.echo("source reliability (docs/linking.md):")
    for n in names:
        click.echo(f"  {table.grade(n)}  {n}")
    click.echo("citations (citing -> cited, kind, documents):")
    for citing, cited, kind, count in graph:
        click.echo(f"  {citing} -> {cited}  {kind}  {count}")


@main.command()
@click.option("--db", default="demo.db", show_default=True, help=_DB_HELP)
def demo(db: str) -> None:
    """Ingest the bundled synthetic sample reports and print the incidents found."""
    samples = resources.files("warlog") / "data" / "samples" / "reports"
    click.echo(f"warlog demo: ingesting the bundled synthetic reports into {db}")
    settings = _settings()
    try:
        summary = _ingest_with_progress([Path(str(samples))], db, settings, {})
        _print_summary(summary)
        with api.open(db, settings=settings) as store:
            records = store.incidents()
            from .store.links import LinkStore

            merged = LinkStore(store).canonical_incidents()
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


@main.group()
def gazetteer() -> None:
    """The offline gazetteer: what it holds, adding GeoNames files, downloading them."""


def _open_gazetteer(build: bool = True) -> Any:
    from .geo import Gazetteer

    settings = _settings()
    return Gazetteer.open(settings.gazetteer_path, build=build, overlay=settings.gazetteer_overlay)


@gazetteer.command("info")
def gazetteer_info() -> None:
    """What the index holds: sources, counts by kind and country, size."""
    try:
        with _open_gazetteer() as gaz:
            info = gaz.info()
    except WarlogError as exc:
        _fail(exc)
        return
    info["by_country"] = dict(list(info["by_country"].items())[:15])  # the top of a long list
    click.echo(json.dumps(info, ensure_ascii=False, indent=2))


@gazetteer.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def gazetteer_add(files: tuple[Path, ...]) -> None:
    """Add GeoNames dump files (UA.txt, allCountries.zip, alternateNamesV2.txt, admin codes); used at once."""
    try:
        with _open_gazetteer() as gaz:
            count = gaz.add_geonames(list(files))
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"added or updated {count} places from {', '.join(f.name for f in files)}")


@gazetteer.command("download")
@click.argument("countries", nargs=-1, required=True)
@click.option("--dest", type=click.Path(file_okay=False, path_type=Path), help="where to keep the files")
@click.option("--base-url", default=None, help="a GeoNames mirror (default: the official export server)")
def gazetteer_download(countries: tuple[str, ...], dest: Path | None, base_url: str | None) -> None:
    """Fetch GeoNames country exports (e.g. UA RU BY) and add them; needs the network."""
    from .geo.geonames import BASE_URL, download

    settings = _settings()
    target = dest or settings.home / "geonames"
    try:
        paths = download(list(countries), target, base_url=base_url or BASE_URL)
        with _open_gazetteer() as gaz:
            count = gaz.add_geonames(paths)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"downloaded {len(paths)} files into {target}; added or updated {count} places")


@main.command()
@click.argument("text")
def geocode(text: str) -> None:
    """Print every place found in TEXT with its resolution, as JSON."""
    try:
        places = api.geocode(text, settings=_settings())
    except WarlogError as exc:
        _fail(exc)
        return
    out = [{"text": e.text, "start": e.start, "end": e.end,
            "geo": e.geo.model_dump(mode="json") if e.geo else None} for e in places]
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))


@main.group()
def bench() -> None:
    """Benchmarks; BENCHMARKS.md records their latest figures."""


@bench.command("pipeline")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--rounds", default=3, show_default=True, help="timed passes over the inputs")
def bench_pipeline(paths: tuple[Path, ...], rounds: int) -> None:
    """Documents per second of the full pipeline next to spaCy's nlp.pipe on the same texts."""
    from .bench.pipeline import run

    inputs = list(paths) or [Path(str(resources.files("warlog") / "data" / "samples" / "reports"))]
    result = run(inputs, rounds=rounds, settings=_settings())
    click.echo(json.dumps(result.as_dict(), indent=2))


@bench.command("attribution")
@click.option("--polnear", "polnear", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="the PolNeAR data folder (holding dev/ and train/)")
@click.option("--split", default="dev", show_default=True, help="dev to report, train to tune")
@click.option("--systems", default="warlog,textacy", show_default=True, help="comma-separated: warlog, textacy")
@click.option("--limit", type=int, help="only the first N texts")
@click.option("--no-merge", is_flag=True, help="do not merge a quote split by its cue into one attribution")
@click.option("--json", "as_json", is_flag=True, help="print the full result as JSON instead of a table")
def bench_attribution(polnear: Path, split: str, systems: str, limit: int | None, no_merge: bool,
                      as_json: bool) -> None:
    """Cue, source and content P/R/F1 (exact and token overlap) on PolNeAR, next to textacy."""
    from .bench.attribution import format_markdown, run

    try:
        result = run(polnear / split, systems=tuple(s.strip() for s in systems.split(",") if s.strip()),
                     limit=limit, settings=_settings(), merge=not no_merge)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result, indent=2) if as_json else format_markdown(result))


def _dev_bench(module: str, dev: Path, part: str, as_json: bool) -> None:
    from importlib import import_module

    bench_module = import_module(f"warlog.bench.{module}")
    try:
        result = bench_module.run(dev, part=part, settings=_settings())
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result, indent=2) if as_json else bench_module.format_markdown(result))


_PART = click.option("--part", type=click.Choice(["report", "tune", "all"]), default="report", show_default=True,
                     help="the half of dev to score: report (held apart from tuning), tune, or all")


@bench.command("case2021")
@click.option("--dev", "dev", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CASE 2021 task 2 dev.tsv")
@_PART
@click.option("--json", "as_json", is_flag=True)
def bench_case2021(dev: Path, part: str, as_json: bool) -> None:
    """Event typing: micro and macro F1 over CASE 2021's 25 ACLED sub-event labels, and confusions."""
    _dev_bench("case2021", dev, part, as_json)


@bench.command("ucdp")
@click.option("--dev", "dev", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="UCDP GED Ukraine dev.csv")
@_PART
@click.option("--json", "as_json", is_flag=True)
def bench_ucdp(dev: Path, part: str, as_json: bool) -> None:
    """Event fields on UCDP headlines: admin1, distance, fatalities inside [low, high], date in interval."""
    _dev_bench("ucdp", dev, part, as_json)


@bench.command("geoparsing")
@click.option("--corpus", "corpora", multiple=True, required=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="GeoWebNews / LGL / TR-News XML file (repeatable)")
@click.option("--limit", type=int, help="only the first N articles of each corpus")
def bench_geoparsing(corpora: tuple[Path, ...], limit: int | None) -> None:
    """Toponym recognition P/R/F1, accuracy within 161 km (end to end and with gold spans), coverage, speed."""
    from .bench.geoparsing import run_many

    try:
        results = run_many(list(corpora), limit=limit)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(results, indent=2))


@bench.command("ucdp-places")
@click.option("--dev", "dev", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="UCDP GED Ukraine dev.csv")
def bench_ucdp_places(dev: Path) -> None:
    """Admin1 accuracy, distance and coverage of UCDP Ukraine place descriptions."""
    from .bench.ucdp_places import run

    try:
        result = run(dev, settings=_settings())
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result, indent=2))


@bench.group("linking")
def bench_linking() -> None:
    """Linking across reports (issue #6): UCDP GED Ukraine clusters, and cost growth on generated reports."""


@bench_linking.command("ucdp")
@click.option("--dev", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--part", type=click.Choice(["report", "tune", "all"]), default="report", show_default=True)
@click.option("--threshold", type=float, default=None, help="link threshold (default: the linker's)")
@click.option("--undated-days", type=int, default=None,
              help="window before publication for undated incidents (default: the linker's)")
@click.option("--no-embeddings", is_flag=True, help="score without sentence embeddings")
@click.option("--cache", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="JSONL cache of pipeline outputs (default: HOME/bench-cache/linking-ucdp.jsonl)")
@click.option("--json", "as_json", is_flag=True)
def bench_linking_ucdp(dev: Path, part: str, threshold: float | None, undated_days: int | None,
                       no_embeddings: bool, cache: Path | None, as_json: bool) -> None:
    """Pairwise and B-cubed P/R/F1 of linking UCDP source headlines into their coded events."""
    from .bench.linking import format_markdown, run
    from .linking.features import THRESHOLD

    try:
        result = run(dev, part, threshold=THRESHOLD if threshold is None else threshold,
                     undated_days=undated_days, use_embeddings=not no_embeddings, cache=cache,
                     settings=_settings())
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result, indent=2) if as_json else format_markdown(result))


@bench_linking.command("growth")
@click.option("--sizes", default="1000,10000,100000", show_default=True, help="numbers of reports, comma-separated")
@click.option("--store", type=click.Choice(["memory", "sqlite", "postgresql"]), default="memory", show_default=True,
              help="memory: the in-memory index; sqlite/postgresql: add_many in batches, then link_pending")
@click.option("--per-day", type=float, default=60.0, show_default=True,
              help="reports per day: the calendar spans N / per-day days (0: the fixed 2022-2026 calendar)")
@click.option("--pg-url", default="postgresql://postgres@127.0.0.1:5432/test", show_default=True,
              help="PostgreSQL server for --store postgresql (a fresh schema, dropped afterwards)")
@click.option("--embeddings", is_flag=True, help="with USE sentence embeddings (64 documents per encoder call)")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="JSON file rewritten after each size (a checkpoint for long runs)")
@click.option("--json", "as_json", is_flag=True)
def bench_linking_growth(sizes: str, store: str, per_day: float, pg_url: str, embeddings: bool, out: Path | None,
                         as_json: bool) -> None:
    """Time, ms per report and peak memory of storing and linking 1k-100k generated reports."""
    from .bench.linking_growth import format_markdown, run

    numbers = [int(x) for x in sizes.split(",") if x.strip()]
    results = []
    for n in numbers:  # one size at a time, printed (and checkpointed) as soon as it is done
        results += run([n], store, embeddings, per_day=per_day, pg_url=pg_url)
        if out is not None:
            out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        click.echo(json.dumps(results[-1]) if as_json else format_markdown(results[-1:]).splitlines()[-1], err=True)
    click.echo(json.dumps(results, indent=2) if as_json else format_markdown(results))


@bench.command("profile")
@click.option("--docs", "n_docs", default=1000, show_default=True, help="generated reports (the per-core corpus)")
@click.option("--out", default=Path("profile"), show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="folder for profile.txt and profile.html")
@click.option("--dump", type=click.Path(dir_okay=False, path_type=Path), help="also write every report as JSONL")
@click.option("--no-profile", is_flag=True, help="only run (and dump), without the profiler")
def bench_profile(n_docs: int, out: Path, dump: Path | None, no_profile: bool) -> None:
    """Profile the full pipeline with pyinstrument over the per-core corpus of bench throughput."""
    from .bench.profile import run as run_profile

    try:
        result = run_profile(n_docs, out, settings=_settings(), dump=dump, profile=not no_profile)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result.as_dict(), indent=2))


@bench.command("throughput")
@click.option("--docs", "n_docs", default=1000, show_default=True, help="generated reports for the per-core run")
@click.option("--workers", default="1,2", show_default=True, help="Dask worker counts to compare")
@click.option("--backends", default="sqlite,postgresql", show_default=True, help="stores for the ingest runs")
@click.option("--sizes", default="10000,100000", show_default=True, help="end-to-end ingest sizes")
@click.option("--pg-url", default=None, help="PostgreSQL server for the postgresql runs")
@click.option("--only", type=click.Choice(["per-core"]), default=None, help="run only this part")
def bench_throughput(n_docs: int, workers: str, backends: str, sizes: str, pg_url: str | None,
                     only: str | None) -> None:
    """Docs/s per core next to spaCy alone, Dask speed-up, memory per worker, ingest growth at 10k and 100k."""
    from dataclasses import asdict

    from .bench.throughput import PG_DEFAULT, per_core_only, run

    if only == "per-core":
        click.echo(json.dumps(asdict(per_core_only(n_docs, settings=_settings())), indent=2))
        return
    result = run(n_docs=n_docs, workers=[int(w) for w in workers.split(",") if w],
                 db_backends=[b for b in backends.split(",") if b], sizes=[int(n) for n in sizes.split(",") if n],
                 settings=_settings(), pg_url=pg_url or PG_DEFAULT, log=lambda line: click.echo(line, err=True))
    click.echo(json.dumps(result.as_dict(), indent=2))


@bench.command("web")
@click.option("--incidents", "n_incidents", default=100_000, show_default=True, help="generated incidents")
@click.option("--requests", "n_requests", default=40, show_default=True, help="timed requests per endpoint")
@click.option("--db", "db_path", type=click.Path(path_type=Path), help="keep the database here (default: a temp dir)")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON instead of a table")
def bench_web(n_incidents: int, n_requests: int, db_path: Path | None, as_json: bool) -> None:
    """p50/p95 latency of the workbench's list, map, timeline and search endpoints over generated incidents."""
    from .bench.web import format_markdown, run

    try:
        result = run(n_incidents=n_incidents, n_requests=n_requests, db_path=db_path,
                     log=lambda line: click.echo(line, err=True))
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result, indent=2) if as_json else format_markdown(result))


@main.command()
@click.option("--db", help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8000, show_default=True, help="port to listen on")
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the analyst's workbench (incidents, map, timeline, review) over the database."""
    from . import web

    settings = _settings()
    target = db or settings.db
    try:
        click.echo(f"warlog workbench on http://{host}:{port}/ over {target} (Ctrl-C stops it)", err=True)
        web.serve(target, host=host, port=port, settings=settings)
    except WarlogError as exc:
        _fail(exc)


@main.group()
def user() -> None:
    """Workbench users (viewer, analyst, admin) and anonymous read access."""


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["viewer", "analyst", "admin"]), required=True)
@click.option("--db", help=_DB_HELP)
@click.option("--password-stdin", is_flag=True, help="read the password from standard input instead of a prompt")
def user_add(name: str, role: str, db: str | None, password_stdin: bool) -> None:
    """Add a user; the password is asked for (twice) or read from stdin, and stored as an Argon2id hash."""
    from . import web

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        web.add_user(db or _settings().db, name, password, role)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"added {name} ({role})")


@user.command("password")
@click.argument("name")
@click.option("--db", help=_DB_HELP)
@click.option("--password-stdin", is_flag=True, help="read the password from standard input instead of a prompt")
def user_password(name: str, db: str | None, password_stdin: bool) -> None:
    """Give a user a new password."""
    from . import web

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("new password", hide_input=True, confirmation_prompt=True)
    try:
        web.set_password(db or _settings().db, name, password)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"password of {name} changed")


@user.command("remove")
@click.argument("name")
@click.option("--db", help=_DB_HELP)
def user_remove(name: str, db: str | None) -> None:
    """Remove a user (their review history stays in the audit log)."""
    from . import web

    try:
        web.remove_user(db or _settings().db, name)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"removed {name}")


@user.command("list")
@click.option("--db", help=_DB_HELP)
def user_list(db: str | None) -> None:
    """List the users and their roles."""
    from . import web

    try:
        for u in web.users(db or _settings().db):
            click.echo(f"{u.name}\t{u.role}\t{u.created_at}")
    except WarlogError as exc:
        _fail(exc)


@user.command("anonymous-read")
@click.argument("state", type=click.Choice(["on", "off"]))
@click.option("--db", help=_DB_HELP)
def user_anonymous_read(state: str, db: str | None) -> None:
    """Let visitors who are not logged in read the workbench (never review), or stop that."""
    from . import web

    try:
        web.set_anonymous_read(db or _settings().db, state == "on")
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"anonymous read-only access {state}")


@main.command()
def settings() -> None:
    """List every setting with its environment variable and default."""
    for s in describe():
        click.echo(f"{s['env']:<34} default {s['default']!s:<28} {s['help']}")


if __name__ == "__main__":
    main()
