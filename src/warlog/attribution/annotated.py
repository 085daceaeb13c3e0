"""Attribution-annotated texts for ``warlog train attribution``: PolNeAR's layout, read from where the user keeps it.

A folder holds ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``: brat stand-off whose ``T``
lines are spans (``T7<TAB>Content 209 236;91 186<TAB>...``, ``;`` joining the parts of a discontinuous span) and
whose ``E`` lines join spans into one attribution (``E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5``; a role
may repeat as ``Content2:T9``). An article annotated twice is read from its first ``.ann`` in file-name order, so
no attribution counts twice; events without a content are left out. This is the layout of PolNeAR (Newell,
Margolin & Ruths, LREC 2018), which states no licence: warlog reads it from the user's disk and ships nothing
read or trained from it. ``benchmarks/polnear.py`` reads the same layout for scoring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

Fragments = tuple[tuple[int, int], ...]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(\S+)(.*)$")
_ROLES = {"Source": "sources", "Cue": "cues", "Content": "contents"}


@dataclass(frozen=True)
class Gold:
    """One annotated attribution: its cue, source and content, each zero or more character fragments."""

    contents: Fragments
    cues: Fragments = ()
    sources: Fragments = ()


@dataclass(frozen=True)
class Annotated:
    name: str
    text: str
    attributions: tuple[Gold, ...]


def parse_ann(ann: str) -> list[Gold]:
    """The attributions of one brat ``.ann`` text, in event order (events without a content left out)."""
    spans: dict[str, Fragments] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.split("\n"):
        line = line.rstrip("\r")
        t = _T_LINE.match(line)
        if t:
            pairs = (p.split() for p in t.group(3).split(";"))
            spans[t.group(1)] = tuple(sorted((int(s), int(e)) for s, e in pairs))
            continue
        e = _E_LINE.match(line)
        if e:
            events.append([(a.split(":", 1)[0], a.split(":", 1)[1]) for a in e.group(3).split() if ":" in a])
    out: list[Gold] = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = {"sources": [], "cues": [], "contents": []}
        for role, ref in args:
            name = _ROLES.get(role.rstrip("0123456789"))
            if name is not None and ref in spans:
                roles[name].extend(spans[ref])
        if roles["contents"]:
            out.append(Gold(contents=tuple(sorted(roles["contents"])), cues=tuple(sorted(roles["cues"])),
                            sources=tuple(sorted(roles["sources"]))))
    return out


def read_folder(folder: Path, *, skip: int = 0, limit: int | None = None) -> list[Annotated]:
    """The annotated texts of a PolNeAR-layout folder (``.../polnear/train``), in file-name order.

    ``skip`` and ``limit`` select a slice of that order (the texts a model is tuned on are held out this way).
    """
    folder = Path(folder)
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        raise ConfigError(f"{folder} is not an attribution corpus: expected text/ and attributions/ inside it "
                          "(PolNeAR's layout, e.g. .../polnear/train)")
    anns: dict[str, Path] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rpartition("_")[0], path)
    names = [p for p in sorted((folder / "text").glob("*.txt")) if p.stem in anns]
    chosen = names[skip:] if limit is None else names[skip:skip + limit]
    out = []
    for path in chosen:
        with path.open(encoding="utf-8", newline="") as fh:  # offsets count "\r" if there is one
            text = fh.read()
        out.append(Annotated(path.stem, text, tuple(parse_ann(anns[path.stem].read_text(encoding="utf-8")))))
    return out
