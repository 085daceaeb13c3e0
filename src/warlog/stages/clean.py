"""Clean: from a RawInput body to the clean text every offset points into.

HTML goes through trafilatura (precision mode); then ``clean_text`` normalises
the text and drops boilerplate paragraphs (rules in ``data/boilerplate.toml``).
Cleaning happens once, here: later stages never change the text.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import trafilatura
from langdetect import DetectorFactory, LangDetectException, detect
from lxml.html import HtmlElement

from ..errors import ConfigError, MalformedInputError
from .ingest import normalize_meta

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_SPACES = re.compile(r"\s+")
_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_LONG_LINE = 100  # a block with a line this long is one paragraph per line, not hard-wrapped prose
_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэёЫЭЁ")  # not ъ: Bulgarian uses it a lot
_MIN_LETTERS = 20
_OTHER_CYRILLIC = set("ѓќѕљњџјђћўЃЌЅЉЊЏЈЂЋЎ")  # Macedonian, Serbian, Belarusian letters
# (not an ordinal's ending after a hyphen: "76-й" is no Ukrainian "й")
_CYRILLIC_WORD = re.compile(r"(?<![\w-])[\u0400-\u04ff'’]+")
# Frequent words one of the two languages has and the other lacks (spelt alike words are left out).
_UK_WORDS = frozenset({"що", "це", "та", "як", "від", "він", "вона", "вони", "був", "була", "були", "й", "і", "із",
                       "зі", "щоб", "або", "коли", "тому", "цього", "його", "нас", "після", "через", "вже", "ще",
                       "буде", "можна", "тут", "там", "дуже", "нема", "немає", "сьогодні", "вчора", "ворог"})
_RU_WORDS = frozenset({"что", "это", "как", "от", "он", "она", "они", "был", "была", "были", "и", "из", "со",
                       "чтобы", "или", "когда", "поэтому", "его", "после", "через", "уже", "еще", "будет", "можно",
                       "тут", "там", "очень", "нет", "сегодня", "вчера", "враг", "под", "село", "город", "огнем"})
# English words that no other Latin-script language spells alike, for headlines too short for langdetect
# (which reads "Two Ukrainian soldiers killed in Donbas" as Afrikaans and "Ukraine says 2 soldiers killed
# despite latest ceasefire" as French).
_EN_WORDS = frozenset({
    "the", "of", "and", "was", "were", "is", "are", "has", "have", "had", "been", "with", "from", "after", "says",
    "said", "say", "killed", "kills", "kill", "wounded", "injured", "dead", "died", "dies", "near", "his", "her",
    "their", "its", "that", "this", "which", "who", "during", "despite", "over", "into", "than", "by", "for", "to",
    "soldier", "soldiers", "troops", "forces", "attack", "attacks", "shelling", "strike", "strikes", "missile",
    "drone", "drones", "blast", "rebels", "rebel", "fighters", "fighting", "clashes", "militiaman", "militiamen",
    "civilians", "people", "city", "village", "region", "ministry", "army", "shot", "fire", "own", "men",
    "woman", "man", "children", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
    "more", "least", "east", "eastern", "south", "southern", "north", "northern", "west", "western", "one",
    "person", "enemy", "militia", "guards", "journalist", "sniper", "defense", "defence", "spokesman", "military",
    "seeking", "support", "force", "shelled", "shells", "repelled", "destroyed", "captured", "killing", "battle",
    "battles", "street", "streets", "bomb", "bombs", "injure", "injures", "wound", "wounds", "hits", "hit", "struck",
    "glide", "guided", "police", "officer", "officers", "governor"})
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:'s)?")
_SHORT_LATIN = 600  # letters: below this, langdetect's guess for a Latin-script text is checked against _EN_WORDS


@dataclass(frozen=True)
class RuleKind:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    max_chars: int
    guarded: bool = False


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled boilerplate rules; build with ``load_rules``."""

    kinds: tuple[RuleKind, ...]
    news_markers: tuple[re.Pattern[str], ...]
    tail_start_kinds: frozenset[str]
    tail_window: int
    tail_short_chars: int

    def is_news(self, paragraph: str) -> bool:
        form = _match_form(paragraph)
        return any(m.search(form) for m in self.news_markers)

    def match(self, paragraph: str) -> str | None:
        """The kind of boilerplate this whole paragraph is, or None."""
        form = _match_form(paragraph)
        news = self.is_news(paragraph)
        for kind in self.kinds:
            if len(form) <= kind.max_chars and not (kind.guarded and news):
                if any(p.fullmatch(form) for p in kind.patterns):
                    return kind.name
        return None


def _match_form(paragraph: str) -> str:
    return _SPACES.sub(" ", paragraph).strip().translate(_STRAIGHT)


