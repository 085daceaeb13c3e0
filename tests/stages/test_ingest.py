"""Reading inputs: formats, front matter, encodings and every kind of bad input."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from warlog.errors import (
    BinaryInputError,
    DecodeInputError,
    EmptyInputError,
    InputError,
    MalformedInputError,
    OversizeInputError,
    UnsupportedInputError,
)
from warlog.stages.ingest import RawInput, iter_inputs, normalize_date, read_text_input

RUSSIAN = (
    "Мобилизованные из Серпухова записали видео, в котором рассказали, что их отправили на передовую "
    "без подготовки и снаряжения. По словам солдат, командование их бросило, а еды нет уже несколько дней."
)
LIMIT = 1_000_000


def read_all(*paths: Path, max_bytes: int = LIMIT) -> list[RawInput | InputError]:
    return list(iter_inputs(paths, max_bytes))


def only(path: Path, max_bytes: int = LIMIT) -> RawInput | InputError:
    (item,) = read_all(path, max_bytes=max_bytes)
    return item


def test_plain_text_file_read_verbatim(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Two people were killed in Kharkiv.\nOfficials said so.\n", encoding="utf-8")
    item = only(f)
    assert isinstance(item, RawInput)
    assert item.body == "Two people were killed in Kharkiv.\nOfficials said so.\n"
    assert item.format == "text" and item.source == str(f) and item.meta == {}


def test_front_matter_stripped_and_parsed(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Strike on Odesa\noutlet: \"Kyiv Post\"\npublished: 4 March 2026\n"
                 "synthetic: yes\nauthor: ignored\n---\nBody text here.\n", encoding="utf-8")
    item = only(f)
    assert isinstance(item, RawInput)
    assert item.format == "markdown"
    assert item.body == "Body text here.\n"
    assert item.meta == {"title": "Strike on Odesa", "outlet": "Kyiv Post", "published": "2026-03-04",
                         "synthetic": "true"}


def test_text_starting_with_rule_but_no_front_matter_is_kept(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("---\nThis is a dashed intro line, not a key value pair\n---\nBody\n", encoding="utf-8")
    item = only(f)
    assert isinstance(item, RawInput)
    assert item.body.startswith("---\nThis is a dashed intro")


def test_unparseable_published_date_dropped(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("---\npublished: sometime last spring\ntitle: T\n---\nBody\n", encoding="utf-8")
    item = only(f)
    assert isinstance(item, RawInput)
    assert item.meta == {"title": "T"}


@pytest.mark.parametrize(("raw", "expected"), [
    ("2026-03-04T10:00:00Z", "2026-03-04"),
    ("2026-03-04T23:30:00-05:00", "2026-03-04"),
    ("2026-03-04", "2026-03-04"),
    ("4 March 2026", "2026-03-04"),
    ("March 4, 2026", "2026-03-04"),
    ("4th Mar. 2026", "2026-03-04"),
    ("04.03.2026", "2026-03-04"),
    ("2026/3/4", "2026-03-04"),
    ("31 February 2026", None),
    ("4 Smarch 2026", None),
    ("yesterday", None),
])
def test_normalize_date(raw: str, expected: str | None) -> None:
    assert normalize_date(raw) == expected


def test_folder_walked_recursively_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z", encoding="utf-8")
    (tmp_path / "b" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "a.md").write_text("m", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("h", encoding="utf-8")
    (tmp_path / ".git" / "config.txt").write_text("g", encoding="utf-8")
    items = read_all(tmp_path)
    assert [Path(i.source).relative_to(tmp_path).as_posix() for i in items] == ["a.md", "b/a.txt", "b/z.txt"]
    assert all(isinstance(i, RawInput) for i in items)


def test_single_path_string_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    items = list(iter_inputs(str(tmp_path), LIMIT))
    assert [(type(i), i.source) for i in items] == [(RawInput, str(tmp_path / "a.txt"))]


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    item = only(tmp_path / "nope.txt")
    assert type(item) is InputError
    assert str(tmp_path / "nope.txt") in str(item)


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    item = only(f)
    assert isinstance(item, EmptyInputError)
    assert item.source == str(f)


def test_front_matter_only_is_empty(tmp_path: Path) -> None:
    f = tmp_path / "fm.md"
    f.write_text("---\ntitle: x\n---\n\n", encoding="utf-8")
    assert isinstance(only(f), EmptyInputError)


def test_png_is_binary(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)))
    item = only(f)
    assert isinstance(item, BinaryInputError)
    assert "\n" not in str(item) and str(f) in str(item)


def test_random_bytes_without_nul_are_binary(tmp_path: Path) -> None:
    rng = random.Random(0)
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes(rng.randint(1, 255) for _ in range(4000)))
    assert isinstance(only(f), BinaryInputError)


def test_cp1251_russian_decoded(tmp_path: Path) -> None:
    f = tmp_path / "ru.txt"
    f.write_bytes(RUSSIAN.encode("cp1251"))
    item = only(f)
    assert isinstance(item, RawInput)
    assert item.body == RUSSIAN


def test_short_cp1251_headline_decoded(tmp_path: Path) -> None:
    # charset-normalizer alone ranks cp1125 first for this one
    f = tmp_path / "ru.txt"
    f.write_bytes("Привет, мир".encode("cp1251"))
    item = only(f)
    assert isinstance(item, RawInput) and item.body == "Привет, мир"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_bom_encodings(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes(("Київ — " + RUSSIAN).encode(encoding))
    item = only(f)
    assert isinstance(item, RawInput)
    assert item.body == "Київ — " + RUSSIAN


def test_truncated_utf16_is_decode_error(tmp_path: Path) -> None:
    f = tmp_path / "bad16.txt"
    f.write_bytes("Kyiv".encode("utf-16") + b"\x41")
    item = only(f)
    assert isinstance(item, DecodeInputError)


def test_oversize_names_limit_and_setting(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("x" * 101, encoding="utf-8")
    item = only(f, max_bytes=100)
    assert isinstance(item, OversizeInputError)
    assert "100" in str(item) and "WARLOG_MAX_FILE_BYTES" in str(item)
    assert isinstance(only(f, max_bytes=101), RawInput)


def test_unknown_extension_lists_supported(tmp_path: Path) -> None:
    f = tmp_path / "data.csv"
    f.write_text("a,b\n", encoding="utf-8")
    item = only(f)
    assert isinstance(item, UnsupportedInputError)
    assert ".csv" in str(item)
    for ext in (".txt", ".md", ".html", ".json", ".jsonl"):
        assert ext in str(item)


def test_html_file_kept_as_html(tmp_path: Path) -> None:
    f = tmp_path / "page.HTM"
    f.write_text("<html><body><p>Hello</p></body></html>", encoding="utf-8")
    item = only(f)
    assert isinstance(item, RawInput)
    assert item.format == "html" and item.body.startswith("<html>")


def test_html_declared_charset_used(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    html = f'<html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    f.write_bytes(html.encode("cp1251"))
    item = only(f)
    assert isinstance(item, RawInput) and RUSSIAN in item.body


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Body", "title": "T", "published": "2026-03-04T10:00:00Z",
                               "synthetic": True, "extra": 1}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"html": "<p>A</p>", "outlet": "Meduza"}, {"text": "B", "date": "x"}]),
                    encoding="utf-8")
    first, second, third = read_all(one, many)
    assert isinstance(first, RawInput)
    assert first.meta == {"title": "T", "published": "2026-03-04", "synthetic": "true"}
    assert isinstance(second, RawInput) and isinstance(third, RawInput)
    assert (second.source, second.format, second.meta) == (f"{many}[0]", "html", {"outlet": "Meduza"})
    assert (third.source, third.body, third.meta) == (f"{many}[1]", "B", {})


@pytest.mark.parametrize(("content", "error"), [
    ('{"title": "no body"}', MalformedInputError),
    ('{"text": 5}', MalformedInputError),
    ('{"text": "   "}', EmptyInputError),
    ('"just a string"', MalformedInputError),
    ('{"text": "unterminated', MalformedInputError),
])
def test_bad_json(tmp_path: Path, content: str, error: type[InputError]) -> None:
    f = tmp_path / "bad.json"
    f.write_text(content, encoding="utf-8")
    item = only(f)
    assert type(item) is error
    assert str(f) in str(item)


def test_jsonl_bad_line_named_and_others_go_on(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text('{"text": "first"}\n{"text": oops}\n\n{"text": "fourth", "url": "https://x.org/a"}\n',
                 encoding="utf-8")
    items = read_all(f)
    assert len(items) == 3
    assert isinstance(items[0], RawInput) and items[0].source == f"{f}:1"
    assert isinstance(items[1], MalformedInputError) and items[1].source == f"{f}:2"
    assert str(items[1]).startswith(f"{f}:2: invalid JSON")
    assert isinstance(items[2], RawInput) and items[2].source == f"{f}:4"
    assert items[2].meta == {"url": "https://x.org/a"}


def test_bad_file_does_not_stop_the_batch(tmp_path: Path) -> None:
    bad = tmp_path / "a.bin"
    bad.write_bytes(b"\x00\x01")
    good = tmp_path / "b.txt"
    good.write_text("fine", encoding="utf-8")
    items = read_all(tmp_path)
    assert isinstance(items[0], UnsupportedInputError)
    assert isinstance(items[1], RawInput) and items[1].body == "fine"


def test_read_text_input() -> None:
    item = read_text_input("Body", title="T", published="4 March 2026")
    assert (item.source, item.body, item.format) == ("<text>", "Body", "text")
    assert item.meta == {"title": "T", "published": "2026-03-04"}
    with pytest.raises(EmptyInputError):
        read_text_input(" \n")
    with pytest.raises(TypeError, match="autor"):
        read_text_input("Body", autor="x")
