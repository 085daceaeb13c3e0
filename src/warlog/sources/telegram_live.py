"""Optional: a channel's history read live through Telethon (``pip install "warlog[telegram]"``), with the user's
own API id and hash (https://my.telegram.org) and the network.

The same contract as the export reader (``readers/telegram.py``): one ``RawInput`` per message with text (service
messages are not documents), ``SourceInfo`` with channel, channel id, post id, forward, reply and edit time,
links kept with their words, a bold first line as the title, media referenced, an album (messages sharing a
``grouped_id``) counted once. ``message_inputs`` converts Telethon ``Message`` objects and needs no network (the
tests give it recorded ones); ``read_history`` fetches them.

Telethon gives entity offsets in UTF-16 code units; they are converted to Python string indices here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError
from ..models import SourceInfo, SourceLink
from ..readers import RawInput


def _utf16_index(text: str) -> list[int]:
    """For each UTF-16 offset into ``text``, the Python index it falls at."""
    index: list[int] = []
    for position, char in enumerate(text):
        index.extend([position] * (2 if ord(char) > 0xFFFF else 1))
    index.append(len(text))
    return index


def _span(text: str, at: list[int], entity: Any) -> tuple[int, int]:
    start = at[min(entity.offset, len(at) - 1)]
    end = at[min(entity.offset + entity.length, len(at) - 1)]
    return start, end


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _peer_id(peer: Any) -> str | None:
    for attr, prefix in (("channel_id", "channel"), ("user_id", "user"), ("chat_id", "chat")):
        value = getattr(peer, attr, None)
        if value is not None:
            return f"{prefix}{value}"
    return None


def message_inputs(messages: Iterable[Any], channel: str, channel_id: int | str, *, username: str | None = None,
                   names: dict[str, str] | None = None, source: str | None = None) -> Iterator[RawInput]:
    """Posts of Telethon ``messages`` (oldest first or not) of the channel titled ``channel``.

    ``names``: display names of forwarded-from peers by id ("channel123"), resolved by the caller.
    """
    names = names or {}
    prefix = source or (f"https://t.me/{username}" if username else f"telegram:channel{channel_id}")
    posts: dict[int, RawInput] = {}
    album_post: dict[int, int] = {}
    loose_media: dict[int, list[str]] = {}
    for message in sorted(messages, key=lambda m: m.id):
        if type(message).__name__ != "Message":  # MessageService, MessageEmpty: not documents
            continue
        media = [f"{type(message.media).__name__}:{message.id}"] if getattr(message, "media", None) else []
        grouped = getattr(message, "grouped_id", None)
        text = message.message or ""
        if not text.strip():
            if grouped is not None:
                if grouped in album_post:
                    info = posts[album_post[grouped]].source_info
                    assert info is not None
                    info.media.extend(media)
                else:
                    loose_media.setdefault(grouped, []).extend(media)
            continue
        raw = _post(message, text, media, channel, channel_id, username, names, prefix)
        posts[message.id] = raw
        if grouped is not None:
            album_post[grouped] = message.id
            assert raw.source_info is not None
            raw.source_info.media[:0] = loose_media.pop(grouped, [])
    yield from posts.values()


def _post(message: Any, text: str, media: list[str], channel: str, channel_id: int | str, username: str | None,
          names: dict[str, str], prefix: str) -> RawInput:
    at = _utf16_index(text)
    links: list[tuple[str, str]] = []
    headline = None
    for entity in message.entities or []:
        kind = type(entity).__name__
        start, end = _span(text, at, entity)
        words = text[start:end]
        if kind == "MessageEntityTextUrl":
            links.append((words, entity.url))
        elif kind == "MessageEntityUrl":
            links.append((words, words if "://" in words else "https://" + words))
        elif kind == "MessageEntityBold" and start == 0 and "\n" not in words.strip():
            headline = words.strip() or None
    forward = getattr(message, "fwd_from", None)
    forwarded_id = _peer_id(forward.from_id) if forward is not None and forward.from_id is not None else None
    forwarded_name = (forward.from_name or names.get(forwarded_id or "", None) or forwarded_id) if forward else None
    reply = getattr(message, "reply_to", None)
    published = _utc(message.date)
    edited = _utc(getattr(message, "edit_date", None))
    info = SourceInfo(
        kind="telegram", channel=channel, channel_id=f"channel{channel_id}", post_id=str(message.id),
        url=f"https://t.me/{username}/{message.id}" if username else None,
        forwarded_from=forwarded_name, forwarded_from_id=forwarded_id,
        reply_to=str(reply.reply_to_msg_id) if reply is not None and reply.reply_to_msg_id else None,
        edited_at=edited.isoformat() if edited else None,
        links=[SourceLink(text=t, href=h) for t, h in links], media=media,
    )
    meta = {"outlet": channel}
    if published is not None:
        meta["published"] = published.date().isoformat()
    if headline:
        meta["title"] = headline
    if info.url:
        meta["url"] = info.url
    return RawInput(source=f"{prefix}/{message.id}", body=text, format="text", meta=meta, source_info=info,
                    links=links)


def read_history(channel: str, api_id: int, api_hash: str, *, session: Path, limit: int | None = None,
                 min_id: int = 0) -> Iterator[RawInput | InputError]:
    """Posts of ``channel`` (@username or t.me link) newer than ``min_id``, fetched live; needs the network."""
    try:
        from telethon import TelegramClient
    except ImportError:
        raise ConfigError("reading channels live needs Telethon, which is not installed; install it with "
                          "`pip install \"warlog[telegram]\"`, or export the channel with Telegram Desktop") from None

    async def fetch() -> tuple[Any, list[Any], dict[str, str]]:
        async with TelegramClient(str(session), api_id, api_hash) as client:
            entity = await client.get_entity(channel)
            messages = [m async for m in client.iter_messages(entity, limit=limit, min_id=min_id)]
            peers: dict[str, Any] = {}
            for m in messages:
                forward = getattr(m, "fwd_from", None)
                if forward is not None and forward.from_id is not None:
                    peers.setdefault(_peer_id(forward.from_id) or "", forward.from_id)
            names: dict[str, str] = {}
            for key, peer in peers.items():
                try:
                    names[key] = getattr(await client.get_entity(peer), "title", key)
                except ValueError:  # a private channel the account cannot see
                    names[key] = key
            return entity, messages, names

    try:
        entity, messages, names = asyncio.run(fetch())
    except OSError as exc:
        yield InputError(channel, f"cannot reach Telegram (offline?): {exc}")
        return
    yield from message_inputs(messages, getattr(entity, "title", channel), entity.id,
                              username=getattr(entity, "username", None), names=names)
