"""Docs that must stay true to the code."""

from pathlib import Path

from warlog.cli import main
from warlog.settings import describe

ROOT = Path(__file__).resolve().parents[1]


def test_readme_first_screen_shows_the_two_setup_commands():
    first_screen = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:40])
    assert "make demo" in first_screen and "make test" in first_screen


def test_every_cli_command_is_documented():
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name in main.commands:  # type: ignore[attr-defined]
        assert f"warlog {name}" in reference, f"docs/cli.md does not document `warlog {name}`"


def test_every_setting_is_documented():
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for setting in describe():
        assert setting["env"] in reference
