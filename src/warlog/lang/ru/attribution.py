"""Stage ``attribution`` for Russian: direct, mixed and indirect quotes with speaker, chain, hedges, status.

Constructions (``attribution.toml`` holds the words):
- direct: «...», — говорит он / написал Гладков / говорится в сообщении министерства; X сказал: «...»;
  a paragraph of dialogue "— ..., — вспоминает Елизавета";
- mixed: a sentence with a reporting verb and a quoted fragment ("Минобороны объяснило взрыв «...»");
- indirect: "по словам X, ...", "по данным X, ...", "как сообщает X, ...", "X заявил, что ...".
Chains come from the sentence and its paragraph ("со ссылкой на X", "рассказал «Медиазоне»", "которое
приводит «РИА Новости»", "в своём телеграм-канале"); a speaker keeps the chain first given for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ...attribution.chains import SourceContext, build_chain
from ...attribution.lexicon import AttributionLexicon, attribution_lexicon
from ...models import Claim, Cue, Entity, Quote, Speaker
from ...pipeline.component import Work
from ...settings import Settings
from .lexicon import load
from .models import lemma
from .speakers import SpeakerMemory, nominative_phrase, nominative_plural, resolve, speaker_words

_OPEN, _CLOSE = "«„“", "»“”"
_AFTER_QUOTE = re.compile(r"\s*[,.!?…]*\s*[—–-]+\s*")
_WORD = re.compile(r"[А-ЯЁа-яёA-Za-z][\w\-]*")
# "«...», — приводит агентство слова собеседника": the outlet relays the words, the one after "слова" said them.
_RELAYS_WORDS = re.compile(r"\s*(?P<verb>привод(?:ит|ят|ил[аи]?))\s+(?P<teller>[^,.;!?«»]*?)\s*слова\s+"
                           r"(?P<who>[^,.;!?«»]+)", re.IGNORECASE)
_THAT = re.compile(r",?\s*(?:что|будто|чтобы)\s+|:\s*")
_ABOUT_THIS = re.compile(r"\s*(?:Об\s+этом|О\s+случившемся|Об\s+инциденте|Это)\b")
_MEDIUM_NAME = re.compile(r"(?i)(?:telegram|телеграм|телеграмм)?-?канал")
_MIN_QUOTE_WORDS = 4  # fewer words in marks without a cue are a name or a scare quote («Перехват»)


@dataclass(frozen=True)
class RuAttributionWords:
    reporting: frozenset[str]
    denial: frozenset[str]
    according: frozenset[str]
    as_verbs: frozenset[str]
    media: dict[str, str]


@cache
def words() -> RuAttributionWords:
    raw = load("attribution")
    return RuAttributionWords(frozenset(raw["reporting_verbs"]), frozenset(raw["denial_verbs"]),
                              frozenset(raw["according_nouns"]), frozenset(raw["as_verbs"]),
                              {k: v for k, v in raw.get("media", {}).items()})


@cache
def _media_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each medium word in any case form ("телеграм-канале", "видеообращения"): its stem and any ending."""
    return tuple((_POST if key == "пост" else re.compile(rf"(?<![\w-]){re.escape(key[:-2])}[\w-]*" if len(key) > 6 else
                                                         rf"(?<![\w-]){re.escape(key)}[а-яё]{{0,2}}(?![\w-])"), label)
                 for key, label in words().media.items())


@dataclass
class _Draft:
    start: int
    end: int
    kind: str
    cue: Cue | None
    speaker: Speaker | None
    context: SourceContext
    denied: bool = False
    hedges: list[str] = field(default_factory=list)


