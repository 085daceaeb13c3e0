"""The workbench over HTTP (FastAPI's TestClient): auth, CSRF, roles, overlay precedence, exports, escaping."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import PASSWORD, csrf, login
from warlog.store import open_store


def test_anonymous_is_sent_to_log_in_unless_the_admin_allows_reading(client_for, db) -> None:  # type: ignore
    client = client_for(None)
    response = client.get("/incidents", headers={"accept": "text/html"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    assert client.get("/api/markers").status_code == 401
    assert client.get("/export/acled-csv").status_code == 401

    admin = client_for("admin")
    token = csrf(admin, "/admin")
    assert admin.post("/admin/anonymous-read", data={"csrf_token": token, "value": "on"},
                      follow_redirects=False).status_code == 303
    assert client.get("/incidents").status_code == 200
    assert client.get("/api/markers").json()["located"] == 4
    # Reading, never reviewing.
    token = csrf(client, "/login")
    refused = client.post(f"/incidents/{db[1][0]}/review", data={"csrf_token": token, "action": "confirm"})
    assert refused.status_code == 401


def test_log_in_with_a_wrong_password_fails_the_same_for_unknown_users(client_for) -> None:  # type: ignore
    client = client_for(None)
    wrong = login(client, "analyst", "not the password")
    unknown = login(client, "nobody", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401  # type: ignore[attr-defined]
    assert "wrong user name or password" in wrong.text  # type: ignore[attr-defined]
    assert login(client, "analyst").status_code == 303  # type: ignore[attr-defined]


def test_next_after_log_in_stays_on_this_site(client_for) -> None:  # type: ignore
    client = client_for(None)
    token = csrf(client)
    response = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": token,
                                           "next": "//evil.example.org/x"}, follow_redirects=False)
    assert response.headers["location"] == "/incidents"


def test_every_post_needs_the_sessions_csrf_token(client_for, db) -> None:  # type: ignore
    client = client_for(None)
    assert client.post("/login", data={"name": "analyst", "password": PASSWORD}).status_code == 403
    analyst = client_for("analyst")
    target = f"/incidents/{db[1][0]}/review"
    assert analyst.post(target, data={"action": "confirm"}).status_code == 403
    assert analyst.post(target, data={"action": "confirm", "csrf_token": "forged"}).status_code == 403
    token = csrf(analyst, f"/incidents/{db[1][0]}")
    assert analyst.post(target, data={"action": "confirm", "csrf_token": token},
                        follow_redirects=False).status_code == 303


def test_roles(client_for, db) -> None:  # type: ignore
    viewer = client_for("viewer")
    token = csrf(viewer, f"/incidents/{db[1][0]}")
    assert viewer.post(f"/incidents/{db[1][0]}/review", data={"action": "confirm", "csrf_token": token}
                       ).status_code == 403
    assert viewer.get("/admin").status_code == 403
    assert client_for("analyst").get("/admin").status_code == 403
    assert client_for("admin").get("/admin").status_code == 200


def _edit(client, incident_id: str, **fields: str):  # type: ignore[no-untyped-def]
    token = csrf(client, f"/incidents/{incident_id}")
    return client.post(f"/incidents/{incident_id}/review",
                       data={"csrf_token": token, "action": "edit", **fields}, follow_redirects=False)


def _csv(client, query: str = "") -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    response = client.get(f"/export/acled-csv{query}")
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.text)))


def test_reviewed_values_take_precedence_in_views_filters_and_exports(client_for, db) -> None:  # type: ignore
    path, ids = db
    analyst = client_for("analyst")
    bakhmut = ids[0]
    assert _edit(analyst, bakhmut, type="armed_clash", fatalities_best="5", place="Bakhmut",
                 why="second source").status_code == 303
    assert "armed_clash" in analyst.get(f"/incidents/{bakhmut}").text
    assert analyst.get("/api/markers?type=armed_clash").json()["located"] == 1
    assert analyst.get("/api/markers?type=strike").json()["located"] == 1  # only Kharkiv is still a strike
    rows = _csv(analyst, "?type=armed_clash")
    assert [(r["warlog_id"], r["warlog_type"], r["fatalities"]) for r in rows] == [(bakhmut, "armed_clash", "5")]
    assert "review=edited" in rows[0]["tags"]
    lines = analyst.get("/export/jsonl?type=armed_clash").text.splitlines()
    assert json.loads(lines[0])["review"]["fields"]["fatalities_best"] == 5
    # The machine output is untouched.
    with open_store(path) as store:
        machine = store.incident(bakhmut)
        assert machine is not None and machine.incident.type == "strike" and machine.incident.fatalities
        assert machine.incident.fatalities.best == 3


def test_rejected_incidents_leave_the_default_views_and_unreviewed_filter_works(client_for, db) -> None:  # type: ignore
    analyst = client_for("analyst")
    token = csrf(analyst, f"/incidents/{db[1][1]}")
    analyst.post(f"/incidents/{db[1][1]}/review", data={"csrf_token": token, "action": "reject", "why": "hoax"})
    token = csrf(analyst, f"/incidents/{db[1][2]}")
    analyst.post(f"/incidents/{db[1][2]}/review", data={"csrf_token": token, "action": "confirm"})
    count = analyst.get("/api/markers").json()["located"]
    assert count == 3
    assert analyst.get("/api/markers?review=unreviewed").json()["located"] == 2
    assert analyst.get("/api/markers?review=rejected").json()["located"] == 1
    assert len(_csv(analyst, "?review=all")) == 4


def test_edits_are_validated(client_for, db) -> None:  # type: ignore
    analyst = client_for("analyst")
    assert _edit(analyst, db[1][0], lat="123").status_code == 400
    assert _edit(analyst, db[1][0], fatalities_best="-2").status_code == 400
    assert _edit(analyst, db[1][0], type="nonsense").status_code == 400
    assert _edit(analyst, db[1][0], date_start="yesterday").status_code == 400


def test_the_audit_log_records_who_what_before_after_and_why(client_for, db) -> None:  # type: ignore
    path, ids = db
    analyst = client_for("analyst")
    _edit(analyst, ids[0], fatalities_best="4", why="hospital figures")
    token = csrf(analyst, f"/incidents/{ids[0]}")
    analyst.post(f"/incidents/{ids[0]}/review", data={"csrf_token": token, "action": "note", "why": "call back"})
    page = analyst.get(f"/incidents/{ids[0]}").text
    assert "hospital figures" in page and "call back" in page
    from warlog.store.review import ReviewStore

    with open_store(path) as store:
        entries = ReviewStore(store).audit(ids[0])
    assert [(e.actor, e.action, e.why) for e in entries] == [("analyst", "edit", "hospital figures"),
                                                             ("analyst", "note", "call back")]
    assert entries[0].before is None and entries[0].after and entries[0].after["fields"] == {"fatalities_best": 4}


def test_exports_are_exactly_what_the_filters_show(client_for) -> None:  # type: ignore
    viewer = client_for("viewer")
    steppe = _csv(viewer, "?outlet=Steppe")
    assert sorted(r["location"] for r in steppe) == ["Bakhmut", "Kharkiv"]
    assert len(_csv(viewer, "?since=2024-04-01")) == 2
    assert [r["location"] for r in _csv(viewer, "?q=witness+Kreminna")] == ["Kreminna"]
    geo = viewer.get("/export/geojson?place=Kharkiv").json()
    assert [f["properties"]["where"]["name"] for f in geo["features"]] == ["Kharkiv"]
    page = viewer.get("/incidents?outlet=Steppe").text
    assert '<strong data-testid="count">2</strong>' in page


def test_hostile_article_text_is_escaped_everywhere(client_for, db) -> None:  # type: ignore
    viewer = client_for("viewer")
    hostile_incident = db[1][3]
    for path in (f"/incidents/{hostile_incident}", "/documents/d0000000000000004", "/incidents"):
        body = viewer.get(path).text
        assert "<script>alert" not in body and "<img src=x" not in body, path
        assert 'href="javascript:' not in body, path
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in viewer.get("/documents/d0000000000000004").text


def test_security_headers(client_for) -> None:  # type: ignore
    response = client_for(None).get("/login")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text.replace('<script src="', "")  # no inline scripts


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static/%2e%2e%2f%2e%2e%2fsettings.py", "/static//etc/passwd"])
def test_static_paths_cannot_escape_their_folder(client_for, path: str) -> None:  # type: ignore
    response = client_for(None).get(path)
    assert response.status_code in (400, 404)
    assert "import" not in response.text and "root:" not in response.text


def test_pages_render(client_for, db) -> None:  # type: ignore
    viewer = client_for("viewer")
    for path in ("/incidents", "/map", "/timeline", "/timeline?unit=week", "/sources", "/people",
                 f"/incidents/{db[1][1]}", "/documents/d0000000000000002", "/incidents?page=2", "/incidents?page=x"):
        assert viewer.get(path).status_code == 200, path
    assert viewer.get("/incidents/nope").status_code == 404
    assert viewer.get("/canonical/nope").status_code == 404  # nothing linked in this database
    assert '<strong data-testid="count">0</strong>' in viewer.get("/incidents?grade=B").text
    incident = viewer.get(f"/incidents/{db[1][1]}").text
    assert 'id="ev-place"' in incident and 'class="hl-evidence' in incident
    assert "regional channel" in incident and "Frontline Ledger" in incident  # the attribution chain
    assert "Ivan Petrenko" in viewer.get("/people").text


def test_a_shared_link_leads_back_to_the_same_filtered_view_after_log_in(client_for) -> None:  # type: ignore
    client = client_for(None)
    response = client.get("/map?type=strike&place=Kharkiv", headers={"accept": "text/html"}, follow_redirects=False)
    assert response.headers["location"] == "/login?next=%2Fmap%3Ftype%3Dstrike%26place%3DKharkiv"
    token = csrf(client)
    back = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": token,
                                       "next": "/map?type=strike&place=Kharkiv"}, follow_redirects=False)
    assert back.headers["location"] == "/map?type=strike&place=Kharkiv"


def test_repeated_failed_log_ins_are_refused_for_a_while(client_for) -> None:  # type: ignore
    client = client_for(None)
    for _ in range(5):
        assert login(client, "analyst", "guess").status_code == 401  # type: ignore[attr-defined]
    assert login(client, "analyst").status_code == 429  # type: ignore[attr-defined]  # even the right one


def test_a_search_for_common_words_says_it_reads_the_newest_matches(client_for, monkeypatch) -> None:  # type: ignore
    """Words in more reports than the views search (5,000; here 2) read the most recently stored of them and
    say so on the list, map and timeline; the export still reads every match."""
    import warlog.web.views as views

    monkeypatch.setattr(views, "SEARCH_LIMIT", 2)
    viewer = client_for("viewer")
    page = viewer.get("/incidents?q=witness").text
    assert 'data-testid="search-scope"' in page and "These words are in 4 reports" in page
    assert 'data-testid="count">2<' in page  # one incident in each of the two newest reports
    assert viewer.get("/api/markers?q=witness").json()["search"] == {"documents": 4, "limited_to": 2}
    assert 'data-testid="search-scope"' in viewer.get("/timeline?q=witness").text
    assert len(_csv(viewer, "?q=witness")) == 4
    assert 'data-testid="search-scope"' not in viewer.get("/incidents?q=Kreminna").text


def test_the_casualty_list_is_paged_and_its_exports_hold_everyone(tmp_path, monkeypatch) -> None:  # type: ignore
    """Pinned: the casualty page rendered the whole registry (1,001 people: 130 ms of CPU at 1,000,000
    incidents) and the exports sent a chunk per person (200 ms). Pages of CASUALTY_PAGE now; exports whole."""
    from benchmarks.web_data import fill
    from fastapi.testclient import TestClient

    import warlog.web.views as views
    from warlog.store import open_store
    from warlog.web import add_user, create_app

    path = tmp_path / "people.db"
    with open_store(path) as store:
        fill(store, 3000)  # four events told by three reports, a person killed in each
    add_user(path, "viewer", PASSWORD, "viewer")
    monkeypatch.setattr(views, "CASUALTY_PAGE", 2)
    app = create_app(str(path))
    try:
        client = TestClient(app)
        assert login(client, "viewer").status_code == 303  # type: ignore[attr-defined]
        first, second = client.get("/people").text, client.get("/people?page=2").text
        assert 'data-testid="casualty-count">4<' in first and "page 1 of 2" in first and "(showing 1-2)" in first
        assert "page 2 of 2" in second and "(showing 3-4)" in second and 'data-testid="casualty-prev"' in second
        shown = [t.split('"', 1)[0] for page in (first, second) for t in page.split('href="/people/')[1:]]
        assert len(set(shown)) == 4
        assert len(client.get("/export/casualties.jsonl").text.splitlines()) == 4
        assert len(client.get("/export/casualties.csv").text.splitlines()) == 5
    finally:
        app.state.workbench.store.close()


def test_serve_settles_the_heap_before_serving(monkeypatch, db) -> None:  # type: ignore[no-untyped-def]
    """``warlog serve`` takes what the started process holds out of the collector's full passes (gc.freeze: +25-30
    ms on every 4th-5th map request at 1,000,000 events otherwise), after the app is made and before it serves."""
    import gc
    import sys

    import warlog.web

    served: list[int] = []
    fake = type(sys)("uvicorn")
    fake.run = lambda app, **_: served.append(gc.get_freeze_count())  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "uvicorn", fake)
    try:
        warlog.web.serve(db[0])
        assert served and served[0] > 0
    finally:
        gc.unfreeze()
