"""Stage ``people`` for Ukrainian: one PersonMention per named person (short forms merged by surname lemma),
with roles (official when quoted, victim when named in a lethal incident), age and stated fates."""

from __future__ import annotations

import re
from typing import Any

from ...models import Fate, PersonAttribute, PersonMention, Report
from ...pipeline.component import Work
from ...settings import Settings
from . import morph

_AGE = re.compile(r"(\d{1,3})[-‑]річн\w*")
_KILLED = re.compile(r"(?<![\w'’])(?:загинув|загинула|загиблий|загибла|вбитий|вбита|убитий|убита)(?![\w'’])", re.I)
_WOUNDED = re.compile(r"(?<![\w'’])(?:поранений|поранена|дістав\w*\s+поранення|травмований|травмована)(?![\w'’])",
                      re.I)


def _key(name: str) -> str:
    return morph.lemma(name.split()[-1])


def extract_people(report: Report, sentences: list[tuple[int, int]]) -> list[PersonMention]:
    text = report.document.text
    groups: dict[str, list[tuple[int, int, str]]] = {}
    order: list[str] = []
    for e in report.entities:
        if e.label != "PERSON":
            continue
        key = _key(e.lemma or e.text)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((e.start, e.end, e.lemma or e.text))
    speakers = {_key(q.speaker.name): q for q in report.quotes if q.speaker and q.speaker.kind == "person"}
    people: list[PersonMention] = []
    for number, key in enumerate(order, 1):
        spans = groups[key]
        name = max((s[2] for s in spans), key=lambda n: len(n.split()))
        mention = PersonMention(id=f"p{number}", name=name, spans=[report.span(a, b) for a, b, _ in spans])
        if key in speakers:
            mention.roles.append("official")
            mention.claim_ids = [c.id for c in report.claims if c.claimant and _key(c.claimant) == key]
        for a, b, _ in spans:
            sentence = next(((s, t) for s, t in sentences if s <= a < t), (a, b))
            window = text[sentence[0]:sentence[1]]
            age = _AGE.search(text, max(sentence[0], a - 30), min(sentence[1], b + 30))
            if age and not any(x.name == "age" for x in mention.attributes):
                mention.attributes.append(PersonAttribute(name="age", value=age.group(1),
                                                          span=report.span(age.start(), age.end())))
            for regex, status in ((_KILLED, "killed"), (_WOUNDED, "wounded")):
                m = regex.search(window)
                if m and abs(sentence[0] + m.start() - a) < 60 and not any(f.status == status for f in mention.fates):
                    start = sentence[0] + m.start()
                    mention.fates.append(Fate(status=status, span=report.span(start, sentence[0] + m.end())))
                    if "victim" not in mention.roles:
                        mention.roles.append("victim")
        mention.incident_ids = [i.id for i in report.incidents
                                if any(any(a <= s < b for a, b in ((ev.start, ev.end) for ev in i.evidence))
                                       for s, _, _ in spans)]
        people.append(mention)
    return people


class UkPeopleStage:
    def __init__(self, settings: Settings, resources: dict[str, Any]) -> None:
        self.settings = settings

    def __call__(self, work: Work) -> Work:
        if work.doc is None:
            return work
        work.report.people = extract_people(work.report, work.scratch.get("sentences", []))
        return work


def make_uk_people(settings: Settings, resources: dict[str, Any]) -> UkPeopleStage:
    """Ukrainian named people with roles, age and stated fates."""
    return UkPeopleStage(settings, resources)
