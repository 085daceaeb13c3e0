"""One event told in English, Russian and Ukrainian becomes one canonical incident; events that only look alike
(another town the same day, another shelling, another protest) stay apart. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest
from linkhelp import member, stored

from warlog.linking.linker import Linker
from warlog.linking.member import Member
from warlog.models import Count

DAY = date(2024, 6, 11)


def _m(doc: str, text: str, lang_outlet: str, *, type_: str = "strike", place: str = "Kostiantynivka",
       day: date | None = DAY, killed: int | None = None, injured: int | None = None) -> Member:
    m = member(doc, type_=type_, place=place, day=day, killed=killed, outlet=lang_outlet,
               published=day or date(2024, 6, 12))
    if injured is not None:
        m.incident.injured = Count(best=injured, low=injured, high=injured, text=str(injured))
    return m.model_copy(update={"text": text})


SAME_EVENTS = {
    "kostiantynivka": [
        _m("en1", "Two civilians were killed when a Russian glide bomb hit a shop in Kostiantynivka on Tuesday.",
           "Wire EN", killed=2),
        _m("ru1", "Во вторник российская управляемая авиабомба попала в магазин в Константиновке, погибли двое.",
           "Лента RU", killed=2),
        _m("uk1", "У вівторок російська керована авіабомба влучила в магазин у Костянтинівці, загинули двоє цивільних.",
           "Стрічка UK", killed=2),
    ],
    "kreminna": [
        _m("en2", "Mobilised soldiers refused to advance near Kreminna and were locked in a basement, wives say.",
           "Wire EN", type_="refusal_to_fight", place="Kreminna", day=date(2024, 6, 9)),
        _m("ru2", "Мобилизованные отказались идти в наступление под Кременной, их заперли в подвале, говорят жёны.",
           "Лента RU", type_="refusal_to_fight", place="Kreminna", day=date(2024, 6, 9)),
        _m("uk2", "Мобілізовані відмовилися наступати біля Кремінної, їх замкнули в підвалі, кажуть дружини.",
           "Стрічка UK", type_="refusal_to_fight", place="Kreminna", day=date(2024, 6, 9)),
    ],
    "avdiivka": [
        _m("en3", "A Russian soldier shot dead two comrades after an argument at a post near Avdiivka.",
           "Wire EN", type_="intra_force_killing", place="Avdiivka", day=date(2024, 6, 5), killed=2),
        _m("uk3", "Російський військовий застрелив двох побратимів після сварки на позиції біля Авдіївки.",
           "Стрічка UK", type_="intra_force_killing", place="Avdiivka", day=date(2024, 6, 5), killed=2),
    ],
}
LOOK_ALIKE = [
    # the same day, the next town, another toll
    _m("en4", "A drone hit a shop in Kramatorsk on Tuesday, injuring five people, the mayor said.", "Wire EN",
       place="Kramatorsk", injured=5),
    # another shelling, another region
    _m("uk4", "Окупанти обстріляли Херсон з артилерії, поранено трьох людей, повідомила ОВА.", "Стрічка UK",
       place="Kherson", injured=3),
    # a refusal far from Kreminna, weeks later
    _m("ru4", "Мобилизованные из Бурятии отказались выходить на позиции под Бахмутом.", "Лента RU",
       type_="refusal_to_fight", place="Bakhmut", day=date(2024, 7, 20)),
]


@pytest.fixture(scope="module")
def clusters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Incident id -> canonical id after linking every report, in an order that mixes the languages."""
    from warlog.store import open_store
    from warlog.store.links import LinkStore

    order = [m for ms in zip(*SAME_EVENTS.values(), strict=False) for m in ms] + LOOK_ALIKE
    order += [m for ms in SAME_EVENTS.values() for m in ms if m not in order]
    with open_store(str(tmp_path_factory.mktemp("xl") / "w.db")) as store:
        links = LinkStore(store)
        for m in order:
            stored(store, m)
        with links.write():
            decisions = Linker(links).link_members(order)
    return {d.incident_id: d.canonical_id for d in decisions}


@pytest.mark.parametrize("event", sorted(SAME_EVENTS))
def test_one_event_in_three_languages_is_one_canonical_incident(clusters: dict[str, str], event: str) -> None:
    assert len({clusters[m.incident.id] for m in SAME_EVENTS[event]}) == 1


def test_events_that_only_look_alike_stay_apart(clusters: dict[str, str]) -> None:
    events = {clusters[ms[0].incident.id] for ms in SAME_EVENTS.values()}
    assert len(events) == len(SAME_EVENTS)
    apart = [clusters[m.incident.id] for m in LOOK_ALIKE]
    assert len(set(apart)) == len(apart) and not set(apart) & events


def test_the_demo_links_ukrainian_and_russian_samples_to_their_english_counterparts(tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    """The demo's retellings (data/samples/uk, and reports/11-13 in Russian) join the English samples' events."""
    from importlib import resources

    import warlog

    samples = resources.files("warlog") / "data" / "samples"
    db = str(tmp_path / "demo.db")
    warlog.ingest([str(samples / "reports"), str(samples / "uk")], db, settings=settings)
    with warlog.open(db) as database:
        languages = {}
        for event in database.canonical():
            docs = [database.report(doc_id) for doc_id in event.reports]
            languages[(event.type, event.where.name if event.where else None)] = {
                d.document.language for d in docs if d is not None}
    assert {"en", "ru", "uk"} <= languages[("strike", "Balakliya")]
    assert {"en", "ru", "uk"} <= languages[("friendly_fire", "Verbove")]
