"""Schema migration 5, for both backends: incidents counted by day, end day, type and certainty (issue #20).

``incident_counts`` holds, for every (start day, end day, type, certainty) of the stored incidents' machine
values, how many there are (``''`` for no date: the key has no NULLs, so an upsert finds its row on both
backends). Triggers keep it exact on every insert, delete and update of ``incidents``; the migration fills
it from the incidents already stored. The list's counts and the timeline's day-and-type bars read it when a
filter uses those columns only, and subtract the few incidents counted elsewhere (reviewed, linked, moved,
duplicates; ``EventPages``), instead of counting a million rows a request.

The migration also indexes the table's other sort columns on (value, id), as the page queries order them
(killed as its best figure or low bound, place and outlet lower-cased), so a page sorted by them reads its
rows from an index and stops instead of sorting every incident.
"""

from __future__ import annotations

from typing import LiteralString

_KEY = "day, day_end, type, certainty"
# Trigger bodies on one line each: the SQLite migrations are split into statements at a semicolon and newline.
_ADD = (f"INSERT INTO incident_counts({_KEY}, n) VALUES (COALESCE(NEW.date_start, ''), COALESCE(NEW.date_end, ''),"
        f" NEW.type, NEW.certainty, 1) ON CONFLICT({_KEY}) DO UPDATE SET n = n + 1;")
_REMOVE = ("UPDATE incident_counts SET n = n - 1 WHERE day = COALESCE(OLD.date_start, '')"
           " AND day_end = COALESCE(OLD.date_end, '') AND type = OLD.type AND certainty = OLD.certainty;")

SQLITE_MIGRATION_5 = f"""
CREATE TABLE incident_counts (
    day TEXT NOT NULL, day_end TEXT NOT NULL, type TEXT NOT NULL, certainty TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY ({_KEY})
);
INSERT INTO incident_counts({_KEY}, n) SELECT COALESCE(date_start, ''), COALESCE(date_end, ''), type, certainty,
    COUNT(*) FROM incidents GROUP BY 1, 2, 3, 4;
CREATE TRIGGER incidents_counted AFTER INSERT ON incidents BEGIN {_ADD} END;
CREATE TRIGGER incidents_uncounted AFTER DELETE ON incidents BEGIN {_REMOVE} END;
CREATE TRIGGER incidents_recounted AFTER UPDATE OF date_start, date_end, type, certainty ON incidents
    BEGIN {_REMOVE} {_ADD} END;
CREATE INDEX incidents_killed ON incidents(COALESCE(fatalities_best, fatalities_low), id);
CREATE INDEX incidents_injured ON incidents(injured_best, id);
CREATE INDEX incidents_place_sort ON incidents(NULLIF(LOWER(place), ''), id);
CREATE INDEX incidents_outlet_sort ON incidents(NULLIF(LOWER(outlet), ''), id)
"""

# Statement-level triggers with transition tables: one upsert per statement (a COPY or a batch), not per row.
PG_MIGRATION_5: LiteralString = """
CREATE TABLE incident_counts (
    day TEXT COLLATE "C" NOT NULL, day_end TEXT COLLATE "C" NOT NULL, type TEXT NOT NULL, certainty TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, day_end, type, certainty)
);
INSERT INTO incident_counts(day, day_end, type, certainty, n)
    SELECT COALESCE(CAST(date_start AS TEXT), ''), COALESCE(CAST(date_end AS TEXT), ''), type, certainty, COUNT(*)
    FROM incidents GROUP BY 1, 2, 3, 4;
CREATE FUNCTION incident_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO incident_counts(day, day_end, type, certainty, n)
        SELECT COALESCE(CAST(date_start AS TEXT), ''), COALESCE(CAST(date_end AS TEXT), ''), type, certainty,
               COUNT(*) FROM added GROUP BY 1, 2, 3, 4
        ON CONFLICT (day, day_end, type, certainty) DO UPDATE SET n = incident_counts.n + EXCLUDED.n;
    RETURN NULL;
END $$;
CREATE FUNCTION incident_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE incident_counts c SET n = c.n - g.n FROM (
        SELECT COALESCE(CAST(date_start AS TEXT), '') AS day, COALESCE(CAST(date_end AS TEXT), '') AS day_end, type,
               certainty, COUNT(*) AS n FROM removed GROUP BY 1, 2, 3, 4) AS g
        WHERE c.day = g.day AND c.day_end = g.day_end AND c.type = g.type AND c.certainty = g.certainty;
    RETURN NULL;
END $$;
CREATE FUNCTION incident_counts_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE incident_counts c SET n = c.n - g.n FROM (
        SELECT COALESCE(CAST(date_start AS TEXT), '') AS day, COALESCE(CAST(date_end AS TEXT), '') AS day_end, type,
               certainty, COUNT(*) AS n FROM removed GROUP BY 1, 2, 3, 4) AS g
        WHERE c.day = g.day AND c.day_end = g.day_end AND c.type = g.type AND c.certainty = g.certainty;
    INSERT INTO incident_counts(day, day_end, type, certainty, n)
        SELECT COALESCE(CAST(date_start AS TEXT), ''), COALESCE(CAST(date_end AS TEXT), ''), type, certainty,
               COUNT(*) FROM added GROUP BY 1, 2, 3, 4
        ON CONFLICT (day, day_end, type, certainty) DO UPDATE SET n = incident_counts.n + EXCLUDED.n;
    RETURN NULL;
END $$;
CREATE TRIGGER incidents_counted AFTER INSERT ON incidents REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incident_counts_add();
CREATE TRIGGER incidents_uncounted AFTER DELETE ON incidents REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION incident_counts_remove();
CREATE TRIGGER incidents_recounted AFTER UPDATE ON incidents REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incident_counts_change();
CREATE INDEX incidents_killed ON incidents((COALESCE(fatalities_best, fatalities_low)), id);
CREATE INDEX incidents_injured ON incidents(injured_best, id);
CREATE INDEX incidents_place_sort ON incidents((NULLIF(LOWER(place), '')), id);
CREATE INDEX incidents_outlet_sort ON incidents((NULLIF(LOWER(outlet), '')), id);
"""

# A filter's columns as the summary holds them (``ReviewQueries._conditions`` writes the conditions).
COLUMNS = {"type": "s.type", "date_start": "NULLIF(s.day, '')", "date_end": "NULLIF(s.day_end, '')",
           "certainty": "s.certainty"}
