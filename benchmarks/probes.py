"""Blind probe passages: short reports written by helpers who read no rules, each with the incidents a careful
reader expects (``want:`` lines), scored passage by passage.

File format: passages separated by a line ``---``; each passage is its text, one ``published: YYYY-MM-DD`` line and
one ``want:`` line per expected incident (``want: none`` when there is none). A want line holds ``key=value`` pairs
separated by ``|``: ``type`` (alternatives joined by ``/``), ``region`` (admin1 in English), ``killed``,
``injured`` and ``date`` (a day or ``FROM..TO``); ``?`` leaves a slot unchecked. A passage is right when every
wanted incident comes out with those slots (matched one to one) and no other incident does, background aside.

Command: ``python -m benchmarks.probes benchmarks/data/probes_en_round4.txt [--show]``.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.reports import norm_admin1


@dataclass
class Passage:
    text: str
    published: str | None
    wants: list[dict[str, str]] = field(default_factory=list)


def read_passages(path: Path) -> list[Passage]:
    passages = []
    for block in re.split(r"^---\s*$", path.read_text(encoding="utf-8"), flags=re.M):
        if not block.strip():
            continue
        lines, published, wants = [], None, []
        for line in block.strip().splitlines():
            if line.startswith("published:"):
                published = line.split(":", 1)[1].strip()
            elif line.startswith("want:"):
                value = line.split(":", 1)[1].strip()
                if value != "none":
                    wants.append({k.strip(): v.strip() for k, v in (p.split("=", 1) for p in value.split("|"))})
            elif published is None:
                lines.append(line)
        passages.append(Passage("\n".join(lines), published, wants))
    return passages


def problems_with(want: dict[str, str], incident: Any) -> list[str]:
    """What differs between a wanted incident and one extracted (["type"] when the type is not among the wanted)."""
    if incident.type not in want["type"].split("/"):
        return ["type"]
    found = []
    region = want.get("region", "?")
    admin1 = incident.where.admin1 if incident.where else None
    if region != "?" and norm_admin1(region) != norm_admin1(admin1):
        found.append(f"region {admin1}")
    for key, count in (("killed", incident.fatalities), ("injured", incident.injured)):
        value = want.get(key, "?")
        got = count.best if count is not None and count.best is not None else 0
        if value != "?" and int(value) != got:
            found.append(f"{key} {count.best if count else None}")
    day = want.get("date", "?")
    if day != "?":
        first, _, last = day.partition("..")
        lo, hi = date.fromisoformat(first), date.fromisoformat(last or first)
        start, end = incident.when.start or incident.when.end, incident.when.end or incident.when.start
        if start is None or not (start <= hi and end >= lo):
            found.append(f"date {incident.when.start}..{incident.when.end}")
    return found


def score_passage(passage: Passage, incidents: Sequence[Any]) -> list[str]:
    """The passage's problems: wanted incidents missed or with wrong slots, and incidents nobody wanted."""
    free = [i for i in incidents if not i.background]
    problems = []
    for want in passage.wants:
        best: tuple[Any, list[str]] | None = None
        for incident in free:
            found = problems_with(want, incident)
            if not found:
                best = (incident, [])
                break
            if found != ["type"] and best is None:
                best = (incident, found)
        if best is None:
            problems.append(f"MISSED {want['type']}")
            continue
        free.remove(best[0])
        if best[1]:
            problems.append(f"{best[0].type}: " + ", ".join(best[1]))
    problems += [f"EXTRA {i.type} at {i.where.name if i.where else None}" for i in free]
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    import warlog

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path)
    parser.add_argument("--show", action="store_true", help="print each wrong passage's problems")
    args = parser.parse_args(argv)
    passages = read_passages(args.file)
    right = 0
    for n, passage in enumerate(passages, 1):
        report = warlog.extract(passage.text, published=passage.published, source=f"probe-{n}")
        problems = score_passage(passage, report.incidents)
        right += not problems
        if problems and args.show:
            print(f"#{n}: " + " ; ".join(problems))
    print(f"{args.file.name}: {right} of {len(passages)} passages right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
