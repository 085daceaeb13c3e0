"""Schema migration 8, for both backends: the incidents counted elsewhere, kept as they are written (issue #20).

``incidents.elsewhere`` says, in bits, why the views do not count an incident with the machine's values: it
was reviewed without changing anything they filter or group on (``REVIEWED``), reviewed with such a change or
rejected (``MOVING``), linked to a canonical incident (``LINKED``), moved or split out by an analyst
(``MOVED``), marked a duplicate (``DUPLICATE``). It is a cache of ``review_overlay`` and ``incident_links``,
not machine output: triggers on those two tables (and on new incidents, whose overlay may outlive a re-ingest)
keep it, and nothing else writes it.

``incident_counts`` and ``incident_points`` (migrations 5 and 7) are keyed by it too, so a view reads the
incidents it counts with the machine's values as the summary rows whose bits miss the view's mask, instead of
looking up the few thousand incidents counted elsewhere one by one every request (9,500 at 1,000,000 in the
bench; 120-300 ms a statement on PostgreSQL). Where a filter needs the incidents themselves, a partial index
covers the incidents with bits set, so subtracting them walks one small index.

Trigger order matters where an insert both counts an incident and then sets its bits: SQLite runs one trigger
whose statements are in that order; PostgreSQL fires a table's statement triggers for one event in the order
of their names (``incidents_counted``, ``incidents_monthed``, ``incidents_pointed``, then ``incidents_screened``).

The migration also adds ``incident_months`` (``months_schema.py``), the points by month, for the map of a date
range.
"""

from __future__ import annotations

from typing import LiteralString

from . import months_schema as months

REVIEWED, MOVING, LINKED, MOVED, DUPLICATE = 1, 2, 4, 8, 16
# A review that changes what the counts, the timeline and the markers see of an incident: it rejects it or sets
# a value they filter or group on (the overlay's typed columns are NULL for a value nobody changed).
MOVING_REVIEW = ("(r.status = 'rejected' OR r.type IS NOT NULL OR r.date_start IS NOT NULL OR r.date_end IS NOT NULL"
                 " OR r.place IS NOT NULL OR r.admin1 IS NOT NULL OR r.lat IS NOT NULL OR r.lon IS NOT NULL"
                 " OR r.certainty IS NOT NULL)")
# What the views read of the incidents counted elsewhere (every reviewed one among them): the partial index holds
# them all with these columns, so a view reads neither the table nor the primary key for them.
_COVER = ("elsewhere, date_start, type, date_end, place, admin1, country, certainty, outlet, lat, lon, id, doc_id,"
          " fatalities_best, fatalities_low, injured_best, geo_precision")
# Sorting by publication or update time: the documents' index holds the id too, so the newest are walked without
# reading the wide document rows (and PostgreSQL gets SQLite's index of incidents by document and id, from
# migration 3); the times by document id serve the reviewed and the linked incidents, joined to their documents
# one by one (on PostgreSQL 90 ms for the 9,800 reviewed ones, each a read of a wide row).
_SQLITE_SORT_INDEXES = ("CREATE INDEX documents_published_id ON documents(published, id);\n"
                        "CREATE INDEX documents_times ON documents(id, published, ingested_at)")
_PG_SORT_INDEXES: LiteralString = """
CREATE INDEX documents_published_id ON documents(published, id);
CREATE INDEX documents_times ON documents(id) INCLUDE (published, ingested_at);
CREATE INDEX incidents_doc_id ON incidents(doc_id, id);
"""

_C_KEY = "day, day_end, type, certainty, elsewhere"
_P_KEY = "lat, lon, type, place, admin1, country, certainty, elsewhere"


