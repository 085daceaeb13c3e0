"""Commands of the gazetteer and geocoding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from .. import api
from ..errors import WarlogError
from .common import _fail, _settings, main


@main.group()
def gazetteer() -> None:
    """The offline gazetteer: what it holds, adding GeoNames files, downloading them."""


def _open_gazetteer(build: bool = True) -> Any:
    from ..geo import Gazetteer

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
    from ..geo.geonames import BASE_URL, download

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
@click.option("--lang", "language", default=None, help="Language of TEXT (en, ru, uk); detected when not given.")
def geocode(text: str, language: str | None) -> None:
    """Print every place found in TEXT with its resolution, as JSON."""
    try:
        places = api.geocode(text, settings=_settings(), language=language)
    except WarlogError as exc:
        _fail(exc)
        return
    out = [{"text": e.text, "start": e.start, "end": e.end,
            "geo": e.geo.model_dump(mode="json") if e.geo else None} for e in places]
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))
