"""The Telegram export generator of the ingest-speed benchmark: sizes, shapes and the newer export."""

from __future__ import annotations

from pathlib import Path

from benchmarks.telegram_ingest import _write, generate, newer

from warlog.readers import RawInput, iter_inputs


def test_generated_export_reads_as_that_many_posts(tmp_path: Path) -> None:
    export = generate(300)
    kinds = {m["type"] for m in export["messages"]}
    assert kinds == {"message", "service"}
    path = _write(export, tmp_path)
    posts = [i for i in iter_inputs([path], 10_000_000) if isinstance(i, RawInput)]
    assert len(posts) == 300
    assert any(p.source_info and p.source_info.forwarded_from for p in posts)
    assert any(p.source_info and p.source_info.media for p in posts)


def test_newer_export_edits_and_adds_the_same_number() -> None:
    export = generate(200)
    later, edited, added = newer(export)
    assert edited == added == 2
    before = {m["id"]: m for m in export["messages"]}
    changed = [m for m in later["messages"] if m["id"] in before and m != before[m["id"]]]
    assert len(changed) == 2 and all("edited_unixtime" in m for m in changed)
