"""``python -m benchmarks NAME ...``: every benchmark of BENCHMARKS.md, one subcommand each.

Run from the repository root: benchmarks read the dev sets beside the checkout (``../shared``) and are not part
of the installed package. ``python -m benchmarks.gate`` is the eval gate, ``python -m benchmarks.reports`` the
report benchmark.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import click

from warlog.cli.common import _fail, _settings
from warlog.errors import WarlogError


@click.group()
def bench() -> None:
    """Benchmarks; BENCHMARKS.md records their latest figures."""


@bench.command("pipeline")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--rounds", default=3, show_default=True, help="timed passes over the inputs")
def bench_pipeline(paths: tuple[Path, ...], rounds: int) -> None:
    """Documents per second of the full pipeline next to spaCy's nlp.pipe on the same texts."""
    from benchmarks.pipeline import run

    inputs = list(paths) or [Path(str(resources.files("warlog") / "data" / "samples" / "reports"))]
    result = run(inputs, rounds=rounds, settings=_settings())
    click.echo(json.dumps(result.as_dict(), indent=2))


@bench.command("attribution")
@click.option("--polnear", "polnear", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="the PolNeAR data folder (holding dev/ and train/)")
@click.option("--split", default="dev", show_default=True, help="dev to report, train to tune")
@click.option("--systems", default="warlog,textacy", show_default=True, help="comma-separated: warlog, textacy")
@click.option("--limit", type=int, help="only the first N texts")
@click.option("--skip", type=int, default=0, help="leave out the first N texts (a held-out tail of train)")
@click.option("--no-merge", is_flag=True, help="do not merge a quote split by its cue into one attribution")
@click.option("--json", "as_json", is_flag=True, help="print the full result as JSON instead of a table")
def bench_attribution(polnear: Path, split: str, systems: str, limit: int | None, skip: int, no_merge: bool,
                      as_json: bool) -> None:
    """Cue, source and content P/R/F1 (exact and token overlap) on PolNeAR, next to textacy."""
    from benchmarks.attribution import format_markdown, run

    try:
        result = run(polnear / split, systems=tuple(s.strip() for s in systems.split(",") if s.strip()),
                     limit=limit, skip=skip, settings=_settings(), merge=not no_merge)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result, indent=2) if as_json else format_markdown(result))


def _dev_bench(module: str, dev: Path, part: str, as_json: bool) -> None:
    from importlib import import_module

    bench_module = import_module(f"benchmarks.{module}")
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
@click.option("--part", type=click.Choice(["report", "tune", "all"]), default="all", show_default=True,
              help="the half of each corpus's articles to score (split by article id); all by default, as "
                   "the figures before the split were measured")
def bench_geoparsing(corpora: tuple[Path, ...], limit: int | None, part: str) -> None:
    """Toponym recognition P/R/F1, accuracy within 161 km (end to end and with gold spans), coverage, speed."""
    from benchmarks.geoparsing import run_many

    try:
        results = run_many(list(corpora), limit=limit, part=part)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(results, indent=2))


@bench.command("place-strings")
@click.option("--dev", "dev", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="UCDP GED Ukraine dev.csv")
@_PART
@click.option("--limit", type=int, help="only the first N rows of the part")
@click.option("--show-errors", is_flag=True, help="list every miss (not only 25) with its km and reason")
def bench_place_strings(dev: Path, part: str, limit: int | None, show_errors: bool) -> None:
    """'Place, region' strings and event notes built from UCDP rows: region right, within 25 km, coverage."""
    from benchmarks.place_strings import run

    try:
        result = run(dev, part, limit=limit, show_errors=show_errors)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result, indent=2))


@bench.command("ucdp-places")
@click.option("--dev", "dev", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="UCDP GED Ukraine dev.csv")
def bench_ucdp_places(dev: Path) -> None:
    """Admin1 accuracy, distance and coverage of UCDP Ukraine place descriptions."""
    from benchmarks.ucdp_places import run

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
    from benchmarks.linking import format_markdown, run
    from warlog.linking.features import THRESHOLD

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
    from benchmarks.linking_growth import format_markdown, run

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
    from benchmarks.profiling import run as run_profile

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

    from benchmarks.throughput import PG_DEFAULT, per_core_only, run

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
@click.option("--backend", type=click.Choice(["sqlite", "postgresql"]), default="sqlite", show_default=True)
@click.option("--db", "db_path", type=click.Path(path_type=Path),
              help="SQLite: keep the database here and reuse it when it holds this many incidents")
@click.option("--pg-url", default=None, help="PostgreSQL server (default: $WARLOG_TEST_POSTGRES or the local one)")
@click.option("--pg-schema", default=None, help="PostgreSQL: keep the database in this schema and reuse it")
@click.option("--only", default="", help="comma-separated endpoint groups to time (default: all)")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON instead of a table")
@click.option("--cold", is_flag=True, help="keep nothing between requests (each as the first after a write)")
def bench_web(n_incidents: int, n_requests: int, backend: str, db_path: Path | None, pg_url: str | None,
              pg_schema: str | None, only: str, as_json: bool, cold: bool) -> None:
    """p50/p95 latency of every workbench view (table, sorts, levels, map, timeline, search, queue,
    casualties, canonical pages) over generated incidents, on SQLite or PostgreSQL."""
    from benchmarks.web import PG_DEFAULT, format_markdown, run

    try:
        result = run(n_incidents=n_incidents, n_requests=n_requests, db_path=db_path, backend=backend,
                     pg_url=pg_url or PG_DEFAULT, pg_schema=pg_schema, only=[o for o in only.split(",") if o],
                     log=lambda line: click.echo(line, err=True), kept=not cold)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result, indent=2) if as_json else format_markdown(result))


@bench.command("telegram-ingest")
@click.option("--posts", default=10_000, show_default=True, help="posts in the generated export that is read")
@click.option("--ingest-posts", default=1_000, show_default=True, help="posts ingested in full (the rate is per post)")
def bench_telegram_ingest(posts: int, ingest_posts: int) -> None:
    """Ingest speed for a generated Telegram export: reading, full ingest, re-import, a newer export."""
    from benchmarks.telegram_ingest import run

    click.echo(json.dumps(run(posts, ingest_posts), indent=2))


@bench.command("mentions")
@_PART
@click.option("--no-case-model", is_flag=True, help="skip training the CASE-trained comparison model")
@click.option("--json", "as_json", is_flag=True)
def bench_mentions(part: str, no_case_model: bool, as_json: bool) -> None:
    """The event-mention classifier alone, the rules alone and combined, on report-corpus and CASE sentences."""
    from benchmarks.mentions import format_markdown, run

    try:
        result = run(part, settings=_settings(), with_case_model=not no_case_model)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(json.dumps(result, indent=2, ensure_ascii=False) if as_json else format_markdown(result))


if __name__ == "__main__":
    bench()
