"""Session 10 classes of issue #19 (GeoWebNews), on the default index.

Sentences written for these tests; each test names the construction it pins.
"""

from __future__ import annotations

from warlog.geo import Gazetteer, PlaceMention, Resolver
from warlog.geo.recognise import based_places, dateline_place, known_places, party_homes
from warlog.models import GeoRef


def resolve_all(g: Gazetteer, text: str, *mentions: str) -> list[GeoRef | None]:
    spans: list[PlaceMention] = []
    for m in mentions:
        start = text.index(m, spans[-1].end if spans else 0)
        spans.append(PlaceMention(start, start + len(m), m))
    return Resolver(g).resolve(text, spans)


# --- a list joined by "and"/"or" holds places of one level ----------------------------------------------


def test_a_state_listed_with_states_is_the_state_not_the_capital_city(default_gazetteer: Gazetteer) -> None:
    text = "Factories have been leaving states such as Oregon or Washington for cheaper places."
    oregon, washington = resolve_all(default_gazetteer, text, "Oregon", "Washington")
    assert oregon is not None and oregon.precision == "region"
    assert washington is not None and washington.precision == "region" and washington.country == "US"
    assert washington.lat is not None and washington.lat > 45  # the state, not the District of Columbia


def test_a_city_listed_with_a_foreign_capital_stays_a_city(default_gazetteer: Gazetteer) -> None:
    text = "Negotiators met in Washington and Ottawa during the spring."
    washington = resolve_all(default_gazetteer, text, "Washington", "Ottawa")[0]
    assert washington is not None and washington.precision == "settlement"


def test_a_town_before_its_state_after_a_comma_is_no_list(default_gazetteer: Gazetteer) -> None:
    # "Washington, Pennsylvania": a town and its state, joined by a bare comma
    text = "The plant in Washington, Pennsylvania closed last year."
    washington = resolve_all(default_gazetteer, text, "Washington", "Pennsylvania")[0]
    assert washington is not None and washington.precision == "settlement"


# --- a dateline's town ----------------------------------------------------------------------------------


def test_an_upper_case_dateline_town_is_a_place(default_gazetteer: Gazetteer) -> None:
    text = "SEATTLE — City council members voted on Monday to widen the harbour road."
    span = dateline_place(text, default_gazetteer)
    assert span is not None and text[span[0]:span[1]] == "SEATTLE"
    assert span in known_places(text, default_gazetteer, [])


def test_a_two_word_upper_case_dateline_before_a_title_case_word(default_gazetteer: Gazetteer) -> None:
    text = "KANSAS CITY The Latest on the storm that closed schools across the region."
    span = dateline_place(text, default_gazetteer)
    assert span is not None and text[span[0]:span[1]] == "KANSAS CITY"


def test_a_dated_dateline_and_a_colon_dateline(default_gazetteer: Gazetteer) -> None:
    dated = "March 3, 2019 Denver The snow did not stop the marathon."
    span = dateline_place(dated, default_gazetteer)
    assert span is not None and dated[span[0]:span[1]] == "Denver"
    colon = "Nairobi: The city's new railway opened to passengers."
    span = dateline_place(colon, default_gazetteer)
    assert span is not None and colon[span[0]:span[1]] == "Nairobi"


def test_a_dateline_after_a_headline_or_a_byline(default_gazetteer: Gazetteer) -> None:
    headline = "Storm closes port. NAIROBI: The city's harbour stayed shut on Monday."
    span = dateline_place(headline, default_gazetteer)
    assert span is not None and headline[span[0]:span[1]] == "NAIROBI"
    byline = "By A. Writer, Staff Reporter June 2, 2011 DENVER -- Snow fell on the city."
    span = dateline_place(byline, default_gazetteer)
    assert span is not None and byline[span[0]:span[1]] == "DENVER"


def test_an_upper_case_word_in_the_body_before_a_colon_is_no_dateline(default_gazetteer: Gazetteer) -> None:
    assert dateline_place("Officials met. NOTE: the figures are provisional.", default_gazetteer) is None


def test_an_opening_word_that_is_no_town_is_no_dateline(default_gazetteer: Gazetteer) -> None:
    for text in ("Update: The talks were postponed.", "The A40 will close tonight.",
                 "BREAKING NEWS: markets fell.", "Nairobi is growing fast, planners say."):
        assert dateline_place(text, default_gazetteer) is None, text


def test_a_dateline_the_model_already_tagged_is_left_alone(default_gazetteer: Gazetteer) -> None:
    text = "SEATTLE — City council members voted on Monday."
    assert known_places(text, default_gazetteer, [(0, 7)]) == []


# --- a name the model cut short ------------------------------------------------------------------------


def test_a_name_cut_after_its_first_word_is_read_whole(default_gazetteer: Gazetteer) -> None:
    # the small model tags "Juiz" as a place and "de Fora" as something else; "Juiz" alone names nothing
    text = "Thousands marched in Juiz de Fora on Sunday."
    assert resolve_all(default_gazetteer, "Thousands marched in Juiz on Sunday.", "Juiz")[0] is None
    ref = resolve_all(default_gazetteer, text, "Juiz")[0]
    assert ref is not None and ref.name == "Juiz de Fora" and ref.country == "BR"


