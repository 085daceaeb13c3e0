"""The named-people registry across reports: the unit of a named-casualty list.

A full name ("Roman Moiseyev") is one person wherever it appears (spelling variants folded by ``name_key``);
a single name ("Aleksei") is merged only with a person of that name in the same canonical incident, since
many people share a first name. Each attribute and fate keeps its support; fates that cannot all be true
(died in Ukraine / shot dead in Belgorod) become the person's contradictions, and every canonical incident
the person is in shows them and becomes disputed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..models import (
    CanonicalIncident,
    Claim,
    Contradiction,
    Fate,
    Person,
    PersonMention,
    Report,
    Support,
    Version,
)
from .features import haversine_km
from .origin import claim_origin, document_origin

_FOLD = ((re.compile(r"yev\b"), "ev"), (re.compile(r"(?:iy|yy|ii)\b"), "y"), (re.compile(r"kh"), "h"),
         (re.compile(r"ey\b"), "ei"), (re.compile(r"ks"), "x"))
PLACE_CONFLICT_KM = 25.0


def name_key(name: str) -> str:
    """Casefolded, accents and punctuation dropped, common transliteration variants folded."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name
    text = re.sub(r"[^\w\s]", "", text.casefold())
    text = " ".join(text.split())
    for pattern, repl in _FOLD:
        text = pattern.sub(repl, text)
    return text


_NOT_PEOPLE = re.compile(r"\b(?:ministry|army|staff|command|office|forces|service|council|administration|"
                         r"government|brigade|regiment|battalion|channel|media|agency)\b", re.IGNORECASE)


def registrable(mention: PersonMention) -> bool:
    """Worth a registry entry: not an organisation the NER took for a person ("Russia's Defence Ministry"),
    and a lone word only when the report says something about it (a capitalised "Strikes" says nothing)."""
    if _NOT_PEOPLE.search(mention.name):
        return False
    if len(mention.name.split()) >= 2:
        return True
    return bool(mention.roles or mention.attributes or mention.fates or mention.claim_ids or mention.incident_ids)


def supported(mention: PersonMention, report: Report) -> PersonMention:
    """``mention`` with the support (report, claims, origin) set on each attribute and fate."""
    doc = report.document
    claims: dict[str, Claim] = {c.id: c for c in report.claims}

    def support(claim_id: str | None, incident_id: str | None = None) -> Support:
        claim = claims.get(claim_id) if claim_id else None
        origin = claim_origin(claim, doc) if claim else document_origin(doc)
        return Support(doc_id=doc.id, incident_id=incident_id, claim_ids=[claim_id] if claim_id else [],
                       origin=origin, outlet=doc.outlet)

    return mention.model_copy(update={
        "attributes": [a.model_copy(update={"support": support(a.claim_id)}) for a in mention.attributes],
        "fates": [f.model_copy(update={"support": support(f.claim_id, f.incident_id)}) for f in mention.fates],
    })


def fate_contradictions(name: str, fates: Sequence[Fate]) -> list[Contradiction]:
    """Versions of a death that differ in cause or place."""
    deaths = [f for f in fates if f.status in ("killed", "died") and f.support is not None]
    out: list[Contradiction] = []
    causes: dict[str, Fate] = {}
    for f in deaths:
        if f.cause:
            causes.setdefault(f.cause, f)
    if len(causes) > 1:
        out.append(Contradiction(subject=name, field="cause_of_death",
                                 versions=[_version(cause, f) for cause, f in causes.items()]))
    placed: dict[str, Fate] = {}
    for f in deaths:
        if f.place is not None:
            placed.setdefault(f.place.name, f)
    if len(placed) > 1 and _places_differ([f for f in placed.values()]):
        out.append(Contradiction(subject=name, field="place_of_death",
                                 versions=[_version(place, f) for place, f in placed.items()]))
    return out


def _places_differ(fates: list[Fate]) -> bool:
    for i, a in enumerate(fates):
        for b in fates[i + 1:]:
            pa, pb = a.place, b.place
            assert pa is not None and pb is not None
            if pa.country and pb.country and pa.country != pb.country:
                return True
            if None not in (pa.lat, pa.lon, pb.lat, pb.lon) and not {pa.precision, pb.precision} & {
                    "region", "country"}:
                if haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) > PLACE_CONFLICT_KM:  # type: ignore[arg-type]
                    return True
    return False


def _version(value: str, fate: Fate) -> Version:
    assert fate.support is not None
    status = "alleged" if fate.hedged else "reported"
    return Version(value=value, text=fate.span.text, status=status, support=fate.support, span=fate.span)


def rebuild(person: Person, mentions: Sequence[tuple[str, PersonMention]],
            canonical_of: dict[str, str]) -> Person:
    """``person`` recomputed from all its mentions (``(doc_id, mention)``, mentions carrying support)."""
    names = [m.name for _, m in mentions]
    longest = max(names, key=lambda n: (len(n.split()), len(n))) if names else person.name
    roles: list[str] = []
    for _, m in mentions:
        roles += [r for r in m.roles if r not in roles]
    attributes = []
    seen: set[tuple[str, str, str]] = set()
    for doc_id, m in mentions:  # one of each fact per report; the same fact from several reports stays
        for a in m.attributes:
            if (a.name, a.value.casefold(), doc_id) not in seen:
                seen.add((a.name, a.value.casefold(), doc_id))
                attributes.append(a)
    fates = [f for _, m in mentions for f in m.fates]
    incidents = sorted({canonical_of[i] for _, m in mentions for i in m.incident_ids if i in canonical_of})
    return Person(id=person.id, name=longest, aliases=sorted(set(names) - {longest}),
                  roles=roles,
                  attributes=attributes, fates=fates, reports=sorted({d for d, _ in mentions}),
                  incidents=incidents, contradictions=fate_contradictions(longest, fates))


def with_person(canonical: CanonicalIncident, person: Person) -> CanonicalIncident:
    """``canonical`` naming ``person`` and carrying their contradictions (disputed if there are any)."""
    known = {(c.subject, c.field) for c in canonical.contradictions}
    added = [c for c in person.contradictions if (c.subject, c.field) not in known]
    update: dict[str, object] = {"people": sorted({*canonical.people, person.id})}
    if added:
        admiralty = canonical.admiralty
        credibility = max(admiralty.credibility, 4) if admiralty.credibility < 5 else admiralty.credibility
        update |= {"contradictions": [*canonical.contradictions, *added], "certainty": "disputed",
                   "admiralty": admiralty.model_copy(update={
                       "credibility": credibility,
                       "reasons": [*admiralty.reasons, f"versions of {person.name}'s death conflict"]})}
    return canonical.model_copy(update=update)
