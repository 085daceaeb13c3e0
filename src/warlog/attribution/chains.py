"""Attribution chains: through whom a statement reached the page.

Each sentence may establish a *source context*: a medium (phone call, video,
interview), a releaser (Ukrainian intelligence, a Telegram channel), an
interviewer or a reporting outlet. Quotes take the context of their own
sentence, the context their speaker had before ("he said" inherits the call
it belongs to), or the context in force; a later sentence about the same
medium ("The video was published on the Telegram channel VChK-OGPU") fills
in the context it continues, so earlier quotes from that video get the
channel too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lexicon import outlet_index
from ..models import ChainLink, Entity, Quote
from .lexicon import AttributionLexicon

# Which medium describes the speaker's own act best when several are named.
_MEDIUM_PRIORITY = ["intercepted phone call", "phone call", "video call",
                    "interview", "video address", "video", "audio message", "audio",
                    "Telegram post", "Instagram post", "Facebook post", "Telegram channel", "YouTube channel",
                    "Telegram", "Instagram", "Facebook", "YouTube", "VKontakte", "letter", "statement", "update",
                    "post", "website"]
_GENERIC = {"outlet", "channel", "publication"}
_CALL_FOR = re.compile(r"\s+(?:for|to|on)\b")  # "his call for more air defence": a demand, not a phone call
_DATE_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                         "saturday", "sunday", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct",
                         "nov", "dec", "last", "early", "late", "mid"})


@dataclass
class SourceContext:
    medium: str | None = None
    releaser: str | None = None
    interviewer: str | None = None
    reporter: str | None = None
    hedges: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.medium or self.releaser or self.interviewer or self.reporter)

    def fill_from(self, other: SourceContext) -> None:
        self.medium = self.medium or other.medium
        self.releaser = self.releaser or other.releaser
        self.interviewer = self.interviewer or other.interviewer
        self.reporter = self.reporter or other.reporter
        for h in other.hedges:
            if h not in self.hedges:
                self.hedges.append(h)


def _last_outlet_before(entities: list[Entity], pos: int) -> str | None:
    name = None
    for e in entities:
        if e.label == "OUTLET" and e.end <= pos:
            name = e.text
    if name is None:
        return None
    known = outlet_index().get(name.casefold())
    return known.name if known else name


def _outlet_at(entities: list[Entity], start: int, end: int) -> str | None:
    for e in entities:
        if e.label == "OUTLET" and e.start < end and start < e.end:
            known = outlet_index().get(e.text.casefold())
            return known.name if known else e.text
    return None


def sentence_context(
    text: str, start: int, end: int, entities: list[Entity], lex: AttributionLexicon,
    exclude: list[tuple[int, int]],
) -> SourceContext:
    """The source context a sentence states, outside any quoted stretch in ``exclude``."""
    sentence = text[start:end]

    def quoted(pos: int) -> bool:
        return any(a <= start + pos < b for a, b in exclude)

    ctx = SourceContext()
    media = [lex.media[m.group(1).casefold()] for m in lex.media_regex.finditer(sentence) if not quoted(m.start())
             and not (m.group(1).casefold() == "call" and _CALL_FOR.match(sentence, m.end()))]
    if media:
        ctx.medium = min(media, key=lambda m: _MEDIUM_PRIORITY.index(m) if m in _MEDIUM_PRIORITY else 99)
    known_releasers = {m.start(): m.group(1) for m in lex.releaser_regex.finditer(sentence)}
    for pattern in lex.chains:
        for m in pattern.regex.finditer(sentence):
            if quoted(m.start()):
                continue
            group = next(g for g in ("name", "generic", "recipient", "other") if g in m.re.groupindex and m.group(g))
            g_start, g_end = m.start(group), m.end(group)
            raw = m.group(group)
            if raw in _GENERIC or raw.lower() in _GENERIC:
                name = _last_outlet_before(entities, start + g_start)
            elif group == "recipient":  # "wrote to his mother": she passed the messages on
                name = raw
            elif pattern.role == "releaser" and g_start in known_releasers:
                name = known_releasers[g_start]
            else:
                name = _outlet_at(entities, start + g_start, start + g_end)
                if name is None:  # a known outlet the model did not tag ("in an interview with Current Time")
                    known = outlet_index().get(raw.casefold())
                    name = known.name if known is not None else None
                if name is None and pattern.role == "releaser":
                    name = raw
                    if raw.endswith(("'s", "’s")):  # "published by Ukraine's intelligence": the body, not "Ukraine's"
                        more = re.match(r"\s+[\w-]+(?:\s+(?:intelligence|service|ministry|staff))?", sentence[g_end:])
                        name = raw + more.group() if more else raw
            if not name or name.split()[0].casefold() in _DATE_WORDS:
                continue  # "circulated in May 2025": a date, not who circulated it
            if pattern.role == "interviewer" and ctx.interviewer is None:
                ctx.interviewer = name
                ctx.medium = ctx.medium or "interview"
            elif pattern.role == "releaser" and ctx.releaser is None:
                ctx.releaser = name
            elif pattern.role == "reporter" and ctx.reporter is None:
                ctx.reporter = name
    for hedge in lex.hedges:
        for m in hedge.regex.finditer(sentence):
            if not quoted(m.start()) and hedge.cue not in ctx.hedges:
                ctx.hedges.append(hedge.cue)
    return ctx


def build_chain(speaker_name: str | None, ctx: SourceContext, document_outlet: str | None) -> list[ChainLink]:
    """Ordered chain: speaker -> medium -> releaser -> interviewer -> reporter -> the document's outlet."""
    chain: list[ChainLink] = []
    if speaker_name:
        chain.append(ChainLink(role="speaker", name=speaker_name))
    if ctx.medium:
        chain.append(ChainLink(role="medium", name=ctx.medium))
    if ctx.releaser and ctx.releaser != speaker_name:
        chain.append(ChainLink(role="releaser", name=ctx.releaser))
    if ctx.interviewer and ctx.interviewer != speaker_name:
        chain.append(ChainLink(role="interviewer", name=ctx.interviewer))
    if ctx.reporter and ctx.reporter not in {speaker_name, ctx.interviewer}:
        chain.append(ChainLink(role="reporter", name=ctx.reporter))
    if document_outlet and (not chain or chain[-1].name != document_outlet):
        chain.append(ChainLink(role="reporter", name=document_outlet))
    return chain


