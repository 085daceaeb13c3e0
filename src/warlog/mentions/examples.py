"""Labelled sentences for training and measuring the mention classifier.

Two input forms: JSONL, one ``{"sentence", "label", "type"}`` object a line (``label`` 1 for an event mention,
0 for none; ``type`` a warlog type, optional ``subtype``, optional ``lang``), and an ACLED-style CSV export, whose
``notes`` are event descriptions (label 1) typed from ``event_type`` / ``sub_event_type`` through the taxonomy.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from ..incidents.lexicon import taxonomy

LANGS = ("en", "ru", "uk")
NONE = "none"  # the label of a sentence that tells no event


@dataclass(frozen=True)
class Example:
    sentence: str
    label: int  # 1: an event mention
    type: str | None = None
    subtype: str | None = None
    lang: str | None = None

    @property
    def target(self) -> str:
        """The class the model learns: ``none`` or the warlog type."""
        return (self.type or "other") if self.label else NONE


def shipped_examples(langs: tuple[str, ...] = LANGS) -> list[Example]:
    """The sentences the project wrote itself (``data/mentions/{en,ru,uk}.jsonl``)."""
    folder = resources.files("warlog") / "data" / "mentions"
    examples: list[Example] = []
    for lang in langs:
        text = (folder / f"{lang}.jsonl").read_text(encoding="utf-8")
        examples += _parse_jsonl(text.splitlines(), f"{lang}.jsonl", lang)
    return examples


def read_examples(path: Path) -> list[Example]:
    """Labelled sentences from a JSONL file or an ACLED-style CSV export (by extension)."""
    if not path.exists():
        raise ConfigError(f"{path}: no such file")
    if path.suffix.lower() in (".csv", ".tsv"):
        return _read_acled(path)
    with path.open(encoding="utf-8") as handle:
        return _parse_jsonl(handle, str(path), None)


def _parse_jsonl(lines: Iterable[str], name: str, lang: str | None) -> list[Example]:
    types = taxonomy()
    examples: list[Example] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            sentence, label = str(row["sentence"]), int(row["label"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{name}:{number}: expected {{\"sentence\", \"label\", \"type\"}}: {exc}") from exc
        kind = row.get("type") or None
        if label and kind is not None and kind not in types:
            raise ConfigError(f"{name}:{number}: unknown type {kind!r}; see docs/taxonomy.md")
        examples.append(Example(sentence, 1 if label else 0, kind if label else None,
                                row.get("subtype") or None, row.get("lang") or lang))
    return examples


def acled_types() -> dict[tuple[str, str], tuple[str, str | None]]:
    """ACLED (event_type, sub_event_type) -> the warlog (type, subtype) that maps to it: a subtype before its
    type's own mapping; where several warlog types share one ACLED category, the broad one (``preferred``:
    ACLED cannot tell friendly fire from a strike, nor a killing by one's own side from a clash)."""
    preferred = {("Battles", "Armed clash"): ("armed_clash", None),
                 ("Explosions/Remote violence", "Shelling/artillery/missile attack"): ("strike", "shelling"),
                 ("Strategic developments", "Other"): ("other", None)}
    table: dict[tuple[str, str], tuple[str, str | None]] = {}
    for name, info in taxonomy().items():
        for subtype, acled in [*info.subtypes.items(), (None, info.acled)]:
            if acled:
                table.setdefault((acled[0], acled[1]), (name, subtype))
    table.update(preferred)
    return table


def _read_acled(path: Path) -> list[Example]:
    table = acled_types()
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        fields = {f.lower(): f for f in reader.fieldnames or []}
        if "notes" not in fields or "event_type" not in fields:
            raise ConfigError(f"{path}: an ACLED export needs 'notes' and 'event_type' columns")
        examples = []
        for row in reader:
            notes = (row.get(fields["notes"]) or "").strip()
            event = (row.get(fields["event_type"]) or "").strip()
            sub = (row.get(fields.get("sub_event_type", "")) or "").strip() if "sub_event_type" in fields else ""
            if not notes:
                continue
            kind, subtype = table.get((event, sub)) or next(
                (v for (e, _), v in table.items() if e == event), ("other", None))
            examples.append(Example(notes, 1, kind, subtype))
    return examples
