"""The Dask engine on a real LocalCluster (2 worker processes): same store as the serial ingest, every document
exactly once after a killed client, a killed worker or a restarted cluster. Also ``Store.add_many``, which the
engine writes with, on both backends."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.corpus import generate

from warlog.api import fingerprint, ingest
from warlog.engine import connect, ingest_dask
from warlog.errors import StoreError
from warlog.models import Document, Incident, Report
from warlog.settings import Settings
from warlog.store import Store, open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from pgtest import postgres_schema  # noqa: E402

# -- a corpus with reprints, bad inputs and copies in flight ----------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """36 generated reports in a JSONL file plus a folder of text files: exact copies (one right after its
    original, so both are in flight at once), a near-duplicate, an empty file and a broken JSONL line."""
    root = tmp_path_factory.mktemp("corpus")
    records = generate(36, seed=11)
    copy = dict(records[5], outlet="Borderland Post", url="https://example.org/copy")
    records.insert(6, copy)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(20, "{broken")
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    files = root / "files"
    files.mkdir()
    (files / "a_copy.txt").write_text(str(records[30]["text"]), encoding="utf-8")
    near = str(records[12]["text"]).replace("\n\n", "\n\nAn editor's note: this report was updated.\n\n", 1)
    (files / "b_near.txt").write_text(near, encoding="utf-8")
    (files / "c_empty.txt").write_text("  \n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def expected(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What the serial ``warlog.ingest`` stores for the corpus."""
    db = tmp_path_factory.mktemp("serial") / "serial.db"
    summary = ingest([corpus], db, settings=Settings.from_env())
    assert len(summary.failed) == 2 and summary.duplicates
    return {"summary": summary, **_contents(db)}


def _contents(db: Path, links: bool = True) -> dict[str, Any]:
    """What a run leaves in the store; ``links``: with which incidents were linked together (a run killed before
    it linked has not)."""
    with sqlite3.connect(db) as conn:
        found = {
            "documents": sorted(conn.execute("SELECT id, source FROM documents").fetchall()),
            "incidents": sorted(r[0] for r in conn.execute("SELECT id FROM incidents")),
            "duplicates": sorted(conn.execute("SELECT source, doc_id, kind FROM duplicates").fetchall()),
            # Canonical ids are minted afresh by each run: compare which incidents were linked together.
            "incident_links": sorted(tuple(sorted(r[0].split(","))) for r in conn.execute(
                "SELECT group_concat(incident_id) FROM incident_links GROUP BY canonical_id")),
        }
    if not links:
        del found["incident_links"]
    return found


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with connect(workers=2) as c:
        yield c


def _fresh_db(tmp_path: Path) -> Path:
    return tmp_path / "warlog.db"


# -- the engine ---------------------------------------------------------------------------------------------


def test_same_store_as_serial_ingest_and_rerun_changes_nothing(client: Any, corpus: Path,
                                                                expected: dict[str, Any], tmp_path: Path) -> None:
    db = _fresh_db(tmp_path)
    outcomes: list[str] = []
    summary = ingest_dask([corpus], db, client=client, settings=Settings.from_env(), shard_size=8, batch_size=5,
                          on_item=lambda source, outcome: outcomes.append(outcome))
    serial = expected["summary"]
    assert sorted(summary.new) == sorted(serial.new)
    assert summary.incidents == serial.incidents
    assert sorted((s, r.status, r.doc_id) for s, r in summary.duplicates) == sorted(
        (s, r.status, r.doc_id) for s, r in serial.duplicates)
    assert sorted((f.source, f.reason) for f in summary.failed) == sorted((f.source, f.reason) for f in serial.failed)
    assert len(outcomes) == len(serial.new) + len(serial.duplicates) + len(serial.failed)
    assert _contents(db) == {k: expected[k] for k in ("documents", "incidents", "duplicates", "incident_links")}

    again = ingest_dask([corpus], db, client=client, settings=Settings.from_env(), shard_size=8)
    assert again.new == [] and again.incidents == 0
    assert len(again.duplicates) == len(serial.new) + len(serial.duplicates)
    assert _contents(db) == {k: expected[k] for k in ("documents", "incidents", "duplicates", "incident_links")}


