"""Ukrainian: rule-based NER (lexicons, pymorphy3-dicts-uk morphology, the gazetteer), dates, counts,
attribution, incidents and people; word lists in this folder's ``*.toml`` (see README.md here)."""

from __future__ import annotations

from pathlib import Path

from ..base import LanguagePack
from .attribution import make_uk_attribution
from .incidents import make_uk_incidents
from .nlp import make_uk_nlp
from .people import make_uk_people

PACK = LanguagePack(
    code="uk",
    name="Ukrainian",
    stages={"nlp": make_uk_nlp, "attribution": make_uk_attribution, "incidents": make_uk_incidents,
            "people": make_uk_people},
    data=Path(__file__).resolve().parent,
    home_country="UA",
)
