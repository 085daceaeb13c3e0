"""Ingest speed for a Telegram Desktop export: a generated channel export of N posts, read, ingested, re-imported.

    python -m benchmarks telegram-ingest --posts 10000 --ingest-posts 1000
    PYTHONPATH=src python benchmarks/telegram_ingest.py --posts 10000 --ingest-posts 1000 [--json]

Measures, on one process:
1. reading: the Telegram reader over the N-post export (JSON parse, text parts, album joining), posts/s;
2. full ingest (clean, fingerprint, the whole pipeline, store, link) of the first M posts (an export of M posts
   from the same generator), posts/s; the N-post figure is N / that rate, since ingest is linear in posts;
3. re-import of the same M-post export (every post stored already: skipped before any NLP), posts/s;
4. a newer export of the M posts with 1% edited and 1% new: seconds, and what it added.

The posts are generated from templates written for this benchmark (no real channel's text): short reports of
shelling, drone attacks, power cuts and evacuations in invented combinations, with bold headlines, links,
forwards, replies, albums and service messages in about the proportions a news channel has.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PLACES = ["Kupiansk", "Vovchansk", "Izium", "Lyman", "Siversk", "Kostiantynivka", "Huliaipole", "Orikhiv",
          "Nikopol", "Marhanets", "Kherson", "Beryslav", "Sumy", "Shostka", "Okhtyrka", "Belgorod", "Shebekino",
          "Kursk", "Rylsk", "Bryansk"]
WHO = ["the regional governor", "the city administration", "the local council", "emergency services",
       "the mayor", "police", "the regional military administration", "residents"]
EVENTS = [
    "{n} people were wounded when shells hit a residential street in {place}, {who} said.",
    "A drone struck an energy facility near {place} overnight, leaving about {k} homes without power, according "
    "to {who}.",
    "{who} reported that {n} civilians were killed in a missile strike on {place} on {day}.",
    "Air defence units shot down {n} drones over the {place} district, {who} claimed.",
    "Evacuation of families with children from {place} continues; {k} people have left this week, {who} said.",
    "A fire broke out at a fuel depot in {place} after an explosion; {who} did not name the cause.",
    "Shelling damaged a school and {n} houses in {place}. No one was hurt, {who} added.",
    "Trains to {place} are delayed after the railway line was damaged, {who} wrote.",
]
TAILS = ["Details are being clarified.", "We will update this post.", "Photos from the scene below.",
         "Earlier we reported on the alerts in the region.", ""]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
START = 1_704_067_200  # 2024-01-01 00:00 UTC


def _text(rng: random.Random) -> tuple[Any, str]:
    place = rng.choice(PLACES)
    body = rng.choice(EVENTS).format(place=place, who=rng.choice(WHO), n=rng.randint(1, 9),
                                     k=rng.randint(2, 90) * 100, day=rng.choice(DAYS))
    body = body[0].upper() + body[1:]
    tail = rng.choice(TAILS)
    roll = rng.random()
    if roll < 0.3:  # rich text: bold headline, a link
        return [{"type": "bold", "text": f"{place}: update"}, "\n" + body + " ",
                {"type": "text_link", "text": "Source", "href": f"https://news.example/{rng.randint(1, 10**6)}"},
                " " + tail], body
    return body + (" " + tail if tail else ""), body


def generate(posts: int, seed: int = 7) -> dict[str, Any]:
    """A channel export with ``posts`` text posts (plus service messages and caption-less album photos)."""
    rng = random.Random(seed)
    messages: list[dict[str, Any]] = []
    when = START
    msg_id = 1
    made = 0
    while made < posts:
        when += rng.randint(60, 1800)
        if rng.random() < 0.02:
            messages.append({"id": msg_id, "type": "service", "date_unixtime": str(when), "action": "pin_message",
                             "message_id": max(1, msg_id - 3), "text": ""})
            msg_id += 1
            continue
        text, _ = _text(rng)
        message: dict[str, Any] = {"id": msg_id, "type": "message", "date_unixtime": str(when),
                                   "from": "Bench Channel", "from_id": "channel1999999999", "text": text}
        roll = rng.random()
        if roll < 0.15:
            message["forwarded_from"] = rng.choice(["Night Desk", "Border Watch", "Regional Alerts"])
        elif roll < 0.25 and msg_id > 1:
            message["reply_to_message_id"] = msg_id - rng.randint(1, min(msg_id - 1, 20))
        if rng.random() < 0.05:
            message["edited_unixtime"] = str(when + rng.randint(60, 3600))
        album = rng.random() < 0.1
        if album:
            message["photo"] = f"photos/photo_{msg_id}.jpg"
        messages.append(message)
        msg_id += 1
        made += 1
        if album:
            messages.append({"id": msg_id, "type": "message", "date_unixtime": str(when), "from": "Bench Channel",
                             "from_id": "channel1999999999", "photo": f"photos/photo_{msg_id}.jpg", "text": ""})
            msg_id += 1
    return {"name": "Bench Channel", "type": "public_channel", "id": 1999999999, "messages": messages}


def newer(export: dict[str, Any], share: float = 0.01, seed: int = 8) -> tuple[dict[str, Any], int, int]:
    """The same channel later: ``share`` of the posts edited and as many new posts; (export, edited, new)."""
    rng = random.Random(seed)
    messages = [dict(m) for m in export["messages"]]
    posts = [m for m in messages if m["type"] == "message" and m["text"]]
    edited = rng.sample(posts, max(1, int(len(posts) * share)))
    for m in edited:
        text = m["text"] if isinstance(m["text"], str) else "".join(
            p if isinstance(p, str) else p["text"] for p in m["text"])
        m["text"] = text + " Correction: the figures were updated later in the day."
        m["edited_unixtime"] = str(int(m.get("edited_unixtime", m["date_unixtime"])) + 86_400)
    extra = generate(len(edited), seed=seed + 1)["messages"]
    last_id = messages[-1]["id"]
    added = 0
    for m in extra:
        if m["type"] == "message" and m["text"]:
            m["id"] = last_id + 1 + added
            m["date_unixtime"] = str(int(messages[-1]["date_unixtime"]) + 600 * (added + 1))
            m.pop("reply_to_message_id", None)
            messages.append(m)
            added += 1
    return {**export, "messages": messages}, len(edited), added


def _write(export: dict[str, Any], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _seed_versions(export: Path, db: Path, settings: Any) -> None:
    """Record every post of ``export`` as stored (the version rows only), as after a full ingest of it."""
    import warlog
    from warlog.readers import RawInput, iter_inputs
    from warlog.store.versions import PostVersions, post_key

    with warlog.open(db, settings=settings) as store:
        versions = PostVersions(store.store)
        with versions.links.write("seed"):
            for item in iter_inputs([export], settings.max_file_bytes):
                if isinstance(item, RawInput) and (key := post_key(item.source_info)):
                    versions.record(key, "d" + key, item.source_info.edited_at if item.source_info else None)


def run(posts: int, ingest_posts: int) -> dict[str, Any]:
    import warlog
    from warlog.readers import RawInput, iter_inputs
    from warlog.settings import Settings

    settings = Settings.from_env()
    out: dict[str, Any] = {"posts": posts, "ingest_posts": ingest_posts}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        big = _write(generate(posts), root / "big")
        out["export_bytes"] = big.stat().st_size
        started = time.perf_counter()
        read = sum(1 for i in iter_inputs([big], settings.max_file_bytes) if isinstance(i, RawInput))
        seconds = time.perf_counter() - started
        out["read"] = {"documents": read, "seconds": round(seconds, 2), "posts_per_s": round(read / seconds)}
        # re-importing the whole N-post export into a store that holds it: the skip path at full size
        big_db = root / "big.db"
        _seed_versions(big, big_db, settings)
        started, cpu = time.perf_counter(), time.process_time()
        skipped = warlog.ingest([big], big_db, settings=settings)
        out["reimport_full_size"] = {"unchanged": len(skipped.unchanged), "new": len(skipped.new),
                                     "seconds": round(time.perf_counter() - started, 2),
                                     "cpu_seconds": round(time.process_time() - cpu, 2)}

        small = generate(ingest_posts)
        path = _write(small, root / "small")
        db = root / "bench.db"
        warlog.ingest(["warmup"], db, settings=settings, link=False)  # a missing path: loads nothing heavy
        warlog.extract("Shelling hit a street in Kupiansk, the governor said.", settings=settings)  # model loaded
        started, cpu = time.perf_counter(), time.process_time()
        first = warlog.ingest([path], db, settings=settings)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        # the box is shared: CPU seconds of this process say more than wall time
        out["ingest"] = {"new": len(first.new), "duplicates": len(first.duplicates), "failed": len(first.failed),
                         "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
                         "posts_per_s": round(ingest_posts / seconds, 1),
                         "posts_per_cpu_s": round(ingest_posts / cpu, 1),
                         "projected_cpu_seconds_for_posts": round(posts / (ingest_posts / cpu))}
        started, cpu = time.perf_counter(), time.process_time()
        again = warlog.ingest([path], db, settings=settings)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        out["reimport"] = {"unchanged": len(again.unchanged), "new": len(again.new), "seconds": round(seconds, 2),
                           "cpu_seconds": round(cpu, 2), "posts_per_s": round(ingest_posts / seconds)}
        later, edited, added = newer(small)
        later_path = _write(later, root / "later")
        started = time.perf_counter()
        third = warlog.ingest([later_path], db, settings=settings)
        out["newer_export"] = {"edited_in_export": edited, "new_in_export": added, "new": len(third.new),
                               "updated": len(third.updated), "unchanged": len(third.unchanged),
                               "seconds": round(time.perf_counter() - started, 1)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000, help="posts in the export read (default 10000)")
    parser.add_argument("--ingest-posts", type=int, default=1_000,
                        help="posts of the export ingested in full (default 1000; the rate is per post)")
    parser.add_argument("--write", type=Path, help="only write the generated N-post export to this folder")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.write:
        print(_write(generate(args.posts), args.write))
        return 0
    result = run(args.posts, args.ingest_posts)
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
