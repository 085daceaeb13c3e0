"""Sentences the session-7 rules first read wrongly (found by review, not from any batch), pinned in our own words:
the rules for captures, prisoners, guards, refusals, "came under fire", lists of villages and cities the small model
calls people must not fire on these."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published="2024-01-10", outlet="Test Wire")
    return run


@pytest.mark.parametrize("text, expected", [
    ("Ukraine's army said on Monday that Russian troops had captured the village of Krynky.", ["territory_change"]),
    ("Russia's army said the town of Marinka had been captured on Monday.", ["territory_change"]),
    ("Defence Minister Oleksii Reznikov came under fire in Kyiv on Monday over inflated food prices.", []),
    ("The collapse of the grain deal hit the port of Odesa hard on Monday.", []),
    ("The swap freed a marine who had been taken prisoner in Mariupol in 2022.", []),
    ("Many soldiers in Bakhmut fear being taken prisoner.", []),
    ("The nuclear plant in Enerhodar was placed under armed guard on Monday.", []),
    ("On Monday the city council of Lviv decided to refuse Russian-made buses.", []),
    ("Areas that came under Russian control in 2022 were given new passports, officials in Melitopol said.", []),
    ("Near Bakhmut a second drone finished them off on Monday.", []),
])
def test_types_of_ordinary_sentences(extract, text, expected):  # type: ignore[no-untyped-def]
    assert [i.type for i in extract(text).incidents] == expected


def test_a_frequent_target_hit_again_is_a_strike(extract):  # type: ignore[no-untyped-def]
    (inc,) = extract("Kharkiv, which is a frequent target of Russian strikes, was hit by missiles on Tuesday, "
                     "killing three people.").incidents
    assert inc.type == "strike" and inc.fatalities is not None and inc.fatalities.best == 3


@pytest.mark.parametrize("text, name", [
    ("A drone hit a bus in Kherson, Popov said on Monday.", "Popov"),
    ("Kupiansk and Ivanov were mentioned in the report.", "Ivanov"),
    ("The blast left Kozlov badly wounded on Monday.", "Kozlov"),
    ("Kirov visited the front on Monday.", "Kirov"),
])
def test_surnames_beside_places_stay_people(extract, text, name):  # type: ignore[no-untyped-def]
    assert name not in [e.text for e in extract(text).entities if e.label == "PLACE"]


def test_a_national_roundups_teller_is_not_every_regions(extract):  # type: ignore[no-untyped-def]
    report = extract("Russian drones struck Ukraine overnight, killing two, the Ukrainian air force said.\n"
                     "A drone hit a house in Lviv on Monday.\nIn Kherson, a shell hit a bus.")
    kherson = [i for i in report.incidents if i.where is not None and i.where.name == "Kherson"]
    assert kherson and "the Ukrainian air force" not in kherson[0].sources
