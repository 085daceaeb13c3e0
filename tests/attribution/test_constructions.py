"""Hard attribution constructions, each pinned on a sentence written for the test."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, **meta: str):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, **meta)

    return run


def _only(report, fragment):  # type: ignore[no-untyped-def]
    found = [q for q in report.quotes if fragment in q.text]
    assert len(found) == 1, [q.text for q in report.quotes]
    return found[0]


def test_typographic_guillemets_and_low_quotes(extract):  # type: ignore[no-untyped-def]
    r = extract("«We have no shells left,» the commander said. „They sent us to die“, a private told reporters.")
    assert _only(r, "We have no shells left").speaker.name == "a commander"
    assert _only(r, "They sent us to die").speaker.name == "a private"


def test_quote_split_by_its_cue(extract):  # type: ignore[no-untyped-def]
    r = extract("Ivan Sokolov is a medic in the 3rd Assault Brigade. “We waited for hours,” Sokolov said. "
                "“Nobody came for the wounded.”")
    first, second = _only(r, "We waited for hours"), _only(r, "Nobody came for the wounded")
    assert first.speaker.name == second.speaker.name == "Ivan Sokolov"
    assert second.cue is None and second.kind == "direct"


def test_quote_paragraph_without_cue_continues_the_speaker(extract):  # type: ignore[no-untyped-def]
    r = extract("“The unit was left without orders,” said Oleg Marchenko, a sergeant.\n\n"
                "“We found out from the neighbours that the village had been given up.”")
    assert _only(r, "found out from the neighbours").speaker.name == "Oleg Marchenko"


def test_mixed_quote_inside_reported_speech(extract):  # type: ignore[no-untyped-def]
    r = extract("A volunteer said the command treats the men as “expendable material” and nobody answers.")
    q = _only(r, "expendable material")
    assert q.kind == "mixed" and q.speaker.name == "a volunteer"


def test_indirect_speech_forms(extract):  # type: ignore[no-untyped-def]
    r = extract("Anna Petrova told the outlet Verstka that her husband had been sent forward without a rifle. "
                "According to the regional governor, three villages lost power.", outlet="Eastern Wire")
    told = _only(r, "her husband had been sent forward")
    assert told.kind == "indirect" and told.speaker.name == "Anna Petrova"
    assert ("interviewer", "Verstka") in [(c.role, c.name) for c in told.chain]
    acc = _only(r, "three villages lost power")
    assert acc.kind == "indirect" and acc.speaker.text == "the regional governor"
    assert acc.speaker.name == "a regional governor"


def test_denial_sets_status_denied(extract):  # type: ignore[no-untyped-def]
    r = extract("The defence ministry denied that its artillery had shelled the village.")
    q = _only(r, "its artillery had shelled the village")
    assert q.status == "denied"


def test_unverified_video_is_alleged_with_its_hedge(extract):  # type: ignore[no-untyped-def]
    r = extract("In a video that could not be independently verified, a man says the unit was shelled by "
                "its own artillery.")
    q = _only(r, "the unit was shelled")
    assert q.status == "alleged" and "could not be independently verified" in q.hedges
    assert ("medium", "video") in [(c.role, c.name) for c in q.chain]


def test_possessive_speakers_keep_their_own_determiner(extract):  # type: ignore[no-untyped-def]
    r = extract("His mother told reporters that he was shot. The town's military administration said three "
                "people died.")
    assert _only(r, "he was shot").speaker.name == "his mother"  # not "a his mother"
    assert _only(r, "three people died").speaker.name == "the town's military administration"


def test_according_to_cue_is_the_text_at_its_offsets(extract):  # type: ignore[no-untyped-def]
    # Found by the fuzz run (issue #13): the cue said "according to" while its offsets held "According to".
    r = extract("According to the governor, two civilians died when a drone hit Kharkiv on Monday.")
    cue = _only(r, "two civilians died").cue
    assert cue is not None and (cue.text, r.document.text[cue.start:cue.end]) == ("According to", "According to")


def test_pronoun_in_a_relative_clause_is_the_main_subject(extract):  # type: ignore[no-untyped-def]
    r = extract("Border guards detained a driver who they say carried forged papers.")
    q = _only(r, "carried forged papers")
    assert q.speaker.text == "Border guards" and q.text == "carried forged papers"


def test_a_country_as_subject_speaks_as_its_government(extract):  # type: ignore[no-untyped-def]
    r = extract("Ukraine has identified a sailor who it says deserted from the navy last spring.")
    q = _only(r, "deserted from the navy")
    assert (q.speaker.name, q.speaker.kind) == ("Ukraine", "organization")


def test_the_institution_noun_names_the_institution_introduced_before(extract):  # type: ignore[no-untyped-def]
    r = extract("The Defence Intelligence Directorate has identified the crew of the boat.\n\n"
                "Later the directorate said two of the men had surrendered near the river.")
    q = _only(r, "two of the men had surrendered")
    assert q.speaker.text == "the directorate" and q.speaker.name.endswith("Defence Intelligence Directorate")


def test_quotation_closing_a_that_clause_is_part_of_the_clause(extract):  # type: ignore[no-untyped-def]
    # The parser hangs the sentence's final '."' on the main verb; the clause still ends with the quotation.
    r = extract('The mayor said that the flooded district needs "clean water and working pumps."')
    quote = _only(r, "flooded district")
    assert quote.kind == "mixed"
    assert quote.text == 'the flooded district needs "clean water and working pumps."'


def test_clause_that_is_the_quotation_itself_stays_direct(extract):  # type: ignore[no-untyped-def]
    r = extract('The convoy arrived at noon. "That would be the last bridge," the driver said.')
    quote = _only(r, "last bridge")
    assert quote.kind == "direct" and quote.text == "That would be the last bridge,"


def test_cue_after_a_quote_that_reports_its_own_clause_is_not_the_quote_s(extract):  # type: ignore[no-untyped-def]
    # '"...," said X. "..."  Y said Tuesday that ...': the second quote continues X; "said that" is Y's own.
    r = extract("“The shelter is full,” said the volunteer Olena Koval on Friday. “We turn people away.”  "
                "The mayor said Tuesday that a second shelter would open.")
    second = _only(r, "We turn people away")
    assert second.cue is None and second.speaker.name == "Olena Koval"
    mayor = _only(r, "a second shelter would open")
    assert mayor.cue.text == "said" and mayor.speaker.text == "The mayor"


def test_quote_ending_on_a_comma_keeps_the_cue_after_it(extract):  # type: ignore[no-untyped-def]
    # '"...," one soldier says he was ordered': the cue after a comma-closed quote is still its cue.
    r = extract('"Leave the trucks and walk," one driver says he was told.')
    quote = _only(r, "Leave the trucks")
    assert quote.cue is not None and quote.speaker is not None and "driver" in quote.speaker.text


def test_quote_ending_on_a_nested_quote_after_which_a_verb_has_its_own_clause(extract):  # type: ignore[no-untyped-def]
    r = extract("“We waited,” said the engineer Taras Melnyk. “Then they said, ‘Go home.’”  "
                "Melnyk said the plant would not reopen.")
    assert _only(r, "Then they said").speaker.name == "Taras Melnyk"
    assert _only(r, "the plant would not reopen").cue.text == "said"
