"""`warlog ingest URL`: a page fetched, extracted and stored with its URL; refused and bad URLs are one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import warlog
from warlog.cli import main


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("WARLOG_FETCH_INTERVAL", "0")
    return CliRunner()


def test_ingest_a_url_stores_the_article(site: str, tmp_path: Path, runner: CliRunner,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARLOG_ALLOW_PRIVATE_NETWORK", "1")
    db = tmp_path / "web.db"
    result = runner.invoke(main, ["ingest", "--db", str(db), site + "/article.html", site + "/report.pdf"])
    assert "new: 1 documents" in result.output, result.output
    assert f"  {site}/report.pdf: a PDF document, not a web page or feed" in result.output
    assert result.exit_code == 1
    with warlog.open(db) as store:
        (doc,) = list(store.documents())
    assert doc.url == site + "/article.html" and doc.source == site + "/article.html"
    assert doc.title == "Bridge near Izium damaged" and str(doc.published) == "2024-03-07"
    assert doc.outlet == "Valley Courier"
    assert "A road bridge over the Donets near Izium" in doc.text and "Copyright" not in doc.text


def test_private_address_refused_without_the_flag(site: str, tmp_path: Path, runner: CliRunner,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARLOG_ALLOW_PRIVATE_NETWORK", raising=False)
    result = runner.invoke(main, ["ingest", "--db", str(tmp_path / "web.db"), site + "/article.html"])
    assert result.exit_code == 1
    assert "new: 0 documents" in result.output
    assert (f"  {site}/article.html: host '127.0.0.1' is a private, loopback or link-local address (127.0.0.1); "
            "set WARLOG_ALLOW_PRIVATE_NETWORK=1 to allow it") in result.output
