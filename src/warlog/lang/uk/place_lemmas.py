"""Dictionary forms of place mentions for ``ner.py``: a town's nominative from its inflected form ("Києві" ->
"Київ"), a region from its -щина name, a front from its adjective ("Покровському напрямку" -> "Покровськ"), a
phrase's agreed adjectives ("Кривому Рогу" -> "Кривий Ріг"), preferring the spelling the gazetteer knows."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import morph, names
from .names import NEUTER_PLACE as _NEUTER_PLACE
from .names import adjective_nominatives as _adjective_nominatives
from .names import agree, russian_spelling
from .names import lemma_options as _lemma_options
from .names import title as _title
from .tokens import Token

_ADJECTIVAL = re.compile(r"(?:ий|ій|ого|ому|им|ім|а|ої|ою|ую|е|і|их|ими)$")


def place_lemma(toks: list[Token], knows_place: Callable[[str], bool], countries: dict[str, str],
                shchyna: dict[str, str], admin_words: frozenset[str]) -> str | None:
    """The dictionary form of a place mention, or None when it is its own lemma."""
    texts = [t.text for t in toks]
    key = " ".join(morph.lemma(t) for t in texts)
    if key in countries:
        return countries[key]
    if len(toks) == 1:
        low = morph.lemma(texts[0])
        shch = shchyna.get(low)
        if shch:
            return known_spelling(shch, shch, knows_place)
        if low.endswith(("щина", "ччина")):
            # a district named after its town: Нікопольщина -> Нікополь, Куп'янщина -> Куп'янськ
            stem = _title(low[:-4] if low.endswith("щина") else low[:-5] + "к")
            for town in (stem + "ськ", stem, stem + "ь", stem + "ів"):  # Куп'янськ before a village Куп'ян
                if knows_place(town):
                    return town
        lemma = texts[0] if texts[0].isupper() else _title(low)
        # "Києві" is first a name's dative ("Кий"), "Покровська" an adjective ("покровський"): the place is
        # the noun analysis the gazetteer knows ("Київ", "Покровськ").
        options = [_title(o) for o in _lemma_options(texts[0])]
        # the dictionary drops a final soft sign of some towns ("Ірпіні" -> "ірпін", the town is "Ірпінь")
        options += [o + "ь" for o in options if o[-1:] in "нлтдсцз"]
        if texts[0].endswith(_NEUTER_PLACE) and texts[0] in options and knows_place(texts[0]):
            return None  # a neuter place name is its own nominative: "Вербове" stays, not a village "Вербів"
        lemma = next((o for o in options if knows_place(o)), lemma)
        if not knows_place(lemma):
            # "біля Вербового": adjective-like names are neuter or feminine ("Вербове", "Гірська").
            for form in _adjective_nominatives(texts[0]):
                if knows_place(form):
                    return form if form != texts[0] else None
        if lemma == texts[0]:
            return None
        known = known_spelling(lemma, texts[0], knows_place)
        if known is None or not knows_place(known):
            return None  # "Солоті" -> "Солот": a lemma the gazetteer does not know misleads it more than the text
        return known
    if len(toks) == 2 and morph.lemma(texts[1]) in ("напрямок", "напрям"):
        # "на Покровському напрямку": the front named after its town (Покровськ, Лиман, Костянтинівка)
        adjective = morph.lemma(texts[0])
        stem = re.sub(r"(?:ський|цький|зький)$", "", adjective)
        if stem == adjective:
            return None
        end = {"ський": "ськ", "цький": "цьк", "зький": "зьк"}[adjective[len(stem):]]
        return next((_title(t) for t in (stem + end, stem, stem + "ка", stem + "ь")
                     if knows_place(_title(t))), None)
    if len(toks) == 2 and texts[0].endswith(("ів", "їв")) and knows_place(" ".join(texts)):
        return None  # "Часів Яр": its own nominative (the possessive "Часів" is no form of "час")
    possessive = names.possessive_nominative(texts[0])  # "Часовим Яром" -> "Часів" + the noun's lemma
    if possessive is not None and len(toks) == 2:
        for head in _lemma_options(texts[-1])[:3]:
            if knows_place(f"{possessive} {_title(head)}"):
                return f"{possessive} {_title(head)}"
    first_try: str | None = None
    for head in _lemma_options(texts[-1])[:3]:  # "Кривому Рогу": рог (a surname) or ріг
        parts = [w if w.isupper() else agree(w, head)
                 if _ADJECTIVAL.search(w) or morph.has_grammeme(w, "ADJF") else _title(morph.lemma(w))
                 for w in texts[:-1]]
        last = head if head in admin_words else _title(head)
        phrase = known_spelling(" ".join(parts + [last]), " ".join(texts), knows_place)
        if first_try is None:
            first_try = phrase
        if phrase is not None and knows_place(phrase):
            break
    else:
        phrase = first_try
    return None if phrase == " ".join(texts) else phrase

def known_spelling(lemma: str | None, surface: str, knows_place: Callable[[str], bool]) -> str | None:
    """The lemma, or its Russian spelling when only that is in the gazetteer."""
    if lemma is None:
        return None
    if knows_place(lemma) or knows_place(surface):
        return lemma
    russian = russian_spelling(lemma)
    return russian if russian != lemma and knows_place(russian) else lemma
