"""`warlog watch`: feeds, pages and Telegram export folders polled into the store, state kept between polls."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import warlog
from warlog.cli import main
from warlog.errors import ConfigError
from warlog.sources.watch import SourceOutcome, WatchConfig, watch

TELEGRAM = Path(__file__).parents[1] / "readers" / "fixtures" / "telegram"


@pytest.fixture
def setup(site: str, tmp_path: Path, settings):  # type: ignore[no-untyped-def]
    exports = tmp_path / "exports" / "frontline"
    exports.mkdir(parents=True)
    shutil.copy(TELEGRAM / "frontline" / "result.json", exports / "result.json")
    config = tmp_path / "watch.toml"
    config.write_text(f'interval = 60\n[[feed]]\nurl = "{site}/feed.xml"\n[[feed]]\nurl = "{site}/feed-moved.xml"\n'
                      f'[[url]]\nurl = "{site}/article.html"\n'
                      f'[[telegram]]\nfolder = "{tmp_path / "exports"}"\nchannel_username = "frontline_notes"\n',
                      encoding="utf-8")
    allowed = dataclasses.replace(settings, allow_private_network=True, fetch_interval=0.0)
    return WatchConfig.load(config), tmp_path / "watch.db", allowed, exports


def poll(config: WatchConfig, db: Path, settings) -> dict[str, SourceOutcome]:  # type: ignore[no-untyped-def]
    seen: list[SourceOutcome] = []
    watch(config, db, settings, once=True, on_source=seen.append)
    return {o.name.rsplit("/", 1)[-1]: o for o in seen}


def counts(o: SourceOutcome) -> tuple[int, int, int, int]:
    assert o.summary is not None, o
    s = o.summary
    return len(s.new), len(s.updated), len(s.unchanged) + len(s.duplicates), len(s.failed)


def test_first_poll_reads_everything_then_only_what_changed(setup) -> None:  # type: ignore[no-untyped-def]
    config, db, settings, exports = setup
    first = poll(config, db, settings)
    assert counts(first["feed.xml"]) == (2, 0, 0, 1)  # the third item has no text
    assert first["feed-moved.xml"].error == "not a feed: an HTML page"
    assert counts(first["article.html"]) == (1, 0, 0, 0)
    assert counts(first["exports"]) == (6, 0, 0, 0)

    second = poll(config, db, settings)
    assert second["feed.xml"].skipped == "not modified" and second["article.html"].skipped == "not modified"
    assert second["exports"].skipped == "no new or changed exports"

    shutil.copy(TELEGRAM / "frontline_later" / "result.json", exports / "result.json")
    third = poll(config, db, settings)
    assert counts(third["exports"]) == (2, 1, 5, 0)
    with warlog.open(db) as store:
        assert store.stats()["documents"] == 2 + 1 + 7


def test_interrupted_poll_resumes_without_losing_or_repeating(setup) -> None:  # type: ignore[no-untyped-def]
    config, db, settings, _ = setup
    config = dataclasses.replace(config, feeds=[], urls=[])
    stored: list[str] = []

    def stop_after_three(source: str, outcome: str) -> None:
        stored.append(outcome)
        if len(stored) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        watch(config, db, settings, once=True, on_item=stop_after_three)
    with warlog.open(db) as store:
        assert store.stats()["documents"] == 3
    after = poll(config, db, settings)
    assert counts(after["exports"]) == (3, 0, 3, 0)
    with warlog.open(db) as store:
        assert store.stats()["documents"] == 6 and store.stats()["duplicates_seen"] == 0


def test_watch_command_once(setup, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config, db, _, _ = setup
    monkeypatch.setenv("WARLOG_ALLOW_PRIVATE_NETWORK", "1")
    monkeypatch.setenv("WARLOG_FETCH_INTERVAL", "0")
    result = CliRunner().invoke(main, ["watch", str(tmp_path / "watch.toml"), "--db", str(db), "--once"])
    assert "poll: 4 sources" in result.output
    assert "feed-moved.xml: error: not a feed: an HTML page" in result.output
    assert "exports: new 6, updated 0, already stored 0, failed 0" in result.output
    assert result.exit_code == 1  # the HTML feed and the text-less item are failures


def test_config_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "w.toml"
    bad.write_text('[[feeds]]\nurl = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"w.toml: unknown key\(s\) feeds"):
        WatchConfig.load(bad)
    bad.write_text("[[telegram]]\npath = 'x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[\[telegram\]\] number 1 needs folder"):
        WatchConfig.load(bad)


def test_feed_with_fetch_pages_stores_the_article_not_the_summary(site: str, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    settings) -> None:
    config = tmp_path / "pages.toml"
    config.write_text(f'[[feed]]\nurl = "{site}/pages.xml"\nfetch_pages = true\n', encoding="utf-8")
    allowed = dataclasses.replace(settings, allow_private_network=True, fetch_interval=0.0)
    outcome = poll(WatchConfig.load(config), tmp_path / "p.db", allowed)["pages.xml"]
    assert counts(outcome) == (1, 0, 0, 0)
    with warlog.open(tmp_path / "p.db") as db:
        (doc,) = list(db.documents())
    assert "Engineers were inspecting the structure" in doc.text
    assert doc.title == "Bridge damaged" and doc.outlet == "Valley Courier"
