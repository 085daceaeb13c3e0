"""Reading PolNeAR (Newell, Margolin & Ruths, LREC 2018): texts and their gold attributions.

A split directory (``.../polnear/dev``) holds ``text/<article>.txt`` and
``attributions/<article>_<annotator>.ann``, brat stand-off with character
offsets into the raw text (read exactly as stored: no newline translation).

- ``T`` lines are spans: ``T7<TAB>Content 209 236;91 186<TAB>text``. Several
  ``start end`` pairs separated by ``;`` make one discontinuous span.
- ``E`` lines link spans into one attribution:
  ``E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5``; a role may repeat with a
  number (``Content2:T9``), so a role can have several spans. ``Attribution-no-source``
  events have no source.
- A span's text can run over several lines; those continuation lines, and
  ``#`` annotator notes, are skipped. ``Discuss``/``Discard`` spans outside events are ignored.

**Several annotators.** Some articles were annotated by more than one annotator
(one ``.ann`` each). Counting every file would count the same attribution twice,
so each article is scored against ONE file: the first ``.ann`` in sorted file-name
order (i.e. the alphabetically smallest annotator code). The other files are
listed in ``PolnearText.ignored`` and counted by the benchmark.

Events without any content span are not attributions that can be scored and are
dropped (``PolnearText.dropped`` counts them).

PolNeAR states no licence: it is read from where the user keeps it and never
copied into this repository.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warlog.errors import ConfigError

Fragment = tuple[int, int]
Fragments = tuple[Fragment, ...]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(\S+)(.*)$")
_ROLES = {"Source": "sources", "Cue": "cues", "Content": "contents"}


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: source, cue and content, each zero or more character fragments.

    Used for the gold annotations and for every system's predictions alike.
    """

    contents: Fragments
    cues: Fragments = ()
    sources: Fragments = ()
    id: str = ""


@dataclass(frozen=True)
class PolnearText:
    name: str
    text: str
    annotator: str
    attributions: tuple[Attribution, ...]
    ignored: tuple[str, ...] = field(default=())  # other annotators' .ann files for this text
    dropped: int = 0  # events without content


def parse_ann(ann: str) -> tuple[list[Attribution], int]:
    """The attributions of one brat ``.ann`` text, in event order, and the number of events dropped."""
    spans: dict[str, Fragments] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.split("\n"):
        line = line.rstrip("\r")
        t = _T_LINE.match(line)
        if t:
            pairs = (p.split() for p in t.group(3).split(";"))
            spans[t.group(1)] = tuple(sorted((int(s), int(e)) for s, e in pairs))
            continue
        e = _E_LINE.match(line)
        if e:
            args = [tuple(a.split(":", 1)) for a in e.group(3).split() if ":" in a]
            events.append((e.group(1), [(role, ref) for role, ref in args]))
    attributions: list[Attribution] = []
    dropped = 0
    for event_id, args in events:
        roles: dict[str, list[Fragment]] = {"sources": [], "cues": [], "contents": []}
        for role, ref in args:
            name = _ROLES.get(role.rstrip("0123456789"))
            if name is not None and ref in spans:
                roles[name].extend(spans[ref])
        if not roles["contents"]:
            dropped += 1
            continue
        attributions.append(Attribution(
            contents=tuple(sorted(roles["contents"])), cues=tuple(sorted(roles["cues"])),
            sources=tuple(sorted(roles["sources"])), id=event_id,
        ))
    return attributions, dropped


def _ann_files(split_dir: Path) -> dict[str, list[Path]]:
    by_article: dict[str, list[Path]] = {}
    for path in sorted((split_dir / "attributions").glob("*.ann")):
        article, _, _annotator = path.stem.rpartition("_")
        by_article.setdefault(article, []).append(path)
    return by_article


def read_split(split_dir: Path, limit: int | None = None) -> Iterator[PolnearText]:
    """Each annotated text of a split, in file-name order, with the first annotator's attributions."""
    split_dir = Path(split_dir)
    if not (split_dir / "text").is_dir() or not (split_dir / "attributions").is_dir():
        raise ConfigError(f"{split_dir} is not a PolNeAR split: expected text/ and attributions/ inside it "
                          "(e.g. --polnear .../polnear --split dev)")
    anns = _ann_files(split_dir)
    count = 0
    for text_path in sorted((split_dir / "text").glob("*.txt")):
        files = anns.get(text_path.stem)
        if not files:
            continue
        if limit is not None and count >= limit:
            return
        with text_path.open(encoding="utf-8", newline="") as fh:  # offsets count "\r" if there is one
            text = fh.read()
        attributions, dropped = parse_ann(files[0].read_text(encoding="utf-8"))
        count += 1
        yield PolnearText(
            name=text_path.stem, text=text, annotator=files[0].stem.rpartition("_")[2],
            attributions=tuple(attributions), ignored=tuple(p.name for p in files[1:]), dropped=dropped,
        )
