"""Governor's roundups for Russian: the places told one by one in a post about strikes, each an event of its own."""

from __future__ import annotations

import re

from ...incidents.detect import Candidate, Mention, is_country
from ...models import Report

_ADMIN = re.compile(r"(?:област|кра[йяюе]|республик|округ|район)", re.IGNORECASE)


# Damage told village by village in a governor's roundup: "В селе Червона Дибровка повреждено оборудование ...,
# в Мешковом — автомобиль. В Белянке пострадали два грузовика, один сгорел."
_DAMAGE = re.compile(r"(?<![\w-])(?:поврежд\w*|сгорел\w*|выбиты|выбито|посечен\w*|посечены|разрушен\w*|"
                     r"пострадал[аио]?|уничтожен\w*)(?![\w-])", re.IGNORECASE)
_LISTED = 2  # more places than this in one sentence of damage is a list that sums the day up
_NOT_DAMAGED = re.compile(r"(?<![\w-])(?:не|ни|никто|ничего|нет)\s+(?:\S+\s+)?$", re.IGNORECASE)


def damage_roundup(report: Report, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Candidate]:
    """In a post about strikes, each village named in a sentence of damage with no trigger of its own is a strike
    there (one candidate per village), as daily summaries list them."""
    strikes = [m for m in mentions if m.type == "strike"]
    if not strikes:
        return []
    text, told = report.document.text, {m.sentence for m in mentions}
    told_names = {(e.lemma or e.text).casefold() for e in report.entities if e.label == "PLACE"
                  and any(sentences[i][0] <= e.start < sentences[i][1] for i in told)}
    # places named already where an event was told (whatever their case: "Грайворон", "часть Грайворона")
    told_places = {e.start for e in report.entities if e.label == "PLACE"
                   and (e.lemma or e.text).casefold() in told_names}
    found: list[Candidate] = []
    for index, (a, b) in enumerate(sentences):
        damage = [m for m in _DAMAGE.finditer(text, a, b)
                  if not _NOT_DAMAGED.search(text, max(a, m.start() - 25), m.start())]
        if index in told or not damage:
            continue  # ("никто не пострадал", "ничего не повреждено": no damage told)
        places = [e for e in report.entities if e.label == "PLACE" and a <= e.start < b and not is_country(e)]
        if len(places) > _LISTED or any(e.start in told_places for e in places):
            continue  # a list of districts and towns sums the day up; a place told already: more of its story
        for e in places:
            if (not _ADMIN.search(e.text)
                    and (e.geo is None or e.geo.country in ("RU", "UA")
                         and e.geo.precision in ("settlement", "point", "region"))):
                found.append(Candidate("strike", [Mention("strike", index, e.start, e.end, None, strikes[0].rank)]))
    return found
