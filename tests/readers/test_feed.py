"""RSS and Atom feeds: one document per item, outlet = the feed's title; an HTML page is not a feed."""

from __future__ import annotations

from pathlib import Path

from warlog.errors import EmptyInputError, MalformedInputError
from warlog.readers import RawInput, iter_inputs

FEEDS = Path(__file__).parent / "fixtures" / "feeds"
LIMIT = 1_000_000


def test_rss_items_with_full_content_or_summary() -> None:
    path = FEEDS / "border_desk.rss"
    first, second, third = iter_inputs([path], LIMIT)
    assert isinstance(first, RawInput) and isinstance(second, RawInput)
    assert first.body == ("Several private homes were damaged by shelling in Shebekino on Sunday evening, the town "
                          "administration said.\n\nOne man was taken to hospital with shrapnel wounds.")
    assert first.meta == {"title": "Shelling damages homes in Shebekino", "outlet": "Border Desk",
                          "url": "https://border-desk.example/2024/03/shebekino", "published": "2024-03-04"}
    assert second.body.startswith("Schools in Sumy will teach remotely") and "<p>" not in second.body
    assert second.source_info is not None and second.source_info.post_id == "bd-2024-0305-sumy"
    assert second.source_info.kind == "feed" and second.source_info.channel == "Border Desk"
    assert isinstance(third, EmptyInputError) and str(third).startswith(f"{path}#2: feed item has no text")


def test_atom_entry() -> None:
    (entry,) = iter_inputs([FEEDS / "river_watch.atom"], LIMIT)
    assert isinstance(entry, RawInput)
    assert entry.meta["outlet"] == "River Watch" and entry.meta["published"] == "2024-03-06"
    assert entry.body.startswith("The regional administration closed a ferry crossing")
    assert entry.source_info is not None and entry.source_info.edited_at == "2024-03-06T10:00:00+00:00"


def test_html_saved_as_a_feed_is_one_line() -> None:
    path = FEEDS / "not_a_feed.rss"
    (item,) = iter_inputs([path], LIMIT)
    assert isinstance(item, MalformedInputError)
    assert str(item).startswith(f"{path}: not a feed: an HTML page")