def _sqlite_bits(incident: str) -> str:
    """The bits of incident ``incident`` (an SQL expression of its id) from the overlay and the links.
    ``duplicate_of`` counts when it holds a value (an undone mark keeps the key with null)."""
    return (f"(COALESCE((SELECT CASE WHEN {MOVING_REVIEW} THEN {MOVING} ELSE {REVIEWED} END"
            f" + CASE WHEN json_type(r.fields, '$.canonical_id') IS NULL THEN 0 ELSE {MOVED} END"
            f" + CASE WHEN COALESCE(json_extract(r.fields, '$.duplicate_of'), '') IN ('', 0) THEN 0 ELSE {DUPLICATE}"
            f" END FROM review_overlay r WHERE r.target_id = {incident}), 0) + CASE WHEN EXISTS (SELECT 1 FROM"
            f" incident_links l WHERE l.incident_id = {incident}) THEN {LINKED} ELSE 0 END)")


def _screen(incident: str) -> str:
    bits = _sqlite_bits(incident)
    return f"UPDATE incidents SET elsewhere = {bits} WHERE id = {incident} AND elsewhere <> {bits};"


def _point_match(row: str) -> str:
    return (f"lat = {row}.lat AND lon = {row}.lon AND type = {row}.type AND certainty = {row}.certainty AND place ="
            f" COALESCE({row}.place, '') AND admin1 = COALESCE({row}.admin1, '') AND country ="
            f" COALESCE({row}.country, '') AND elsewhere = {row}.elsewhere")


def _same_point(row: str) -> str:
    return (f"i.lat = {row}.lat AND i.lon = {row}.lon AND i.type = {row}.type AND i.certainty = {row}.certainty"
            f" AND COALESCE(i.place, '') = COALESCE({row}.place, '') AND COALESCE(i.admin1, '') ="
            f" COALESCE({row}.admin1, '') AND COALESCE(i.country, '') = COALESCE({row}.country, '')"
            f" AND i.elsewhere = {row}.elsewhere")


# Trigger bodies on one line each: the SQLite migrations are split into statements at a semicolon and newline.
_C_ADD = (f"INSERT INTO incident_counts({_C_KEY}, n) VALUES (COALESCE(NEW.date_start, ''), COALESCE(NEW.date_end, ''),"
          f" NEW.type, NEW.certainty, NEW.elsewhere, 1) ON CONFLICT({_C_KEY}) DO UPDATE SET n = n + 1;")
_C_REMOVE = ("UPDATE incident_counts SET n = n - 1 WHERE day = COALESCE(OLD.date_start, '')"
             " AND day_end = COALESCE(OLD.date_end, '') AND type = OLD.type AND certainty = OLD.certainty"
             " AND elsewhere = OLD.elsewhere;")
_P_ADD = (f"INSERT INTO incident_points({_P_KEY}, n, first_id, last_day) SELECT NEW.lat, NEW.lon, NEW.type,"
          " COALESCE(NEW.place, ''), COALESCE(NEW.admin1, ''), COALESCE(NEW.country, ''), NEW.certainty, NEW.elsewhere,"
          " 1, NEW.id, COALESCE(NEW.date_start, '') WHERE NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL"
          f" ON CONFLICT({_P_KEY}) DO UPDATE SET n = n + 1,"
          # a row whose incidents all left has no first id: SQLite's MIN of a NULL is NULL (PostgreSQL's LEAST
          # skips it), so an incident coming back would have left it without one
          " first_id = MIN(COALESCE(first_id, excluded.first_id), excluded.first_id),"
          " last_day = MAX(last_day, excluded.last_day);")
_P_REMOVE = ("UPDATE incident_points SET n = n - 1,"
             " first_id = CASE WHEN first_id = OLD.id THEN"
             f" (SELECT MIN(i.id) FROM incidents i WHERE {_same_point('OLD')}) ELSE first_id END,"
             " last_day = CASE WHEN last_day = COALESCE(OLD.date_start, '') THEN COALESCE((SELECT"
             f" MAX(COALESCE(i.date_start, '')) FROM incidents i WHERE {_same_point('OLD')}), '') ELSE last_day END"
             f" WHERE {_point_match('OLD')};")

