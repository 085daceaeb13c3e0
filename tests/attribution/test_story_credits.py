"""Chains of retold stories and relayed media (issue #15), each pinned on sentences written for the test."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, outlet: str = "Northern Wire"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, outlet=outlet, published="2024-05-10")

    return run


def _only(report, fragment):  # type: ignore[no-untyped-def]
    found = [q for q in report.quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in report.quotes]
    return found[0]


def _names(quote):  # type: ignore[no-untyped-def]
    return [link.name for link in quote.chain]


def test_outlets_that_uncovered_the_story_relay_the_people_quoted_later(extract):  # type: ignore[no-untyped-def]
    r = extract("Two outlets, Current Time and Siren, have uncovered new cases of conscripts locked in cellars.\n\n"
                "The men were sent to the front without training.\n\n"
                "\u201cThey took his phone and nobody told us anything,\u201d said Olga Petrova, the sister of one "
                "of them.")
    names = _names(_only(r, "They took his phone"))
    assert names[0] == "Olga Petrova"
    assert "Current Time" in names and names[-1] == "Northern Wire"
    assert names.index("Current Time") < names.index("Northern Wire")


def test_citing_two_outlets_an_outlet_said_puts_all_three_in_order(extract):  # type: ignore[no-untyped-def]
    r = extract("Citing Current Time and Siren, Meduza said two conscripts had been left at a forward position.\n\n"
                "\u201cMy son called once and then went silent,\u201d his mother said.", outlet="Kyiv Daily")
    names = _names(_only(r, "My son called once"))
    assert names.index("Current Time") < names.index("Meduza") < names.index("Kyiv Daily")


def test_an_investigation_by_an_outlet_has_found_credits_it(extract):  # type: ignore[no-untyped-def]
    r = extract("Officers beat soldiers who refused to attack, an investigation by the exiled outlet Verstka has "
                "found.\n\n\u201cThey kept us in a pit for a week,\u201d a former private said.")
    assert "Verstka" in _names(_only(r, "They kept us in a pit"))


def test_a_plain_said_credits_nothing_beyond_its_own_statement(extract):  # type: ignore[no-untyped-def]
    r = extract("Baza said there was shooting near the border post.\n\n"
                "\u201cNo civilians were hurt,\u201d the regional governor Ivan Sokol said.")
    assert "Baza" not in _names(_only(r, "No civilians were hurt"))


def test_a_quote_that_names_its_own_interviewer_keeps_it(extract):  # type: ignore[no-untyped-def]
    r = extract("Current Time has uncovered the case of a conscript held in a basement.\n\n"
                "His father told Mediazona that the boy had not been paid for two months.")
    names = _names(_only(r, "had not been paid"))
    assert "Mediazona" in names and "Current Time" not in names


def test_incident_in_a_credited_story_has_the_credited_outlet_as_source(extract):  # type: ignore[no-untyped-def]
    r = extract("The outlets Current Time and Siren have uncovered how conscripts were abandoned at the front.\n\n"
                "Near Svatove the draftees were shelled by artillery for three days and two of them were killed.")
    incident = next(i for i in r.incidents if any("shelled" in e.text for e in i.evidence))
    assert "Current Time" in incident.sources
    assert incident.sources[-1] == "Northern Wire" and incident.sources.count("Northern Wire") == 1


def test_incident_sources_never_hold_unknown_or_repeats(extract):  # type: ignore[no-untyped-def]
    r = extract("Two people were killed when a drone hit a bus stop in Kherson, the regional governor said. "
                "The governor said a third person was wounded in the same strike.")
    for incident in r.incidents:
        assert "unknown" not in incident.sources
        assert len(incident.sources) == len(set(incident.sources))
        assert incident.sources[-1] == "Northern Wire"


def test_agency_reported_after_a_spokesmans_words_relays_them(extract):  # type: ignore[no-untyped-def]
    r = extract("Kremlin spokesman Dmitry Peskov said the president had been briefed and that troops were pushing "
                "out the \u201cinfiltrators\u201d, the state-run RIA Novosti news agency reported.")
    q = _only(r, "the president had been briefed")
    assert q.speaker.name == "Dmitry Peskov"
    assert _names(q).index("RIA Novosti") < _names(q).index("Northern Wire")


def test_subject_of_are_reported_to_have_is_no_speaker(extract):  # type: ignore[no-untyped-def]
    r = extract("Ukrainian troops are reported to have retaken two villages near Kupiansk.")
    assert not any(q.speaker and q.speaker.name.lower() == "ukrainian troops" for q in r.quotes)


def test_channel_named_once_releases_every_quote_of_its_video(extract):  # type: ignore[no-untyped-def]
    r = extract("A video released on Sunday shows a captive man in a basement.\n\n"
                "In the footage, the man gives his name as Oleg Vronsky. \u201cThey beat me for three days,\u201d he "
                "says.\n\n\u201cI only wanted to go home,\u201d he adds.\n\n"
                "The Gray Zone channel posted the clip together with a threat to other deserters.")
    for fragment in ("They beat me", "I only wanted"):
        assert "Gray Zone" in _names(_only(r, fragment))


def test_an_intercept_is_an_intercepted_phone_call(extract):  # type: ignore[no-untyped-def]
    r = extract("\u201cHold the line or I shoot you myself,\u201d a Russian officer says in an intercepted call "
                "released by Ukraine's military intelligence (HUR).")
    assert "intercepted phone call" in _names(_only(r, "Hold the line"))


def test_a_month_after_circulated_in_is_no_releaser(extract):  # type: ignore[no-untyped-def]
    r = extract("A video that volunteers circulated in May 2025 shows the pit. "
                "\u201cWe were left there for days,\u201d a soldier says in the video.")
    assert "May" not in _names(_only(r, "We were left there"))


def test_quote_whose_own_subject_the_parser_hangs_on_the_cue_is_kept(extract):  # type: ignore[no-untyped-def]
    r = extract("\u201cMy son called once and then went silent,\u201d his mother said.")
    assert _only(r, "My son called once").speaker.text == "his mother"


def test_lead_in_the_outlets_own_voice_is_backed_by_the_quotes_after_it(extract):  # type: ignore[no-untyped-def]
    r = extract("Deserters kept in flooded pits, videos show\n\n"
                "Russian commanders are locking deserters in flooded pits near Bakhmut.\n\n"
                "\u201cWe have had no food for four days,\u201d says a man who gives his name as Ilya Rudnev in a "
                "video posted online.")
    incident = next(i for i in r.incidents if any("locking deserters" in e.text for e in i.evidence))
    # (the headline's "videos show" is a source of the same story too, now that a blank line parts it from the lead)
    assert "Ilya Rudnev" in incident.sources and incident.sources[-1] == "Northern Wire"


def test_lead_a_country_claims_is_backed_by_the_agency_quoted_after_it(extract):  # type: ignore[no-untyped-def]
    r = extract("Navy pilot flew his aircraft to Ukraine\n\n"
                "Ukraine has named a Russian navy pilot who it says deserted with his aircraft in May.\n\n"
                "In a statement on Tuesday, the intelligence directorate said it had prepared the flight for "
                "half a year.")
    incident = next(i for i in r.incidents if any("deserted with his aircraft" in e.text for e in i.evidence))
    assert incident.sources[0] == "Ukraine" and "the intelligence directorate" in incident.sources


def test_name_given_in_the_speakers_description_is_read_by_the_grammar(extract):  # type: ignore[no-untyped-def]
    r = extract("\u201cWe were left with one rifle,\u201d says a soldier who gives his name as Ilya Rudnev.")
    assert _only(r, "We were left with one rifle").speaker.name == "Ilya Rudnev"


def test_an_age_stands_for_the_person_named_before_it(extract):  # type: ignore[no-untyped-def]
    r = extract("Sgt. Taras Melnyk was trapped in a bunker with four other men.\n\n"
                "\u201cWe cannot walk,\u201d the 29-year-old said on a video call with his wife.")
    q = _only(r, "We cannot walk")
    assert "Melnyk" in q.speaker.name and q.speaker.description == "the 29-year-old"


def test_the_group_after_a_group_calling_itself_a_name_is_that_group(extract):  # type: ignore[no-untyped-def]
    r = extract("A group calling itself the Free Ingria Battalion said on Telegram it had taken the village.\n\n"
                "\u201cWe are moving on,\u201d the group wrote.")
    assert _only(r, "We are moving on").speaker.name == "Free Ingria Battalion"


def test_he_after_a_survivor_described_to_the_outlet_is_the_survivor(extract):  # type: ignore[no-untyped-def]
    r = extract("A survivor described to the outlet how a young man from his unit was beaten for drinking. "
                "\u201cWe had no food for a month,\u201d he said.")
    assert _only(r, "We had no food").speaker.name == "a survivor"


def test_one_of_the_relatives_is_a_relative(extract):  # type: ignore[no-untyped-def]
    r = extract("\u201cThey were kept in a cellar for a week,\u201d one of the relatives said.")
    assert _only(r, "kept in a cellar").speaker.name == "a relative"


def test_words_of_her_brother_reach_the_page_through_her(extract):  # type: ignore[no-untyped-def]
    r = extract("\u201cHe called us from the cellar,\u201d said Marina Orlova, the sister of a conscript. "
                "According to her brother, about 90 men were held there.")
    q = _only(r, "about 90 men were held there")
    assert [link.name for link in q.chain][:2] == [q.speaker.name, "Marina Orlova"]


def test_interview_with_an_outlet_the_model_did_not_tag_names_it(extract):  # type: ignore[no-untyped-def]
    r = extract("In an interview with Current Time on July 21, Alexey Tabalov, head of a conscripts' rights group, "
                "said that more than 80 men were held there.")
    assert "Current Time" in [link.name for link in _only(r, "more than 80 men").chain]


def test_citing_local_residents_takes_no_singular_article(extract):  # type: ignore[no-untyped-def]
    r = extract("A drone hit an oil depot in Bryansk, the Baza Telegram channel reported, citing local residents.")
    assert _only(r, "A drone hit an oil depot").speaker.name == "local residents"


def test_a_source_in_a_service_is_a_person_with_the_services_article(extract):  # type: ignore[no-untyped-def]
    r = extract("Interfax reported, citing a source in the emergency services, that the fire had spread to a "
                "second tank.")
    speaker = _only(r, "the fire had spread").speaker
    assert speaker.name == "a source in the emergency services" and speaker.kind == "person"


def test_a_security_service_speaking_is_an_organization(extract):  # type: ignore[no-untyped-def]
    r = extract("The SBU said in a statement on its website that the agent had been detained in Odesa.")
    assert _only(r, "the agent had been detained").speaker.kind == "organization"


def test_general_staff_morning_update_is_a_medium(extract):  # type: ignore[no-untyped-def]
    r = extract("Ukraine's General Staff said in its morning update that 1,200 Russian soldiers were killed in the "
                "past day.")
    assert ("medium", "update") in [(link.role, link.name) for link in _only(r, "1,200 Russian soldiers").chain]


def test_a_contrast_after_the_reported_clause_is_the_writers(extract):  # type: ignore[no-untyped-def]
    r = extract("The ministry says the depot held only fuel, but for residents, it is proof that the town is a target.")
    assert _only(r, "the depot held only fuel").text == "the depot held only fuel"


def test_headline_name_colon_claim_is_an_attribution(extract):  # type: ignore[no-untyped-def]
    r = extract("Peskov: no talks with Kyiv are planned this year\n\n"
                "The Kremlin spokesman spoke to reporters on Monday.")
    q = _only(r, "no talks with Kyiv")
    assert q.speaker.name == "Peskov" and q.cue.text == ":"


def test_labels_before_a_colon_are_no_speakers(extract):  # type: ignore[no-untyped-def]
    r = extract("Photo: a burnt-out tank near Avdiivka after the assault\n\nUpdated: 3 March 2024, 10:15")
    assert not [q for q in r.quotes if q.cue is not None and q.cue.text == ":"]


def test_the_outlet_and_the_report_name_the_outlet_of_the_story(extract):  # type: ignore[no-untyped-def]
    r = extract("Officers beat soldiers who refused to attack, an investigation by the exiled outlet Verstka has "
                "found.\n\nMen who disobeyed were kept in pits for days, according to the report. Almost none have "
                "been punished, the outlet said.")
    assert _only(r, "kept in pits").speaker.name == "Verstka"
    assert _only(r, "Almost none have been punished").speaker.name == "Verstka"


@pytest.mark.parametrize("sentence", [
    "Russian troops reportedly shelled the village of Novoselivka on Monday, the governor said.",
    "The governor said a drone purportedly launched from Kursk hit the substation.",
    "Two soldiers were allegedly shot by their commander, the outlet said.",
])
def test_reportedly_purportedly_allegedly_make_the_claim_alleged(extract, sentence):  # type: ignore[no-untyped-def]
    (q,) = [q for q in extract(sentence).quotes]
    assert q.status == "alleged"


def test_the_claim_could_not_be_confirmed_doubts_the_claim_before(extract):  # type: ignore[no-untyped-def]
    r = extract("The brigade said 40 of its men had been taken prisoner. The claim could not be confirmed.")
    assert _only(r, "40 of its men").status == "alleged"


def test_his_call_for_is_an_attribution_not_a_phone_call(extract):  # type: ignore[no-untyped-def]
    # The preposition is part of the cue, as PolNeAR marks it.
    q = _only(extract("Zelensky repeated his call for more air defence systems."), "more air defence")
    assert q.speaker.name == "Zelensky" and q.cue.text == "call for"
    assert "phone call" not in _names(q)


def test_a_ministrys_claim_that_is_the_ministrys(extract):  # type: ignore[no-untyped-def]
    q = _only(extract("The ministry's claim that no civilians were hurt was contradicted by local officials."),
              "no civilians were hurt")
    assert q.speaker.name == "the ministry"


@pytest.mark.parametrize(("sentence", "fragment", "cue"), [
    ("A new poll shows that most residents of Kharkiv oppose any ceasefire.", "most residents of Kharkiv", "shows"),
    ("The report found that at least 150 soldiers were killed by their own side.", "at least 150", "found"),
])
def test_evidence_cues_attribute_to_the_poll_or_report(extract, sentence, fragment, cue):  # type: ignore[no-untyped-def]
    q = next(q for q in extract(sentence).quotes if q.text.startswith(fragment))
    assert q.cue.text == cue
