"""The gazetteer and geocode commands."""

import json
from pathlib import Path

from click.testing import CliRunner

from warlog import api
from warlog.cli import main

GEO_DATA = Path(__file__).parent / "data"


def _geocode(runner: CliRunner, text: str, env: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    result = runner.invoke(main, ["geocode", text], env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_geocode_prints_resolutions_as_json():
    places = _geocode(CliRunner(), "Makiivka, in the Luhansk region", {})
    by_text = {p["text"]: p["geo"] for p in places}
    assert by_text["Makiivka"]["admin1"] == "Luhansk Oblast"  # not the city of Makiivka in Donetsk Oblast
    assert by_text["Luhansk region"]["precision"] == "region"


def test_geocode_reads_russian_and_ukrainian_text_with_their_packs():
    # It once read every text as English and found no place in Cyrillic sentences.
    runner = CliRunner()
    ru = {p["text"]: p["geo"] for p in _geocode(runner, "Дрон упал в Суземском районе Брянской области", {})}
    assert ru["Брянской области"]["admin1"] == "Bryansk Oblast"
    uk = {p["text"]: p["geo"] for p in _geocode(runner, "Ворог обстріляв село Слатине на Харківщині", {})}
    assert uk["Слатине"]["admin1"] == "Kharkiv Oblast"


def test_a_geonames_file_added_through_the_cli_is_used_at_once(fixture_index):  # type: ignore[no-untyped-def]
    env = {"WARLOG_GAZETTEER": str(fixture_index)}
    runner = CliRunner()
    text = "They were shelled near Makiivka, in the Luhansk region."
    before = {p["text"]: p["geo"] for p in _geocode(runner, text, env)}
    assert before["Makiivka"]["precision"] == "region"  # the village is not in the index yet
    added = runner.invoke(main, ["gazetteer", "add", str(GEO_DATA / "makiivka_luhansk.txt")], env=env)
    assert added.exit_code == 0 and "added or updated 1 places" in added.output
    # Each CLI command runs in its own process; in this one test process, drop the loaded pipeline.
    api.default_pipeline.cache_clear()
    after = {p["text"]: p["geo"] for p in _geocode(runner, text, env)}
    assert after["Makiivka"]["precision"] == "settlement"
    assert after["Makiivka"]["admin1"] == "Luhansk Oblast"
    info = json.loads(runner.invoke(main, ["gazetteer", "info"], env=env).output)
    assert info["places"] > 0 and any("makiivka_luhansk.txt" in s["name"] for s in info["sources"])


def test_download_offline_says_what_to_do(tmp_path, fixture_index):  # type: ignore[no-untyped-def]
    env = {"WARLOG_GAZETTEER": str(fixture_index)}
    result = CliRunner().invoke(main, ["gazetteer", "download", "UA", "--dest", str(tmp_path / "dl"),
                                       "--base-url", "http://127.0.0.1:9"], env=env)
    assert result.exit_code == 2
    assert "cannot reach" in result.output and "warlog gazetteer add FILE" in result.output
    assert not list((tmp_path / "dl").glob("*.zip"))  # nothing half-downloaded is left
