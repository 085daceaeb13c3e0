"""Stage ``nlp`` for Russian: sentences, Slovnet NER corrected by rules, dates, counts and lemmas.

natasha's Slovnet tagger gives PER/LOC/ORG; the pack's rules (``entities.toml``, ``outlets.toml``) come
first and win overlaps: outlets (any case form, Latin or Cyrillic, folded to one canonical name), units,
armed forces and ministries, nationality adjectives. Dates and counts come from the pack's own resolvers.
Inflected mentions get ``Entity.lemma``: people in the nominative ("Романа Мельникова" -> "Роман
Мельников"), places in the dictionary form the gazetteer knows ("под Макеевкой" -> "Макеевка", while
"Крынки" stays "Крынки", a town the lemmatiser would turn into "Крынка").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import razdel

from ... import resources as res
from ...models import Count, Entity, When
from ...pipeline.component import Work
from ...settings import Settings
from .dates import find_time_expressions
from .lexicon import entity_rules
from .models import lemma, natasha, parses
from .morph import LemmaText, name_nominative, place_lemma
from .numbers import find_counts

_MODEL_LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}
_QUOTES = "«»\"„“”'"
_LIST_BREAK = re.compile(r"\s*•\s*|\s+\(|\)\s*")
_WORD_BEFORE = re.compile(r"(?:(?P<adj>[А-ЯЁа-яё-]+)\s+)?(?P<head>[А-ЯЁа-яё-]+)\s+$")
_COUNTRY_BODY = re.compile(r"(?<![\w-])[а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)\s+(?P<head>[а-яё]+)")
_BODY_HEADS = frozenset({"правительство", "власть", "руководство", "мид", "министерство", "армия", "парламент",
                         "посольство", "сборная", "спецслужба", "разведка", "полиция", "флот", "командование",
                         "банк", "консульство", "минобороны", "генштаб"})
_STREET = re.compile(r"(?<![\w-])(?:улиц[аеуыи]|ул\.|проспект\w*|пр-т|переул\w*|бульвар\w*|набережн\w+|"
                     r"площад[ьиейю]\w*|проезд\w*)\s*$", re.IGNORECASE)
_STREET_LAST = re.compile(r"^[А-ЯЁ][а-яё-]+\s+(?:улиц[аеуыи]|набережн\w+|площад[ьиейю]\w*|проспект\w*|бульвар\w*|"
                          r"переул\w*|шоссе)$")
_SETTLEMENT = re.compile(r"(?<![\w-])(?:сел(?:о|а|е|у|ом)|пос[её]л(?:ок|ка|ке|ку|ком)|деревн(?:я|и|е|ю|ей)|пгт|"
                         r"хутор(?:а|е|у|ом)?|станиц(?:а|ы|е|у|ей)|город(?:а|е|у|ом)?|г\.)\s+"
                         r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*(?:\s+[А-ЯЁ][а-яё]+)?)")
# "обстрела Торецка", "удара по Кривому Рогу", "атаке дронов на Энергодар", "в районе Часова Яра": the word after
# an attack (or "под", "в районе") names a place when the gazetteer knows its dictionary form, whatever the tagger
# made of it (a person, or nothing).
_ATTACKED = re.compile(r"(?<![\w-])(?:[Оо]бстрел\w*|[Уу]дар\w*\s+по|[Аа]так\w*(?:\s+[а-яё]+){0,2}?\s+(?:на|по)|"
                       r"[Нн]ал[её]т\w*\s+на|[Пп]од|в\s+районе)\s+"
                       r"(?P<name>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:\s+[А-ЯЁ][а-яё]+)?)")
_HYPHEN_HEAD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+-$")
_PLACE_ABBREVIATIONS = {"ДНР", "ЛНР", "РФ", "США", "КНР", "ОАЭ", "ФРГ", "ЮАР", "КНДР", "ЦАР", "ХМАО", "ЯНАО", "ЗАТО"}
# "на Авдеевском направлении", "Бахмутский котёл", "Коченевского района": a front or district named after a town.
_TOWN_ADJECTIVE = re.compile(r"(?<![\w-])(?P<stem>[А-ЯЁ][а-яё]+?)(?:ск|цк)(?:ий|ого|ом|ому|им|ое|ая|ой|ую|ие|их)\s+"
                             r"(?:укрепрайон|направлени|район|котл|котёл|котел|плацдарм|выступ|округ)[а-яё]*")
# A front direction is often written lower-case ("на покровском направлении", "на красноармейском направлении"): the
# town it is named after all the same (only before "направление", where a lower-case adjective is no common one).
_DIRECTION = re.compile(r"(?<![\w-])(?P<stem>[а-яё]+?)(?:ск|цк)(?:ий|ого|ом|ому|им|ое|ая|ой|ую|ие|их)\s+"
                        r"направлени[а-яё]*")


@dataclass
class RuParse:
    """What the Russian ``nlp`` stage leaves in ``work.doc`` for the later Russian stages."""

    lemmas: LemmaText
    sentences: list[tuple[int, int]]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences by razdel, never across a line break (titles and paragraphs lack periods)."""
    out: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            for s in razdel.sentenize(line):
                out.append((at + s.start, at + s.stop))
        at += len(line) + 1
    return out


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)


