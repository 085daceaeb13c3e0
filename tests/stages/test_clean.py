"""Clean text: normalisation, boilerplate rules, HTML extraction, language."""

from __future__ import annotations

from pathlib import Path

import pytest

from warlog.errors import ConfigError, MalformedInputError
from warlog.stages.clean import (
    BoilerplateRules,
    clean_text,
    detect_language,
    html_to_text,
    load_rules,
    normalize_text,
)

SEEDS = Path("/work/shared/corpus/seeds")
NEWS = ("Russian forces shelled the town of Kupiansk overnight, killing two civilians and wounding five, "
        "the regional governor said on Telegram on Monday morning.")


@pytest.fixture(scope="module")
def rules() -> BoilerplateRules:
    return load_rules()


def test_meduza_donation_appeal_removed(rules: BoilerplateRules) -> None:
    text = (SEEDS / "004_9e753e27b3df726d.txt").read_text(encoding="utf-8")
    clean = clean_text(text, rules)
    assert "Follow Meduza in English on Twitter" not in clean
    assert "Meduza survived 2024 thanks to its readers!" not in clean
    assert "Let’s stick together for 2025." not in clean
    assert "The world is at a crossroads today" not in clean
    assert "recurring donation" not in clean
    assert "After mobilization began in Russian," in clean
    assert clean.endswith("demanded a meeting with Russian President Vladimir Putin.")
    assert clean.startswith("Mobilized soldiers from Serpukhov say")
    # every kept line is a line of the input, unchanged
    assert set(clean.split("\n")) <= set(text.split("\n"))


def test_istories_friendly_fire_seed_loses_nothing(rules: BoilerplateRules) -> None:
    text = (SEEDS / "000_14b05d2eaddac4df.txt").read_text(encoding="utf-8")
    assert clean_text(text, rules) == normalize_text(text).strip()


def test_normalize_text() -> None:
    raw = "Cafe\u0301 \u201cquoted\u201d \u2014 dash  \r\nsoft\u00adhy\u200bphen\t \rend\x07"
    assert normalize_text(raw) == "Caf\u00e9 \u201cquoted\u201d \u2014 dash\nsofthyphen\nend"


def test_blank_line_runs_collapse_to_one(rules: BoilerplateRules) -> None:
    assert clean_text("\n\nFirst para.  \n\n\n\n\nSecond para.\n\n\n", rules) == "First para.\n\nSecond para."


@pytest.mark.parametrize("line", [
    "Follow us on Telegram and Facebook for the latest updates.",
    "Subscribe to our Telegram channel",
    "Sign up for our daily newsletter to get the news first.",
    "Read more: Ukraine says it hit a refinery in Ryazan",
    "Related:",
    "© 2026 Kyiv Independent. All rights reserved.",
    "Copyright 2025 Associated Press",
    "We use cookies to improve your experience. By continuing to browse you agree.",
    "Donate now!",
])
def test_boilerplate_lines_removed(rules: BoilerplateRules, line: str) -> None:
    text = f"{NEWS}\n\n{line}\n\n{NEWS.replace('two', 'three')}"
    assert clean_text(text, rules) == f"{NEWS}\n\n{NEWS.replace('two', 'three')}"


@pytest.mark.parametrize("paragraph", [
    "\u201cPlease support us by sending water and generators,\u201d a resident of Pokrovsk told reporters.",
    "Volunteers set up a donation drive for the 47th Brigade, according to local media.",
    "Copyright lawsuits are rare in wartime Ukraine.",
    "Related fighting was reported near Toretsk.",
    "Follow-up strikes hit the same district an hour later.",
])
def test_news_paragraphs_that_look_like_boilerplate_are_kept(rules: BoilerplateRules, paragraph: str) -> None:
    text = f"{NEWS}\n{paragraph}"
    assert clean_text(text, rules) == text


def test_appeal_tail_takes_short_paragraphs_but_stops_at_news(rules: BoilerplateRules) -> None:
    text = "\n".join([
        NEWS,
        "Please support our newsroom by becoming a monthly donor.",
        "Thank you for being with us.",
        "Every contribution counts.",
        "\u201cWe have no water,\u201d a resident said.",
        "Short closing line.",
    ])
    assert clean_text(text, rules) == "\n".join([
        NEWS, "\u201cWe have no water,\u201d a resident said.", "Short closing line."])


def test_appeal_tail_only_near_the_end(rules: BoilerplateRules) -> None:
    lines = ["Please support us by donating today.", "Short line one."] + [NEWS] * 8
    clean = clean_text("\n".join(lines), rules)
    assert clean.split("\n") == ["Short line one."] + [NEWS] * 8


def test_hard_wrapped_paragraphs_are_matched_whole(rules: BoilerplateRules) -> None:
    text = f"{NEWS}\n\nFollow us on Twitter\nto stay up to date.\n\nShort wrapped\nnews lines stay."
    assert clean_text(text, rules) == f"{NEWS}\n\nShort wrapped\nnews lines stay."


