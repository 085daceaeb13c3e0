"""Parquet (``.parquet``, ``.pq``): one document per row, from a ``text`` or ``html`` column and the optional
``title``, ``outlet``, ``url``, ``published``/``date``, ``synthetic`` columns. Rows are numbered from 0 in the
source (``path[ROW]``); the file-size limit applies to each row, as for sharded JSONL. Needs pyarrow (the
``parquet`` extra); without it a Parquet input raises ``ConfigError`` saying how to install it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, ClassVar

from ..errors import ConfigError, InputError, OversizeInputError
from .base import META_KEYS, RawInput, Reader
from .json import json_record

PARQUET_SUFFIXES = (".parquet", ".pq")
PARQUET_COLUMNS = ("text", "html", *META_KEYS, "date")


def pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("reading Parquet inputs needs pyarrow, which is not installed; install it with "
                          "`pip install \"warlog[parquet]\"` (pyarrow), or convert the file to JSONL") from None
    return pq


def read_row_groups(path: str, start: int, stop: int | None, first: int,
                    max_bytes: int) -> Iterator[RawInput | InputError]:
    """Rows of row groups ``[start, stop)`` (``stop`` None: to the end), the first numbered ``first``."""
    pq = pyarrow_parquet()
    try:
        parquet = pq.ParquetFile(path)
        stop = parquet.metadata.num_row_groups if stop is None else stop
        columns = [c for c in PARQUET_COLUMNS if c in parquet.schema_arrow.names]
        table = parquet.read_row_groups(list(range(start, stop)), columns=columns)
    except (OSError, ValueError) as exc:  # pyarrow.ArrowInvalid subclasses ValueError
        yield InputError(path, f"cannot read Parquet row groups {start}-{stop}: {exc}")
        return
    for index, row in enumerate(table.to_pylist(), start=first):
        source = f"{path}[{index}]"
        record = {k: (v.isoformat() if isinstance(v, date | datetime) else v) for k, v in row.items()
                  if v is not None}
        size = sum(len(v) for v in record.values() if isinstance(v, str))
        if size > max_bytes:
            yield OversizeInputError(source, f"record too large ({size} characters > limit {max_bytes}); "
                                             "raise WARLOG_MAX_FILE_BYTES")
            continue
        yield json_record(record, source)


class ParquetReader(Reader):
    name: ClassVar[str] = "parquet"
    suffixes: ClassVar[tuple[str, ...]] = PARQUET_SUFFIXES

    def read(self, path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
        try:
            yield from read_row_groups(str(path), 0, None, 0, max_bytes)
        except ConfigError as exc:  # pyarrow missing: a line for this input, the batch goes on
            yield InputError(str(path), str(exc))
