"""The people registry holds people: missile names and demonyms in a strike report are not people (issue #15)."""


def test_missile_names_and_demonyms_are_not_people(extract):  # type: ignore[no-untyped-def]
    r = extract("Russia fired a Kh-32 missile and two Iskander missiles at Odesa overnight, the Ukrainian air force "
                "said. Strikes also hit Kharkiv, where a Muscovite shot at his comrades.")
    names = {p.name for p in r.people}
    assert not names & {"Kh-32", "Iskander", "Strikes", "Muscovite"}
