"""Schema migration 2, linking across reports (issue #6), for both backends.

``linked_docs`` records which documents the linker has processed (the unit of incremental linking);
``canonical_victims`` finds incidents by a named victim;
``incident_links`` keeps, per extracted incident, its canonical incident, score and the member summary the
canonical incident is rebuilt from; ``canonical_incidents`` holds the merged incident with denormalised filter
columns and its blocking interval; ``people``/``person_mentions`` the registry; ``citations`` who cites whom.
"""

from __future__ import annotations

from typing import LiteralString

SQLITE_MIGRATION_2: LiteralString = """
CREATE TABLE canonical_incidents (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL, type_group TEXT NOT NULL,
    date_start TEXT, date_end TEXT, block_lo TEXT, block_hi TEXT,
    place TEXT, admin1 TEXT, country TEXT, lat REAL, lon REAL,
    fatalities_best INTEGER, certainty TEXT NOT NULL, admiralty TEXT NOT NULL,
    independent_sources INTEGER NOT NULL, n_reports INTEGER NOT NULL,
    embedding BLOB, json TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX canonical_block ON canonical_incidents(type_group, admin1, block_hi);
CREATE INDEX canonical_date ON canonical_incidents(date_start, id);
CREATE INDEX canonical_type ON canonical_incidents(type);
CREATE TABLE incident_links (
    incident_id TEXT PRIMARY KEY REFERENCES incidents(id),
    canonical_id TEXT NOT NULL REFERENCES canonical_incidents(id),
    doc_id TEXT NOT NULL REFERENCES documents(id),
    score REAL NOT NULL, member_json TEXT NOT NULL, linked_at TEXT NOT NULL
);
CREATE INDEX incident_links_canonical ON incident_links(canonical_id);
CREATE TABLE canonical_victims (name_key TEXT NOT NULL, canonical_id TEXT NOT NULL REFERENCES canonical_incidents(id));
CREATE INDEX canonical_victims_name ON canonical_victims(name_key);
CREATE TABLE linked_docs (doc_id TEXT PRIMARY KEY REFERENCES documents(id), linked_at TEXT NOT NULL);
CREATE TABLE people (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, json TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX people_key ON people(name_key);
CREATE TABLE person_mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id), mention_id TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id), json TEXT NOT NULL,
    PRIMARY KEY (doc_id, mention_id)
);
CREATE INDEX person_mentions_person ON person_mentions(person_id);
CREATE TABLE citations (
    doc_id TEXT NOT NULL REFERENCES documents(id), citing TEXT NOT NULL, cited TEXT NOT NULL, kind TEXT NOT NULL
);
CREATE INDEX citations_cited ON citations(cited);
CREATE INDEX citations_doc ON citations(doc_id)
"""

PG_MIGRATION_2: LiteralString = """
CREATE TABLE canonical_incidents (
    id TEXT COLLATE "C" PRIMARY KEY,
    type TEXT NOT NULL, type_group TEXT NOT NULL,
    date_start TEXT COLLATE "C", date_end TEXT COLLATE "C", block_lo TEXT COLLATE "C", block_hi TEXT COLLATE "C",
    place TEXT, admin1 TEXT, country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    fatalities_best INTEGER, certainty TEXT NOT NULL, admiralty TEXT NOT NULL,
    independent_sources INTEGER NOT NULL, n_reports INTEGER NOT NULL,
    embedding BYTEA, json TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX canonical_block ON canonical_incidents(type_group, admin1, block_hi);
CREATE INDEX canonical_date ON canonical_incidents(date_start, id);
CREATE INDEX canonical_type ON canonical_incidents(type);
CREATE TABLE incident_links (
    incident_id TEXT COLLATE "C" PRIMARY KEY REFERENCES incidents(id),
    canonical_id TEXT COLLATE "C" NOT NULL REFERENCES canonical_incidents(id),
    doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    score DOUBLE PRECISION NOT NULL, member_json TEXT NOT NULL, linked_at TEXT NOT NULL
);
CREATE INDEX incident_links_canonical ON incident_links(canonical_id);
CREATE TABLE canonical_victims (
    name_key TEXT NOT NULL, canonical_id TEXT COLLATE "C" NOT NULL REFERENCES canonical_incidents(id)
);
CREATE INDEX canonical_victims_name ON canonical_victims(name_key);
CREATE TABLE linked_docs (doc_id TEXT COLLATE "C" PRIMARY KEY REFERENCES documents(id), linked_at TEXT NOT NULL);
CREATE TABLE people (
    id TEXT COLLATE "C" PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX people_key ON people(name_key);
CREATE TABLE person_mentions (
    doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id), mention_id TEXT NOT NULL,
    person_id TEXT COLLATE "C" NOT NULL REFERENCES people(id), json TEXT NOT NULL,
    PRIMARY KEY (doc_id, mention_id)
);
CREATE INDEX person_mentions_person ON person_mentions(person_id);
CREATE TABLE citations (
    doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id), citing TEXT NOT NULL, cited TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX citations_cited ON citations(cited);
CREATE INDEX citations_doc ON citations(doc_id);
"""
