"""The record writer behind ``make_fresh_{en,ru,uk}.py`` and ``make_fresh2_{en,ru,uk}.py``: one report in the format
of ``../shared/corpus/reports`` (its README), checked as it is written (every evidence, quote and negative is a
substring of the text). Run a maker as a module from the checkout: ``python -m benchmarks.data.make_fresh_en``."""
import json
from pathlib import Path

INCIDENT_FIELDS = ("place", "place_en", "admin1", "country", "date_from", "date_to", "killed", "injured")


class Records:
    """The reports of one language, written to ``<batch>_<lang>.jsonl`` beside this file (batch "fresh" for the
    first makers, "fresh2" for the second)."""

    def __init__(self, lang, batch="fresh"):
        self.lang = lang
        self.batch = batch
        self.records = []

    def rec(self, id, genre, url, outlet, published, title, body, incidents, quotes=(), negatives=()):
        # a bare headline (genre "headline") has no body: its text is the title alone
        text = (title + "\n" if title and body else title or "") + body
        for inc in incidents:
            assert inc["evidence"] in text, (id, inc["evidence"])
            inc.setdefault("type_alt", [])
            inc.setdefault("optional", False)
            for k in INCIDENT_FIELDS:
                inc.setdefault(k, None)
        for q in quotes:
            assert q["content"] in text, (id, q["content"])
        for n in negatives:
            assert n in text, (id, n)
        self.records.append({"id": id, "lang": self.lang, "genre": genre, "basis_url": url, "outlet": outlet,
                             "published": published, "title": title, "text": text, "incidents": list(incidents),
                             "quotes": list(quotes), "negatives": list(negatives), "link_group": None})

    def write(self):
        path = Path(__file__).with_name(f"{self.batch}_{self.lang}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in self.records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(len(self.records), "records")
