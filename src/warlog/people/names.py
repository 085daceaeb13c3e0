"""Whether a PERSON mention is a person's name: the model's reading checked against the grammar.

The small model tags capitalised phrases as people: headlines ("Russian Soldier Opens Fire"), weapons
("Kh-32", "Iskander"), platforms ("Telegram"), institutions ("Russia's Defence Ministry"), places, units of
measure and parts of compounds ("Grille-covered"). A name here must be capitalised words the parser reads as
proper nouns, with no digits, acronyms, possessives, platform, institution or outlet words; a one-word name
also needs something in the text that makes it a person: a title, rank, role or kin noun right before it
("Sgt. Zhytnik", "his sister Kateryna", "the pseudonym Vera"), an introduction ("identified only as Aleksei"),
an apposition with an age or role after it, a longer name it shortens, or a quote it speaks.
"""

from __future__ import annotations

import re
from typing import Any

from ..attribution.lexicon import attribution_lexicon
from ..errors import ConfigError
from ..lexicon import outlet_index
from .lexicon import PeopleLexicon

_PARTICLES = frozenset({"de", "al", "bin", "van", "von", "der", "la", "le", "ibn", "el"})
_INTRODUCED = re.compile(r"(?:\b(?:named|called|identified(?:\s+only)?\s+as|nicknamed|pseudonym|call\s+sign|"
                         r"known\s+as|gave\s+(?:his|her)\s+name\s+as|names\s+(?:himself|herself)\s+as)\s+[“\"«]?)$",
                         re.IGNORECASE)
_AFTER = re.compile(r"^\s*(?:,\s*(?:\d{1,3}\b|an?\s|the\s|who\b|whose\b)|\(\d{1,3}\))")
_BAD_POS = frozenset({"VERB", "AUX", "ADJ", "NUM", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ"})


def _words_before(text: str, start: int, n: int = 3) -> list[str]:
    return [w.strip(".,").lower() for w in re.findall(r"[\w’'.\-]+", text[max(0, start - 60):start])[-n:]]


def _lexical_ok(name: str, lex: PeopleLexicon, lang: str) -> bool:
    words = lex_words(lang)
    parts = name.split()
    if any(ch.isdigit() for ch in name) or "'s" in name or "’s" in name:
        return False
    if name.casefold() in outlet_index() or name in lex.not_names:
        return False
    for part in parts:
        if part in _PARTICLES:
            continue
        bare = part.strip(".,")
        if len(bare) >= 2 and bare.isupper():
            return False  # an acronym: HUR, TCC
        low = bare.lower()
        if bare in words["platforms"] or low in words["institutions"] or low in words["outlets"]:
            return False
        if low in lex.role_nouns or low in words["titles"] or bare in lex.ranks or f"{bare}." in lex.ranks:
            return False
        if lex.demonym_regex.fullmatch(bare):
            return False
    return True


def lex_words(lang: str) -> dict[str, frozenset[str]]:
    """The speaker words of the language's attribution lexicon (none when the language has none)."""
    try:
        words = attribution_lexicon(lang).speaker_words
    except ConfigError:
        return {"platforms": frozenset(), "institutions": frozenset(), "outlets": frozenset(), "titles": frozenset()}
    return {"platforms": words.platforms, "institutions": words.institutions, "outlets": words.outlets,
            "titles": words.titles}


def _parsed_as_name(doc: Any, start: int, end: int) -> bool:
    """Every word of the span a proper noun (or a noun) in the parse: no verb, adjective or number."""
    if doc is None or not hasattr(doc, "char_span"):  # another language pack's parse: no spaCy spans
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    return not any(t.pos_ in _BAD_POS and t.lower_ not in _PARTICLES for t in span if not t.is_punct)


def is_person_name(text: str, start: int, end: int, lex: PeopleLexicon, lang: str, doc: Any = None) -> bool:
    """Whether text[start:end], tagged PERSON, names a person (see the module docstring), short forms aside."""
    name = text[start:end]
    if not name or not name[0].isupper():
        return False
    if text[end:end + 1] == "-" or text[start - 1:start] == "-":
        return False  # "Grille-covered", "Rostov-on-Don": part of a compound word
    if not _lexical_ok(name, lex, lang):
        return False
    return _parsed_as_name(doc, start, end)


def titled_before(text: str, start: int, lex: PeopleLexicon, lang: str) -> bool:
    """A title, rank, role or kin noun right before the name: "Sgt. Zhytnik", "his sister Kateryna"."""
    before = _words_before(text, start)
    titles = lex_words(lang)["titles"]
    return bool(before) and (before[-1] in lex.role_nouns or before[-1] in titles
                             or any(before[-1] == r.lower().rstrip(".") for r in lex.ranks))


def single_word_supported(text: str, start: int, end: int, lex: PeopleLexicon, lang: str) -> bool:
    """A one-word name needs a title, rank, role or kin noun before it, an introduction, or an apposition."""
    return titled_before(text, start, lex, lang) or introduced_or_described(text, start, end, lex)


def introduced_or_described(text: str, start: int, end: int, lex: PeopleLexicon) -> bool:
    """'the pseudonym Vera', 'Paulina, the mother of ...': introduced as a name, or a person's role after it."""
    if _INTRODUCED.search(text[max(0, start - 40):start]):
        return True
    after = _AFTER.match(text[end:end + 12])
    if after is None:
        return False
    close = re.search(r"[,;.)]", text[end + after.end():end + 60])
    stop = end + after.end() + (close.start() if close else 40)
    return lex.role_regex.search(text, end, stop) is not None
