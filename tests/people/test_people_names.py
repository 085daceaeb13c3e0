"""The registry holds people only (issue #15): each non-person the model tags pinned on a sentence of our own."""

from peoplehelp import attributes, person


def _names(report):  # type: ignore[no-untyped-def]
    return [p.name for p in report.people]


def test_a_headline_in_title_case_is_not_a_person(extract):  # type: ignore[no-untyped-def]
    r = extract("Drunk Conscript Opens Fire At Barracks\nA conscript shot two comrades in Kursk, officials said.")
    assert not any("Opens" in n or "Conscript" in n for n in _names(r))


def test_weapons_platforms_and_units_of_measure_are_not_people(extract):  # type: ignore[no-untyped-def]
    r = extract("An Iskander and a Kh-101 hit the plant, Sergei Lavrov's critics wrote on Telegram. It was 95 "
                "degrees Fahrenheit when the Kinzhal struck.")
    assert not {"Iskander", "Kh-101", "Telegram", "Fahrenheit", "Kinzhal"} & set(_names(r))


def test_institutions_acronyms_and_possessives_are_not_people(extract):  # type: ignore[no-untyped-def]
    r = extract("Russia's Defence Ministry said the GUR lied. The Institute for the Study of War disagreed. "
                "Kyiv said it had no comment.")
    assert _names(r) == []


def test_part_of_a_compound_word_is_not_a_person(extract):  # type: ignore[no-untyped-def]
    r = extract("The men were kept in Mesh-covered pits near Rostov-on-Don, a guard told reporters.")
    assert not {"Mesh", "Don"} & set(_names(r))


def test_one_word_names_with_a_kin_noun_or_a_pseudonym_are_people(extract):  # type: ignore[no-untyped-def]
    r = extract("“We waited all night,” his sister Oksana said. His wife, to whom the paper gave the pseudonym "
                "Tamara, said the men had no rifles.")
    assert {"Oksana", "Tamara"} <= set(_names(r))


def test_description_comes_from_the_apposition_not_a_claim(extract):  # type: ignore[no-untyped-def]
    r = extract("In the end, according to Hryhorii Melnyk, a sergeant radioed to say nobody would come. "
                "A former adviser, Roman Tkach, said the men were from Kyrgyzstan, and had left on Monday.")
    assert not any(a.name == "description" for a in person(r, "Hryhorii Melnyk").attributes)
    assert not any("said" in v for n, v in attributes(person(r, "Roman Tkach")) if n == "description")
