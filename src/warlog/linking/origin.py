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


def document_origin(document: Document) -> str:
    return display_name(document.outlet) if document.outlet else f"document {document.id}"


def claim_origin(claim: Claim, document: Document) -> str:
    """The origin of ``claim`` as a display name (compare with ``source_key``)."""
    own = source_key(document.outlet) if document.outlet else None
    speaker = next((link.name for link in claim.chain if link.role == "speaker"), claim.claimant)
    if speaker and _speaks_for_itself(speaker) and source_key(speaker) != own:
        return display_name(speaker)
    for link in claim.chain:
        if link.role in _RELAYS and source_key(link.name) != own:
            return display_name(link.name)
    return document_origin(document)
