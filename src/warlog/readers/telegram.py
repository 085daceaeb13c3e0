"""Telegram Desktop exports (``result.json``): one chat, or a full-account export with chats under ``chats.list``.

One document per message of type ``message`` (service messages are not documents). The text comes from the
string form or the array form (plain strings and ``{type, text, href}`` parts); links keep their words and
target (they become citations). ``date_unixtime`` gives the publication time in UTC (``date`` is in the
exporting machine's time zone), ``edited_unixtime`` the time of the last edit: the same post edited is a new
version of one document (the store keeps the newest, see ``store.versions``). ``forwarded_from`` names the
origin a forward relays; ``reply_to_message_id`` keeps the thread. Captions of photos and videos are their text;
media files are referenced, not read. An album is exported as one message per photo, the caption on one of
them: the caption-less siblings sent at the same second add their media to that post instead of being posts.

Sources are ``path#ID`` (one chat) or ``path#CHAT_ID/ID`` (full-account export). Exports are read whole; the
file limit is ``EXPORT_SIZE_FACTOR`` times ``WARLOG_MAX_FILE_BYTES`` and each message's text is held to the limit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from ..errors import EmptyInputError, InputError, MalformedInputError, OversizeInputError
from ..models import SourceInfo, SourceLink
from .base import RawInput, Reader, read_limited
from .decode import decode_bytes

EXPORT_SIZE_FACTOR = 50
# Entity types Telegram Desktop writes (export_output_json.cpp); text of any of them is kept as is.
KNOWN_PART_TYPES = frozenset({
    "plain", "bold", "italic", "underline", "strikethrough", "code", "pre", "spoiler", "blockquote",
    "link", "text_link", "mention", "mention_name", "hashtag", "cashtag", "bot_command", "email", "phone",
    "bank_card", "custom_emoji", "unknown",
})
_CHAT_TYPES = ("public_channel", "private_channel", "public_supergroup", "private_supergroup", "private_group",
               "personal_chat", "bot_chat", "saved_messages")
_SNIFF = re.compile(rb'"type"\s*:\s*"(?:' + b"|".join(t.encode() for t in _CHAT_TYPES) + rb')"'
                    rb'|"personal_information"\s*:|"chats"\s*:\s*\{')
_ALBUM_GAP_SECONDS = 1


class TelegramReader(Reader):
    name: ClassVar[str] = "telegram"
    suffixes: ClassVar[tuple[str, ...]] = ()  # chosen by content only: a .json that looks like an export

    def sniff(self, path: Path, head: bytes) -> bool:
        return path.suffix.lower() == ".json" and _SNIFF.search(head) is not None

    def read(self, path: Path, max_bytes: int) -> Iterator[RawInput | InputError]:
        source = str(path)
        try:
            data = json.loads(decode_bytes(read_limited(path, max_bytes * EXPORT_SIZE_FACTOR), source))
        except InputError as exc:
            yield exc
            return
        except json.JSONDecodeError as exc:
            yield MalformedInputError(source, f"not a complete Telegram export (truncated or hand-edited?): invalid "
                                              f"JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
            return
        yield from read_export(data, source, max_bytes)


def read_export(data: object, source: str, max_bytes: int) -> Iterator[RawInput | InputError]:
    """The posts of a parsed export (one chat, or ``chats.list`` of a full-account export)."""
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        yield from read_chat(data, source, max_bytes)
        return
    chats = data.get("chats") if isinstance(data, dict) else None
    listed = chats.get("list") if isinstance(chats, dict) else None
    if not isinstance(listed, list):
        yield MalformedInputError(source, "not a Telegram export: no 'messages' list and no 'chats.list'")
        return
    if not listed:
        yield EmptyInputError(source, "Telegram export has no chats")
    for chat in listed:
        if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
            yield MalformedInputError(source, "a chat in 'chats.list' has no 'messages' list")
            continue
        yield from read_chat(chat, f"{source}#{chat.get('id', '?')}/", max_bytes)


def read_chat(chat: dict[str, Any], prefix: str, max_bytes: int) -> Iterator[RawInput | InputError]:
    """One chat's posts; ``prefix`` is the source up to the message id (``path`` or ``path#CHAT/``)."""
    source = prefix.rstrip("/") if prefix.endswith("/") else prefix
    base = prefix if prefix.endswith("/") else prefix + "#"
    name = str(chat.get("name") or "").strip() or None
    chat_id = f"channel{chat['id']}" if isinstance(chat.get("id"), int | str) else None
    posts: list[RawInput] = []
    failures = 0
    for message in chat["messages"]:
        if not isinstance(message, dict) or message.get("type") != "message":
            continue  # service messages (joined, pinned, title changed) are not documents
        msg_source = f"{base}{message.get('id', '?')}"
        try:
            post = _post(message, msg_source, name, chat_id, max_bytes)
        except InputError as exc:
            failures += 1
            yield exc
            continue
        if post is None:
            continue
        if not post.body.strip():
            _join_album(posts, post, message)
            continue
        posts.append(post)
    if not posts and not failures:
        yield EmptyInputError(source, f"channel {name or chat_id or '?'!r} has no posts with text")
    yield from posts


