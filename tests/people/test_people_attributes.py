"""Age, home, unit, rank, roles, nationality and occupation, each on a sentence written for the test."""

from peoplehelp import assert_spans_hold, attributes, person


def test_bare_age_and_home_after_the_name(extract):  # type: ignore[no-untyped-def]
    r = extract("Sergei Volkov, 41, of the Perm region, was killed in action near Bakhmut in January, "
                "his sister told Novaya Gazeta.")
    volkov = person(r, "Sergei Volkov")
    assert {("age", "41"), ("home", "Perm region")} <= attributes(volkov)
    assert all(a.claim_id for a in volkov.attributes)  # inside the sister's claim
    assert_spans_hold(r)


def test_year_old_and_resident_of(extract):  # type: ignore[no-untyped-def]
    r = extract("Anna Kuznetsova, a 52-year-old resident of Kherson, was injured by shelling on Monday.")
    anna = person(r, "Anna Kuznetsova")
    assert {("age", "52"), ("home", "Kherson")} <= attributes(anna)
    assert "witness" in anna.roles
    age = next(a for a in anna.attributes if a.name == "age")
    assert age.span.text == "52-year-old"
    assert_spans_hold(r)


def test_demonym_gives_home(extract):  # type: ignore[no-untyped-def]
    r = extract("Dmitry Panov, a 30-year-old Muscovite, told reporters he had volunteered to join the war.")
    panov = person(r, "Dmitry Panov")
    assert {("age", "30"), ("home", "Moscow")} <= attributes(panov)
    assert "soldier" in panov.roles  # "volunteered to join the war"


def test_from_a_town_in_the_appositive(extract):  # type: ignore[no-untyped-def]
    r = extract("Pavel Smirnov, a conscript from Tver, died in a training camp.")
    smirnov = person(r, "Pavel Smirnov")
    assert ("home", "Tver") in attributes(smirnov)
    assert "soldier" in smirnov.roles


def test_rank_before_the_name(extract):  # type: ignore[no-untyped-def]
    r = extract("Lieutenant Maxim Belov was captured near Kupiansk, the Ukrainian General Staff said.")
    belov = person(r, "Maxim Belov")
    assert ("rank", "lieutenant") in attributes(belov)
    assert "commander" in belov.roles


def test_expert_descriptor_with_nationality(extract):  # type: ignore[no-untyped-def]
    r = extract("Russian military analyst Yuri Fedorov said the army was losing men.")
    fedorov = person(r, "Yuri Fedorov")
    assert fedorov.roles == ["expert"]
    assert {("occupation", "military analyst"), ("nationality", "Russian")} <= attributes(fedorov)


def test_self_description_in_a_relative_clause(extract):  # type: ignore[no-untyped-def]
    r = extract("“We have no shells,” Artyom, who described himself as a commander, said.")
    assert "commander" in person(r, "Artyom").roles


def test_place_of_an_event_is_not_a_home(extract):  # type: ignore[no-untyped-def]
    r = extract("Sergei Volkov was killed by artillery fire in Bakhmut in January, his brother told reporters.")
    volkov = person(r, "Sergei Volkov")
    assert not any(a.name == "home" for a in volkov.attributes)


def test_unit_after_the_name(extract):  # type: ignore[no-untyped-def]
    r = extract("Andrei Petrov of the 155th Marine Brigade was wounded near Vuhledar, his wife said.")
    petrov = person(r, "Andrei Petrov")
    assert any(a.name == "unit" and "155th" in a.value for a in petrov.attributes)
