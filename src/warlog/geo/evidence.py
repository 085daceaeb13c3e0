"""What a document's places say about each other, weighed by the resolver beside a mention's own candidates:
the text's country (one vote per name), its regions, the places settled with confidence, and the namesakes of
its other names nearby. Also the mention and choice records the resolver passes around."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

from .context import Context
from .normalize import normalize
from .place import Match, Place

MentionHint = Literal["settlement", "region", "country", "unknown"]
Level = Literal["country", "region", "district"]

# a place chosen this surely anchors the others (distance, its region)
ANCHOR_CONFIDENCE = 0.75
# A sure place is a whole vote for its country, an unsure one half ("London" beside "Manchester": Britain)
COUNTRY_CONFIDENCE = 0.75
HALF_VOTE_CONFIDENCE = 0.45
MAIN_COUNTRY_VOTES = 1.0
# a country named outright outweighs two unsure towns ("the UK" beside two small namesakes)
NAMED_COUNTRY_VOTE = 1.5
# Another mention's namesakes within this distance make a candidate likelier ("Paris" beside "Henry County":
# the Tennessee pair); names with more namesakes than this say too little.
SUPPORT_KM = 250.0
SUPPORT_MAX_CANDIDATES = 12


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    hint: MentionHint = "unknown"


@dataclass
class Case:
    mention: PlaceMention
    ctx: Context
    level: Level | None
    candidates: list[Match]
    region: Place | None = None  # region stated beside the mention
    country: Place | None = None  # country stated beside the mention
    region_text: str | None = None  # the stated region as written
    head: str | None = None  # the known place read inside a longer name ("Edgar County" in "... Sheriff's Office")


@dataclass
class Choice:
    place: Place | None
    confidence: float
    reason: str
    ambiguous: bool = False  # several candidates left: worth a second look with the document's anchors


@dataclass
class Doc:
    """What the confidently resolved mentions say about the document.

    Each fact remembers the mention it came from, so a mention is never its own evidence.
    """

    country_hint: str | None = None
    anchors: list[tuple[int, Place]] = field(default_factory=list)
    countries: list[tuple[int, str, float]] = field(default_factory=list)  # (mention, country, vote)
    admin1s: list[tuple[int, tuple[str, str]]] = field(default_factory=list)
    adjectives: frozenset[str] = frozenset()  # countries named by an adjective in the text ("Russian cities")
    # the places each other mention (by name) may be, for names with few namesakes: where the text is
    support: list[tuple[str, list[Place]]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # each mention's normalised name, by index
    stated_regions: list[tuple[int, tuple[str, str]]] = field(default_factory=list)  # regions named as such

    @classmethod
    def of(cls, country_hint: str | None, choices: list[Choice], cases: list[Case],
           adjectives: frozenset[str] = frozenset()) -> Doc:
        doc = cls(country_hint.upper() if country_hint else None, adjectives=adjectives)
        seen: set[str] = set()
        doc.names = [name_of(c) for c in cases]
        for case in cases:
            name = name_of(case)
            exact = [m.place for m in case.candidates if m.exact and m.place.kind in ("settlement", "district")
                     and m.place.lat is not None]
            if name in seen or not exact or len(exact) > SUPPORT_MAX_CANDIDATES or case.region is not None:
                continue
            seen.add(name)
            doc.support.append((name, exact))
        for i, (choice, case) in enumerate(zip(choices, cases, strict=True)):
            if case.region is not None and case.region.admin1:
                doc.admin1s.append((i, (case.region.country or "", case.region.admin1)))
                doc.stated_regions.append((i, (case.region.country or "", case.region.admin1)))
            p = choice.place
            if p is not None and p.country and choice.confidence >= HALF_VOTE_CONFIDENCE:
                vote = 1.0 if choice.confidence >= COUNTRY_CONFIDENCE else 0.5
                # a country named outright outweighs two unsure towns ("the UK" beside two small namesakes)
                doc.countries.append((i, p.country, NAMED_COUNTRY_VOTE if p.kind == "country" and vote == 1.0
                                      else vote))
            if p is None or choice.confidence < ANCHOR_CONFIDENCE:
                continue
            if p.kind != "country" and p.admin1:
                doc.admin1s.append((i, (p.country or "", p.admin1)))
                if p.kind == "region":
                    doc.stated_regions.append((i, (p.country or "", p.admin1)))
            if p.kind in ("settlement", "district") and p.lat is not None:
                doc.anchors.append((i, p))
        return doc

    def support_of(self, p: Place, own: str) -> float:
        """How many other names of the text have a namesake close to ``p`` (each counts up to 1)."""
        return self.support_detail(p, own)[0]

    def support_detail(self, p: Place, own: str) -> tuple[float, str]:
        """The support of ``p`` and, in words, the nearest namesake that gives it ("12 km from a Soledar")."""
        if p.kind not in ("settlement", "district") or p.lat is None:
            return 0.0, ""
        total, nearest, said = 0.0, math.inf, ""
        for name, places in self.support:
            # a name that could be ``p`` itself is the same name again ("St. Petersburg's"), not another place
            if name == own or any(q.id == p.id for q in places):
                continue
            d, q = min(((distance_km(p, q), q) for q in places), key=lambda t: t[0])
            total += max(0.0, 1 - d / SUPPORT_KM)
            if d < min(nearest, SUPPORT_KM):
                nearest, said = d, f"{d:.0f} km from a {q.name} the text names"
        return total, said

    def main_country(self, index: int | None = None) -> str | None:
        if self.country_hint:
            return self.country_hint
        # one vote per name, and never from the mention's own name: "Paris" said nine times is not nine votes
        # for France, nor evidence about "Paris"
        own = self.names[index] if index is not None and index < len(self.names) else None
        votes: dict[tuple[str, str], float] = {}
        for i, cc, weight in self.countries:
            key = (self.names[i] if i < len(self.names) else str(i), cc)
            votes[key] = max(votes.get(key, 0.0), weight)
        tally: dict[str, float] = {}
        for (name, cc), weight in votes.items():
            if name != own:
                tally[cc] = tally.get(cc, 0.0) + weight
        best = max(tally, key=lambda cc: tally[cc], default=None)
        return best if best is not None and tally[best] >= MAIN_COUNTRY_VOTES else None

    def regions(self, index: int | None) -> set[tuple[str, str]]:
        return {key for i, key in self.admin1s if i != index}


def distance_km(a: Place, b: Place) -> float:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def name_of(case: Case) -> str:
    """The name a mention stands for ("St. Petersburg's" is "st petersburg")."""
    best = next((m.form for m in case.candidates if m.exact), None)
    return best or normalize(case.mention.text)
