"""Forms of Ukrainian names for the recogniser: an adjective agreed with its noun ("Бахмутського" + "район" ->
"Бахмутський"), a Russian place in Russian letters, a word's lemmas and its adjective's nominatives."""

from __future__ import annotations

import re

from . import morph


def agree(adjective: str, noun: str) -> str:
    """The adjective's nominative in the noun lemma's gender: ('Бахмутського', 'район') -> 'Бахмутський'."""
    analyzer = morph.analyzer()
    base = morph.lemma(adjective)
    if analyzer is None:
        return adjective
    nouns = [p for p in analyzer.parse(noun) if "NOUN" in p.tag and p.normal_form == noun
             and not {"Surn", "Name", "Patr"} & set(p.tag.grammemes)] or analyzer.parse(noun)
    gender = next((g for p in nouns for g in ("masc", "femn", "neut") if g in p.tag), None)
    plural = any("Pltm" in p.tag for p in analyzer.parse(noun)[:1])
    for p in analyzer.parse(adjective.lower()):
        if "ADJF" in p.tag:
            wanted = {"nomn", "plur"} if plural else {"nomn", gender or "masc"}
            form = p.inflect(wanted)
            if form is not None:
                base = form.word
            break
    else:
        # no adjective analysis ("Кривому" is read as a noun): the usual endings
        stem = re.sub(r"(?:ому|ого|ім|им|ій|ої|ою|ий|а|е|у|і|их)$", "", adjective.lower())
        base = stem + {"femn": "а", "neut": "е"}.get(gender or "masc", "ий")
    return base[:1].upper() + base[1:] if adjective[:1].isupper() else base


_RU_ENDINGS = (("ська", "ская"), ("цька", "цкая"), ("зька", "зская"), ("ський", "ский"), ("цький", "цкий"),
               ("ське", "ское"), ("цьке", "цкое"))


def russian_spelling(name: str) -> str:
    """A Ukrainian spelling of a Russian place in Russian letters: "Бєлгородська область" -> "Белгородская
    область", so the gazetteer's Russian names find it (one entry for both spellings)."""
    out = []
    for word in name.split():
        for uk, ru in _RU_ENDINGS:
            if word.endswith(uk):
                word = word[: -len(uk)] + ru
                break
        out.append(word.replace("є", "е").replace("Є", "Е").replace("і", "и").replace("І", "И")
                   .replace("ї", "йи").replace("'", "ъ"))
    return " ".join(out).replace("облаcть", "область").replace("обласць", "область")


def lemma_options(word: str) -> list[str]:
    """Distinct lemmas of a word, nouns first."""
    found = [(lem, g) for lem, g in morph.parses(word) if "voct" not in g]  # toponyms are not addressed
    nouns = [lem for lem, g in found if "NOUN" in g and not g & {"Name", "Patr", "Surn"}]
    return list(dict.fromkeys(nouns + [lem for lem, _ in found])) or [word.lower()]


def adjective_nominatives(word: str) -> list[str]:
    analyzer = morph.analyzer()
    if analyzer is None:
        return []
    out = []
    for p in analyzer.parse(word):
        if "ADJF" in p.tag or "Surn" in p.tag:
            for wanted in ({"nomn", "neut"}, {"nomn", "femn"}, {"nomn", "plur"}, {"nomn", "masc"}):
                form = p.inflect(wanted)
                if form is not None:
                    out.append(title(form.word))
    return list(dict.fromkeys(out))


# a possessive adjective's oblique forms: "Часового", "Часовому", "Часовим" (nominative "Часів")
_POSSESSIVE_FORM = re.compile(r"^([А-ЯІЇЄҐ][\w'’]+?)(?:ов|ев)(?:ого|ому|им|ім)$")


def possessive_nominative(word: str) -> str | None:
    """The nominative of a possessive adjective in a place name ("Часовим" -> "Часів"), or None."""
    nominative = _POSSESSIVE_FORM.sub(r"\1ів", word)
    return nominative if nominative != word else None


# Endings of neuter adjectival place names in the nominative (Вербове, Кремінне, Мирноградське).
NEUTER_PLACE = ("ове", "еве", "єве", "ине", "не", "ське", "цьке", "зьке")


def title(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
