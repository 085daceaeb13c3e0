"""The workbench over a linked database (issue #6): canonical incident page, its review, the grade filter."""

from __future__ import annotations

import re
from datetime import date

import pytest

from conftest import csrf
from warlog.models import (
    Admiralty,
    CanonicalIncident,
    Contradiction,
    Count,
    Support,
    Version,
    When,
    Where,
)
from warlog.store import open_store

CANONICAL = "ktest000000000001"
OTHER = "ktest000000000002"


def _insert(conn, canonical: CanonicalIncident) -> None:  # type: ignore[no-untyped-def]
    """A canonical incident and its links, written as the linker writes them."""
    where = canonical.where
    assert where is not None
    conn.execute(
        "INSERT INTO canonical_incidents(id, type, type_group, date_start, date_end, block_lo, block_hi, place,"
        " admin1, country, lat, lon, fatalities_best, certainty, admiralty, independent_sources, n_reports,"
        " embedding, json, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (canonical.id, canonical.type, canonical.type, "2024-03-01", "2024-03-01", "2024-03-01", "2024-03-01",
         where.name, where.admin1, where.country, where.lat, where.lon,
         canonical.fatalities.best if canonical.fatalities else None, "reported", canonical.admiralty.code,
         canonical.independent_sources, len(canonical.reports), None, canonical.model_dump_json(),
         "2026-11-25T00:00:00+00:00"))
    for incident_id, doc_id in zip(canonical.incident_ids, canonical.reports, strict=True):
        conn.execute("INSERT INTO incident_links(incident_id, canonical_id, doc_id, score, member_json, linked_at)"
                     " VALUES (?,?,?,?,?,?)", (incident_id, canonical.id, doc_id, 1.0, "{}", "2026-11-25"))


@pytest.fixture
def linked(db: tuple[str, list[str]]) -> tuple[str, list[str]]:
    """Incidents 1 and 3 of the test data merged into one canonical incident, incident 2 alone in another."""
    path, ids = db
    members = [ids[0], ids[2]]
    canonical = CanonicalIncident(
        id=CANONICAL, type="strike", summary="strikes on Bakhmut and Kharkiv, merged for the test",
        when=When(start=date(2024, 3, 1), end=date(2024, 3, 1), precision="day"),
        where=Where(name="Bakhmut", text="Bakhmut", admin1="Donetsk Oblast", country="UA", lat=48.6, lon=38.0),
        fatalities=Count(best=3, low=2, high=3, text="2-3"), incident_ids=members,
        reports=["d0000000000000001", "d0000000000000003"], sources=["officials", "Steppe Monitor"],
        independent_sources=2, admiralty=Admiralty(reliability="C", credibility=2, reasons=["two origins"]),
        contradictions=[Contradiction(subject="incident", field="fatalities", versions=[
            Version(value="3", text="killing 3 people", support=Support(doc_id="d0000000000000001",
                                                                        incident_id=ids[0], outlet="Steppe Monitor")),
            Version(value="2", text="killing 2 people", support=Support(doc_id="d0000000000000003",
                                                                        incident_id=ids[2], outlet="Steppe Monitor")),
        ])])
    other = CanonicalIncident(
        id=OTHER, type="friendly_fire", summary="friendly fire at Kreminna",
        where=Where(name="Kreminna", text="Kreminna", admin1="Luhansk Oblast", country="UA", lat=49.0, lon=38.2),
        incident_ids=[ids[1]], reports=["d0000000000000002"], sources=["officials"], independent_sources=1,
        admiralty=Admiralty(reliability="D", credibility=3))
    with open_store(path) as store:
        _insert(store.conn, canonical)  # type: ignore[attr-defined]
        _insert(store.conn, other)  # type: ignore[attr-defined]
    return path, ids


@pytest.fixture
def analyst(linked, client_for):  # type: ignore[no-untyped-def]
    return client_for("analyst")


