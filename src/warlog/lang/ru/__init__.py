"""Russian: natasha's Slovnet NER with pymorphy3 lemmas, and rule-based attribution, incident and people stages
whose word lists are this folder's ``*.toml``."""

from __future__ import annotations

from pathlib import Path

from ..base import LanguagePack
from .attribution import make_attribution
from .incidents import make_incidents
from .nlp import make_nlp
from .people import make_people

PACK = LanguagePack(
    code="ru",
    name="Russian",
    stages={"nlp": make_nlp, "attribution": make_attribution, "incidents": make_incidents,
            "people": make_people},
    data=Path(__file__).resolve().parent,
)