def _strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _QUOTES + " ":
        start += 1
    while end > start and text[end - 1] in _QUOTES + " ":
        end -= 1
    return start, end


def rule_spans(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, label, canonical name) from the pack's rules, longest first where they overlap."""
    rules = entity_rules()
    found: list[tuple[int, int, str, str | None]] = []
    for m in rules.outlet_regex.finditer(text):
        found.append((m.start(), m.end(), "OUTLET", rules.alias_of(m)))
    for label, patterns in (("UNIT", rules.units), ("ORG", rules.orgs), ("NORP", rules.norp),
                            ("PLACE", rules.places)):
        for pattern in patterns:
            for m in pattern.finditer(text):
                start, end = _strip_quotes(text, m.start(), m.end()) if label != "UNIT" else m.span()
                found.append((start, end, label, None))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, str, str | None]] = []
    for item in found:
        if not _overlaps((item[0], item[1]), [(a, b) for a, b, _, _ in kept]):
            kept.append(item)
    return sorted(kept)


_SENTENCE_START = re.compile(r"(?:^|[.!?…»]\s+|\n\s*)$")
_NEXT_WORD = re.compile(r"\s+([а-яё]+)")


def _capital_adjective(text: str, start: int, end: int) -> bool:
    """A one-word "place" that opens a sentence and is an adjective agreeing with the lower-case noun after it
    ("Мирный житель", "Мирные жители"): the capital is the sentence's, not a name's."""
    word = text[start:end]
    after = _NEXT_WORD.match(text, end)
    if " " in word or after is None or not _SENTENCE_START.search(text[max(0, start - 3):start]):
        return False
    adjective = next((p for p in parses(word.lower()) if p.tag.POS == "ADJF"), None)
    noun = next((p for p in parses(after.group(1)) if p.tag.POS == "NOUN"), None)
    return (adjective is not None and noun is not None and adjective.tag.number == noun.tag.number
            and adjective.tag.case == noun.tag.case)


def _collective_number(word: str) -> bool:
    """"Семеро", "Двое", "Пятеро" opening a sentence: a collective numeral ("семеро военнослужащих"), no name."""
    found = parses(word.lower())
    return bool(found) and " " not in word and all(p.tag.POS == "NUMR" and "Coll" in p.tag for p in found)


def _inflection_of(word: str, full_names: dict[str, str]) -> str | None:
    """The nominative of a word of a full name told before that ``word`` is an inflection of: the two differ only
    in an ending of at most two letters after a stem of four or more ("Сороку" / "Сорока", "Ионова" / "Ионов")."""
    for written, nominative in full_names.items():
        stem = 0
        while stem < min(len(word), len(written)) and word[stem] == written[stem]:
            stem += 1
        if stem >= 4 and len(word) - stem <= 2 and len(written) - stem <= 2 and written[:1].isupper():
            return nominative
    return None