def about_this_teller(text: str, start: int, end: int, entities: list[Entity]) -> str | None:
    """Who "Об этом губернатор Александр Богомаз сообщил в Telegram-канале" names as the teller of what came
    before: the last person, organisation or outlet between "Об этом" and the reporting verb, else the first
    after it that is not where it was said."""
    opening = _ABOUT_THIS.match(text, start)
    if opening is None:
        return None
    verb = next(iter(_verbs(text, opening.end(), end, words().reporting)), None)
    if verb is None:
        return None
    tellers = ("PERSON", "ORG", "OUTLET")
    named = [e for e in entities if e.label in tellers and opening.end() <= e.start and e.end <= verb[0]]
    if named:
        return named[-1].lemma or named[-1].text
    # "Об этом написал в своем Telegram-канале губернатор Александр Богомаз": after the verb, past the medium.
    after = [e for e in entities if e.label in tellers and verb[1] <= e.start and e.end <= end
             and not re.search(r"(?<![\w-])(?:в|во|на)\s+(?:\w+\s+)?$", text[max(verb[1], e.start - 20):e.start])]
    if after:
        return after[0].lemma or after[0].text
    return _teller_phrase(text, verb[1], end)


# Bodies that tell as a place ("сообщили в полиции") or by a common noun ("сообщила пресс-служба управления").
_BODIES = frozenset({"полиция", "прокуратура", "мвд", "мчс", "фсб", "ск", "суд", "администрация", "мэрия", "штаб",
                     "ведомство", "министерство", "минобороны", "пресс-служба", "правительство", "военкомат",
                     "управление", "комендатура", "служба", "командование", "следствие"})


def _teller_phrase(text: str, start: int, end: int) -> str | None:
    """"Об этом сообщила пресс-служба областного управления полиции в Facebook": the unnamed body after the verb,
    up to where it said it; "Об этом рассказали в прокуратуре": the body named as the place it spoke from."""
    m = re.match(r"\s+(?:(?P<loc>в|во)\s+)?(?P<phrase>[а-яё-]+(?:\s+(?!(?:в|во|на|по|с|со|к|о|об)\s)[а-яё-]+){0,3})",
                 text[start:end])
    if m is None:
        return None
    words_ = m.group("phrase").split()
    head = lemma(words_[0]).replace("ё", "е")
    if head not in _BODIES and head not in speaker_words().title_nouns:
        return None
    if m.group("loc"):
        return head if head in _BODIES else None
    return m.group("phrase")


_OF_WHAT = re.compile(r"\s+(?:(?:в|во|на)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:о|об|обо|про)\s+(?!этом\b|том\b)[а-яё]",
                      re.IGNORECASE)


def told_of_teller(text: str, start: int, end: int, entities: list[Entity]) -> str | None:
    """Who "Губернатор Александр Хинштейн сообщил о гибели водителя" names as telling the event: a reporting verb
    with its topic after "о" (agency copy's usual lead, with no quotation to carry the source), and the person or
    organisation named before it in its clause."""
    for v_start, v_end, _ in _verbs(text, start, end, words().reporting):
        if not _OF_WHAT.match(text, v_end) or _negated(text, v_start):
            continue
        clause = max([start, *[m.end() for m in re.finditer(r"[.;:!?]|,\s+(?:а|но|что)\s", text[start:v_start])]])
        named = [e for e in entities if e.label in ("PERSON", "ORG") and clause <= e.start and e.end <= v_start]
        if named:
            persons = [e for e in named if e.label == "PERSON"]
            best = (persons or named)[-1]
            return best.lemma or best.text
    return None


def _known_context(known: dict[str, SourceContext], name: str) -> SourceContext | None:
    """The context a speaker was first told with, by name, or by the body a longer name holds ("полиции" in
    "пресс-служба областного управления полиции")."""
    if name in known:
        return known[name]
    key = name.casefold()
    if len(key) < 4:
        return None
    return next((ctx for told, ctx in known.items() if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])",
                                                                 told.casefold())), None)


# "пост" as a publication ("в своём посте", "опубликовал пост"), not a guard post ("на посту", "с поста ДПС").
_POST = re.compile(r"(?<![\w-])(?<!на\s)пост(?:е|ы|ом|ов|ах)?(?![\w-])")


