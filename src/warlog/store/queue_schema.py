"""Schema migration 4, for both backends: the stages that failed on a document, as a column (issue #20).

``documents.failed_stages`` holds the names of the stages that raised on the document, comma-separated in
the order they failed, or NULL when none did (``failed_stage_names``; the errors stay in the report's JSON).
The review queue and ``reprocess --failed`` list those documents through a partial index instead of reading
every report's JSON. The migration fills the column for the documents already stored, from their reports.
"""

from __future__ import annotations

from typing import LiteralString

from ..models import Report

# Reports nobody failed on carry this compact text (pydantic's JSON): the fill parses only the others.
_SOME_FAILED = """report_json NOT LIKE '%"failed_stages":[]%'"""

SQLITE_MIGRATION_4 = f"""
ALTER TABLE documents ADD COLUMN failed_stages TEXT;
UPDATE documents SET failed_stages = (SELECT group_concat(json_extract(f.value, '$.stage'), ',')
    FROM json_each(documents.report_json, '$.failed_stages') AS f) WHERE {_SOME_FAILED};
CREATE INDEX documents_failed ON documents(published, id) WHERE failed_stages IS NOT NULL
"""

PG_MIGRATION_4: LiteralString = """
ALTER TABLE documents ADD COLUMN failed_stages TEXT;
UPDATE documents SET failed_stages = (SELECT string_agg(f.value ->> 'stage', ',' ORDER BY f.n)
    FROM jsonb_array_elements(documents.report_json::jsonb -> 'failed_stages') WITH ORDINALITY AS f(value, n))
    WHERE report_json NOT LIKE '%"failed_stages":[]%';
CREATE INDEX documents_failed ON documents(published, id) WHERE failed_stages IS NOT NULL;
"""


def failed_stage_names(report: Report) -> str | None:
    """The value of ``documents.failed_stages`` for ``report``."""
    return ",".join(f.stage for f in report.failed_stages) or None
