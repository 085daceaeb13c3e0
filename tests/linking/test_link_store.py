"""LinkStore: the indexed candidate query finds what blocking should, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from linkhelp import member, stored
from pgtest import postgres_schema

from warlog.linking.linker import Linker
from warlog.store import Store, open_store
from warlog.store.links import LinkStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        with open_store(str(tmp_path / "w.db")) as s:
            yield s
    else:
        with postgres_schema() as url, open_store(url) as s:
            yield s


def test_candidates_by_region_and_window_and_open_ended_clusters(store: Store) -> None:
    links = LinkStore(store)
    linker = Linker(links, use_embeddings=False)
    undated = member("d3", place=None, day=None).model_copy(update={"published": None})  # no interval at all
    ms = [stored(store, m) for m in (member("d1", place="Bakhmut", day=date(2023, 5, 10)),
                                      member("d2", place="Kharkiv", day=date(2023, 5, 10)), undated)]
    with links.write():
        for m in ms:
            linker.link_members([m])
    found = {c.canonical.reports[0] for c in links.candidates(["violence"], date(2023, 5, 1), date(2023, 5, 20),
                                                              "Donetsk Oblast")}
    assert found == {"d1", "d3"}  # same region, and the cluster open at both ends; not Kharkiv
    assert {c.canonical.reports[0] for c in links.candidates(["violence"], date(2024, 1, 1), date(2024, 1, 5),
                                                             "Donetsk Oblast")} == {"d3"}
