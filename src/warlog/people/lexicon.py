"""The people lexicon, compiled from ``data/<lang>/people.toml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..attribution.lexicon import attribution_lexicon
from ..lexicon import load_data

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class FatePattern:
    status: str
    regex: re.Pattern[str]
    passive: bool  # needs an auxiliary before it: "was killed", not "killed his men"


@dataclass(frozen=True)
class CausePattern:
    cause: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class PeopleLexicon:
    role_nouns: dict[str, str]  # lower-cased noun -> role
    role_regex: re.Pattern[str]  # any role noun, longest first, group "noun"
    soldier_cues: tuple[re.Pattern[str], ...]
    active_killer: re.Pattern[str]  # right after a name: the person did the killing
    ranks: dict[str, str]  # rank as written -> role
    rank_regex: re.Pattern[str]  # a rank right before a name, anchored at the end, group "rank"
    demonyms: dict[str, str]  # demonym -> home place
    demonym_regex: re.Pattern[str]  # case-sensitive, group "demonym"
    home_cues: tuple[re.Pattern[str], ...]
    hedge_regex: re.Pattern[str]  # the attribution hedges plus people.toml's
    clause_break_regex: re.Pattern[str]  # a connective that opens a new clause
    fillers_regex: re.Pattern[str]  # zero or more filler words, anchored at both ends
    auxiliary_regex: re.Pattern[str]
    fates: tuple[FatePattern, ...]
    causes: tuple[CausePattern, ...]
    fate_incident_types: dict[str, frozenset[str]]
    not_names: frozenset[str] = frozenset()  # capitalised words the model takes for people: weapons, units


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation, longest first so "military expert" wins over "expert"; "(?!)" when empty."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


@cache
def people_lexicon(lang: str = "en") -> PeopleLexicon:
    data = load_data(lang, "people")
    cues = data.get("cues", {})
    role_nouns = {noun.lower(): role for role, nouns in data.get("roles", {}).items() for noun in nouns}
    ranks = {rank: role for role, names in data.get("ranks", {}).items() for rank in names}
    demonyms = dict(data.get("demonyms", {}))
    hedge_cues = [h.cue for h in attribution_lexicon(lang).hedges] + list(cues.get("hedges", ()))
    fillers = _alternation(cues.get("subject_fillers", ()))
    return PeopleLexicon(
        role_nouns=role_nouns,
        role_regex=re.compile(rf"\b(?P<noun>{_alternation(list(role_nouns))})(?:s|es)?\b", _FLAGS),
        active_killer=re.compile(cues.get("active_killer", "(?!)"), _FLAGS),
        soldier_cues=tuple(re.compile(p, _FLAGS) for p in cues.get("soldier_cues", ())),
        ranks=ranks,
        rank_regex=re.compile(rf"(?:^|(?<=\s))(?P<rank>{_alternation(list(ranks))})\s+$"),
        demonyms=demonyms,
        demonym_regex=re.compile(rf"\b(?P<demonym>{_alternation(list(demonyms))})s?\b"),
        home_cues=tuple(re.compile(p, _FLAGS) for p in cues.get("home_cues", ())),
        hedge_regex=re.compile(rf"\b(?:{_alternation(hedge_cues)})\b", _FLAGS),
        clause_break_regex=re.compile(
            rf"(?:[;:—–]|\s(?:{_alternation(cues.get('clause_breaks', ()))})\s)", _FLAGS),
        fillers_regex=re.compile(rf"^\s*(?:(?:{fillers}|\w+ly)\s+)*$", _FLAGS),
        auxiliary_regex=re.compile(rf"\b(?:{_alternation(cues.get('auxiliaries', ()))})\b", _FLAGS),
        fates=tuple(FatePattern(f["status"], re.compile(f["pattern"], _FLAGS), bool(f.get("passive", False)))
                    for f in data.get("fate", [])),
        causes=tuple(CausePattern(c["cause"], re.compile(c["pattern"], _FLAGS)) for c in data.get("cause", [])),
        fate_incident_types={status: frozenset(types) for status, types in data.get("fate_incident_types", {}).items()},
        not_names=frozenset(data.get("not_names", ())),
    )
