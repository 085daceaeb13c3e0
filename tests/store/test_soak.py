"""Soak (issue #13): two ingest processes and the workbench with an analyst reviewing, all at once on one
database; one writer killed with SIGKILL in the middle of its batch, then run again. Afterwards every
document is stored exactly once, every review the analyst made is there, the audit log is whole and append-only,
and ``warlog check`` finds nothing wrong. On SQLite and on the real PostgreSQL."""

from __future__ import annotations

import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from pgtest import postgres_schema

import warlog
from warlog.api import make_document
from warlog.stages.clean import load_rules
from warlog.stages.ingest import read_text_input
from warlog.store import open_store
from warlog.store.links import LinkStore
from warlog.text.fingerprint import jaccard, shingles
from warlog.web import add_user

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "soak test password"
PLACES = ["Kupiansk", "Izium", "Balakliia", "Vovchansk", "Lyman", "Sumy", "Okhtyrka", "Kherson", "Nikopol",
          "Zaporizhzhia", "Pokrovsk", "Kramatorsk", "Sloviansk", "Chuhuiv", "Bakhmut", "Avdiivka"]
ACTS = ["Artillery shelled", "A drone struck", "Missiles hit", "Glide bombs fell on", "Mortar fire reached"]
WHO = ["the regional governor said", "local officials reported", "the military administration wrote",
       "police told reporters", "the mayor said in a video"]
EXTRA = ["Windows were blown out along two streets.", "A school and a pharmacy were damaged.",
         "Rescuers worked through the night.", "Power was cut to several districts.",
         "A humanitarian convoy turned back.", "Residents were told to stay in shelters.",
         "A bridge on the main road was hit.", "Two cars burned at a petrol station."]


def _documents(count: int, seed: int) -> list[str]:
    """``count`` short reports, pairwise far below the near-duplicate threshold."""
    rng = random.Random(seed)
    texts: list[str] = []
    while len(texts) < count:
        place = rng.choice(PLACES)
        text = (f"{rng.choice(ACTS)} {place} on {rng.choice(['Monday', 'Tuesday', 'Friday', 'Sunday'])}, "
                f"killing {rng.randint(1, 40)} people and wounding {rng.randint(2, 90)}, {rng.choice(WHO)}. "
                + " ".join(rng.sample(EXTRA, 3)) + f" Report number {len(texts)} of series {seed}.")
        mine = shingles(text)
        if all(jaccard(mine, shingles(t)) < 0.5 for t in texts):
            texts.append(text)
    return texts