def test_extra_rules_file_extends(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text("[kinds.social]\npatterns = ['listen to our podcast.*']\n"
                     "[kinds.promo]\nmax_chars = 50\npatterns = ['buy our merch.*']\n", encoding="utf-8")
    mine = load_rules(extra)
    text = f"{NEWS}\nListen to our podcast on Spotify.\nBuy our merch today\nFollow us on Twitter."
    assert clean_text(text, mine) == NEWS
    assert "Listen to our podcast" in clean_text(text, load_rules())


@pytest.mark.parametrize(("content", "message"), [
    ("[kinds.x]\npatterns = ['(unclosed']\n", "bad regex"),
    ("[kinds.x\n", "invalid TOML"),
    ("[kinds.x]\npatterns = 'not a list'\n", "patterns"),
    ("[kinds.x]\nmax_chars = 'ten'\npatterns = []\n", "max_chars"),
])
def test_bad_rules_file_is_config_error(tmp_path: Path, content: str, message: str) -> None:
    extra = tmp_path / "bad.toml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_rules(extra)


def test_missing_rules_file_is_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="WARLOG_BOILERPLATE_RULES"):
        load_rules(tmp_path / "missing.toml")


PAGE = """<!DOCTYPE html><html><head><title>Page title | Outlet</title>
<meta property="og:title" content="Shelling kills two in Kupiansk">
<meta property="og:site_name" content="Kharkiv Daily">
<link rel="canonical" href="https://kharkiv.example/news/kupiansk">
<meta property="article:published_time" content="2026-03-04T10:00:00Z">
<meta name="warlog:synthetic" content="true"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/war">War</a></li></ul></nav>
<article><h1>Shelling kills two in Kupiansk</h1>
<p>Russian forces shelled the town of Kupiansk overnight, killing two civilians and wounding five,
the regional governor said on Telegram on Monday morning.</p>
<p>\u201cThe strike hit a residential street,\u201d he wrote \u2014 adding that rescuers worked
until dawn.</p>
<p>Ukraine\u2019s General Staff reported 140 clashes along the front line over the past day.</p></article>
<footer><p>\u00a9 2026 Kharkiv Daily</p></footer></body></html>"""


def test_html_to_text_paragraphs_and_metadata() -> None:
    text, meta = html_to_text(PAGE, "page.html")
    paragraphs = text.split("\n\n")
    assert "killing two civilians" in paragraphs[-3] and "140 clashes" in paragraphs[-1]
    assert "\u201cThe strike hit a residential street,\u201d he wrote \u2014" in text
    assert "Home" not in text and "2026 Kharkiv Daily" not in text
    assert meta == {"title": "Shelling kills two in Kupiansk", "outlet": "Kharkiv Daily",
                    "url": "https://kharkiv.example/news/kupiansk", "published": "2026-03-04",
                    "synthetic": "true"}


def test_html_title_falls_back_to_title_tag() -> None:
    page = PAGE.replace('<meta property="og:title" content="Shelling kills two in Kupiansk">', "")
    assert html_to_text(page, "p.html")[1]["title"] == "Page title | Outlet"


@pytest.mark.parametrize("html", [
    "<<<>>> garbage <p",
    "<html><head><title>x</title></head><body></body></html>",
    "<html><body><script>var x = 1;</script></body></html>",
    "",
])
def test_html_without_text_is_malformed(html: str) -> None:
    with pytest.raises(MalformedInputError, match="^bad.html: "):
        html_to_text(html, "bad.html")


def test_tag_soup_gives_text_or_malformed() -> None:
    soup = ("<html><body><div><p>Unclosed paragraph about the shelling of Kherson, which killed three people "
            "overnight, officials said <b>bold <p>Second paragraph about damage to the port. <div><table><tr>"
            "<td>x</body></html></div></html><p>")
    try:
        text, _ = html_to_text(soup, "soup.html")
    except MalformedInputError:
        return
    assert "shelling of Kherson" in text


@pytest.mark.parametrize(("text", "expected"), [
    ("Вчора ввечері російські війська обстріляли Харків, загинули двоє людей, повідомила обласна влада.",
     "uk"),
    ("Вчера вечером российские войска обстреляли Харьков, погибли два человека, сообщили местные власти.",
     "ru"),
    # Russian text quoting the Ukrainian spelling of Kyiv stays Russian
    ("Власти Киева (укр. Київ) сообщили, что ночью были слышны взрывы, жертв нет, пожары потушены быстро.",
     "ru"),
    ("Войната в Украйна продължава, съобщиха от министерството на отбраната.", "bg"),
    (NEWS, "en"),
    ("Les forces russes ont bombardé la ville de Koupiansk pendant la nuit, tuant deux civils.", "fr"),
    ("Kyiv", None),
    ("", None),
    # Short English headlines langdetect alone reads as Danish or German: stored unanalysed before
    ("Ukraine says four soldiers killed despite new truce", "en"),
    ("Dozens die in Ukraine in street battles", "en"),
    ("Die Armee meldet drei Tote in Charkiw nach dem Angriff", "de"),
    ("L'armée ukrainienne a abattu un drone russe au-dessus de Kiev, selon le ministère", "fr"),
])
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_detect_language_is_stable() -> None:
    text = "Ukraine army Kharkiv shelling today"
    assert len({detect_language(text) for _ in range(10)}) == 1
