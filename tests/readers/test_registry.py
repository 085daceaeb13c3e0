"""The reader registry: formats chosen by suffix and by content, readers added without touching ingest."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import ClassVar

import pytest

import warlog.readers as readers
from warlog.engine.shards import plan_shards, read_shard
from warlog.errors import ConfigError, InputError, UnsupportedInputError
from warlog.readers import RawInput, Reader, iter_inputs, reader_for, register, unregister
from warlog.stages.ingest import iter_inputs as ingest_iter_inputs

LIMIT = 1_000_000


class ToyReader(Reader):
    """A made-up format: ``.toy`` files of ``TITLE | TEXT`` lines, one document per line."""

    name: ClassVar[str] = "toy"
    suffixes: ClassVar[tuple[str, ...]] = (".toy",)

    def read(self, path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            title, sep, text = line.partition("|")
            if not sep:
                yield InputError(f"{path}:{number}", "a toy line needs 'TITLE | TEXT'")
                continue
            yield RawInput(source=f"{path}:{number}", body=text.strip(), format="text",
                           meta={"title": title.strip()})


@pytest.fixture
def toy() -> Iterator[None]:
    register(ToyReader)
    yield
    unregister("toy")


def test_toy_reader_plugs_into_local_and_sharded_ingest(tmp_path: Path, toy: None) -> None:
    f = tmp_path / "notes.toy"
    f.write_text("Strike | A strike hit a bridge.\nbroken line\n", encoding="utf-8")
    local = list(ingest_iter_inputs([f], LIMIT))
    sharded = [item for shard in plan_shards([tmp_path]) for item in read_shard(shard, LIMIT)]
    for items in (local, sharded):
        assert isinstance(items[0], RawInput) and items[0].meta == {"title": "Strike"}
        assert items[0].body == "A strike hit a bridge."
        assert isinstance(items[1], InputError) and str(items[1]) == f"{f}:2: a toy line needs 'TITLE | TEXT'"


def test_unknown_suffix_lists_registered_readers(tmp_path: Path, toy: None) -> None:
    f = tmp_path / "data.csv"
    f.write_text("a,b\n", encoding="utf-8")
    (item,) = iter_inputs([f], LIMIT)
    assert isinstance(item, UnsupportedInputError)
    assert ".toy" in str(item) and ".parquet" in str(item) and ".rss" in str(item)


def test_reader_from_entry_point(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = tmp_path / "toy_plugin.py"
    module.write_text("from warlog.readers import RawInput, Reader\n\n"
                      "class Plugin(Reader):\n    name = 'plugin'\n    suffixes = ('.plug',)\n\n"
                      "    def read(self, path, max_bytes):\n"
                      "        yield RawInput(source=str(path), body=path.read_text(), format='text')\n",
                      encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    point = EntryPoint(name="plug", value="toy_plugin:Plugin", group=readers.ENTRY_POINT_GROUP)
    monkeypatch.setattr(readers, "entry_points", lambda group: [point] if group == readers.ENTRY_POINT_GROUP else [])
    monkeypatch.setattr(readers, "_plugins_loaded", False)
    f = tmp_path / "a.plug"
    f.write_text("Plugged text.", encoding="utf-8")
    try:
        (item,) = iter_inputs([f], LIMIT)
        assert isinstance(item, RawInput) and item.body == "Plugged text."
    finally:
        unregister("plugin")
        sys.modules.pop("toy_plugin", None)


def test_broken_entry_point_says_which(monkeypatch: pytest.MonkeyPatch) -> None:
    point = EntryPoint(name="gone", value="no_such_module_xyz:Reader", group=readers.ENTRY_POINT_GROUP)
    monkeypatch.setattr(readers, "entry_points", lambda group: [point])
    monkeypatch.setattr(readers, "_plugins_loaded", False)
    with pytest.raises(ConfigError, match="reader plugin 'gone'"):
        readers.readers()


def test_content_beats_suffix_for_a_telegram_export(tmp_path: Path) -> None:
    export = tmp_path / "result.json"
    export.write_text('{"name": "C", "type": "public_channel", "id": 1, "messages": []}', encoding="utf-8")
    plain = tmp_path / "plain.json"
    plain.write_text('{"text": "A report."}', encoding="utf-8")
    feed = tmp_path / "news.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', encoding="utf-8")
    assert [reader_for(p).name for p in (export, plain, feed)] == ["telegram", "json", "feed"]  # type: ignore[union-attr]


def test_parquet_reads_locally(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="pyarrow is optional: Parquet inputs need it")
    import pyarrow.parquet as pq

    path = tmp_path / "reports.parquet"
    pq.write_table(pa.table({"text": ["First report.", "", "Third report."], "outlet": ["A", "B", None]}), path)
    items = list(iter_inputs([path], LIMIT))
    assert [i.source for i in items] == [f"{path}[0]", f"{path}[1]", f"{path}[2]"]
    assert isinstance(items[0], RawInput) and items[0].meta == {"outlet": "A"}
    assert isinstance(items[1], InputError) and "empty" in str(items[1])
    sharded = [item for shard in plan_shards([path]) for item in read_shard(shard, LIMIT)]
    assert [(type(i), i.source) for i in sharded] == [(type(i), i.source) for i in items]


def test_export_media_are_not_inputs(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "photo_1.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "result.json").write_text(
        '{"name": "C", "type": "public_channel", "id": 1, "messages": [{"id": 1, "type": "message", '
        '"date_unixtime": "1709374500", "from_id": "channel1", "text": "Post."}]}', encoding="utf-8")
    items = list(iter_inputs([tmp_path], LIMIT))
    assert [type(i) for i in items] == [RawInput]
