"""Outlets credited with a whole story: "Two outlets, X and Y, have uncovered ...", "Citing X, Y said ...".

A story retold from another outlet's investigation names that outlet once, near the top, and then quotes the
people that outlet spoke to without naming it again. Every later quote from a private person (a soldier, a
relative, "he") reached the page through it, so the credited outlets join that quote's chain; the incidents
told in that stretch of the story have them as sources when no quote stands over the incident.

Only verbs of finding and telling a story credit an outlet ("uncovered", "found", "revealed", "told the story
of", "an investigation by"); a plain "X reported" or "X said" is one statement of X's and credits nothing
beyond it, so wire copy that quotes a channel and then a governor keeps the governor's own chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import outlet_index
from ..models import ChainLink, Entity, Quote

# After the outlet (or the last of several): "have uncovered", "recently told the story of", "found in an
# investigation", "has reported on", "spoke to".
_FINDING_AFTER = re.compile(
    r"^\s*(?:TV\s*)?(?:\([^)]{1,40}\)\s*)?,?\s*(?:(?:has|have|had)\s+)?(?:(?:recently|also|first|now|separately)\s+)?"
    r"(?:uncovered|found|revealed|documented|investigated|established|obtained|identified|verified|tracked\s+down|"
    r"learned|discovered|reconstructed|told\s+the\s+story|reported\s+on|spoke\s+(?:to|with)|interviewed|"
    r"published\s+(?:an?\s+)?(?:investigation|report|story|account|interview))\b",
    re.IGNORECASE)
# Before the outlet: "an investigation by the exiled outlet", "a report from", "findings of", "Citing".
_FINDING_BEFORE = re.compile(
    r"\b(?:investigation|investigations|inquiry|findings|reporting|analysis|report|story)\s+(?:by|from|of)\s+"
    r"(?:(?:the|an?|its|exiled|independent|investigative|Russian|Ukrainian|news|media|outlet|project|website|site|"
    r"channel|Telegram|language|Russian-language|online)\s+){0,6}$", re.IGNORECASE)
_CITING_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)(?:Citing|Quoting|Drawing\s+on|Based\s+on\s+(?:reports?\s+by)?)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
_JOINER = re.compile(r"^\s*(?:TV\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$")
_AFTER_CITING = re.compile(r"^\s*(?:TV\s*)?,\s*(?:the\s+)?(?:[\w-]+\s+){0,4}$")
# Speakers the credit covers: people the outlet spoke to, never institutions with their own channels.
_COVERED_KINDS = frozenset({"person", "group", "unknown"})


@dataclass
class Credit:
    start: int  # where the credit is given: it covers what comes after
    names: list[str]  # the credited outlets, the original first and the one relaying it last


def _canonical(name: str) -> str:
    known = outlet_index().get(name.casefold())
    return known.name if known else name


def _is_publisher(name: str, publisher: str | None) -> bool:
    if not publisher:
        return False
    a, b = name.casefold(), publisher.casefold()
    return a == b or a in b or _canonical(name).casefold() in b


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _groups(text: str, outlets: list[Entity]) -> list[list[Entity]]:
    """Outlets named together ("Current Time and Siren", "Current Time TV and Siren") form one group."""
    groups: list[list[Entity]] = []
    for e in outlets:
        if groups and _JOINER.match(text[groups[-1][-1].end:e.start]):
            groups[-1].append(e)
        else:
            groups.append([e])
    return groups


def credits(text: str, entities: list[Entity], publisher: str | None,
            quoted: list[tuple[int, int]]) -> list[Credit]:
    """The credits a document gives, in text order."""
    outlets = sorted((e for e in entities if e.label == "OUTLET" and not _inside(e.start, quoted)),
                     key=lambda e: e.start)
    found: list[Credit] = []
    groups = _groups(text, outlets)
    for index, group in enumerate(groups):
        first, last = group[0], group[-1]
        names = [_canonical(e.text) for e in group if not _is_publisher(e.text, publisher)]
        if not names:
            continue
        line_start = text.rfind("\n", 0, first.start) + 1
        before = text[max(line_start, first.start - 120):first.start]
        after = text[last.end:last.end + 120].split("\n", 1)[0]
        if _CITING_BEFORE.search(before):
            # "Citing Current Time TV and Siren, Meduza said ...": the citing outlet relays them.
            nxt = groups[index + 1] if index + 1 < len(groups) else None
            if nxt is not None and _AFTER_CITING.match(text[last.end:nxt[0].start]):
                names += [_canonical(e.text) for e in nxt if not _is_publisher(e.text, publisher)]
            found.append(Credit(first.start, names))
        elif _FINDING_AFTER.match(after) or _FINDING_BEFORE.search(before):
            found.append(Credit(first.start, names))
    return found


def credit_at(found: list[Credit], pos: int) -> Credit | None:
    """The credit in force at ``pos``: the last one given before it."""
    current = None
    for credit in found:
        if credit.start < pos:
            current = credit
    return current


def apply_credits(quotes: list[Quote], found: list[Credit], publisher: str | None) -> None:
    """Credited outlets join the chain of every later quote of a person who came to the page through them."""
    for quote in quotes:
        credit = credit_at(found, quote.start)
        if credit is None or quote.speaker is None or quote.speaker.kind not in _COVERED_KINDS:
            continue
        if _canonical(quote.speaker.name) in credit.names:
            continue
        middle = [link.name for link in quote.chain
                  if link.role not in ("speaker", "medium") and not _is_publisher(link.name, publisher)]
        if any(name not in credit.names for name in middle):
            continue  # the quote names its own way to the page ("told Verstka", "in an interview with X")
        missing = [name for name in credit.names if name not in middle]
        if not missing:
            continue
        at = next((i for i, link in enumerate(quote.chain) if link.name in credit.names), None)
        if at is None:
            at = next((i for i, link in enumerate(quote.chain) if i and _is_publisher(link.name, publisher)),
                      len(quote.chain))
        quote.chain[at:at] = [ChainLink(role="reporter", name=name) for name in missing]


_GENERIC_OUTLET = re.compile(
    r"^(?:the|an?)\s+(?:\w+\s+){0,2}(?:outlet|publication|news\s+site|website|media\s+project)$", re.IGNORECASE)
_STORY_NOUNS = re.compile(r"^(?:the|its)\s+(?:\w+\s+)?(?:report|investigation|findings|inquiry|story)$", re.IGNORECASE)


def name_generic_outlets(quotes: list[Quote], entities: list[Entity], found: list[Credit],
                         publisher: str | None) -> None:
    """'the outlet said', 'according to the report': the outlet named last before (not the publisher), or in a
    credited story the outlet it is credited to."""
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or not quote.chain:
            continue
        text = speaker.text.strip()
        name = None
        if _GENERIC_OUTLET.match(text):
            before = [e for e in entities if e.label == "OUTLET" and e.end <= speaker.start
                      and not _is_publisher(e.text, publisher)]
            name = _canonical(max(before, key=lambda e: e.start).text) if before else None
        elif _STORY_NOUNS.match(text):
            credit = credit_at(found, speaker.start)
            name = credit.names[-1] if credit is not None else None
        if not name:
            continue
        quote.speaker = speaker.model_copy(update={"name": name, "kind": "outlet"})
        quote.chain[0] = ChainLink(role="speaker", name=name)
        quote.chain[:] = [link for i, link in enumerate(quote.chain) if i == 0 or link.name != name]
