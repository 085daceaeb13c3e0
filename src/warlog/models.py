"""The one record model shared by every stage.

Every extracted fact carries its evidence as character offsets into
``Document.text`` (the clean text), so any field can be traced back to the
words that produced it. Stages fill these records in; the store and the
exports read them; the JSON Schema in ``schema/report.schema.json`` is the
public contract for their serialised form.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EntityLabel = Literal[
    "PERSON", "ORG", "OUTLET", "PLACE", "UNIT", "NORP", "DATE", "QUANTITY", "MISC"
]
# "hromada" / "raion": a settlement known by name whose own point is not: its hromada's (raion's) centre is given.
GeoPrecision = Literal["point", "settlement", "hromada", "raion", "district", "region", "country", "unknown"]
# Finer first: which of two places says more about where something happened.
GEO_PRECISION_RANK: dict[str, int] = {"point": 0, "settlement": 1, "hromada": 2, "raion": 2, "district": 2,
                                      "region": 3, "country": 4, "unknown": 5}
TimePrecision = Literal["day", "week", "month", "season", "year", "unknown"]
TIME_PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "unknown": 5}
QuoteKind = Literal["direct", "indirect", "mixed"]
QuoteStatus = Literal["asserted", "reported", "alleged", "denied"]
ChainRole = Literal["speaker", "medium", "releaser", "interviewer", "reporter"]
ActorRole = Literal["perpetrator", "victim", "other"]
Certainty = Literal["reported", "alleged", "confirmed", "disputed"]
IncidentType = Literal[
    "friendly_fire",
    "intra_force_killing",
    "non_combat_death",
    "strike",
    "armed_clash",
    "attack_on_civilians",
    "refusal_to_fight",
    "desertion_or_surrender",
    "abandonment",
    "protest",
    "mobilization",
    "arrest_or_detention",
    "territory_change",
    "other",
]


class Record(BaseModel):
    """Base for all records: strict field names, JSON-friendly dumps."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(Record):
    """A stretch of the clean text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


SourceKind = Literal["file", "telegram", "feed", "web", "api", "other"]


class SourceLink(Record):
    """A link in a post's rich text: the words linked and where they point (they become citations)."""

    text: str
    href: str


class SourceInfo(Record):
    """Where a document came from beyond its file: a channel post, a feed item, a fetched page.

    Readers fill it in; provenance uses ``forwarded_from`` (the origin a relay forwards) and ``reply_to``.
    """

    kind: SourceKind = "file"
    channel: str | None = Field(default=None, description="channel or feed name as published")
    channel_id: str | None = None
    post_id: str | None = None
    url: str | None = None
    forwarded_from: str | None = None
    forwarded_from_id: str | None = None
    reply_to: str | None = Field(default=None, description="post id this one replies to, in the same channel")
    edited_at: str | None = Field(default=None, description="ISO 8601 time of the last edit, UTC")
    links: list[SourceLink] = Field(default_factory=list)
    media: list[str] = Field(default_factory=list, description="media files the post references (not read)")


class Document(Record):
    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    language: str | None = None
    text: str
    source: str | None = Field(default=None, description="file path or other origin of the input")
    content_hash: str | None = None
    source_info: SourceInfo | None = None


class GeoRef(Record):
    """A gazetteer resolution; the same fields wherever a place is resolved."""

    gazetteer_id: str | None
    name: str
    lat: float | None
    lon: float | None
    admin1: str | None
    country: str | None = Field(description="ISO 3166-1 alpha-2")
    precision: GeoPrecision
    confidence: float = 0.0
    reason: str = ""
    radius_km: float | None = Field(default=None, description="how far the place may lie from the point")


class Cue(Record):
    text: str
    start: int
    end: int


class Speaker(Record):
    text: str
    name: str = Field(description="resolved person or group, never a bare pronoun")
    start: int
    end: int
    kind: Literal["person", "group", "organization", "outlet", "unknown"] = "unknown"
    description: str | None = None
    hedged: bool = False


class ChainLink(Record):
    role: ChainRole
    name: str


