"""Telegram channels in the reliability table: a grade, other spellings and the reason for the grade."""

from __future__ import annotations

from pathlib import Path

import pytest

from warlog.errors import ConfigError
from warlog.linking.grading import reliability_table


def test_starter_channels_have_grade_and_reason_under_every_spelling() -> None:
    table = reliability_table()
    for spelling in ("Rybar", "Рыбарь", "@rybar"):
        assert table.grade(spelling) == "D"
        assert "partisan" in (table.reason(spelling) or "")
    assert table.grade("@astrapress") == "C" and table.reason("Meduza") is None


def test_user_file_regrades_a_channel_with_its_own_reason(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text('[channels]\n"Rybar" = { grade = "E", reason = "our desk found three fabrications" }\n'
                    '[sources]\n"Baza" = "C"\n', encoding="utf-8")
    table = reliability_table(user)
    assert (table.grade("@rybar"), table.reason("Рыбарь")) == ("E", "our desk found three fabrications")
    assert table.grade("Baza") == "C" and table.reason("Baza") is None  # the bundled reason argued for D


def test_channel_without_reason_is_refused(tmp_path: Path) -> None:
    user = tmp_path / "bad.toml"
    user.write_text('[channels]\n"Some Channel" = { grade = "D" }\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad.toml: \[channels\] 'Some Channel' needs grade"):
        reliability_table(user)
