"""Shards: reading every shard of a plan gives what the serial reader gives, with stable ids."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest

from warlog.engine.shards import plan_shards, read_shard
from warlog.errors import ConfigError, InputError, OversizeInputError
from warlog.stages.ingest import RawInput, iter_inputs

MAX = 5_000_000


def _seen(items: Any) -> list[tuple[str, str, str]]:
    """(source, kind, body or error detail) for each input, comparable across readers."""
    out = []
    for item in items:
        if isinstance(item, RawInput):
            out.append((item.source, "ok", item.body + json.dumps(item.meta, sort_keys=True)))
        else:
            assert isinstance(item, InputError)
            out.append((item.source, type(item).__name__, ""))
    return out


def _sharded(paths: list[Path], **sizes: int) -> list[tuple[str, str, str]]:
    return _seen(item for shard in plan_shards(paths, **sizes) for item in read_shard(shard, MAX))


def _jsonl(path: Path, n: int, *, crlf: bool = False, extra: str = "") -> Path:
    lines = []
    for i in range(n):
        if i == 3:
            lines.append("")  # blank lines are skipped but still counted
        elif i == 7:
            lines.append("{not json")
        elif i == 9:
            lines.append('["a list"]')
        else:
            lines.append(json.dumps({"text": f"Report number {i} from Kupiansk.{extra} Second line.",
                                     "outlet": "Steppe Monitor", "published": f"2024-03-{i % 28 + 1:02d}"},
                                    ensure_ascii=False))
    path.write_bytes(("\r\n" if crlf else "\n").join(lines).encode("utf-8") + b"\n")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "b").mkdir(parents=True)
    for name in ("a1.txt", "a2.md", "b/b1.txt", "b/b2.txt", "c.txt", "d.txt", "z.html"):
        (root / name).write_text(f"Shelling of Nikopol reported in {name}.", encoding="utf-8")
    (root / "empty.txt").write_text("   ", encoding="utf-8")
    (root / "x.pdf").write_bytes(b"%PDF-1.4")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    _jsonl(root / "c0.jsonl", 12)
    return root


def test_folder_reads_as_serial_reader(folder: Path) -> None:
    assert _sharded([folder], files_per_shard=2, lines_per_shard=5) == _seen(iter_inputs([folder], MAX))


def test_folder_shards_are_runs_of_files_cut_at_jsonl(folder: Path) -> None:
    shards = plan_shards([folder], files_per_shard=2, lines_per_shard=5)
    kinds = [(s.kind, len(s.files)) for s in shards]
    # sorted: a1, a2, b/b1, b/b2, c.txt, c0.jsonl, d.txt, empty.txt, x.pdf, z.html
    assert kinds == [("files", 2), ("files", 2), ("files", 1), ("jsonl", 0), ("jsonl", 0), ("jsonl", 0),
                     ("files", 2), ("files", 2)]
    assert shards[2].files == (str(folder / "c.txt"),)


def test_jsonl_line_ranges_keep_line_numbers(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "big.jsonl", 23)
    shards = plan_shards([path], lines_per_shard=5)
    assert [s.kind for s in shards] == ["jsonl"] * 5
    assert [s.first for s in shards] == [1, 6, 11, 16, 21]
    assert shards[0].start == 0 and shards[-1].stop == path.stat().st_size
    assert all(a.stop == b.start for a, b in zip(shards, shards[1:], strict=False))
    seen = _sharded([path], lines_per_shard=5)
    sources = [s for s, _, _ in seen]
    assert sources[:4] == [f"{path}:1", f"{path}:2", f"{path}:3", f"{path}:5"]  # line 4 is blank
    assert (f"{path}:8", "MalformedInputError", "") in seen and (f"{path}:10", "MalformedInputError", "") in seen
    assert len(seen) == 22


def test_jsonl_keeps_records_holding_unicode_line_separators(tmp_path: Path) -> None:
    # U+2028 is legal inside a JSON string and json.dumps(ensure_ascii=False) writes it raw. Shards cut at
    # b"\n" only, so such a record stays whole (the serial reader's str.splitlines() cuts it in two).
    path = _jsonl(tmp_path / "u.jsonl", 3, extra="\u2028")
    assert "\u2028" in path.read_text(encoding="utf-8")
    seen = _sharded([path])
    assert [kind for _, kind, _ in seen] == ["ok", "ok", "ok"]
    assert "\u2028" in seen[0][2]


def test_jsonl_with_crlf_reads_as_serial_reader(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "crlf.jsonl", 12, crlf=True)
    serial = [s for s in _seen(iter_inputs([path], MAX))]
    assert [s for s, _, _ in _sharded([path], lines_per_shard=4)] == [s for s, _, _ in serial]


def test_jsonl_without_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"text": "one"}\n{"text": "two"}\n{"text": "three"}', encoding="utf-8")
    shards = plan_shards([path], lines_per_shard=2)
    assert len(shards) == 2
    assert [s for s, _, _ in _sharded([path], lines_per_shard=2)] == [f"{path}:1", f"{path}:2", f"{path}:3"]


def test_utf16_jsonl_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"text": "Удар по Сумах"}\n{"text": "Обстріл Харкова"}\n'.encode("utf-16"))
    shards = plan_shards([path], lines_per_shard=1)
    assert [(s.kind, s.files) for s in shards] == [("files", (str(path),))]
    assert _sharded([path]) == _seen(iter_inputs([path], MAX))


def test_oversize_applies_per_record_in_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "short"}) + "\n", encoding="utf-8")
    items = [i for s in plan_shards([path]) for i in read_shard(s, max_bytes=200)]
    assert isinstance(items[0], OversizeInputError) and items[0].source == f"{path}:1"
    assert isinstance(items[1], RawInput) and items[1].body == "short"


def test_missing_and_empty_inputs(tmp_path: Path) -> None:
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    empty_jsonl = tmp_path / "e.jsonl"
    empty_jsonl.write_bytes(b"")
    paths = [tmp_path / "missing.txt", empty_dir, empty_jsonl]
    assert _sharded(paths) == _seen(iter_inputs(paths, MAX))
    assert _sharded(paths)[0] == (str(tmp_path / "missing.txt"), "InputError", "")


def test_shard_ids_are_stable_and_distinct(folder: Path) -> None:
    first = plan_shards([folder], files_per_shard=2, lines_per_shard=5)
    again = plan_shards([str(folder)], files_per_shard=2, lines_per_shard=5)
    assert [s.id for s in first] == [s.id for s in again]
    assert len({s.id for s in first}) == len(first)
    other = plan_shards([folder], files_per_shard=3, lines_per_shard=5)
    assert {s.id for s in other} != {s.id for s in first}
    assert all(s.id.startswith("s") and len(s.id) == 17 for s in first)


def test_bad_shard_sizes(folder: Path) -> None:
    with pytest.raises(ConfigError, match="shard sizes"):
        plan_shards([folder], files_per_shard=0)


def test_parquet_without_pyarrow_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "reports.parquet"
    path.write_bytes(b"PAR1")
    real_import = builtins.__import__

    def no_pyarrow(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("pyarrow"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(ConfigError, match=r"pip install \"warlog\[parquet\]\""):
        plan_shards([path])


def test_parquet_row_groups(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is optional: Parquet inputs need it")
    import datetime

    import pyarrow.parquet as pq

    rows = [{"text": f"Shelling of Sumy number {i}.", "outlet": "Eastern Wire",
             "published": datetime.date(2024, 5, 1 + i % 28), "title": None} for i in range(25)]
    rows[4]["text"] = "  "
    path = tmp_path / "reports.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=4)
    shards = plan_shards([path], lines_per_shard=10)
    assert [(s.kind, s.start, s.stop, s.first) for s in shards] == [
        ("parquet", 0, 3, 0), ("parquet", 3, 6, 12), ("parquet", 6, 7, 24)]
    items = [i for s in shards for i in read_shard(s, MAX)]
    assert len(items) == 25
    assert isinstance(items[4], InputError) and items[4].source == f"{path}[4]"
    first = items[0]
    assert isinstance(first, RawInput)
    assert first.source == f"{path}[0]" and first.meta == {"outlet": "Eastern Wire", "published": "2024-05-01"}
