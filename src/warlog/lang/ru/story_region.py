"""Villages in the region the story is about: "погиб житель села Каменское" in a Zaporizhzhia governor's post is
the village in Zaporizhzhia Oblast, not the city of 230,000 in Dnipropetrovsk Oblast the gazetteer ranks first.
A settlement word ("села", "посёлка", "пгт") says the place is a village; when the gazetteer put it outside every
region the story names and a namesake lies in one of them, the namesake is the place. When none does and the
gazetteer's pick lies far from every such region ("в деревне Урусы" of a Kursk story read as a village in the Amur
region), the gazetteer lacks the village: it is left unresolved, to take the story's district or region.
"""

from __future__ import annotations

import re
from typing import Any

from ... import resources as res
from ...linking.features import haversine_km
from ...models import Entity, GeoRef, Report, Where
from ...settings import Settings

_VILLAGE_WORD = re.compile(r"(?<![\w-])(?:сел(?:о|а|е|у|ом)|пос[её]л(?:ок|ка|ке|ку|ком)|деревн(?:я|и|е|ю|ей)|пгт|"
                           r"хутор(?:а|е|у|ом)?|станиц(?:а|ы|е|у|ей))\s+$", re.IGNORECASE)
_WAR_COUNTRIES = ("RU", "UA")
_FAR_KM = 600.0  # further than this from every region the story names: not a village of its story


def story_regions(report: Report) -> set[str]:
    """The first-level regions the story names as regions ("в Запорожской области")."""
    return {e.geo.admin1 for e in report.entities if e.label == "PLACE" and e.geo is not None and e.geo.admin1
            and e.geo.precision == "region" and e.geo.country in _WAR_COUNTRIES}


def place_villages_in_story_region(report: Report, settings: Settings, resources: dict[str, Any]) -> None:
    regions = story_regions(report)
    if not regions:
        return
    text = report.document.text
    gazetteer = None
    for e in report.entities:
        if (e.label != "PLACE" or e.geo is None or e.geo.precision != "settlement" or e.geo.admin1 in regions
                or not _VILLAGE_WORD.search(text, max(0, e.start - 12), e.start)):
            continue
        if gazetteer is None:
            try:
                gazetteer = res.gazetteer(settings, resources)
            except Exception:  # noqa: BLE001 - a missing gazetteer leaves the places as they are
                return
        if not _take_namesake(e, gazetteer, regions) and _far(e, report):
            e.geo = None


def _far(e: Entity, report: Report) -> bool:
    """The place lies further than ``_FAR_KM`` from every region the story names."""
    if e.geo is None or e.geo.lat is None or e.geo.lon is None:
        return False
    centres = [(r.geo.lat, r.geo.lon) for r in report.entities if r.label == "PLACE" and r.geo is not None
               and r.geo.precision == "region" and r.geo.country in _WAR_COUNTRIES and r.geo.lat is not None
               and r.geo.lon is not None]
    return bool(centres) and all(haversine_km(e.geo.lat, e.geo.lon, lat, lon) > _FAR_KM for lat, lon in centres)


def _take_namesake(e: Entity, gazetteer: Any, regions: set[str]) -> bool:
    name = e.lemma or e.text
    found = [m.place for m in gazetteer.matches(name) if m.place.kind == "settlement"
             and m.place.country in _WAR_COUNTRIES and m.place.admin1_name in regions]
    if not found:
        return False
    p = max(found, key=lambda p: p.population)
    e.geo = GeoRef(gazetteer_id=p.id, name=p.name, lat=p.lat, lon=p.lon, admin1=p.admin1_name, country=p.country,
                   precision="settlement", confidence=0.5, radius_km=p.radius_km,
                   reason=f"a village of this name in the region the story names ({p.admin1_name})")
    return True


# "посёлок Каменка под Петербургом", "село Ивановка под Харьковом": a place put near a town the reader knows is
# the namesake nearest that town, whatever the story's other regions or the gazetteer's first pick.
_UNDER = re.compile(r"\s+(?:под|близ|возле|около)\s+", re.IGNORECASE)
_NEAR_KM = 150.0  # "под Петербургом" reaches a village 90 km out; a namesake across the border is none


def place_villages_near_town(report: Report, settings: Settings, resources: dict[str, Any]) -> None:
    places = sorted((e for e in report.entities if e.label == "PLACE"), key=lambda e: e.start)
    text = report.document.text
    gazetteer = None
    for e, town in zip(places, places[1:], strict=False):
        if (town.geo is None or town.geo.lat is None or town.geo.lon is None or town.geo.precision != "settlement"
                or not _UNDER.fullmatch(text, e.end, town.start)
                or (e.geo is not None and e.geo.precision not in ("settlement", "region"))):
            continue
        if gazetteer is None:
            try:
                gazetteer = res.gazetteer(settings, resources)
            except Exception:  # noqa: BLE001 - a missing gazetteer leaves the places as they are
                return
        near = [(haversine_km(m.place.lat, m.place.lon, town.geo.lat, town.geo.lon), m.place)
                for m in gazetteer.matches(e.lemma or e.text) if m.place.kind == "settlement"
                and m.place.country == town.geo.country and m.place.lat is not None and m.place.lon is not None
                and m.place.id != town.geo.gazetteer_id]
        near = [(d, p) for d, p in near if d <= _NEAR_KM]
        if near:
            _, p = min(near, key=lambda x: x[0])
            e.geo = GeoRef(gazetteer_id=p.id, name=p.name, lat=p.lat, lon=p.lon, admin1=p.admin1_name,
                           country=p.country, precision="settlement", confidence=0.5, radius_km=p.radius_km,
                           reason=f"the {p.name} nearest the town it is put near ({town.geo.name})")