def _is_place_word(word: str) -> bool:
    return any("Geox" in p.tag for p in parses(word))


class RuNlpStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.resources = resources
        self._known_names: dict[str, bool] = {}

    def _known(self, name: str) -> bool:
        known = self._known_names.get(name)
        if known is None:
            try:
                known = bool(res.gazetteer(self.settings, self.resources).is_known(name))
            except Exception:  # noqa: BLE001 - a missing gazetteer only costs the lemma check
                known = False
            if len(self._known_names) > 50_000:
                self._known_names.clear()
            self._known_names[name] = known  # place names repeat from one report to the next
        return known

    @staticmethod
    def bodies_of_places(text: str, entities: list[Entity]) -> list[Entity]:
        """ORG entities for "правительство Грузии", "мэрии Москвы", "сборной Бразилии": a body of a place, named
        by a head noun right before the place. The place stays an entity of its own inside the organisation
        (the one nesting the pack allows), so it still resolves; "Кипрское правительство" (a place-adjective the
        tagger calls a place) becomes one organisation."""
        heads = entity_rules().org_heads
        found: list[Entity] = []
        for e in list(entities):
            if e.label not in ("PLACE", "ORG", "OUTLET"):
                continue
            m = _WORD_BEFORE.search(text, max(0, e.start - 60), e.start)
            if m is not None and lemma(m.group("head")).replace("ё", "е") in heads:
                start = m.start("head")
                adj = m.group("adj")
                if adj and any(p.tag.POS in ("ADJF", "PRTF") for p in parses(adj)[:1]):
                    start = m.start("adj")
                found.append(Entity(id="", text=text[start:e.end], label="ORG", start=start, end=e.end))
                continue
            after = re.match(r"\s+([а-яё-]+)", text[e.end:e.end + 30])
            adjective = " " not in e.text and any(p.tag.POS == "ADJF" for p in parses(e.text)[:1])
            if after and e.label == "PLACE" and adjective and lemma(after.group(1)).replace("ё", "е") in heads:
                e.label = "ORG"  # "Кипрское правительство"
                e.end = e.end + after.end()
                e.text = text[e.start:e.end]
                e.lemma = None
        # "американских властей", "российская армия": a country adjective and a head noun; a nationality word
        # inside stays an entity of its own.
        taken = [(e.start, e.end) for e in entities if e.label != "NORP"]
        for m in _COUNTRY_BODY.finditer(text):
            if lemma(m.group("head")).replace("ё", "е") in _BODY_HEADS and not _overlaps(m.span(), taken):
                found.append(Entity(id="", text=m.group(), label="ORG", start=m.start(), end=m.end()))
        return found

    @staticmethod
    def _towns(stem: str, adjective: str) -> list[str]:
        """Towns an adjective may come from: Авдеевский -> Авдеевка, Покровский -> Покровск, Бахмутский -> Бахмут."""
        consonant = "ц" if "цк" in adjective else "с"
        return [stem + "ка", stem + consonant + "к", stem, stem + "о", stem + "е", stem + "а", stem + "ы", stem + "и"]

    def model_spans(self, text: str) -> list[tuple[int, int, str]]:
        markup = natasha(self.resources).ner(text)
        pieces: list[tuple[int, int, str]] = []
        for span in markup.spans:
            # The tagger runs lists and glosses together: "Туркмения • Уганда", "Юрген Клинсман (Jürgen Klinsmann)".
            at = span.start
            for part in _LIST_BREAK.split(text[span.start:span.stop]):
                offset = text.index(part, at) if part else at
                pieces.append((offset, offset + len(part), span.type))
                at = offset + len(part)
        out = []
        for p_start, p_end, kind in pieces:
            label = _MODEL_LABELS.get(kind)
            if label is None:
                continue
            start, end = _strip_quotes(text, p_start, p_end)
            if start >= end:
                continue
            joined = _HYPHEN_HEAD.search(text, max(0, start - 30), start)
            if joined is not None:
                start = joined.start()  # "Центрально-Городской район": the tagger starts after the hyphen
            if label == "ORG" and " " not in text[start:end] and (
                    _is_place_word(text[start:end]) or self._known(text[start:end])):
                label = "PLACE"  # "глава Журавлёвки": a village the tagger reads as an organisation
            if label == "ORG" and text[start:end] in entity_rules().not_orgs:
                continue
            if label == "PLACE" and text[start:end].isupper() and text[start:end] not in _PLACE_ABBREVIATIONS:
                label = "ORG"  # "СНГ", "НАТО": unions of states, not places to put an incident on
            if label == "PLACE" and _capital_adjective(text, start, end):
                continue  # "Мирный житель погиб": a sentence's first word, an adjective before its noun
            if label == "PLACE" and _collective_number(text[start:end]):
                continue  # "Семеро военных покинули часть": a count the tagger took for a place
            out.append((start, end, label))
        return out

    def _attacked_places(self, text: str, entities: list[Entity], taken: list[tuple[int, int]]) -> list[Entity]:
        """A known place after an attack word replaces a person the tagger read there, or fills a gap it left."""
        for m in _ATTACKED.finditer(text):
            name = m.group("name")
            words = name.split()
            for n in (len(words), 1) if len(words) > 1 else (1,):
                surface = " ".join(words[:n])
                span = (m.start("name"), m.start("name") + len(surface))
                overlapping = [e for e in entities if e.start < span[1] and span[0] < e.end]
                if any(e.label != "PERSON" or (e.start, e.end) != span for e in overlapping):
                    continue
                form = place_lemma(surface, self._known) or surface
                if not self._known(form):
                    continue
                entities = [e for e in entities if e not in overlapping]
                taken[:] = [t for t in taken if not (t[0] < span[1] and span[0] < t[1])]
                taken.append(span)
                entities.append(Entity(id="", text=surface, label="PLACE", start=span[0], end=span[1],
                                       lemma=form if form != surface else None))
                break
        return entities

    def entities(self, text: str, published: Any) -> list[Entity]:
        entities: list[Entity] = []
        taken: list[tuple[int, int]] = []
        for start, end, label, canonical in rule_spans(text):
            taken.append((start, end))
            if label == "PLACE":
                canonical = place_lemma(text[start:end], self._known)
            entities.append(Entity(id="", text=text[start:end], label=label, start=start, end=end,
                                   lemma=canonical if canonical and canonical != text[start:end] else None))
        full_names: dict[str, str] = {}  # a word of a full name as written -> its nominative
        for m in [*_TOWN_ADJECTIVE.finditer(text), *_DIRECTION.finditer(text)]:
            if _overlaps(m.span(), taken):
                continue
            stem = m.group("stem")[:1].upper() + m.group("stem")[1:]
            town = next((f for f in self._towns(stem, text[m.start():m.end()]) if self._known(f)), None)
            if town is not None:
                taken.append(m.span())
                entities.append(Entity(id="", text=m.group(), label="PLACE", start=m.start(), end=m.end(),
                                       lemma=town))
        for start, end, label in self.model_spans(text):
            if _overlaps((start, end), taken):
                continue
            taken.append((start, end))
            surface = text[start:end]
            lemma = None
            if label == "PERSON":
                words = surface.split()
                if len(words) == 1 and surface in full_names:
                    lemma = full_names[surface]  # "Белова" after "Екатерина Белова"
                elif len(words) == 1 and (earlier := _inflection_of(surface, full_names)) is not None:
                    lemma = earlier  # "Сороку" after "Юрий Сорока": the case ending the tagger's nominative missed
                else:
                    nominative = name_nominative(words)
                    lemma = " ".join(nominative)
                    if len(words) > 1:
                        full_names.update(zip(words, nominative, strict=True))
                        full_names.update((n, n) for n in nominative)
            elif label == "PLACE":
                lemma = place_lemma(surface, self._known)
            entities.append(Entity(id="", text=surface, label=label, start=start, end=end,
                                   lemma=lemma if lemma and lemma != surface else None))
        # "у улицы Химушина", "на проспекте Победы": a street's name, whatever the tagger read, is no settlement
        # ("на Фрунзенской набережной в Москве", "на Болотной площади": the street's word after its name)
        entities = [e.model_copy(update={"label": "MISC", "lemma": None})
                    if e.label == "PLACE" and (_STREET.search(text, max(0, e.start - 20), e.start)
                                               or _STREET_LAST.search(e.text)) else e
                    for e in entities]
        for m in _SETTLEMENT.finditer(text):
            # "под селом Вербовое", "в посёлке Коченёво": the word for a settlement names the next word a place
            # (unless the tagger read a person there: "глава посёлка Иван Сорокин").
            span = (m.start("name"), m.end("name"))
            overlapping = [e for e in entities if e.start < span[1] and span[0] < e.end]
            if " " in m.group("name") and overlapping and all(e.start > span[0] for e in overlapping):
                # "хутора Масычево Грайворонского округа": the second word opens the district after the name
                span = (span[0], span[0] + m.group("name").index(" "))
                overlapping = [e for e in entities if e.start < span[1] and span[0] < e.end]
            if any(e.label in ("PERSON", "PLACE", "OUTLET", "UNIT") for e in overlapping):
                continue
            entities = [e for e in entities if e not in overlapping]
            taken = [t for t in taken if not (t[0] < span[1] and span[0] < t[1])]
            taken.append(span)
            name = text[span[0]:span[1]]
            entities.append(Entity(id="", text=name, label="PLACE", start=span[0], end=span[1],
                                   lemma=place_lemma(name, self._known)))
        entities = self._attacked_places(text, entities, taken)
        entities.extend(self.bodies_of_places(text, entities))
        for t in find_time_expressions(text, published):
            if _overlaps((t.start, t.end), taken):
                continue
            taken.append((t.start, t.end))
            when = When(start=t.date_start, end=t.date_end, precision=t.precision,
                        text=t.text)
            entities.append(Entity(id="", text=t.text, label="DATE", start=t.start, end=t.end, when=when))
        for c in find_counts(text):
            if _overlaps((c.start, c.end), taken):
                inside = [e for e in entities if c.start <= e.start and e.end <= c.end]
                if not inside or any(e.label != "NORP" for e in inside):
                    continue
                # "двое российских военных": the nationality is a modifier of the count, which wins.
                entities = [e for e in entities if e not in inside]
                taken = [s for s in taken if not any((e.start, e.end) == s for e in inside)]
            taken.append((c.start, c.end))
            count = Count(best=c.best, low=c.low, high=c.high, text=c.text)
            entities.append(Entity(id="", text=c.text, label="QUANTITY", start=c.start, end=c.end, count=count))
        entities.sort(key=lambda e: (e.start, e.end))
        for i, entity in enumerate(entities, 1):
            entity.id = f"e{i}"
        return entities

    def __call__(self, work: Work) -> Work:
        report = work.report
        text = report.document.text
        sentences = split_sentences(text)
        work.scratch["sentences"] = sentences
        entities = self.entities(text, report.document.published)
        for e in entities:
            if e.when is not None:
                e.when.span = report.span(e.start, e.end)
            if e.count is not None:
                e.count.span = report.span(e.start, e.end)
        report.entities = entities
        work.doc = RuParse(lemmas=LemmaText.of(text), sentences=sentences)
        return work


_WORDS = re.compile(r"\w+")


def make_nlp(settings: Settings, resources: dict[str, Any]) -> RuNlpStage:
    """Slovnet NER plus the pack's rules, dates, counts and lemmas."""
    return RuNlpStage(settings, resources)
