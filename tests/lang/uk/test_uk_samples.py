"""The Ukrainian demo samples (data/samples/uk) through `warlog extract`, against their gold in the samples README."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from warlog.cli import main
from warlog.lang.uk import morph

SAMPLES = Path(str(resources.files("warlog") / "data" / "samples" / "uk"))
SCHEMA = json.loads((resources.files("warlog") / "schema" / "report.schema.json").read_text(encoding="utf-8"))
pytestmark = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _extract(name: str) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(main, ["extract", str(SAMPLES / name)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    jsonschema.validate(report, SCHEMA)
    return report  # type: ignore[no-any-return]


def test_oblast_administration_post_gives_the_whole_incident() -> None:
    report = _extract("11_kharkiv-ova_balakliia-strike.txt")
    assert report["document"]["language"] == "uk"
    [incident] = report["incidents"]
    assert incident["type"] == "strike"
    assert incident["where"]["text"] == "Балаклії" and incident["where"]["admin1"] == "Kharkiv Oblast"
    assert (incident["when"]["start"], incident["when"]["end"]) == (str(date(2026, 3, 8)), str(date(2026, 3, 8)))
    assert incident["fatalities"]["best"] == 3 and incident["injured"]["best"] == 24
    assert "Харківська ОВА" in incident["sources"]


def test_retold_friendly_fire_video_is_alleged_and_placed_at_the_village() -> None:
    report = _extract("12_stepovyi-monitor_verbove-friendly-fire.md")
    [incident] = report["incidents"]
    assert incident["type"] == "friendly_fire"
    assert incident["where"]["name"] == "Verbove"
    assert incident["fatalities"] == {**incident["fatalities"], "best": 7, "low": 7, "high": None}
    assert incident["certainty"] == "alleged"
    quote = next(q for q in report["quotes"] if q["kind"] == "direct")
    assert quote["speaker"]["name"] == "Станіслав"


def test_refusal_told_by_a_wife_names_her_as_speaker() -> None:
    report = _extract("13_kyivskyi-dyspetcher_kreminna-refusal.json")
    assert [i["type"] for i in report["incidents"]] == ["refusal_to_fight"]
    assert report["incidents"][0]["where"]["name"] == "Kreminna"
    speakers = {q["speaker"]["name"] for q in report["quotes"] if q["speaker"]}
    assert speakers == {"Юлія Сергеєва"}
