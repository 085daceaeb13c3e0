"""Incidents on the seed articles: what must be found, where, and what must not."""


def _of_type(report, type_):  # type: ignore[no-untyped-def]
    return [i for i in report.incidents if i.type == type_]


def _evidence(incident):  # type: ignore[no-untyped-def]
    return " ".join(span.text for span in incident.evidence)


def test_no_one_is_refusing_to_fight_is_not_a_refusal(meduza_report):  # type: ignore[no-untyped-def]
    assert _of_type(meduza_report, "refusal_to_fight") == []
    assert _of_type(meduza_report, "desertion_or_surrender") == []  # "they’ll return to Russia": a threat


def test_serpukhov_men_shelled_near_makiivka_luhansk(meduza_report):  # type: ignore[no-untyped-def]
    (ff,) = _of_type(meduza_report, "friendly_fire")
    assert ff.where.text == "Makiivka"
    assert ff.where.admin1 == "Luhansk Oblast" and ff.where.country == "UA"  # not the city in Donetsk Oblast
    assert "VChK-OGPU" in ff.sources and "Meduza" in ff.sources


def test_abandonment_at_baranykivka(meduza_report):  # type: ignore[no-untyped-def]
    (ab,) = _of_type(meduza_report, "abandonment")
    assert ab.where.text == "Baranykivka" and ab.where.admin1 == "Luhansk Oblast"
    assert "Our command has abandoned us" in _evidence(ab)


def test_tank_firing_on_its_own_men_twenty_dead_place_unknown(istories_report):  # type: ignore[no-untyped-def]
    tank = [i for i in _of_type(istories_report, "friendly_fire") if "Our tank" in _evidence(i)]
    assert len(tank) == 1
    assert tank[0].fatalities.best == 20 and tank[0].where is None
    assert tank[0].when.precision == "unknown"  # never the publication date by default
    assert tank[0].certainty == "alleged" and "Aleksei" in tank[0].sources


def test_friendly_fire_at_novoselivka_donetsk(istories_report):  # type: ignore[no-untyped-def]
    nov = [i for i in _of_type(istories_report, "friendly_fire") if i.where and i.where.text == "Novoselivka"]
    assert len(nov) == 1 and nov[0].where.admin1 == "Donetsk Oblast"
    assert "Mediazona" in nov[0].sources


def test_moiseyev_shot_in_belgorod_not_vladimir(istories_report):  # type: ignore[no-untyped-def]
    (kill,) = _of_type(istories_report, "intra_force_killing")
    assert kill.where.text == "Belgorod" and kill.where.country == "RU"
    assert kill.fatalities.best == 1
    assert any(a.text == "Roman Moiseyev" and a.role == "victim" for a in kill.actors)
    assert kill.certainty == "disputed"  # "supposedly dying in Ukraine ... The reality, however ..."
    assert kill.when.text == "March" and kill.when.precision == "month"


def test_brigade_refusal_in_crimea(istories_report):  # type: ignore[no-untyped-def]
    crimea = [i for i in _of_type(istories_report, "refusal_to_fight") if i.where and i.where.text == "Crimea"]
    assert len(crimea) == 1
    assert any("127th" in a.text for a in crimea[0].actors)
    assert "Astra" in crimea[0].sources


def test_background_sentences_are_not_incidents(istories_report):  # type: ignore[no-untyped-def]
    for incident in istories_report.incidents:
        evidence = _evidence(incident)
        for background in ("increasingly getting killed", "has shot up in recent months",
                           "Such incidents are reported every day", "knowingly killing its own troops"):
            assert background not in evidence, (incident.type, evidence)


def test_evidence_offsets_point_into_clean_text(istories_report):  # type: ignore[no-untyped-def]
    text = istories_report.document.text
    for incident in istories_report.incidents:
        for span in incident.evidence:
            assert text[span.start:span.end] == span.text


def test_incidents_cite_claims_that_exist(istories_report, meduza_report):  # type: ignore[no-untyped-def]
    for report in (istories_report, meduza_report):
        claims = {c.id: c for c in report.claims}
        for incident in report.incidents:
            assert incident.claim_ids, incident.type
            for claim_id in incident.claim_ids:
                claim = claims[claim_id]
                assert report.document.text[claim.start:claim.end] == claim.text
    (ab,) = [i for i in meduza_report.incidents if i.type == "abandonment"]
    claimants = {claims_by.claimant for claims_by in meduza_report.claims if claims_by.id in ab.claim_ids}
    assert "a soldier" in claimants  # "Our command has abandoned us," one soldier says


def test_the_seeds_give_exactly_their_incidents(istories_report, meduza_report):  # type: ignore[no-untyped-def]
    # Issue #4's done-when: Panov's own account of refusing is his fate (people registry), not an incident.
    assert sorted(i.type for i in istories_report.incidents) == [
        "friendly_fire", "friendly_fire", "intra_force_killing", "refusal_to_fight"]
    assert sorted(i.type for i in meduza_report.incidents) == ["abandonment", "friendly_fire"]


def test_a_mans_own_refusal_is_not_an_incident_but_a_units_is(settings):  # type: ignore[no-untyped-def]
    import warlog

    own = warlog.extract("Ivan Sokolov told the outlet he had served since May but refused to fight any further "
                         "after the battle near Robotyne.", settings=settings, published="2023-09-01")
    assert _of_type(own, "refusal_to_fight") == []
    unit = warlog.extract("Ivan Sokolov told the outlet that his whole company refused to fight any further "
                          "near Robotyne on Monday.", settings=settings, published="2023-09-01")
    assert len(_of_type(unit, "refusal_to_fight")) == 1
