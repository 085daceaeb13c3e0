"""Two ingest processes writing one store at once lose nothing and store nothing twice.

Each writer is a real OS process (spawned, as on macOS and Windows) with its own connection. Both add the
same 30 documents (half of them, in the second writer, as near-copies under another id, which only the
write lock can catch: no unique constraint sees a near-duplicate) plus 30 of their own, interleaved,
while this process reads the store as the web app would. The fresh store is also opened, and so migrated,
by both writers at the same moment.
"""

from __future__ import annotations

import multiprocessing
import random
import time
import traceback
from collections.abc import Iterator
from typing import Any

import pytest
from pgtest import postgres_schema

from warlog.api import fingerprint
from warlog.models import Document, Report
from warlog.store import Fingerprint, open_store

N = 30
TAIL = " Follow the Ledger on Telegram for more news from the front."
_VOCABULARY = [f"{a}{b}" for a in ("shell", "drone", "tank", "front", "river", "field", "depot", "convoy", "brigade",
                                   "village", "bridge", "mortar", "trench", "radio", "winter", "summer")
               for b in ("", "s", "ed", "ing", "er", "ly", "ist", "ward", "less", "hood", "ment", "ness")]


def _text(seed: str) -> str:
    rnd = random.Random(seed)
    return " ".join(rnd.choice(_VOCABULARY) for _ in range(120)) + "."


def _items(writer: str) -> list[tuple[Report, Fingerprint]]:
    items: list[tuple[Report, Fingerprint]] = []
    for i in range(N):
        doc_id, text = f"shared-{i}", _text(f"shared-{i}")
        if writer == "b" and i % 2:
            doc_id, text = f"shared-{i}-b", text + TAIL
        own_id = f"{writer}-{i}"
        for one_id, one_text in ((doc_id, text), (own_id, _text(own_id))):
            items.append((Report(document=Document(id=one_id, text=one_text, source=f"{writer}:{one_id}")),
                          fingerprint(one_text)))
    return items


def _write(url: str, items: list[tuple[Report, Fingerprint]], start: Any, results: Any) -> None:
    try:
        with open_store(url) as store:
            start.wait(60)
            outcomes = [(report.document.id, store.add(report, fp, 0.8).status) for report, fp in items]
        results.put(outcomes)
    except Exception:  # noqa: BLE001 - the parent fails the test with this traceback
        results.put(traceback.format_exc())


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'w.db'}"
    else:
        with postgres_schema() as url:
            yield url


def test_two_writer_processes_store_every_document_exactly_once(store_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Barrier(3), ctx.Queue()
    writers = [ctx.Process(target=_write, args=(store_url, _items(name), start, results)) for name in "ab"]
    for w in writers:
        w.start()
    start.wait(60)  # both writers have opened (and migrated) the store
    seen: list[int] = []
    with open_store(store_url) as reader:
        while any(w.is_alive() for w in writers) and len(seen) < 10_000:
            seen.append(reader.stats()["documents"])  # reads go on while the writers hold the lock
            reader.incidents()
            time.sleep(0.005)
        outcomes = [results.get(timeout=120) for _ in writers]
        for w in writers:
            w.join(30)
        errors = [o for o in outcomes if isinstance(o, str)]
        assert not errors, errors[0]
        assert [w.exitcode for w in writers] == [0, 0]
        assert seen == sorted(seen)  # a reader never sees a document vanish

        ids = [doc.id for doc in reader.documents()]
        assert len(ids) == len(set(ids)) == 3 * N
        assert reader.stats() == {"documents": 3 * N, "incidents": 0, "duplicates_seen": N}

    statuses: dict[str, list[str]] = {}
    for outcome in outcomes:
        for doc_id, status in outcome:
            statuses.setdefault(doc_id.removesuffix("-b"), []).append(status)
    for i in range(N):
        expected = ["near-duplicate", "new"] if i % 2 else ["duplicate", "new"]
        assert sorted(statuses[f"shared-{i}"]) == expected, i
        stored = {f"shared-{i}", f"shared-{i}-b"} & set(ids)
        assert len(stored) == 1, stored  # one copy, whichever writer was first
    assert all(statuses[f"{w}-{i}"] == ["new"] for w in "ab" for i in range(N))
    assert {f"{w}-{i}" for w in "ab" for i in range(N)} <= set(ids)
