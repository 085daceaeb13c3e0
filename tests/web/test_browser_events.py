"""The workbench thinks in events (issue #20), in a real browser (Playwright, Debian's Chromium).

Level switch and event counts, the sortable table with bounds and paging, the map's legend, markers, popups
and offline labels, the stacked timeline with its axis and brushing. The data: ``eventdata`` (two reports of
one friendly fire linked into one event, a region-level strike, a duplicate pair, empty and failed documents).
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import live_server
from eventdata import EVENT, REGION, SECOND, fill_events, gazetteer
from test_browser import browser  # noqa: F401 - the shared module-scoped Chromium

from conftest import PASSWORD

REPORTS, EVENTS = 8, 7  # eight extracted incidents; two of them are one event


@pytest.fixture(scope="session")
def event_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from warlog.store import open_store
    from warlog.web import add_user

    folder = tmp_path_factory.mktemp("eventdb")
    path = folder / "events.db"
    with open_store(path) as store:
        fill_events(store)
    add_user(path, "analyst", PASSWORD, "analyst")
    gazetteer(folder / "gazetteer.sqlite")
    return path


@pytest.fixture
def server(event_db: Path, tmp_path: Path) -> Iterator[str]:
    from warlog.settings import Settings
    from warlog.web import create_app

    path = tmp_path / "events.db"
    shutil.copyfile(event_db, path)
    app = create_app(path, Settings.from_env(gazetteer=event_db.parent / "gazetteer.sqlite"))
    with live_server(app) as url:
        yield url
    app.state.workbench.store.close()


@pytest.fixture
def tab(browser: Any, server: str) -> Iterator[Any]:  # noqa: F811 - the fixture imported above
    context = browser.new_context(base_url=server, accept_downloads=True, viewport={"width": 1400, "height": 900})
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto("/login")
    page.fill("input[name=name]", "analyst")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/incidents")
    yield page
    assert not violations, violations
    context.close()


def _count(page: Any) -> int:
    return int(page.inner_text("[data-testid=count]"))


def test_events_count_once_and_their_reports_are_one_click_away(tab: Any, tmp_path: Path) -> None:
    assert _count(tab) == EVENTS  # events by default
    assert "7 events" in tab.inner_text(".count")
    tab.click("[data-testid=level-reports]")
    tab.wait_for_url("**level=reports**")
    assert _count(tab) == REPORTS
    tab.click("header nav >> text=Map")  # the level follows to the other views
    tab.wait_for_url("**/map?level=reports")
    tab.wait_for_selector("#map[data-markers-loaded]", state="attached")
    assert f"{REPORTS} of these reports have coordinates" in tab.inner_text("[data-testid=map-status]")
    tab.click("[data-testid=level-events]")
    tab.wait_for_url("**/map")
    tab.wait_for_selector("#map[data-markers-loaded]", state="attached")
    assert f"{EVENTS} of these events have coordinates" in tab.inner_text("[data-testid=map-status]")
    markers = tab.request.get("/api/markers?place=Kharkiv&type=strike").json()["markers"]
    assert [(m["type"], m["n"]) for m in markers] == [("strike", 2)]  # two unlinked strikes at one point
    tab.goto("/map?place=Kharkiv")  # and an "other" there too: one marker of 3 events, strike's colour
    tab.wait_for_selector("#map[data-markers-loaded]", state="attached")
    marker = tab.locator(".event-marker.t-strike")
    assert marker.inner_text() == "3"
    marker.click()
    popup = tab.inner_text(".leaflet-popup-content")
    assert "strike" in popup and "other" in popup and "3 events here" in popup
    tab.goto("/timeline?since=2024-03-05&until=2024-03-05")  # the friendly fire's day: one event, two reports
    assert tab.locator("svg[data-testid=timeline] rect.seg").count() == 1
    assert "1 dated" in tab.inner_text("main")
    tab.goto("/timeline?since=2024-03-05&until=2024-03-05&level=reports")
    assert "2 dated" in tab.inner_text("main")
    tab.goto("/incidents?place=Kreminna")
    assert _count(tab) == 1
    row = tab.locator(f"tr[data-id={EVENT}]")
    assert row.locator("[data-col=killed]").inner_text() == "7+"
    row.locator("[data-testid=reports-link]").click()  # its reports, one click away
    tab.wait_for_url(f"**/canonical/{EVENT}")
    assert tab.locator("[data-testid=members] tbody tr").count() == 2
    assert SECOND in tab.inner_text("[data-testid=members]")
    tab.goto("/incidents?place=Kreminna")
    with tab.expect_download() as download:
        tab.click("[data-testid=export-csv]")
    target = tmp_path / "events.csv"
    download.value.save_as(target)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["warlog_id"], r["reports"], r["admiralty"]) for r in rows] == [
        (EVENT, "d0000000000000002;d0000000000000005", "B2")]


def test_the_table_sorts_shows_ids_and_bounds_and_pages_keep_the_state(tab: Any) -> None:
    from warlog.web import views

    tab.click("[data-testid=sort-killed]")
    tab.wait_for_url("**sort=killed**")
    killed = tab.locator("[data-testid=incidents] td[data-col=killed]").all_inner_texts()
    assert killed[0] == "7+"  # most killed first, the bound kept
    assert "5 (4-6)" in killed or "4-6" in killed
    tab.click("[data-testid=sort-killed]")  # again: ascending, unknown counts still last
    tab.wait_for_url("**dir=asc**")
    killed = tab.locator("[data-testid=incidents] td[data-col=killed]").all_inner_texts()
    assert killed[0] == "1" and killed[-1] == "-"
    ids = tab.locator("[data-testid=row-id]").all_inner_texts()
    assert EVENT in ids and REGION in ids
    tab.click("[data-testid=sort-outlet]")
    tab.wait_for_url("**sort=outlet**")
    outlets = [o for o in tab.locator("td[data-col=outlet]").all_inner_texts() if o]
    assert outlets[0].startswith("Border Courier")
    tab.click("[data-testid=type-filter] summary")  # the type filter is a checkbox group
    tab.check("#filters input[name=type][value=strike]")
    tab.check("#filters input[name=type][value=friendly_fire]")
    tab.click("#filters button[type=submit]")
    tab.wait_for_url("**type=friendly_fire**")
    assert "type=strike" in tab.url and "sort=outlet" in tab.url  # the sort survives filtering
    assert _count(tab) == 5
    views.PAGE_SIZE = 2  # a small page, so paging shows
    try:
        tab.reload()
        tab.click("[data-testid=next-page]")
        tab.wait_for_url("**page=2**")
        for kept in ("sort=outlet", "type=strike", "type=friendly_fire"):
            assert kept in tab.url
        assert tab.locator("[data-testid=incidents] tbody tr").count() == 2
        assert "page 2 of 3" in tab.inner_text("[data-testid=pager]")
    finally:
        views.PAGE_SIZE = 50


def test_the_map_has_a_legend_labels_offline_and_popups(tab: Any) -> None:
    tab.goto("/map")
    tab.wait_for_selector("#map[data-markers-loaded]", state="attached")
    tab.wait_for_selector("#map[data-labels]", state="attached")
    legend = tab.inner_text("[data-testid=map-legend]")
    assert "friendly fire" in legend and "strike" in legend and "district or region" in legend
    labels = tab.locator(".place-label").all_inner_texts()
    assert "Kyiv" in labels and "Kharkiv" in labels  # the largest places, from the gazetteer, no tiles
    assert tab.locator(".leaflet-tile-pane img").count() == 0
    tab.goto("/map?place=Zaporizhzhia")  # a region-level incident: an area marker with its extent
    tab.wait_for_selector("#map[data-markers-loaded]", state="attached")
    marker = tab.locator(".event-marker.area.t-strike")
    assert marker.count() == 1
    marker.click()
    popup = tab.inner_text(".leaflet-popup-content")
    for expected in ("strike", "Zaporizhzhia Oblast", "2024-04-01", "sources", "grade", "region"):
        assert expected in popup
    tab.goto("/map?place=Kreminna")
    tab.wait_for_selector("#map[data-markers-loaded]", state="attached")
    tab.locator(".event-marker.precise.t-friendly_fire").click()
    popup = tab.inner_text(".leaflet-popup-content")
    assert "7" in popup and "B2" in popup and "2 (2 reports)" in popup
    tab.click(".leaflet-popup-content a")
    tab.wait_for_url(f"**/canonical/{EVENT}")


def test_the_outlines_are_not_cut_at_62_degrees_east() -> None:
    from warlog.web.assets import BBOX, clip

    ring = [(55.0, 60.0), (90.0, 60.0), (90.0, 65.0), (55.0, 65.0)]  # a shape reaching past the Urals
    assert max(lon for lon, _ in clip(ring, BBOX)) == 90.0


def test_the_timeline_has_a_date_axis_stacks_types_and_brushing_filters(tab: Any) -> None:
    tab.goto("/timeline?unit=day")
    ticks = tab.locator("[data-testid=tick]").all_text_contents()
    assert len(ticks) >= 3 and any("Mar" in t for t in ticks) and any("Apr" in t for t in ticks)
    types = {tab.locator("rect.seg").nth(n).get_attribute("data-type") for n in range(tab.locator("rect.seg").count())}
    assert {"strike", "friendly_fire", "refusal_to_fight"} <= types
    assert "friendly fire" in tab.inner_text("[data-testid=timeline-legend]")
    box = tab.locator("svg[data-testid=timeline]").bounding_box()
    y = box["y"] + box["height"] / 2
    tab.mouse.move(box["x"] + 40, y)  # from the chart's start to about a third in (March)
    tab.mouse.down()
    tab.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    tab.mouse.up()
    tab.wait_for_url("**until=**")
    assert "since=2024-03-01" in tab.url
    until = tab.url.split("until=")[1][:10]
    assert "2024-03-05" <= until < "2024-04-01"
    assert _count(tab) == 2  # the Bakhmut strike and the Kreminna event


def test_named_casualties_are_a_filterable_page_and_an_export(tab: Any, tmp_path: Path) -> None:
    from eventdata import PERSON

    tab.click("header nav >> text=People")
    tab.wait_for_url("**/people")
    assert tab.inner_text("[data-testid=casualty-count]") == "1"
    row = tab.inner_text("[data-testid=registry] tbody tr")
    for expected in ("Ivan Petrenko", "34", "3rd Assault Brigade", "Frontline Ledger", "killed", "missing (hedged)",
                     "2024-03-05", "Kreminna", EVENT):
        assert expected in row, expected
    tab.select_option("#casualty-filters select[name=fate]", "captured")
    tab.click("#casualty-filters button[type=submit]")
    tab.wait_for_url("**fate=captured**")
    assert tab.inner_text("[data-testid=casualty-count]") == "0"
    tab.goto("/people?fate=missing&place=Kreminna&since=2024-03-01&until=2024-03-31&name=petr")
    assert tab.inner_text("[data-testid=casualty-count]") == "1"
    with tab.expect_download() as download:
        tab.click("[data-testid=casualties-csv]")
    target = tmp_path / "casualties.csv"
    download.value.save_as(target)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 1
    person = rows[0]
    assert (person["id"], person["name"], person["date_of_death"], person["place_of_death"]) == (
        PERSON, "Ivan Petrenko", "2024-03-05", "Kreminna")
    assert person["age"] == "34 (Frontline Ledger, document d0000000000000002)"
    assert person["fate"] == "killed" and person["incidents"] == EVENT
    assert "missing (hedged), says his brother, source: Border Courier d0000000000000005" in person["fate_versions"]
    import json

    lines = tab.request.get("/export/casualties.jsonl?outlet=Border").text().splitlines()
    record = json.loads(lines[0])
    assert [(f["status"], f["source"]["outlet"]) for f in record["fates"]] == [
        ("killed", "Frontline Ledger"), ("missing", "Border Courier")]
    assert record["unit"] == [{"value": "3rd Assault Brigade", "source": {
        "doc_id": "d0000000000000002", "outlet": "Frontline Ledger", "incident_id": None, "origin": None}}]
    assert tab.request.get("/export/casualties.jsonl?outlet=Nobody").text() == ""
