"""What a language pack is: the stages that read one language, and where its word lists live.

A pack is data plus factories, in the spirit of spaCy's ``spacy/lang/<code>/``: the runner asks the pack of a
document's language for each language-dependent stage (``nlp``, ``attribution``, ``incidents``, ``people``);
stages that only read what those produced (``geocode``, ``citations``) are shared by every language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..pipeline.component import Stage
from ..settings import Settings

StageFactory = Callable[[Settings, dict[str, Any]], Stage]


@dataclass(frozen=True)
class LanguagePack:
    """One language: its code (ISO 639-1), its name, its stage factories by stage name, its lexicon folder.

    A stage the pack does not provide is skipped for its documents (with a warning on the report).
    """

    code: str
    name: str
    stages: Mapping[str, StageFactory] = field(default_factory=dict)
    data: Path | None = None
    # The country a text in this language means by an ambiguous place name when nothing in it says otherwise
    # (a Ukrainian report's bare "Покровськ" is the Donetsk one, not Yakutia's); None where the language's news
    # covers several countries alike (Russian reports of the war).
    home_country: str | None = None