def quote_marks(text: str) -> list[tuple[int, int]]:
    """Outer (open, close+1) spans of «...» (nesting „...“ and «...» inside) and "..." pairs."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, -1
    for i, ch in enumerate(text):
        if ch == "«":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
        elif ch == "\n" and depth:
            depth = 0  # an unclosed mark ends with its paragraph
    for m in re.finditer(r'"([^"\n]{2,})"', text):
        if not any(a <= m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
    return sorted(spans)


_DIALOGUE = re.compile(r"^[ \t]*[—–-][ \t]+(?P<content>[^\n]+?)[,!?.…]?[ \t]+[—–][ \t]+(?P<verb>[а-яё]+)\b[^\n]*$",
                       re.MULTILINE)


def dialogue_lines(text: str) -> list[tuple[int, int, int, int]]:
    """Direct speech as a dash paragraph: "— ..., — вспоминает Елизавета." -> (content, cue verb) offsets."""
    found = []
    for m in _DIALOGUE.finditer(text):
        if lemma(m.group("verb")).replace("ё", "е") in words().reporting:
            found.append((m.start("content"), m.end("content"), m.start("verb"), m.end("verb")))
    return found


def _verbs(text: str, start: int, end: int, vocab: frozenset[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), lemma(m.group()).replace("ё", "е")) for m in _WORD.finditer(text, start, end)
            if lemma(m.group()).replace("ё", "е") in vocab]


def _negated(text: str, verb_start: int) -> bool:
    return bool(re.search(r"\bне\s+$", text[max(0, verb_start - 4):verb_start]))


class RuAttributionStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings

    def __call__(self, work: Work) -> Work:
        report = work.report
        if work.doc is None:
            return work
        text = report.document.text
        lex = attribution_lexicon("ru")
        sentences: list[tuple[int, int]] = work.scratch["sentences"]
        entities = report.entities
        marks = quote_marks(text)
        dialogue = dialogue_lines(text)
        memory = SpeakerMemory()
        known_contexts: dict[str, SourceContext] = {}
        drafts: list[_Draft] = []
        paragraph_context = SourceContext()
        last_paragraph = -1
        for s_start, s_end in sentences:
            paragraph = text.count("\n", 0, s_start)
            if paragraph != last_paragraph:
                paragraph_context, last_paragraph = SourceContext(), paragraph
            own = self._context(text, s_start, s_end, entities, lex, marks)
            for line in [d for d in dialogue if s_start <= d[0] < s_end]:
                drafts.append(self._dialogue(text, line, entities, memory))
            for q in [m for m in marks if s_start <= m[0] < s_end]:
                draft = self._direct(text, q, s_start, s_end, entities, memory, lex)
                if draft is not None:
                    drafts.append(draft)
            drafts.extend(self._indirect(text, s_start, s_end, entities, memory, marks, drafts))
            for draft in drafts:
                if s_start <= draft.start < s_end or (draft.cue and s_start <= draft.cue.start < s_end):
                    ctx = SourceContext()
                    ctx.fill_from(draft.context)
                    ctx.fill_from(own)
                    known = _known_context(known_contexts, draft.speaker.name) if draft.speaker else None
                    if known is not None:
                        ctx.fill_from(known)
                    ctx.fill_from(paragraph_context)
                    draft.context = ctx
                    if draft.speaker is not None and not own.empty():
                        known_contexts.setdefault(draft.speaker.name, own)
            if not own.empty():
                paragraph_context = own
                if _ABOUT_THIS.match(text, s_start):
                    # "Об этом пишет «Окопный шёпот»": the source of what the text said just before.
                    for draft in drafts:
                        if draft.start < s_start and text.count("\n", draft.start, s_start) <= 2:
                            draft.context.fill_from(own)
                    # "Об этом сообщила пресс-служба полиции в Facebook": where that source speaks, for what it
                    # says later ("... — говорится в сообщении полиции").
                    teller = about_this_teller(text, s_start, s_end, entities)
                    if teller and own.medium:
                        known_contexts.setdefault(teller, own)
            memory.see_entities([e for e in entities if s_start <= e.start < s_end])
            self._remember_groups(text, s_start, s_end, memory)
        report.quotes = self._finish(drafts, text, report.document.outlet, lex)
        report.claims = [
            Claim(id=f"c{i}", text=q.text, start=q.start, end=q.end,
                  claimant=q.speaker.name if q.speaker else None, chain=q.chain, status=q.status, quote_id=q.id)
            for i, q in enumerate(report.quotes, 1)
        ]
        return work

    # --- direct and mixed -----------------------------------------------------------------------------

    def _direct(self, text: str, q: tuple[int, int], s_start: int, s_end: int, entities: list[Entity],
                memory: SpeakerMemory, lex: AttributionLexicon) -> _Draft | None:
        vocab = words().reporting
        inner_start, inner_end = q[0] + 1, q[1] - 1
        content = text[inner_start:inner_end]
        n_words = len(_WORD.findall(content))
        line_end = text.find("\n", q[1])
        line_end = len(text) if line_end < 0 else line_end
        # «...», — говорит Белова.
        after = _AFTER_QUOTE.match(text, q[1])
        relayed = _RELAYS_WORDS.match(text, after.end()) if after is not None else None
        if relayed is not None:
            extra = SourceContext()
            teller = resolve(text, relayed.start("teller"), relayed.end("teller"), entities, memory, before_cue=False)
            if teller is not None and teller.kind in ("outlet", "organization"):
                extra.reporter = teller.name
            speaker = resolve(text, relayed.start("who"), relayed.end("who"), entities, memory, before_cue=False)
            if speaker is not None and speaker.kind == "unknown":
                speaker = speaker.model_copy(update={"name": nominative_phrase(speaker.name.split())})
            if speaker is not None:
                memory.remember(speaker)
            return _Draft(inner_start, inner_end, "direct", Cue(text=relayed.group("verb"), start=relayed.start("verb"),
                          end=relayed.end("verb")), speaker, extra)
        if after is not None:
            verb = next(iter(_verbs(text, after.end(), min(after.end() + 40, line_end), vocab)), None)
            if verb is not None and not text[after.end():verb[0]].strip(" ,"):
                clause_end = re.search(r"[.!?;,]|$", text[verb[1]:line_end])
                stop = verb[1] + (clause_end.start() if clause_end else 0)
                extra = SourceContext()
                object_pronoun = re.match(r"\s*(их|его|ее|её)\s+", text[verb[1]:stop])
                if verb[2] == "цитировать" and object_pronoun:
                    # "— цитирует их издание": the quoted are the speakers, the outlet quoting them a reporter.
                    teller = resolve(text, verb[1] + object_pronoun.end(), stop, entities, memory, before_cue=False)
                    plural = object_pronoun.group(1) == "их"
                    speaker = memory.last_group if plural else memory.last_person
                    if teller is not None and teller.kind == "outlet":
                        extra.reporter = teller.name
                else:
                    speaker = resolve(text, verb[1], stop, entities, memory, before_cue=False)
                if speaker is not None:
                    memory.remember(speaker)
                return _Draft(inner_start, inner_end, "direct", Cue(text=text[verb[0]:verb[1]], start=verb[0],
                              end=verb[1]), speaker, extra, verb[2] in words().denial)
        # Он сказал: «...».
        before = text[s_start:q[0]]
        if before.rstrip().endswith(":"):
            cues = _verbs(text, s_start, q[0], vocab)
            if cues:
                verb = cues[-1]
                speaker = resolve(text, s_start, verb[0], entities, memory, before_cue=True)
                if speaker is not None:
                    memory.remember(speaker)
                return _Draft(inner_start, inner_end, "direct", Cue(text=text[verb[0]:verb[1]], start=verb[0],
                              end=verb[1]), speaker, SourceContext())
        # A mixed quote: a reporting verb outside the marks in the same sentence.
        cues = [v for v in _verbs(text, s_start, s_end, vocab) if not (q[0] <= v[0] < q[1])
                and (v[2] in words().denial or not _negated(text, v[0]))]
        named = any(e.start <= inner_start + 1 and inner_end - 1 <= e.end for e in entities)
        if cues and q[0] > s_start and n_words >= 2 and not named:
            verb = cues[0]
            if verb[0] < q[0]:
                speaker = resolve(text, s_start, verb[0], entities, memory, before_cue=True)
                that = _THAT.match(text, verb[1]) or re.compile(r"[^,]*?,\s*(?:что|будто)\s+").match(text, verb[1])
                start = that.end() if that and that.end() <= q[0] else (speaker.start if speaker else s_start)
                end = s_end
                while end > start and text[end - 1] in " .!?…":
                    end -= 1
                if speaker is not None:
                    memory.remember(speaker)
                return _Draft(start, end, "mixed", Cue(text=text[verb[0]:verb[1]], start=verb[0], end=verb[1]),
                              speaker, SourceContext(), verb[2] in words().denial or _negated(text, verb[0]))
        if n_words >= _MIN_QUOTE_WORDS and q[0] - s_start <= 2:
            # A quoted sentence with no cue of its own continues the last speaker's words.
            return _Draft(inner_start, inner_end, "direct", None, memory.last_person, SourceContext())
        return None

    def _dialogue(self, text: str, line: tuple[int, int, int, int], entities: list[Entity],
                  memory: SpeakerMemory) -> _Draft:
        c_start, c_end, v_start, v_end = line
        stop = re.search(r"[.!?;,]|$", text[v_end:text.find("\n", v_end) if "\n" in text[v_end:] else len(text)])
        speaker = resolve(text, v_end, v_end + (stop.start() if stop else 0), entities, memory, before_cue=False)
        if speaker is not None:
            memory.remember(speaker)
        return _Draft(c_start, c_end, "direct", Cue(text=text[v_start:v_end], start=v_start, end=v_end), speaker,
                      SourceContext())

    # --- indirect --------------------------------------------------------------------------------------

    def _indirect(self, text: str, s_start: int, s_end: int, entities: list[Entity], memory: SpeakerMemory,
                  marks: list[tuple[int, int]], drafts: list[_Draft]) -> list[_Draft]:
        w = words()
        out: list[_Draft] = []
        quoted = [(a, b) for a, b in marks if b - a > 40] + [(d.start, d.end) for d in drafts]
        if any(d.start < s_end and s_start < d.end and d.kind in ("direct", "mixed") for d in drafts):
            return out  # the sentence is a quotation already ("— ..., — вспоминает Марина.")

        def inside_quote(pos: int) -> bool:
            return any(a <= pos < b for a, b in quoted)

        end = s_end
        while end > s_start and text[end - 1] in " .!?…":
            end -= 1
        # "По словам X, ...", "по данным X, ...", "как сообщает X, ...", "по их словам, ...".
        phrase = re.compile(r"\b(?:[Пп]о\s+(?:(?P<poss>их|его|ее|её)\s+)?(?P<noun>[а-яё]+)(?=[\s,])"
                            r"|[Кк]ак\s+(?P<verb>[а-яё]+)\s+)")
        for m in phrase.finditer(text, s_start, end):
            at = m.start()
            if inside_quote(at):
                continue
            noun, verb = m.group("noun"), m.group("verb")
            if noun and lemma(noun).replace("ё", "е") not in w.according:
                continue
            if verb and lemma(verb).replace("ё", "е") not in w.as_verbs:
                continue
            phrase_end = text.find(",", m.end(), end)
            phrase_end = end if phrase_end < 0 else phrase_end
            if m.group("poss"):
                src_start, src_end = m.start("poss"), m.end("poss")
            else:
                src_start, src_end = m.end(), phrase_end
            speaker = resolve(text, src_start, src_end, entities, memory, before_cue=False)
            opening = not text[s_start:at].strip() or text[s_start:at].rstrip()[-1:] in ":;—–"
            if opening:  # the phrase opens the sentence or clause: the content follows it
                c_start, c_end = phrase_end + 1, end
            else:  # "..., по данным местных властей, ..." or at the end: the whole sentence
                c_start, c_end = s_start, end
            while c_start < c_end and text[c_start] in " ,—":
                c_start += 1
            if c_end - c_start < 8:
                continue
            if speaker is not None:
                memory.remember(speaker)
            cue_end = m.end() if m.group("poss") or verb else m.end()
            out.append(_Draft(c_start, c_end, "indirect", Cue(text=text[at:cue_end].strip(), start=at,
                                                               end=at + len(text[at:cue_end].strip())),
                              speaker, SourceContext()))
        if out:
            # "X утверждал, что ...: по словам адвоката, ...": the clause before an opening "по словам" has its own
            # speaker and content.
            stops = [d.cue.start for d in out if d.cue is not None and d.start >= d.cue.end]
            if len(stops) == len(out):
                return out + self._said_before(text, s_start, min(stops), entities, memory, quoted)
            return out
        # "..., пишут местные Telegram-каналы.": the content before, the source after the verb.
        tail = re.search(r",\s*(?:—\s*)?(?P<verb>[а-яё]+)\s+(?P<who>[^,.;!?]{2,90})$", text[s_start:end])
        if tail and lemma(tail.group("verb")).replace("ё", "е") in w.reporting and not inside_quote(s_start):
            v_start = s_start + tail.start("verb")
            speaker = resolve(text, s_start + tail.start("who"), end, entities, memory, before_cue=False)
            c_end = s_start + tail.start()
            if speaker is not None and c_end - s_start >= 8:
                memory.remember(speaker)
                return [_Draft(s_start, c_end, "indirect", Cue(text=tail.group("verb"), start=v_start,
                                                               end=v_start + len(tail.group("verb"))),
                               speaker, SourceContext())]
        return out + self._said_before(text, s_start, end, entities, memory, quoted)

    @staticmethod
    def _said_before(text: str, s_start: int, end: int, entities: list[Entity], memory: SpeakerMemory,
                     quoted: list[tuple[int, int]]) -> list[_Draft]:
        """"X заявил, что ...", "X попросил ... и заверил, что ..."; a clause another attribution holds ("...,
        а суд ошибочно ...: по словам адвоката, ...") is no part of the content, which ends before it."""
        w = words()
        out: list[_Draft] = []

        def inside_quote(pos: int) -> bool:
            return any(a <= pos < b for a, b in quoted)

        for verb in _verbs(text, s_start, end, w.reporting):
            if inside_quote(verb[0]):
                continue
            that = re.compile(r"[^.;]{0,80}?,\s*(?:что|будто|чтобы)\s+|\s*:\s*").match(text, verb[1])
            if that is None or that.end() >= end:
                continue
            between = that.group()
            later = _verbs(text, verb[1], that.end(), w.reporting)
            # "попросил местных ... и заверил, что ...": both requests are the content, from the first verb.
            c_start = verb[0] if later and re.search(r"\sи\s", between) else that.end()
            speaker = resolve(text, s_start, verb[0], entities, memory, before_cue=True)
            if speaker is None:
                continue
            memory.remember(speaker)
            # "не подтвердил, что ..." disputes; "не уточнило — только то, что ..." only says less.
            denied = verb[2] in w.denial or (_negated(text, verb[0]) and verb[2] in ("подтвердить", "подтверждать"))
            c_end = end
            while c_end > c_start and text[c_end - 1] in " ,:;—–":
                c_end -= 1
            if c_end - c_start < 8:
                continue
            out.append(_Draft(c_start, c_end, "indirect", Cue(text=text[verb[0]:verb[1]], start=verb[0],
                                                               end=verb[1]), speaker, SourceContext(), denied))
            break
        return out

    # --- context ---------------------------------------------------------------------------------------

    @staticmethod
    def _context(text: str, s_start: int, s_end: int, entities: list[Entity], lex: AttributionLexicon,
                 marks: list[tuple[int, int]]) -> SourceContext:
        from .lexicon import entity_rules

        rules = entity_rules()
        ctx = SourceContext()
        sentence = text[s_start:s_end]
        for pattern in lex.chains:
            for m in pattern.regex.finditer(text, s_start, s_end):
                if any(a < m.start("name") < b - 1 and b - a > 40 for a, b in marks):
                    continue  # inside a long quotation
                name = m.group("name")
                if _MEDIUM_NAME.match(name):
                    continue  # "сообщил в Telegram-канале": the medium, not a source
                canonical = rules.canonical_outlet(name)
                outlet_entity = next((e for e in entities if e.label in ("OUTLET", "ORG")
                                      and e.start <= m.start("name") < e.end), None)
                if canonical is None and outlet_entity is None:
                    continue
                value = canonical or (outlet_entity.lemma or outlet_entity.text if outlet_entity else name)
                if pattern.role == "interviewer" and ctx.interviewer is None:
                    ctx.interviewer = value
                elif pattern.role == "releaser" and ctx.releaser is None:
                    ctx.releaser = value
                elif pattern.role == "reporter" and ctx.reporter is None:
                    ctx.reporter = value
        low = sentence.lower()
        for medium, label in _media_patterns():
            if medium.search(low):
                ctx.medium = label
                break
        for hedge in lex.hedges:
            if hedge.regex.search(sentence):
                ctx.hedges.append(hedge.cue)
        return ctx

    @staticmethod
    def _remember_groups(text: str, s_start: int, s_end: int, memory: SpeakerMemory) -> None:
        """The first plural animate noun of a sentence is the group a later "они"/"их" refers to."""
        from .models import parses

        cited = re.search(r"со\s+ссылкой\s+на\s+(?:сам\w+\s+|свои\w*\s+)?([а-яё]+)", text[s_start:s_end])
        if cited:
            word = cited.group(1)
            at = s_start + cited.start(1)
            memory.last_group = Speaker(text=word, name=nominative_plural(word), start=at, end=at + len(word),
                                        kind="group")
            return
        for m in _WORD.finditer(text, s_start, s_end):
            found = parses(m.group())
            if found and found[0].tag.POS == "NOUN" and found[0].tag.number == "plur" and \
                    found[0].tag.animacy == "anim" and found[0].tag.case == "nomn":
                memory.last_group = Speaker(text=m.group(), name=m.group(), start=m.start(), end=m.end(),
                                            kind="group")
                return

    @staticmethod
    def _finish(drafts: list[_Draft], text: str, outlet: str | None, lex: AttributionLexicon) -> list[Quote]:
        alleged = {h.cue for h in lex.hedges if h.status == "alleged"}
        quotes: list[Quote] = []
        seen: set[tuple[int, int]] = set()
        for draft in sorted(drafts, key=lambda d: (d.start, d.end)):
            if (draft.start, draft.end) in seen or draft.end <= draft.start:
                continue
            seen.add((draft.start, draft.end))
            hedges = list(draft.context.hedges)
            status = "denied" if draft.denied else "alleged" if any(h in alleged for h in hedges) else "reported"
            quotes.append(Quote(
                id=f"q{len(quotes) + 1}", text=text[draft.start:draft.end], start=draft.start, end=draft.end,
                kind=draft.kind, cue=draft.cue, speaker=draft.speaker,
                chain=build_chain(draft.speaker.name if draft.speaker else None, draft.context, outlet),
                hedges=hedges, status=status,
            ))
        return quotes


def make_attribution(settings: Settings, resources: dict[str, Any]) -> RuAttributionStage:
    """Direct, mixed and indirect quotes with speakers, chains, hedges and status, for Russian."""
    return RuAttributionStage(settings, resources)