def test_incident_page_shows_its_canonical_incident_and_contradictions(analyst, linked) -> None:  # type: ignore
    body = analyst.get(f"/incidents/{linked[1][0]}").text
    assert f'href="/canonical/{CANONICAL}"' in body and "C2" in body
    page = analyst.get(f"/canonical/{CANONICAL}").text
    assert "killing 3 people" in page and "killing 2 people" in page  # both versions, side by side
    assert page.count('data-testid="contradiction"') == 1
    assert linked[1][2] in page  # the merged reports are listed


def test_the_grade_filter_selects_by_the_canonical_reliability(analyst) -> None:  # type: ignore
    count = re.compile(r'data-testid="count">(\d+)<')
    assert count.findall(analyst.get("/incidents?grade=C&level=reports").text) == ["2"]
    assert count.findall(analyst.get("/incidents?grade=C").text) == ["1"]  # two reports of one event
    assert count.findall(analyst.get("/incidents?grade=B").text) == ["0"]


def test_a_canonical_incident_is_reviewed_and_audited_like_an_incident(analyst, linked) -> None:  # type: ignore
    token = csrf(analyst, f"/canonical/{CANONICAL}")
    response = analyst.post(f"/canonical/{CANONICAL}/review", follow_redirects=False,
                            data={"csrf_token": token, "action": "edit", "fatalities_best": "2", "why": "morgue"})
    assert response.status_code == 303
    analyst.post(f"/canonical/{CANONICAL}/review", data={"csrf_token": token, "action": "confirm"})
    page = analyst.get(f"/canonical/{CANONICAL}").text
    assert "fatalities_best</code> → 2" in page and "morgue" in page and ">confirmed<" in page
    assert "2 <small>(2–3)</small>" in analyst.get(f"/incidents/{linked[1][0]}").text  # reviewed canonical value
    from warlog.store.links import LinkStore

    with open_store(linked[0]) as store:
        machine = LinkStore(store).canonical(CANONICAL)
    assert machine is not None and machine.fatalities is not None and machine.fatalities.best == 3


def _post(client, path: str, **data: str):  # type: ignore[no-untyped-def]
    return client.post(path, data={"csrf_token": csrf(client, "/incidents"), **data}, follow_redirects=False)


def test_split_an_incident_out_and_move_it_back(analyst, linked) -> None:  # type: ignore[no-untyped-def]
    ids = linked[1]
    assert _post(analyst, f"/incidents/{ids[2]}/relink", canonical="", why="another day").status_code == 303
    members = analyst.get(f"/canonical/{CANONICAL}").text
    assert f"/incidents/{ids[0]}" in members and f'data-testid="split-{ids[2]}"' not in members
    assert "Not linked to other reports" in analyst.get(f"/incidents/{ids[2]}").text
    assert "split out" in members  # the canonical incident's history says so too
    assert _post(analyst, f"/incidents/{ids[2]}/relink", canonical=OTHER).status_code == 303
    assert f'data-testid="split-{ids[2]}"' in analyst.get(f"/canonical/{OTHER}").text
    assert _post(analyst, f"/incidents/{ids[2]}/relink", canonical="knothere").status_code == 400


def test_merge_canonical_incidents_refuse_cycles_and_undo(analyst, linked) -> None:  # type: ignore[no-untyped-def]
    ids = linked[1]
    assert _post(analyst, f"/canonical/{OTHER}/merge", into=CANONICAL, why="same strike").status_code == 303
    survivor = analyst.get(f"/canonical/{CANONICAL}").text
    assert all(f'data-testid="split-{i}"' in survivor for i in (ids[0], ids[1], ids[2]))
    assert 'data-testid="absorbed"' in survivor and f"absorb {OTHER}" in survivor
    assert 'data-testid="merged-into"' in analyst.get(f"/canonical/{OTHER}").text
    assert f'href="/canonical/{CANONICAL}"' in analyst.get(f"/incidents/{ids[1]}").text
    assert _post(analyst, f"/canonical/{CANONICAL}/merge", into=OTHER).status_code == 400  # a cycle
    assert _post(analyst, f"/canonical/{OTHER}/merge", into="").status_code == 303  # undo
    assert f'data-testid="split-{ids[1]}"' not in analyst.get(f"/canonical/{CANONICAL}").text
    from warlog.store.review import ReviewStore

    with open_store(linked[0]) as store:
        actions = [e.action for e in ReviewStore(store).audit(OTHER)]
    assert actions == ["merge", "unmerge"]


