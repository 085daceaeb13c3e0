"""The incremental linker on hand-made members (no embeddings: the other fields decide)."""

from __future__ import annotations

from datetime import date

from linkhelp import member

from warlog.linking.linker import Linker, MemoryIndex


def _linker() -> Linker:
    return Linker(MemoryIndex(), use_embeddings=False)


def test_reports_of_one_strike_merge() -> None:
    linker = _linker()
    first = linker.link_members([member("d1", killed=3)])[0]
    second = linker.link_members([member("d2", killed=3, outlet="Outlet B")])[0]
    assert first.new and not second.new and second.canonical_id == first.canonical_id


def test_two_incidents_of_one_document_never_merge() -> None:
    linker = _linker()
    decisions = linker.link_members([member("d1", 1, killed=3), member("d1", 2, killed=3)])
    assert decisions[0].canonical_id != decisions[1].canonical_id


def test_same_place_and_day_but_different_named_victims_stay_apart() -> None:
    linker = _linker()
    a = linker.link_members([member("d1", type_="intra_force_killing", victims=["Ivan Petrov"])])[0]
    b = linker.link_members([member("d2", type_="intra_force_killing", victims=["Oleg Sidorov"])])[0]
    assert a.canonical_id != b.canonical_id


def test_far_apart_places_or_dates_stay_apart() -> None:
    linker = _linker()
    a = linker.link_members([member("d1")])[0]
    far = linker.link_members([member("d2", place="Kharkiv")])[0]
    late = linker.link_members([member("d3", day=date(2023, 7, 1), published=date(2023, 7, 2))])[0]
    assert len({a.canonical_id, far.canonical_id, late.canonical_id}) == 3


def test_an_undated_re_report_joins_the_named_victims_incident() -> None:
    linker = _linker()
    a = linker.link_members([member("d1", type_="intra_force_killing", place="Belgorod", day=date(2022, 3, 10),
                                    victims=["Roman Moiseyev"], published=date(2022, 11, 29))])[0]
    b = linker.link_members([member("d2", type_="intra_force_killing", place="Belgorod", day=None,
                                    victims=["Roman Moiseyev"], published=date(2022, 12, 1))])[0]
    assert b.canonical_id == a.canonical_id


def test_an_undated_report_cannot_join_an_incident_after_its_publication() -> None:
    linker = _linker()
    a = linker.link_members([member("d1", day=date(2023, 6, 1), published=date(2023, 6, 2))])[0]
    b = linker.link_members([member("d2", day=None, published=date(2023, 5, 1))])[0]
    assert a.canonical_id != b.canonical_id


def test_candidates_are_blocked_by_region_and_week() -> None:
    index = MemoryIndex()
    linker = Linker(index, use_embeddings=False)
    for i in range(30):
        linker.link_members([member(f"d{i}", day=date(2023, 1, 1 + i % 28), place="Kharkiv", killed=i + 1)])
    found = list(index.candidates(["violence", "other"], date(2023, 1, 1), date(2023, 1, 3), "Donetsk Oblast"))
    assert found == []


def test_far_apart_tolls_weigh_against_a_link_but_rising_ones_do_not() -> None:
    # Regression (generated growth corpus): 1 and 8 killed at one town on one day scored as a match.
    from warlog.linking.features import count_score
    from warlog.models import Count

    def killed(n: int) -> Count:
        return Count(best=n, low=n, high=n, text=str(n))

    assert count_score(killed(1), killed(8)) == 0.0
    assert count_score(killed(3), killed(4)) == 0.6 and count_score(killed(3), killed(3)) == 1.0


def test_reports_naming_days_apart_tell_of_two_events() -> None:
    linker = _linker()
    a = linker.link_members([member("d1", day=date(2023, 5, 10))])[0]
    b = linker.link_members([member("d2", day=date(2023, 5, 13), published=date(2023, 5, 14))])[0]
    assert a.canonical_id != b.canonical_id
