"""The independent source behind a claim.

A claim's chain runs from the speaker to the document's outlet (speaker → medium → releaser → interviewer →
reporter ...). The *origin* is who first put the information into circulation, the unit corroboration is
counted in:

1. an organisation or outlet that speaks for itself ("the General Staff said", "iStories reports",
   "Russian media claimed"), whoever relays it after;
2. else the relay nearest the speaker (releaser, interviewer, reporter) that is not the document's own outlet:
   "Aleksei told iStories" and "audio released by Ukrainian intelligence" make those the origin;
3. else the document's outlet, which gathered the account first hand (it interviewed the relatives).

Two reports with the same origin are one source, however many outlets repeat it.
"""

from __future__ import annotations

import re

from ..lexicon import outlet_index
from ..models import Claim, Document

_RELAYS = ("releaser", "interviewer", "reporter")
_DROP = re.compile(r"^(?:the|a|an)\s+|['’]s$", re.IGNORECASE)


def source_key(name: str) -> str:
    """One spelling per source: casefolded, articles and possessives dropped, known aliases unified."""
    text = " ".join(name.split())
    text = _DROP.sub("", text).strip()
    outlet = outlet_index().get(text.casefold())
    return (outlet.name if outlet else text).casefold()


def display_name(name: str) -> str:
    text = _DROP.sub("", " ".join(name.split())).strip()
    outlet = outlet_index().get(text.casefold())
    return outlet.name if outlet else text


def _speaks_for_itself(name: str) -> bool:
    """An outlet, channel or organisation rather than a person: its own statement is an origin."""
    if outlet_index().get(_DROP.sub("", name).strip().casefold()):
        return True
    words = name.split()
    org_words = ("ministry", "staff", "administration", "office", "service", "intelligence", "command",
                 "police", "governor", "council", "prosecutor", "committee", "army", "forces", "channel", "media")
    return any(w.casefold().strip(".,") in org_words for w in words)


def document_publisher(document: Document) -> str:
    """Who published ``document``: its outlet (for a forwarded post, the channel that relays it)."""
    return display_name(document.outlet) if document.outlet else f"document {document.id}"


def document_origin(document: Document) -> str:
    """Who first put the document's own account into circulation: the publisher, or for a forwarded channel
    post the channel it forwards (the relay is not a second independent source)."""
    info = document.source_info
    if info is not None and info.forwarded_from:
        return display_name(info.forwarded_from)
    return document_publisher(document)


def claim_origin(claim: Claim, document: Document) -> str:
    """The origin of ``claim`` as a display name (compare with ``source_key``)."""
    own = source_key(document.outlet) if document.outlet else None
    info = document.source_info
    if info is not None and info.forwarded_from:  # the forwarded channel speaks; the relay adds nothing
        own = source_key(info.forwarded_from)
    speaker = next((link.name for link in claim.chain if link.role == "speaker"), claim.claimant)
    if speaker and _speaks_for_itself(speaker) and source_key(speaker) != own:
        return display_name(speaker)
    for link in claim.chain:
        if link.role in _RELAYS and source_key(link.name) != own:
            return display_name(link.name)
    return document_origin(document)
