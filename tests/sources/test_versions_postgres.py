"""Post versions and watch state on PostgreSQL: a newer export replaces the edited post there too."""

from __future__ import annotations

import sys
from pathlib import Path

import warlog
from warlog.store.versions import PostVersions

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from pgtest import postgres_schema  # noqa: E402

FIXTURES = Path(__file__).parents[1] / "readers" / "fixtures" / "telegram"


def test_newer_export_on_postgres(settings) -> None:  # type: ignore[no-untyped-def]
    with postgres_schema() as url:
        first = warlog.ingest([FIXTURES / "frontline"], url, settings=settings)
        assert len(first.new) == 6
        again = warlog.ingest([FIXTURES / "frontline_later"], url, settings=settings)
        assert (len(again.new), len(again.updated), len(again.unchanged)) == (2, 1, 5)
        with warlog.open(url, settings=settings) as store:
            assert store.stats()["documents"] == 7
            current = PostVersions(store.store).current("telegram:channel1500000001:108")
            assert current is not None and current.edited_at == "2024-03-04T09:45:00+00:00"
            assert not store.links.pending_documents()
