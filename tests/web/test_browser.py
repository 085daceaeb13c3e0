"""The workbench in a real browser: Playwright driving Debian's headless Chromium against a live server.

Covers the analyst's path: log in, filter, see the map draw markers, open an incident, see the highlighted
evidence, edit a field, see the audit entry, export the filtered CSV and check its rows; and that no page
trips the Content-Security-Policy. ``pytest tests/web --screenshots`` also saves docs/screenshots/*.png.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import ensure_assets, ensure_chromium, live_server

from conftest import PASSWORD

playwright_api = pytest.importorskip("playwright.sync_api")
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = ensure_chromium()
    ensure_assets()
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(template_db: tuple[Path, list[str]], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from warlog.web import create_app

    path = tmp_path_factory.mktemp("browser") / "web.db"
    shutil.copyfile(template_db[0], path)
    app = create_app(path)
    with live_server(app) as url:
        yield url
    app.state.workbench.store.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(base_url=server, accept_downloads=True, viewport={"width": 1400, "height": 900})
    tab = context.new_page()
    violations: list[str] = []
    tab.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    tab.goto("/incidents")
    assert "/login" in tab.url  # not logged in: sent to the log-in form
    tab.fill("input[name=name]", "analyst")
    tab.fill("input[name=password]", PASSWORD)
    tab.click("button[type=submit]")
    tab.wait_for_url("**/incidents")
    yield tab
    assert not violations, violations
    context.close()


def test_log_in_and_filter(page: Any) -> None:
    assert page.inner_text("[data-testid=user]").startswith("analyst")
    assert page.inner_text("[data-testid=count]") == "4"
    page.click("[data-testid=type-filter] summary")
    page.check("#filters input[name=type][value=strike]")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**type=strike**")
    assert page.inner_text("[data-testid=count]") == "2"
    assert page.locator("[data-testid=incidents] tbody tr").count() == 2
    page.click("header nav >> text=Timeline")  # the filters follow to the other views
    page.wait_for_url("**/timeline?type=strike**")
    assert page.locator("svg[data-testid=timeline] rect.seg").count() == 2
    page.locator("svg[data-testid=timeline] a").last.click()  # a bar lists its incidents
    page.wait_for_url("**/incidents?type=strike&since=2024-04-**")
    assert page.inner_text("[data-testid=count]") == "1"


def test_the_map_draws_markers_and_outlines(page: Any) -> None:
    page.goto("/map?place=Kharkiv")
    page.wait_for_selector("#map[data-markers-loaded]", state="attached")
    page.wait_for_selector("#map[data-outlines-loaded]", state="attached")
    assert page.locator(".event-marker, .marker-cluster").count() >= 1
    assert "1 of these events have coordinates" in page.inner_text("[data-testid=map-status]")
    page.goto("/map")
    page.wait_for_selector("#map[data-markers-loaded]", state="attached")
    assert page.get_attribute("#map", "data-markers-loaded") == "4"


def test_the_map_draws_outlines_when_the_tile_server_is_unreachable(browser: Any, template_db: Any,
                                                                   tmp_path: Path) -> None:
    from warlog.settings import Settings
    from warlog.web import create_app, set_anonymous_read

    path = tmp_path / "tiles.db"
    shutil.copyfile(template_db[0], path)
    set_anonymous_read(path, True)
    app = create_app(path, Settings.from_env(tile_url="http://127.0.0.1:9/{z}/{x}/{y}.png"))  # nothing listens
    with live_server(app) as url:
        context = browser.new_context(base_url=url)
        tab = context.new_page()
        tab.goto("/map")
        tab.wait_for_selector("#map[data-outlines-loaded]", state="attached")
        tab.wait_for_selector("#map[data-markers-loaded]", state="attached")
        assert tab.locator(".leaflet-tile-pane img").count() >= 1  # tiles were asked for, and failed
        assert tab.get_attribute("#map", "data-markers-loaded") == "4"
        context.close()
    app.state.workbench.store.close()


def test_incident_evidence_edit_and_audit(page: Any) -> None:
    page.click("[data-testid=incidents] a >> text=friendly_fire")
    page.wait_for_url("**/incidents/d0000000000000002-i1")
    assert page.locator("mark.hl-evidence").count() >= 1
    assert page.inner_text("#ev-place") == "Kreminna"
    assert "regional channel" in page.inner_text("[data-testid=chain]")
    page.fill("[data-testid=edit-form] input[name=fatalities_best]", "9")
    page.fill("[data-testid=edit-form] input[name=why]", "hospital list")
    page.click("[data-testid=save]")
    page.wait_for_url("**#review")
    assert page.inner_text("[data-field=fatalities]").startswith("9")
    audit = page.inner_text("[data-testid=audit]")
    assert "analyst edit" in audit and "fatalities_best → 9" in audit and "hospital list" in audit
    page.click("[data-testid=confirm]")
    page.wait_for_url("**#review")
    assert page.inner_text("[data-testid=status]") == "confirmed"


def test_review_queue_with_the_keyboard(page: Any) -> None:
    page.click("[data-testid=start-review]")
    page.wait_for_url("**/incidents/d*-i1?review=unreviewed")
    first = page.url
    page.keyboard.press("x")  # reject
    page.wait_for_url("**?review=unreviewed#review")
    assert page.inner_text("[data-testid=status]") == "rejected"
    page.keyboard.press("n")  # the next unreviewed one
    page.wait_for_url("**/incidents/d*-i1?review=unreviewed")
    assert page.url.split("?")[0] != first.split("?")[0]


def test_export_the_filtered_csv(page: Any, tmp_path: Path) -> None:
    page.goto("/incidents?outlet=Frontline")
    assert page.inner_text("[data-testid=count]") == "1"
    with page.expect_download() as download:
        page.click("[data-testid=export-csv]")
    target = tmp_path / "export.csv"
    download.value.save_as(target)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["location"], r["warlog_type"]) for r in rows] == [("Kreminna", "friendly_fire")]
    assert rows[0]["fatalities"] == "9" and "review=confirmed" in rows[0]["tags"]  # the review, exported


def test_screenshots(request: pytest.FixtureRequest, browser: Any, tmp_path: Path) -> None:
    """Screenshots of the main views on the bundled sample reports (``--screenshots`` only)."""
    if not request.config.getoption("--screenshots"):
        pytest.skip("run with --screenshots to refresh docs/screenshots")
    import warlog
    from warlog.store import open_store
    from warlog.web import add_user, create_app

    db = tmp_path / "demo.db"
    samples = Path(warlog.__file__).parent / "data" / "samples" / "reports"
    warlog.ingest([samples], db)
    add_user(db, "analyst", PASSWORD, "analyst")
    with open_store(db) as store:
        first = store.incidents()[0].incident.id
        from warlog.store.links import LinkStore

        merged = sorted(LinkStore(store).canonical_incidents(),
                        key=lambda c: (-len(c.contradictions), -len(c.reports), c.id))
    app = create_app(db)
    SHOTS.mkdir(parents=True, exist_ok=True)
    with live_server(app) as url:
        context = browser.new_context(base_url=url, viewport={"width": 1360, "height": 860})
        tab = context.new_page()
        tab.goto("/login")
        tab.fill("input[name=name]", "analyst")
        tab.fill("input[name=password]", PASSWORD)
        tab.click("button[type=submit]")
        tab.wait_for_url("**/incidents")
        tab.screenshot(path=str(SHOTS / "incidents.png"))
        tab.goto("/map")
        tab.wait_for_selector("#map[data-markers-loaded]", state="attached")
        tab.wait_for_selector("#map[data-outlines-loaded]", state="attached")
        tab.wait_for_timeout(600)
        tab.screenshot(path=str(SHOTS / "map.png"))
        tab.goto("/timeline?unit=day")
        tab.screenshot(path=str(SHOTS / "timeline.png"))
        tab.goto("/queue")
        tab.screenshot(path=str(SHOTS / "queue.png"))
        tab.goto("/people")
        tab.screenshot(path=str(SHOTS / "people.png"))
        tab.goto(f"/incidents/{first}")
        tab.screenshot(path=str(SHOTS / "incident.png"), full_page=True)
        if merged:
            tab.goto(f"/canonical/{merged[0].id}")
            tab.screenshot(path=str(SHOTS / "canonical.png"), full_page=True)
        context.close()
    app.state.workbench.store.close()
