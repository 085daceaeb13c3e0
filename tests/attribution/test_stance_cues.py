"""Stances without a reporting clause, as PolNeAR annotates them: speech and attitude verbs with a prepositional
content, speech nouns with a holder, and a participle after a medial cue. Sentences written for the tests."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, **meta: str):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, **meta)

    return run


def _only(report, fragment):  # type: ignore[no-untyped-def]
    found = [q for q in report.quotes if fragment in q.text]
    assert len(found) == 1, [(q.text, q.cue.text if q.cue else None) for q in report.quotes]
    return found[0]


def test_speech_verb_with_a_prepositional_content(extract):  # type: ignore[no-untyped-def]
    r = extract("The deputy minister talked about the grain corridor for an hour. "
                "Two councillors voted against the curfew.")
    talk = _only(r, "the grain corridor")
    assert talk.cue.text == "talked about" and talk.speaker.text == "The deputy minister"
    vote = _only(r, "the curfew")
    assert vote.cue.text == "voted against" and vote.speaker.text == "Two councillors"


def test_called_for_keeps_its_preposition_in_the_cue(extract):  # type: ignore[no-untyped-def]
    q = _only(extract("The opposition leader called for an inquiry into the blackout."), "an inquiry")
    assert q.cue.text == "called for" and q.text.startswith("an inquiry")


def test_a_time_a_place_or_a_request_is_no_content(extract):  # type: ignore[no-untyped-def]
    r = extract("The governor spoke on Monday. The ministry did not respond to a request for comment.")
    assert r.quotes == []


def test_the_fighting_itself_is_no_stance(extract):  # type: ignore[no-untyped-def]
    r = extract("Russian forces focused on the northern approaches and fired at the bridge.")
    assert r.quotes == []


def test_speech_noun_with_a_possessive_holder(extract):  # type: ignore[no-untyped-def]
    r = extract("The mayor's support for the evacuation plan surprised the council. "
                "The colonel's refusal to withdraw cost him his post.")
    support = _only(r, "the evacuation plan")
    assert support.cue.text == "support for" and support.speaker.text == "The mayor's"
    refusal = _only(r, "to withdraw")
    assert refusal.cue.text == "refusal" and refusal.speaker.text == "The colonel's"


def test_to_after_an_appeal_names_the_addressee(extract):  # type: ignore[no-untyped-def]
    r = extract("The governor's appeal to residents of the border villages went unanswered.")
    assert not [q for q in r.quotes if "residents" in q.text]


def test_participle_after_a_medial_cue_is_the_speakers(extract):  # type: ignore[no-untyped-def]
    r = extract("Governor Petro Lysenko spoke to reporters in the morning.\n\n"
                "\"Heavy\" shelling had hit the port again, he said, thanking the rescuers and noting that the "
                "district had been shelled 14 times in one day.")
    q = _only(r, "shelled 14 times")
    assert q.cue.text == "noting" and q.speaker.name == "Petro Lysenko"


def test_intention_and_request_verbs_take_their_infinitive(extract):  # type: ignore[no-untyped-def]
    r = extract("The prosecutor asked the court to extend the arrest. The governor plans to reopen the schools.")
    assert _only(r, "to extend the arrest").cue.text == "asked"
    assert _only(r, "to reopen the schools").speaker.text == "The governor"
    assert extract("The command planned the offensive for weeks.").quotes == []


def test_participle_after_its_holder_noun(extract):  # type: ignore[no-untyped-def]
    r = extract("Relatives demanding an exchange of prisoners gathered outside the ministry.")
    q = _only(r, "an exchange of prisoners")
    assert q.cue.text == "demanding" and q.speaker.text == "Relatives"


@pytest.mark.parametrize("text", [
    "Ukrainian troops held their positions on the left bank for a week.",
    "Ukrainian air defences responded to the attack within minutes.",
])
def test_war_nouns_and_verbs_are_no_stance(extract, text):  # type: ignore[no-untyped-def]
    # Found in review: "positions on", "defence of" and "responded to" read as stances in war reporting.
    assert extract(text).quotes == []


def test_a_pronoun_subject_after_a_medial_cue_is_the_speakers_own_act(extract):  # type: ignore[no-untyped-def]
    r = extract("Russian forces shelled the village overnight, the governor said, and he visited it on Monday.")
    assert not any("visited" in q.text for q in r.quotes)


def test_writer_expectation_is_an_attribution_without_source(extract):  # type: ignore[no-untyped-def]
    r = extract("The regional council is expected to approve the evacuation plan on Friday. "
                "Grain exports appear to have fallen by a third since spring.")
    expected = _only(r, "The regional council")
    assert expected.cue.text == "is expected" and expected.speaker is None
    assert expected.text == "The regional council is expected to approve the evacuation plan on Friday"
    appears = _only(r, "Grain exports")
    assert appears.cue.text == "appear" and appears.speaker is None


def test_impression_inside_a_quotation_is_the_speaker_s_not_the_writer_s(extract):  # type: ignore[no-untyped-def]
    r = extract('"The enemy seems to be regrouping near the river," the spokesman said.')
    quote = _only(r, "regrouping")
    assert quote.cue.text == "said" and quote.speaker is not None


def test_knowledge_verb_with_a_clause(extract):  # type: ignore[no-untyped-def]
    r = extract("The volunteers knew that the road would be shelled again.")
    known = _only(r, "road would be shelled")
    assert known.cue.text == "knew" and known.speaker.text == "The volunteers"


def test_attitude_adjective_after_a_copula(extract):  # type: ignore[no-untyped-def]
    r = extract("Many farmers are wary of the new grain rules. The mayor was eager to reopen the schools.")
    wary = _only(r, "the new grain rules")
    assert wary.cue.text == "are wary of" and wary.speaker.text == "Many farmers"
    eager = _only(r, "reopen the schools")
    assert eager.cue.text == "was eager" and eager.text == "to reopen the schools"


def test_hope_is_found_although_the_model_lemmatizes_hopes_as_hop(extract):  # type: ignore[no-untyped-def]
    r = extract("The governor hopes to reopen the bridge by May. Residents hoped that the water would return.")
    assert _only(r, "reopen the bridge").cue.text == "hopes"
    assert _only(r, "the water would return").speaker.text == "Residents"


def test_other_verbs_the_model_lemmatizes_wrongly(extract):  # type: ignore[no-untyped-def]
    r = extract("Residents were griping about the curfew. The mayor was tweeting that the bridge had reopened.")
    assert _only(r, "the curfew").cue.text == "were griping about"
    assert _only(r, "the bridge had reopened").speaker.text == "The mayor"


def test_offers_and_aims_are_stances(extract):  # type: ignore[no-untyped-def]
    r = extract("The two candidates offered different plans for the port. The governor sought to calm the farmers.")
    offered = _only(r, "different plans")
    assert offered.cue.text == "offered" and offered.speaker.text == "The two candidates"
    sought = _only(r, "calm the farmers")
    assert sought.cue.text == "sought" and sought.text == "to calm the farmers"


def test_a_survey_opening_the_sentence_is_its_source(extract):  # type: ignore[no-untyped-def]
    r = extract("In a regional survey published on Monday, most residents backed the evacuation.")
    found = _only(r, "most residents backed")
    assert found.cue.text == "In" and found.speaker.text == "a regional survey published on Monday"


def test_seeing_one_thing_as_another_is_a_view(extract):  # type: ignore[no-untyped-def]
    r = extract("Investors view the ceasefire as a sign of stability. We saw the smoke from the road.")
    view = _only(r, "the ceasefire as a sign")
    assert view.cue.text == "view" and view.speaker.text == "Investors"
    assert not [q for q in r.quotes if "smoke" in q.text]