def fill_releasers(quotes: list[Quote], contexts: list[SourceContext]) -> None:
    """'A video shows ... "I was hit," he says. ... The Gray Zone channel posted the clip': when the document names
    one releaser for a medium, every quote heard through that medium without a releaser of its own has it."""
    releasers: dict[str, set[str]] = {}
    for ctx in contexts:
        if ctx.medium and ctx.releaser:
            releasers.setdefault(ctx.medium, set()).add(ctx.releaser)
    for quote in quotes:
        roles = [link.role for link in quote.chain]
        if "releaser" in roles or "medium" not in roles:
            continue
        at = roles.index("medium")
        named = releasers.get(quote.chain[at].name, set())
        if len(named) != 1:
            continue  # two channels posted videos: which one this quote came from is not said
        releaser = next(iter(named))
        if quote.speaker is not None and releaser in (quote.speaker.name, quote.speaker.text):
            continue
        quote.chain.insert(at + 1, ChainLink(role="releaser", name=releaser))


_KIN = re.compile(r"^(?:his|her|their)\s+(?:\w+\s+)?(?:brother|sister|mother|father|son|daughter|wife|husband|"
                  r"relatives?|family|friend|friends|comrades?|cousin|uncle|aunt|fianc[ée]e?|partner|parents)$",
                  re.IGNORECASE)
_KIN_REACH = 1200  # characters back to the person whose relative speaks


def kin_relays(quotes: list[Quote]) -> None:
    """'"My brother got in touch," Belova said. According to her brother, 250 people were held there': the brother's
    words reached the page through the person named just before, whose relative he is."""
    for index, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or not _KIN.match(speaker.text.strip()):
            continue
        earlier = next((q for q in reversed(quotes[:index]) if q.speaker is not None and q.speaker.kind == "person"
                        and q.speaker.name[:1].isupper() and q.speaker.name != speaker.name
                        and quote.start - q.end <= _KIN_REACH), None)
        if earlier is None or earlier.speaker is None:
            continue
        names = [link.name for link in quote.chain]
        if earlier.speaker.name in names:
            continue
        at = 2 if len(quote.chain) > 1 and quote.chain[1].role == "medium" else 1
        quote.chain.insert(at, ChainLink(role="releaser", name=earlier.speaker.name))
