"""Expanding the project's own sentence templates into the training sentences: ``python -m warlog.mentions.compose``.

``data/mentions/templates/{lang}.toml`` holds sentences written for this classifier, with slots (``{place}``,
``{when}``...) filled from the file's own lists by a generator seeded per language, so the output
(``data/mentions/{lang}.jsonl``) is the same on every run. Nothing in them comes from a corpus or a dataset.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from .examples import LANGS

_SLOT = re.compile(r"\{(\w+)\}")


def expand(spec: dict[str, Any], seed: str) -> list[dict[str, Any]]:
    """Every template of ``spec`` with up to ``variants`` distinct fills, in file order."""
    rng = random.Random(seed)
    fills: dict[str, list[str]] = spec.get("fill", {})
    variants = int(spec.get("variants", 3))
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for group in spec["group"]:
        for template in group["templates"]:
            slots = _SLOT.findall(template)
            for _ in range(variants if slots else 1):
                sentence = _SLOT.sub(lambda m: rng.choice(fills[m.group(1)]), template)
                sentence = sentence[0].upper() + sentence[1:]
                if sentence in seen:
                    continue
                seen.add(sentence)
                row: dict[str, Any] = {"sentence": sentence, "label": int(group["label"]),
                                       "type": group.get("type")}
                if group.get("subtype"):
                    row["subtype"] = group["subtype"]
                if group.get("kind"):
                    row["kind"] = group["kind"]
                rows.append(row)
    return rows


def compose(lang: str, out: Path | None = None) -> int:
    folder = resources.files("warlog") / "data" / "mentions"
    spec = tomllib.loads((folder / "templates" / f"{lang}.toml").read_text(encoding="utf-8"))
    rows = expand(spec, f"warlog-mentions:{lang}")
    target = out or Path(str(folder / f"{lang}.jsonl"))
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    for code in LANGS:
        print(code, compose(code))
