"""Migration 8: ``incidents.elsewhere`` and the summaries keyed by it, on both backends.

Pinned: every request looked up the ~16,000 incidents counted elsewhere (reviewed, linked, moved,
duplicates) by id at 1,000,000 events, 120-300 ms a statement on PostgreSQL; triggers on the overlay and the
links now keep each incident's bits, and the summaries leave those incidents out as they are written. These
tests prove the bits are what the overlay and the links say after every kind of analyst action, that the
summaries stay equal to grouping the incidents, and that the views' figures stay those of counting the
incidents themselves.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from benchmarks.web_data import fill
from pgtest import postgres_schema
from rollback import back_to
from test_store_incident_counts import FILTERS, MARKER_FILTERS, _comparable

from warlog.store import Store, open_store
from warlog.store.elsewhere_schema import DUPLICATE, LINKED, MOVED, MOVING, REVIEWED
from warlog.store.event_pages import EventPages
from warlog.store.events import EventQueries
from warlog.store.review import ReviewStore
from warlog.store.review_queries import ReviewFilter, ReviewQueries

MONTH_FILTERS = [ReviewFilter(since=date(2023, 3, 15), until=date(2023, 8, 10)), ReviewFilter(since=date(2023, 2, 10)),
                 ReviewFilter(until=date(2023, 5, 20)), ReviewFilter(since=date(2023, 3, 15), until=date(2023, 3, 30)),
                 ReviewFilter(since=date(2023, 3, 1), until=date(2023, 4, 30), types=["strike"], review="all"),
                 ReviewFilter(since=date(2022, 11, 2), until=date(2024, 1, 31), place="Kharkiv", review="unreviewed")]
MOVING_FIELDS = ("type", "date_start", "date_end", "place", "admin1", "lat", "lon", "certainty")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'w.db'}"
        with open_store(url) as store:
            fill(store, 600)
        yield url
    else:
        with postgres_schema() as url:
            with open_store(url) as store:
                fill(store, 600)
            yield url


def _expected_bits(store: Store) -> dict[str, int]:
    """Each incident's bits as the overlay and the links say them, worked out in Python."""
    reviews = ReviewStore(store)
    linked = {r["incident_id"] for r in reviews.rows("SELECT incident_id FROM incident_links")}
    overlay = {r["target_id"]: r for r in reviews.rows("SELECT * FROM review_overlay")}
    out = {}
    for r in reviews.rows("SELECT id FROM incidents"):
        bits = LINKED if r["id"] in linked else 0
        review = overlay.get(r["id"])
        if review is not None:
            fields = json.loads(review["fields"])
            moving = review["status"] == "rejected" or any(review[name] is not None for name in MOVING_FIELDS)
            bits |= (MOVING if moving else REVIEWED) | (MOVED if "canonical_id" in fields else 0)
            bits |= DUPLICATE if fields.get("duplicate_of") else 0
        out[r["id"]] = bits
    return out


def _bits(store: Store) -> dict[str, int]:
    return {r["id"]: int(r["elsewhere"]) for r in ReviewStore(store).rows("SELECT id, elsewhere FROM incidents")}


def _summaries(store: Store) -> tuple[dict, dict, dict]:  # type: ignore[type-arg]
    reviews = ReviewStore(store)
    counts = {(r["day"], r["day_end"], r["type"], r["certainty"], int(r["elsewhere"])): int(r["n"]) for r in
              reviews.rows("SELECT * FROM incident_counts WHERE n <> 0")}
    points = {(float(r["lat"]), float(r["lon"]), r["type"], r["place"], r["admin1"], r["country"], r["certainty"],
               int(r["elsewhere"])): (int(r["n"]), r["first_id"], r["last_day"])
              for r in reviews.rows("SELECT * FROM incident_points WHERE n <> 0")}
    months = {(float(r["lat"]), float(r["lon"]), r["type"], r["place"], r["admin1"], r["country"], r["certainty"],
               int(r["elsewhere"]), r["month"], r["end_month"]): (int(r["n"]), r["first_id"], r["last_day"])
              for r in reviews.rows("SELECT * FROM incident_months WHERE n <> 0")}
    return counts, points, months


