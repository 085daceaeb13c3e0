"""Ukrainian desertions told as a serviceman's status rather than as an event: in the sentence that tells his
arrest ("ДБР затримало військового в СЗЧ", "затримали військовослужбовця, який самовільно залишив частину") and
in a relative clause ("він військовий, який самовільно залишив частину на Миколаївщині")."""

from __future__ import annotations

import re

from ...incidents.detect import Candidate, Mention
from ...models import Report

_DESERTION = "desertion_or_surrender"
_RELATIVE_BEFORE = re.compile(r"(?<![\w'’])(?:який|яка|які|котрий|котра|котрі)\s+(?:[\w'’-]+\s+){0,3}$",
                              re.IGNORECASE)
_FOUND_BEFORE = re.compile(r"(?<![\w'’])(?:встановил\w*|встановлено|з['’]ясува\w*|з['’]ясовано)\s*,?\s+що\s+[^.;]*$",
                           re.IGNORECASE)


def held_mans_status(mentions: list[Mention], report: Report, sentences: list[tuple[int, int]]) -> list[Mention]:
    """Desertion mentions in a sentence that tells an arrest describe the man held. Where the story tells the
    desertion again in a sentence of its own that says where he deserted from ("самовільно залишив частину на
    Миколаївщині"), that telling is the desertion and the arrest's sentences tell none of their own (else the
    arrest's place, where he was held, would make a second desertion of it). Alone, they are the desertion."""
    arrests = {m.sentence for m in mentions if m.type == "arrest_or_detention"}

    def placed(index: int) -> bool:
        a, b = sentences[index]
        return any(e.label == "PLACE" and a <= e.start < b for e in report.entities)

    if not any(m.type == _DESERTION and m.sentence not in arrests and placed(m.sentence) for m in mentions):
        return mentions
    return [m for m in mentions if not (m.type == _DESERTION and m.sentence in arrests)]


def status_clause(text: str, cand: Candidate) -> bool:
    """A desertion told only in relative clauses ("військовий, який самовільно залишив частину") or as what an
    investigation found ("Слідство з'ясувало, що він ... самовільно покинув частину"): a status whose start the
    story does not date; the date of a neighbouring sentence is another event's ("відео з'явилося наприкінці
    лютого")."""
    return cand.type == _DESERTION and all(
        _RELATIVE_BEFORE.search(text, max(0, m.start - 60), m.start)
        or _FOUND_BEFORE.search(text, max(0, m.start - 120), m.start) for m in cand.mentions)