class Quote(Record):
    id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: Cue | None = None
    speaker: Speaker | None = None
    chain: list[ChainLink] = Field(default_factory=list)
    hedges: list[str] = Field(default_factory=list)
    status: QuoteStatus = "reported"


class Claim(Record):
    """A statement an incident can cite: content, claimant, chain and status.

    Every quote is a claim; a sentence the document states in its own voice
    (no speaker) is a claim by the document's outlet with status ``asserted``.
    """

    id: str
    text: str
    start: int
    end: int
    claimant: str | None = None
    chain: list[ChainLink] = Field(default_factory=list)
    status: QuoteStatus = "reported"
    quote_id: str | None = None


class When(Record):
    start: date | None = None
    end: date | None = None
    precision: TimePrecision = "unknown"
    text: str | None = None
    span: Span | None = None


class Where(Record):
    name: str
    text: str
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision = "unknown"
    radius_km: float | None = None
    gazetteer_id: str | None = None
    confidence: float | None = None
    entity_id: str | None = Field(default=None, description="the PLACE entity that named it")
    span: Span | None = None

    def take(self, geo: GeoRef) -> None:
        """Take the gazetteer's resolution of the place (name, region, point, precision)."""
        self.name, self.admin1, self.country = geo.name, geo.admin1, geo.country
        self.lat, self.lon, self.precision, self.radius_km = geo.lat, geo.lon, geo.precision, geo.radius_km
        self.gazetteer_id, self.confidence = geo.gazetteer_id, geo.confidence


class Count(Record):
    best: int | None
    low: int | None
    high: int | None
    text: str
    span: Span | None = None


class Entity(Record):
    id: str
    text: str
    label: EntityLabel
    start: int
    end: int
    lemma: str | None = Field(default=None, description="dictionary form when it differs from the text (inflected "
                              "languages: 'Белгородской области' -> 'Белгородская область'); resolvers try it first")
    geo: GeoRef | None = None
    when: When | None = Field(default=None, description="on DATE entities: the resolved interval")
    count: Count | None = Field(default=None, description="on QUANTITY entities: best/low/high")


class Actor(Record):
    text: str
    role: ActorRole
    side: str | None = None
    span: Span | None = None


class Acled(Record):
    event_type: str
    sub_event_type: str


class IncidentFields(Record):
    """What an incident is, whether extracted from one report (``Incident``) or merged (``CanonicalIncident``)."""

    id: str
    type: IncidentType
    acled: Acled | None = None
    summary: str
    when: When = Field(default_factory=When)
    where: Where | None = None
    actors: list[Actor] = Field(default_factory=list)
    fatalities: Count | None = None
    injured: Count | None = None


class Incident(IncidentFields):
    sources: list[str] = Field(default_factory=list)
    certainty: Certainty = "reported"
    evidence: list[Span] = Field(default_factory=list)
    claim_ids: list[str] = Field(default_factory=list, description="the claims (statements) supporting it")
    background: bool = Field(default=False, description="an older event the report recalls, not its news")


# -- people and provenance, per report -----------------------------------------------------------------------

PersonRole = Literal["victim", "perpetrator", "witness", "soldier", "commander", "relative", "expert", "official",
                     "other"]
FateStatus = Literal["killed", "died", "wounded", "missing", "captured", "refused_to_fight", "deserted",
                     "detained", "alive"]
CitationKind = Literal["cites", "reprint", "forward"]


class Support(Record):
    """Where a value came from: a report, the incident extracted from it, the claims and their origin."""

    doc_id: str
    incident_id: str | None = None
    claim_ids: list[str] = Field(default_factory=list)
    origin: str | None = Field(default=None, description="the independent source behind the claims")
    outlet: str | None = None


class PersonAttribute(Record):
    """One fact about a person ("age": "25", "home": "Vladimir region", "unit": "...", "rank": "private")."""

    name: Literal["age", "home", "unit", "rank", "occupation", "nationality", "description"]
    value: str
    span: Span
    claim_id: str | None = None
    support: Support | None = Field(default=None, description="set in the people registry")


