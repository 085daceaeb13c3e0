"""What every ``warlog`` command shares: the group, settings, filter and metadata options, errors."""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from ..errors import WarlogError
from ..settings import Settings
from ..store import IncidentFilter
from .options import incident_types, place_filter, written_date, written_date_text

_DB_HELP = ("database: an SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DB "
            "(default: WARLOG_DB or warlog.db)")


def _settings() -> Settings:
    return Settings.from_env()


def _meta_options(f: Any) -> Any:
    f = click.option("--title", help="document title (overrides the file's own)")(f)
    f = click.option("--url", help="original URL (overrides the file's own)")(f)
    f = click.option("--outlet", help="outlet or channel that published the input (overrides the file's own)")(f)
    f = click.option("--published", callback=written_date_text,
                     help="publication date: 2024-05-17, 'May 17, 2024', 17.05.2024 (overrides the file's own)")(f)
    return f


def _filter_options(f: Any) -> Any:
    f = click.option("--limit", type=int, help="at most this many incidents")(f)
    f = click.option("--search", "text", help="full-text search in the documents")(f)
    f = click.option("--certainty", type=click.Choice(["reported", "alleged", "confirmed", "disputed"]))(f)
    f = click.option("--outlet", help="only incidents reported by this outlet")(f)
    f = click.option("--place", help="place name, region (any spelling the gazetteer knows) or ISO country code")(f)
    f = click.option("--until", callback=written_date, help="on or before this date (2024-05-17, 'May 17, 2024')")(f)
    f = click.option("--since", callback=written_date, help="on or after this date (2024-05-17, 'May 17, 2024')")(f)
    f = click.option("--type", "types", multiple=True, callback=incident_types,
                     help="incident type, e.g. friendly_fire or friendly-fire (repeatable)")(f)
    return f


def _make_filter(types: tuple[str, ...], since: Any, until: Any, place: str | None, outlet: str | None,
                 certainty: str | None, text: str | None, limit: int | None) -> IncidentFilter:
    return IncidentFilter(types=list(types), since=since, until=until, place=place_filter(place, _settings()),
                          outlet=outlet, certainty=certainty, text=text, limit=limit)


def _fail(exc: WarlogError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(2)


@click.group()
@click.version_option(package_name="warlog")
def main() -> None:
    """warlog: war reporting to a structured, source-attributed incident database."""
    # trafilatura logs an ERROR for pages it cannot parse; warlog reports those itself, once.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