SQLITE_MIGRATION_8 = f"""
DROP TRIGGER incidents_counted;
DROP TRIGGER incidents_uncounted;
DROP TRIGGER incidents_recounted;
DROP TRIGGER incidents_pointed;
DROP TRIGGER incidents_unpointed;
DROP TRIGGER incidents_repointed;
DROP TABLE incident_counts;
DROP TABLE incident_points;
ALTER TABLE incidents ADD COLUMN elsewhere INTEGER NOT NULL DEFAULT 0;
UPDATE incidents SET elsewhere = {_sqlite_bits('incidents.id')}
    WHERE id IN (SELECT target_id FROM review_overlay UNION SELECT incident_id FROM incident_links);
CREATE TABLE incident_counts (
    day TEXT NOT NULL, day_end TEXT NOT NULL, type TEXT NOT NULL, certainty TEXT NOT NULL, elsewhere INTEGER NOT NULL,
    n INTEGER NOT NULL, PRIMARY KEY ({_C_KEY})
);
INSERT INTO incident_counts({_C_KEY}, n) SELECT COALESCE(date_start, ''), COALESCE(date_end, ''), type, certainty,
    elsewhere, COUNT(*) FROM incidents GROUP BY 1, 2, 3, 4, 5;
CREATE TABLE incident_points (
    lat REAL NOT NULL, lon REAL NOT NULL, type TEXT NOT NULL, certainty TEXT NOT NULL, place TEXT NOT NULL,
    admin1 TEXT NOT NULL, country TEXT NOT NULL, elsewhere INTEGER NOT NULL, n INTEGER NOT NULL, first_id TEXT,
    last_day TEXT NOT NULL, PRIMARY KEY ({_P_KEY})
) WITHOUT ROWID;
INSERT INTO incident_points({_P_KEY}, n, first_id, last_day) SELECT lat, lon, type, COALESCE(place, ''),
    COALESCE(admin1, ''), COALESCE(country, ''), certainty, elsewhere, COUNT(*), MIN(id), MAX(COALESCE(date_start, ''))
    FROM incidents WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
{months.SQLITE_TABLE};
CREATE INDEX incidents_elsewhere ON incidents({_COVER}) WHERE elsewhere > 0;
{_SQLITE_SORT_INDEXES};
CREATE TRIGGER incidents_summed AFTER INSERT ON incidents
    BEGIN {_C_ADD} {_P_ADD} {months.SQLITE_ADD} {_screen('NEW.id')} END;
CREATE TRIGGER incidents_unsummed AFTER DELETE ON incidents BEGIN {_C_REMOVE} {_P_REMOVE} {months.SQLITE_REMOVE} END;
CREATE TRIGGER incidents_resummed AFTER UPDATE OF id, date_start, date_end, type, certainty, lat, lon, place, admin1,
    country, elsewhere ON incidents
    BEGIN {_C_REMOVE} {_C_ADD} {_P_REMOVE} {_P_ADD} {months.SQLITE_REMOVE} {months.SQLITE_ADD} END;
CREATE TRIGGER overlay_screened AFTER INSERT ON review_overlay BEGIN {_screen('NEW.target_id')} END;
CREATE TRIGGER overlay_rescreened AFTER UPDATE ON review_overlay
    BEGIN {_screen('OLD.target_id')} {_screen('NEW.target_id')} END;
CREATE TRIGGER overlay_unscreened AFTER DELETE ON review_overlay BEGIN {_screen('OLD.target_id')} END;
CREATE TRIGGER links_screened AFTER INSERT ON incident_links BEGIN {_screen('NEW.incident_id')} END;
CREATE TRIGGER links_rescreened AFTER UPDATE OF incident_id ON incident_links
    BEGIN {_screen('OLD.incident_id')} {_screen('NEW.incident_id')} END;
CREATE TRIGGER links_unscreened AFTER DELETE ON incident_links BEGIN {_screen('OLD.incident_id')} END
"""

# -- PostgreSQL: statement-level triggers with transition tables, as in migrations 5 and 7 ------------------------