def near_town(place: Entity, town: Entity) -> bool:
    """The gazetteer puts ``place`` within reach of ``town`` (then the town only says where the place is)."""
    a, b = place.geo, town.geo
    if a is None or b is None or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= _NEAR_KM  # type: ignore[arg-type]


# "Росгвардия по Петербургу и Ленобласти", "ГУ МВД по Белгородской области": a regional branch's channel names the
# region its posts are about; a town the text names without its region ("В Кировске задержан подросток") is the
# namesake in that region, not the gazetteer's first pick elsewhere.
_BRANCH_OF = re.compile(r"(?<![\w-])по\s+(.+)$", re.IGNORECASE)
_REGION_PHRASE = re.compile(r"([А-ЯЁ][а-яё-]+)(?:\s+(области|краю|края|республике))?")


def outlet_regions(outlet: str | None, gazetteer: Any) -> set[str]:
    """The first-level regions a regional branch's name gives after "по" ("по Петербургу и Ленобласти")."""
    from .models import parses

    found = _BRANCH_OF.search(outlet or "")
    if found is None:
        return set()
    regions: set[str] = set()
    for m in _REGION_PHRASE.finditer(found.group(1)):
        word, kind = m.group(1), m.group(2)
        parsed = parses(word.lower())
        if not parsed:
            continue
        names = [parsed[0].normal_form]
        if kind:  # "Белгородской области" -> "белгородская область", "Краснодарскому краю" -> "краснодарский край"
            gender, noun = ("masc", "край") if kind.startswith("кра") else ("femn", "область")
            if kind == "республике":
                gender, noun = "femn", "республика"
            form = parsed[0].inflect({gender, "nomn", "sing"})
            names = [f"{form.word} {noun}"] if form is not None else []
        for name in names:
            regions |= {p.place.admin1_name for p in gazetteer.matches(name)
                        if p.place.kind == "region" and p.place.country in _WAR_COUNTRIES and p.place.admin1_name}
    return regions


def place_towns_in_outlet_region(report: Report, settings: Settings, resources: dict[str, Any]) -> None:
    if not _BRANCH_OF.search(report.document.outlet or "") or story_regions(report):
        return
    try:
        gazetteer = res.gazetteer(settings, resources)
    except Exception:  # noqa: BLE001 - a missing gazetteer leaves the places as they are
        return
    regions = outlet_regions(report.document.outlet, gazetteer)
    if not regions:
        return
    for e in report.entities:
        if (e.label == "PLACE" and e.geo is not None and e.geo.precision == "settlement"
                and e.geo.admin1 not in regions):
            _take_namesake(e, gazetteer, regions)


# "украинский военный сдался в плен, помахав дрону", "боец ВСУ отказался идти на позиции": an event of Ukraine's
# forces told with no place happened in Ukraine (at country precision, the words that say so its evidence). A
# Russian soldier's surrender, desertion or refusal may be told from anywhere the army is: no country for it.
_UKRAINIAN_FORCES = re.compile(r"(?<![\w-])(?:украинск(?:ий|ого|ому|им|ие|их|ая|ой)\s+(?:военн\w+|военнослужащ\w+|"
                               r"солдат\w*|бо[ей]ц\w*|морпех\w*|десантник\w*|пограничник\w*|защитник\w*)|ВСУ|ТЦК|СЗЧ)"
                               r"(?![\w-])", re.IGNORECASE)
_FORCES_OWN = frozenset({"desertion_or_surrender", "refusal_to_fight", "abandonment", "intra_force_killing",
                         "friendly_fire", "mobilization"})


def ukraine_by_its_forces(report: Report) -> None:
    """Incidents of a force's own (a surrender, a desertion, a refusal) still without a place whose evidence
    names Ukraine's forces, placed in Ukraine at country precision."""
    text = report.document.text
    for incident in report.incidents:
        if incident.where is not None or incident.type not in _FORCES_OWN:
            continue
        m = next((m for s in incident.evidence if (m := _UKRAINIAN_FORCES.search(text, s.start, s.end))), None)
        if m is not None:
            incident.where = Where(name="Ukraine", text=m.group(), country="UA", precision="country",
                                   span=report.span(m.start(), m.end()))
