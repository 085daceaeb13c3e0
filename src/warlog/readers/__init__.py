"""The registry of input readers, used by local ingest and by the sharded (Dask) path alike.

A file goes to the first reader that recognises its content (``Reader.sniff`` on the file's first bytes), else
to the reader of its suffix; a file no reader takes is an ``UnsupportedInputError`` naming the suffixes known.
Built-in readers: text, Markdown, HTML, JSON, JSON Lines, Parquet, Telegram Desktop exports, RSS/Atom feeds.
Other packages add readers through the entry point group ``warlog.readers`` (an entry point names a ``Reader``
subclass), and code can call ``register`` directly::

    [project.entry-points."warlog.readers"]
    csv = "mypackage.readers:CsvReader"
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from importlib.metadata import entry_points
from pathlib import Path

from ..errors import ConfigError, InputError, UnsupportedInputError
from .base import META_KEYS, Format, RawInput, Reader, normalize_date, normalize_meta
from .feed import FeedReader
from .html import HtmlReader
from .json import JsonLinesReader, JsonReader, json_line, json_record
from .parquet import ParquetReader
from .telegram import TelegramReader, skip_export_media
from .text import MarkdownReader, TextReader, split_front_matter

__all__ = ["META_KEYS", "Format", "RawInput", "Reader", "iter_inputs", "json_line", "json_record", "normalize_date",
           "normalize_meta", "reader_for", "readers", "register", "split_front_matter", "supported_suffixes",
           "unregister", "walk"]

ENTRY_POINT_GROUP = "warlog.readers"
SNIFF_BYTES = 4096
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

_BUILTIN: tuple[type[Reader], ...] = (TextReader, MarkdownReader, HtmlReader, JsonReader, JsonLinesReader,
                                      ParquetReader, TelegramReader, FeedReader)
_registered: list[Reader] = []
_plugins_loaded = False


def register(reader: Reader | type[Reader]) -> Reader:
    """Add a reader; readers registered later are asked first, so a plugin can take over a suffix."""
    instance = reader() if isinstance(reader, type) else reader
    if not instance.name:
        raise ConfigError(f"reader {type(instance).__name__} has no name")
    _registered.insert(0, instance)
    return instance


def unregister(name: str) -> None:
    """Remove the registered (non built-in) reader called ``name``."""
    _registered[:] = [r for r in _registered if r.name != name]


def _load_plugins() -> None:
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = point.load()
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"reader plugin {point.name!r} ({point.value}) cannot be loaded: {exc}") from exc
        if not (isinstance(loaded, Reader) or (isinstance(loaded, type) and issubclass(loaded, Reader))):
            raise ConfigError(f"reader plugin {point.name!r} ({point.value}) is not a warlog.readers.Reader")
        register(loaded)


def readers() -> list[Reader]:
    """Every reader, in the order they are asked: registered and plugin readers first, then the built-ins."""
    _load_plugins()
    return [*_registered, *_builtins()]


_builtin_instances: list[Reader] = []


def _builtins() -> list[Reader]:
    if not _builtin_instances:
        _builtin_instances.extend(cls() for cls in _BUILTIN)
    return _builtin_instances


def supported_suffixes() -> list[str]:
    seen: list[str] = []
    for reader in readers():
        seen.extend(s for s in reader.suffixes if s not in seen)
    return seen


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(SNIFF_BYTES)
    except OSError:
        return b""


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path``: the first whose ``sniff`` recognises the content, else the first by suffix."""
    everyone = readers()
    head = _head(path)
    for reader in everyone:
        if reader.sniff(path, head):
            return reader
    suffix = path.suffix.lower()
    return next((r for r in everyone if suffix in r.suffixes), None)


def walk(root: Path) -> list[Path]:
    """Every file under ``root`` (hidden names skipped), sorted by path parts; raises OSError."""
    def fail(exc: OSError) -> None:
        raise exc

    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=fail):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(folder) / f for f in files if not f.startswith("."))
    return sorted(skip_export_media(found), key=lambda p: p.relative_to(root).parts)


def read_file(path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
    """One file through its reader; an unknown format is one ``UnsupportedInputError``."""
    reader = reader_for(path)
    if reader is None:
        kind = path.suffix.lower() or "(no extension)"
        yield UnsupportedInputError(str(path), f"unsupported file type {kind!r}; supported: "
                                               f"{', '.join(supported_suffixes())}")
        return
    yield from reader.read(path, max_bytes)


def iter_inputs(paths: Iterable[str | Path], max_bytes: int) -> Iterator[RawInput | InputError]:
    """Every input under ``paths`` (files, or folders walked recursively), in sorted order."""
    if isinstance(paths, str | Path):  # a lone path, not an iterable of one-character paths
        paths = [paths]
    for given in paths:
        if isinstance(given, str) and _URL.match(given):  # Path() would make "https:/host/..." of it
            yield InputError(given, "a URL, not a file: URLs are fetched by `warlog ingest` with the local engine "
                                    "(warlog.sources.iter_sources), over http or https only")
            continue
        path = Path(given)
        if path.is_dir():
            try:
                files = walk(path)
            except OSError as exc:
                yield InputError(str(path), f"cannot list folder: {exc.strerror or exc}")
                continue
            for file in files:
                yield from read_file(file, max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes)
        else:
            yield InputError(str(path), "no such file or folder")
