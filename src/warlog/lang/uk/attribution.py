"""Stage ``attribution`` for Ukrainian: quotes and reported speech by cue patterns (no parser).

Constructions: «...», — каже/сказав/написав X; X: «...»; «...» after "за словами X"; "За словами X, ...",
"За даними X, ...", "Як повідомляє X, ..."; "X повідомив, що ...", "X пише: ..."; "..., — повідомив X";
"Про це повідомила пресслужба ДСНС" (the statement is the sentences before it in the paragraph).
Chains: "агентству «Інтерфакс-Україна»", "в ефірі «Апостроф TV»" (interviewer), "з посиланням на Укрінформ"
(reporter), "у Telegram" (medium). Hedges ("нібито", "за неперевіреними даними") come from the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ...attribution.chains import SourceContext, build_chain
from ...models import Claim, Cue, Entity, Quote, Speaker
from ...pipeline.component import Work
from ...settings import Settings
from . import morph
from .lexicon import by_name, load

_SPEAKER_LABELS = ("PERSON", "ORG", "OUTLET", "UNIT")
_KIND = {"PERSON": "person", "ORG": "organization", "OUTLET": "outlet", "UNIT": "group"}
_NAME = r"«?(?P<name>(?-i:[A-ZА-ЯІЇЄҐ@])[\w.'’@-]*(?:\s+(?:(?-i:[A-ZА-ЯІЇЄҐ])[\w.'’-]*|TV|ТВ)){0,3})»?"
_QUOTE = re.compile(r"«([^«»]+)»|“([^“”]+)”|\"([^\"\n]+)\"")
_HEADLINE_TAIL = re.compile(r",?\s[—–]\s+(?P<tail>[^—–«»,.!?:;\n]{1,60}?)\s*$")
_ABOUT_EVENT = re.compile(r"\s*Про\s+(?!це\b|цю\b|ці\b|те\b)[^,:;«»\n]{6,}?\s+"
                          r"(?P<verb>(?:повідоми|заяви|розповіл|написа|поінформува|інформува)\w*|розповів)\s+(?=\S)")
_CAPTIVE = frozenset({"полонений", "військовополонений"})
_POSSESSIVE = re.compile(r"(?<=\s)(?:його|її|їхніми)(?=\s)", re.I)


@dataclass(frozen=True)
class Hedge:
    cue: str
    status: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class UkAttributionLexicon:
    speech: frozenset[str]
    denial: frozenset[str]
    according: re.Pattern[str]
    not_a_source: frozenset[str]
    about_this: re.Pattern[str]
    pronouns: frozenset[str]
    person_nouns: frozenset[str]
    generic: frozenset[str]
    org_anaphora: frozenset[str]
    message_nouns: frozenset[str]
    source_line: re.Pattern[str]
    media: tuple[tuple[re.Pattern[str], str], ...]
    chains: tuple[tuple[str, re.Pattern[str]], ...]
    hedges: tuple[Hedge, ...]


# A qualifier inside "за ... даними X" ("за попередньою інформацією центру", "за уточненими даними поліції").
_QUALIFIER = r"(?:(?:попередн|наявн|уточнен|офіційн|останн|оновлен|первинн|неофіційн)\w*\s+)?"


def _hedge_regex(cue: str) -> re.Pattern[str]:
    """Words of a hedge in order, up to three words between them ("незалежно підтвердити ці дані неможливо")."""
    between = r"(?:\s+[\w'’]+){0,3}\s+"
    return re.compile(r"(?<!\w)" + between.join(re.escape(w) for w in cue.split()) + r"(?!\w)", re.I)


@cache
def lexicon() -> UkAttributionLexicon:
    raw = load("attribution")
    speech = {f.lower() for lemma in raw["speech_verbs"] for f in morph.forms(lemma)}
    denial = {f.lower() for lemma in raw["denial_verbs"] for f in morph.forms(lemma)}
    # ("за її словами", "за попередньою інформацією центру": a possessive or a qualifier between the words)
    according = "|".join(re.escape(a).replace(r"\ ", r"\s+(?:(?:його|її|їхніми)\s+)?" + _QUALIFIER, 1)
                         if a.startswith("за ")
                         else re.escape(a) for a in sorted(raw["according"], key=len, reverse=True))
    return UkAttributionLexicon(
        speech=frozenset(speech | denial), denial=frozenset(denial),
        according=re.compile(rf"(?<!\w)(?:{according})(?!\w)", re.I),
        not_a_source=frozenset(raw["not_a_source"]), about_this=re.compile(raw["about_this"]),
        pronouns=frozenset(raw["pronouns"]), person_nouns=frozenset(raw["person_nouns"]),
        generic=frozenset(raw["generic_speakers"]),
        org_anaphora=frozenset(raw["org_anaphora"]), message_nouns=frozenset(raw["message_nouns"]),
        source_line=re.compile(raw["source_line"]),
        media=tuple((re.compile(rf"(?<!\w){re.escape(k)}(?!\w)", re.I), v) for k, v in raw["media"].items()),
        chains=tuple((c["role"], re.compile(c["pattern"].replace("{NAME}", _NAME), re.I)) for c in raw["chain"]),
        hedges=tuple(Hedge(h["cue"], h["status"], _hedge_regex(h["cue"])) for h in raw["hedge"]),
    )


@dataclass
class _Draft:
    start: int
    end: int
    kind: str
    cue: Cue | None
    speaker: Speaker | None
    context_span: tuple[int, int]
    denied: bool = False
    extra_context: list[tuple[int, int]] = field(default_factory=list)


def _is_name(quoted: str) -> bool:
    words = quoted.split()
    return 0 < len(words) <= 3 and quoted.strip()[:1].isupper() and not re.search(r"[.!?,:]", quoted)


def _canonical(entity: Entity) -> str:
    if entity.label in ("ORG", "OUTLET", "UNIT"):
        name = entity.lemma or entity.text
        org = by_name().get(name.casefold())
        if org is not None and entity.text.casefold() == org.latin.casefold():
            return org.latin  # "— ASTRA": an outlet's Latin brand, as the text writes it
        return org.name if org else name
    return entity.lemma or entity.text


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:—–-\"“”«»\n":
        start += 1
    while end > start and text[end - 1] in " ,;:.—–-\n":
        end -= 1
    return start, end


class UkAttributionStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings
        self.lex = lexicon()

    # -- speakers --------------------------------------------------------------------------------------------

    def _speaker_entity(self, entities: list[Entity], start: int, end: int, prefer_person: bool = True
                        ) -> Entity | None:
        inside = [e for e in entities if start <= e.start and e.end <= end and e.label in _SPEAKER_LABELS]
        if not inside:
            return None
        order = ("PERSON", "OUTLET", "ORG", "UNIT") if prefer_person else ("OUTLET", "PERSON", "ORG", "UNIT")
        for label in order:
            chosen = [e for e in inside if e.label == label]
            if chosen:
                return chosen[0]
        return inside[0]

    def _speaker(self, text: str, entities: list[Entity], start: int, end: int, before: int,
                 prefer_person: bool = True, previous: Speaker | None = None) -> Speaker | None:
        """The speaker named in text[start:end]: an entity, or a pronoun / 'відомство' resolved backwards, or the
        message ("ідеться в повідомленні") of the ``previous`` speaker."""
        entity = self._speaker_entity(entities, start, end, prefer_person)
        if entity is not None:
            description = text[start:entity.start].strip(" ,—–-") or None
            return Speaker(text=entity.text, name=_canonical(entity), start=entity.start, end=entity.end,
                           kind=_KIND[entity.label], description=description)
        # "— написав він у телеграмі": the pronoun itself, before the modifier-and-noun reading below
        first = re.match(r"\s*(?:[—–-]\s*)?([\w'’]+)", text[start:end])
        m = re.match(r"\s*(?:[—–-]\s*)?(?:(?:в|у|на)\s+)?(?:\w+\s+)?([\w'’]+)", text[start:end])
        if first is not None and (first.group(1).lower() in self.lex.pronouns
                                  or morph.lemma(first.group(1).lower()) in _CAPTIVE | self.lex.person_nouns):
            m = first  # "Полонений росіянин розповів": the captive; "— зазначив очільник області": the official
        if not m:
            return None
        word = m.group(1).lower()
        lemma = morph.lemma(word)
        labels: tuple[str, ...]
        if lemma in self.lex.message_nouns:
            if previous is None:
                return None
            return Speaker(text=previous.text, name=previous.name, start=previous.start, end=previous.end,
                           kind=previous.kind, description=previous.description)
        if word in self.lex.pronouns:
            labels = ("PERSON",) if word in {"він", "вона", "його", "її"} else _SPEAKER_LABELS
        elif lemma in self.lex.org_anaphora:
            labels = ("ORG", "OUTLET", "UNIT")
        elif lemma in self.lex.generic:
            return Speaker(text=m.group(1), name=lemma, start=start + m.start(1), end=start + m.end(1), kind="group")
        elif lemma in self.lex.person_nouns:
            # "— каже жінка": the woman the story last named, else the noun itself
            named = [e for e in entities if e.end <= before and e.label == "PERSON"]
            name = _canonical(named[-1]) if named else lemma
            return Speaker(text=m.group(1), name=name, start=start + m.start(1), end=start + m.end(1),
                           kind="person")
        else:
            return None
        earlier = [e for e in entities if e.end <= before and e.label in labels]
        if not earlier:
            return None
        e = earlier[-1]
        return Speaker(text=m.group(1), name=_canonical(e), start=start + m.start(1), end=start + m.end(1),
                       kind=_KIND[e.label])

    def _verb_at(self, word: str) -> bool:
        return word.lower() in self.lex.speech

    # -- context ---------------------------------------------------------------------------------------------

    def _context(self, text: str, spans: list[tuple[int, int]], quoted: list[tuple[int, int]],
                 entities: list[Entity]) -> SourceContext:
        ctx = SourceContext()
        for a, b in spans:
            sentence = text[a:b]

            def outside(pos: int, base: int = a) -> bool:
                return not any(qa <= base + pos < qb for qa, qb in quoted)

            for regex, medium in self.lex.media:
                m = regex.search(sentence)
                if m and outside(m.start()) and ctx.medium is None:
                    ctx.medium = medium
            for role, regex in self.lex.chains:
                for m in regex.finditer(sentence):
                    name = m.group("name")
                    entity = next((e for e in entities if a + m.start("name") <= e.start < a + m.end("name") + 1
                                   and e.label in _SPEAKER_LABELS), None)
                    if entity is not None:
                        name = _canonical(entity)
                    if role == "interviewer" and ctx.interviewer is None:
                        ctx.interviewer = name
                    elif role == "reporter" and ctx.reporter is None:
                        ctx.reporter = name
                    elif role == "releaser" and ctx.releaser is None:
                        ctx.releaser = name
            for hedge in self.lex.hedges:
                for m in hedge.regex.finditer(sentence):
                    if outside(m.start()) and hedge.cue not in ctx.hedges:
                        ctx.hedges.append(hedge.cue)
        return ctx

    # -- the stage -------------------------------------------------------------------------------------------

    def __call__(self, work: Work) -> Work:
        report = work.report
        if work.doc is None:
            return work
        text = report.document.text
        entities = report.entities
        sentences: list[tuple[int, int]] = work.scratch["sentences"]
        # «Київському диспетчеру», «Епіцентр»: a short capitalised name in quote marks is a name, not a quote.
        marks = [(m.start(), m.end(), m.start() + 1, m.end() - 1) for m in _QUOTE.finditer(text)
                 if not _is_name(m.group()[1:-1])]
        marks = sorted(marks + _collapsed_opening(text))
        quoted = [(a, b) for a, b, _, _ in marks]
        drafts: list[_Draft] = []
        last_direct: _Draft | None = None
        for index, (s_start, s_end) in enumerate(sentences):
            for outer_start, outer_end, q_start, q_end in marks:
                if not s_start <= outer_start < s_end:
                    continue
                # whom the story last attributed words to, nearby ("— ідеться в повідомленні" is theirs)
                previous = next((d.speaker for d in reversed(drafts) if d.speaker is not None
                                 and d.end <= outer_start and text.count("\n", d.end, outer_start) <= 1), None)
                draft = self._direct(text, entities, sentences, index, outer_start, outer_end, q_start, q_end,
                                     last_direct, previous)
                if draft is not None:
                    drafts.append(draft)
                    last_direct = draft
            drafts.extend(self._indirect(text, entities, sentences, index, quoted))
        report.quotes = self._finish(drafts, text, sentences, quoted, entities, report.document.outlet)
        report.claims = [
            Claim(id=f"c{i}", text=q.text, start=q.start, end=q.end, claimant=q.speaker.name if q.speaker else None,
                  chain=q.chain, status=q.status, quote_id=q.id)
            for i, q in enumerate(report.quotes, 1)
        ]
        return work

    def _direct(self, text: str, entities: list[Entity], sentences: list[tuple[int, int]], index: int,
                outer_start: int, outer_end: int, q_start: int, q_end: int,
                last_direct: _Draft | None, previous: Speaker | None = None) -> _Draft | None:
        s_start, s_end = sentences[index]
        n_words = len(text[q_start:q_end].split())
        # «...», — сказав він / — ідеться в дописі відомства / — пояснив Волошин
        after_end = s_end if s_end > outer_end else min(len(text), outer_end + 150)
        nl = text.find("\n", outer_end)
        if nl != -1:
            after_end = min(after_end, nl)
        after = text[outer_end:after_end]
        m = re.match(r"[,.!?]?\s*[—–-]\s*(?:(?P<pre>[\w'’ -]{0,60}?)\s+)?(?P<verb>[\w'’]+)", after)
        verb = None
        if m and self._verb_at(m.group("verb")):
            verb = m
        elif m:
            for w in re.finditer(r"[\w'’]+", after[:120]):
                if self._verb_at(w.group()):
                    verb = re.match(r"[,.!?]?\s*[—–-]\s*(?P<pre>.*?)(?P<verb>" + re.escape(w.group()) + ")", after)
                    break
        if verb is not None:
            v_start, v_end = outer_end + verb.start("verb"), outer_end + verb.end("verb")
            cue = Cue(text=text[v_start:v_end], start=v_start, end=v_end)
            pre = verb.group("pre") or ""
            speaker = None
            if pre.strip():
                speaker = self._speaker(text, entities, outer_end + verb.start("pre"), v_start, outer_start)
            if speaker is None:
                end = text.find(".", v_end, after_end)
                speaker = self._speaker(text, entities, v_end, end if end != -1 else after_end, outer_start,
                                        previous=previous)
            kind = "direct" if n_words > 3 else "mixed"
            # A quote of several sentences: its cue's sentence ("— написав він у телеграмі") is its context too.
            cue_end = next((b for a, b in sentences[index:] if a <= v_end <= b), s_end)
            return _Draft(q_start, q_end, kind, cue, speaker, (s_start, max(s_end, cue_end)),
                          denied=cue.text.lower() in self.lex.denial)
        # X: «...» / X сказав: «...»
        before = text[s_start:outer_start]
        if before.rstrip().endswith(":"):
            speaker = self._speaker(text, entities, s_start, outer_start, outer_start, prefer_person=True)
            if speaker is not None:
                return _Draft(q_start, q_end, "direct" if n_words > 3 else "mixed", None, speaker, (s_start, s_end))
        # "терористичний акт": a short quote in a sentence whose subject speaks ("подає її як «...»").
        if n_words <= 3:
            speaker = self._speaker(text, entities, s_start, outer_start, outer_start, prefer_person=False)
            if speaker is not None and any(self._verb_at(w) or w.startswith(("пода", "назива", "назв"))
                                           for w in re.findall(r"[\w'’]+", before.lower())):
                return _Draft(q_start, q_end, "mixed", None, speaker, (s_start, s_end))
            return None
        acc = self.lex.according.search(text, s_start, s_end)
        if acc is not None:
            speaker = self._speaker(text, entities, acc.end(), text.find(",", acc.end(), s_end) % (s_end + 1),
                                    outer_start)
            if speaker is not None:
                return _Draft(q_start, q_end, "direct", None, speaker, (s_start, s_end))
        if last_direct is not None and last_direct.speaker is not None:
            gap = text[last_direct.end:outer_start]
            rest = text[outer_end:s_end].strip(" .,;:!?\n»")
            if not rest and gap.count("\n") <= 2 and len(gap) < 300:
                return _Draft(q_start, q_end, "direct", None, last_direct.speaker, (s_start, s_end))
        return None

    def _indirect(self, text: str, entities: list[Entity], sentences: list[tuple[int, int]], index: int,
                  quoted: list[tuple[int, int]]) -> list[_Draft]:
        s_start, s_end = sentences[index]
        sentence = text[s_start:s_end]
        drafts: list[_Draft] = []

        def in_quote(pos: int) -> bool:
            return any(a <= pos < b for a, b in quoted)

        # A headline that names its source after a dash at its end ("... здалися в полон — Генштаб", "..., — ОВА"):
        # the headline is that source's statement.
        tail = _HEADLINE_TAIL.search(sentence) if index == 0 and not text[s_end:s_end + 1].strip() else None
        if tail is not None and len(tail.group("tail").split()) <= 5:
            entity = self._speaker_entity(entities, s_start + tail.start("tail"), s_end)
            if entity is not None and entity.start == s_start + tail.start("tail"):
                speaker = self._speaker(text, entities, entity.start, entity.end, entity.start)
                start, end = _trim(text, s_start, s_start + tail.start())
                if speaker is not None and end - start >= 8:
                    drafts.append(_Draft(start, end, "indirect", None, speaker, (s_start, s_end)))
                    return drafts
        # "Про це повідомила пресслужба ДСНС": the paragraph's earlier sentences are the statement.
        if self.lex.about_this.match(sentence) and index > 0:
            verb = next((w for w in re.finditer(r"[\w'’]+", sentence) if self._verb_at(w.group())), None)
            if verb is not None:
                v_end = s_start + verb.end()
                cut = re.search(r",\s*(?:передає|пише|повідомляє|інформує)\b", sentence[verb.end():])
                stop = v_end + cut.start() if cut else s_end
                speaker = self._speaker(text, entities, v_end, stop, s_start)
                paragraph_start = text.rfind("\n", 0, s_start) + 1
                first = index
                while first > 0 and sentences[first - 1][0] >= paragraph_start:
                    first -= 1
                if first == index:
                    # A closing line of its own ("Про це повідомила ОВА.") covers the post back to its start,
                    # or to the previous such line.
                    first = index - 1
                    while first > 0 and not self.lex.about_this.match(text[sentences[first - 1][0]:
                                                                           sentences[first - 1][1]]):
                        first -= 1
                    if first < index - 1 and first == 0 and "\n" in text[sentences[0][1]:sentences[1][0]]:
                        first = 1  # not the headline
                start, end = _trim(text, sentences[first][0], sentences[index - 1][1])
                if speaker is not None and end > start and not any(a <= start and end <= b for a, b in quoted):
                    cue = Cue(text=verb.group(), start=s_start + verb.start(), end=v_end)
                    drafts.append(_Draft(start, end, "indirect", cue, speaker, (s_start, s_end),
                                         denied=verb.group().lower() in self.lex.denial))
            return drafts
        # "Про загибель трьох людей у Дніпрі повідомив міський голова": what the sentence opens with is the statement.
        about = _ABOUT_EVENT.match(sentence)
        if about is not None and not in_quote(s_start):
            v_start, v_end = s_start + about.start("verb"), s_start + about.end("verb")
            speaker = self._speaker(text, entities, v_end, s_end, v_start)
            start, end = _trim(text, s_start, v_start)
            if speaker is not None and end - start >= 8:
                cue = Cue(text=about.group("verb"), start=v_start, end=v_end)
                return [_Draft(start, end, "indirect", cue, speaker, (s_start, s_end))]
        # "За словами X, ..." / "..., за даними X."
        for acc in self.lex.according.finditer(sentence):
            a_start = s_start + acc.start()
            if in_quote(a_start):
                continue
            after = text[s_start + acc.end():s_end]
            first_word = re.match(r"\s*([\w'’]+)", after)
            if first_word and first_word.group(1).lower() in self.lex.not_a_source:
                continue
            comma = after.find(",")
            np_end = s_start + acc.end() + (comma if comma != -1 else len(after))
            speaker = self._speaker(text, entities, s_start + acc.end(), np_end, a_start, prefer_person=False)
            pro = _POSSESSIVE.search(acc.group())
            if pro is not None:  # "За її словами, ...": the pronoun is the source, not what follows the phrase
                speaker = self._speaker(text, entities, a_start + pro.start(), a_start + pro.end(), a_start)
            if speaker is None:
                continue
            if not text[s_start:a_start].strip(" «\"“"):
                start, end = _trim(text, np_end, s_end)
            else:
                start, end = _trim(text, s_start, a_start)
            if end - start >= 8:
                cue = Cue(text=acc.group(), start=a_start, end=s_start + acc.end())
                drafts.append(_Draft(start, end, "indirect", cue, speaker, (s_start, s_end)))
        if drafts:
            return drafts
        # Verb cues outside quotes.
        for w in re.finditer(r"[\w'’]+", sentence):
            v_start, v_end = s_start + w.start(), s_start + w.end()
            if in_quote(v_start) or not self._verb_at(w.group()):
                continue
            rest = text[v_end:s_end]
            that = re.match(r"\s*(?:[^,:]{0,40}?)(?:,\s*що|:)\s*", rest)
            cue = Cue(text=w.group(), start=v_start, end=v_end)
            denied = w.group().lower() in self.lex.denial or bool(re.search(r"\bне\s+$", text[v_start - 4:v_start]))
            if that is not None and v_end + that.end() < s_end:
                # "Sota пише, що ...", "X заявив: ..."
                speaker = self._speaker(text, entities, max(s_start, v_start - 60), v_start, v_start)
                if speaker is None:
                    speaker = self._speaker(text, entities, v_end, v_end + that.start() + 1 + len(that.group()),
                                            v_start)
                start, end = _trim(text, v_end + that.end(), s_end)
                if speaker is not None and end - start >= 8 and not in_quote(start):
                    drafts.append(_Draft(start, end, "indirect", cue, speaker, (s_start, s_end), denied))
                break
            before = text[s_start:v_start]
            dash = re.search(r"[,]\s*(?:[—–-]\s*)?$", before) or re.search(r",\s*[—–-]\s*(?:\w+\s+){0,6}$", before)
            if dash is not None:
                # "Загинув 54-річний чоловік, повідомив у Telegram голова ОВА Олександр Прокудін."
                speaker = self._speaker(text, entities, v_end, s_end, v_start)
                start, end = _trim(text, s_start, s_start + dash.start())
                if speaker is not None and end - start >= 8 and not any(a < end and start < b for a, b in quoted):
                    drafts.append(_Draft(start, end, "indirect", cue, speaker, (s_start, s_end), denied))
                break
        # "..., — речник ВМС Дмитро Плетенчук в ефірі «Апостроф TV»." (no verb)
        if not drafts:
            m = re.search(r",\s*[—–]\s+", sentence)
            if m and not in_quote(s_start + m.start()):
                speaker = self._speaker(text, entities, s_start + m.end(), s_end, s_start + m.start())
                start, end = _trim(text, s_start, s_start + m.start())
                if (speaker is not None and speaker.kind == "person" and len(text[start:end].split()) >= 4
                        and not any(a < end and start < b for a, b in quoted)):
                    drafts.append(_Draft(start, end, "indirect", None, speaker, (s_start, s_end)))
        return drafts

    def _finish(self, drafts: list[_Draft], text: str, sentences: list[tuple[int, int]],
                quoted: list[tuple[int, int]], entities: list[Entity], outlet: str | None) -> list[Quote]:
        alleged = {h.cue for h in self.lex.hedges if h.status == "alleged"}
        by_speaker: dict[str, SourceContext] = {}  # a speaker keeps the channel he was first quoted through
        for a, b in sentences:
            line = self.lex.source_line.match(text, a, b)
            speaker = self._speaker(text, entities, line.end(), b, a) if line else None
            if speaker is not None:  # "Джерело: голова ОВА Сергій Лисак у Telegram."
                ctx = self._context(text, [(a, b)], quoted, entities)
                if not ctx.empty():
                    by_speaker.setdefault(speaker.name.split()[-1], ctx)
        quotes: list[Quote] = []
        seen: set[tuple[int, int]] = set()
        for d in sorted(drafts, key=lambda x: (x.start, x.end)):
            if (d.start, d.end) in seen:
                continue
            seen.add((d.start, d.end))
            spans = [d.context_span]
            if d.kind == "indirect":
                spans.append((d.start, d.end))
            ctx = self._context(text, spans, quoted, entities)
            if d.kind == "indirect":
                for h in self.lex.hedges:
                    if h.regex.search(text, d.start, d.end) and h.cue not in ctx.hedges:
                        ctx.hedges.append(h.cue)
            if d.speaker is not None:
                key = d.speaker.name.split()[-1]
                known = by_speaker.get(key)
                if known is None and not ctx.empty():
                    by_speaker[key] = ctx
                elif known is not None:
                    ctx.fill_from(known)
            status = "denied" if d.denied else "alleged" if any(h in alleged for h in ctx.hedges) else "reported"
            quotes.append(Quote(
                id=f"q{len(quotes) + 1}", text=text[d.start:d.end], start=d.start, end=d.end,
                kind=d.kind,
                cue=d.cue, speaker=d.speaker, chain=build_chain(d.speaker.name if d.speaker else None, ctx, outlet),
                hedges=list(ctx.hedges), status=status,
            ))
        return quotes


def make_uk_attribution(settings: Settings, resources: dict[str, Any]) -> UkAttributionStage:
    """Ukrainian quotes and reported speech with speakers, chains, hedges and status."""
    return UkAttributionStage(settings, resources)


# A closing mark with its attribution after it ("вперше», — зазначили в бригаді").
_UNPAIRED_CLOSE = re.compile(r"»(?=[,.!?]?\s*[—–])")


def _collapsed_opening(text: str) -> list[tuple[int, int, int, int]]:
    """Quotes that open on a quoted name ("««Спартан» узяв ...»"), written with the two opening marks as one, as
    Ukrainian typesetting does: the line starts with the name's «, and the quote's own » closes it later unpaired."""
    closing = {m.end() - 1 for m in _QUOTE.finditer(text)}
    found: list[tuple[int, int, int, int]] = []
    for m in _UNPAIRED_CLOSE.finditer(text):
        if m.start() in closing:
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        name = _QUOTE.match(text, line)
        if name is not None and name.end() < m.start() and "«" not in text[name.end():m.start()]:
            found.append((line, m.end(), line, m.start()))
    return found
