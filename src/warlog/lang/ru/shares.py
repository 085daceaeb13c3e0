"""A toll's second share told with its own town after "ещё": "погибли два человека, ещё трое ранены в Каховке" tells
a second event (the strike on Каховка), its toll the share; the first event keeps the rest."""

from __future__ import annotations

import re

from ...models import Count, Entity, Incident, Report, Where

_PER_PLACE = frozenset({"strike", "attack_on_civilians"})
# ", ещё трое ранены в ", "; а ещё один человек погиб под ": the share, its kind, then its town.
_SHARE = re.compile(r"[,;]\s+(?:а\s+|и\s+)?(?:ещё|еще)\s+(?P<count>[\w-]+(?:\s+(?:человека?|жител\w+|мирн\w+))?)\s+"
                    r"(?:(?P<dead>погиб\w*|убит\w*|скончал\w*)|(?P<hurt>ранен\w*|пострадал\w*|травмирован\w*|"
                    r"получил\w*\s+ранени\w*))\s+(?:в|во|под|у)\s+$", re.IGNORECASE)


def _settlement(e: Entity) -> bool:
    return e.label == "PLACE" and e.geo is not None and e.geo.precision == "settlement"


def _same(count: Count | None, share: Count) -> bool:
    return count is not None and count.best == share.best


def split_shares(report: Report, incidents: list[Incident]) -> list[Incident]:
    """Each per-place incident whose sentence gives a share of its toll to another town ("..., ещё трое ранены в
    Каховке") is followed by that town's own incident; the share leaves the first incident's toll."""
    text = report.document.text
    places = sorted((e for e in report.entities if _settlement(e)), key=lambda e: e.start)
    quantities = [e for e in report.entities if e.label == "QUANTITY" and e.count is not None]
    out: list[Incident] = []
    for incident in incidents:
        out.append(incident)
        if incident.type not in _PER_PLACE or incident.where is None:
            continue
        for span in incident.evidence:
            for town in places:
                if not span.start <= town.start < span.end or town.id == incident.where.entity_id:
                    continue
                m = _SHARE.search(text, span.start, town.start)
                if m is None or m.end() != town.start:
                    continue
                count = next((q.count for q in quantities if m.start("count") <= q.start < m.end("count")), None)
                if count is None or count.best is None:
                    continue
                dead = m.group("dead") is not None
                share = incident.model_copy(deep=True, update={
                    "id": f"{incident.id}s",
                    "where": Where(name=town.lemma or town.text, text=town.text, entity_id=town.id,
                                   span=report.span(town.start, town.end)),
                    "fatalities": count if dead else None,
                    "injured": None if dead else count,
                })
                if dead and _same(incident.fatalities, count):
                    incident.fatalities = None
                elif not dead and _same(incident.injured, count):
                    incident.injured = None
                out.append(share)
    for number, incident in enumerate(out, start=1):
        incident.id = f"{report.document.id}-i{number}"
    return out