def _join_album(posts: list[RawInput], post: RawInput, message: dict[str, Any]) -> None:
    """A caption-less photo sent with the previous post (an album) adds its media to that post."""
    if not posts or post.source_info is None or not post.source_info.media:
        return
    last = posts[-1]
    assert last.source_info is not None
    same_sender = last.source_info.channel_id == post.source_info.channel_id
    gap = abs(int(message.get("date_unixtime") or 0) - int(last.meta.get("_unixtime", "0")))
    if same_sender and gap <= _ALBUM_GAP_SECONDS:
        last.source_info.media.extend(post.source_info.media)


def _utc(value: object) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(str(value)), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _post(message: dict[str, Any], source: str, channel: str | None, chat_id: str | None,
          max_bytes: int) -> RawInput | None:
    text, links, headline = message_text(message.get("text", ""), source)
    if len(text) > max_bytes:
        raise OversizeInputError(source, f"message too large ({len(text)} characters > limit {max_bytes}); "
                                         "raise WARLOG_MAX_FILE_BYTES")
    published = _utc(message.get("date_unixtime"))
    if published is None:
        raise MalformedInputError(source, "message has no valid 'date_unixtime'")
    edited = _utc(message.get("edited_unixtime")) if message.get("edited_unixtime") else None
    media = [str(message[k]) for k in ("photo", "file") if isinstance(message.get(k), str)
             and not str(message[k]).startswith("(File")]
    from_id = message.get("from_id")
    forwarded_id = message.get("forwarded_from_id")
    # The chat is the channel (in a group, "from" is the member who wrote; the group is the outlet).
    info = SourceInfo(
        kind="telegram", channel=channel or (str(message["from"]) if message.get("from") else None),
        channel_id=chat_id or (str(from_id) if isinstance(from_id, str) and from_id else None),
        post_id=str(message.get("id")) if message.get("id") is not None else None,
        forwarded_from=str(message["forwarded_from"]) if message.get("forwarded_from") else None,
        forwarded_from_id=str(forwarded_id) if forwarded_id else None,
        reply_to=str(message["reply_to_message_id"]) if message.get("reply_to_message_id") is not None else None,
        edited_at=edited.isoformat() if edited else None,
        links=[SourceLink(text=t, href=h) for t, h in links],
        media=media,
    )
    meta = {"published": published.date().isoformat(), "_unixtime": str(int(published.timestamp()))}
    if info.channel:
        meta["outlet"] = info.channel
    if headline:
        meta["title"] = headline
    return RawInput(source=source, body=text, format="text", meta=meta, source_info=info, links=links)


def message_text(value: object, source: str) -> tuple[str, list[tuple[str, str]], str | None]:
    """The plain text of a message's ``text`` field, its links (words, target) and a bold first-line headline."""
    if isinstance(value, str):
        return value, [], None
    if not isinstance(value, list):
        raise MalformedInputError(source, f"field 'text' must be a string or a list, got {type(value).__name__}")
    pieces: list[str] = []
    links: list[tuple[str, str]] = []
    headline: str | None = None
    for index, part in enumerate(value):
        if isinstance(part, str):
            pieces.append(part)
            continue
        if not isinstance(part, dict) or not isinstance(part.get("text"), str):
            raise MalformedInputError(source, f"text part {index} is neither a string nor a {{type, text}} object")
        kind = part.get("type")
        if kind not in KNOWN_PART_TYPES:
            raise MalformedInputError(source, f"text part {index} has an unknown type {kind!r}")
        words = part["text"]
        if kind == "text_link" and isinstance(part.get("href"), str):
            links.append((words, part["href"]))
        elif kind == "link":
            links.append((words, words if "://" in words else "https://" + words))
        if index == 0 and kind == "bold" and "\n" not in words.strip():
            headline = words.strip() or None
        pieces.append(words)
    return "".join(pieces), links, headline


def skip_export_media(files: list[Path]) -> list[Path]:
    """``files`` without the media of Telegram exports among them: the files in the subfolders (photos/,
    video_files/, files/ ...) of a folder holding an export's ``result.json`` are referenced, not read."""
    sniffer = TelegramReader()
    roots = []
    for file in files:
        if file.name == "result.json":
            try:
                with file.open("rb") as fh:
                    head = fh.read(4096)
            except OSError:
                continue
            if sniffer.sniff(file, head):
                roots.append(file.parent)
    if not roots:
        return files
    return [f for f in files if not any(f.parent != root and f.is_relative_to(root) for root in roots)]