def _regrouped(store: Store) -> tuple[dict, dict, dict]:  # type: ignore[type-arg]
    reviews = ReviewStore(store)
    counts = {(r["day"], r["day_end"], r["type"], r["certainty"], int(r["elsewhere"])): int(r["n"]) for r in
              reviews.rows("SELECT COALESCE(CAST(date_start AS TEXT), '') AS day, COALESCE(CAST(date_end AS TEXT),"
                           " '') AS day_end, type, certainty, elsewhere, COUNT(*) AS n FROM incidents"
                           " GROUP BY 1, 2, 3, 4, 5")}
    points = {(float(r["lat"]), float(r["lon"]), r["type"], r["place"], r["admin1"], r["country"], r["certainty"],
               int(r["elsewhere"])): (int(r["n"]), r["first_id"], r["last_day"]) for r in reviews.rows(
        "SELECT lat, lon, type, COALESCE(place, '') AS place, COALESCE(admin1, '') AS admin1, COALESCE(country, '')"
        " AS country, certainty, elsewhere, COUNT(*) AS n, MIN(id) AS first_id,"
        " MAX(COALESCE(CAST(date_start AS TEXT), '')) AS last_day FROM incidents WHERE lat IS NOT NULL"
        " AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8")}
    merged: dict[tuple, tuple] = {}  # type: ignore[type-arg]
    for r in reviews.rows(  # grouped by day (the same SQL on both backends), summed into months here
            "SELECT lat, lon, type, COALESCE(place, '') AS place, COALESCE(admin1, '') AS admin1, COALESCE(country,"
            " '') AS country, certainty, elsewhere, CAST(date_start AS TEXT) AS month, CAST(COALESCE(date_end,"
            " date_start) AS TEXT) AS end_month, COUNT(*) AS n, MIN(id) AS first_id, MAX(CAST(date_start AS TEXT))"
            " AS last_day FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL AND date_start IS NOT NULL"
            " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"):
        key = (float(r["lat"]), float(r["lon"]), r["type"], r["place"], r["admin1"], r["country"], r["certainty"],
               int(r["elsewhere"]), r["month"][:7], r["end_month"][:7])
        seen = merged.get(key)
        n, first_id, last_day = int(r["n"]), r["first_id"], r["last_day"]
        merged[key] = (n, first_id, last_day) if seen is None else (seen[0] + n, min(seen[1], first_id),
                                                                      max(seen[2], last_day))
    return counts, points, merged


def _wide(store: Store) -> dict:  # type: ignore[type-arg]
    """The rows of the summaries with the types in columns (migration 10), and the same worked out from the
    summaries by type they widen."""
    from warlog.store.wide_schema import COLUMNS, KINDS, TABLES

    reviews = ReviewStore(store)
    found, expected = {}, {}
    for wide, table, key in TABLES:
        found[wide] = {tuple(str(r[c]) for c in key): (int(r["n"]), tuple(int(r[c]) for c in COLUMNS), r["first_id"],
                                                      r["last_day"])
                       for r in reviews.rows(f"SELECT * FROM {wide} WHERE n <> 0")}
        merged: dict = {}  # type: ignore[type-arg]
        for r in reviews.rows(f"SELECT * FROM {table} WHERE n <> 0"):
            k = tuple(str(r[c]) for c in key)
            n, types, first_id, last_day = merged.get(k, (0, (0,) * len(KINDS), None, ""))
            types = tuple(t + (int(r["n"]) if kind == r["type"] else 0) for t, kind in zip(types, KINDS, strict=True))
            ids = [f for f in (first_id, r["first_id"]) if f is not None]
            first_id = min(ids) if ids else None
            merged[k] = (n + int(r["n"]), types, first_id, max(last_day, r["last_day"]))
        expected[wide] = merged
    assert found == expected
    return found


class _Direct(EventPages):
    """The same pages counting the incidents themselves, one probe each (the queries before migration 5)."""

    def _subtracting(self, flt: ReviewFilter) -> bool:
        return False