def load_rules(extra: Path | None = None) -> BoilerplateRules:
    """The built-in rules, extended by ``extra`` (setting ``boilerplate_rules``) if given."""
    base = resources.files("warlog") / "data" / "boilerplate.toml"
    merged = _merge({}, _parse_toml(base.read_text(encoding="utf-8"), "data/boilerplate.toml"))
    if extra is not None:
        try:
            text = Path(extra).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"boilerplate rules {extra}: cannot read ({exc.strerror or exc}); "
                              "check WARLOG_BOILERPLATE_RULES") from exc
        merged = _merge(merged, _parse_toml(text, str(extra)))
    return _compile(merged)


def _parse_toml(text: str, name: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"boilerplate rules {name}: invalid TOML: {exc}") from exc
    data["_name"] = name
    return data


def _merge(into: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    name = data["_name"]
    into.setdefault("kinds", {})
    into.setdefault("markers", [])
    into.setdefault("tail", {})
    for kind, spec in data.get("kinds", {}).items():
        if not isinstance(spec, dict) or not isinstance(spec.get("patterns", []), list):
            raise ConfigError(f"boilerplate rules {name}: [kinds.{kind}] needs patterns = [...]")
        target = into["kinds"].setdefault(kind, {"patterns": [], "max_chars": 300, "guarded": False})
        target["patterns"] += [(p, name) for p in spec.get("patterns", [])]
        for key in ("max_chars", "guarded"):
            if key in spec:
                target[key] = spec[key]
    into["markers"] += [(p, name) for p in data.get("news", {}).get("markers", [])]
    into["tail"].update(data.get("tail", {}))
    return into


def _regex(pattern: object, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise ConfigError(f"boilerplate rules {where}: pattern {pattern!r} is not a string")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"boilerplate rules {where}: bad regex {pattern!r}: {exc}") from exc


def _compile(merged: dict[str, Any]) -> BoilerplateRules:
    kinds = []
    for kind, spec in merged["kinds"].items():
        if not isinstance(spec["max_chars"], int):
            raise ConfigError(f"boilerplate rules: [kinds.{kind}] max_chars must be an integer")
        patterns = tuple(_regex(p, f"{src} [kinds.{kind}]") for p, src in spec["patterns"])
        kinds.append(RuleKind(kind, patterns, spec["max_chars"], bool(spec["guarded"])))
    tail = merged["tail"]
    try:
        window, short = int(tail.get("window", 6)), int(tail.get("short_chars", 160))
        starts = frozenset(str(k) for k in tail.get("start_kinds", ["donation"]))
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"boilerplate rules: bad [tail] values {tail!r}: {exc}") from exc
    markers = tuple(_regex(p, f"{src} [news]") for p, src in merged["markers"])
    return BoilerplateRules(tuple(kinds), markers, starts, window, short)


def normalize_text(body: str) -> str:
    """NFC, \\n line ends, no invisible or control characters, no trailing spaces. Quotes kept."""
    text = body.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROLS.sub("", _INVISIBLE.sub("", text))
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def clean_text(body: str, rules: BoilerplateRules) -> str:
    """The clean text: normalised, boilerplate paragraphs removed, one blank line between blocks."""
    text = normalize_text(body).strip("\n")
    blocks = [b.split("\n") for b in _BLANK_LINES.split(text) if b.strip()]
    one_per_line = len(blocks) == 1
    # Units are (block, line) addresses; line None means the whole block is one paragraph.
    units: list[tuple[int, int | None]] = []
    for b, lines in enumerate(blocks):
        if len(lines) > 1 and (one_per_line or max(len(x) for x in lines) > _LONG_LINE):
            units.extend((b, i) for i in range(len(lines)))
        else:
            units.append((b, None))

    def unit_text(u: tuple[int, int | None]) -> str:
        lines = blocks[u[0]]
        return lines[u[1]] if u[1] is not None else "\n".join(lines)

    drop = {u for u in units if not unit_text(u).strip() or rules.match(unit_text(u))}
    drop |= _appeal_tail(units, [unit_text(u) for u in units], rules)
    kept_blocks = []
    for b, lines in enumerate(blocks):
        if (b, None) in drop:
            continue
        kept = [line for i, line in enumerate(lines) if (b, i) not in drop]
        if any(line.strip() for line in kept):
            kept_blocks.append("\n".join(kept))
    return "\n\n".join(kept_blocks).strip()


def _appeal_tail(units: list[tuple[int, int | None]], texts: list[str],
                 rules: BoilerplateRules) -> set[tuple[int, int | None]]:
    """Short paragraphs following a donation appeal that starts near the end."""
    start = max(0, len(units) - rules.tail_window)
    for i in range(start, len(units)):
        if rules.match(texts[i]) in rules.tail_start_kinds:
            tail = set()
            for j in range(i + 1, len(units)):
                text = texts[j]
                short = len(_match_form(text)) <= rules.tail_short_chars
                if rules.match(text) or (short and not rules.is_news(text)):
                    tail.add(units[j])
                else:
                    break  # the appeal block ended: this and what follows stay
            return tail
    return set()


