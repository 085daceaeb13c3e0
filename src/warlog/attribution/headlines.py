"""Colon attributions: "Peskov: no talks planned", "ISW: Russian forces advanced near Pokrovsk".

Headlines and standfirsts attribute with a colon: a short name (a person, an institution, an outlet, a poll),
a colon, and what they said. The line must start with the name and go on with at least three words; labels
that are not sources ("Photo:", "Update:", "Read more:") and dates are no speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import outlet_index
from ..models import Entity, Speaker
from .speakers import full_name

_COLON_LINE = re.compile(
    r"(?m)^[ \t]*(?P<source>[A-Z][\w.’'\-]*(?:[ \t]+[\w.’'\-]+){0,5})[ \t]*:[ \t]+(?P<content>\S[^\n]*)$")
_NOT_SOURCES = frozenset({
    "photo", "photos", "video", "watch", "read", "update", "updated", "note", "editor", "editor's", "source",
    "warning", "breaking", "live", "exclusive", "analysis", "opinion", "comment", "q", "a", "related", "see",
    "also", "tags", "posted", "published", "by", "credit", "caption", "image", "map", "graphic", "listen", "day",
    "step", "part", "chapter", "figure", "table", "subject", "from", "to", "date", "time", "location", "summary",
    "background", "context", "transcript", "partial", "correction", "disclaimer", "contact", "email", "phone",
    "follow", "share", "more", "latest", "key", "what", "why", "how", "where", "when", "who", "the", "this",
    "here", "there", "in", "on", "at", "for", "and", "but", "or", "if", "so", "yes", "no", "total", "result",
    "results", "example", "examples", "question", "answer", "answers", "topic", "topics", "category", "section",
})
# Lower-case words a source may end in: "Clinton camp", "Kremlin spokesman".
_SOURCE_TAILS = frozenset({"camp", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source",
                           "sources", "aide", "aides", "adviser", "advisers", "ministry", "army", "military",
                           "governor", "mayor", "command", "intelligence", "police", "poll", "survey", "media"})
_MIN_CONTENT_WORDS = 3


@dataclass
class ColonAttribution:
    source: tuple[int, int]
    cue: tuple[int, int]
    content: tuple[int, int]


def _is_source(words: list[str]) -> bool:
    if words[0].lower().strip(".") in _NOT_SOURCES or any(ch.isdigit() for ch in words[0]):
        return False
    if len(words) == 1:
        return words[0][0].isupper() and not words[0].isupper() or len(words[0]) <= 5
    last = words[-1]
    return last[0].isupper() or last.lower() in _SOURCE_TAILS


def colon_attributions(text: str, taken: list[tuple[int, int]]) -> list[ColonAttribution]:
    """The colon attributions of the text whose content no other attribution already holds (``taken``)."""
    found: list[ColonAttribution] = []
    for m in _COLON_LINE.finditer(text):
        words = m.group("source").split()
        content = m.group("content").rstrip()
        if len(content.split()) < _MIN_CONTENT_WORDS or not _is_source(words):
            continue
        start, end = m.start("content"), m.start("content") + len(content)
        if any(a <= start < b or start <= a < end for a, b in taken):
            continue
        colon = text.index(":", m.end("source"))
        found.append(ColonAttribution((m.start("source"), m.end("source")), (colon, colon + 1), (start, end)))
    return found


def colon_speaker(text: str, entities: list[Entity], start: int, end: int) -> Speaker:
    """The speaker of a colon attribution, typed by what the model tagged in the name."""
    mention = text[start:end]
    inside = [e for e in entities if start <= e.start and e.end <= end]
    for label, kind in (("OUTLET", "outlet"), ("PERSON", "person"), ("ORG", "organization"), ("NORP", "group")):
        e = next((e for e in inside if e.label == label), None)
        if e is None:
            continue
        if kind == "outlet":
            known = outlet_index().get(e.text.casefold())
            return Speaker(text=mention, name=known.name if known else e.text, start=start, end=end, kind="outlet")
        if kind == "person":
            name = full_name(e.text, entities, start, text)
            role = mention[:e.start - start].strip() or None
            return Speaker(text=mention, name=name, start=start, end=end, kind="person", description=role)
        return Speaker(text=mention, name=mention, start=start, end=end, kind=kind)
    return Speaker(text=mention, name=mention, start=start, end=end, kind="unknown")


def inner_quote(text: str, start: int, end: int) -> tuple[int, int, str]:
    """A content that is one whole quotation ('Kasich: “We will go all the way.”') without its marks, as direct."""
    stripped = text[start:end].rstrip(".")
    if len(stripped) > 2 and stripped[0] in _OPENING and stripped[-1] in _CLOSING \
            and not any(ch in _OPENING + _CLOSING for ch in stripped[1:-1] if ch not in "'’"):
        return start + 1, start + len(stripped) - 1, "direct"
    return start, end, "indirect"


_OPENING = "“\"‘'«"
_CLOSING = "”\"’'»"