def _write(folder: Path, texts: list[str], first: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts, first):
        (folder / f"report_{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _warlog(*args: str, log: Path | None = None) -> subprocess.Popen[str]:
    """``warlog ARGS`` in a new process; a long-lived one logs to a file (a full pipe would block it)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = log.open("w") if log is not None else subprocess.PIPE
    return subprocess.Popen([sys.executable, "-c", "from warlog.cli import main; main()", *args], env=env,
                            stdout=out, stderr=subprocess.STDOUT if log is not None else subprocess.PIPE, text=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _workbench(db: str, log: Path) -> Iterator[str]:
    port = _free_port()
    server = _warlog("serve", "--db", db, "--port", str(port), log=log)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail(f"workbench did not start: {log.read_text()}")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


class Analyst(threading.Thread):
    """Logs in and reviews incidents (confirm, note, edit) until told to stop; counts the reviews accepted."""

    def __init__(self, base: str, db: str) -> None:
        super().__init__(daemon=True)
        self.base, self.db = base, db
        self.stop = threading.Event()
        self.reviewed: list[tuple[str, str]] = []
        self.errors: list[str] = []

    def _token(self, client: httpx.Client, path: str) -> str:
        found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
        assert found, path
        return found.group(1)

    def run(self) -> None:
        rng = random.Random(7)
        with httpx.Client(base_url=self.base, timeout=30) as client, open_store(self.db) as store:
            login = client.post("/login", data={"name": "ana", "password": PASSWORD, "next": "/incidents",
                                                "csrf_token": self._token(client, "/login")})
            if login.status_code != 303:
                self.errors.append(f"login: {login.status_code}")
                return
            while not self.stop.is_set():
                ids = [r.incident.id for r in store.incidents()]
                target = rng.choice(ids)
                action = rng.choice(["confirm", "note", "edit"])
                form = {"action": action, "why": f"soak review {len(self.reviewed)}",
                        "csrf_token": self._token(client, f"/incidents/{target}")}
                if action == "edit":
                    form["fatalities_best"] = str(len(self.reviewed) + 1000)  # a new value every time
                answer = client.post(f"/incidents/{target}/review", data=form)
                if answer.status_code == 303:
                    self.reviewed.append((target, action))
                else:
                    self.errors.append(f"{target} {action}: {answer.status_code} {answer.text[:200]}")
                time.sleep(0.02)


def _soak(db: str, tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    seed_texts, texts = _documents(4, 1), _documents(36, 2)
    seeded = _write(tmp_path / "seed", seed_texts, 0)
    first, second, third = (_write(tmp_path / name, part, 100 * n) for n, (name, part) in enumerate(
        [("first", texts[:12]), ("second", texts[12:24]), ("third", texts[24:])], 1))
    warlog.ingest([seeded], db, settings=settings)  # incidents to review from the start
    add_user(db, "ana", PASSWORD, "analyst")

    with _workbench(db, tmp_path / "serve.log") as base:
        analyst = Analyst(base, db)
        analyst.start()
        # Two writers over overlapping inputs: both hold the second folder.
        killed = _warlog("ingest", str(first), str(second), "--db", db, log=tmp_path / "killed.log")
        other = _warlog("ingest", str(second), str(third), "--db", db, log=tmp_path / "other.log")
        with open_store(db) as store:
            while store.stats()["documents"] < len(seed_texts) + 4 and killed.poll() is None:
                time.sleep(0.05)
        assert killed.poll() is None, "the writer finished before it could be killed: make the batch bigger"
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=30)
        assert other.wait(timeout=120) in (0, 3), (tmp_path / "other.log").read_text()
        rerun = _warlog("ingest", str(first), str(second), "--db", db)
        out, err = rerun.communicate(timeout=120)
        assert rerun.returncode in (0, 3), err
        time.sleep(0.3)  # a few more reviews over the finished database
        analyst.stop.set()
        analyst.join(timeout=30)
    assert not analyst.errors, analyst.errors[:5]
    assert len(analyst.reviewed) >= 5

    with open_store(db) as store:
        links = LinkStore(store)
        hashes = [r["content_hash"] for r in links.rows("SELECT content_hash FROM documents")]
        expected = [make_document(read_text_input(t), load_rules(None)).content_hash for t in seed_texts + texts]
        assert sorted(hashes) == sorted(expected)  # each document exactly once
        audit = links.rows("SELECT target_id, action, why FROM audit_log WHERE actor = 'ana' ORDER BY seq")
        assert [(r["target_id"], r["action"]) for r in audit] == analyst.reviewed  # every review, in order
        assert [r["why"] for r in audit] == [f"soak review {i}" for i in range(len(audit))]
        confirmed = {t for t, a in analyst.reviewed if a == "confirm"}
        kept = {r["target_id"] for r in links.rows("SELECT target_id FROM review_overlay")}
        assert confirmed <= kept
        assert not links.pending_documents()  # the re-run linked what the killed writer left unlinked
    with pytest.raises(Exception, match="append-only"):
        with open_store(db) as store:
            LinkStore(store).rows("DELETE FROM audit_log")
    check = _warlog("check", "--db", db)
    out, err = check.communicate(timeout=60)
    assert check.returncode == 0, out + err


def test_soak_on_sqlite(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    _soak(str(tmp_path / "soak.db"), tmp_path, settings)


def test_soak_on_postgres(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    with postgres_schema() as url:
        _soak(url, tmp_path, settings)
