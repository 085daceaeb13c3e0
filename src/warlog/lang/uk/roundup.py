"""Ukrainian roundups: a regional post that tells its towns one by one (the towns' clauses, the sentences that
tell a toll in a town of their own without a trigger word, the sentence openings that start another town)."""

from __future__ import annotations

import re

from ...incidents.detect import Mention, tells_background
from ...incidents.lexicon import IncidentLexicon
from ...models import Entity, Quote, Report

_FLAGS = re.IGNORECASE
# A finite verb of death or injury (not "загиблого", which funerals and memorials use too).
_TOLL = re.compile(r"(?<![\w'’])(?:загину\w+|загинув|загибл\w+|поранено|поранен[аий]?|поранил\w*|поранив|травмован\w*|"
                   r"(?:зазнал\w*|дістал\w*|отримал\w*)\s+(?:[\w'’]+\s+)?поранен\w*|поранен\w+\s+(?:зазнал\w*|дістал\w*)|"
                   r"допомогу\s+медиків\s+отримал\w*|отримал\w*\s+(?:медичну\s+)?допомогу|звернул\w*\s+до\s+(?:медиків|лікарів)|"
                   r"постраждал\w*|постраждав|(?:в|у)бил[иа]|(?:в|у)бив|забрал\w*\s+життя)(?![\w'’])", _FLAGS)
_MOURNING = re.compile(r"(?<![\w'’])(?:попрощал\w*|прощанн\w*|похова\w*|похорон\w*|вшанува\w*|пам'ят\w*|"
                       r"пам’ят\w*|жалоб\w*)", _FLAGS)
TOWN_PRECISION = ("point", "settlement", "hromada", "district", "raion")  # hromadas resolve as districts
# Damage told in the impersonal passive ("У Лимані зруйновано 2 будинки", "пошкоджені автівки"): an ОВА roundup
# lists the towns the day's strikes hit this way, with no trigger word and often no toll.
_DAMAGE = re.compile(r"(?<![\w'’])(?:пошкоджено|зруйновано|знищено|понівечено|пошкоджен[іаийе]|зруйнован[іаийе]|"
                     r"знищен[іаийе]|вибито|вибиті|вибило|загорі\w+|спалахн\w+|пожеж\w+)(?![\w'’])", _FLAGS)


# A sentence that opens on another place: after a preposition ("У Херсоні ...", "По Кривому Рогу ..."), or on a
# hromada or district named as the sentence's subject or object ("Ямпільська громада – загинули ...",
# "Зеленодольську громаду обстріляли ...", "Нікопольський район атакували ..."), as roundups tell each unit.
NEW_SCENE = re.compile(r"\s*[«\"]?(?:(?:У|В|На|Біля|Поблизу|По)\s+(?:сел\.|с\.|смт|м\.|селі|місті|селищі)?\s*"
                       r"[А-ЯІЇЄҐ]|[А-ЯІЇЄҐ][\w'’-]+(?:ськ|цьк|зьк)\w*\s+(?:громад|район|округ)\w*(?![\w'’]))")
# "У сел. Борова загинув ...; у сел. Куп'янськ-Вузловий ... постраждав ...": a roundup's towns in one sentence
# "поранено трьох людей: у селищі Слатине — жінку, у селі Гусарівка Балаклійської громади — двох чоловіків": a toll's
# people listed town by town after a colon, each town's verb left out
_UNIT = r"(?:\s+(?:громади|району|області))?"
_NEXT_TOWN = re.compile(r";\s+(?=(?:у|в|на)\s+(?:сел\.|с\.|смт|м\.|селі|місті|селищі)?\s*[А-ЯІЇЄҐ])"
                        r"|[,:]\s+(?=(?:у|в|на)\s+(?:сел\.|с\.|смт|м\.|селі|місті|селищі)?\s*[А-ЯІЇЄҐ][\w'’-]+"
                        r"(?:\s+[А-ЯІЇЄҐ][\w'’-]+)?" + _UNIT + r"\s+[–—-]\s)"
                        # "У Нікополі травмована жінка, у Марганці загинув чоловік", "..., а в Антонівці загинув
                        # ...": the next town's own toll verb right after it
                        r"|,\s+(?:а\s+)?(?=(?:у|в)\s+(?:селі|місті|селищі)?\s*[А-ЯІЇЄҐ][\w'’-]+(?:\s+[А-ЯІЇЄҐ][\w'’-]+)?"
                        r"\s+(?:загинул?[аои]?|загинув|помер(?:ла|ли)?|поранен[оаий]|травмован[оаий]|постраждал[аио]?|"
                        r"постраждав)(?![\w'’]))")
