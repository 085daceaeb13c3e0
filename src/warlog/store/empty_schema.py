"""Part of schema migration 7, for both backends: the documents that yielded no incident, kept as a table.

The review queue lists the documents no incident was extracted from. Finding them was an anti-join of every
document with the incidents (500,494 documents: 330 ms of CPU a request on SQLite at 1,000,000 incidents);
``documents_without_incidents`` holds their ids, kept by triggers on both tables (a document comes in
without incidents, its incidents take it out, deleting its last incident puts it back, deleting it removes
it), and the migration fills it from the documents already stored.
"""

from __future__ import annotations

from typing import LiteralString

_EMPTY = "documents_without_incidents"
_NONE_LEFT = "NOT EXISTS (SELECT 1 FROM incidents i WHERE i.doc_id = {doc})"

# One line: the SQLite migrations are split into statements at a semicolon and newline.
_MOVED = (f"DELETE FROM {_EMPTY} WHERE doc_id = NEW.doc_id;"
          f" INSERT OR IGNORE INTO {_EMPTY}(doc_id) SELECT OLD.doc_id WHERE {_NONE_LEFT.format(doc='OLD.doc_id')}"
          " AND EXISTS (SELECT 1 FROM documents d WHERE d.id = OLD.doc_id);")

SQLITE_EMPTY_DOCUMENTS = f"""
CREATE TABLE {_EMPTY} (doc_id TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO {_EMPTY}(doc_id) SELECT d.id FROM documents d WHERE {_NONE_LEFT.format(doc='d.id')};
CREATE TRIGGER documents_empty AFTER INSERT ON documents WHEN {_NONE_LEFT.format(doc='NEW.id')}
    BEGIN INSERT OR IGNORE INTO {_EMPTY}(doc_id) VALUES (NEW.id); END;
CREATE TRIGGER documents_gone AFTER DELETE ON documents BEGIN DELETE FROM {_EMPTY} WHERE doc_id = OLD.id; END;
CREATE TRIGGER incidents_fill AFTER INSERT ON incidents BEGIN DELETE FROM {_EMPTY} WHERE doc_id = NEW.doc_id; END;
CREATE TRIGGER incidents_empty AFTER DELETE ON incidents
    WHEN {_NONE_LEFT.format(doc='OLD.doc_id')} AND EXISTS (SELECT 1 FROM documents d WHERE d.id = OLD.doc_id)
    BEGIN INSERT OR IGNORE INTO {_EMPTY}(doc_id) VALUES (OLD.doc_id); END;
CREATE TRIGGER incidents_moved AFTER UPDATE OF doc_id ON incidents BEGIN {_MOVED} END
"""

_PG_REFILL: LiteralString = """
    INSERT INTO documents_without_incidents(doc_id) SELECT DISTINCT r.doc_id FROM removed r
        WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.doc_id = r.doc_id)
        AND EXISTS (SELECT 1 FROM documents d WHERE d.id = r.doc_id) ON CONFLICT DO NOTHING;
"""
_PG_TAKE: LiteralString = """
    DELETE FROM documents_without_incidents w USING added a WHERE w.doc_id = a.doc_id;
"""

PG_EMPTY_DOCUMENTS: LiteralString = """
CREATE TABLE documents_without_incidents (doc_id TEXT COLLATE "C" PRIMARY KEY);
INSERT INTO documents_without_incidents(doc_id) SELECT d.id FROM documents d
    WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.doc_id = d.id);
CREATE FUNCTION documents_empty_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO documents_without_incidents(doc_id) SELECT a.id FROM added a
        WHERE NOT EXISTS (SELECT 1 FROM incidents i WHERE i.doc_id = a.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE FUNCTION documents_empty_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM documents_without_incidents w USING removed r WHERE w.doc_id = r.id;
    RETURN NULL;
END $$;
CREATE FUNCTION incidents_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN""" + _PG_TAKE + """    RETURN NULL;
END $$;
CREATE FUNCTION incidents_empty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN""" + _PG_REFILL + """    RETURN NULL;
END $$;
CREATE FUNCTION incidents_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN""" + _PG_TAKE + _PG_REFILL + """    RETURN NULL;
END $$;
CREATE TRIGGER documents_empty AFTER INSERT ON documents REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION documents_empty_add();
CREATE TRIGGER documents_gone AFTER DELETE ON documents REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION documents_empty_remove();
CREATE TRIGGER incidents_fill AFTER INSERT ON incidents REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incidents_fill();
CREATE TRIGGER incidents_empty AFTER DELETE ON incidents REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION incidents_empty();
CREATE TRIGGER incidents_moved AFTER UPDATE ON incidents REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION incidents_moved();
"""
