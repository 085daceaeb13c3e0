"""One PersonMention per named person of a report: names, roles, attributes, fates, incidents, claims."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..models import Fate, PersonMention, Report
from .attributes import Describer
from .fates import FateFinder
from .lexicon import PeopleLexicon, people_lexicon
from .mentions import MentionIndex, Person, find_people

_HARMED = frozenset({"killed", "died", "wounded"})


def extract_people(report: Report, sentences: list[tuple[int, int]], doc: Any = None,
                   is_place: Callable[[str], bool] | None = None) -> list[PersonMention]:
    """``doc``, the parse when there is one, lets a name be checked against the grammar; ``is_place`` (the
    gazetteer's) keeps a one-word place the model tagged as a person out (``names``)."""
    lex = people_lexicon(report.document.language or "en")
    people = find_people(report, lex, doc, is_place)
    if not people:
        return []
    index = MentionIndex(report.document.text, people, sentences)
    describer = Describer(report, sentences, index, lex)
    descriptions = {id(p): describer.describe(p) for p in people}
    home_places = {pid for d in descriptions.values() for pid in d.home_place_ids}
    fates = FateFinder(report, sentences, index, lex, home_places).find()
    mentions: list[PersonMention] = []
    for number, person in enumerate(people, 1):
        described = descriptions[id(person)]
        roles = list(described.roles)
        own_fates = [f.fate for f in fates if f.person is person]
        for fate in own_fates:
            if any(cue.search(fate.span.text) for cue in lex.soldier_cues) and "soldier" not in roles:
                roles.append("soldier")  # "shot dead by a fellow soldier"
        for role in _incident_roles(report, person, lex):
            if role not in roles:
                roles.append(role)
        if any(f.status in _HARMED for f in own_fates) and "victim" not in roles:
            roles.append("victim")
        mentions.append(PersonMention(
            id=f"p{number}",
            name=person.name,
            spans=[report.span(a, b) for a, b in person.mentions],
            roles=sorted(roles, key=_ROLE_ORDER.index),
            attributes=described.attributes,
            fates=own_fates,
            incident_ids=_incident_ids(report, person, own_fates),
            claim_ids=[c.id for c in report.claims if c.claimant in person.names],
        ))
    return mentions


_ROLE_ORDER = ["victim", "perpetrator", "witness", "soldier", "commander", "relative", "expert", "official", "other"]


def _names_actor(person: Person, actor_text: str) -> bool:
    return actor_text in person.names or any(name in actor_text.split() for name in person.names if " " not in name)


def _incident_roles(report: Report, person: Person, lex: PeopleLexicon) -> list[str]:
    """Victim or perpetrator as the incidents name them; no victim who is said to have done the killing."""
    text = report.document.text
    killer = any(lex.active_killer.match(text, end) for _, end in person.mentions)
    roles: list[str] = []
    for incident in report.incidents:
        for actor in incident.actors:
            if actor.role not in ("victim", "perpetrator") or not _names_actor(person, actor.text):
                continue
            roles.append("perpetrator" if killer else actor.role)
    return roles


def _incident_ids(report: Report, person: Person, fates: list[Fate]) -> list[str]:
    """Incidents that name the person as an actor, tell of them in their evidence, or hold one of their fates."""
    ids: list[str] = []
    for incident in report.incidents:
        named = any(_names_actor(person, a.text) for a in incident.actors)
        told = any(s.start <= a < s.end for s in incident.evidence for a, _ in person.mentions)
        holds = any(f.incident_id == incident.id for f in fates)
        if (named or told or holds) and incident.id not in ids:
            ids.append(incident.id)
    return ids