def test_viewers_cannot_merge_or_split(client_for, linked) -> None:  # type: ignore[no-untyped-def]
    viewer = client_for("viewer")
    assert _post(viewer, f"/canonical/{OTHER}/merge", into=CANONICAL).status_code == 403
    assert _post(viewer, f"/incidents/{linked[1][0]}/relink", canonical="").status_code == 403


def test_the_canonical_list_honours_the_filters(analyst) -> None:  # type: ignore[no-untyped-def]
    count = re.compile(r'data-testid="count">(\d+)<')
    assert count.findall(analyst.get("/canonical").text) == ["2"]
    page = analyst.get("/canonical?type=friendly_fire").text
    assert count.findall(page) == ["1"] and f'href="/canonical/{OTHER}"' in page
    assert "≠ 1" in analyst.get("/canonical?place=Bakhmut").text  # one contradiction flagged


def test_canonical_export_honours_filters_reviews_and_merges(analyst) -> None:  # type: ignore[no-untyped-def]
    lines = analyst.get("/export/jsonl?level=canonical").text.splitlines()
    assert len(lines) == 2
    assert "level=canonical" in analyst.get("/canonical").text  # the list's export links
    token = csrf(analyst, f"/canonical/{CANONICAL}")
    analyst.post(f"/canonical/{CANONICAL}/review", data={"csrf_token": token, "action": "edit", "fatalities_best": "2"})
    analyst.post(f"/canonical/{OTHER}/merge", data={"csrf_token": token, "into": CANONICAL})
    lines = analyst.get("/export/jsonl?level=canonical").text.splitlines()
    assert len(lines) == 1 and '"best": 2' in lines[0]  # the merged one left out, the reviewed count exported
    assert analyst.get("/export/jsonl?level=canonical&type=friendly_fire").text == ""


def test_the_people_registry_and_a_persons_page(analyst, linked) -> None:  # type: ignore[no-untyped-def]
    from warlog.models import Fate, Person, PersonAttribute, PersonMention, Span
    from warlog.store.links import LinkStore

    with open_store(linked[0]) as store:
        links = LinkStore(store)
        links.save_person(Person(
            id="p1", name="Ivan Petrenko <b>", aliases=["Petrenko"], roles=["victim"],
            attributes=[PersonAttribute(name="age", value="24", span=Span(start=0, end=2, text="24"),
                                        support=Support(doc_id="d0000000000000001", incident_id=linked[1][0],
                                                        outlet="Steppe Monitor"))],
            fates=[Fate(status="killed", cause="strike", claimant="officials",
                        span=Span(start=0, end=6, text="killed"))],
            reports=["d0000000000000001"],
            incidents=[CANONICAL]), "ivan petrenko")
        links.add_mention("d0000000000000001", PersonMention(id="m1", name="Ivan Petrenko",
                                                             incident_ids=[linked[1][0]]), "p1")
    people = analyst.get("/people").text
    assert 'href="/people/p1"' in people and "Ivan Petrenko &lt;b&gt;" in people
    page = analyst.get("/people/p1").text
    assert "24" in page and f'href="/incidents/{linked[1][0]}"' in page and f'href="/canonical/{CANONICAL}"' in page
    assert "killed" in page and analyst.get("/people/nobody").status_code == 404
