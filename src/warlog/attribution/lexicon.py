"""The attribution lexicon, compiled from ``data/<lang>/attribution.toml``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from ..lexicon import load_data
from ..text.prefilter import lowered, may_match

_NEVER = re.compile("(?!)")  # stands in for a pattern that cannot match a given text
# A capitalised name of up to four words, or a Telegram handle.
_NAME = r"(?:@[\w.]+|(?:[A-Z]|[a-z][A-Z])[\w’'\-]*(?:[ \-](?:[A-Z][\w’'\-]*|of|de|al))*)"


@dataclass(frozen=True)
class ChainPattern:
    role: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class Hedge:
    cue: str
    strength: float
    status: str
    regex: re.Pattern[str]
    scope: str = "sentence"  # "back": also doubts the claims of the sentences just before


@dataclass(frozen=True)
class SpeakerWords:
    """Words that type a speaker phrase: titles before a name, institution and outlet heads, platforms."""

    titles: frozenset[str]
    institutions: frozenset[str]
    outlets: frozenset[str]
    platforms: frozenset[str]
    documents: frozenset[str]


@dataclass(frozen=True)
class AttributionLexicon:
    reporting_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    object_verbs: frozenset[str]
    media: dict[str, str]
    media_regex: re.Pattern[str]
    chains: tuple[ChainPattern, ...]
    releasers: tuple[str, ...]
    releaser_regex: re.Pattern[str]
    hedges: tuple[Hedge, ...]
    speaker_words: SpeakerWords
    speech_nouns: frozenset[str] = frozenset()
    infinitive_verbs: frozenset[str] = frozenset()  # verbs whose content is their infinitive only
    stance_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # verb lemma -> its prepositions
    # attitude adjective -> the prepositions of its content, "to" for an infinitive too, "that" for a clause
    stance_adjectives: dict[str, frozenset[str]] = field(default_factory=dict)


def _hedge_regex(entry: dict[str, str]) -> re.Pattern[str]:
    return re.compile(entry.get("pattern") or rf"\b{re.escape(entry['cue'])}\b", re.IGNORECASE)


def _with_model_lemmas(words: Iterable[str], model_lemmas: dict[str, str]) -> frozenset[str]:
    """The lexicon's verbs plus the lemma the parser model wrongly gives some of them ("hopes", "hoped" -> "hop"),
    so that a lemma test still finds them."""
    found = set(words)
    found.update(wrong for wrong, right in model_lemmas.items() if right in found)
    return frozenset(found)


@cache
def attribution_lexicon(lang: str = "en") -> AttributionLexicon:
    data = load_data(lang, "attribution")
    speakers = data.get("speakers", {})
    media = {k.casefold(): v for k, v in data.get("media", {}).items()}
    # "(?!)" never matches: an empty list must not become an empty pattern that matches everywhere.
    media_alt = "|".join(re.escape(m) for m in sorted(media, key=len, reverse=True)) or "(?!)"
    releasers = tuple(data.get("releasers", ()))
    releaser_alt = "|".join(re.escape(r) for r in sorted(releasers, key=len, reverse=True)) or "(?!)"
    model_lemmas = data.get("model_lemmas", {})

    def verbs(key: str) -> frozenset[str]:
        return _with_model_lemmas(data.get(key, ()), model_lemmas)

    return AttributionLexicon(
        reporting_verbs=verbs("reporting_verbs"),
        denial_verbs=verbs("denial_verbs"),
        object_verbs=verbs("object_verbs"),
        media=media,
        media_regex=re.compile(rf"\b({media_alt})s?\b", re.IGNORECASE),
        chains=tuple(
            ChainPattern(c["role"], re.compile(c["pattern"].replace("{NAME}", _NAME)))
            for c in data.get("chain", [])
        ),
        releasers=releasers,
        releaser_regex=re.compile(rf"\b({releaser_alt})\b"),
        hedges=tuple(
            Hedge(h["cue"], float(h["strength"]), h["status"], _hedge_regex(h), h.get("scope", "sentence"))
            for h in data.get("hedge", [])
        ),
        speaker_words=SpeakerWords(
            titles=frozenset(w.casefold() for w in speakers.get("titles", ())),
            institutions=frozenset(w.casefold() for w in speakers.get("institutions", ())),
            outlets=frozenset(w.casefold() for w in speakers.get("outlets", ())),
            platforms=frozenset(speakers.get("platforms", ())),
            documents=frozenset(w.casefold() for w in speakers.get("documents", ())),
        ),
        speech_nouns=frozenset(data.get("speech_nouns", ())),
        infinitive_verbs=verbs("infinitive_verbs"),
        stance_preps={lemma: frozenset(preps) for verb, preps in data.get("stance_preps", {}).items()
                      for lemma in _with_model_lemmas([verb], model_lemmas)},
        stance_adjectives={adj: frozenset(preps) for adj, preps in data.get("stance_adjectives", {}).items()},
    )


def for_text(lex: AttributionLexicon, text: str) -> AttributionLexicon:
    """``lex`` without the source-context patterns that cannot match in ``text`` (exact: see
    ``text.prefilter``); ``sentence_context`` runs them on every sentence, so each is checked once per text."""
    low = lowered(text)
    if low is None:
        return lex
    return replace(
        lex,
        media_regex=lex.media_regex if may_match(lex.media_regex, low) else _NEVER,
        releaser_regex=lex.releaser_regex if may_match(lex.releaser_regex, low) else _NEVER,
        chains=tuple(c for c in lex.chains if may_match(c.regex, low)),
        hedges=tuple(h for h in lex.hedges if may_match(h.regex, low)),
    )
