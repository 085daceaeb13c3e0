"""The report benchmark: the pipeline on gold-annotated war reports (``../shared/corpus/reports/dev.jsonl``).

Scored as the corpus README says the held-out evaluation scores it:
- one document per record (text, outlet, published);
- incidents matched one to one on type (or a ``type_alt``) and, where gold gives them, ``admin1`` and
  ``country``; recall over non-optional gold incidents, precision over all predicted incidents (so an event
  split into several incidents costs precision; a predicted incident matched to an optional gold one is no
  false positive);
- on matched incidents: the date interval overlaps the gold one; ``fatalities.best`` equals ``killed``
  (a missing count is 0); injured the same; a ``sources_any`` token appears in the incident's sources or in
  the claimants and chains of its claims. Each slot is scored over the matched incidents whose gold states it;
- quotes: the gold content lies inside a predicted quote; its speaker holds a ``speaker_any`` token; every
  ``chain_any`` entry is matched by a name in the quote's chain or the document's outlet (speakers and chains
  over every gold quote that gives them, so a missed quote misses both);
- negatives: a sentence that describes no event must give no incident (an incident whose evidence overlaps it).

    python -m benchmarks.reports --lang en [--show-errors] [--json] [--ids ID,ID]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "corpus" / "reports" / "dev.jsonl"

# Region names as gazetteers spell them -> the corpus's short form. Suffixes are dropped first
# ("Donetsk Oblast" -> "donetsk"); this table holds the spellings that differ beyond a suffix.
_ADMIN1_ALIASES = {
    "zaporizhia": "zaporizhzhia", "zaporozhye": "zaporizhzhia", "zaporizhzhya": "zaporizhzhia",
    "kiev": "kyiv", "odessa": "odesa", "st. petersburg": "saint petersburg", "st petersburg": "saint petersburg",
    "sankt-peterburg": "saint petersburg", "autonomous republic of crimea": "crimea", "republic of crimea": "crimea",
    "krym": "crimea", "lugansk": "luhansk", "kharkov": "kharkiv", "nikolaev": "mykolaiv", "mykolayiv": "mykolaiv",
}
_ADMIN1_SUFFIXES = (" oblast", " oblast'", " region", " krai", " kray", " city", " republic", " province")


def fold(text: str) -> str:
    """Case, accents and typographic quotes folded, whitespace collapsed: the comparisons' common ground."""
    text = unicodedata.normalize("NFKC", text).casefold()
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("«", '"'), ("»", '"'), ("ё", "е")):
        text = text.replace(a, b)
    return " ".join(text.split())


def norm_admin1(name: str | None) -> str | None:
    if not name:
        return None
    key = fold(name)
    for suffix in _ADMIN1_SUFFIXES:
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return _ADMIN1_ALIASES.get(key, key)


@dataclass
class Tally:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hit += int(ok)

    @property
    def rate(self) -> float | None:
        return self.hit / self.total if self.total else None


@dataclass
class Scores:
    gold: int = 0  # non-optional gold incidents
    predicted: int = 0
    matched: int = 0  # matched to non-optional gold
    matched_optional: int = 0
    date: Tally = field(default_factory=Tally)
    killed: Tally = field(default_factory=Tally)
    injured: Tally = field(default_factory=Tally)
    sources: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)
    speakers: Tally = field(default_factory=Tally)
    chains: Tally = field(default_factory=Tally)
    negatives: Tally = field(default_factory=Tally)  # hit = a negative that gave no incident
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        # A prediction matched to an optional gold incident is neither right nor wrong: left out of both sides.
        denominator = self.predicted - self.matched_optional
        return self.matched / denominator if denominator else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": self.documents, "gold_incidents": self.gold, "predicted_incidents": self.predicted,
            "matched": self.matched, "incident_precision": round(self.precision, 3),
            "incident_recall": round(self.recall, 3), "incident_f1": round(self.f1, 3),
        }
        for name in ("date", "killed", "injured", "sources", "quotes", "speakers", "chains", "negatives"):
            tally: Tally = getattr(self, name)
            out[name] = None if tally.rate is None else round(tally.rate, 3)
            out[f"{name}_n"] = tally.total
        return out


def _type_ok(gold: dict[str, Any], incident: Any) -> bool:
    return incident.type == gold["type"] or incident.type in (gold.get("type_alt") or [])


def compatible(gold: dict[str, Any], incident: Any) -> bool:
    """The matching condition: type (or an alternative), and admin1 and country where gold gives them."""
    if not _type_ok(gold, incident):
        return False
    where = incident.where
    if gold.get("admin1") and norm_admin1(gold["admin1"]) != norm_admin1(where.admin1 if where else None):
        return False
    return not (gold.get("country") and (where.country if where else None) != gold["country"])


