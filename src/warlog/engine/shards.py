"""Split inputs into shards a worker can read on its own: runs of files, JSONL line ranges, Parquet row groups.

``plan_shards(paths)`` looks at the inputs (file names, JSONL newlines, Parquet footers; no parsing) and returns
``Shard`` records in input order; ``read_shard(shard, max_bytes)`` yields the shard's ``RawInput`` records (or
``InputError`` in place of a bad one), exactly as ``stages.ingest.iter_inputs`` would for the same inputs:

- a folder is walked as the serial reader walks it (sorted, hidden names skipped); its ordinary files go in
  runs of ``files_per_shard``, while each JSONL or Parquet file in it gets shards of its own;
- a JSONL file is cut into ranges of ``lines_per_shard`` lines at byte offsets found by scanning for newlines,
  so a worker reads only its range. Sources stay ``path:LINE``. The file-size limit applies to each line
  (record), not to the file: sharding exists for files too big to read whole. A file starting with a UTF-16
  or UTF-32 byte-order mark cannot be cut at newline bytes and is read whole, as one shard;
- a Parquet file (a ``text`` or ``html`` column, optional ``title``, ``outlet``, ``url``, ``published``/``date``,
  ``synthetic``) is cut at row-group boundaries into shards of about ``lines_per_shard`` rows; sources are
  ``path[ROW]``, rows counted from 0. Reading Parquet needs pyarrow (the ``parquet`` extra: install it with
  ``pip install "warlog[parquet]"``); without it a Parquet input raises ``ConfigError``.

Every shard has a stable ``id``: a digest of its kind, absolute path and range, the same on every run over
the same inputs. Worker processes must see the paths under the same names (on a remote cluster: absolute
paths on a shared file system).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import ConfigError, InputError, OversizeInputError
from ..readers import RawInput, iter_inputs, json_line, walk
from ..readers.decode import decode_bytes
from ..readers.parquet import PARQUET_SUFFIXES, pyarrow_parquet, read_row_groups

ShardKind = Literal["files", "jsonl", "parquet"]

_SCAN_BLOCK = 1 << 20
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Shard:
    """A piece of the input one task reads.

    ``files``: the paths (``kind == "files"``). ``jsonl``: bytes ``[start, stop)`` of ``path``, whose first
    line is number ``first``. ``parquet``: row groups ``[start, stop)`` of ``path``, whose first row is ``first``.
    """

    id: str
    kind: ShardKind
    path: str
    files: tuple[str, ...] = ()
    start: int = 0
    stop: int = 0
    first: int = 0

    @property
    def label(self) -> str:
        """A short human-readable name for logs and errors."""
        if self.kind == "files":
            return self.files[0] if len(self.files) == 1 else f"{self.files[0]} (+{len(self.files) - 1} files)"
        unit = "bytes" if self.kind == "jsonl" else "row groups"
        return f"{self.path} ({unit} {self.start}-{self.stop})"


def _make(kind: ShardKind, path: str, files: tuple[str, ...] = (), start: int = 0, stop: int = 0,
          first: int = 0) -> Shard:
    key = json.dumps([kind, os.path.abspath(path), [os.path.abspath(f) for f in files], start, stop])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return Shard(id=f"s{digest}", kind=kind, path=path, files=files, start=start, stop=stop, first=first)


def plan_shards(paths: Iterable[str | Path], *, files_per_shard: int = 50, lines_per_shard: int = 50) -> list[Shard]:
    """The shards covering ``paths`` (files and folders), in the order the serial reader reads them."""
    if files_per_shard < 1 or lines_per_shard < 1:
        raise ConfigError(f"shard sizes must be >= 1 (files_per_shard={files_per_shard}, "
                          f"lines_per_shard={lines_per_shard})")
    if isinstance(paths, str | Path):
        paths = [paths]
    shards: list[Shard] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            try:
                files = walk(path)
            except OSError:
                files = []
            if not files:  # an empty or unlistable folder: the serial reader reports or skips it
                shards.append(_make("files", str(path), files=(str(path),)))
                continue
            run: list[str] = []
            for file in files:
                if _splittable(file):
                    shards.extend(_files_shards(run, files_per_shard))
                    run = []
                    shards.extend(_file_shards(file, lines_per_shard))
                else:
                    run.append(str(file))
            shards.extend(_files_shards(run, files_per_shard))
        elif path.is_file() and _splittable(path):
            shards.extend(_file_shards(path, lines_per_shard))
        else:  # a plain file, or a missing path (read_shard yields its InputError)
            shards.append(_make("files", str(path), files=(str(path),)))
    return shards


def _splittable(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", *PARQUET_SUFFIXES)


def _files_shards(files: list[str], size: int) -> list[Shard]:
    return [_make("files", files[i], files=tuple(files[i:i + size])) for i in range(0, len(files), size)]


def _file_shards(path: Path, size: int) -> list[Shard]:
    if path.suffix.lower() in PARQUET_SUFFIXES:
        return _parquet_shards(path, size)
    return _jsonl_shards(path, size)


def _jsonl_shards(path: Path, size: int) -> list[Shard]:
    """Byte ranges of ``size`` lines each; one whole-file shard when the file cannot be cut at b"\\n"."""
    source = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
            if any(head.startswith(bom) for bom in _WIDE_BOMS):
                return [_make("files", source, files=(source,))]
            fh.seek(0)
            starts = [0]  # byte offset where each shard begins
            lines = 0
            offset = 0
            while block := fh.read(_SCAN_BLOCK):
                at = -1
                while (at := block.find(b"\n", at + 1)) != -1:
                    lines += 1
                    if lines % size == 0:
                        starts.append(offset + at + 1)
                offset += len(block)
    except OSError:
        return [_make("files", source, files=(source,))]  # the serial reader reports the error
    if starts[-1] < offset:
        starts.append(offset)
    return [_make("jsonl", source, start=a, stop=b, first=i * size + 1)
            for i, (a, b) in enumerate(zip(starts, starts[1:], strict=False))] or [
        _make("files", source, files=(source,))]


def _parquet_shards(path: Path, size: int) -> list[Shard]:
    pq = pyarrow_parquet()
    source = str(path)
    try:
        meta = pq.ParquetFile(source).metadata
    except (OSError, ValueError) as exc:  # pyarrow.ArrowInvalid subclasses ValueError
        raise ConfigError(f"{source}: cannot read as Parquet: {exc}") from exc
    shards: list[Shard] = []
    group, row, rows_in_shard, first_group, first_row = 0, 0, 0, 0, 0
    for group in range(meta.num_row_groups):
        rows_in_shard += meta.row_group(group).num_rows
        row += meta.row_group(group).num_rows
        if rows_in_shard >= size:
            shards.append(_make("parquet", source, start=first_group, stop=group + 1, first=first_row))
            first_group, first_row, rows_in_shard = group + 1, row, 0
    if first_group < meta.num_row_groups:
        shards.append(_make("parquet", source, start=first_group, stop=meta.num_row_groups, first=first_row))
    return shards


def read_shard(shard: Shard, max_bytes: int) -> Iterator[RawInput | InputError]:
    """The inputs of one shard, in order, with the sources the serial reader gives them."""
    if shard.kind == "files":
        yield from iter_inputs(list(shard.files), max_bytes)
    elif shard.kind == "jsonl":
        yield from _read_jsonl(shard, max_bytes)
    else:
        yield from _read_parquet(shard, max_bytes)


def _read_jsonl(shard: Shard, max_bytes: int) -> Iterator[RawInput | InputError]:
    try:
        with open(shard.path, "rb") as fh:
            fh.seek(shard.start)
            data = fh.read(shard.stop - shard.start)
    except OSError as exc:
        yield InputError(shard.path, f"cannot read file: {exc.strerror or exc}")
        return
    if shard.start == 0 and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if not data.strip():
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:  # a legacy encoding: detect it on this range, as the serial reader does per file
        try:
            text = decode_bytes(data, f"{shard.path}:{shard.first}")
        except InputError as exc:
            yield exc
            return
    for number, line in enumerate(text.split("\n"), start=shard.first):
        if not line.strip():
            continue
        source = f"{shard.path}:{number}"
        if len(line) > max_bytes:
            yield OversizeInputError(source, f"record too large ({len(line)} characters > limit {max_bytes}); "
                                             "raise WARLOG_MAX_FILE_BYTES")
            continue
        yield json_line(line, source)


def _read_parquet(shard: Shard, max_bytes: int) -> Iterator[RawInput | InputError]:
    yield from read_row_groups(shard.path, shard.start, shard.stop, shard.first, max_bytes)
