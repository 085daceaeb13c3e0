"""The workbench over the PostgreSQL store: the same review flow, filters, search and exports as on SQLite."""

from __future__ import annotations

import csv
import io
import warnings

from pgtest import postgres_schema
from webdata import fill

from conftest import PASSWORD, csrf, login
from warlog.store import open_store


def test_review_filters_search_and_export_on_postgresql() -> None:
    from fastapi.testclient import TestClient

    from warlog.web import add_user, create_app

    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    with postgres_schema() as url:
        with open_store(url) as store:
            ids = fill(store)
        add_user(url, "analyst", PASSWORD, "analyst")
        app = create_app(url)
        try:
            client = TestClient(app)
            assert login(client, "analyst").status_code == 303  # type: ignore[attr-defined]
            token = csrf(client, f"/incidents/{ids[0]}")
            client.post(f"/incidents/{ids[0]}/review", data={"csrf_token": token, "action": "edit",
                                                              "type": "armed_clash", "date_start": "2025-02-01",
                                                              "date_end": "2025-02-01"})
            client.post(f"/incidents/{ids[1]}/review", data={"csrf_token": token, "action": "reject"})
            assert client.get("/api/markers?type=armed_clash").json()["located"] == 1
            assert client.get("/api/markers").json()["located"] == 3  # the rejected one left out
            assert client.get("/api/markers?review=unreviewed").json()["located"] == 2
            assert client.get("/api/markers?since=2025-01-01").json()["located"] == 1
            rows = list(csv.DictReader(io.StringIO(client.get("/export/acled-csv?q=witness+Kharkiv").text)))
            assert [r["location"] for r in rows] == ["Kharkiv"]
            first = client.get("/incidents").text.index(f"/incidents/{ids[0]}")
            assert first < client.get("/incidents").text.index(f"/incidents/{ids[2]}")  # newest first, reviewed date
            for path in ("/timeline", "/sources", "/people", f"/incidents/{ids[0]}", "/documents/d0000000000000004"):
                assert client.get(path).status_code == 200, path
        finally:
            app.state.workbench.store.close()


def test_events_sorting_queue_duplicates_and_casualties_on_postgresql() -> None:
    import json
    import re

    from eventdata import DUPLICATE, EMPTY_DOC, EVENT, FAILED_DOC, TWIN, fill_events
    from fastapi.testclient import TestClient

    from warlog.web import add_user, create_app

    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    count = re.compile(r'data-testid="count">(\d+)<')
    with postgres_schema() as url:
        with open_store(url) as store:
            fill_events(store)
        add_user(url, "analyst", PASSWORD, "analyst")
        app = create_app(url)
        try:
            client = TestClient(app)
            assert login(client, "analyst").status_code == 303  # type: ignore[attr-defined]
            assert count.findall(client.get("/incidents").text) == ["7"]
            assert count.findall(client.get("/incidents?level=reports").text) == ["8"]
            page = client.get("/incidents?sort=killed").text
            assert page.index(f'data-id="{EVENT}"') < page.index('data-id="d0000000000000001-i1"')
            assert ">7+<" in page and ">5 (4-6)<" not in page
            assert client.get("/api/markers").json()["located"] == 7
            assert "2024-03-05" in client.get("/timeline").text
            queue = client.get("/queue").text
            for expected in (EVENT, DUPLICATE, FAILED_DOC, EMPTY_DOC, "incidents: ValueError: boom"):
                assert expected in queue, expected
            token = csrf(client, f"/incidents/{DUPLICATE}")
            client.post(f"/incidents/{DUPLICATE}/duplicate", data={"csrf_token": token, "of": TWIN})
            assert count.findall(client.get("/incidents?level=reports").text) == ["7"]
            lines = client.get("/export/jsonl?level=events").text.splitlines()
            assert len(lines) == 6 and EVENT in {json.loads(line)["id"] for line in lines}
            rows = list(csv.DictReader(io.StringIO(client.get("/export/casualties.csv?fate=killed").text)))
            assert [(r["name"], r["place_of_death"]) for r in rows] == [("Ivan Petrenko", "Kreminna")]
            later = TestClient(app)  # a second visit: "new since" compares stored times with the last visit
            assert login(later, "analyst").status_code == 303  # type: ignore[attr-defined]
            assert "New since your last visit (20" in later.get("/queue").text
        finally:
            app.state.workbench.store.close()
