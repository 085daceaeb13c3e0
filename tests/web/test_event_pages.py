"""EventPages (SQL for standalone events, Python for linked ones) agrees with sorting everything in Python."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventdata import DUPLICATE, EVENT, TWIN, fill_events

from warlog.store import open_store
from warlog.store.event_pages import EventPages
from warlog.store.events import SORTS, EventQueries, sort_events
from warlog.store.review import ReviewStore
from warlog.store.review_queries import ReviewFilter, ReviewQueries


@pytest.fixture
def pages(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "pages.db")
    fill_events(store)
    reviews = ReviewStore(store)
    reviews.record(DUPLICATE, "ana", "duplicate", changes={"duplicate_of": TWIN})
    reviews.record("d0000000000000003-i1", "ana", "edit", changes={"fatalities_best": 40, "place": "Izium"})
    yield EventPages(EventQueries(ReviewQueries(reviews), duplicates=[DUPLICATE]))
    store.close()


@pytest.mark.parametrize("level", ["events", "reports"])
def test_every_sort_and_page_matches_sorting_everything_in_python(pages: EventPages, level: str) -> None:
    flt = ReviewFilter()
    everything = pages.events.events(flt, level, with_documents=True)
    assert pages.count(flt, level) == len(everything) == (6 if level == "events" else 7)  # the duplicate left out
    for sort in SORTS:
        for descending in (True, False):
            expected = [e.key for e in sort_events(everything, sort, descending)]
            got = [e.key for offset in range(0, len(expected), 3)
                   for e in pages.page(flt, level, sort, descending, 3, offset)]
            assert got == expected, (sort, descending)


def test_timeline_and_markers_count_events_not_reports(pages: EventPages) -> None:
    flt = ReviewFilter(since=None)
    events_days, report_days = pages.timeline(flt, "events"), pages.timeline(flt, "reports")
    assert events_days["2024-03-05"] == {"friendly_fire": 1} and report_days["2024-03-05"] == {"friendly_fire": 2}
    located, markers = pages.markers(flt, "events")
    assert located == 6 and any(m["id"] == EVENT and m["canonical"] for m in markers)
    assert pages.markers(flt, "reports")[0] == 7
