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
GeoPrecision = Literal["point", "settlement", "district", "region", "country", "unknown"]
TimePrecision = Literal["day", "week", "month", "season", "year", "unknown"]
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
    gazetteer_id: str | None = None
    confidence: float | None = None
    entity_id: str | None = Field(default=None, description="the PLACE entity that named it")
    span: Span | None = None


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


class Incident(Record):
    id: str
    type: IncidentType
    acled: Acled | None = None
    summary: str
    when: When = Field(default_factory=When)
    where: Where | None = None
    actors: list[Actor] = Field(default_factory=list)
    fatalities: Count | None = None
    injured: Count | None = None
    sources: list[str] = Field(default_factory=list)
    certainty: Certainty = "reported"
    evidence: list[Span] = Field(default_factory=list)
    claim_ids: list[str] = Field(default_factory=list, description="the claims (statements) supporting it")


class Report(Record):
    """Everything warlog extracted from one document."""

    document: Document
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    incidents: list[Incident] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json")

    def span(self, start: int, end: int) -> Span:
        """A Span over this report's clean text."""
        return Span(start=start, end=end, text=self.document.text[start:end])
