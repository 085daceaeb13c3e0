"""Wire copy and Telegram relays (issue #15): each construction pinned on a sentence written for the test."""

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


def _chain(quote):  # type: ignore[no-untyped-def]
    return [(link.role, link.name) for link in quote.chain]


def test_governor_said_on_friday_is_the_source(extract):  # type: ignore[no-untyped-def]
    r = extract("A drone set fire to a fuel depot outside the town overnight, Regional Governor Pavel Orlov "
                "said on Friday.")
    q = _only(r, "set fire to a fuel depot")
    assert q.speaker.name == "Pavel Orlov" and q.speaker.description == "regional governor"
    assert q.status == "reported"
    assert r.incidents and "Pavel Orlov" in r.incidents[0].sources


def test_wrote_on_telegram_is_a_medium(extract):  # type: ignore[no-untyped-def]
    r = extract("Orlov wrote on the Telegram messaging app that two houses had burned down in the shelling.")
    assert ("medium", "Telegram") in _chain(_only(r, "two houses had burned down"))


def test_told_the_state_agency_puts_the_agency_in_the_chain(extract):  # type: ignore[no-untyped-def]
    r = extract("A missile hit a school in the town, the deputy mayor told the state RT news agency.")
    assert ("interviewer", "RT") in _chain(_only(r, "A missile hit a school"))


def test_according_to_a_report_on_an_agency_names_the_agency(extract):  # type: ignore[no-untyped-def]
    r = extract("Four recruits died at the range, according to a report on the website of the state news "
                "agency TASS.")
    q = _only(r, "Four recruits died")
    assert q.speaker.name == "TASS" and q.speaker.kind == "outlet"


def test_channel_named_before_its_translation_is_the_speaker(extract):  # type: ignore[no-untyped-def]
    r = extract("Ostorozhno Novosti (Attention News) said on its Telegram channel that the guard fled "
                "with his rifle.")
    q = _only(r, "the guard fled")
    assert q.speaker.name == "Ostorozhno, Novosti" and q.speaker.kind == "outlet"  # the channel's own spelling
    assert ("medium", "Telegram channel") in _chain(q)


def test_several_telegram_channels_are_a_group_not_a_person(extract):  # type: ignore[no-untyped-def]
    r = extract("Several Telegram channels reported that the deserter was caught near the border.")
    q = _only(r, "the deserter was caught")
    assert q.speaker.kind == "group" and q.speaker.name != "Telegram"
    assert "Telegram" not in [p.name for p in r.people]


def test_could_not_independently_confirm_doubts_the_claim_before(extract):  # type: ignore[no-untyped-def]
    r = extract("The regional administration said nine people were killed in the strike. Northern Wire could "
                "not independently confirm the report.")
    q = _only(r, "nine people were killed")
    assert "could not independently confirm" in q.hedges and q.status == "alleged"


def test_no_immediate_comment_is_a_hedge_without_doubt(extract):  # type: ignore[no-untyped-def]
    r = extract("A Russian official said the drone was shot down. There was no immediate comment from Kyiv.")
    q = _only(r, "the drone was shot down")
    assert "there was no immediate comment" in q.hedges and q.status == "reported"


def test_claimant_names_take_an_and_keep_titles_apart(extract):  # type: ignore[no-untyped-def]
    r = extract("An official said the bridge was closed. Odesa Mayor Petro Marchuk said a drone hit a warehouse.")
    assert _only(r, "the bridge was closed").speaker.name == "an official"
    mayor = _only(r, "a drone hit a warehouse").speaker
    assert mayor.name == "Petro Marchuk" and mayor.description == "Odesa mayor"


def test_apposition_gives_the_role_of_a_named_speaker(extract):  # type: ignore[no-untyped-def]
    r = extract("Laura Benning, founder and director of a veterans charity, said the men were left behind.")
    q = _only(r, "the men were left behind")
    assert q.speaker.name == "Laura Benning"
    assert q.speaker.description == "founder and director of a veterans charity"


def test_reported_citing_makes_the_cited_ministry_speak(extract):  # type: ignore[no-untyped-def]
    r = extract("Interfax reported, citing the defence ministry, that two guards opened fire at the depot.",
                outlet="Meduza")
    q = _only(r, "two guards opened fire")
    assert q.speaker.name == "the defence ministry" and q.speaker.kind == "organization"
    assert ("reporter", "Interfax") in _chain(q)
    assert not any("defence ministry" == x.text for x in r.quotes)


def test_citing_sources_in_a_service(extract):  # type: ignore[no-untyped-def]
    r = extract("The blast happened near the barracks, RIA Novosti reported, citing sources in the police.")
    q = _only(r, "The blast happened near the barracks")
    assert q.speaker.name.startswith("sources in") and q.speaker.kind == "group"
    assert ("reporter", "RIA Novosti") in _chain(q)


