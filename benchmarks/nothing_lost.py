"""Documents lost on real news (issue #13): ingest English news articles and count what was stored, stored only
partly analysed (a stage failed: which), failed and lost.

    python -m benchmarks.nothing_lost [--limit 199] [--offset 0] [--data ../shared/datasets/geoparsing]

The articles are the texts of the geoparsing dev sets beside the checkout (GeoWebNews and TR-News world news,
then LGL local news), read from where the user keeps them and never copied. The issue's figure to beat: 10 of
199 real English news articles (5%) lost to a 'people' stage crash.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import warlog
from warlog.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "datasets" / "geoparsing"
FILES = ("gwn_dev.xml", "trnews_dev.xml", "lgl_dev.xml")


def articles(data: Path, limit: int, offset: int = 0) -> list[tuple[str, str]]:
    """(name, text) of up to ``limit`` articles after the first ``offset``, in file order."""
    found: list[tuple[str, str]] = []
    for name in FILES:
        path = data / name
        if not path.exists():
            continue
        for i, node in enumerate(ET.parse(path).getroot().iter("article")):
            text = (node.findtext("text") or "").strip()
            if text:
                found.append((f"{path.stem}_{i:04d}", text))
            if len(found) >= offset + limit:
                return found[offset:]
    return found[offset:]


def run(data: Path, limit: int, offset: int = 0) -> dict[str, object]:
    texts = articles(data, limit, offset)
    if not texts:
        raise SystemExit(f"no articles under {data}: expected {', '.join(FILES)}")
    settings = Settings.from_env()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "articles"
        inputs.mkdir()
        for name, text in texts:
            (inputs / f"{name}.txt").write_text(text, encoding="utf-8")
        summary = warlog.ingest([inputs], str(Path(folder) / "w.db"), settings=settings, link=False)
    stages = Counter(stage for _, failed in summary.partial for stage in failed)
    stored = len(summary.new) + len(summary.duplicates)
    return {"articles": len(texts), "stored": len(summary.new), "duplicates": len(summary.duplicates),
            "partly_analysed": len(summary.partial), "failed_stages": dict(stages), "not_analysed":
            len(summary.not_analysed), "failed": len(summary.failed), "lost": len(texts) - stored,
            "incidents": summary.incidents, "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=199)
    parser.add_argument("--offset", type=int, default=0, help="skip this many articles first (a run in parts)")
    args = parser.parse_args()
    print(json.dumps(run(args.data, args.limit, args.offset)))


if __name__ == "__main__":
    main()