def test_rerunning_the_serial_ingest_records_no_second_sighting(corpus: Path, expected: dict[str, Any],
                                                              tmp_path: Path) -> None:
    """Issue #12: the same inputs ingested twice by the local engine left a new duplicate sighting per re-run
    (5 against the Dask engine's 1 for two seeds and a reprint); both now leave the store of one run."""
    db = _fresh_db(tmp_path)
    ingest([corpus], db, settings=Settings.from_env())
    again = ingest([corpus], db, settings=Settings.from_env())
    assert again.new == [] and again.incidents == 0
    assert _contents(db) == {k: expected[k] for k in ("documents", "incidents", "duplicates", "incident_links")}


def test_killed_client_and_cluster_then_rerun_stores_every_document_once(
        client: Any, corpus: Path, expected: dict[str, Any], tmp_path: Path) -> None:
    db = _fresh_db(tmp_path)
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent(f"""
        from warlog.engine import ingest_dask
        from warlog.settings import Settings

        if __name__ == "__main__":
            ingest_dask([{str(corpus)!r}], {str(db)!r}, settings=Settings.from_env(), workers=2, shard_size=4,
                        batch_size=3)
        """), encoding="utf-8")
    # A session of its own, so one killpg takes the client with its scheduler and worker processes.
    proc = subprocess.Popen([sys.executable, str(script)], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        stored = _wait_for_documents(db, at_least=6, proc=proc, timeout=90)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert 6 <= stored < len(expected["documents"]), "the kill must land mid-run"

    summary = ingest_dask([corpus], db, client=client, settings=Settings.from_env(), shard_size=8)
    assert len(summary.new) == len(expected["documents"]) - stored
    assert _contents(db, links=False) == {k: expected[k] for k in ("documents", "incidents", "duplicates")}


def _wait_for_documents(db: Path, at_least: int, proc: subprocess.Popen[bytes], timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the ingest finished before it could be killed"
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                    count = int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
            except sqlite3.OperationalError:  # not migrated yet
                count = 0
            if count >= at_least:
                return count
        time.sleep(0.1)
    raise AssertionError(f"fewer than {at_least} documents stored after {timeout} s")


@pytest.mark.parametrize("how", ["kill a worker", "restart the cluster"])
def test_losing_workers_mid_run_still_stores_every_document_once(
        client: Any, corpus: Path, expected: dict[str, Any], tmp_path: Path, how: str) -> None:
    db = _fresh_db(tmp_path)
    written: list[str] = []

    def on_item(source: str, outcome: str) -> None:
        written.append(source)
        if len(written) == 4:
            if how == "kill a worker":
                pids = client.run(os.getpid)
                os.kill(sorted(pids.values())[0], signal.SIGKILL)
            else:
                client.restart(wait_for_workers=False)  # tasks wait for the workers; no fixed timeout

    summary = ingest_dask([corpus], db, client=client, settings=Settings.from_env(), shard_size=4, batch_size=2,
                          on_item=on_item)
    assert len(written) > 4
    assert sorted(summary.new) == sorted(expected["summary"].new)
    assert _contents(db, links=False) == {k: expected[k] for k in ("documents", "incidents", "duplicates")}


def test_no_inputs(client: Any, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    summary = ingest_dask([empty], _fresh_db(tmp_path), client=client, settings=Settings.from_env())
    assert summary.new == [] and summary.failed == [] and summary.ok


# -- Store.add_many, on both backends --------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        with open_store(tmp_path / "w.db") as s:
            yield s
    else:
        with postgres_schema() as url, open_store(url) as s:
            yield s


TEXTS = [
    "Drones struck an oil depot in Novorossiysk overnight, the port authority said. Nobody was hurt, but a fire "
    "burned until the morning and two tanks were destroyed. Residents filmed the blaze from the seafront and "
    "posted videos on local channels. The regional governor said air defences had shot down most of the drones.",
    "Artillery shelled its own positions near Robotyne on Monday, killing four soldiers, relatives said. The "
    "families say the command ignored two warnings from the assault group about its coordinates. The wounded "
    "waited a day for evacuation, and the unit was sent back into an assault two days later.",
    "Heavy fighting broke out near Toretsk on Tuesday as assault groups tried to enter the town from the east. "
    "Ukrainian officers said the attackers came on motorcycles and on foot. By the evening the fighting had moved "
    "to the outskirts, according to military bloggers on both sides of the front.",
]


def _item(text: str, source: str, n_incidents: int = 0) -> tuple[Report, Any]:
    fp = fingerprint(text)
    doc = Document(id="d" + fp.content_hash[:16], text=text, source=source, outlet="Eastern Wire")
    incidents = [Incident(id=f"{doc.id}-i{i}", type="strike", summary="strike") for i in range(n_incidents)]
    return Report(document=doc, incidents=incidents), fp


def test_add_many_in_order_with_duplicates_inside_the_batch(store: Store) -> None:
    near = TEXTS[1] + " The ministry declined to comment."
    items = [_item(TEXTS[0], "a.txt", 1), _item(TEXTS[1], "b.txt", 2), _item(TEXTS[0], "copy.txt"),
             _item(near, "near.txt"), _item(TEXTS[2], "c.txt")]
    results = store.add_many(items, 0.8)
    assert [r.status for r in results] == ["new", "new", "duplicate", "near-duplicate", "new"]
    assert results[2].doc_id == results[0].doc_id and results[3].doc_id == results[1].doc_id
    assert store.stats() == {"documents": 3, "incidents": 3, "duplicates_seen": 2}
    assert store.add_many([], 0.8) == []


def test_add_many_again_changes_nothing(store: Store) -> None:
    items = [_item(TEXTS[0], "a.txt", 1), _item(TEXTS[0], "copy.txt"), _item(TEXTS[1], "b.txt")]
    store.add_many(items, 0.8)
    before = store.stats()
    results = store.add_many(items, 0.8)
    assert [r.status for r in results] == ["duplicate", "duplicate", "duplicate"]
    assert store.stats() == before == {"documents": 2, "incidents": 1, "duplicates_seen": 1}
    # A new source for a stored text is a sighting, recorded once.
    store.add_many([_item(TEXTS[1], "reprint.txt")], 0.8)
    store.add_many([_item(TEXTS[1], "reprint.txt")], 0.8)
    assert store.stats()["duplicates_seen"] == 2


def test_add_many_is_all_or_nothing(store: Store) -> None:
    good = _item(TEXTS[0], "a.txt", 1)
    clash, fp = _item(TEXTS[1], "b.txt")
    clash.incidents = list(good[0].incidents)  # the same incident id twice: the second insert fails
    with pytest.raises(StoreError):
        store.add_many([good, (clash, fp)], 0.8)
    assert store.stats() == {"documents": 0, "incidents": 0, "duplicates_seen": 0}
    assert [r.status for r in store.add_many([good], 0.8)] == ["new"]


# -- channel posts: the same loop, so the same versions -----------------------------------------------------

TELEGRAM = Path(__file__).parents[1] / "readers" / "fixtures" / "telegram"


def test_telegram_post_versions_under_dask_as_in_a_local_ingest(client: Any, tmp_path: Path) -> None:
    """An old and a newer export of one channel in one Dask run: each post stored once, the edited post as its
    newer version (the Dask engine used to keep no post versions at all)."""
    settings = Settings.from_env()
    both = [TELEGRAM / "frontline", TELEGRAM / "frontline_later"]
    local = ingest(both, tmp_path / "local.db", settings=settings)
    summary = ingest_dask(both, tmp_path / "dask.db", client=client, settings=settings)
    assert (len(summary.new), len(summary.updated), len(summary.unchanged)) == (7, 1, 5)
    assert sorted(summary.new) == sorted(local.new) and not summary.duplicates
    again = ingest_dask([TELEGRAM / "frontline_later"], tmp_path / "dask.db", client=client, settings=settings)
    assert not again.new and not again.updated and len(again.unchanged) == 7
