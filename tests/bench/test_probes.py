"""The probe-passage scorer: want lines parsed, slots compared, extra and missed incidents counted."""

from datetime import date
from pathlib import Path
from types import SimpleNamespace

from benchmarks.probes import read_passages, score_passage


def _incident(kind, region=None, killed=None, day=None, background=False):  # type: ignore[no-untyped-def]
    return SimpleNamespace(type=kind, background=background,
                           where=SimpleNamespace(admin1=region, name=region) if region else None,
                           fatalities=SimpleNamespace(best=killed) if killed is not None else None, injured=None,
                           when=SimpleNamespace(start=day, end=day))


def test_passages_and_want_lines_are_read(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("A drone hit a car.\npublished: 2025-01-02\nwant: type=strike/attack_on_civilians | killed=1\n"
                    "---\nNothing happened.\npublished: 2025-01-03\nwant: none\n", encoding="utf-8")
    first, second = read_passages(path)
    assert first.text == "A drone hit a car." and first.published == "2025-01-02"
    assert first.wants == [{"type": "strike/attack_on_civilians", "killed": "1"}] and second.wants == []


def test_a_passage_is_right_only_with_its_slots_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("x\npublished: 2025-01-02\nwant: type=strike | region=Sumy | killed=2 | date=2025-01-01\n",
                    encoding="utf-8")
    passage = read_passages(path)[0]
    right = _incident("strike", "Sumy Oblast", 2, date(2025, 1, 1))
    assert score_passage(passage, [right, _incident("other", background=True)]) == []
    assert score_passage(passage, [_incident("strike", "Sumy Oblast", 3, date(2025, 1, 1))]) == ["strike: killed 3"]
    assert score_passage(passage, [right, _incident("armed_clash")]) == ["EXTRA armed_clash at None"]
    assert score_passage(passage, []) == ["MISSED strike"]
