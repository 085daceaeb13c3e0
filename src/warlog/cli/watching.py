"""``warlog watch``: poll feeds, pages and Telegram export folders (warlog.sources.watch)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import WarlogError
from .common import _DB_HELP, _fail, _settings, main


@main.command()
@click.argument("config", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--db", help=_DB_HELP)
@click.option("--once", is_flag=True, help="poll every source once and exit (for cron)")
def watch(config: Path, db: str | None, once: bool) -> None:
    """Ingest what is new in the feeds, URLs and Telegram export folders of CONFIG (TOML), every interval."""
    from tqdm import tqdm

    from ..sources.watch import SourceOutcome, WatchConfig
    from ..sources.watch import watch as run_watch

    settings = _settings()
    try:
        cfg = WatchConfig.load(config)
    except WarlogError as exc:
        _fail(exc)
        return
    failed = False

    def report(outcomes: list[SourceOutcome]) -> None:
        nonlocal failed
        click.echo(f"poll: {len(outcomes)} sources")
        for o in outcomes:
            if o.error:
                failed = True
                click.echo(f"  {o.name}: error: {o.error}")
            elif o.skipped:
                click.echo(f"  {o.name}: {o.skipped}")
            elif o.summary is not None:
                s = o.summary
                failed = failed or bool(s.failed)
                click.echo(f"  {o.name}: new {len(s.new)}, updated {len(s.updated)}, already stored "
                           f"{len(s.unchanged) + len(s.duplicates)}, failed {len(s.failed)}")
                for failure in s.failed:
                    click.echo(f"    {failure.source}: {failure.reason}")

    with tqdm(desc="watch", unit="doc", disable=None, file=sys.stderr) as bar:
        try:
            run_watch(cfg, db or settings.db, settings, once=once, on_item=lambda source, outcome: bar.update(1),
                      on_poll=report)
        except KeyboardInterrupt:
            click.echo("interrupted: every source finished before it is saved; the next run goes on from there",
                       err=True)
            sys.exit(130)
        except WarlogError as exc:
            _fail(exc)
            return
    sys.exit(1 if failed else 0)


@main.command("telegram-history")
@click.argument("channel")
@click.option("--db", help=_DB_HELP)
@click.option("--api-id", type=int, required=True, help="your Telegram API id (https://my.telegram.org)")
@click.option("--api-hash", required=True, help="your Telegram API hash")
@click.option("--limit", type=int, help="at most this many of the newest messages")
@click.option("--session", type=click.Path(path_type=Path), help="Telethon session file (default HOME/telegram)")
def telegram_history(channel: str, db: str | None, api_id: int, api_hash: str, limit: int | None,
                     session: Path | None) -> None:
    """Ingest a channel's history live through Telethon (optional: pip install "warlog[telegram]")."""
    from .. import api
    from ..sources.telegram_live import read_history
    from .documents import _print_summary

    settings = _settings()
    try:
        summary = api.ingest_inputs(read_history(channel, api_id, api_hash, session=session or settings.home /
                                                 "telegram", limit=limit), db or settings.db, settings=settings)
    except WarlogError as exc:
        _fail(exc)
        return
    _print_summary(summary)
    sys.exit(0 if summary.ok else 1)
