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
