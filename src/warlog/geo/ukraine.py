"""Every Ukrainian settlement, raion and hromada in the default index (KATOTTG + GeoNames points).

For each KATOTTG unit, centres first: a raion's point is its namesake town's GeoNames point (else
the mean of its hromadas' points), a hromada's its centre's (else the mean of its members' GeoNames
points, else its raion's). A centre name with several namesakes in the oblast (a renamed town whose
new name is also a city district's) is the namesake the unit's unambiguous members lie around.
A settlement GeoNames knows (same oblast, same phonetic key, the one nearest its hromada's centre
within ``_MATCH_KM``) gets the Ukrainian name and its transliteration added to the GeoNames place;
one GeoNames lacks becomes a place of its own at its hromada's centre (``located_by="hromada"``,
radius the hromada's extent) or, failing that, its raion's.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from .katottg import Oblast, Settlement, Unit, names, unit_stem
from .normalize import phonetic_key
from .place import ALT_NAME, MAIN_NAME, Place

SOURCE = "katottg"
_MATCH_KM = 60.0  # a GeoNames namesake farther than this from the hromada's centre is another village
_HROMADA_RADIUS = (5.0, 30.0, 15.0)  # min, max, default when no member has its own point
_RAION_RADIUS = (15.0, 80.0, 40.0)
_ANCHOR_KM = 40.0  # an unambiguous member this close to a centre namesake speaks for it
Point = tuple[float, float]


def km(a: Point, b: Point) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def mean(points: list[Point]) -> Point | None:
    if not points:
        return None
    return (round(sum(p[0] for p in points) / len(points), 5), round(sum(p[1] for p in points) / len(points), 5))


@dataclass
class Known:
    """GeoNames settlements of Ukraine by (admin1, phonetic key of any of their names)."""

    by_key: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    points: dict[int, Point] = field(default_factory=dict)
    population: dict[int, int] = field(default_factory=dict)
    admin1_of: dict[int, str] = field(default_factory=dict)

    def add(self, rowid: int, admin1: str, point: Point, population: int, all_names: list[str]) -> None:
        self.points[rowid] = point
        self.admin1_of[rowid] = admin1
        self.population[rowid] = population
        for key in {phonetic_key(n) for n in all_names}:
            if key:
                self.by_key.setdefault((admin1, key), []).append(rowid)

    def candidates(self, admin1: str, ukrainian: str) -> list[int]:
        return self.by_key.get((admin1, phonetic_key(ukrainian)), [])

    def nearest(self, rows: list[int], to: Point | None, limit: float = _MATCH_KM,
                members: list[Settlement] | None = None) -> int | None:
        if not rows:
            return None
        if members and len(rows) > 1:
            rows = self.supported(rows, members)
        if to is None:
            return max(rows, key=lambda r: self.population[r])
        best = min(rows, key=lambda r: km(self.points[r], to))
        return best if km(self.points[best], to) <= limit else None

    def supported(self, rows: list[int], members: list[Settlement]) -> list[int]:
        """Of a centre's namesakes, those with the most of the unit's unambiguous members nearby.

        A renamed centre can share its new name with a bigger place elsewhere in the oblast (a city
        district); the members with a single namesake in the oblast say which one the unit is around.
        """
        admin1 = self.admin1_of.get(rows[0], "")
        anchors = [self.points[r[0]] for s in members if len(r := self.candidates(admin1, s.name)) == 1]
        support = {row: sum(km(self.points[row], a) <= _ANCHOR_KM for a in anchors) for row in rows}
        best = max(support.values())
        return [row for row in rows if support[row] == best] if best else rows


@dataclass
class Added:
    places: int = 0
    matched: int = 0
    by_hromada: int = 0
    by_raion: int = 0


AddPlace = Callable[[Place, list[tuple[str, int]], bool], int | None]
AddNames = Callable[[int, list[tuple[str, int]]], None]


def _radius(centre: Point, points: list[Point], bounds: tuple[float, float, float]) -> float:
    lo, hi, default = bounds
    if not points:
        return default
    return round(min(hi, max(lo, max(km(centre, p) for p in points))), 1)


def load(oblasts: list[Oblast], known: Known, admin1_names: dict[tuple[str, str], str],
         add_place: AddPlace, add_names: AddNames) -> Added:
    """Add KATOTTG's raions, hromadas and settlements; returns counts."""
    out = Added()
    for oblast in oblasts:
        a1 = oblast.admin1
        a1_name = admin1_names.get(("UA", a1))
        for raion in oblast.raions:
            centre = raion.centre()
            members = [s for h in raion.hromadas for s in h.settlements]
            row = known.nearest(known.candidates(a1, centre.name), None, members=members) if centre else None
            raion_point = known.points[row] if row is not None else None
            hromada_points: list[Point] = []
            pending: list[Settlement] = []
            for hromada in raion.hromadas:
                point, member_points = _hromada(oblast, hromada, raion_point, known, a1_name, add_place,
                                                add_names, out, pending)
                if point is not None:
                    hromada_points.append(point)
                if hromada.code != raion.code:
                    _unit(hromada, "hromada", a1, a1_name, point, _radius(point, member_points, _HROMADA_RADIUS)
                          if point else None, add_place)
            raion_point = raion_point or mean(hromada_points)
            if raion.code != oblast.code and raion.hromadas and raion.hromadas[0].code != raion.code:
                _unit(raion, "raion", a1, a1_name, raion_point,
                      _radius(raion_point, hromada_points, _RAION_RADIUS) if raion_point else None, add_place)
            # settlements whose hromada has no point at all go to the raion's point
            if raion_point is not None:
                for s in pending:
                    _borrowed(s, "raion", a1, a1_name, raion_point, _RAION_RADIUS[2], add_place)
                    out.by_raion += 1
    return out


