"""The outlets, channels and organisations one report relays, one Citation per source.

Sources come from two places:

1. the claims' chains: every link but the medium ("phone call") and the document's own outlet
   (the chain's usual last link). A speaker counts only when it is an outlet or organisation
   (a soldier quoted is a person, not a cited source); a releaser, interviewer or reporter counts
   when it is named (capitalised, not "the outlet");
2. the attribution lexicon's chain patterns over the text ("according to a report from Astra",
   "published on the Telegram channel VChK-OGPU", "released by Ukrainian intelligence"), outside
   direct quotes, when the name is a known outlet, a known releaser, or an OUTLET/ORG entity; this
   catches sources that relay no extracted claim.

Names are folded onto the outlets lexicon's canonical name ("MediaZona" -> "Mediazona"); repeated
mentions merge, keeping every claim id and the first span. A document whose first line says
"Forwarded from X", or whose reader says it forwards X (a Telegram post's ``forwarded_from``), gets a
``forward`` citation of X. Links in a post's rich text (``SourceInfo.links``) cite the site or channel they
point to: ``t.me/NAME/...`` is the channel NAME, other links their site, folded onto a known outlet when the
host's first label is one ("meduza.io" -> Meduza); links back to the post's own channel are not citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

from ..attribution.lexicon import attribution_lexicon
from ..lexicon import load_data, outlet_index
from ..models import Citation, Claim, Report, Speaker

_SOURCE_SPEAKER_KINDS = frozenset({"outlet", "organization"})
_NAMED = re.compile(r"^(?:@|[A-ZА-ЯЁІЇЄҐ]|[a-z]+[A-Z])")  # "iStories", "Astra", "@rybar", "Медиазона"


@dataclass(frozen=True)
class ProvenanceLexicon:
    forward: tuple[re.Pattern[str], ...]
    generic: frozenset[str]


@cache
def provenance_lexicon(lang: str = "en") -> ProvenanceLexicon:
    data = load_data(lang, "provenance")
    return ProvenanceLexicon(
        forward=tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in data.get("forward", ())),
        generic=frozenset(g.casefold() for g in data.get("generic", ())),
    )


@dataclass
class _Draft:
    name: str
    kind: str = "cites"
    claim_ids: list[str] = field(default_factory=list)
    span: tuple[int, int] | None = None

    def see(self, start: int, end: int) -> None:
        if self.span is None or start < self.span[0]:
            self.span = (start, end)


class _Citations:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.text = report.document.text
        self.lang = report.document.language or "en"
        self.outlets = outlet_index(self.lang)
        self.lex = provenance_lexicon(self.lang)
        self.releasers = {r.casefold() for r in attribution_lexicon(self.lang).releasers}
        self.own = self.canonical(report.document.outlet) if report.document.outlet else None
        self.direct = [(q.start, q.end) for q in report.quotes if q.kind == "direct"]
        self.drafts: dict[str, _Draft] = {}

    def canonical(self, name: str) -> str:
        name = name.strip()
        known = self.outlets.get(name.casefold())
        if known is None and name.lower().startswith("the "):
            known = self.outlets.get(name[4:].casefold())
        if known is None:  # an inflected mention ("Медиазоне") whose entity carries the dictionary form
            lemma = next((e.lemma for e in self.report.entities if e.lemma and e.text == name
                          and e.label in ("OUTLET", "ORG")), None)
            known = self.outlets.get(lemma.casefold()) if lemma else None
        return known.name if known else name

    def add(self, name: str, claim_id: str | None = None, span: tuple[int, int] | None = None,
            kind: str = "cites") -> None:
        cited = self.canonical(name)
        if cited.casefold() in self.lex.generic or (self.own and cited.casefold() == self.own.casefold()):
            return
        draft = self.drafts.setdefault(cited.casefold(), _Draft(cited, kind))
        if claim_id and claim_id not in draft.claim_ids:
            draft.claim_ids.append(claim_id)
        if span is not None:
            draft.see(*span)

    def known(self, name: str) -> bool:
        """A known outlet or releaser, or the text of an OUTLET/ORG entity."""
        folded = name.casefold()
        return folded in self.outlets or folded in self.releasers or any(
            e.label in ("OUTLET", "ORG") and e.text.casefold() == folded for e in self.report.entities)

    def from_claims(self) -> None:
        speakers = {q.id: q.speaker for q in self.report.quotes}
        for claim in self.report.claims:
            for link in claim.chain:
                if link.role == "medium" or not _NAMED.match(link.name):
                    continue
                if link.role == "speaker" and not self._source_speaker(claim, link.name, speakers):
                    continue
                self.add(link.name, claim.id)

    def _source_speaker(self, claim: Claim, name: str, speakers: dict[str, Speaker | None]) -> bool:
        speaker = speakers.get(claim.quote_id or "")
        kind = speaker.kind if speaker else None
        return kind in _SOURCE_SPEAKER_KINDS or (kind != "person" and self.known(name))

    def from_patterns(self) -> None:
        for chain in attribution_lexicon(self.lang).chains:
            for match in chain.regex.finditer(self.text):
                group = next((g for g in ("name", "other") if g in match.groupdict() and match.group(g)), None)
                if group is None or any(a <= match.start() < b for a, b in self.direct):
                    continue
                name = match.group(group)
                if self.known(name) or self.known(self.canonical(name)):
                    self.add(name, span=(match.start(group), match.end(group)))

    def spans(self) -> None:
        """First mention of each source: the earliest entity or occurrence of any of its names."""
        for draft in self.drafts.values():
            names = {draft.name.casefold()} | {alias for alias, o in self.outlets.items() if o.name == draft.name}
            for entity in self.report.entities:
                if entity.text.casefold() in names or self.canonical(entity.text) == draft.name:
                    draft.see(entity.start, entity.end)
            if draft.span is None:
                at = self.text.find(draft.name)
                if at >= 0:
                    draft.see(at, at + len(draft.name))

    def forwarded(self) -> None:
        info = self.report.document.source_info
        if info is not None and info.forwarded_from:
            at = self.text.find(info.forwarded_from)
            self.add(info.forwarded_from, span=(at, at + len(info.forwarded_from)) if at >= 0 else None,
                     kind="forward")
            return
        first_line_end = self.text.find("\n")
        head = self.text[: first_line_end if first_line_end >= 0 else len(self.text)]
        for pattern in self.lex.forward:
            match = pattern.match(head)
            if match:
                self.add(match.group("name"), span=(match.start("name"), match.end("name")), kind="forward")
                return

    def linked(self) -> None:
        info = self.report.document.source_info
        if info is None:
            return
        own_url = urlsplit(info.url or "")
        for link in info.links:
            name = self.link_target(link.href)
            if name is None or (own_url.netloc == "t.me" and own_url.path.split("/")[1:2] == [name.lstrip("@")]):
                continue
            at = self.text.find(link.text) if link.text.strip() else -1
            self.add(name, span=(at, at + len(link.text)) if at >= 0 else None)

    def link_target(self, href: str) -> str | None:
        """The source a link points to: a Telegram channel, a known outlet, else the site's host."""
        parts = urlsplit(href if "://" in href else "https://" + href)
        host = parts.netloc.lower().removeprefix("www.")
        if not host or parts.scheme not in ("http", "https"):
            return None
        if host in ("t.me", "telegram.me"):
            channel = next((p for p in parts.path.split("/") if p and p != "s"), None)
            if channel is None:
                return None
            known = self.outlets.get(channel.casefold())
            return known.name if known else "@" + channel
        for candidate in (host, host.split(".")[0]):
            known = self.outlets.get(candidate)
            if known is not None:
                return known.name
        return host

    def citations(self) -> list[Citation]:
        self.forwarded()
        self.linked()
        self.from_claims()
        self.from_patterns()
        self.spans()
        ordered = sorted(self.drafts.values(), key=lambda d: d.span[0] if d.span else len(self.text))
        return [Citation(cited=d.name, kind=d.kind, claim_ids=d.claim_ids,
                         span=self.report.span(*d.span) if d.span else None) for d in ordered]


def find_citations(report: Report) -> list[Citation]:
    """Every other outlet, channel or organisation this report relays, in order of first mention."""
    return _Citations(report).citations()
