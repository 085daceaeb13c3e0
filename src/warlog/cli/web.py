"""The workbench commands: serve and user (docs/web.md)."""

from __future__ import annotations

import sys

import click

from .. import api
from ..errors import WarlogError
from .common import _DB_HELP, _fail, _settings, main
from .options import existing_db


@main.command()
@click.option("--db", help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on")
@click.option("--port", default=8000, show_default=True, help="port to listen on")
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the analyst's workbench (incidents, map, timeline, review) over the database."""
    from .. import web

    settings = _settings()
    target = existing_db(db, settings)
    try:
        with api.open(target, settings=settings):
            pass  # an unreadable or read-only database fails here, before the URL is printed
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
    from .. import web

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
    from .. import web

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("new password", hide_input=True, confirmation_prompt=True)
    try:
        web.set_password(existing_db(db, _settings()), name, password)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"password of {name} changed")


@user.command("remove")
@click.argument("name")
@click.option("--db", help=_DB_HELP)
def user_remove(name: str, db: str | None) -> None:
    """Remove a user (their review history stays in the audit log)."""
    from .. import web

    try:
        web.remove_user(existing_db(db, _settings()), name)
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"removed {name}")


@user.command("list")
@click.option("--db", help=_DB_HELP)
def user_list(db: str | None) -> None:
    """List the users and their roles."""
    from .. import web

    try:
        for u in web.users(existing_db(db, _settings())):
            click.echo(f"{u.name}\t{u.role}\t{u.created_at}")
    except WarlogError as exc:
        _fail(exc)


@user.command("anonymous-read")
@click.argument("state", type=click.Choice(["on", "off"]))
@click.option("--db", help=_DB_HELP)
def user_anonymous_read(state: str, db: str | None) -> None:
    """Let visitors who are not logged in read the workbench (never review), or stop that."""
    from .. import web

    try:
        web.set_anonymous_read(existing_db(db, _settings()), state == "on")
    except WarlogError as exc:
        _fail(exc)
        return
    click.echo(f"anonymous read-only access {state}")
