"""What linking keeps of one extracted incident: the incident, its report's metadata, claims and origins.

A member is computed once, when its report is linked, and stored with the link; a canonical incident is
rebuilt from its members alone, so no report is re-read or re-processed when new reports arrive.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..models import Claim, Incident, Record, Report
from .origin import claim_origin, document_origin, source_key

# Reports often do not say when. News is mostly about the last few days, so an undated incident is compared
# as if it happened within this many days before publication (the canonical incident's ``when`` stays unknown
# unless a report states it). Wider windows chain undated reports across months (UCDP tune half: pairwise F1
# 0.06 at 365 days, 0.20 at 0-1 days); an old event retold later still links through its named victims.
UNDATED_WINDOW_DAYS = 1


class Member(Record):
    incident: Incident
    doc_id: str
    outlet: str | None = None
    published: date | None = None
    claims: list[Claim] = []
    origins: list[str] = []
    text: str = ""
    victim_names: list[str] = []  # named victims the people stage tied to this incident

    @property
    def origin_keys(self) -> set[str]:
        return {source_key(o) for o in self.origins}

    @property
    def victims(self) -> set[str]:
        """Named victims, casefolded (descriptions such as 'a fellow soldier' are not names)."""
        named = {a.text.casefold() for a in self.incident.actors
                 if a.role == "victim" and a.text[:1].isupper() and len(a.text.split()) >= 2}
        return named | {n.casefold() for n in self.victim_names}

    @property
    def units(self) -> set[str]:
        return {a.text.casefold() for a in self.incident.actors if any(ch.isdigit() for ch in a.text)}

    @property
    def hedged(self) -> bool:
        """Every claim behind it is alleged or denied (or the incident itself is marked so)."""
        if self.incident.certainty in ("alleged", "disputed") and not self.claims:
            return True
        return bool(self.claims) and all(c.status in ("alleged", "denied") for c in self.claims)

    @property
    def dated(self) -> bool:
        return self.incident.when.start is not None

    def interval(self) -> tuple[date | None, date | None]:
        """The stated interval, or the undated window before publication, or (None, None)."""
        when = self.incident.when
        if when.start is not None:
            return when.start, when.end or when.start
        if self.published is not None:
            return self.published - timedelta(days=UNDATED_WINDOW_DAYS), self.published
        return None, None


def members(report: Report) -> list[Member]:
    """One member per incident of ``report``."""
    doc = report.document
    claims = {c.id: c for c in report.claims}
    out = []
    for incident in report.incidents:
        supporting = [claims[i] for i in incident.claim_ids if i in claims]
        found = {claim_origin(c, doc) for c in supporting}
        if len(found) > 1:  # the outlet's own voice restating what it relays is not a second source
            found.discard(document_origin(doc))
        origins = sorted(found) or [document_origin(doc)]
        text = " ".join(s.text for s in incident.evidence)[:600] or incident.summary
        victims = [p.name for p in report.people if incident.id in p.incident_ids and len(p.name.split()) >= 2
                   and ("victim" in p.roles or any(f.incident_id == incident.id for f in p.fates))]
        out.append(Member(incident=incident, doc_id=doc.id, outlet=doc.outlet, published=doc.published,
                          claims=supporting, origins=origins, text=text, victim_names=victims))
    return out
