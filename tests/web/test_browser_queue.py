"""The review queue, duplicate marking and the pages after moves and merges (issue #20), in a real browser."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import live_server
from eventdata import DUPLICATE, EMPTY_DOC, EVENT, FAILED_DOC, TWIN, _report
from test_browser import browser  # noqa: F401 - the shared module-scoped Chromium
from test_browser_events import event_db  # noqa: F401 - the linked test database

from conftest import PASSWORD


@pytest.fixture
def served(event_db: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:  # noqa: F811
    from warlog.web import create_app

    path = tmp_path / "events.db"
    shutil.copyfile(event_db, path)
    app = create_app(path)
    with live_server(app) as url:
        yield url, path
    app.state.workbench.store.close()


def _log_in(browser: Any, url: str) -> Any:  # noqa: F811
    context = browser.new_context(base_url=url, accept_downloads=True, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto("/login")
    page.fill("input[name=name]", "analyst")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/incidents")
    return page


def test_the_queue_lists_what_needs_an_analyst_and_reviews_with_the_keyboard(browser: Any,  # noqa: F811
                                                                           served: tuple[str, Path]) -> None:
    from warlog.api import fingerprint
    from warlog.store import open_store

    url, path = served
    tab = _log_in(browser, url)
    tab.click("[data-testid=nav-queue]")
    tab.wait_for_url("**/queue")
    assert "first visit" in tab.inner_text("[data-testid=queue-new]")
    assert EVENT in tab.inner_text("[data-testid=queue-contradictions]")
    assert "fatalities" in tab.inner_text("[data-testid=queue-contradictions]")
    low = tab.inner_text("[data-testid=queue-low-confidence]")
    assert DUPLICATE in low and "type unsure" in low
    failed = tab.inner_text("[data-testid=queue-failed]")
    assert FAILED_DOC in failed and "incidents: ValueError: boom" in failed
    assert EMPTY_DOC in tab.inner_text("[data-testid=queue-empty]")
    assert FAILED_DOC not in tab.inner_text("[data-testid=queue-empty]")
    assert tab.locator("tr.queue-item.selected").get_attribute("data-target") == EVENT
    tab.keyboard.press("c")  # confirm the selected item: it leaves the queue
    tab.wait_for_url("**/queue#contradictions")
    assert EVENT not in tab.inner_text("[data-testid=queue-contradictions]")
    assert "Nothing here" in tab.inner_text("[data-testid=queue-contradictions]")
    tab.keyboard.press("j")
    second = tab.locator("tr.queue-item.selected").get_attribute("data-target")
    tab.keyboard.press("x")  # reject the second one
    # The page reloads at a /queue# address like the one it had, so waiting for the URL returns at once (a race
    # that failed a CI run): wait for the reloaded page instead, and fail if the item is still listed.
    tab.wait_for_function("t => !document.querySelector('main').innerText.includes(t)", arg=second, timeout=10000)
    assert second not in tab.inner_text("main")
    tab.keyboard.press("o")  # open the (new) first one
    tab.wait_for_url("**/incidents/*")
    tab.context.close()

    time.sleep(1.1)  # a document stored after that visit (timestamps have whole seconds)
    report = _report("d0000000000000010", "Late Wire", "2024-05-01", "Bakhmut", "Donetsk Oblast", 48.6, 38.0,
                     "strike", "2024-04-30", 2, extra="A late report. ")
    with open_store(path) as store:
        store.add(report, fingerprint(report.document.text), 1.1)
    tab = _log_in(browser, url)  # a new session: new since the last visit
    tab.goto("/queue")
    new = tab.inner_text("[data-testid=queue-new]")
    assert "d0000000000000010" in new and "1 incident" in new and "first visit" not in new
    tab.reload()  # the visit's starting point stays for the session
    assert "d0000000000000010" in tab.inner_text("[data-testid=queue-new]")
    tab.context.close()


def test_an_incident_marked_a_duplicate_leaves_the_views_and_exports(browser: Any,  # noqa: F811
                                                                     served: tuple[str, Path]) -> None:
    tab = _log_in(browser, served[0])
    tab.goto("/incidents?level=reports&place=Kharkiv")
    assert tab.inner_text("[data-testid=count]") == "3"
    tab.goto(f"/incidents/{DUPLICATE}")
    tab.select_option("[data-testid=duplicate-form] select[name=of]", TWIN)
    tab.fill("[data-testid=duplicate-form] input[name=why]", "the same strike, told twice")
    tab.click("[data-testid=mark-duplicate]")
    tab.wait_for_url(f"**/incidents/{DUPLICATE}#review")
    assert TWIN in tab.inner_text("[data-testid=duplicate-of]")
    assert "duplicate_of → " + TWIN in tab.inner_text("[data-testid=audit]")
    tab.goto("/incidents?level=reports&place=Kharkiv")
    assert tab.inner_text("[data-testid=count]") == "2"
    assert DUPLICATE not in tab.inner_text("[data-testid=incidents]")
    tab.goto("/incidents?place=Kharkiv")
    assert tab.inner_text("[data-testid=count]") == "2"  # events too
    exported = tab.request.get("/export/jsonl?level=reports&place=Kharkiv").text()
    assert DUPLICATE not in exported and TWIN in exported
    lines = tab.request.get("/export/jsonl?level=events&place=Kharkiv").text().splitlines()
    events = [json.loads(line) for line in lines]
    assert DUPLICATE not in {e["id"] for e in events} and len(events) == 2
    assert DUPLICATE in tab.request.get("/export/jsonl?level=reports&place=Kharkiv&review=all").text()
    tab.context.close()


def test_navigation_and_headers_follow_moves_and_merges(browser: Any, served: tuple[str, Path]) -> None:  # noqa: F811
    tab = _log_in(browser, served[0])
    tab.goto(f"/canonical/{EVENT}")
    assert tab.get_attribute("header nav >> text=Canonical", "class") == "on"
    assert tab.get_attribute("header nav >> text=Incidents", "class") in ("", None)
    assert "merged from 2 reports" in tab.inner_text("[data-testid=merged-from]")
    tab.goto("/incidents/d0000000000000001-i1")  # move the Bakhmut strike in
    tab.fill("input[name=canonical]", EVENT)
    tab.click("[data-testid=relink]")
    tab.wait_for_url(f"**/canonical/{EVENT}#review")
    assert tab.locator("[data-testid=members] tbody tr").count() == 3
    assert "merged from 3 reports" in tab.inner_text("[data-testid=merged-from]")  # not "2" above 3 rows
    assert tab.get_attribute("header nav >> text=Canonical", "class") == "on"
    tab.goto("/incidents/d0000000000000001-i1")
    assert "3 incidents in all" in tab.inner_text("main")
    tab.goto("/incidents?place=Bakhmut")  # the moved incident counts as that event now
    assert tab.locator("[data-testid=row-id]").all_inner_texts() == [EVENT]
    tab.goto(f"/canonical/{EVENT}")
    tab.click("[data-testid='split-d0000000000000001-i1']")
    tab.wait_for_url("**/incidents/d0000000000000001-i1#review")
    tab.goto(f"/canonical/{EVENT}")
    assert "merged from 2 reports" in tab.inner_text("[data-testid=merged-from]")
    tab.context.close()