def test_cited_as_saying_and_quoted_as_saying(extract):  # type: ignore[no-untyped-def]
    r = extract("The channel Baza cited a conscript's mother as saying that her son had been beaten.\n"
                "“The attackers opened fire on the recruits,” RIA quoted a ministry statement as saying.")
    cited = _only(r, "her son had been beaten")
    assert "mother" in cited.speaker.name and ("reporter", "Baza") in _chain(cited)
    quoted = _only(r, "The attackers opened fire")
    assert quoted.speaker.name == "ministry" or "ministry" in quoted.speaker.name
    assert ("medium", "statement") in _chain(quoted) and ("reporter", "RIA Novosti") in _chain(quoted)


def test_statement_on_its_website_and_video_address(extract):  # type: ignore[no-untyped-def]
    r = extract("The ministry said in a statement on its website that the attackers were killed. "
                "Zelenskiy said in a video address that the city was shelled again.")
    assert ("medium", "statement") in _chain(_only(r, "the attackers were killed"))
    z = _only(r, "the city was shelled again")
    assert z.speaker.name == "Zelenskiy" and ("medium", "video address") in _chain(z)


def test_outlet_reporting_a_speakers_words_relays_them(extract):  # type: ignore[no-untyped-def]
    r = extract("Kremlin spokesman Dmitry Peskov said the president had been briefed, the state-run RIA Novosti "
                "news agency reported.")
    q = _only(r, "the president had been briefed")
    assert q.speaker.name == "Dmitry Peskov" and ("reporter", "RIA Novosti") in _chain(q)


def test_wrote_to_his_mother_puts_her_in_the_chain(extract):  # type: ignore[no-untyped-def]
    r = extract("“They locked us in a cellar without water,” Sergei Volkov wrote to his mother.")
    assert ("interviewer", "his mother") in _chain(_only(r, "locked us in a cellar"))


def test_platform_posts_and_video_calls_are_media(extract):  # type: ignore[no-untyped-def]
    r = extract("Oleh Danyliuk wrote an angry Instagram post about the retreat. “We walked out at night,” he wrote.\n"
                "“Nobody is coming for us,” the medic said on a video call with his sister.")
    assert ("medium", "Instagram post") in _chain(_only(r, "We walked out at night"))
    assert ("medium", "video call") in _chain(_only(r, "Nobody is coming for us"))


def test_channel_named_before_telegram_channel_with_adjuncts(extract):  # type: ignore[no-untyped-def]
    r = extract("The depot that caught fire is located in the Valuysky district, which borders Ukraine, "
                "the Vorona Telegram channel said in a post on Friday, July 12.")
    q = _only(r, "The depot that caught fire")
    assert q.speaker.name == "Vorona" and q.speaker.kind == "outlet"
    assert "Vorona" not in [p.name for p in r.people]


def test_cue_parsed_as_last_conjunct_still_attributes(extract):  # type: ignore[no-untyped-def]
    r = extract("Three guards opened fire with rifles during a night drill, wounding five recruits, Russia's TASS "
                "news agency reported, citing the regional police.")
    q = _only(r, "Three guards opened fire")
    assert q.speaker.name == "the regional police" and ("reporter", "TASS") in _chain(q)


def test_backshifted_conjunct_continues_the_content(extract):  # type: ignore[no-untyped-def]
    r = extract("A Ukrainian adviser, Taras Hnatiuk, said the two men came from Kyrgyzstan, a small republic, "
                "and had quarrelled with the others over money.")
    assert "had quarrelled with the others" in _only(r, "the two men came from Kyrgyzstan").text


def test_present_cue_with_past_conjunct_continues_the_content(extract):  # type: ignore[no-untyped-def]
    r = extract("Neighbours say officers took a student's passport and, with no explanation, pushed him into a van.")
    assert "pushed him into a van" in _only(r, "officers took a student").text


def test_quoted_words_in_the_speakers_description_are_no_quote(extract):  # type: ignore[no-untyped-def]
    r = extract("The outlet Baza, relying on a voice note recorded by “apparently, a nurse at the hospital,” "
                "reports that the shelter was hit twice.")
    q = _only(r, "the shelter was hit twice")
    assert "nurse" in q.speaker.name and ("medium", "audio") in _chain(q) or ("reporter", "Baza") in _chain(q)
    assert not any(x.text.startswith("apparently") for x in r.quotes)


def test_the_statement_said_is_the_statements_author(extract):  # type: ignore[no-untyped-def]
    r = extract("“The attackers opened fire on the recruits,” RIA quoted a ministry statement as saying. "
                "“Nine people died of their wounds,” the statement said.")
    q = _only(r, "Nine people died")
    assert "ministry" in q.speaker.name and ("medium", "statement") in _chain(q)


