"""Report-level slots an incident's own sentences leave empty, in English: the country a report names by an
adjective or alone, the teller and the day of a regional roundup's lead, and the region of a village the gazetteer
does not know."""

from __future__ import annotations

import re

from ..geo.officials import told_for
from ..models import Incident, Report, Where
from . import shares
from .lexicon import incident_lexicon

# "Ukrainian shelling of western Russian village kills 1": the country of a place the report leaves unnamed
_COUNTRY_ADJECTIVE = re.compile(r"\b(?P<adj>Russian|Ukrainian|Belarusian)\s+(?:(?:border|frontline|front-line)\s+)?"
                                r"(?:village|town|city|region|settlement|oblast|territory)\b")
_ADJECTIVE_COUNTRY = {"Russian": ("Russia", "RU"), "Ukrainian": ("Ukraine", "UA"), "Belarusian": ("Belarus", "BY")}


def country_by_adjective(incidents: list[Incident], report: Report) -> None:
    """An incident with no place whose evidence names the country of the place by an adjective ("a Russian
    village") is placed in that country (precision country; the phrase is the evidence)."""
    text = report.document.text
    for incident in incidents:
        if incident.where is not None:
            continue
        for span in incident.evidence:
            m = _COUNTRY_ADJECTIVE.search(text, span.start, span.end)
            if m:
                name, code = _ADJECTIVE_COUNTRY[m["adj"]]
                incident.where = Where(name=name, text=m.group(), country=code, precision="country",
                                       span=report.span(m.start(), m.end()))
                break


_ACTS = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would)\b")


def country_of_report(incidents: list[Incident], report: Report) -> None:
    """An incident still without a place, in a report whose places lie in one country only ("... the wounded in
    Ukraine" and no other country or place abroad), is placed in that country at country precision, its evidence
    the first naming of the country: what a coder files when the report names no village."""
    text = report.document.text
    lex = incident_lexicon(report.document.language or "en")
    # a country as the subject of a verb acts, it does not place ("Russia is locking up soldiers who refuse")
    places = [e for e in report.entities if e.label == "PLACE" and e.geo is not None and e.geo.country
              and not lex.not_event_place_after.match(text, e.end) and not _ACTS.match(text, e.end)]
    if not places or len({e.geo.country for e in places if e.geo is not None}) != 1:
        return
    country = next((e for e in places if e.geo is not None and e.geo.precision == "country"), None)
    if country is None or country.geo is None:
        return
    for incident in incidents:
        if incident.where is None:
            incident.where = shares.place_where(country)


def lead_teller(incidents: list[Incident], report: Report) -> None:
    """Strikes told after the lead with no teller of their own are told by the lead's teller, where they lie in
    the lead's region: a regional administration's day ("... shelled the region's border areas 20 times, the
    military administration said. Artillery fired at the Esman community, ...") names its source once."""
    outlet = report.document.outlet
    text = report.document.text
    lead = next((i for i in incidents if i.evidence and text.count("\n", 0, i.evidence[0].start) <= 1
                 and any(name != outlet for name in i.sources)), None)
    if lead is None:
        return
    told = [name for name in lead.sources if name != outlet]
    region = lead.where.admin1 if lead.where else None
    if region is None:
        return  # a national roundup's teller is not every region's
    for incident in incidents:
        if (incident is lead or incident.type != "strike" or any(name != outlet for name in incident.sources)
                or incident.where is None or incident.where.admin1 != region):
            continue
        incident.sources = told + incident.sources


# "Russian forces have repeatedly shelled Kupiansk": a pattern over time, not the lead's day
_HABITUAL = re.compile(r"\b(?:repeatedly|regularly|often|constantly|daily|every\s+day|for\s+(?:weeks|months))\b|"
                       r"\b(?:have|has|had)\s+(?:been\s+)?(?:\w+\s+)?(?:shelled|struck|hit|attacked|targeted)\b",
                       re.IGNORECASE)


def lead_day(incidents: list[Incident], report: Report) -> None:
    """Strikes told after the lead with no date of their own happened on the lead's day, where they lie in the
    lead's region: "... attacked 14 communities of the region on Oct. 3 ... The communities of A, B and C also
    came under fire" dates the list by the lead's stated day. Only a lead dated to a day (or a night) passes its
    date on; a list item with any date of its own keeps it."""
    text = report.document.text
    lead = next((i for i in incidents if i.evidence and text.count("\n", 0, i.evidence[0].start) <= 1), None)
    if lead is None or lead.where is None or lead.where.admin1 is None or lead.when.span is None:
        return
    start, end = lead.when.start, lead.when.end
    if start is None or end is None or (end - start).days > 1:
        return
    for incident in incidents:
        if (incident is lead or incident.type != "strike" or incident.when.start is not None
                or incident.where is None or incident.where.admin1 != lead.where.admin1
                or not incident.evidence or incident.evidence[0].start < lead.evidence[0].start
                or _HABITUAL.search(incident.evidence[0].text)):
            continue
        incident.when = lead.when.model_copy()


def region_of_report(incidents: list[Incident], report: Report) -> None:
    """A village the gazetteer does not know, in a report whose places below the country all lie in one region,
    lies in that region: "an earlier drone strike on the village of Istobnoye" in a Belgorod governor's day. The
    incident keeps the village's name and takes the region and country at region precision, with no point (the
    village's own is unknown)."""
    regions = {(e.geo.admin1, e.geo.country) for e in report.entities if e.label == "PLACE" and e.geo is not None
               and e.geo.admin1 and e.geo.precision != "country"}
    for incident in incidents:
        where = incident.where
        if where is None or where.admin1 is not None or where.lat is not None or where.entity_id is None:
            continue
        # the one region of the report, else the region of the official the incident's own sentence names
        # ("Gladkov had reported an earlier drone strike on the village of Istobnoye")
        region = (next(iter(regions)) if len(regions) == 1
                  else told_for(" ".join(span.text for span in incident.evidence)))
        if region is not None:
            where.admin1, where.country, where.precision = region[0], region[1], "region"