# "у Лимані зруйновано 2 будинки, у Рубцях – будинок": a town whose verb is the previous clause's, left out (gapped)
_GAPPED = re.compile(r"\s*(?:у|в|на)\s+(?:сел\.|с\.|смт|м\.|селі|місті|селищі)?\s*[А-ЯІЇЄҐ][\w'’-]+(?<!ому)"
                     r"(?:\s+[А-ЯІЇЄҐ][\w'’-]+)?" + _UNIT + r"\s+[–—-]\s", _FLAGS)
# "в Ізюмському районі пошкоджено ..., у Чугуївському — два гаражі": a district whose noun and verb are the
# previous clause's, left out
_GAPPED_DISTRICT = re.compile(r"\s*(?:у|в)\s+[А-ЯІЇЄҐ][\w'’-]+(?:ськ|цьк|зьк)ому\s+[–—-]\s")


def roundup_clauses(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, with a roundup's semicolon-joined towns ("...; у с. Новомиколаївка ...") as clauses of
    their own, so each town is told apart."""
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        start = a
        for m in _NEXT_TOWN.finditer(text, a, b):
            out.append((start, m.start() + 1))
            start = m.end()
        out.append((start, b))
    return out


def roundup_tolls(report: Report, sentences: list[tuple[int, int]], mentions: list[Mention],
                  lex: IncidentLexicon) -> list[Mention]:
    """In a post about strikes, a sentence that tells a toll in a town of its own ("У селі Петропавлівка
    загинув 70-річний чоловік", "У Синьківці поранення зазнала жінка") is a strike there, though it has no
    trigger word: daily regional summaries list their towns this way."""
    text = report.document.text
    strikes = [m for m in mentions if m.type == "strike"]
    # a summary's total ("Усього за добу окупанти 46 разів обстріляли ...") is no event, but says what the post is
    rank = strikes[0].rank if strikes else next(
        (r for r, (kind, _, regex) in enumerate(lex.triggers) if kind == "strike" and regex.search(text)), None)
    if rank is None:
        return []
    told = {m.sentence for m in mentions}
    found: list[Mention] = []
    stated = False  # whether the previous clause told a toll or damage (a gapped clause takes its verb)
    district = False  # whether the previous clause told an event in a district (its trigger there, not damage alone)
    for index, (a, b) in enumerate(sentences):
        towns = [e for e in report.entities if e.label == "PLACE" and a <= e.start < b and e.geo is not None
                 and e.geo.precision in TOWN_PRECISION
                 and not lex.not_event_place.search(text[max(a, e.start - 60):e.start])]
        toll = _TOLL.search(text, a, b)
        settled = [e for e in towns if e.geo is not None and e.geo.precision in ("settlement", "point")
                   or (_katottg(e) or "")[9:12].strip("0")]
        if toll is None and settled and NEW_SCENE.match(text, a):
            # "У Слов'янську пошкоджено будинок.": a town opening its line with the damage there (a district's
            # damage, "У Бахмутському районі пошкоджено ...", sums up its towns: no event of its own)
            toll = _DAMAGE.search(text, a, b)
        gapped = _GAPPED.match(text, a) if stated and toll is None and settled else None
        if gapped is None and district and toll is None and towns:
            # (a district's damage alone, "У Ізюмському районі пошкоджено ..., у Чугуївському — ...", sums up its
            # towns; told as the day's strikes there, "через обстріли в ... районі пошкоджено ...", it is an event)
            gapped = _GAPPED_DISTRICT.match(text, a)
        district = (index in told or gapped is not None and district) and any(
            e.geo is not None and e.geo.precision in ("district", "raion") for e in towns)
        # (a list's item carries the verb on to the next, though its own place is unresolved)
        stated = toll is not None or gapped is not None or index in told or stated and bool(_GAPPED.match(text, a))
        if index in told:
            continue
        if (toll is None and gapped is None or not towns or tells_background(text[a:b], lex)
                or _MOURNING.search(text, a, b)):
            continue
        start, end = (toll.start(), toll.end()) if toll is not None else (gapped.end() - 2, gapped.end() - 1)  # type: ignore[union-attr]
        found.append(Mention("strike", index, start, end, None, rank))
    return found


_LIST_JOIN = re.compile(r"\s*(?:,|і|й|та)\s*")


def other_listed_town(text: str, mine: list[Entity], theirs: list[Entity]) -> bool:
    """Whether the earlier telling lists the towns attacked ("обстріляли Херсон та Антонівку", "атакували Нікополь і
    Марганець") and this one tells of a town of the list other than the first: each listed town's toll is an event of
    its own (the first is the earlier telling's)."""
    towns = [e for e in theirs if e.geo is not None and e.geo.precision in ("settlement", "point")]
    listed: list[Entity] = []
    for a, b in zip(towns, towns[1:], strict=False):
        if _LIST_JOIN.fullmatch(text, a.end, b.start):
            listed.extend(x for x in (a, b) if x not in listed)
        elif listed:
            break
    if not listed:
        return False
    ids = {e.geo.gazetteer_id for e in listed if e.geo is not None}
    own = {e.geo.gazetteer_id for e in mine if e.geo is not None and e.geo.precision in ("settlement", "point")}
    first = listed[0].geo.gazetteer_id if listed[0].geo is not None else None
    return bool(own) and own <= ids and first not in own


def lead_attribution(report: Report, sentences: list[tuple[int, int]], paragraphs: list[int]) -> list[Quote]:
    """The attribution of the story's lead ("..., повідомив у телеграм-каналі начальник ОВА"): the first quote with a
    speaker in the headline or the lead paragraph. A town told later with no attribution of its own ("На
    Синельниківщині ... спалахнули пожежі") is from the same source: the lead told whose post the story retells."""
    # (a headline, a lead, then "Як повідомили в ОК «Захід», ...": the paragraph after the lead when the lead has none)
    for last_paragraph in (1, 2):
        for q in report.quotes:
            index = next((i for i, (a, b) in enumerate(sentences) if a <= q.start < b), None)
            if (index is not None and paragraphs[index] <= last_paragraph and q.speaker is not None
                    and q.speaker.kind in ("person", "organization")):
                return [q]  # (not "Військовий визнав, що ...": the man the story is about is no source of it)
    return []


def _katottg(e: Entity) -> str | None:
    gid = e.geo.gazetteer_id if e.geo is not None else None
    return gid[len("katottg:"):] if gid and gid.startswith("katottg:UA") else None


def _contains(outer: str, inner: str) -> bool:
    """Whether one KATOTTG unit holds another: after "UA" a code gives the oblast (2 digits), the district (2), the
    hromada (3) and the settlement (3), zeros from the level where the unit stops."""
    for start, end in ((4, 6), (6, 9), (9, 12)):
        if not outer[start:end].strip("0"):
            return outer != inner and outer[:start] == inner[:start]
    return False


def codes_nest(mine: list[Entity], theirs: list[Entity]) -> bool:
    """Whether a place on one side lies in a district or hromada on the other ("в Шосткинському районі" and "у
    Середино-Будській громаді" of it): one event told at two levels, as a statement and the quote under it do. The
    side that holds the other names no town of its own ("у селі Петропавлівка Куп'янського району" and "у Синьківці"
    are two villages of one district)."""
    def coarse(places: list[Entity]) -> list[str]:
        codes = [c for c in map(_katottg, places) if c]
        if any(e.geo is not None and e.geo.precision in ("settlement", "point") for e in places) or any(
                c[9:12].strip("0") for c in codes):
            return []  # a settlement named (its own digits in the code)
        return codes

    a, b = [c for c in map(_katottg, mine) if c], [c for c in map(_katottg, theirs) if c]
    return (any(_contains(x, y) for x in coarse(mine) for y in b)
            or any(_contains(y, x) for y in coarse(theirs) for x in a))


_FRONT = re.compile(r"напрям", _FLAGS)


def front_holds(mine: list[Entity], theirs: list[Entity]) -> bool:
    """Whether one side names only a front sector ("на Покровському напрямку", resolved to the town it is named
    after) and the other a place of the same oblast ("біля Родинського"): a sector holds its villages, so the two are
    one event told at two levels."""
    def fronts(places: list[Entity]) -> set[str]:
        if not places or not all(_FRONT.search(e.text) for e in places):
            return set()
        return {e.geo.admin1 for e in places if e.geo is not None and e.geo.admin1}

    def regions(places: list[Entity]) -> set[str]:
        return {e.geo.admin1 for e in places if e.geo is not None and e.geo.admin1}

    a, b = fronts(mine), fronts(theirs)
    return bool(a and regions(theirs) and regions(theirs) <= a or b and regions(mine) and regions(mine) <= b)


def raions(places: list[Entity]) -> bool:
    """Whether every place is a raion (not a hromada, which the gazetteer also resolves as a district)."""
    def raion(e: Entity) -> bool:
        code = _katottg(e)
        return (e.geo is not None and e.geo.precision in ("district", "raion") and "громад" not in e.text.lower()
                and not (code or "")[6:9].strip("0"))  # (no hromada digits)
    return bool(places) and all(map(raion, places))
