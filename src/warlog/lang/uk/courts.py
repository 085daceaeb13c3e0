"""Court copy: the city a court sits in, as the place of what happens in its courtroom.

Ukrainian court reporting names the court with its city in the genitive ("Шевченківський районний суд Києва",
"Личаківський районний суд м. Львова") and tells of the remand without a place ("Засудженого взяли під варту в
залі суду"): the custody is in that city."""

from __future__ import annotations

import re
from typing import Any

from ...models import Entity, Report, Where
from . import names

_COURT_CITY = re.compile(r"(?<![\w'’])суд\w*\s+(?:міста\s+|м\.\s*)?(?P<city>[А-ЯІЇЄҐ][\w'’-]+)$")
_MIN_POPULATION = 10_000  # a city with a court of its own; not a village sharing the name


def court_city(report: Report, entities: list[Entity], gazetteer: Any) -> Where | None:
    """The city named in a court's name among ``entities`` (the ORG mentions to try, in order)."""
    for e in entities:
        m = _COURT_CITY.search(e.text) if e.label == "ORG" else None
        if m is None:
            continue
        for lemma in names.lemma_options(m.group("city")):
            places = [p.place for p in gazetteer.matches(names.title(lemma), ("settlement",))
                      if p.exact and p.place.country == "UA" and p.place.population >= _MIN_POPULATION]
            if places:
                place = max(places, key=lambda p: p.population)
                start = e.start + m.start("city")
                return Where(name=place.name, text=m.group("city"), admin1=place.admin1_name, country=place.country,
                             lat=place.lat, lon=place.lon, precision="settlement", gazetteer_id=place.id,
                             span=report.span(start, e.end))
    return None


_COURTROOM = re.compile(r"(?<![\w'’])(?:(?:у|в)\s+залі\s+(?:суду|судового\s+засідання)|"
                        r"після\s+(?:оголошення\s+)?вироку)"
                        r"(?![\w'’])", re.IGNORECASE)


def in_courtroom(text: str, spans: list[tuple[int, int]]) -> bool:
    """The event is told as happening in the courtroom ("взяли під варту просто в залі суду")."""
    return any(_COURTROOM.search(text, a, b) for a, b in spans)
