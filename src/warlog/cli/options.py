"""Option values read and checked before a command runs, each failure a line that says what to do."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from ..settings import Settings

_NO_DB_HINT = "create one with `warlog ingest FILES --db {db}` (or `warlog demo --db {db}`), or check the path"


def existing_db(db: str | None, settings: Settings) -> str:
    """The database a reading command opens; it must exist: a typo never creates an empty database."""
    target = str(db or settings.db)
    path = target[len("sqlite:///"):] if target.startswith("sqlite:///") else target
    if "://" in path or path == ":memory:":
        return target  # a server (postgresql://...) or an unknown scheme, which the store itself reports
    if not Path(path).expanduser().exists():
        click.echo(f"error: no database at {path}; " + _NO_DB_HINT.format(db=path), err=True)
        sys.exit(2)
    return target


def incident_type_names() -> list[str]:
    from ..incidents.lexicon import taxonomy

    return sorted(taxonomy())


def incident_types(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    """``--type`` values as the taxonomy names them; hyphens and underscores are the same ("friendly-fire")."""
    valid = incident_type_names()
    chosen: list[str] = []
    for value in values:
        name = value.strip().lower().replace("-", "_").replace(" ", "_")
        if name not in valid:
            raise click.BadParameter(f"unknown incident type {value!r}; valid types: {', '.join(valid)}")
        chosen.append(name)
    return tuple(chosen)


def read_written_date(text: str) -> date | None:
    """A date as people write it: 2024-05-17, 17.05.2024, "May 17, 2024", "17 May 2024", "17 травня 2024"."""
    from ..stages.ingest import normalize_date

    iso = normalize_date(text)
    if iso is not None:
        return date.fromisoformat(iso)
    import dateparser

    found = dateparser.parse(text, settings={"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY",
                                             "PREFER_LOCALE_DATE_ORDER": False})
    return found.date() if found is not None else None


def written_date(ctx: click.Context, param: click.Parameter, value: Any) -> date | None:
    """Click callback: a written date, or a usage error that echoes what could not be read."""
    if value is None or isinstance(value, date):
        return value
    found = read_written_date(str(value))
    if found is None:
        raise click.BadParameter(f"could not read {value!r} as a date; write it like 2024-05-17 or 'May 17, 2024'")
    return found


def written_date_text(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The same for metadata overrides, which travel as ISO text (``--published``)."""
    found = written_date(ctx, param, value)
    return found.isoformat() if found is not None else None


def place_filter(place: str | None, settings: Settings) -> str | None:
    """A region named as people name it ("Kharkiv region", "Kharkivska oblast", "Харківська область") becomes
    the gazetteer's name for it (Kharkiv Oblast), which the incidents' region column holds; other names, and
    names the gazetteer does not know as a region, are matched as written."""
    if not place:
        return place
    from ..geo.normalize import split_admin

    if split_admin(place)[1] is None:
        return place
    from ..geo import Gazetteer

    with Gazetteer.open(settings.gazetteer_path, build=True, overlay=settings.gazetteer_overlay) as gazetteer:
        region = gazetteer.region_by_name(place)
    return region.name if region is not None else place
