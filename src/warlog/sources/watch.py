"""``warlog watch``: poll feeds, pages and folders where Telegram exports land, and ingest what is new.

The config is TOML::

    interval = 900                     # seconds between polls (default 900); --once polls once, for cron

    [[feed]]
    url = "https://example.org/rss"
    outlet = "Example News"            # optional: instead of the feed's title
    fetch_pages = true                 # optional: read each new item's page, not only the feed's summary

    [[url]]
    url = "https://example.org/article"

    [[telegram]]
    folder = "~/Downloads/Telegram Desktop"   # every Telegram export (result.json) under it
    channel_username = "example_channel"      # optional: posts get https://t.me/NAME/ID

What was seen is kept in the database (``sources.state``): ETag and Last-Modified of each feed and page (a 304
costs nothing), the feed items already ingested, the size and modification time of each export file (an
unchanged file is not read again) and the last post id per channel. Each source is ingested, then its state
saved; Ctrl-C between or during sources loses no stored document and leaves no state ahead of the store.
"""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..api import IngestSummary, ingest_inputs
from ..errors import ConfigError, InputError
from ..readers import RawInput, iter_inputs, walk
from ..readers.feed import read_feed
from ..settings import Settings
from ..store import Store, open_store
from .fetch import Fetcher
from .state import WatchState
from .web import url_inputs

DEFAULT_INTERVAL = 900.0


