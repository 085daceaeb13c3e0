"""A throw-away PostgreSQL schema per test, on the real server (shared by the store tests)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import sql

PG_SERVER = os.environ.get("WARLOG_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")

@contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh schema on the test server; yields a store URL whose search_path is that schema."""
    if PG_SERVER == "off":
        pytest.skip("PostgreSQL runs turned off by WARLOG_TEST_POSTGRES=off")
    name = f"warlog_test_{secrets.token_hex(6)}"
    try:
        admin = psycopg.connect(PG_SERVER, autocommit=True, connect_timeout=5, options="-c lock_timeout=30s")
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL test server {PG_SERVER} unreachable: {exc}. Start it with `pg_ctlcluster "
                    "--skip-systemctl-redirect $(ls /etc/postgresql) main start` or set WARLOG_TEST_POSTGRES")
    with admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
        try:
            yield f"{PG_SERVER}{'&' if '?' in PG_SERVER else '?'}options=-csearch_path%3D{name}"
        finally:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))