def _check(store: Store, filters: list[ReviewFilter] | None = None) -> None:
    """The bits, the summaries and every view's figures against working them out from scratch."""
    assert _bits(store) == _expected_bits(store)
    assert _summaries(store) == _regrouped(store)
    _wide(store)
    reviews = ReviewStore(store)
    duplicates = {t for t, r in reviews.with_field("duplicate_of").items() if r.fields["duplicate_of"]}
    pages = EventPages(EventQueries(ReviewQueries(reviews), duplicates=duplicates),
                       reviews.with_field("canonical_id"))
    direct = _Direct(pages.events, pages.moved)
    for level in ("events", "reports"):
        for flt in filters or [*FILTERS, *MARKER_FILTERS[-4:], *MONTH_FILTERS]:
            assert pages.count(flt, level) == direct.count(flt, level), (flt, level)
            assert pages.timeline(flt, level) == direct.timeline(flt, level), (flt, level)
            located, found = pages.markers(flt, level)
            expected_located, expected = direct.markers(flt, level)
            assert (located, _comparable(found)) == (expected_located, _comparable(expected)), (flt, level)


def _ids(store: Store) -> tuple[str, str, str, str]:
    """A linked incident, two unreviewed unlinked incidents of one document, and a canonical incident."""
    reviews = ReviewStore(store)
    linked = reviews.rows("SELECT incident_id, canonical_id FROM incident_links ORDER BY incident_id LIMIT 1")[0]
    pair = reviews.rows("SELECT i.id AS id FROM incidents i WHERE i.doc_id = (SELECT MAX(j.doc_id) FROM incidents j"
                        " WHERE j.id LIKE '%-i2' AND NOT EXISTS (SELECT 1 FROM review_overlay r WHERE r.target_id"
                        " IN (j.id, REPLACE(j.id, '-i2', '-i1'))) AND NOT EXISTS (SELECT 1 FROM incident_links l"
                        " WHERE l.doc_id = j.doc_id)) ORDER BY i.id")
    return linked["incident_id"], pair[0]["id"], pair[1]["id"], linked["canonical_id"]


def test_every_analyst_action_keeps_the_bits_and_the_summaries(store_url: str) -> None:
    """A review that moves an incident and its undoing, a rejection, a duplicate mark and its undoing, a move
    into a canonical incident and a split, a link and an unlink: after each, bits, summaries and figures."""
    with open_store(store_url) as store:
        reviews = ReviewStore(store)
        linked, first, second, canonical = _ids(store)
        _check(store)
        reviews.record(first, "ana", "edit", changes={"type": "mobilization", "place": "Elsewhere"})
        _check(store)
        reviews.record(first, "ana", "undo", changes={"type": None, "place": None})  # reviewed, moving nothing
        _check(store)
        reviews.record(second, "ana", "reject", status="rejected")
        _check(store)
        reviews.record(first, "ana", "duplicate", changes={"duplicate_of": second})
        _check(store)
        reviews.record(first, "ana", "not a duplicate", changes={"duplicate_of": None})
        _check(store)
        reviews.record(first, "ana", "move", changes={"canonical_id": canonical})
        reviews.record(linked, "ana", "split", changes={"canonical_id": None})
        _check(store)
        mark = "%s" if store_url.startswith("postgresql") else "?"
        doc = reviews.rows("SELECT doc_id FROM incidents WHERE id = ?", [second])[0]["doc_id"]
        reviews.conn.execute("INSERT INTO incident_links(incident_id, canonical_id, doc_id, score, member_json,"
                             f" linked_at) VALUES ({mark}, {mark}, {mark}, 0.5, '{{}}', 'now')",
                             [second, canonical, doc])
        _check(store)
        reviews.conn.execute(f"DELETE FROM incident_links WHERE incident_id IN ({mark}, {mark})", [second, linked])
        _check(store)


def test_an_incident_stored_again_keeps_its_review(store_url: str) -> None:
    """A document ingested again replaces its incidents under the same ids; the overlay outlives them, so a new
    incident is counted with the bits its review gives (set by the insert's own trigger)."""
    with open_store(store_url) as store:
        reviews = ReviewStore(store)
        _, first, _, _ = _ids(store)
        reviews.record(first, "ana", "edit", changes={"type": "mobilization"})
        mark = "%s" if store_url.startswith("postgresql") else "?"
        columns = reviews.rows("SELECT * FROM incidents WHERE id = ?", [first])[0]
        names = [name for name in columns.keys() if name != "elsewhere"]
        reviews.conn.execute(f"DELETE FROM incidents WHERE id = {mark}", [first])
        reviews.conn.execute(f"INSERT INTO incidents({', '.join(names)}) VALUES ({', '.join([mark] * len(names))})",
                             [columns[name] for name in names])
        assert _bits(store)[first] == MOVING
        _check(store)