class Fate(Record):
    """What a text says happened to a person, as one version among possibly conflicting ones.

    ``cause`` is an incident type where the text names one ("intra_force_killing" for "shot dead by a fellow
    soldier") or ``"combat"`` for "died heroically on the battlefield"; ``place`` and ``when`` are as stated.
    """

    status: FateStatus
    cause: str | None = None
    place: Where | None = None
    when: When | None = None
    hedged: bool = False
    claimant: str | None = None
    claim_id: str | None = None
    incident_id: str | None = None
    span: Span
    support: Support | None = Field(default=None, description="set in the people registry")


class PersonMention(Record):
    """A named person in one report, with what this report says about them."""

    id: str
    name: str
    spans: list[Span] = Field(default_factory=list, description="every mention, short forms included")
    roles: list[PersonRole] = Field(default_factory=list)
    attributes: list[PersonAttribute] = Field(default_factory=list)
    fates: list[Fate] = Field(default_factory=list)
    incident_ids: list[str] = Field(default_factory=list)
    claim_ids: list[str] = Field(default_factory=list, description="claims this person made (as speaker)")


class Citation(Record):
    """The report relays another source: "according to iStories", "Astra reported", a forwarded post."""

    cited: str = Field(description="the outlet, channel or organisation cited")
    kind: CitationKind = "cites"
    claim_ids: list[str] = Field(default_factory=list)
    span: Span | None = None


class StageFailure(Record):
    """A stage that raised on a document: what it was and why, so ``reprocess --failed`` can finish it later."""

    stage: str
    error: str


class Report(Record):
    """Everything warlog extracted from one document."""

    document: Document
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    incidents: list[Incident] = Field(default_factory=list)
    people: list[PersonMention] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    failed_stages: list[StageFailure] = Field(
        default_factory=list,
        description="stages that raised on this document; the fields of the stages before them are kept")
    analysed: bool = Field(default=True, description="false when no language pack analyses the document's language")

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json")

    def span(self, start: int, end: int) -> Span:
        """A Span over this report's clean text."""
        return Span(start=start, end=end, text=self.document.text[start:end])


# -- across reports (linking, issue #6) ------------------------------------------------------------------------

Reliability = Literal["A", "B", "C", "D", "E", "F"]


class Version(Record):
    """One side of a contradiction: a value as one source states it."""

    value: str
    text: str = Field(description="the words that state it")
    status: QuoteStatus = "reported"
    support: Support
    span: Span | None = None


class Contradiction(Record):
    subject: str = Field(description="'incident' or the person's name")
    field: Literal["fatalities", "injured", "date", "place", "type", "fate", "cause_of_death", "place_of_death"]
    versions: list[Version]


class Admiralty(Record):
    """NATO Admiralty code: source reliability A-F and information credibility 1-6 (docs/linking.md)."""

    reliability: Reliability
    credibility: int = Field(ge=1, le=6)
    reasons: list[str] = Field(default_factory=list)

    @property
    def code(self) -> str:
        return f"{self.reliability}{self.credibility}"


class CanonicalIncident(IncidentFields):
    """One incident merged from every report of it; each field keeps the report and claims it came from
    (``field_support``); fatalities and injured are reconciled across sources (docs/linking.md)."""

    certainty: Certainty = "reported"
    incident_ids: list[str] = Field(default_factory=list)
    reports: list[str] = Field(default_factory=list, description="ids of the documents it was merged from")
    sources: list[str] = Field(default_factory=list, description="the independent sources, by name")
    independent_sources: int = 0
    admiralty: Admiralty
    contradictions: list[Contradiction] = Field(default_factory=list)
    field_support: dict[str, list[Support]] = Field(default_factory=dict)
    people: list[str] = Field(default_factory=list, description="ids of registry people involved")


class Person(Record):
    """A named person merged across reports: the unit of a named-casualty list."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[PersonRole] = Field(default_factory=list)
    attributes: list[PersonAttribute] = Field(default_factory=list, description="each with its support")
    fates: list[Fate] = Field(default_factory=list, description="every version, each with its support")
    reports: list[str] = Field(default_factory=list)
    incidents: list[str] = Field(default_factory=list, description="canonical incident ids")
    contradictions: list[Contradiction] = Field(default_factory=list)
