"""Where one grouped telling goes on to another event: a sentence opening on a new scene, another weapon on other
places, or (English roundups) a clause naming another village than the group's. Shared by the English and Ukrainian
incident stages."""

from __future__ import annotations

import re

from ..models import Entity
from .detect import Candidate, Mention, is_country

# A sentence opening on a new scene ("In Kupiansk, two were killed", "Elsewhere, ...") tells another event.
# (after a source: "According to the police, Russian forces also dropped bombs on the villages of A and B")
NEW_SCENE = re.compile(r"\s*(?:According\s+to\s+[^,.]{1,60},\s*)?(?:In|At(?!\s+(?:about|around|roughly|the\s+same)\b)|"
                       r"Near|Outside|Elsewhere|Separately|Meanwhile|Also|Later|Earlier|Overnight|"
                       # another day opens another scene: "On Friday, a drone strike on the Kyivskyi district ..."
                       r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+(?-i:[A-Z])[a-z]+|"
                       r"(?-i:[A-Z])[a-z]+\s+\d{1,2})\s*,|Yesterday\s*,|"
                       r"(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,3}\s+also\s+(?!said\b|told\b|reported\b)"
                       r"(?:shelled|struck|hit|attacked|bombed|targeted|fired\s+(?:on|at)|dropped|came\s+under|"
                       r"(?:were|was)\s+(?:shelled|hit|attacked|struck))\b)")

# A telling that calls itself another event: "In a separate attack, three were wounded", "hurt in a separate strike
# by a drone", "Separately, ...", "Earlier today, a drone attack on ...".
SEPARATE = re.compile(r"\b(?:a|another)\s+separate\s+(?:\w+\s+){0,2}?(?:attacks?|strikes?|shelling|incidents?|raids?|"
                      r"explosions?|blasts?|bombings?|assaults?)\b", re.IGNORECASE)
# (matched at the sentence's start)
SEPARATE_OPENING = re.compile(r"\s*(?:Separately\b|Earlier\s+(?:today|on\s+\w+day|this\s+(?:morning|week)|that\s+day|"
                              r"in\s+the\s+day)\b)", re.IGNORECASE)
# ... or that opens on a time of its own and says it is one more: "In July a Ka-52 was also brought down".
OTHER_TIME = re.compile(r"\s*(?:In|On|Last|Earlier\s+in)\s+(?:(?:early|mid|late)[\s-]+)?"
                        r"(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|\d{4})\b"
                        r"[^.]*\b(?:also|another|similar|earlier|previously)\b")


# A toll of a region's day or of several attacks: "Russian attacks on X Oblast over the past day killed three"
ROUNDUP = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|night)\b[^.;]{0,40}?\b(?:killed|"
                     r"wounded|injured)\b|\b(?:attacks|strikes|shellings)\s+(?:\w+\s+){0,8}?(?:killed|wounded|injured)\b",
                     re.IGNORECASE)


