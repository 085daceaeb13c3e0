"""The literal-prefix prefilter must never skip a pattern that matches (it only saves time)."""

from __future__ import annotations

import random
import re
import sys

from warlog.incidents.lexicon import incident_lexicon
from warlog.text.prefilter import FOLDS_TO_ASCII, literal_prefixes, lowered, may_match


def test_folds_to_ascii_is_every_non_ascii_character_ignorecase_matches_to_a_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    found = tuple(chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c)))
    assert found == FOLDS_TO_ASCII


def test_prefixes_read_from_the_pattern() -> None:
    assert literal_prefixes(re.compile(r"\b(?:weapons?|arms)\b", re.I)) == ("arms", "weapon")
    assert literal_prefixes(re.compile(r"\brefus(?:ed|ing|e|es)\s+to")) == ("refuse", "refusing")
    assert literal_prefixes(re.compile(r"(?<!been )\bsurrendered\b")) == ("surrendered",)
    assert literal_prefixes(re.compile(r"\b(?:a|an)\s+attack")) is None  # too short to help
    assert literal_prefixes(re.compile(r"(?:the\s+)?night")) is None  # optional start: no prefix
    assert literal_prefixes(re.compile(r"\w+ly killed")) is None


def test_skips_only_patterns_without_their_prefix() -> None:
    pattern = re.compile(r"\bshelled\b", re.I)
    assert not may_match(pattern, lowered("Drones struck the village."))
    assert may_match(pattern, lowered("They SHELLED the village."))
    assert may_match(pattern, lowered("They \u017fhelled it."))  # long s: IGNORECASE matches it to 's'
    assert pattern.search("They \u017fhelled it.")


def test_never_skips_a_trigger_that_matches() -> None:
    lex = incident_lexicon("en")
    words = sorted({w for _, _, rx in lex.triggers for w in (literal_prefixes(rx) or ())})
    rng = random.Random(7)
    filler = ["the", "soldiers", "said", "near", "village", "on", "Tuesday", ",", ".", "their", "own", "by", "to"]
    texts = []
    for _ in range(400):
        tokens = [rng.choice(words + filler * 3) for _ in range(rng.randint(3, 40))]
        tokens = [t.upper() if rng.random() < 0.1 else t.capitalize() if rng.random() < 0.2 else t for t in tokens]
        texts.append(" ".join(tokens))
    skipped = 0
    for text in texts:
        low = lowered(text)
        for _, _, rx in lex.triggers:
            if not may_match(rx, low):
                skipped += 1
                assert rx.search(text) is None, (rx.pattern, text)
    assert skipped > 0
