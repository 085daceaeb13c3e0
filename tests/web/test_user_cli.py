"""``warlog user``: add, list, password, remove, anonymous-read, through the CLI."""

from __future__ import annotations

from click.testing import CliRunner

from warlog.cli import main
from warlog.store import open_store
from warlog.store.review import ReviewStore
from warlog.web.auth import authenticate


def test_user_commands(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "u.db")
    runner = CliRunner()
    added = runner.invoke(main, ["user", "add", "ana", "--role", "analyst", "--db", db, "--password-stdin"],
                          input="first password\n")
    assert added.exit_code == 0, added.output
    short = runner.invoke(main, ["user", "add", "bob", "--role", "viewer", "--db", db, "--password-stdin"],
                          input="short\n")
    assert short.exit_code == 2 and "at least 8" in short.output
    assert "ana\tanalyst" in runner.invoke(main, ["user", "list", "--db", db]).output
    changed = runner.invoke(main, ["user", "password", "ana", "--db", db, "--password-stdin"],
                            input="second password\n")
    assert changed.exit_code == 0, changed.output
    with open_store(db) as store:
        reviews = ReviewStore(store)
        assert authenticate(reviews, "ana", "second password").name == "ana"
        stored = reviews.user("ana")
        assert stored is not None and stored.password_hash.startswith("$argon2id$")
    assert runner.invoke(main, ["user", "anonymous-read", "on", "--db", db]).exit_code == 0
    assert runner.invoke(main, ["user", "remove", "ana", "--db", db]).exit_code == 0
    assert runner.invoke(main, ["user", "remove", "ana", "--db", db]).exit_code == 2
    with open_store(db) as store:
        reviews = ReviewStore(store)
        assert reviews.users() == [] and reviews.flag("anonymous_read") == "on"
        assert [e.action for e in reviews.audit("user:ana")] == ["password", "remove user"]