def split_scenes(candidates: list[Candidate], text: str, sentences: list[tuple[int, int]],
                 entities: list[Entity], scene: re.Pattern[str] = NEW_SCENE,
                 by_clause: bool = False) -> list[Candidate]:
    """A grouped candidate goes on to another event where a sentence opens on a new scene with a place of its own
    ("... in Kharkiv Oblast's Kupiansk district, the governor said. In Sumy Oblast, rocket strikes on ..."), and
    (``by_clause``) where a trigger's own clause names another village than the group's ("Artillery fired at A, the
    invaders launched a grenade attack on B")."""
    out: list[Candidate] = []
    for cand in candidates:
        current = Candidate(cand.type)
        seen: set[str] = set()
        sites: list[Entity] = []
        for m in cand.mentions:
            a, b = sentences[m.sentence]
            places = {e.text.casefold() for e in entities if e.label == "PLACE" and a <= e.start < b
                      and not is_country(e)}
            # a new scene opens on its own words, or on other places struck by another weapon ("... came under
            # artillery fire. A drone attack on Bilopillia injured a woman.")
            other_weapon = bool(current.mentions and m.subtype and current.mentions[-1].subtype
                                and m.subtype != current.mentions[-1].subtype)
            site = _clause_site(text, m, a, b, entities) if by_clause and cand.type == "strike" else None
            # after a roundup of a region's day, each place told next is an event of its own ("Russian attacks on
            # Donetsk Oblast over the past day killed three. Two people were killed in Kostiantynivka, ...")
            after_roundup = bool(current.mentions) and all(
                ROUNDUP.search(text, *sentences[x.sentence]) for x in current.mentions)
            if (current.mentions and m.sentence != current.mentions[-1].sentence
                    and (scene.match(text, a) or other_weapon or after_roundup) and places and not places & seen) or (
                    current.mentions and m.sentence != current.mentions[-1].sentence
                    and (SEPARATE.search(text, a, b) or SEPARATE_OPENING.match(text, a)
                         or OTHER_TIME.match(text, a))) or (
                    site is not None and sites and all(_other_site(site, s) for s in sites)):
                out.append(current)
                current, seen, sites = Candidate(cand.type), set(), []
                if site is not None and m.sentence == out[-1].mentions[-1].sentence:
                    current.site = site  # another village of the same sentence: its clause places it
            current.mentions.append(m)
            seen |= places
            if site is not None:
                sites.append(site)
        out.append(current)
    return out


_CLAUSE_EDGE = re.compile(r"[;,:]|\.\s")
_ANAPHOR_CLAUSE = re.compile(r"\s*(?:and\s+)?(?:the|this|that|its)\s+(?:strike|attack|missile|drone|shelling|blast|"
                             r"explosion|rocket|bomb)s?\b", re.IGNORECASE)
_SITE_PRECISION = ("settlement", "hromada", "district")


def _clause_site(text: str, m: Mention, a: int, b: int, entities: list[Entity]) -> Entity | None:
    """The one village or hromada named in the trigger's own clause ("Artillery fired at the Esman community, the
    invaders launched a grenade attack on the Znob-Novhorodske community"), else None."""
    before = [e.end() for e in _CLAUSE_EDGE.finditer(text, a, m.start)]
    after = _CLAUSE_EDGE.search(text, m.end, b)
    lo, hi = (before[-1] if before else a), (after.start() if after else b)
    if _ANAPHOR_CLAUSE.match(text, lo):
        return None  # "..., the strike hit a warehouse in Chornomorsk": the same event told on
    inside = [e for e in entities if e.label == "PLACE" and lo <= e.start and e.end <= hi and e.geo is not None
              and e.geo.precision in _SITE_PRECISION]
    return inside[0] if len(inside) == 1 else None


_STEM_HEADS = re.compile(r"^(?:velyk(?:a|e|yi|o)|nov(?:a|e|yi|o)|mal(?:a|e|yi|o)|star(?:a|e|yi|o))", re.IGNORECASE)


def _stem(name: str) -> str:
    """A place name's first letters for telling a town from its hromada ("Velyka Pysarivka", "Velykopysarivska
    hromada": "velykpy" both), with the common adjectival heads cut to their root."""
    flat = re.sub(r"[\s'’-]", "", name.casefold().removesuffix(" hromada"))
    return _STEM_HEADS.sub(lambda m: m.group(0)[:-1] if m.group(0)[-2:] != "yi" else m.group(0)[:-2], flat)[:7]


def _other_site(one: Entity, other: Entity) -> bool:
    """Two sites that are not one place told two ways ("Bilopillia" and "the Bilopillia community")."""
    g, h = one.geo, other.geo
    if g is None or h is None or g.precision != h.precision or g.gazetteer_id == h.gazetteer_id:
        return False  # (a district beside a town may be the town's own district: only sites of one kind)
    a, b = g.gazetteer_id or "", h.gazetteer_id or ""
    if a.startswith("katottg:UA") and b.startswith("katottg:UA"):
        return a[:17] != b[:17]  # the codifier's oblast, raion and hromada digits
    return _stem(g.name) != _stem(h.name)
