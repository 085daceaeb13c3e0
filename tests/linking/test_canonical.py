"""Canonical incidents: reconciled counts, contradictions, Admiralty grades."""

from __future__ import annotations

from datetime import date

from linkhelp import member

from warlog.linking.canonical import build
from warlog.linking.grading import credibility, reliability_table

TABLE = reliability_table()


def test_counts_reconcile_one_per_source_low_high_and_the_most_reliable_best() -> None:
    a = member("d1", killed=3, origin_chain=[("speaker", "Reuters")])
    b = member("d2", killed=5, origin_chain=[("speaker", "Trench Whispers")], outlet="Outlet B")
    c = build("k1", [a, b], TABLE)
    assert c.fatalities is not None
    assert (c.fatalities.best, c.fatalities.low, c.fatalities.high) == (3, 3, 5)  # Reuters is graded B
    assert {s.doc_id for s in c.field_support["fatalities"]} == {"d1", "d2"}


def test_a_later_report_of_the_same_source_replaces_its_earlier_count() -> None:
    a = member("d1", killed=3, origin_chain=[("speaker", "Reuters")], published=date(2023, 5, 11))
    b = member("d2", killed=7, origin_chain=[("speaker", "Reuters")], published=date(2023, 5, 12))
    c = build("k1", [a, b], TABLE)
    assert c.fatalities is not None and c.fatalities.best == 7
    assert c.independent_sources == 1
    assert not c.contradictions  # one source revising its own toll is not a contradiction


def test_disjoint_counts_from_different_sources_are_a_contradiction_and_dispute_the_incident() -> None:
    a = member("d1", killed=2, origin_chain=[("speaker", "Reuters")])
    b = member("d2", killed=40, origin_chain=[("speaker", "TASS")], outlet="Outlet B")
    c = build("k1", [a, b], TABLE)
    fields = [x.field for x in c.contradictions]
    assert fields == ["fatalities"]
    assert {v.value for v in c.contradictions[0].versions} == {"2", "40"}
    assert {v.support.origin for v in c.contradictions[0].versions} == {"Reuters", "TASS"}
    assert c.certainty == "disputed" and c.admiralty.credibility == 4


def test_two_independent_firm_sources_confirm() -> None:
    a = member("d1", origin_chain=[("speaker", "Reuters")])
    b = member("d2", origin_chain=[("speaker", "Mediazona")], outlet="Outlet B")
    c = build("k1", [a, b], TABLE)
    assert c.independent_sources == 2 and c.admiralty.code == "B1" and c.certainty == "confirmed"


def test_re_reports_of_one_source_stay_one_source() -> None:
    a = member("d1", origin_chain=[("speaker", "iStories")], outlet="Outlet A")
    b = member("d2", origin_chain=[("speaker", "Important Stories")], outlet="Outlet B")
    c = build("k1", [a, b], TABLE)
    assert c.independent_sources == 1 and c.sources == ["iStories"]
    assert c.reports == ["d1", "d2"]


def test_hedged_single_source_is_possibly_true() -> None:
    c = build("k1", [member("d1", status="alleged", origin_chain=[("speaker", "Astra")])], TABLE)
    assert c.admiralty.code == "C3" and c.certainty == "alleged"


def test_credibility_rules() -> None:
    assert credibility(0, 0, False, False)[0] == 6
    assert credibility(2, 2, False, True)[0] == 5
    assert credibility(3, 3, True, False)[0] == 4
    assert credibility(2, 1, False, False)[0] == 2


def test_unknown_sources_cannot_be_judged_and_user_grades_win(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert TABLE.grade("Some Blog Nobody Knows") == "F"
    custom = tmp_path / "rel.toml"
    custom.write_text('[sources]\n"Some Blog Nobody Knows" = "B"\n"Reuters" = "A"\n')
    table = reliability_table(custom)
    assert table.grade("some blog nobody knows") == "B" and table.grade("Reuters") == "A"
    assert table.grade("Mediazona") == "B"  # the defaults stay for everything else


def test_a_toll_that_rises_in_later_reports_is_not_a_contradiction() -> None:
    # Regression (demo samples D11/D12): "three killed", a week later "at least four" from another source.
    first = member("d1", killed=3, origin_chain=[("speaker", "Reuters")], published=date(2023, 5, 11))
    later = member("d2", killed=4, origin_chain=[("speaker", "TASS")], outlet="Outlet B", published=date(2023, 5, 18))
    c = build("k1", [first, later], TABLE)
    assert not c.contradictions and c.fatalities is not None and c.fatalities.high == 4


def test_a_toll_that_falls_in_a_later_report_is_a_contradiction() -> None:
    first = member("d1", killed=9, origin_chain=[("speaker", "Reuters")], published=date(2023, 5, 11))
    later = member("d2", killed=2, origin_chain=[("speaker", "TASS")], outlet="Outlet B", published=date(2023, 5, 18))
    assert [c.field for c in build("k1", [first, later], TABLE).contradictions] == ["fatalities"]
