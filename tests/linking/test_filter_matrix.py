"""Every incident filter means the same at both levels (reports, canonical incidents) and on both backends.

Issue #12: the canonical export ignored the search (``--search zzqxnotaword`` returned every canonical incident)
because the filter was compiled to SQL in three places; it is now compiled once (``store.common.filter_sql``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from linkhelp import member
from pgtest import postgres_schema

from warlog.api import fingerprint
from warlog.linking.linker import Linker
from warlog.models import Document, Report
from warlog.store import IncidentFilter, Store, open_store
from warlog.store.links import LinkStore

TEXTS = {
    "d1": "Shelling near Makiivka was reported by residents. ",
    "d2": "Fighting on the outskirts of Kharkiv went on through the night. ",
    "d3": "A strike hit a depot near Belgorod; the governor spoke of damage. ",
}
MEMBERS = [
    member("d1", place="Bakhmut", day=date(2023, 5, 10), outlet="Outlet A"),
    member("d2", type_="armed_clash", place="Kharkiv", day=date(2023, 6, 1), outlet="Steppe Monitor",
           status="alleged"),
    member("d3", place="Belgorod", day=None, outlet="Outlet A"),
]
MEMBERS[1].incident.certainty = "alleged"

CASES: list[tuple[str, IncidentFilter, set[str]]] = [
    ("nothing", IncidentFilter(), {"d1", "d2", "d3"}),
    ("type", IncidentFilter(types=["strike"]), {"d1", "d3"}),
    ("since", IncidentFilter(since=date(2023, 5, 20)), {"d2"}),
    ("until", IncidentFilter(until=date(2023, 5, 31)), {"d1"}),
    ("place, any case", IncidentFilter(place="kharkiv"), {"d2"}),
    ("region", IncidentFilter(place="Donetsk"), {"d1"}),
    ("country", IncidentFilter(place="ru"), {"d3"}),
    ("outlet, any case", IncidentFilter(outlet="steppe"), {"d2"}),
    ("certainty", IncidentFilter(certainty="alleged"), {"d2"}),
    ("search", IncidentFilter(text="Makiivka"), {"d1"}),
    ("search for no word", IncidentFilter(text="zzqxnotaword"), set()),
    ("search and type", IncidentFilter(text="depot", types=["strike"]), {"d3"}),
]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def linked(request, tmp_path_factory) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    def fill(store: Store) -> Store:
        for m in MEMBERS:
            text = TEXTS[m.doc_id] * 10
            doc = Document(id=m.doc_id, text=text, outlet=m.outlet, published=m.published)
            store.add(Report(document=doc, incidents=[m.incident]), fingerprint(text), 0.8)
        links = LinkStore(store)
        with links.write():
            Linker(links, use_embeddings=False).link_members(MEMBERS)
        return store

    if request.param == "sqlite":
        with open_store(str(tmp_path_factory.mktemp("matrix") / "w.db")) as s:
            yield fill(s)
    else:
        with postgres_schema() as url, open_store(url) as s:
            yield fill(s)


@pytest.mark.parametrize(("name", "flt", "expected"), CASES, ids=[c[0] for c in CASES])
def test_filter_at_report_level(linked: Store, name: str, flt: IncidentFilter, expected: set[str]) -> None:
    assert {r.document.id for r in linked.incidents(flt)} == expected


@pytest.mark.parametrize(("name", "flt", "expected"), CASES, ids=[c[0] for c in CASES])
def test_filter_at_canonical_level(linked: Store, name: str, flt: IncidentFilter, expected: set[str]) -> None:
    links = LinkStore(linked)
    found = links.canonical_incidents(flt)
    assert {doc for c in found for doc in c.reports} == expected
    assert links.count_canonical(flt) == len(found)


def test_grade_filter_is_the_same_at_both_levels(linked: Store) -> None:
    links = LinkStore(linked)
    grades = {c.admiralty.reliability for c in links.canonical_incidents()}
    assert grades
    for grade in grades:
        flt = IncidentFilter(grade=grade.lower())
        at_canonical = {doc for c in links.canonical_incidents(flt) for doc in c.reports}
        assert at_canonical and at_canonical == {r.document.id for r in linked.incidents(flt)}