def test_a_relay_named_later_covers_the_speakers_earlier_claims(extract):  # type: ignore[no-untyped-def]
    r = extract("According to Russia's Defence Ministry, two volunteers opened fire at the range. The shooting "
                "started during a drill, the ministry said in a statement quoted by Interfax.", outlet="Meduza")
    first = _only(r, "two volunteers opened fire")
    assert first.speaker.name == "Russia's Defence Ministry" and ("reporter", "Interfax") in _chain(first)
    later = _only(r, "The shooting started during a drill")
    assert later.speaker.name == "Russia's Defence Ministry"


def test_quote_inside_a_longer_stretch_before_he_said_is_mixed(extract):  # type: ignore[no-untyped-def]
    r = extract("“Heavy” shelling had hit “schools, shops, our clinics” in Izium, he said, thanking the medics.")
    q = [x for x in r.quotes if "shelling had hit" in x.text]
    assert q and q[0].kind == "mixed"


def test_medium_named_in_the_cue_sentence_after_a_long_quote(extract):  # type: ignore[no-untyped-def]
    r = extract("“We sleep in water. Our hands are frozen,” says a man who names himself as Oleg Rudenko in a "
                "video that was posted online.")
    q = _only(r, "We sleep in water")
    assert q.speaker.name == "Oleg Rudenko" and ("medium", "video") in _chain(q)


def test_cue_keeps_auxiliaries_negation_and_adverbs(extract):  # type: ignore[no-untyped-def]
    r = extract("The senator has said that the bill would fail. She would later say the vote was rigged. "
                "He also warned that taxes would rise.")
    assert [q.cue.text for q in r.quotes] == ["has said", "would later say", "also warned"]


def test_speaker_mention_is_the_whole_noun_phrase(extract):  # type: ignore[no-untyped-def]
    r = extract("Marta Kulyk, director of a refugee charity in Lviv, said the shelters were full.")
    q = _only(r, "the shelters were full")
    assert q.speaker.name == "Marta Kulyk" and q.speaker.text == "Marta Kulyk, director of a refugee charity in Lviv"


def test_it_said_is_an_institution_never_the_last_person(extract):  # type: ignore[no-untyped-def]
    r = extract("Andriy Melnyk said the convoy was late. A volunteers' council appeared in May; it says the men "
                "must come home.")
    q = _only(r, "the men must come home")
    assert q.speaker.name != "Andriy Melnyk"


def test_in_its_version_and_in_the_view_of_are_attributions(extract):  # type: ignore[no-untyped-def]
    r = extract("In the view of the governor, the fire was arson. The Vorona channel, however, blamed drink. "
                "In its version, two drunk guards started the fire.")
    assert "governor" in _only(r, "the fire was arson").speaker.name
    assert _only(r, "two drunk guards started the fire").speaker.name == "Vorona"


def test_putting_a_toll_at_a_number_is_an_estimate_attribution(extract):  # type: ignore[no-untyped-def]
    r = extract("Local officials put the death toll at 14.")
    q = _only(r, "put the death toll at 14")
    assert q.speaker.name == "local officials" and q.cue.text == "put"


def test_what_an_agency_says_is_an_intercepted_call_names_the_releaser(extract):  # type: ignore[no-untyped-def]
    r = extract("A colonel said the men must hold, according to what Ukraine's military intelligence (HUR) says is "
                "an intercepted phone call released on Monday.")
    assert ("releaser", "HUR") in _chain(_only(r, "the men must hold"))


def test_channel_that_posted_the_clip_releases_the_video(extract):  # type: ignore[no-untyped-def]
    r = extract("A video shows a man in a cellar. “I was hit on the head,” he says.\n\n"
                "The Gray Zone channel posted the clip on November 12.")
    assert ("releaser", "Gray Zone") in _chain(_only(r, "I was hit on the head"))


def test_a_group_calling_itself_a_name_is_that_name(extract):  # type: ignore[no-untyped-def]
    r = extract("A group calling itself the Free Ingria Battalion said it had taken the village of Lozova.")
    q = _only(r, "it had taken the village")
    assert q.speaker.name == "Free Ingria Battalion" and q.speaker.kind == "organization"


def test_incident_certainty_follows_its_doubted_claim(extract):  # type: ignore[no-untyped-def]
    r = extract("A Russian missile hit a school in Kramatorsk on Friday, killing two teachers, the regional governor "
                "said. Northern Wire could not independently confirm the report.")
    assert r.incidents and r.incidents[0].certainty == "alleged"
    assert "a regional governor" in r.incidents[0].sources