def _hromada(oblast: Oblast, hromada: Unit, raion_point: Point | None, known: Known, a1_name: str | None,
             add_place: AddPlace, add_names: AddNames, out: Added, pending: list[Settlement]
             ) -> tuple[Point | None, list[Point]]:
    a1 = oblast.admin1
    centre = hromada.centre()
    row = (known.nearest(known.candidates(a1, centre.name), raion_point, 100.0, hromada.settlements)
           if centre else None)
    point = known.points[row] if row is not None else None
    matched: dict[str, int] = {}
    for s in hromada.settlements:
        hit = known.nearest(known.candidates(a1, s.name), point or raion_point, _MATCH_KM if point else 100.0)
        if hit is not None:
            matched[s.code] = hit
    member_points = [known.points[r] for r in matched.values()]
    point = point or mean(member_points) or raion_point
    for s in hromada.settlements:
        if s.code in matched:
            add_names(matched[s.code], [(n, ALT_NAME) for n in names(s.name)])
            out.matched += 1
        elif point is not None:
            radius = _radius(point, member_points, _HROMADA_RADIUS)
            _borrowed(s, "hromada", a1, a1_name, point, radius, add_place)
            out.by_hromada += 1
        else:
            pending.append(s)
        out.places += 1
    return point, member_points


def _borrowed(s: Settlement, by: str, a1: str, a1_name: str | None, point: Point, radius: float,
              add_place: AddPlace) -> None:
    latin = names(s.name)[-1]
    place = Place(f"{SOURCE}:{s.code}", latin, latin, point[0], point[1], "P", "PPL", "UA", a1, a1_name, None,
                  0, "settlement", SOURCE, located_by=by, radius_km=radius)
    add_place(place, [(n, MAIN_NAME) for n in names(s.name)], False)


_UNIT_WORDS = {
    "hromada": (("громада", "територіальна громада"), ("hromada", "community", "territorial community")),
    "raion": (("район",), ("raion", "district")),
}


def _unit(unit: Unit, level: str, a1: str, a1_name: str | None, point: Point | None, radius: float | None,
          add_place: AddPlace) -> None:
    """A raion or hromada as a district-kind place: "Краснопільська громада", "Krasnopilska hromada"."""
    if point is None:
        return
    uk_words, en_words = _UNIT_WORDS[level]
    uk, latin = names(unit.name)[0], names(unit.name)[-1]
    all_names = [(f"{uk} {w}", MAIN_NAME) for w in uk_words] + [(f"{latin} {w}", MAIN_NAME) for w in en_words]
    centre = unit.centre()
    if centre is not None and unit_stem(unit.name):
        c_uk, c_latin = names(centre.name)[0], names(centre.name)[-1]
        all_names += [(f"{c_latin} {w}", ALT_NAME) for w in en_words] + [(f"{c_uk} {w}", ALT_NAME) for w in uk_words]
    title = f"{latin} {en_words[0]}"
    place = Place(f"{SOURCE}:{unit.code}", title, title, point[0], point[1], "A",
                  "ADM2" if level == "raion" else "ADM3", "UA", a1, a1_name, None, 0, "district", SOURCE,
                  located_by=level, radius_km=radius)
    add_place(place, all_names, True)