def test_a_whole_name_is_not_lengthened(default_gazetteer: Gazetteer) -> None:
    text = "Flights from Denver International were delayed."
    ref = resolve_all(default_gazetteer, text, "Denver")[0]
    assert ref is not None and ref.name == "Denver"


# --- an organisation's own noun inside a longer name is no place -----------------------------------------


def test_a_chamber_of_commerce_is_its_towns_not_a_town_called_commerce(default_gazetteer: Gazetteer) -> None:
    text = "The Saskatchewan Chamber of Commerce asked for lower fees."
    ref = resolve_all(default_gazetteer, text, "Saskatchewan Chamber of Commerce")[0]
    assert ref is not None and ref.name == "Saskatchewan" and ref.country == "CA"


def test_a_university_of_a_person_is_no_town_called_university(default_gazetteer: Gazetteer) -> None:
    text = "She teaches at the University of Saint Anselm Dalton."
    ref = resolve_all(default_gazetteer, text, "University of Saint Anselm Dalton")[0]
    assert ref is None or ref.name != "University"


# --- a region by its postal abbreviation ---------------------------------------------------------------


def test_an_australian_state_by_its_abbreviation_is_that_state(default_gazetteer: Gazetteer) -> None:
    text = "Beaches near Perth and Fremantle were closed, and swimmers across WA were warned."
    wa = resolve_all(default_gazetteer, text, "Perth", "Fremantle", "WA")[2]
    assert wa is not None and wa.name == "Western Australia" and wa.precision == "region"


def test_the_same_abbreviation_in_american_news_is_the_american_state(default_gazetteer: Gazetteer) -> None:
    text = "The firm moved its office from Seattle to Spokane, WA last year."
    wa = resolve_all(default_gazetteer, text, "Seattle", "WA")[1]
    assert wa is not None and wa.name == "Washington" and wa.precision == "region"


def test_a_town_spelt_like_an_abbreviation_in_title_case_stays_the_town(default_gazetteer: Gazetteer) -> None:
    ref = resolve_all(default_gazetteer, "Police in Wa said the market reopened.", "Wa")[0]
    assert ref is not None and ref.country == "GH" and ref.precision == "settlement"


# --- a legislator's party and home ---------------------------------------------------------------------


def test_a_legislators_home_after_the_party_letter_is_a_place(default_gazetteer: Gazetteer) -> None:
    text = "The bill was sponsored by Sen. Jane Roe, D-Worcester, and Rep. John Doe (R-Texas)."
    found = [text[s:e] for s, e in party_homes(text, default_gazetteer)]
    assert found == ["Worcester", "Texas"]
    assert (text.index("Worcester"), text.index("Worcester") + len("Worcester")) in known_places(
        text, default_gazetteer, [])


def test_a_hyphenated_word_after_a_comma_is_no_party_home(default_gazetteer: Gazetteer) -> None:
    assert party_homes("The team, D-Day veterans, and the R-Value of the wall.", default_gazetteer) == []


# --- a big city opening its sentence before a verb -----------------------------------------------------


def test_a_big_city_opening_a_sentence_before_its_verb_is_a_place(default_gazetteer: Gazetteer) -> None:
    text = "Talks stalled again. Nairobi insists the border stays open."
    start = text.index("Nairobi")
    assert (start, start + len("Nairobi")) in known_places(text, default_gazetteer, [])


def test_a_small_town_or_a_name_before_a_surname_opening_a_sentence_is_not_taken(default_gazetteer: Gazetteer
                                                                                 ) -> None:
    for text, name in (("It rained. Reading is a pleasure.", "Reading"),
                       ("It rained. Victoria Lee said so.", "Victoria")):
        start = text.index(name)
        assert (start, start + len(name)) not in known_places(text, default_gazetteer, []), text


# --- where someone is based or born ---------------------------------------------------------------------


def test_a_place_before_based_or_born_is_a_place(default_gazetteer: Gazetteer) -> None:
    text = "A Nairobi-based charity hired a Denver-born engineer and U.S.-based advisers."
    found = [text[s:e] for s, e in based_places(text, default_gazetteer)]
    assert found == ["Nairobi", "Denver", "U.S."]


def test_a_word_before_based_that_is_no_place_is_not_taken(default_gazetteer: Gazetteer) -> None:
    assert based_places("Evidence-based policy and a Science-based plan.", default_gazetteer) == []


def test_a_war_city_listed_beside_an_oblast_stays_a_city(default_gazetteer: Gazetteer) -> None:
    # war reporting: "Kharkiv and Sumy region" is the city and a region (an oblast's bare name is only a derived
    # form, never the region's own name, so the list rule leaves the city alone)
    text = "Drones hit Kharkiv and Sumy region overnight."
    kharkiv = resolve_all(default_gazetteer, text, "Kharkiv", "Sumy region")[0]
    assert kharkiv is not None and kharkiv.precision == "settlement"
