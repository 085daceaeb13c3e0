"""Hostile inputs for the property tests and ``benchmarks/fuzz.py``: hypothesis strategies and the invariants.

Texts are built from pieces that have broken text tools before: arbitrary Unicode, control characters,
right-to-left and zero-width marks, unbalanced quote marks, mixed scripts, numbers and dates at the edges of
their ranges, deeply nested HTML, very long lines and many sentences. All pieces are written here.
The invariants: no exception escapes a stage (none is recorded as a failed stage), every offset lies inside
the clean text and every span's text is the text at its offsets, and the report validates against the schema.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from hypothesis import strategies as st

WORDS = ["Kharkiv", "Russian", "Ukrainian", "artillery", "shelled", "killed", "wounded", "said", "the", "a",
         "governor", "Oleh", "Petrov", "Ivan", "soldier", "drone", "strike", "village", "region", "oblast",
         "according", "to", "told", "reporters", "Reuters", "on", "Monday", "civilians", "two", "dozens",
         "Харків", "обстріляли", "загинули", "Москва", "заявил", "солдат", "убит", "області", "губернатор",
         "Kyiv", "al-Hassan", "O'Brien", "Zelensky's", "DPR", "AFU", "ZSU", "said:", "—", "-", "/"]
MARKS = ["\u200f", "\u200e", "\u202e", "\u202c", "\u2066", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff",
         "\u00ad", "\u2060", "\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\t", "\r", "\r\n", "\n",
         "\n\n", "\u2028", "\u2029", "\u3000", "\u00a0"]
QUOTES = ["“", "”", "„", "«", "»", "\"", "'", "‘", "’", "‹", "›", "「", "」", "''", "``", "“”", "«“", "\"\""]
PUNCT = [".", ",", ";", ":", "!", "?", "...", "…", "(", ")", "[", "]", "{", "}", "<", ">", "&", "&amp;",
         "&#0;", "&#x110000;", "<br>", "</p>", "\\", "#", "*", "_", "|", "%", "@", "§"]
NUMBERS = ["0", "-1", "+1", "00", "007", "1e308", "99999999999999999999", "18446744073709551616", "1,000,000,000",
           "1.000.000", "3.5", "½", "٣", "४२", "１２", "₴100", "$1bn", "1st", "22nd", "-0", "1/0", "10^100",
           "2,5", "50-60", "100+", "dozens", "hundreds of thousands", "сотни", "тисячі", "1 000 000"]
DATES = ["31 February 2024", "0001-01-01", "9999-12-31", "29.02.2023", "May 0, 2024", "2024-13-45", "yesterday",
         "on Monday", "in 1900", "32 березня", "в ночь на 31 июня", "24/02/2022", "10000 BC", "1 January 1",
         "December 31, 9999", "2022-02-24T04:00:00+03:00", "last night", "the day before yesterday",
         "February 30", "00:00", "25:61", "24 февраля 2022 года", "позавчора", "summer 2023"]


def _piece() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(QUOTES),
                     st.sampled_from(PUNCT), st.sampled_from(NUMBERS), st.sampled_from(DATES),
                     st.text(max_size=6), st.characters())


@st.composite
def hostile_text(draw: st.DrawFn, max_pieces: int = 40) -> str:
    """A short text of hostile pieces, mostly separated by spaces (so that the parser sees sentences)."""
    pieces = draw(st.lists(_piece(), min_size=1, max_size=max_pieces))
    seps = draw(st.lists(st.sampled_from([" ", " ", " ", "", "\n", ". "]), min_size=len(pieces),
                         max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps, strict=True))


@st.composite
def structured_text(draw: st.DrawFn) -> str:
    """Shapes that stress the whole of a text: many sentences, a very long line, nested HTML-looking text."""
    base = draw(hostile_text(max_pieces=12))
    shape = draw(st.sampled_from(["sentences", "long_line", "nested", "plain"]))
    if shape == "sentences":
        return (base.strip() + ". ") * draw(st.integers(min_value=2, max_value=200))
    if shape == "long_line":
        return base.replace("\n", " ") * draw(st.integers(min_value=20, max_value=400))
    if shape == "nested":
        depth = draw(st.integers(min_value=1, max_value=300))
        return "<div><b>" * depth + base + "</b></div>" * draw(st.integers(min_value=0, max_value=depth))
    return base


TEMPLATES = [
    "{act} {place} on {date}, killing {num} {who} and wounding {num2}, {source} said.",
    "{q1}{claim}{q2} {source} told reporters on {date}.",
    "{source} said {num} soldiers of the {unit} were killed near {place} {date}.",
    "{name}, {num}, a soldier from {place}, was killed on {date}, his mother {name2} said: {q1}{claim}{q2}",
    "According to {source}, {num} civilians died when a drone hit {place}. {name} was wounded.",
    "{name} refused to fight and was shot by his own commander near {place}, {source} reported {date}.",
    "{q1}They shelled {place} again,{q2} said {name}. {q1}{claim}",
]
SOURCES = ["the governor", "the regional governor Oleh Petrov", "Reuters", "Ukraine's General Staff",
           "the Russian Defence Ministry", "a local official who asked not to be named", "Meduza", "губернатор"]
CLAIMS = ["We lost everyone", "nobody came for the wounded", "it was our own artillery", "", "«Never again»",
          "he said “they left us” and ran", "Бахмут держится", "the road is mined\nand closed"]
UNITS = ["155th Marine Brigade", "3rd Assault Brigade", "Wagner group", "Storm-Z", "1st Battalion"]
NAMES = ["Ivan Petrov", "Oleg Petrov", "Petrov", "Anna Kovalenko", "Dmitry", "O'Neil", "Мария Иванова",
         "al-Hassan", "Private Ivan Sidorov", "Major Petrov", "Zelensky"]


@st.composite
def reportish_text(draw: st.DrawFn) -> str:
    """Sentences shaped like war reports (so the incident, quote and people rules fire), hostile in the details:
    marks inside words, edge numbers and dates, unbalanced quotes, mixed scripts."""
    def piece(pool: list[str]) -> str:
        return draw(st.one_of(st.sampled_from(pool), _piece()))

    sentences = []
    for template in draw(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=4)):
        sentences.append(template.format(
            act=piece(["Russian artillery shelled", "A drone struck", "Missiles hit"]),
            place=piece(["Kharkiv", "Sumy", "Bakhmut", "Kherson", "Kupiansk", "Харків", "Белгород"]),
            date=piece(DATES), num=piece(NUMBERS), num2=piece(NUMBERS), who=piece(["civilians", "soldiers", "people"]),
            source=piece(SOURCES), claim=piece(CLAIMS), q1=draw(st.sampled_from(QUOTES + ["", "\"", "“"])),
            q2=draw(st.sampled_from(QUOTES + ["", "\"", "”"])), unit=piece(UNITS), name=piece(NAMES),
            name2=piece(NAMES)))
    text = " ".join(sentences)
    for _ in range(draw(st.integers(min_value=0, max_value=6))):  # marks dropped anywhere, inside words too
        at = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:at] + draw(st.sampled_from(MARKS)) + text[at:]
    return text


def any_text() -> st.SearchStrategy[str]:
    return st.one_of(hostile_text(), reportish_text(), structured_text())


@st.composite
def nested_html(draw: st.DrawFn) -> str:
    """A page whose article sits under hundreds of unclosed or misnested tags."""
    depth = draw(st.integers(min_value=1, max_value=600))
    tag = draw(st.sampled_from(["div", "span", "p", "table", "li", "blockquote", "a", "font"]))
    inner = draw(hostile_text())
    head = draw(st.sampled_from(["", "<html><head><title>t</title></head><body>", "<!DOCTYPE html>",
                                 "<?xml version='1.0'?>", "<meta charset='koi8-r'>"]))
    closing = f"</{tag}>" * draw(st.integers(min_value=0, max_value=depth))
    return f"{head}{f'<{tag}>' * depth}<p>{inner}</p>{closing}"


@st.composite
def input_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """(suffix, bytes) of one input file of any supported kind, well-formed or not."""
    suffix = draw(st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
    text = draw(st.one_of(any_text(), nested_html()) if suffix == ".html" else any_text())
    if suffix == ".json":
        record = draw(st.one_of(st.just({"text": text}), st.just({"html": text, "published": "31 February 2024"}),
                                st.just([{"text": text}, {"title": text}]), st.just(text)))
        body = json.dumps(record, ensure_ascii=draw(st.booleans()))
        if draw(st.booleans()):
            body = body[: draw(st.integers(min_value=0, max_value=len(body)))]  # cut short: malformed JSON
        data = body.encode("utf-8", "surrogatepass")
    elif suffix == ".jsonl":
        lines = [json.dumps({"text": part, "published": draw(st.sampled_from(DATES))})
                 for part in text.split("\n")] + draw(st.lists(st.sampled_from(["", "{", "[]", "null"]), max_size=2))
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
    elif suffix == ".md":
        front = draw(st.sampled_from(["", "---\ntitle: t\npublished: 9999-12-31\n---\n", "---\n", "---\nx\n---\n"]))
        data = (front + text).encode("utf-8", "surrogatepass")
    else:
        data = text.encode("utf-8", "surrogatepass")
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "cp1251", "latin-1", "bom"]))
    if encoding == "bom":
        data = b"\xef\xbb\xbf" + data
    elif encoding != "utf-8":
        data = data.decode("utf-8", "surrogatepass").encode(encoding, "replace")
    return suffix, data


# -- invariants ----------------------------------------------------------------------------------------------

_SCHEMA: dict[str, Any] | None = None


def report_schema() -> dict[str, Any]:
    global _SCHEMA
    if _SCHEMA is None:
        _SCHEMA = json.loads((resources.files("warlog") / "schema" / "report.schema.json").read_text())
    return _SCHEMA


def offset_errors(data: dict[str, Any]) -> list[str]:
    """Every start/end pair of the report that leaves the clean text, or whose ``text`` is not the text there."""
    text = data["document"]["text"]
    errors: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            start, end = node.get("start"), node.get("end")
            if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool):
                if not 0 <= start <= end <= len(text):
                    errors.append(f"{path}: offsets {start}..{end} outside a text of {len(text)}")
                elif isinstance(node.get("text"), str) and text[start:end] != node["text"]:
                    errors.append(f"{path}: text {node['text']!r} is not {text[start:end]!r} at {start}..{end}")
            for key, value in node.items():
                if key != "document":
                    walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk(data, "report")
    return errors


def report_problems(report: Any) -> list[str]:
    """What is wrong with a report by the invariants above; empty when it is sound."""
    import jsonschema

    data = report.to_json_dict()
    problems = [f"stage {f.stage!r} failed: {f.error}" for f in getattr(report, "failed_stages", [])]
    problems += offset_errors(data)
    for error in jsonschema.Draft202012Validator(report_schema()).iter_errors(data):
        problems.append(f"schema: {error.json_path}: {error.message[:200]}")
    return problems