def match(golds: Sequence[dict[str, Any]], predicted: Sequence[Any]) -> dict[int, int]:
    """One-to-one matching (gold index -> predicted index) of compatible pairs, chosen in this order: as many
    required gold incidents matched as possible, then as many optional ones (an optional one never costs a required
    one its match), then as many pairs as possible whose prediction tells the gold's evidence sentence (so slots
    are scored on the prediction that tells the event, not on a sibling that only shares its type and region)."""
    required, optional, tells = 1_000_000, 1_000, 1
    weight = [[(optional if gold.get("optional") else required) + (tells if _tells(gold, inc) else 0)
               if compatible(gold, inc) else 0 for inc in predicted] for gold in golds]
    pairs = _max_weight_assignment(weight)
    return {g: p for g, p in pairs if weight[g][p] > 0}


def _max_weight_assignment(weight: list[list[int]]) -> list[tuple[int, int]]:
    """Rows to columns, each used at most once, maximising the summed weight (Hungarian method, O(n^3))."""
    rows = len(weight)
    cols = len(weight[0]) if rows else 0
    n = max(rows, cols)
    if n == 0:
        return []
    top = max(max(r) for r in weight) if rows and cols else 0
    cost = [[top - (weight[i][j] if i < rows and j < cols else 0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1)
    owner = [0] * (n + 1)  # column -> row, 1-based; 0 is free
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return [(owner[j] - 1, j - 1) for j in range(1, n + 1) if owner[j] and owner[j] - 1 < rows and j - 1 < cols]


def _tells(gold: dict[str, Any], incident: Any) -> bool:
    """Whether the incident's evidence overlaps the gold evidence (a substring of the text)."""
    needle = fold(gold.get("evidence") or "")
    return len(needle) >= 8 and any(needle[:40] in fold(span.text) or fold(span.text)[:40] in needle
                                for span in incident.evidence)


def _gold_interval(gold: dict[str, Any]) -> tuple[date, date] | None:
    a, b = gold.get("date_from"), gold.get("date_to")
    if not a and not b:
        return None
    return date.fromisoformat(a or b), date.fromisoformat(b or a)


def date_ok(gold: dict[str, Any], incident: Any) -> bool:
    interval = _gold_interval(gold)
    assert interval is not None
    start, end = incident.when.start, incident.when.end
    if start is None and end is None:
        return False
    start, end = start or end, end or start
    return bool(start <= interval[1] and interval[0] <= end)


def _count(value: Any) -> int:
    return value.best if value is not None and value.best is not None else 0


def source_names(report: Any, incident: Any) -> list[str]:
    names = list(incident.sources)
    claims = {c.id: c for c in report.claims}
    for claim_id in incident.claim_ids:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        if claim.claimant:
            names.append(claim.claimant)
        names.extend(link.name for link in claim.chain)
    return names


def has_token(tokens: Iterable[str], names: Iterable[str]) -> bool:
    folded = [fold(n) for n in names if n]
    return any(fold(t) in n for t in tokens for n in folded)


def _find(text: str, needle: str) -> int:
    at = text.find(needle)
    if at < 0:  # the clean text may have folded whitespace or quote marks
        at = fold(text).find(fold(needle))
    return at


def quote_for(text: str, content: str, quotes: Sequence[Any]) -> Any | None:
    """The predicted quote whose span holds the gold content (two characters of slack for marks)."""
    at = _find(text, content)
    if at < 0:
        return None
    end = at + len(content)
    inside = [q for q in quotes if q.start <= at + 2 and end - 2 <= q.end]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def score_record(record: dict[str, Any], report: Any, scores: Scores, show: bool) -> None:
    text = report.document.text
    rid = record["id"]
    scores.documents += 1
    golds = record.get("incidents", [])
    predicted = report.incidents
    pairs = match(golds, predicted)
    scores.gold += sum(1 for g in golds if not g.get("optional"))
    scores.predicted += len(predicted)
    for g, gold in enumerate(golds):
        if g not in pairs:
            if show and not gold.get("optional"):
                scores.errors.append(f"{rid} MISSED {gold['type']} at {gold.get('place_en')} ({gold.get('admin1')}): "
                                     f"{gold.get('evidence', '')[:90]!r}")
            continue
        incident = predicted[pairs[g]]
        if gold.get("optional"):
            scores.matched_optional += 1
            continue
        scores.matched += 1
        checks: list[tuple[str, bool]] = []
        if _gold_interval(gold):
            checks.append(("date", date_ok(gold, incident)))
        if gold.get("killed") is not None:
            checks.append(("killed", _count(incident.fatalities) == gold["killed"]))
        if gold.get("injured") is not None:
            checks.append(("injured", _count(incident.injured) == gold["injured"]))
        if gold.get("sources_any"):
            checks.append(("sources", has_token(gold["sources_any"], source_names(report, incident))))
        for name, ok in checks:
            getattr(scores, name).add(ok)
            if show and not ok:
                got = {"date": f"{incident.when.start}..{incident.when.end}",
                       "killed": _count(incident.fatalities), "injured": _count(incident.injured),
                       "sources": source_names(report, incident)}[name]
                want = {"date": f"{gold.get('date_from')}..{gold.get('date_to')}", "killed": gold.get("killed"),
                        "injured": gold.get("injured"), "sources": gold.get("sources_any")}[name]
                scores.errors.append(f"{rid} {name.upper()} {gold['type']} at {gold.get('place_en')}: "
                                     f"got {got}, want {want}")
    if show:
        for p, incident in enumerate(predicted):
            if p not in pairs.values():
                where = incident.where
                scores.errors.append(f"{rid} EXTRA {incident.type} at {where.name if where else None} "
                                     f"({where.admin1 if where else None}): {incident.summary[:90]!r}")
    for gold_quote in record.get("quotes", []):
        # Speakers and chains are scored over every gold quote that names them: a missed quote misses both.
        quote = quote_for(text, gold_quote["content"], report.quotes)
        scores.quotes.add(quote is not None)
        speaker = [quote.speaker.name, quote.speaker.text] if quote and quote.speaker else []
        names = ([link.name for link in quote.chain] if quote else []) + [report.document.outlet or ""]
        speaker_ok = chain_ok = quote is not None
        if gold_quote.get("speaker_any"):
            speaker_ok = speaker_ok and has_token(gold_quote["speaker_any"], speaker)
            scores.speakers.add(speaker_ok)
        if gold_quote.get("chain_any"):
            chain_ok = chain_ok and all(has_token(entry, names) for entry in gold_quote["chain_any"])
            scores.chains.add(chain_ok)
        if show and quote is None:
            scores.errors.append(f"{rid} QUOTE missed: {gold_quote['content'][:80]!r}")
        elif show and not (speaker_ok and chain_ok):
            scores.errors.append(f"{rid} QUOTE {gold_quote['content'][:50]!r}: speaker {speaker} "
                                 f"(want {gold_quote.get('speaker_any')}), chain {names} "
                                 f"(want {gold_quote.get('chain_any')})")
    for negative in record.get("negatives", []):
        at = _find(text, negative)
        if at < 0:
            continue
        end = at + len(negative)
        fired = [i for i in predicted if any(s.start < end and at < s.end for s in i.evidence)]
        scores.negatives.add(not fired)
        if show and fired:
            scores.errors.append(f"{rid} NEGATIVE gave {fired[0].type}: {negative[:80]!r}")


def load_records(path: Path, lang: str, ids: set[str] | None = None) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in records if (lang == "all" or r["lang"] == lang) and (not ids or r["id"] in ids)]


def run(records: Sequence[dict[str, Any]], show: bool = False) -> Scores:
    import warlog

    scores = Scores()
    for record in records:
        report = warlog.extract(record["text"], outlet=record.get("outlet"), published=record.get("published"),
                                source=record["id"])
        score_record(record, report, scores, show)
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--lang", default="en", choices=["en", "ru", "uk", "all"])
    parser.add_argument("--ids", default="", help="comma-separated record ids to score")
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no report corpus at {args.data}", file=sys.stderr)
        return 2
    langs = ["en", "ru", "uk"] if args.lang == "all" else [args.lang]
    results: dict[str, dict[str, Any]] = {}
    for lang in langs:
        records = load_records(args.data, lang, set(filter(None, args.ids.split(","))))
        scores = run(records, args.show_errors)
        results[lang] = scores.as_dict()
        if args.show_errors:
            print("\n".join(scores.errors))
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for lang, r in results.items():
            print(f"[{lang}] {r['documents']} documents: incident F1 {r['incident_f1']} (P {r['incident_precision']}, "
                  f"R {r['incident_recall']}; {r['matched']}/{r['gold_incidents']} gold, {r['predicted_incidents']} "
                  f"predicted)")
            print("     matched: " + ", ".join(f"{k} {r[k]} (n={r[k + '_n']})"
                                             for k in ("date", "killed", "injured", "sources")))
            print("     quotes: " + ", ".join(f"{k} {r[k]} (n={r[k + '_n']})" for k in ("quotes", "speakers", "chains"))
                  + f"; negatives without incident {r['negatives']} (n={r['negatives_n']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
