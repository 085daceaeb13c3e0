"""One event told several times in a report is one incident; different events stay apart."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2024-05-20", outlet: str | None = "Test Wire"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet=outlet).incidents
    return run


def test_headline_lead_and_quote_of_one_strike_are_one_incident(extract):  # type: ignore[no-untyped-def]
    text = ("Missile strike on Balakliia kills three\n\n"
            "A Russian missile struck an apartment block in Balakliia, in the Kharkiv region, on Sunday, "
            "killing three people, the head of the town's administration said.\n\n"
            "\"The missile hit the building at the evening rush,\" said resident Olena Marchenko.\n")
    strikes = [i for i in extract(text) if i.type == "strike"]
    assert len(strikes) == 1
    assert strikes[0].where is not None and strikes[0].where.admin1 == "Kharkiv Oblast"
    assert strikes[0].fatalities is not None and strikes[0].fatalities.best == 3
    assert len(strikes[0].evidence) >= 2  # the headline's telling is kept as evidence


def test_two_strikes_on_two_towns_stay_two_incidents(extract):  # type: ignore[no-untyped-def]
    text = ("Russian shelling hit the southern city of Kherson on Sunday, killing a 60-year-old man, "
            "the regional governor said.\n\n"
            "In the Donetsk region, artillery struck the town of Kostiantynivka, wounding two women.\n")
    strikes = [i for i in extract(text) if i.type == "strike"]
    assert sorted(i.where.admin1 for i in strikes if i.where) == ["Donetsk Oblast", "Kherson Oblast"]


def test_desertions_with_different_counts_stay_apart(extract):  # type: ignore[no-untyped-def]
    text = ("Several dozen soldiers deserted from a brigade while training in France, an official said.\n\n"
            "A journalist wrote last month that as many as 1,700 soldiers had deserted from the same unit "
            "before it reached the front.\n")
    assert len([i for i in extract(text) if i.type == "desertion_or_surrender"]) == 2


def test_an_unknown_village_and_its_region_are_one_strike(extract):  # type: ignore[no-untyped-def]
    text = ("Ukrainian drones hit the Belgorod region overnight, the governor said.\n\n"
            "A drone struck a shop in the village of Zarechnoye-Novoye, wounding two people.\n")
    strikes = [i for i in extract(text) if i.type == "strike"]
    assert len(strikes) == 1
