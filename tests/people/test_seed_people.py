"""The people of the two seed articles, as issue #6 needs them for the registry."""

from peoplehelp import assert_spans_hold, attributes, person


def test_roman_moiseyev_has_two_versions_of_his_death(istories_report):  # type: ignore[no-untyped-def]
    moiseyev = person(istories_report, "Roman Moiseyev")
    assert {("age", "25"), ("home", "Vladimir region")} <= attributes(moiseyev)
    assert "victim" in moiseyev.roles
    died, killed = moiseyev.fates
    assert died.status == "died" and died.hedged  # "after supposedly dying in Ukraine in March"
    assert died.place is not None and died.place.name == "Ukraine"
    assert died.when is not None and died.when.text == "March" and died.when.start is not None
    assert killed.status == "killed" and killed.cause == "intra_force_killing" and not killed.hedged
    assert killed.place is not None and killed.place.name == "Belgorod" and killed.place.lat is not None
    assert killed.claimant == "iStories" and killed.claim_id
    victim_incidents = [i.id for i in istories_report.incidents if i.type == "intra_force_killing"]
    assert killed.incident_id in victim_incidents and killed.incident_id in moiseyev.incident_ids


def test_dmitry_panov(istories_report):  # type: ignore[no-untyped-def]
    panov = person(istories_report, "Dmitry Panov")
    assert [s.text for s in panov.spans] == ["Dmitry Panov", "Panov"]
    assert {("age", "30"), ("home", "Moscow")} <= attributes(panov)
    assert "soldier" in panov.roles
    [fate] = panov.fates
    assert fate.status == "refused_to_fight" and fate.claimant == "Dmitry Panov"
    assert fate.place is None  # Novoselivka is where commanders killed their men, not where he refused
    assert fate.incident_id is None  # his own account of his refusal is his fate, not an incident (issue #4)
    assert panov.claim_ids and all(c.claimant == "Dmitry Panov" for c in istories_report.claims
                                   if c.id in panov.claim_ids)


def test_aleksei_and_kovalenko(istories_report):  # type: ignore[no-untyped-def]
    aleksei = person(istories_report, "Aleksei")
    assert "commander" in aleksei.roles and aleksei.fates == []
    kovalenko = person(istories_report, "Alexander Kovalenko")
    assert kovalenko.roles == ["expert"]
    assert {("nationality", "Ukrainian"), ("occupation", "military expert")} <= attributes(kovalenko)
    assert kovalenko.claim_ids


def test_seed_people_are_the_named_ones(istories_report, meduza_report):  # type: ignore[no-untyped-def]
    assert [p.name for p in istories_report.people] == [
        "Aleksei", "Dmitry Panov", "Roman Moiseyev", "Alexander Kovalenko"]
    assert [p.id for p in istories_report.people] == ["p1", "p2", "p3", "p4"]
    putin = person(meduza_report, "Vladimir Putin")
    assert putin.roles == ["official"] and putin.fates == []
    for report in (istories_report, meduza_report):
        assert_spans_hold(report)