_PG_BITS: LiteralString = """
CREATE FUNCTION incident_elsewhere(incident TEXT) RETURNS INTEGER LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT CASE WHEN (r.status = 'rejected' OR r.type IS NOT NULL OR r.date_start IS NOT NULL
                                       OR r.date_end IS NOT NULL OR r.place IS NOT NULL OR r.admin1 IS NOT NULL
                                       OR r.lat IS NOT NULL OR r.lon IS NOT NULL OR r.certainty IS NOT NULL)
                                 THEN 2 ELSE 1 END
                            + CASE WHEN CAST(r.fields AS JSONB) ? 'canonical_id' THEN 8 ELSE 0 END
                            + CASE WHEN COALESCE(CAST(r.fields AS JSONB) ->> 'duplicate_of', '') IN ('', 'false', '0')
                                   THEN 0 ELSE 16 END
                     FROM review_overlay r WHERE r.target_id = incident), 0)
           + CASE WHEN EXISTS (SELECT 1 FROM incident_links l WHERE l.incident_id = incident) THEN 4 ELSE 0 END
$$;
"""
_PG_COUNT_GROUPS: LiteralString = """
        SELECT COALESCE(CAST(date_start AS TEXT), '') AS day, COALESCE(CAST(date_end AS TEXT), '') AS day_end, type,
               certainty, elsewhere, COUNT(*) AS n FROM {table} GROUP BY 1, 2, 3, 4, 5"""
_PG_COUNTS_ADD: LiteralString = """
    INSERT INTO incident_counts(day, day_end, type, certainty, elsewhere, n)
        SELECT COALESCE(CAST(date_start AS TEXT), ''), COALESCE(CAST(date_end AS TEXT), ''), type, certainty,
               elsewhere, COUNT(*) FROM added GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (day, day_end, type, certainty, elsewhere) DO UPDATE SET n = incident_counts.n + EXCLUDED.n;
"""
_PG_COUNTS_REMOVE: LiteralString = """
    UPDATE incident_counts c SET n = c.n - g.n FROM (
        SELECT COALESCE(CAST(date_start AS TEXT), '') AS day, COALESCE(CAST(date_end AS TEXT), '') AS day_end, type,
               certainty, elsewhere, COUNT(*) AS n FROM removed GROUP BY 1, 2, 3, 4, 5) AS g
        WHERE c.day = g.day AND c.day_end = g.day_end AND c.type = g.type AND c.certainty = g.certainty
            AND c.elsewhere = g.elsewhere;
"""
_PG_POINTS_ADD: LiteralString = """
    INSERT INTO incident_points(lat, lon, type, place, admin1, country, certainty, elsewhere, n, first_id, last_day)
        SELECT lat, lon, type, COALESCE(place, ''), COALESCE(admin1, ''), COALESCE(country, ''), certainty, elsewhere,
               COUNT(*), MIN(id), MAX(COALESCE(CAST(date_start AS TEXT), '')) FROM added
        WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT (lat, lon, type, place, admin1, country, certainty, elsewhere) DO UPDATE SET
            n = incident_points.n + EXCLUDED.n, first_id = LEAST(incident_points.first_id, EXCLUDED.first_id),
            last_day = GREATEST(incident_points.last_day, EXCLUDED.last_day);
"""
_PG_SAME_POINT: LiteralString = """i.lat = p.lat AND i.lon = p.lon AND i.type = p.type
                    AND i.certainty = p.certainty AND COALESCE(i.place, '') = p.place
                    AND COALESCE(i.admin1, '') = p.admin1 AND COALESCE(i.country, '') = p.country
                    AND i.elsewhere = p.elsewhere"""
_PG_POINTS_REMOVE: LiteralString = """
    UPDATE incident_points p SET n = p.n - g.n,
        first_id = (SELECT MIN(i.id) FROM incidents i WHERE """ + _PG_SAME_POINT + """),
        last_day = COALESCE((SELECT MAX(CAST(i.date_start AS TEXT)) FROM incidents i
                             WHERE """ + _PG_SAME_POINT + """), '')
    FROM (SELECT lat, lon, type, certainty, COALESCE(place, '') AS place, COALESCE(admin1, '') AS admin1,
                 COALESCE(country, '') AS country, elsewhere, COUNT(*) AS n FROM removed
          WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) AS g
    WHERE p.lat = g.lat AND p.lon = g.lon AND p.type = g.type AND p.certainty = g.certainty AND p.place = g.place
        AND p.admin1 = g.admin1 AND p.country = g.country AND p.elsewhere = g.elsewhere;
"""


