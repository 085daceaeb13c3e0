"""Migration 5: ``incident_counts`` and the counts and timelines read from it, on both backends.

Pinned: at 1,000,000 events the list's count and the timeline counted every incident a request (2 s on
SQLite); they now read the summary table less the incidents counted elsewhere. These tests prove the figures
are the same as counting the incidents themselves, whatever the filter, the level and the analysts' reviews,
links, moves and duplicate marks, and that the triggers keep the table exact when incidents change.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from benchmarks.web_data import fill
from pgtest import postgres_schema
from rollback import back_to

from warlog.store import Store, open_store
from warlog.store.event_pages import EventPages
from warlog.store.events import EventQueries
from warlog.store.review import ReviewStore
from warlog.store.review_queries import ReviewFilter, ReviewQueries

FILTERS = [ReviewFilter(), ReviewFilter(types=["strike"]), ReviewFilter(types=["friendly_fire", "mobilization"]),
           ReviewFilter(since=date(2023, 1, 1)), ReviewFilter(until=date(2022, 12, 31)),
           ReviewFilter(since=date(2023, 3, 1), until=date(2023, 6, 30), types=["strike"]),
           ReviewFilter(certainty="reported"), ReviewFilter(review="unreviewed"), ReviewFilter(review="all"),
           ReviewFilter(review="confirmed"),
           ReviewFilter(place="Kharkiv"), ReviewFilter(text="drone")]  # the last two: not from the summary


@pytest.fixture(params=["sqlite", "postgresql"], scope="module")
def store_url(request, tmp_path_factory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('counts') / 'w.db'}"
        with open_store(url) as store:
            _fill(store)
        yield url
    else:
        with postgres_schema() as url:
            with open_store(url) as store:
                _fill(store)
            yield url


def _fill(store: Store) -> None:
    """The bench's generated corpus (links, reviews, undated and empty documents) and an analyst's marks."""
    fill(store, 1500)
    reviews = ReviewStore(store)
    reviews.record("b0000000000000010-i2", "ana", "duplicate", changes={"duplicate_of": "b0000000000000010-i1"})
    reviews.record("b0000000000000020-i1", "ana", "move", changes={"canonical_id": "c000000000000002"})
    reviews.record("b0000000000000001-i1", "ana", "split", changes={"canonical_id": None})
    reviews.conn.execute("UPDATE incidents SET date_start = NULL, date_end = NULL WHERE doc_id = 'b0000000000000030'")
    reviews.conn.execute("UPDATE incidents SET certainty = 'alleged' WHERE doc_id = 'b0000000000000031'")


def _pages(store: Store) -> EventPages:
    reviews = ReviewStore(store)
    duplicates = {"b0000000000000010-i2"}
    moved = ["b0000000000000020-i1", "b0000000000000001-i1"]
    return EventPages(EventQueries(ReviewQueries(reviews), duplicates=duplicates), moved)


class _Direct(EventPages):
    """The same pages counting the incidents themselves, one probe each (the queries before migration 5)."""

    def _subtracting(self, flt: ReviewFilter) -> bool:
        return False


@pytest.mark.parametrize("level", ["events", "reports"])
def test_counts_and_timeline_match_counting_the_incidents(store_url: str, level: str) -> None:
    with open_store(store_url) as store:
        pages = _pages(store)
        direct = _Direct(pages.events, pages.moved)
        assert pages.count(ReviewFilter(), level) > 1000
        for flt in FILTERS:
            assert pages.count(flt, level) == direct.count(flt, level), flt
            assert pages.timeline(flt, level) == direct.timeline(flt, level), flt


def _summary(store: Store) -> dict[tuple[str, str, str, str], int]:
    """Summed over the bits of the incidents counted elsewhere (migration 8: test_store_elsewhere.py)."""
    rows = ReviewStore(store).rows("SELECT day, day_end, type, certainty, SUM(n) AS n FROM incident_counts"
                                   " GROUP BY day, day_end, type, certainty HAVING SUM(n) <> 0")
    return {(r["day"], r["day_end"], r["type"], r["certainty"]): int(r["n"]) for r in rows}


def _recount(store: Store) -> dict[tuple[str, str, str, str], int]:
    rows = ReviewStore(store).rows(
        "SELECT COALESCE(CAST(date_start AS TEXT), '') AS day, COALESCE(CAST(date_end AS TEXT), '') AS day_end,"
        " type, certainty, COUNT(*) AS n FROM incidents GROUP BY 1, 2, 3, 4")
    return {(r["day"], r["day_end"], r["type"], r["certainty"]): int(r["n"]) for r in rows}


def test_triggers_keep_the_summary_exact(store_url: str) -> None:
    with open_store(store_url) as store:
        conn = ReviewStore(store)
        assert _summary(store) == _recount(store)
        conn.conn.execute("UPDATE incidents SET type = 'armed_clash', date_end = NULL WHERE doc_id IN"
                          " ('b0000000000000040', 'b0000000000000041')")
        conn.conn.execute("DELETE FROM incidents WHERE doc_id IN ('b0000000000000050', 'b0000000000000051')"
                          " AND id NOT IN (SELECT incident_id FROM incident_links)"
                          " AND id NOT IN (SELECT target_id FROM review_overlay)")
        assert _summary(store) == _recount(store)


def test_migration_counts_the_incidents_already_stored(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        fill(store, 200)
        expected = _recount(store)
    back_to(url, 4)
    with open_store(url) as store:
        assert store.schema_version() >= 5 and _summary(store) == expected


def test_postgres_migration_counts_the_incidents_already_stored() -> None:
    with postgres_schema() as url:
        with open_store(url) as store:
            fill(store, 200)
            expected = _recount(store)
        back_to(url, 4)
        with open_store(url) as store:
            assert store.schema_version() >= 5 and _summary(store) == expected


@pytest.mark.parametrize("level", ["events", "reports"])
def test_pages_by_every_sort_match_sorting_everything(store_url: str, level: str) -> None:
    """Pinned: a page sorted by killed, place, outlet or grade sorted every incident (4-5 s at 1,000,000); it
    now reads the values with and without a value in two index walks. The rows must not change."""
    from warlog.store.events import SORTS, sort_events

    with open_store(store_url) as store:
        pages = _pages(store)
        for flt in (ReviewFilter(), ReviewFilter(types=["strike"]), ReviewFilter(review="all")):
            everything = pages.events.events(flt, level, with_documents=True)
            for sort in SORTS:
                for descending in (True, False):
                    expected = [e.key for e in sort_events(everything, sort, descending)]
                    for offset in (0, 40):
                        got = [e.key for e in pages.page(flt, level, sort, descending, 20, offset)]
                        assert got == expected[offset:offset + 20], (flt, sort, descending, offset)


MARKER_FILTERS = [*FILTERS, ReviewFilter(place="Donetsk", since=date(2023, 1, 1)), ReviewFilter(place="UA"),
                  ReviewFilter(outlet="Ledger", types=["strike"]), ReviewFilter(place="Luhansk", review="all")]


@pytest.mark.parametrize("level", ["events", "reports"])
def test_markers_match_grouping_the_incidents(store_url: str, level: str) -> None:
    """Pinned: the markers grouped a million incidents, probing the overlay and links for each (1.5 s at
    1,000,000); they now read ``incident_points`` (migration 7) or group without probes, and take out the
    reviewed, linked, moved and duplicate incidents one by one. Every marker must stay the same."""
    with open_store(store_url) as store:
        pages = _pages(store)
        direct = _Direct(pages.events, pages.moved)
        for flt in MARKER_FILTERS:
            located, found = pages.markers(flt, level)
            expected_located, expected = direct.markers(flt, level)
            assert located == expected_located, flt
            assert _comparable(found) == _comparable(expected), flt
        for flt in MARKER_FILTERS[-4:]:  # the place filter through the points' latitudes
            assert pages.count(flt, level) == direct.count(flt, level), flt
            assert pages.timeline(flt, level) == direct.timeline(flt, level), flt


def _comparable(markers: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    """Markers in a fixed order, without the name of a point that has several (which one the old grouping
    showed depended on the order PostgreSQL grouped the rows in)."""
    names = ("place", "admin1", "precision")
    return sorted(({k: v for k, v in m.items() if k not in names} for m in markers), key=lambda m: (m["lat"], m["lon"],
                                                                                                    m["id"]))


def _points(store: Store) -> dict[tuple, tuple]:  # type: ignore[type-arg]
    rows = ReviewStore(store).rows("SELECT lat, lon, type, place, admin1, country, certainty, elsewhere, n, first_id,"
                                   " last_day FROM incident_points WHERE n <> 0")
    return {(float(r["lat"]), float(r["lon"]), r["type"], r["place"], r["admin1"], r["country"], r["certainty"],
             int(r["elsewhere"])):
            (int(r["n"]), r["first_id"], r["last_day"]) for r in rows}


def _regroup(store: Store) -> dict[tuple, tuple]:  # type: ignore[type-arg]
    rows = ReviewStore(store).rows(
        "SELECT lat, lon, type, COALESCE(place, '') AS place, COALESCE(admin1, '') AS admin1, COALESCE(country, '')"
        " AS country, certainty, elsewhere, COUNT(*) AS n, MIN(id) AS first_id, MAX(COALESCE(CAST(date_start AS"
        " TEXT), '')) AS last_day FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL"
        " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8")
    return {(float(r["lat"]), float(r["lon"]), r["type"], r["place"], r["admin1"], r["country"], r["certainty"],
             int(r["elsewhere"])):
            (int(r["n"]), r["first_id"], r["last_day"]) for r in rows}


def test_triggers_keep_the_points_exact(store_url: str) -> None:
    """incident_points (migration 7) after updates of every key column and the date, and deletes of the
    incident holding a point's smallest id or latest day, as a direct grouping of the incidents gives it."""
    with open_store(store_url) as store:
        conn = ReviewStore(store)
        assert _points(store) == _regroup(store)
        conn.conn.execute("UPDATE incidents SET place = 'Elsewhere', lat = 50.5, lon = 30.5 WHERE doc_id IN"
                          " ('b0000000000000060', 'b0000000000000061')")
        conn.conn.execute("UPDATE incidents SET date_start = '2026-01-01' WHERE doc_id = 'b0000000000000062'")
        conn.conn.execute("UPDATE incidents SET lat = NULL WHERE doc_id = 'b0000000000000063'")
        conn.conn.execute("UPDATE incidents SET certainty = 'alleged', admin1 = NULL"
                          " WHERE doc_id = 'b0000000000000064'")
        assert _points(store) == _regroup(store)
        held = conn.rows("SELECT first_id FROM incident_points WHERE first_id NOT IN (SELECT incident_id FROM"
                         " incident_links) AND first_id NOT IN (SELECT target_id FROM review_overlay) LIMIT 3")
        latest = conn.rows("SELECT i.id AS id FROM incidents i JOIN incident_points s ON s.lat = i.lat"
                           " AND s.lon = i.lon AND s.type = i.type AND CAST(i.date_start AS TEXT) = s.last_day"
                           " WHERE i.id NOT IN (SELECT incident_id FROM incident_links)"
                           " AND i.id NOT IN (SELECT target_id FROM review_overlay) LIMIT 3")
        gone = sorted({r["first_id"] for r in held} | {r["id"] for r in latest})
        mark = "%s" if store_url.startswith("postgresql") else "?"
        assert gone
        conn.conn.execute(f"DELETE FROM incidents WHERE id IN ({','.join([mark] * len(gone))})", gone)
        assert _points(store) == _regroup(store)
        from test_store_elsewhere import _wide

        assert _wide(store)["incident_points_wide"]  # migration 10's rows by point, against incident_points


