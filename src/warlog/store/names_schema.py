"""Schema migration 6, for both backends: the people page's names and the review queue's uncertain incidents.

``document_people`` lists the distinct names of PERSON entities of each stored report and ``person_names``
how many documents name each (kept by triggers), so the people page reads a few hundred rows instead of
every report's JSON; the migration fills both from the stored reports and every write of a report keeps them
(``person_rows``). ``incidents_low_confidence`` is a partial index of the incidents the review queue lists as
uncertain (type "other", no or a vague place), newest first, so the queue reads those alone.

On PostgreSQL it also adds the covering indexes SQLite has had since migration 3 (the map's markers grouped
by point and type, the timeline and filtered counts by date): index-only scans instead of reading the wide
incident rows (markers at 1,000,000: a parallel scan and a sort spilled to disk, 3.7 s). On SQLite it adds
the index on the documents' ingest time PostgreSQL has had since migration 1 (the table sorted by "updated"
read every document row and sorted them).
"""

from __future__ import annotations

from typing import Any, LiteralString

from ..models import Report

_UNCERTAIN = "type = 'other' OR place IS NULL OR lat IS NULL OR geo_precision IN ('unknown', 'country')"
# Trigger bodies on one line each: the SQLite migrations are split into statements at a semicolon and newline.
_NAMED = ("INSERT INTO person_names(name, documents) VALUES (NEW.name, 1)"
          " ON CONFLICT(name) DO UPDATE SET documents = documents + 1;")
_UNNAMED = "UPDATE person_names SET documents = documents - 1 WHERE name = OLD.name;"

SQLITE_MIGRATION_6 = f"""
CREATE INDEX incidents_low_confidence ON incidents(date_start, id) WHERE {_UNCERTAIN};
CREATE TABLE document_people (
    doc_id TEXT NOT NULL REFERENCES documents(id), name TEXT NOT NULL, PRIMARY KEY (doc_id, name)
);
CREATE TABLE person_names (name TEXT PRIMARY KEY, documents INTEGER NOT NULL);
CREATE INDEX person_names_documents ON person_names(documents, name);
INSERT INTO document_people(doc_id, name) SELECT DISTINCT d.id, json_extract(e.value, '$.text')
    FROM documents d, json_each(d.report_json, '$.entities') AS e
    WHERE json_extract(e.value, '$.label') = 'PERSON' AND json_extract(e.value, '$.text') IS NOT NULL;
INSERT INTO person_names(name, documents) SELECT name, COUNT(*) FROM document_people GROUP BY name;
CREATE TRIGGER document_people_named AFTER INSERT ON document_people BEGIN {_NAMED} END;
CREATE TRIGGER document_people_unnamed AFTER DELETE ON document_people BEGIN {_UNNAMED} END;
CREATE INDEX documents_ingested ON documents(ingested_at, id)
"""

PG_MIGRATION_6: LiteralString = """
CREATE INDEX incidents_low_confidence ON incidents(date_start, id)
    WHERE type = 'other' OR place IS NULL OR lat IS NULL OR geo_precision IN ('unknown', 'country');
CREATE TABLE document_people (
    doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id), name TEXT NOT NULL, PRIMARY KEY (doc_id, name)
);
CREATE TABLE person_names (name TEXT PRIMARY KEY, documents BIGINT NOT NULL);
CREATE INDEX person_names_documents ON person_names(documents, name);
INSERT INTO document_people(doc_id, name) SELECT DISTINCT d.id, e ->> 'text'
    FROM documents d, jsonb_array_elements(d.report_json::jsonb -> 'entities') AS e
    WHERE e ->> 'label' = 'PERSON' AND e ->> 'text' IS NOT NULL;
INSERT INTO person_names(name, documents) SELECT name, COUNT(*) FROM document_people GROUP BY name;
CREATE FUNCTION person_names_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO person_names(name, documents) SELECT name, COUNT(*) FROM added GROUP BY name
        ON CONFLICT (name) DO UPDATE SET documents = person_names.documents + EXCLUDED.documents;
    RETURN NULL;
END $$;
CREATE FUNCTION person_names_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person_names p SET documents = p.documents - g.n
        FROM (SELECT name, COUNT(*) AS n FROM removed GROUP BY name) AS g WHERE p.name = g.name;
    RETURN NULL;
END $$;
CREATE TRIGGER document_people_named AFTER INSERT ON document_people REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION person_names_add();
CREATE TRIGGER document_people_unnamed AFTER DELETE ON document_people REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION person_names_remove();
CREATE INDEX incidents_point_cover ON incidents(lat, lon, type)
    INCLUDE (id, date_start, date_end, place, admin1, country, certainty, outlet, doc_id);
CREATE INDEX incidents_date_cover ON incidents(date_start, id)
    INCLUDE (type, date_end, place, admin1, country, certainty, outlet, doc_id, lat, lon);
"""

UNCERTAIN = _UNCERTAIN  # the queue's condition: the same text as the index's, so the index serves it


def person_rows(report: Report) -> list[tuple[Any, ...]]:
    """The ``document_people`` rows of ``report``: (document id, name) per distinct PERSON name."""
    names = sorted({e.text for e in report.entities if e.label == "PERSON" and e.text})
    return [(report.document.id, name) for name in names]
