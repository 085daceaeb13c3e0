"""English: spaCy's en_core_web_sm parse with warlog's entity rules, and the rule-based attribution, incident
and people stages (their word lists are ``warlog/data/en/*.toml``)."""

from __future__ import annotations

from pathlib import Path

from ...stages.attribution import make_attribution
from ...stages.incidents import make_incidents
from ...stages.nlp import make_nlp
from ...stages.people import make_people
from ..base import LanguagePack

PACK = LanguagePack(
    code="en",
    name="English",
    stages={"nlp": make_nlp, "attribution": make_attribution, "incidents": make_incidents, "people": make_people},
    data=Path(__file__).resolve().parents[2] / "data" / "en",
)