def test_migration_groups_the_points_already_stored(tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        fill(store, 200)
        expected = _regroup(store)
    back_to(url, 6)
    with open_store(url) as store:
        assert store.schema_version() >= 7 and _points(store) == expected


def test_postgres_migration_groups_the_points_already_stored() -> None:
    with postgres_schema() as url:
        with open_store(url) as store:
            fill(store, 200)
            expected = _regroup(store)
        back_to(url, 6)
        with open_store(url) as store:
            assert store.schema_version() >= 7 and _points(store) == expected


def test_common_words_search_the_newest_documents_and_counts_stop_at_the_cap(  # type: ignore[no-untyped-def]
        store_url: str, monkeypatch) -> None:
    """Pinned: a word in 43% of the reports listed, counted and placed ~430,000 incidents a request (1.7 s at
    1,000,000). With a limit the views search only the newest matching documents (and say how many match);
    exports set none and search all. A count read from the incidents stops past COUNT_CAP and says so."""
    import warlog.store.event_pages as event_pages

    with open_store(store_url) as store:
        pages = _pages(store)
        reviews = ReviewStore(store)
        everything = ReviewFilter(text="drone", review="all")
        every_doc = {r["doc_id"] for r in reviews.rows(
            "SELECT DISTINCT i.doc_id AS doc_id FROM incidents i WHERE "
            + pages.events.queries._conditions(everything, {})[0][0],
            ["drone" if store_url.startswith("postgresql") else '"drone"'])}
        assert len(every_doc) > 20
        newest = [r["id"] for r in reviews.rows("SELECT id FROM documents ORDER BY ingested_at DESC, id DESC")
                  if r["id"] in every_doc][:20]
        limited = ReviewFilter(text="drone", review="all", search_limit=20)
        postgres = store_url.startswith("postgresql")  # counts to one past the limit only
        assert pages.events.queries.search_scope(limited) == (21 if postgres else len(every_doc), True)
        expected = int(reviews.rows(f"SELECT COUNT(*) AS n FROM incidents WHERE doc_id IN ({','.join(['?'] * 20)})",
                                    newest)[0]["n"])
        assert pages.count(limited, "reports") == expected
        assert pages.count(everything, "reports") > expected  # no limit: every match
        assert sum(m["n"] for m in pages.markers(limited, "reports")[1]) <= expected
        monkeypatch.setattr(event_pages, "COUNT_CAP", 50)
        outlet = ReviewFilter(outlet="Ledger")
        capped = pages.count(outlet, "reports")  # the unreviewed half stopped at 50, the reviewed one added
        assert pages.capped and 50 <= capped < _Direct(pages.events, pages.moved).count(outlet, "reports")
        assert pages.count(ReviewFilter(types=["strike"]), "reports") > 50 and not pages.capped  # from the summary


def _empty(store: Store) -> set[str]:
    return {r["doc_id"] for r in ReviewStore(store).rows("SELECT doc_id FROM documents_without_incidents")}


def _without_incidents(store: Store) -> set[str]:
    return {r["id"] for r in ReviewStore(store).rows(
        "SELECT d.id AS id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.doc_id = d.id)")}


def test_triggers_keep_the_documents_without_incidents(store_url: str) -> None:
    """documents_without_incidents (migration 7, the queue's "no incident found") after a document's
    incidents are deleted, one incident moves to another document, and documents are deleted."""
    with open_store(store_url) as store:
        conn = ReviewStore(store)
        before = _empty(store)
        assert before and before == _without_incidents(store)
        conn.conn.execute("DELETE FROM incidents WHERE doc_id IN ('b0000000000000070', 'b0000000000000071')")
        conn.conn.execute("UPDATE incidents SET doc_id = 'b0000000000000072' WHERE doc_id = 'b0000000000000073'")
        assert {"b0000000000000070", "b0000000000000071", "b0000000000000073"} <= _empty(store)
        emptied = sorted(before)[:1] + ["b0000000000000070"]
        for table in ("document_bands", "duplicates", "document_people", "documents"):
            mark = "%s" if store_url.startswith("postgresql") else "?"
            conn.conn.execute(f"DELETE FROM {table} WHERE {'id' if table == 'documents' else 'doc_id'}"
                              f" IN ({mark}, {mark})", emptied)
        assert _empty(store) == _without_incidents(store) and not set(emptied) & _empty(store)


def _points_by_type(pages: EventPages, table: str, where: str, params: list) -> dict:  # type: ignore[type-arg]
    """The summary's points as read before one row per point: by point and type, the smallest names of each."""
    c = ' COLLATE "C"' if pages.dialect.postgres else ""
    rows = pages.reviews.tuples(
        f"SELECT s.lat, s.lon, s.type, MIN(NULLIF(s.place, ''){c}), MIN(NULLIF(s.admin1, ''){c}), SUM(s.n),"
        f" MIN(s.first_id), MAX(s.last_day) FROM {table} s WHERE {where} GROUP BY s.lat, s.lon, s.type", params)
    points: dict = {}  # type: ignore[type-arg]
    for lat, lon, kind, place, admin1, n, first_id, day in rows:
        types, first, last = points.get((float(lat), float(lon)), ({}, "\uffff", ""))
        types[kind] = {(place or "", admin1 or ""): int(n)}
        points[(float(lat), float(lon))] = (types, min(first, first_id), max(last, str(day)[:10]))
    return points


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_points_read_by_point_match_by_point_and_type(backend: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The summaries' markers are read one row per point with the counts by type in columns; a point whose rows
    have several place names or regions, or a type outside the models' (a column for none), is read again by
    point and type. Both must give what the rows by point and type gave, names included."""
    from contextlib import nullcontext

    from warlog.store.elsewhere_schema import without
    from warlog.store.event_points import _summary_points, point_groups

    context = postgres_schema() if backend == "postgresql" else nullcontext(f"sqlite:///{tmp_path / 'p.db'}")
    with context as url, open_store(url) as store:
        fill(store, 600)
        conn = ReviewStore(store)
        busy = conn.rows("SELECT lat, lon FROM incidents WHERE lat IS NOT NULL GROUP BY lat, lon"
                         " HAVING COUNT(DISTINCT type) > 2 ORDER BY lat, lon LIMIT 3")
        assert len(busy) == 3
        mark = "%s" if backend == "postgresql" else "?"
        first, second, third = ([r["lat"], r["lon"]] for r in busy)
        point = f"lat = {mark} AND lon = {mark}"
        # Several names at one point: one type's incidents under another place, one incident without a region
        conn.conn.execute(f"UPDATE incidents SET place = 'Aaa' WHERE {point} AND type = (SELECT MIN(type) FROM"
                          f" incidents WHERE {point})", [*first, *first])
        conn.conn.execute(f"UPDATE incidents SET admin1 = NULL WHERE id = (SELECT MIN(id) FROM incidents"
                          f" WHERE {point})", second)
        conn.conn.execute(f"UPDATE incidents SET type = 'unheard_of' WHERE id = (SELECT MAX(id) FROM incidents"
                          f" WHERE {point})", third)
        pages = _pages(store)
        for flt in (ReviewFilter(), ReviewFilter(types=["strike", "unheard_of"]), ReviewFilter(place="Aaa")):
            conditions, params = pages.events.queries._conditions(flt, {
                "type": "s.type", "place": "NULLIF(s.place, '')", "admin1": "NULLIF(s.admin1, '')",
                "country": "NULLIF(s.country, '')", "certainty": "s.certainty"})
            kept, values = without(pages._mask(flt, "events"))
            where = " AND ".join(["s.n <> 0", kept, *conditions])
            for table in ("incident_points", "incident_months"):
                got = {key: (p.types, p.first_id, p.last_day)
                       for key, p in _summary_points(pages, table, where, [*values, *params]).items()}
                assert got == _points_by_type(pages, table, where, [*values, *params]), (flt, table)
        markers = {(m["lat"], m["lon"]): m for m in point_groups(pages, ReviewFilter(), "events")}
        assert markers[tuple(map(float, third))]["types"].get("unheard_of") == 1
        assert "Aaa" in {m["place"] for m in markers.values()}
        # The reviewed half and the filters grouped from the incidents (a search, an outlet) read a row per point
        # too: the same markers, names included, as rows by point and type, also where a review puts incidents
        # of two types at a point of their own under two names (the first type's is the larger)
        moved = conn.rows("SELECT id, type FROM incidents WHERE elsewhere = 0 AND doc_id IN (SELECT doc_id FROM"
                          " incidents WHERE type = 'strike') ORDER BY id LIMIT 40")
        kinds = sorted({r["type"] for r in moved})[:2]
        for r, (kind, place) in zip([next(r for r in moved if r["type"] == k) for k in kinds],
                                    [(kinds[0], "Zzz"), (kinds[1], "Bbb")], strict=True):
            reviews = ReviewStore(store)
            reviews.record(r["id"], "ana", "edit", changes={"lat": 10.5, "lon": 20.5, "place": place, "type": kind})
        pages = _pages(store)
        by_type = _ByType(pages.events, pages.moved)
        for flt in (ReviewFilter(), ReviewFilter(text="drone"), ReviewFilter(review="all"),
                    ReviewFilter(outlet="Ledger"), ReviewFilter(types=["strike", "unheard_of"]),
                    ReviewFilter(review="confirmed"),
                    ReviewFilter(since=date(2022, 6, 1), until=date(2023, 6, 30))):
            for level in ("events", "reports"):
                assert pages.markers(flt, level) == by_type.markers(flt, level), (flt, level)
        ReviewStore(store).record(moved[-1]["id"], "ana", "edit", changes={"type": "unheard_of"})  # no column
        for flt in (ReviewFilter(), ReviewFilter(text="drone"), ReviewFilter(types=["unheard_of"])):
            assert pages.markers(flt, "events") == by_type.markers(flt, "events"), flt


class _ByType(EventPages):
    """The standalone points as read before a row per point: rows by point and type, the unreviewed half's first,
    the first type's names (the order SQLite grouped them in; PostgreSQL's was its plan's)."""

    def _standalone_points(self, flt: ReviewFilter, level: str, counted: bool) -> list:  # type: ignore[type-arg]
        rows = self._branch_sql(flt, level, "{lat} AS lat, {lon} AS lon, {type} AS type, COUNT(*) AS n, MIN(i.id)"
                                " AS id, MIN({place}) AS place, MIN({admin1}) AS admin1, MAX({date_start}) AS date,"
                                " '{type}' AS half", "GROUP BY {lat}, {lon}, {type}",
                                " AND {lat} IS NOT NULL AND {lon} IS NOT NULL", counted=counted, positional=True)
        halves = list(dict.fromkeys(r[8] for r in rows))  # each half's rows in SQLite's group order, as it was
        rows = sorted(rows, key=lambda r: (halves.index(r[8]), r[0], r[1], str(r[2])))
        return [(lat, lon, {str(kind): int(n)}, first, place, admin1, day)
                for lat, lon, kind, n, first, place, admin1, day, _ in rows]
