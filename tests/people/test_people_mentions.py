"""Who counts as a named person, and short forms merged inside one document."""

from peoplehelp import assert_spans_hold, person


def test_short_form_is_merged_with_the_full_name(extract):  # type: ignore[no-untyped-def]
    r = extract("Ivan Sokolov, a medic, said the road was mined. Sokolov said nobody came for the wounded.")
    sokolov = person(r, "Ivan Sokolov")
    assert [s.text for s in sokolov.spans] == ["Ivan Sokolov", "Sokolov"]
    assert [p.id for p in r.people] == ["p1"]
    assert set(sokolov.claim_ids) == {c.id for c in r.claims if c.claimant == "Ivan Sokolov"} != set()
    assert_spans_hold(r)


def test_a_demonym_is_not_a_person(extract):  # type: ignore[no-untyped-def]
    r = extract("Dmitry Panov, a 30-year-old Muscovite, told reporters he had been sent to the front.")
    assert [p.name for p in r.people] == ["Dmitry Panov"]


def test_people_are_numbered_in_order_of_first_mention(extract):  # type: ignore[no-untyped-def]
    r = extract("Maria Ivanova said her son Pavel Ivanov was sent to Bakhmut in May.")
    assert [(p.id, p.name) for p in r.people] == [("p1", "Maria Ivanova"), ("p2", "Pavel Ivanov")]


def test_untagged_surname_after_the_full_name(extract):  # type: ignore[no-untyped-def]
    r = extract("Yevgeny Prigozhin said his fighters had captured the town. Prigozhin was later killed in a "
                "plane crash near Tver in August.")
    prigozhin = person(r, "Yevgeny Prigozhin")
    assert [s.text for s in prigozhin.spans] == ["Yevgeny Prigozhin", "Prigozhin"]
    [fate] = prigozhin.fates
    assert (fate.status, fate.cause) == ("killed", "non_combat_death")
    assert fate.place is not None and fate.place.text == "Tver"
    assert_spans_hold(r)


def test_place_before_resident_is_no_person(extract):  # type: ignore[no-untyped-def]
    r = extract("Kherson resident Anna Kuznetsova, 52, was injured by shelling on Monday, regional officials said.")
    assert [p.name for p in r.people] == ["Anna Kuznetsova"]
    assert ("home", "Kherson") in {(a.name, a.value) for a in r.people[0].attributes}


def test_brothers_sharing_a_surname_do_not_crash_the_people_stage(extract):  # type: ignore[no-untyped-def]
    # Issue #13: an untagged "Petrov" went to both Petrovs; sorting the two equal mentions compared Person
    # objects and the whole document was lost.
    r = extract("Ivan Petrov and Oleg Petrov, brothers from Kursk, were sent to the front. "
                "Petrov said nobody came back.")
    ivan, oleg = person(r, "Ivan Petrov"), person(r, "Oleg Petrov")
    bare = [s for p in (ivan, oleg) for s in p.spans if s.text == "Petrov"]
    assert len(bare) == 1  # one owner for the bare surname, the nearest one named before it
    assert [s.text for s in oleg.spans] == ["Oleg Petrov", "Petrov"]
    assert_spans_hold(r)
