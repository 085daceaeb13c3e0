"""Workbench fixtures: a small database, a logged-in test client per role, and a live server for the browser."""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))  # pgtest, shared with the store tests
sys.path.insert(0, str(Path(__file__).resolve().parent))

from webdata import fill  # noqa: E402

PASSWORD = "correct horse battery"


def pytest_configure(config: pytest.Config) -> None:
    # Starlette's TestClient still runs on httpx; its notice about a successor package is not our concern.
    config.addinivalue_line("filterwarnings", "ignore:Using `httpx` with `starlette.testclient`")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--screenshots", action="store_true", default=False,
                     help="browser tests also save docs/screenshots/*.png")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The test database with one user per role, made once (Argon2 hashing is slow on purpose)."""
    from warlog.store import open_store
    from warlog.web import add_user

    path = tmp_path_factory.mktemp("webdb") / "web.db"
    with open_store(path) as store:
        ids = fill(store)
    for role in ("viewer", "analyst", "admin"):
        add_user(path, role, PASSWORD, role)
    return path, ids


@pytest.fixture
def db(template_db: tuple[Path, list[str]], tmp_path: Path) -> tuple[str, list[str]]:
    """A fresh copy of the test database for one test."""
    path = tmp_path / "web.db"
    shutil.copyfile(template_db[0], path)
    return str(path), list(template_db[1])


@pytest.fixture
def app(db: tuple[str, list[str]]) -> Iterator[object]:
    from warlog.web import create_app

    application = create_app(db[0])
    yield application
    application.state.workbench.store.close()


def csrf(client: object, path: str = "/login") -> str:
    response = client.get(path)  # type: ignore[attr-defined]
    found = re.search(r'name="csrf_token" value="([^"]+)"', response.text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


def login(client: object, name: str, password: str = PASSWORD) -> object:
    token = csrf(client)
    return client.post("/login", data={"name": name, "password": password, "csrf_token": token,  # type: ignore
                                       "next": "/incidents"}, follow_redirects=False)


@pytest.fixture
def client_for(app: object):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    def make(role: str | None) -> TestClient:
        client = TestClient(app)  # type: ignore[arg-type]
        if role is not None:
            response = login(client, role)
            assert response.status_code == 303, response.text  # type: ignore[attr-defined]
        return client

    return make