def html_to_text(html: str, source: str) -> tuple[str, dict[str, str]]:
    """Main text of an HTML page (paragraphs separated by blank lines) and its metadata."""
    tree = trafilatura.load_html(html)
    if tree is None:
        raise MalformedInputError(source, "not parseable HTML")
    page = _page_meta(tree)
    options: dict[str, Any] = {"include_comments": False, "include_tables": False, "with_metadata": True,
                               "date_extraction_params": {"original_date": True, "extensive_search": False}}
    doc = trafilatura.bare_extraction(tree, favor_precision=True, **options)
    if doc is None or not str(getattr(doc, "text", "") or "").strip():
        # Precision mode discards some pages with little markup; one balanced try before giving up.
        doc = trafilatura.bare_extraction(tree, **options)
    text = str(getattr(doc, "text", "") or "") if doc is not None else ""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    if not paragraphs:
        raise MalformedInputError(source, "HTML page has no extractable article text")
    fallback = {"title": getattr(doc, "title", None), "outlet": getattr(doc, "sitename", None),
                "url": getattr(doc, "url", None), "published": getattr(doc, "date", None)}
    raw = {k: v for k, v in fallback.items() if v} | {k: v for k, v in page.items() if v}
    meta = normalize_meta(raw)
    if "published" not in meta and fallback["published"]:
        meta |= normalize_meta({"published": fallback["published"]})
    return "\n\n".join(paragraphs), meta


def _page_meta(tree: HtmlElement) -> dict[str, str]:
    def first(*xpaths: str) -> str:
        for xp in xpaths:
            for value in tree.xpath(xp):
                text = _SPACES.sub(" ", str(value)).strip()
                if text:
                    return text
        return ""

    return {
        "title": first("//meta[@property='og:title']/@content", "//title/text()"),
        "outlet": first("//meta[@property='og:site_name']/@content"),
        "url": first("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"),
        "published": first("//meta[@property='article:published_time']/@content",
                           "//meta[@name='article:published_time']/@content"),
        "synthetic": first("//meta[@name='warlog:synthetic']/@content"),
    }


def _cyrillic_language(cyrillic: list[str], sample: str) -> str | None:
    """uk or ru for a Cyrillic text: letters only one of them has, then words only one of them uses."""
    uk = sum(c in _UK_ONLY for c in cyrillic)
    ru = sum(c in _RU_ONLY for c in cyrillic)
    # і/ї/є are ~7% of Ukrainian letters; a Ukrainian name quoted in Russian text adds a few.
    if uk >= max(2, 0.01 * len(cyrillic)) and uk >= ru:
        return "uk"
    if ru > 0 and ru >= uk:
        return "ru"
    if uk > 0:
        return "uk"
    if sum(c in "ъЪ" for c in cyrillic) > 0.01 * len(cyrillic) or any(c in _OTHER_CYRILLIC for c in cyrillic):
        return None  # Bulgarian writes ъ in most sentences, Russian rarely; Serbian and Macedonian have letters
    # No telling letter (short posts: "Село под огнем", "Слава Україні" has one): function words.
    words = _CYRILLIC_WORD.findall(sample.lower())
    uk_words = sum(w in _UK_WORDS for w in words)
    ru_words = sum(w in _RU_WORDS for w in words)
    if uk_words != ru_words:
        return "uk" if uk_words > ru_words else "ru"
    # A sentence of Ukrainian without і, ї, є or ґ is all but impossible; of Russian without ы, э, ё, common.
    return "ru" if len(cyrillic) >= _MIN_LETTERS else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code: Cyrillic by letters and function words (uk/ru), else langdetect; None when too short.

    A short Cyrillic post is decided as soon as it holds a letter or word only one of the two languages has.
    """
    sample = text[:5000]
    letters = [c for c in sample if c.isalpha()]
    cyrillic = [c for c in letters if "\u0400" <= c <= "\u04ff"]
    if cyrillic and len(cyrillic) > len(letters) / 2:
        found = _cyrillic_language(cyrillic, sample)
        if found is not None or len(letters) < _MIN_LETTERS:
            return found
    if len(letters) < _MIN_LETTERS:
        return None
    DetectorFactory.seed = 0  # langdetect is random by default; fixed seed = same answer every run
    try:
        code: str = detect(sample).split("-")[0]
    except LangDetectException:
        return None
    if code != "en" and len(letters) < _SHORT_LATIN and _reads_english(sample):
        return "en"
    return code


def _reads_english(sample: str) -> bool:
    """A short Latin-script text that is English by its words: at least two English-only words (possessive 's
    counts), a quarter of the words that are not names (capitalised inside the text)."""
    english = counted = 0
    for i, word in enumerate(_LATIN_WORD.findall(sample.replace("\u2019", "'"))):
        lower = word.lower()
        known = lower in _EN_WORDS or lower.endswith("'s")
        english += known
        counted += known or i == 0 or not word[0].isupper()
    return english >= 2 and english >= counted / 4