def _pg_function(name: str, body: LiteralString) -> LiteralString:
    return "CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN" + body + \
        "    RETURN NULL;\nEND $$;\n"


def _pg_rescreen(column: LiteralString) -> LiteralString:
    """A trigger body setting the bits of the incidents whose ids the changed rows' ``column`` holds."""
    return ("""
    IF TG_OP <> 'DELETE' THEN
        UPDATE incidents i SET elsewhere = incident_elsewhere(i.id) WHERE i.id IN (SELECT """ + column + """ FROM added)
            AND i.elsewhere <> incident_elsewhere(i.id);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        UPDATE incidents i SET elsewhere = incident_elsewhere(i.id) WHERE i.id IN (SELECT """ + column
            + """ FROM removed) AND i.elsewhere <> incident_elsewhere(i.id);
    END IF;
""")


def _pg_triggers(table: LiteralString, prefix: LiteralString, function: LiteralString) -> LiteralString:
    return ("CREATE TRIGGER " + prefix + "_screened AFTER INSERT ON " + table + " REFERENCING NEW TABLE AS added"
            " FOR EACH STATEMENT EXECUTE FUNCTION " + function + "();\n"
            "CREATE TRIGGER " + prefix + "_rescreened AFTER UPDATE ON " + table + " REFERENCING OLD TABLE AS removed"
            " NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION " + function + "();\n"
            "CREATE TRIGGER " + prefix + "_unscreened AFTER DELETE ON " + table + " REFERENCING OLD TABLE AS removed"
            " FOR EACH STATEMENT EXECUTE FUNCTION " + function + "();\n")


