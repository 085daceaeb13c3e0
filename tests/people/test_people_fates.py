"""Fates: status, cause, place, date, hedging and claimant, each on a sentence written for the test."""

from peoplehelp import assert_spans_hold, person


def test_killed_in_action_with_place_date_and_claimant(extract):  # type: ignore[no-untyped-def]
    r = extract("Sergei Volkov, 41, of the Perm region, was killed in action near Bakhmut in January, "
                "his sister told Novaya Gazeta.")
    volkov = person(r, "Sergei Volkov")
    [fate] = volkov.fates
    assert (fate.status, fate.cause, fate.hedged) == ("killed", "combat", False)
    assert fate.place is not None and fate.place.text == "Bakhmut" and fate.place.entity_id
    assert fate.when is not None and fate.when.text == "January"
    assert fate.claimant == "his sister" and fate.claim_id
    assert "victim" in volkov.roles
    assert_spans_hold(r)


def test_pronoun_fate_and_conflicting_versions(extract):  # type: ignore[no-untyped-def]
    r = extract("Pavel Smirnov, a conscript from Tver, allegedly died of pneumonia in a training camp. "
                "His family says he was beaten to death by an officer.")
    first, second = person(r, "Pavel Smirnov").fates
    assert (first.status, first.cause, first.hedged) == ("died", "non_combat_death", True)
    # the outlet's own voice: no claim, or the outlet's own claim of the incident the death now makes
    assert first.claimant == "Test Outlet"
    assert first.claim_id is None or next(c for c in r.claims if c.id == first.claim_id).claimant == "Test Outlet"
    assert (second.status, second.cause) == ("killed", "intra_force_killing")
    assert second.claimant == "his family"
    assert_spans_hold(r)


def test_subjectless_clause_takes_the_sentence_subject(extract):  # type: ignore[no-untyped-def]
    r = extract("Oleg Morozov, 33, was buried in his native Kursk region after reportedly dying near Avdiivka in "
                "February.")
    morozov = person(r, "Oleg Morozov")
    assert ("home", "Kursk region") in {(a.name, a.value) for a in morozov.attributes}
    [fate] = morozov.fates
    assert fate.status == "died" and fate.hedged
    assert fate.place is not None and fate.place.text == "Avdiivka"  # the home region is not the place of death


def test_a_killer_gets_no_fate(extract):  # type: ignore[no-untyped-def]
    r = extract("Ruslan Abdullayev killed two civilians in Mariupol, prosecutors said.")
    ruslan = person(r, "Ruslan Abdullayev")
    assert ruslan.fates == [] and "victim" not in ruslan.roles


def test_other_subject_in_the_clause_blocks_the_fate(extract):  # type: ignore[no-untyped-def]
    r = extract("Ivan Sokolov said he refused to fight after commanders killed their own men near Kreminna.")
    [fate] = person(r, "Ivan Sokolov").fates
    assert fate.status == "refused_to_fight"
    assert fate.place is None  # Kreminna is where the commanders killed, in another clause


def test_captured_needs_a_passive(extract):  # type: ignore[no-untyped-def]
    r = extract("Lieutenant Maxim Belov was captured near Kupiansk, the Ukrainian General Staff said. "
                "Anton Zaitsev captured two Russian soldiers.")
    assert [f.status for f in person(r, "Maxim Belov").fates] == ["captured"]
    assert person(r, "Anton Zaitsev").fates == []


def test_pronoun_in_the_next_sentence(extract):  # type: ignore[no-untyped-def]
    r = extract("The body of Private Nikolai Sidorov, 22, was returned to his family. He had gone missing near "
                "Soledar in December.")
    sidorov = person(r, "Nikolai Sidorov")
    assert ("rank", "private") in {(a.name, a.value) for a in sidorov.attributes}
    [fate] = sidorov.fates
    assert fate.status == "missing" and fate.place is not None and fate.place.text == "Soledar"
    assert fate.when is not None and fate.when.text == "December"


def test_a_described_subject_refers_to_the_person_named_before_and_its_home_is_not_the_scene(extract):  # type: ignore[no-untyped-def]
    # Regression (demo sample D05): "The 24-year-old private from Morshansk ... was shot dead ... near Valuyki".
    r = extract("Andrei Kuznetsov never came home, his family says. The 31-year-old private from Kotlas was shot "
                "dead on 3 May by a fellow soldier at a camp near Valuyki, his brother told the outlet.")
    [fate] = person(r, "Andrei Kuznetsov").fates
    assert (fate.status, fate.cause) == ("killed", "intra_force_killing")
    assert fate.place is not None and fate.place.text == "Valuyki"
    assert_spans_hold(r)


def test_a_name_before_a_quoted_predicate_is_its_subject(extract):  # type: ignore[no-untyped-def]
    # Regression (demo sample D04): Private Yegor Lapshin “died heroically in battle near Kupiansk”.
    r = extract("Private Yegor Lapshin “died heroically in battle near Kupiansk”, in the Kharkiv region, the district "
                "head wrote on Telegram. Lapshin leaves a mother.")
    [fate] = person(r, "Yegor Lapshin").fates
    assert fate.status == "died" and fate.cause == "combat"
    assert_spans_hold(r)
