"""Telegram Desktop exports: one document per message, rich text, forwards, replies, edits, albums, bad exports."""

from __future__ import annotations

import json
from pathlib import Path

from warlog.errors import EmptyInputError, InputError, MalformedInputError
from warlog.readers import RawInput, iter_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "telegram"
EXPORT = FIXTURES / "frontline" / "result.json"
LIMIT = 1_000_000


def posts(path: Path) -> dict[str, RawInput]:
    items = list(iter_inputs([path], LIMIT))
    assert all(isinstance(i, RawInput) for i in items), [str(i) for i in items if isinstance(i, InputError)]
    return {i.source_info.post_id: i for i in items if isinstance(i, RawInput) and i.source_info}


def test_one_document_per_message_service_and_textless_skipped() -> None:
    found = posts(EXPORT)
    # 101 is a service message, 106 an album sibling without caption, 109 a sticker without text
    assert sorted(found) == ["102", "103", "104", "105", "107", "108"]
    first = found["102"]
    assert first.source == f"{EXPORT}#102"
    assert first.meta["outlet"] == "Frontline Notes" and first.meta["published"] == "2024-03-02"
    assert first.source_info is not None and first.source_info.kind == "telegram"
    assert first.source_info.channel_id == "channel1500000001"


def test_array_text_keeps_links_and_bold_headline() -> None:
    post = posts(EXPORT)["103"]
    assert post.body.startswith("Depot fire near Belgorod\nA fuel depot caught fire")
    assert "according to Meduza. Local officials" in post.body
    assert post.meta["title"] == "Depot fire near Belgorod"
    assert post.links == [("Meduza", "https://meduza.io/news/2024/03/02/depot"),
                          ("https://t.me/otherwatch/55", "https://t.me/otherwatch/55")]
    start = post.body.index("Meduza")
    assert post.body[start:start + len("Meduza")] == "Meduza"


def test_forward_reply_edit_and_album_metadata() -> None:
    found = posts(EXPORT)
    forward = found["104"].source_info
    assert forward is not None
    assert (forward.forwarded_from, forward.forwarded_from_id) == ("Night Watch Channel", "channel1500000002")
    assert found["107"].source_info is not None and found["107"].source_info.reply_to == "102"
    assert found["108"].source_info is not None and found["108"].source_info.edited_at == "2024-03-04T07:20:00+00:00"
    album = found["105"].source_info
    assert album is not None and album.media == ["photos/photo_1@03-03-2024_12-00-00.jpg",
                                                 "photos/photo_2@03-03-2024_12-00-00.jpg"]


def test_published_is_utc_from_unixtime_not_local_date(tmp_path: Path) -> None:
    export = tmp_path / "result.json"
    # 23:30 UTC on 1 March; the exporting machine (UTC+3) wrote 2 March in "date"
    export.write_text(json.dumps({"name": "C", "type": "public_channel", "id": 7, "messages": [
        {"id": 1, "type": "message", "date": "2024-03-02T02:30:00", "date_unixtime": "1709335800",
         "from": "C", "from_id": "channel7", "text": "Late report."}]}), encoding="utf-8")
    assert posts(export)["1"].meta["published"] == "2024-03-01"


def test_full_account_export_reads_every_chat_and_names_the_empty_one() -> None:
    path = FIXTURES / "account" / "result.json"
    items = list(iter_inputs([path], LIMIT))
    read = [i for i in items if isinstance(i, RawInput)]
    assert [i.source for i in read] == [f"{path}#1500000001/102", f"{path}#1500000001/103"]
    (empty,) = [i for i in items if isinstance(i, InputError)]
    assert isinstance(empty, EmptyInputError)
    assert str(empty) == f"{path}#1500000003: channel 'Quiet Channel' has no posts with text"


def test_truncated_export_is_one_line(tmp_path: Path) -> None:
    export = tmp_path / "result.json"
    export.write_text(EXPORT.read_text("utf-8")[:900], encoding="utf-8")
    (item,) = iter_inputs([export], LIMIT)
    assert isinstance(item, MalformedInputError)
    assert str(item).startswith(f"{export}: not a complete Telegram export (truncated or hand-edited?)")


def test_unknown_part_type_fails_that_message_only(tmp_path: Path) -> None:
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "C", "type": "public_channel", "id": 7, "messages": [
        {"id": 1, "type": "message", "date_unixtime": "1709335800", "from_id": "channel7",
         "text": [{"type": "hologram", "text": "x"}]},
        {"id": 2, "type": "message", "date_unixtime": "1709335900", "from_id": "channel7", "text": "Fine."}]}),
        encoding="utf-8")
    bad, good = iter_inputs([export], LIMIT)
    assert str(bad) == f"{export}#1: text part 0 has an unknown type 'hologram'"
    assert isinstance(good, RawInput) and good.body == "Fine."
