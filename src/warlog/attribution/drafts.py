"""Attribution drafts: a quote being built, and the document-wide passes over all of them.

The stage makes one ``Draft`` per quote it finds; these passes then share what one draft learned with the
others (a relay named later, the speaker of "the statement said", a verification hedge after the claims).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..models import Cue, Speaker
from .chains import SourceContext
from .lexicon import AttributionLexicon
from .relays import Relay


@dataclass
class Draft:
    start: int
    end: int
    kind: str
    cue: Cue | None
    speaker: Speaker | None
    contexts: list[SourceContext]
    denied: bool = False
    hedges: list[str] = field(default_factory=list)
    relay: str | None = None  # the outlet that relays the speaker ("RIA reported, citing the ministry")
    medium: str | None = None  # the document the speaker spoke through ("a ministry statement")


def within(token_span: tuple[int, int], start: int, end: int) -> bool:
    return token_span[0] <= start and end <= token_span[1]


# Closing quotation marks, and the punctuation that may stand between a quotation's last word and its closing mark.
_CLOSING_MARKS = frozenset({'"', "”", "''", "’", "»"})
_OPENING_MARKS = frozenset({'"', "“", "''", "``", "«"})
_INNER_PUNCT = frozenset({".", ",", "!", "?", ";", ":", "...", "…"})


def clause_extent(tok: Any) -> tuple[int, int]:
    """A token's subtree as characters. A clause that holds words and then a quotation's opening mark also holds its
    closing one:
    the parser hangs a sentence's final '."' on the main verb, which cut 'said that X needs "calm leadership."'
    short of the quote it embeds."""
    sub = list(tok.subtree)
    end = sub[-1].idx + len(sub[-1].text)
    marks = sum(1 for t in sub if t.text in _OPENING_MARKS or t.text in _CLOSING_MARKS)
    # (not a clause that opens with the mark: that clause is the quotation itself, quoted directly)
    if marks % 2 and sub[0].text not in _OPENING_MARKS:
        doc, j = tok.doc, sub[-1].i + 1
        while j < len(doc) and j - sub[-1].i <= 3 and doc[j].text in _INNER_PUNCT:
            j += 1
        if j < len(doc) and doc[j].text in _CLOSING_MARKS and doc[j].head.i not in {t.i for t in sub}:
            end = doc[j].idx + len(doc[j].text)
    return sub[0].idx, end


# A wire dateline opening a paragraph: "KYIV (Reuters) - ", "WASHINGTON — ", "KHARKIV, Ukraine — ", "Dec 29 (AP) - ".
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*,?(?: [A-Z][a-z]+\.?)?|[A-Z][a-z]{2,8}\.? \d{1,2})"
                       r"(?: \([A-Za-z .]+\))? ?[—–-]{1,2} ")


def dateline_at(text: str, start: int, end: int) -> int | None:
    """Where the text after a dateline at ``start`` begins, when a paragraph opens there with one."""
    if start and text[start - 1] != "\n":
        return None
    found = _DATELINE.match(text, start, end)
    return found.end() if found is not None else None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    start = dateline_at(text, start, end) or start
    while start < end and text[start] in " ,;:—-\"“”«»":
        start += 1
    if text.startswith("that ", start):
        start += 5
    while end > start and text[end - 1] in " ,;:.—-":
        end -= 1
    return start, end


def set_relay(draft: Draft, relay: Relay, speaker_for: Any) -> None:
    if relay.relay is not None:
        relayer = speaker_for(relay.relay, remember=False)
        if relayer.name not in ("unknown", draft.speaker.name if draft.speaker else ""):
            draft.relay = relayer.name
    draft.medium = relay.medium


def nest_relays(drafts: list[Draft]) -> None:
    """'Peskov said ..., RIA Novosti reported' / 'According to Fontanka, the man said ...': the outlet whose
    content holds another speaker's cue relays that speaker."""
    for outer in drafts:
        if outer.speaker is None or outer.speaker.kind != "outlet" or outer.relay:
            continue
        for inner in drafts:
            if (inner is outer or inner.cue is None or inner.relay or inner.speaker is None
                    or inner.speaker.name == outer.speaker.name):
                continue
            if outer.start <= inner.cue.start < outer.end:
                inner.relay = outer.speaker.name


_RELAY_REACH = 800  # characters back that a speaker's relay, named later, also covers


def _reporter(draft: Draft) -> str | None:
    if draft.relay:
        return draft.relay
    return next((c.reporter for c in draft.contexts if c.reporter), None)


def share_relays(drafts: list[Draft], outlet: str | None) -> None:
    """'According to the ministry, ... The shooting broke out ..., the ministry said in a statement quoted by
    Interfax': the relay named for a speaker's later statement covers their earlier ones nearby."""
    ordered = sorted(drafts, key=lambda d: d.start)
    for later in ordered:
        relay = _reporter(later)
        if later.speaker is None or not relay or relay == outlet:
            continue
        for earlier in ordered:
            if earlier.start >= later.start:
                break
            if (earlier.speaker is not None and earlier.speaker.name == later.speaker.name
                    and later.start - earlier.start <= _RELAY_REACH and _reporter(earlier) is None):
                earlier.relay = relay


def document_speakers(drafts: list[Draft], lex: AttributionLexicon) -> None:
    """'"..." the statement said': the speaker whose statement (report, post, video) was named before."""
    documents = lex.speaker_words.documents
    for index, draft in enumerate(drafts):
        speaker = draft.speaker
        if speaker is None or not speaker.text.lower().startswith("the ") or speaker.kind != "person":
            continue
        noun = speaker.text.lower().removeprefix("the ").strip()
        if noun not in documents:
            continue
        medium = lex.media.get(noun, noun)
        for earlier in reversed(drafts[:index]):
            if earlier.speaker is not None and earlier.speaker.name != speaker.name and (
                    earlier.medium == medium or any(c.medium == medium for c in earlier.contexts)):
                draft.speaker = earlier.speaker.model_copy(update={"text": speaker.text, "start": speaker.start,
                                                                   "end": speaker.end})
                draft.medium = medium
                draft.relay = draft.relay or earlier.relay
                break


def hedge_back(drafts: list[Draft], text: str, sentences: list[Any], lex: AttributionLexicon,
                excluded: list[tuple[int, int]]) -> None:
    """'Reuters could not independently confirm the report': the claims of this sentence and the one before
    (two before, inside one paragraph) are doubted."""
    back = [h for h in lex.hedges if h.scope == "back"]
    for index, sent in enumerate(sentences):
        # A hedge inside a claim's own content ("Sota noted it could not verify the audio") is that claim's.
        cues = [h.cue for h in back for m in h.regex.finditer(text, sent.start_char, sent.end_char)
                if not any(a <= m.start() < b for a, b in excluded)
                and not any(d.start <= m.start() < d.end for d in drafts)]
        if not cues:
            continue
        floor = sentences[index - 1].start_char if index else sent.start_char
        if index >= 2 and "\n" not in text[sentences[index - 2].start_char:sent.start_char].strip():
            floor = sentences[index - 2].start_char
        for draft in drafts:
            if floor <= draft.start < sent.end_char:
                draft.hedges.extend(c for c in cues if c not in draft.hedges)
