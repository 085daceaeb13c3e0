"""Stage ``nlp``: parse the clean text with spaCy and produce corrected entities.

The model gives tokens, sentences, dependencies and raw named entities. Our
rules (``text.entity_rules``) and the gazetteer then fix what the small model
gets wrong, and dates and counts come from our own resolvers, which know
precision and the publication date (spaCy's DATE tags "30-year-old").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import resources as res
from ..geo import datafiles
from ..lexicon import outlet_index
from ..models import Count, Entity, When
from ..pipeline.component import Stage, Work, component
from ..settings import Settings
from ..text.dates import find_time_expressions
from ..text.entity_rules import all_rule_spans
from ..text.numbers import find_counts

_MODEL_LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
}
# Words before a name that make it a place when the gazetteer knows the name.
_LOCATIVE = {"in", "near", "outside", "around", "at", "from", "towards", "toward", "to", "into", "of", "by", "on",
             "over"}
# After the others ("members of Congress", "a letter to Parliament") an institution is likelier than a hamlet
_STRONG_LOCATIVE = {"in", "near", "outside", "around"}
_ATTACK_NOUNS = {"attack", "strike", "assault", "raid", "offensive", "shelling", "bombing", "bombardment", "advance",
                 "push", "drone", "missile", "rocket", "airstrike"}
# What a town opening its sentence undergoes: "Belgorod came under fire", "Kharkiv was hit again"
_UNDER_FIRE = re.compile(r"\s+(?:again\s+)?(?:came|comes|come|was|were|is|are|has\s+been|had\s+been|remains|"
                         r"remained)\s+"
                         r"(?:again\s+|once\s+again\s+|also\s+|repeatedly\s+)?(?:under\s+(?:\w+\s+)?(?:fire|attack|"
                         r"shelling|bombardment)|hit|struck|shelled|attacked|targeted|bombed|pounded)\b")
_WAR_TOWN = 20_000  # a sentence's first word taken as a town (as geo.recognise takes untagged names)
_NOTABLE_TOWN = 5_000  # as for a known place read inside a longer name (resolve._HEAD_MIN_POPULATION)
_PLACE_VERBS = {"recaptured", "captured", "liberated", "retook", "seized", "stormed", "shelled", "bombed",
                "encircled", "recapture", "capture", "liberate", "retake"}
# Verbs whose object is a place only right after them ("began leaving Kherson", never "ammunition left, Ivanov")
_PLACE_VERBS_NEXT = {"leaving", "entered", "entering", "surrounded", "abandoned", "shelling", "storming", "capturing",
                     "liberating", "struck", "attacked", "targeted", "hit", "hits", "pounded", "strikes", "shells",
                     "neighbouring", "neighboring", "nearby"}  # (and "in neighbouring Myrnohrad")
# Words right before a name the model called a person or an organisation that make it a town ("a drone attack on
# central Sumy"); never a demonym's reason to be a place ("the southern Ukrainian city": Ukrainian stays a NORP)
_PLACE_ADJECTIVES = {"central", "downtown", "northern", "southern", "eastern", "western", "occupied", "frontline",
                     "front-line", "liberated"}
_AREA_WORDS = {"region", "oblast", "district", "province", "raion", "krai", "republic", "community", "hromada"}
# What a town has and a person has not: "Avdiivka's defenses were falling apart" (the small model says PERSON).
_TOWN_POSSESSIONS = {"defenses", "defences", "outskirts", "streets", "residents", "mayor", "governor", "centre",
                     "center", "defenders", "garrison", "fall", "capture", "suburbs", "outskirt", "population"}


def _overlaps(a: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a[0] < end and start < a[1] for start, end in taken)



@cache
def _demonyms() -> frozenset[str]:
    return frozenset(form.casefold() for form in datafiles.demonyms())

class NlpStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.resources = resources

    def _gazetteer_knows(self, name: str) -> bool:
        return bool(res.gazetteer(self.settings, self.resources).is_known(name))

    def _notable_place(self, name: str) -> bool:
        """Is ``name`` a place worth reading into a weak "of"/"to"/"by" ("members of Congress" is not the
        Arizona hamlet): a country or region, a town of some size, or any place of the war's two countries."""
        for m in res.gazetteer(self.settings, self.resources).matches(name):
            p = m.place
            if m.exact and (p.kind != "settlement" or p.population >= _NOTABLE_TOWN or p.country in ("UA", "RU")):
                return True
        return False

    @staticmethod
    def _object_of_place_verb(ent: Any) -> bool:
        """The name is the object of a verb whose object is a place, or coordinated with one ("recaptured A, B and
        also C"), or named in a list of villages ("the villages of A and B")."""
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _PLACE_VERBS_NEXT:
            return True
        i = ent.start - 1
        while i >= 0 and ent.start - i <= 8:
            t = ent.doc[i]
            if t.lower_ in _PLACE_VERBS:
                return True
            if t.lower_ in ("villages", "towns", "settlements", "cities") and i + 1 < ent.start \
                    and ent.doc[i + 1].lower_ in ("of", "as"):  # ("named the villages as Kamianske")
                return True
            if not (t.lower_ in ("and", "also", ",", "the", "village", "town", "of", "as") or t.text[:1].isupper()):
                return False
            i -= 1
        return False

    def _war_town(self, name: str) -> bool:
        """A town of the war's countries of some size, or one of their regions, by its exact name."""
        return any(m.exact and m.place.country in ("UA", "RU") and (
            m.place.kind == "region" or m.place.kind == "settlement" and m.place.population >= _WAR_TOWN)
            for m in res.gazetteer(self.settings, self.resources).matches(name))

    def _war_region(self, name: str) -> bool:
        gazetteer = res.gazetteer(self.settings, self.resources)
        return any(m.exact and m.place.country in ("UA", "RU") for m in gazetteer.region_matches(name))

    @staticmethod
    def _attacked_over(ent: Any, prev: str) -> bool:
        """'an attack on Sumy', 'shot down over Belgorod': "on" after a word of attack, "over" not before a
        possessive."""
        doc = ent.doc
        if prev == "over":
            return not (ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"))
        return ent.start >= 2 and doc[ent.start - 2].lemma_.lower() in _ATTACK_NOUNS

    def _model_label(self, ent: Any) -> str | None:
        label = _MODEL_LABELS.get(ent.label_)
        if label is None:
            return None
        if label == "PLACE" and len(ent) == 1 and ent[0].tag_ == "JJ" and not (
                self._object_of_place_verb(ent) and self._gazetteer_knows(ent.text)):
            return "NORP"  # "Ukrainian intelligence": an adjective, not a place ("the villages of Tiahynka" is)
        if ent.text.casefold() in outlet_index():
            return "OUTLET"
        if label == "PERSON" and not ent.text[:1].isupper():
            return None  # "pro-Kremlin": names start with a capital
        if label in {"ORG", "PERSON", "NORP"}:
            prev = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            single_word = len(ent) == 1
            # "the Kherson region's Bilozerka": the name after a region's possessive is a place of that region
            if (len(ent) <= 3 and label != "NORP" and ent.start >= 2 and prev in ("'s", "’s")
                    and ent.doc[ent.start - 2].lower_ in _AREA_WORDS and self._gazetteer_knows(ent.text)):
                return "PLACE"
            # A one-word "person" or "organisation" after "in"/"near" that the gazetteer
            # knows is a place ("shot dead ... in Belgorod", tagged ORG by the small model).
            if single_word and prev in ("on", "over") and not self._attacked_over(ent, prev):
                pass  # "attacks on Clinton", "over Jackson's decision": a person, a politician's name
            elif single_word and prev in _LOCATIVE and self._gazetteer_knows(ent.text) and (
                    prev in _STRONG_LOCATIVE or self._notable_place(ent.text)) and (
                    label != "NORP" or ent[0].tag_ == "NNP" and ent.text.casefold() not in _demonyms()):
                # (a "nationality" only when it is no demonym: "downs own Su-34 over Belgorod", Belgorod NORP)
                return "PLACE"
            # A two- or three-word town after "in"/"near" or an attack's "on" ("continues near Chasiv Yar", PERSON;
            # "drone attack on Hola Prystan", ORG)
            if (not single_word and len(ent) <= 3 and label in ("PERSON", "ORG") and (
                    prev in _STRONG_LOCATIVE or prev == "on" and self._attacked_over(ent, prev))
                    and self._notable_place(ent.text)):
                return "PLACE"
            # The taken or struck village: "Ukraine had recaptured Andriivka and also Klishchiivka" (both ORG).
            if single_word and label != "NORP" and (self._object_of_place_verb(ent) or prev in _PLACE_ADJECTIVES) \
                    and self._gazetteer_knows(ent.text) and self._notable_place(ent.text):
                return "PLACE"
            after = ent.doc[ent.end:ent.end + 2]
            if (single_word and label in ("PERSON", "ORG") and len(after) == 2 and after[0].text in ("'s", "’s")
                    and after[1].lower_ in _TOWN_POSSESSIONS and self._notable_place(ent.text)):
                return "PLACE"
            # A war-country town opening its sentence before a verb ("Belgorod came under fire"), or a post on its
            # own line ("Nikopol. The enemy attacked the city ..."): the model's person or organisation is the town
            if (single_word and label in ("PERSON", "ORG") and ent.start == ent.sent.start and ent.end < len(ent.doc)
                    and (_UNDER_FIRE.match(ent.doc.text, ent.end_char)  # ("Kirov visited the front": a man)
                         or ent.doc[ent.end].text == "." and (ent.start_char == 0
                                                              or ent.doc.text[ent.start_char - 1] == "\n"))
                    and self._war_town(ent.text)):
                return "PLACE"
            # A region of the war's countries by its own name is a place wherever it stands ("a bridge linking
            # mainland Russia with Crimea", Crimea tagged ORG by the small model).
            if single_word and label == "ORG" and self._war_region(ent.text):
                return "PLACE"
        return label

    def prepare_batch(self, works: list[Work]) -> None:
        """Parse the batch's analysable texts with ``nlp.pipe`` (same annotations as ``nlp(text)``, faster)."""
        todo = [w for w in works if w.doc is None]
        if not todo:
            return
        nlp = res.spacy_model(self.settings, self.resources)
        docs = nlp.pipe([w.report.document.text for w in todo], batch_size=len(todo))
        for work, doc in zip(todo, docs, strict=True):
            work.doc = doc

    def __call__(self, work: Work) -> Work:
        report = work.report
        text = report.document.text
        doc = work.doc if work.doc is not None else res.spacy_model(self.settings, self.resources)(text)
        doc.user_data["warlog.text"] = text  # == doc.text (spaCy keeps the text), which costs a pass to rebuild
        work.doc = doc
        work.scratch["sentences"] = [(s.start_char, s.end_char) for s in doc.sents]

        from ..geo.recognise import community_places, known_places, listed_places, stated_places

        gazetteer = res.gazetteer(self.settings, self.resources)
        candidates: list[tuple[int, int, str]] = []
        for rule in all_rule_spans(text, report.document.language or "en"):
            candidates.append((rule.start, rule.end, rule.label))
        # "Zemlianky, Kharkiv": a place and its region, whatever the model tagged them
        candidates += [(s, e, "PLACE") for s, e in stated_places(text, gazetteer)]
        # "the Krasnopillia community": a hromada by its English name (before the model, which splits it)
        candidates += [(s, e, "PLACE") for s, e in community_places(text, gazetteer)]
        model: list[tuple[int, int, str]] = []
        for ent in doc.ents:
            while len(ent) > 1 and ent[-1].lower_ in ("and", "or", ","):
                # "Tiahynka and" (FAC) in "the villages of Tiahynka and Vesele"
                ent = type(ent)(ent.doc, ent.start, ent.end - 1, label=ent.label_)
            while len(ent) > 1 and ent[0].lower_ in _STRONG_LOCATIVE:
                # a sentence's capitalised opening taken into the name ("Near Avdiivka", PERSON): the name after it
                ent = type(ent)(ent.doc, ent.start + 1, ent.end, label=ent.label_)
            label = self._model_label(ent)
            if not label:
                continue
            if (label == "PERSON" and model and model[-1][2] == "PERSON"
                    and text[model[-1][1]:ent.start_char] == " "):
                # the small model cuts a name in two ("Oleksandr" + "Prokudin"): one person
                model[-1] = (model[-1][0], ent.end_char, "PERSON")
                continue
            model.append((ent.start_char, ent.end_char, label))
        # countries and war-region towns the model left untagged ("Attacks on Kyiv, Kharkiv and Odesa")
        known = [(s, e, "PLACE") for s, e in known_places(text, gazetteer, [(s, e) for s, e, _ in candidates + model])]
        # small villages listed beside a place ("Zolochiv and Velykyi Burluk also came under fire"), whatever the
        # model called them: a list of places names places (only our rules' other labels stand)
        listed = [(s, e, "PLACE") for s, e in listed_places(
            text, gazetteer, [(s, e) for s, e, label in candidates + model + known if label == "PLACE"],
            [(s, e) for s, e, label in candidates if label != "PLACE"])]
        candidates += listed + model + known

        taken: list[tuple[int, int]] = []
        entities: list[Entity] = []
        for start, end, label in candidates:  # rules come first and win overlaps
            if _overlaps((start, end), taken):
                continue
            taken.append((start, end))
            entities.append(Entity(id="", text=text[start:end], label=label, start=start, end=end))

        for t in find_time_expressions(text, report.document.published):
            if _overlaps((t.start, t.end), taken):
                continue
            taken.append((t.start, t.end))
            when = When(start=t.date_start, end=t.date_end, precision=t.precision, text=t.text,
                        span=report.span(t.start, t.end))
            entities.append(Entity(id="", text=t.text, label="DATE", start=t.start, end=t.end, when=when))
        for c in find_counts(text):
            inside = [e for e in entities if c.start <= e.start and e.end <= c.end]
            if inside and all(e.label == "NORP" for e in inside):
                # "Three Ukrainian soldiers": the nationality is a modifier of the count, which wins.
                entities = [e for e in entities if e not in inside]
                taken = [t for t in taken if not any((e.start, e.end) == t for e in inside)]
            if _overlaps((c.start, c.end), taken):
                continue
            taken.append((c.start, c.end))
            count = Count(best=c.best, low=c.low, high=c.high, text=c.text, span=report.span(c.start, c.end))
            entities.append(Entity(id="", text=c.text, label="QUANTITY", start=c.start, end=c.end, count=count))

        entities.sort(key=lambda e: (e.start, e.end))
        for i, entity in enumerate(entities, 1):
            entity.id = f"e{i}"
        report.entities = entities
        return work


@component("nlp", assigns=("doc", "sentences", "entities"), per_language=True)
def make_nlp(settings: Settings, resources: dict[str, Any]) -> Stage:
    """spaCy parse plus corrected entities (places, outlets, units, dates, counts)."""
    return NlpStage(settings, resources)