@dataclass(frozen=True)
class WatchConfig:
    feeds: list[dict[str, str]] = field(default_factory=list)
    urls: list[dict[str, str]] = field(default_factory=list)
    telegram: list[dict[str, str]] = field(default_factory=list)
    interval: float = DEFAULT_INTERVAL

    @classmethod
    def load(cls, path: Path) -> WatchConfig:
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read the watch config: {exc.strerror or exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        unknown = sorted(set(data) - {"feed", "url", "telegram", "interval"})
        if unknown:
            raise ConfigError(f"{path}: unknown key(s) {', '.join(unknown)}; known: interval, feed, url, telegram")
        sections: dict[str, list[dict[str, str]]] = {}
        for name, required in (("feed", "url"), ("url", "url"), ("telegram", "folder")):
            entries = data.get(name, [])
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                raise ConfigError(f"{path}: [[{name}]] must be a list of tables")
            for index, entry in enumerate(entries):
                if not isinstance(entry.get(required), str) or not entry[required].strip():
                    raise ConfigError(f"{path}: [[{name}]] number {index + 1} needs {required} = \"...\"")
                if not isinstance(entry.get("fetch_pages", False), bool):
                    raise ConfigError(f"{path}: [[{name}]] number {index + 1}: fetch_pages is true or false")
            sections[name] = [{k: (str(v).lower() if isinstance(v, bool) else str(v)) for k, v in e.items()}
                              for e in entries]
        interval = data.get("interval", DEFAULT_INTERVAL)
        if not isinstance(interval, int | float) or interval <= 0:
            raise ConfigError(f"{path}: interval must be a positive number of seconds")
        return cls(feeds=sections["feed"], urls=sections["url"], telegram=sections["telegram"],
                   interval=float(interval))

    def count(self) -> int:
        return len(self.feeds) + len(self.urls) + len(self.telegram)


@dataclass
class SourceOutcome:
    """What one source gave in one poll."""

    name: str
    summary: IngestSummary | None = None
    skipped: str | None = None  # why nothing was read: "not modified", "unchanged files"
    error: str | None = None


class Watcher:
    """One poll over every source of ``config`` into ``store``."""

    def __init__(self, config: WatchConfig, store: Store, settings: Settings, fetcher: Fetcher | None = None,
                 on_item: Callable[[str, str], Any] | None = None) -> None:
        self.config = config
        self.store = store
        self.settings = settings
        self.fetcher = fetcher or Fetcher.from_settings(settings)
        self.state = WatchState(store)
        self.on_item = on_item

    def poll(self, on_source: Callable[[SourceOutcome], Any] | None = None) -> list[SourceOutcome]:
        outcomes = []
        for run in (*(lambda e=e: self.feed(e) for e in self.config.feeds),
                    *(lambda e=e: self.page(e) for e in self.config.urls),
                    *(lambda e=e: self.exports(e) for e in self.config.telegram)):
            outcome = run()
            outcomes.append(outcome)
            if on_source is not None:
                on_source(outcome)
        return outcomes

    def _ingest(self, items: Iterator[RawInput | InputError] | list[RawInput | InputError],
                **meta: Any) -> IngestSummary:
        return ingest_inputs(items, self.store, settings=self.settings, on_item=self.on_item, **meta)

    def feed(self, entry: dict[str, str]) -> SourceOutcome:
        url = entry["url"]
        known = self.state.get("feed", url)
        try:
            fetched = self.fetcher.get(url, etag=known.get("etag"), last_modified=known.get("last_modified"))
        except InputError as exc:
            return SourceOutcome(url, error=exc.detail)
        if fetched.not_modified:
            return SourceOutcome(url, skipped="not modified")
        items = list(read_feed(fetched.content, url, feed_url=url))
        if len(items) == 1 and isinstance(items[0], InputError):  # not a feed at all, or no items: one line
            return SourceOutcome(url, error=items[0].detail)
        keys = {i.source: _item_key(url, i) for i in items if isinstance(i, RawInput)}
        seen = self.state.seen("feed-item", [k for k in keys.values() if k])
        fresh = [i for i in items if not (isinstance(i, RawInput) and keys[i.source] in seen)]
        if entry.get("fetch_pages") == "true":
            fresh = [self._with_page(i) if isinstance(i, RawInput) else i for i in fresh]
        summary = self._ingest(fresh, outlet=entry.get("outlet"))
        failed = {f.source for f in summary.failed}
        # an item is seen once stored (or found stored); a failed one is tried again with the next change
        self.state.put("feed-item", {k: {} for i in fresh if isinstance(i, RawInput)
                                     and (k := keys[i.source]) and i.source not in failed})
        self.state.put("feed", {url: {"etag": fetched.etag, "last_modified": fetched.last_modified}})
        return SourceOutcome(url, summary=summary)

    def _with_page(self, item: RawInput) -> RawInput:
        """The feed item with its page's article as the text; the item as it was if the page cannot be had."""
        url = item.meta.get("url")
        if not url:
            return item
        page = next((p for p in url_inputs(url, self.fetcher) if isinstance(p, RawInput) and p.format == "html"),
                    None)
        if page is None:  # robots.txt, a PDF, a timeout: the feed's own text still makes a document
            return item
        return RawInput(source=item.source, body=page.body, format="html", meta={**page.meta, **item.meta},
                        source_info=item.source_info, links=item.links)

    def page(self, entry: dict[str, str]) -> SourceOutcome:
        url = entry["url"]
        known = self.state.get("url", url)
        try:
            fetched = self.fetcher.get(url, etag=known.get("etag"), last_modified=known.get("last_modified"))
        except InputError as exc:
            return SourceOutcome(url, error=exc.detail)
        if fetched.not_modified:
            return SourceOutcome(url, skipped="not modified")
        summary = self._ingest(url_inputs(url, self.fetcher, fetched))
        if summary.ok:  # a page that failed is fetched again next time
            self.state.put("url", {url: {"etag": fetched.etag, "last_modified": fetched.last_modified}})
        return SourceOutcome(url, summary=summary)

    def exports(self, entry: dict[str, str]) -> SourceOutcome:
        folder = Path(entry["folder"]).expanduser()
        if not folder.is_dir():
            return SourceOutcome(str(folder), error="no such folder")
        try:
            files = [f for f in walk(folder) if f.name == "result.json"]
        except OSError as exc:
            return SourceOutcome(str(folder), error=f"cannot list folder: {exc.strerror or exc}")
        changed: dict[str, dict[str, Any]] = {}
        for file in files:
            stat = file.stat()
            mark = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
            if {k: v for k, v in self.state.get("export", str(file)).items() if k in mark} != mark:
                changed[str(file)] = mark
        if not changed:
            return SourceOutcome(str(folder), skipped="no new or changed exports")
        items = [i for f in changed for i in iter_inputs([Path(f)], self.settings.max_file_bytes)]
        summary = self._ingest(items, channel_username=entry.get("channel_username"))
        last: dict[str, dict[str, Any]] = {}
        for item in items:
            info = item.source_info if isinstance(item, RawInput) else None
            if info and info.channel_id and info.post_id and info.post_id.isdigit():
                best = last.setdefault(info.channel_id, {"last_id": 0})
                best["last_id"] = max(best["last_id"], int(info.post_id))
        failed_files = {f.source.split("#", 1)[0] for f in summary.failed}
        self.state.put("channel", last)
        self.state.put("export", {f: m for f, m in changed.items() if f not in failed_files})
        return SourceOutcome(str(folder), summary=summary)


def _item_key(feed_url: str, item: RawInput) -> str | None:
    info = item.source_info
    return f"{feed_url}#{info.post_id}" if info and info.post_id else None


def watch(config: WatchConfig, db: str | Path, settings: Settings, *, once: bool = False,
          on_item: Callable[[str, str], Any] | None = None, on_source: Callable[[SourceOutcome], Any] | None = None,
          on_poll: Callable[[list[SourceOutcome]], Any] | None = None,
          sleep: Callable[[float], Any] = time.sleep) -> int:
    """Poll until interrupted (or once); returns the number of polls. KeyboardInterrupt propagates."""
    store = open_store(db)
    polls = 0
    try:
        with Fetcher.from_settings(settings) as fetcher:
            watcher = Watcher(config, store, settings, fetcher, on_item)
            while True:
                outcomes = watcher.poll(on_source)
                polls += 1
                if on_poll is not None:
                    on_poll(outcomes)
                if once:
                    return polls
                sleep(config.interval)
    finally:
        store.close()