PG_MIGRATION_8: LiteralString = (
    """
DROP FUNCTION incident_counts_add, incident_counts_remove, incident_counts_change, incident_points_add,
    incident_points_remove, incident_points_change CASCADE;
DROP TABLE incident_counts;
DROP TABLE incident_points;
ALTER TABLE incidents ADD COLUMN elsewhere INTEGER NOT NULL DEFAULT 0;
""" + _PG_BITS + """
UPDATE incidents i SET elsewhere = incident_elsewhere(i.id)
    WHERE i.id IN (SELECT target_id FROM review_overlay UNION SELECT incident_id FROM incident_links);
CREATE TABLE incident_counts (
    day TEXT COLLATE "C" NOT NULL, day_end TEXT COLLATE "C" NOT NULL, type TEXT NOT NULL, certainty TEXT NOT NULL,
    elsewhere INTEGER NOT NULL, n BIGINT NOT NULL,
    PRIMARY KEY (day, day_end, type, certainty, elsewhere)
);
INSERT INTO incident_counts(day, day_end, type, certainty, elsewhere, n)""" + _PG_COUNT_GROUPS.format(table="incidents")
    + """;
CREATE TABLE incident_points (
    lat DOUBLE PRECISION NOT NULL, lon DOUBLE PRECISION NOT NULL, type TEXT NOT NULL, certainty TEXT NOT NULL,
    place TEXT NOT NULL, admin1 TEXT NOT NULL, country TEXT NOT NULL, elsewhere INTEGER NOT NULL, n BIGINT NOT NULL,
    first_id TEXT COLLATE "C", last_day TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (lat, lon, type, place, admin1, country, certainty, elsewhere)
);
INSERT INTO incident_points(lat, lon, type, place, admin1, country, certainty, elsewhere, n, first_id, last_day)
    SELECT lat, lon, type, COALESCE(place, ''), COALESCE(admin1, ''), COALESCE(country, ''), certainty, elsewhere,
           COUNT(*), MIN(id), MAX(COALESCE(CAST(date_start AS TEXT), '')) FROM incidents
    WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
""" + months.PG_TABLE + """
CREATE INDEX incidents_elsewhere ON incidents(""" + _COVER + """) WHERE elsewhere > 0;
""" + _PG_SORT_INDEXES
    + _pg_function("incident_counts_add", _PG_COUNTS_ADD)
    + _pg_function("incident_counts_remove", _PG_COUNTS_REMOVE)
    + _pg_function("incident_counts_change", _PG_COUNTS_REMOVE + _PG_COUNTS_ADD)
    + _pg_function("incident_points_add", _PG_POINTS_ADD)
    + _pg_function("incident_points_remove", _PG_POINTS_REMOVE)
    + _pg_function("incident_points_change", _PG_POINTS_REMOVE + _PG_POINTS_ADD)
    + _pg_function("incident_months_add", months.PG_ADD)
    + _pg_function("incident_months_remove", months.PG_REMOVE)
    + _pg_function("incident_months_change", months.PG_REMOVE + months.PG_ADD)
    + _pg_function("incidents_screen", """
    UPDATE incidents i SET elsewhere = incident_elsewhere(i.id) WHERE i.id IN (SELECT a.id FROM added a
        WHERE EXISTS (SELECT 1 FROM review_overlay r WHERE r.target_id = a.id)
           OR EXISTS (SELECT 1 FROM incident_links l WHERE l.incident_id = a.id));
""")
    + _pg_function("overlay_screen", _pg_rescreen("target_id"))
    + _pg_function("links_screen", _pg_rescreen("incident_id"))
    + """
CREATE TRIGGER incidents_counted AFTER INSERT ON incidents REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incident_counts_add();
CREATE TRIGGER incidents_uncounted AFTER DELETE ON incidents REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION incident_counts_remove();
CREATE TRIGGER incidents_recounted AFTER UPDATE ON incidents REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incident_counts_change();
CREATE TRIGGER incidents_pointed AFTER INSERT ON incidents REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incident_points_add();
CREATE TRIGGER incidents_unpointed AFTER DELETE ON incidents REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION incident_points_remove();
CREATE TRIGGER incidents_repointed AFTER UPDATE ON incidents REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incident_points_change();
CREATE TRIGGER incidents_monthed AFTER INSERT ON incidents REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incident_months_add();
CREATE TRIGGER incidents_unmonthed AFTER DELETE ON incidents REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION incident_months_remove();
CREATE TRIGGER incidents_remonthed AFTER UPDATE ON incidents REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incident_months_change();
-- After incidents_counted, _monthed and _pointed (statement triggers fire in name order): the new incidents are
-- counted with no bits first, then moved to theirs.
CREATE TRIGGER incidents_screened AFTER INSERT ON incidents REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incidents_screen();
"""
    + _pg_triggers("review_overlay", "overlay", "overlay_screen")
    + _pg_triggers("incident_links", "links", "links_screen"))


def mask(review: str, events: bool) -> int:
    """The bits of the incidents a view's unreviewed half leaves out: reviewed ones that change what it filters
    on (every reviewed one for the unreviewed filter), linked and moved ones at the event level (``events``),
    duplicates unless the filter shows everything."""
    bits = MOVING | (REVIEWED if review == "unreviewed" else 0) | (LINKED | MOVED if events else 0)
    return bits | (DUPLICATE if review != "all" else 0)


def without(bits: int, column: str = "s.elsewhere") -> tuple[str, list[int]]:
    """A condition on ``column`` (a summary's bits, or an incident's) for the rows with none of ``bits``, as the
    values it may hold (the five bits make 32): PostgreSQL estimates ``IN`` from its statistics, where
    ``(elsewhere & m) = 0`` got a fixed 0.5% of the rows (40 of 58,000 month rows for a half-year's markers; 70
    of 9,771 reviewed incidents, so a search probed each one's document instead of hashing the few matches),
    which chose sorts, nested loops and parallel plans that cost more than what they meant to save."""
    kept = [value for value in range(32) if not value & bits]
    return f"{column} IN ({','.join('?' * len(kept))})", kept


def having(bits: int, column: str = "i.elsewhere") -> tuple[str, list[int]]:
    """A condition on ``column`` for the rows with any of ``bits`` (see ``without``)."""
    kept = [value for value in range(32) if value & bits]
    return f"{column} IN ({','.join('?' * len(kept)) or 'NULL'})", kept