def _back_and_forth(url: str) -> None:
    with open_store(url) as store:
        reviews = ReviewStore(store)
        _, first, _, _ = _ids(store)
        reviews.record(first, "ana", "duplicate", changes={"duplicate_of": first[:-1] + "1"})
        expected = _expected_bits(store), _summaries(store)
    back_to(url, 7)
    with open_store(url) as store:
        assert store.schema_version() >= 8
        assert (_bits(store), _summaries(store)) == expected
        assert _summaries(store) == _regrouped(store)


def test_migration_sets_the_bits_of_the_incidents_already_stored(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        fill(store, 300)
    _back_and_forth(url)


def test_postgres_migration_sets_the_bits_of_the_incidents_already_stored() -> None:
    with postgres_schema() as url:
        with open_store(url) as store:
            fill(store, 300)
        _back_and_forth(url)


def test_the_map_of_a_date_range_reads_whole_months(store_url: str) -> None:
    """Pinned: the markers of a half-year grouped its 180,000 incidents (430 ms of CPU at 1,000,000); the whole
    months now come from ``incident_months``. Ranges on and off month bounds, incidents ending in an earlier
    month than they start (and before the range's start day) and one with an end but no start, reviewed,
    rejected and duplicate ones: the same markers as grouping the incidents."""
    with open_store(store_url) as store:
        reviews = ReviewStore(store)
        linked, first, second, _ = _ids(store)
        execute = reviews.conn.execute
        mark = "%s" if store_url.startswith("postgresql") else "?"
        execute(f"UPDATE incidents SET date_start = {mark}, date_end = {mark} WHERE doc_id IN (SELECT doc_id FROM"
                f" incidents WHERE id LIKE {mark} ORDER BY id LIMIT 4)", ["2023-04-02", "2023-03-01", "%-i1"])
        execute(f"UPDATE incidents SET date_start = {mark}, date_end = {mark} WHERE doc_id IN (SELECT doc_id FROM"
                f" incidents WHERE id LIKE {mark} ORDER BY id DESC LIMIT 2)", ["2023-06-02", "2023-03-20", "%-i1"])
        execute(f"UPDATE incidents SET date_start = NULL, date_end = {mark} WHERE id = {mark}", ["2023-05-05", second])
        # no point, but a place a place filter matches (those filters read the points' latitudes or these)
        execute(f"UPDATE incidents SET lat = NULL, lon = NULL, place = 'Kharkiv' WHERE doc_id IN (SELECT doc_id FROM"
                f" incidents WHERE id LIKE {mark} ORDER BY id LIMIT 1 OFFSET 7)", ["%-i2"])
        reviews.record(first, "ana", "edit", changes={"type": "mobilization", "date_start": "2023-03-20"})
        reviews.record(linked, "ana", "reject", status="rejected")
        _check(store, [*MONTH_FILTERS, ReviewFilter(since=date(2023, 3, 10), until=date(2023, 6, 30)),
                       ReviewFilter(place="Kharkiv"), ReviewFilter(place="Kharkiv", since=date(2022, 6, 1))])


def test_pages_by_date_when_every_incident_has_a_start(store_url: str) -> None:
    """With no undated incident the date-sorted pages skip the query for rows without a date; the rows must
    be those of sorting every event (with one undated incident, the query runs again)."""
    from warlog.store.events import sort_events

    with open_store(store_url) as store:
        reviews = ReviewStore(store)
        _, first, _, _ = _ids(store)
        reviews.record(first, "ana", "edit", changes={"date_start": "2022-01-01"})
        for undated in (False, True):
            if undated:
                mark = "%s" if store_url.startswith("postgresql") else "?"
                reviews.conn.execute(f"UPDATE incidents SET date_start = NULL, date_end = NULL WHERE id = {mark}",
                                     [first[:-1] + "2"])
            pages = EventPages(EventQueries(ReviewQueries(reviews)), reviews.with_field("canonical_id"))
            assert pages._undated() is undated
            for level in ("events", "reports"):
                everything = pages.events.events(ReviewFilter(), level)
                for descending in (True, False):
                    expected = [e.key for e in sort_events(everything, "date", descending)]
                    for offset in (0, len(expected) - 10):
                        got = [e.key for e in pages.page(ReviewFilter(), level, "date", descending, 20, offset)]
                        assert got == expected[offset:offset + 20], (undated, level, descending, offset)
