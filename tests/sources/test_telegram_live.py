"""The optional Telethon reader on recorded message objects (real Telethon types, no network)."""

from __future__ import annotations

import builtins
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from warlog.errors import ConfigError
from warlog.sources.telegram_live import message_inputs, read_history

types = pytest.importorskip("telethon.tl.types", reason="Telethon is optional (the telegram extra)")

CHANNEL = 1500000001
AT = datetime(2024, 3, 3, 12, 0, tzinfo=UTC)


def message(id: int, text: str, **kw: Any) -> Any:  # noqa: A002 (Telethon's name)
    return types.Message(id=id, peer_id=types.PeerChannel(CHANNEL), date=kw.pop("date", AT), message=text,
                         post=True, **kw)


def recorded() -> list[Any]:
    headline = "Депо в огне"  # Cyrillic, then an emoji outside the BMP: UTF-16 offsets differ from Python's
    text = f"{headline}\n🔥 A depot burned near Belgorod, according to Meduza."
    bold = types.MessageEntityBold(offset=0, length=len(headline))
    link_at = len((text[:text.index("Meduza")]).encode("utf-16-le")) // 2
    return [
        types.MessageService(id=1, peer_id=types.PeerChannel(CHANNEL), date=AT,
                             action=types.MessageActionChannelCreate(title="Frontline Notes")),
        message(2, text, entities=[bold, types.MessageEntityTextUrl(offset=link_at, length=6,
                                                                    url="https://meduza.io/news/depot")]),
        message(3, "Soldiers recorded an appeal about their training.",
                fwd_from=types.MessageFwdHeader(date=AT, from_id=types.PeerChannel(1500000002), channel_post=77)),
        message(4, "Photos from the damaged school.", grouped_id=555, media=types.MessageMediaPhoto()),
        message(5, "", grouped_id=555, media=types.MessageMediaPhoto()),
        message(6, "Update: three wounded.", reply_to=types.MessageReplyHeader(reply_to_msg_id=2),
                edit_date=datetime(2024, 3, 3, 13, 0, tzinfo=UTC)),
    ]


def test_recorded_messages_follow_the_export_reader_contract() -> None:
    posts = {p.source_info.post_id: p for p in message_inputs(  # type: ignore[union-attr]
        recorded(), "Frontline Notes", CHANNEL, username="frontline_notes",
        names={"channel1500000002": "Night Watch Channel"})}
    assert sorted(posts) == ["2", "3", "4", "6"]  # the service message and the album's second photo are not posts
    first = posts["2"]
    assert first.meta == {"outlet": "Frontline Notes", "published": "2024-03-03", "title": "Депо в огне",
                          "url": "https://t.me/frontline_notes/2"}
    assert first.links == [("Meduza", "https://meduza.io/news/depot")]
    assert first.source == "https://t.me/frontline_notes/2"
    forward = posts["3"].source_info
    assert forward is not None
    assert (forward.forwarded_from, forward.forwarded_from_id) == ("Night Watch Channel", "channel1500000002")
    assert posts["4"].source_info is not None and posts["4"].source_info.media == [
        "MessageMediaPhoto:4", "MessageMediaPhoto:5"]
    reply = posts["6"].source_info
    assert reply is not None and reply.reply_to == "2" and reply.edited_at == "2024-03-03T13:00:00+00:00"


def test_without_telethon_the_error_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real = builtins.__import__

    def no_telethon(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("telethon"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_telethon)
    with pytest.raises(ConfigError, match=r"pip install \"warlog\[telegram\]\""):
        list(read_history("@frontline_notes", 1, "hash", session=tmp_path / "s"))
