"""Issue #6's done-when: both seeds plus re-reports of them, linked in a real store (SQLite and PostgreSQL).

The re-reports (tests/linking/fixtures, written for these tests) are one retelling "according to iStories",
one near-duplicate reprint of the Meduza seed and one official obituary that contradicts iStories. They are
ingested after the seeds, so this is also the incremental case: new reports join existing incidents.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pgtest import postgres_schema

import warlog
from warlog.export import export
from warlog.store import Store, open_store
from warlog.store.links import LinkStore

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def linked(request, tmp_path_factory, settings) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    def fill(url: str) -> Store:
        store = open_store(url)
        warlog.ingest([next(SEEDS.glob("000_*.txt"))], store, settings=settings, outlet="Business Insider",
                      published="2022-11-29")
        warlog.ingest([next(SEEDS.glob("004_*.txt"))], store, settings=settings, outlet="Meduza",
                      published="2022-11-24")
        summary = warlog.ingest(sorted(FIXTURES.glob("*.json")), store, settings=settings)
        assert len(summary.new) == 2 and len(summary.duplicates) == 1  # the reprint is stored once
        return store

    if request.param == "sqlite":
        store = fill(str(tmp_path_factory.mktemp("link") / "w.db"))
        yield store
        store.close()
    else:
        with postgres_schema() as url:
            store = fill(url)
            yield store
            store.close()


def _moiseyev(links: LinkStore):  # type: ignore[no-untyped-def]
    found = [c for c in links.canonical_incidents() if c.type == "intra_force_killing"]
    assert len(found) == 1, [(c.id, c.reports) for c in found]
    return found[0]


def test_reports_merge_into_the_right_number_of_incidents(linked: Store) -> None:
    links = LinkStore(linked)
    canonical = links.canonical_incidents()
    # Seed 000: Aleksei's tank, the Novoselivka shelling, the Crimea battalion, Moiseyev; seed 004: the
    # shelling while retreating, the abandonment (issue #4's list). The re-reports add no new incident.
    assert len(canonical) == 6
    assert links.pending_documents() == []


def test_a_re_report_citing_istories_adds_a_report_but_no_independent_source(linked: Store) -> None:
    moiseyev = _moiseyev(LinkStore(linked))
    assert len(moiseyev.reports) == 2
    assert moiseyev.sources == ["iStories"] and moiseyev.independent_sources == 1


def test_moiseyevs_death_is_disputed_with_both_versions_and_their_sources(linked: Store) -> None:
    moiseyev = _moiseyev(LinkStore(linked))
    assert moiseyev.certainty == "disputed"
    about_him = [c for c in moiseyev.contradictions if c.subject == "Roman Moiseyev"]
    place = next(c for c in about_him if c.field == "place_of_death")
    values = {v.value for v in place.versions}
    assert "Ukraine" in values and any(v.startswith("Belgorod") for v in values)
    cause = next(c for c in about_him if c.field == "cause_of_death")
    by_cause = {v.value: v for v in cause.versions}
    assert by_cause["intra_force_killing"].support.origin == "iStories"
    assert by_cause["combat"].support.outlet == "Vladimir Region Today"
    for version in place.versions + cause.versions:
        report = linked.report(version.support.doc_id)
        assert report is not None and version.span is not None
        assert report.document.text[version.span.start:version.span.end] == version.span.text


def test_the_people_registry_lists_the_named_people_with_attributes(linked: Store) -> None:
    people = {p.name: p for p in LinkStore(linked).people()}
    for name in ("Aleksei", "Dmitry Panov", "Roman Moiseyev", "Alexander Kovalenko"):
        assert name in people, sorted(people)
    facts = {name: {(a.name, a.value) for a in p.attributes} for name, p in people.items()}
    assert {("age", "30"), ("home", "Moscow")} <= facts["Dmitry Panov"]
    assert {("age", "25"), ("home", "Vladimir region")} <= facts["Roman Moiseyev"]
    assert ("nationality", "Ukrainian") in facts["Alexander Kovalenko"]
    assert "commander" in people["Aleksei"].roles and "expert" in people["Alexander Kovalenko"].roles
    assert len(people["Roman Moiseyev"].reports) == 3 and people["Roman Moiseyev"].contradictions
    assert _moiseyev(LinkStore(linked)).people == [people["Roman Moiseyev"].id]


def test_citations_show_who_relays_whom(linked: Store) -> None:
    graph = {(citing, cited) for citing, cited, _, _ in LinkStore(linked).citation_graph()}
    assert {("Business Insider", "iStories"), ("Eastern Wire", "iStories"), ("Meduza", "VChK-OGPU")} <= graph
    reprints = {(a, b) for a, b, kind, _ in LinkStore(linked).citation_graph() if kind == "reprint"}
    assert reprints == {("Steppe Monitor", "Meduza")}


def test_jsonl_export_carries_reports_sources_grade_and_contradictions(linked: Store) -> None:
    rows = [json.loads(line) for line in "".join(export(linked, "jsonl")).splitlines()]
    assert len(rows) == 6
    moiseyev = next(r for r in rows if r["type"] == "intra_force_killing")
    assert len(moiseyev["reports"]) == 2 and moiseyev["independent_sources"] == 1
    assert moiseyev["admiralty"] == "B4" and moiseyev["contradictions"]
    assert "fatalities" in moiseyev


def test_linking_again_changes_nothing(linked: Store) -> None:
    before = LinkStore(linked).counts()
    assert warlog.api.link(linked).documents == 0
    assert LinkStore(linked).counts() == before
