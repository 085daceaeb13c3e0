"""The pack's mentions when a locally trained model is present: the model's spans, dressed with what the rules
know (lemma, lexicon organisation, unit or outlet), plus rule mentions the model has no span over.

The model already sees the rules' mentions as features (``features.py``), so it decides where they are right;
which rule mentions may still fill its gaps was chosen by cross-validation on NER-UK (BENCHMARKS.md).
"""

from __future__ import annotations

from .ner import Mention, Recogniser
from .tokens import words

# NER-UK type of each pack label
TYPE = {"PERSON": "PERS", "PLACE": "LOC", "ORG": "ORG", "OUTLET": "ORG", "UNIT": "ORG"}
PACK = {"PERS": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
FILLS = ("none", "lexicon", "all")


def _overlaps(a: int, b: int, m: Mention) -> bool:
    return a < m.end and m.start < b


def dress(text: str, start: int, end: int, kind: str, rules: list[Mention], recogniser: Recogniser
          ) -> list[Mention]:
    """A model span as pack mentions: the rule mention itself when it has the same span and type; an organisation
    keeps the unit/outlet label and lexicon entry of a rule organisation it overlaps; people and places get their
    lemma as the rules would give it. A place phrase the gazetteer cannot resolve ("Дніпровського району
    Херсона", one mention in NER-UK) gives way to the places the rules found inside it that it can ("Херсона"):
    the geocoder needs those."""
    same = [m for m in rules if TYPE.get(m.label) == kind and _overlaps(start, end, m)]
    for m in same:
        if (m.start, m.end) == (start, end):
            return [m]
    if kind == "ORG":
        known = next((m for m in same if m.org is not None or m.label != "ORG"), None)
        if known is not None:
            lemma = known.org.name if known.org is not None and known.org.name != text[start:end] else None
            return [Mention(start, end, known.label, lemma, known.org)]
        return [Mention(start, end, "ORG")]
    toks = words(text, start, end)
    lemma = None
    if toks and kind == "LOC":
        lemma = recogniser.place_lemma(toks)
        if not recogniser.knows_place(lemma or text[start:end]):
            inner = [m for m in same if start <= m.start and m.end <= end
                     and recogniser.knows_place(m.lemma or text[m.start:m.end])]
            if inner:
                return inner
    elif toks:
        lemma = recogniser.person_lemma(toks)
    return [Mention(start, end, PACK[kind], lemma)]


def join(text: str, rules: list[Mention], model: list[tuple[int, int, str]], recogniser: Recogniser,
         fill: str = "lexicon") -> list[Mention]:
    """Mentions of the model (``dress``ed), then the rule mentions that overlap none of them: with ``fill`` "lexicon"
    only the lexicon's organisations, units and outlets (the rules' surest), "all" every one, "none" nothing."""
    out = [m for a, b, kind in model if kind in PACK for m in dress(text, a, b, kind, rules, recogniser)]
    for m in rules:
        if fill == "none" or any(_overlaps(m.start, m.end, o) for o in out):
            continue
        if fill == "all" or m.org is not None or m.label in ("UNIT", "OUTLET"):
            out.append(m)
    return sorted(out, key=lambda m: (m.start, m.end))