def test_wire_dateline_is_neither_speaker_nor_content(extract):  # type: ignore[no-untyped-def]
    r = extract("ODESA (Reuters) - Regional Governor Oleh Kiper said three people were wounded overnight.\n\n"
                "ZAPORIZHZHIA, Ukraine — A glide bomb hit a warehouse, local officials said.")
    q = _only(r, "three people were wounded")
    assert q.speaker.name == "Oleh Kiper" and q.speaker.text == "Regional Governor Oleh Kiper"
    assert _only(r, "A glide bomb hit a warehouse").text == "A glide bomb hit a warehouse"


def test_content_goes_on_after_a_medial_cue(extract):  # type: ignore[no-untyped-def]
    r = extract("The rail bridge, the regional governor said, was struck twice before dawn.")
    before, after = _only(r, "The rail bridge"), _only(r, "was struck twice before dawn")
    assert before.speaker.name == after.speaker.name == "a regional governor"
    assert before.cue.start == after.cue.start


def test_but_that_continues_what_was_said(extract):  # type: ignore[no-untyped-def]
    q = _only(extract("The mayor said the shelters were full, but that nobody would be turned away."), "shelters")
    assert q.text == "the shelters were full, but that nobody would be turned away"


def test_conjunct_after_a_medial_cue_is_the_same_account(extract):  # type: ignore[no-untyped-def]
    r = extract("Four people were killed, the regional administration said, and nine were wounded.")
    killed, wounded = _only(r, "Four people were killed"), _only(r, "nine were wounded")
    assert wounded.text == "nine were wounded"
    assert killed.speaker.name == wounded.speaker.name and killed.cue.start == wounded.cue.start
    said = extract("The minister said he would resign, and the party agreed.")
    assert [q.text for q in said.quotes] == ["he would resign"]


def test_an_office_holder_named_between_commas_is_the_teller(extract):  # type: ignore[no-untyped-def]
    # the parser hangs "the head of ..., Name," on the content's object; the content's agent is no teller
    r = extract("Artillery hit the district's villages 40 times on Thursday, wounding two women, the head of the "
                "district administration, Petro Hnatiuk, said on Friday.")
    q = _only(r, "Artillery hit the district's villages")
    assert q.speaker.name == "Petro Hnatiuk"


def test_the_head_of_an_office_keeps_its_office_as_a_name(extract):  # type: ignore[no-untyped-def]
    r = extract("Artillery hit the district's villages 40 times on Thursday, wounding two women, the head of the "
                "district military administration said.")
    q = _only(r, "Artillery hit the district's villages")
    assert q.speaker.name == "the head of the district military administration"


def test_a_governor_after_the_content_hung_as_its_clause(extract):  # type: ignore[no-untyped-def]
    # the parser hangs "said" on the content's verb as an adverbial clause; the titled name is the teller
    r = extract("Ukrainian forces shelled the village of Glotovo, Kursk Governor Alexei Smirnov said in a video "
                "address.")
    q = _only(r, "shelled the village of Glotovo")
    assert q.speaker.name == "Alexei Smirnov" and ("medium", "video address") in _chain(q)


def test_a_channel_reporting_after_the_content_made_the_root(extract):  # type: ignore[no-untyped-def]
    r = extract("Three soldiers deserted from their unit near Pskov, the Baza Telegram channel reported, citing "
                "law enforcement sources.")
    q = _only(r, "Three soldiers deserted")
    assert "Baza" in [name for _, name in _chain(q)]


def test_adding_after_a_wire_cue_is_the_same_tellers(extract):  # type: ignore[no-untyped-def]
    r = extract("Russian troops shot dead a farmer in the village of Hoptivka, the regional prosecutor's office "
                "said on Friday, adding that an investigation had been opened.")
    assert all("troops" not in (q.speaker.name if q.speaker else "") for q in r.quotes)


def test_a_name_then_its_office_between_commas(extract):  # type: ignore[no-untyped-def]
    r = extract("The blast wounded three people, Ivan Dorosh, the head of the district administration, said on "
                "Telegram.")
    q = _only(r, "The blast wounded three people")
    assert q.speaker.name == "Ivan Dorosh" and q.speaker.description == "the head of the district administration"


def test_a_releaser_named_by_its_country_possessive(extract):  # type: ignore[no-untyped-def]
    r = extract("Two soldiers were shot by their commander near Toretsk, according to an intercepted call published "
                "by Ukraine's intelligence.")
    q = _only(r, "Two soldiers were shot")
    assert ("releaser", "Ukraine's intelligence") in _chain(q)


def test_the_indefinite_article_follows_the_sound() -> None:
    from warlog.attribution.speakers import with_article
    assert [with_article(w) for w in ("unit", "official", "European diplomat", "hour-long video", "one-time officer",
                                      "unidentified official")] \
        == ["a unit", "an official", "a European diplomat", "an hour-long video", "a one-time officer",
            "an unidentified official"]
