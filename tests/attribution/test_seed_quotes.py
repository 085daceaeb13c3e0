"""Quotes, speakers and chains on the seed articles."""

PRONOUNS = {"he", "she", "they", "him", "her", "them", "i", "we"}


def _quote(report, fragment):  # type: ignore[no-untyped-def]
    found = [q for q in report.quotes if fragment in q.text]
    assert found, f"no quote containing {fragment!r}"
    return found[0]


def _chain(quote):  # type: ignore[no-untyped-def]
    return [(link.role, link.name) for link in quote.chain]


def test_intercepted_call_chain_reaches_ukrainian_intelligence(istories_report):  # type: ignore[no-untyped-def]
    q = _quote(istories_report, "Our tank hit hard")
    assert q.kind == "direct"
    assert q.speaker.name == "Aleksei"
    assert ("medium", "phone call") in _chain(q)
    assert ("releaser", "Ukrainian intelligence") in _chain(q)
    assert "identified only as" in q.hedges and q.status == "alleged"


def test_he_said_inherits_speaker_and_chain(istories_report):  # type: ignore[no-untyped-def]
    q = _quote(istories_report, "more losses from our own")
    assert q.speaker.text == "he" and q.speaker.name == "Aleksei"
    assert ("releaser", "Ukrainian intelligence") in _chain(q)


def test_purported_soldier_is_a_hedged_descriptive_speaker(istories_report):  # type: ignore[no-untyped-def]
    q = _quote(istories_report, "zero fucks")
    assert q.kind == "mixed"
    assert q.speaker.name == "a soldier" and q.speaker.hedged
    assert ("medium", "audio") in _chain(q)
    later = _quote(istories_report, "not a war, it’s a shit show")
    assert later.speaker.name == "a soldier"  # "he said" after him is not Aleksei


def test_short_name_and_independent_outlet_resolve(istories_report):  # type: ignore[no-untyped-def]
    q = _quote(istories_report, "We are just meat")
    assert q.speaker.text == "Panov" and q.speaker.name == "Dmitry Panov"
    assert ("interviewer", "Mediazona") in _chain(q)
    told = _quote(istories_report, "volunteered to join the war")  # "told the independent outlet"
    assert told.kind == "indirect" and ("interviewer", "Mediazona") in _chain(told)


def test_expert_quote_reached_page_through_istories(istories_report):  # type: ignore[no-untyped-def]
    q = _quote(istories_report, "At the very beginning of the full-scale invasion")
    assert q.speaker.name == "Alexander Kovalenko"
    assert any(name == "iStories" for _, name in _chain(q))


def test_according_to_the_outlet(istories_report):  # type: ignore[no-untyped-def]
    q = _quote(istories_report, "increasingly getting killed by their own military")  # "That’s according to iStories"
    assert q.kind == "indirect" and q.speaker.name == "iStories"


def test_telegram_video_chain_ends_with_the_documents_outlet(meduza_report):  # type: ignore[no-untyped-def]
    q = _quote(meduza_report, "They brought us to this building here")
    assert q.speaker.name == "a soldier"
    chain = _chain(q)
    assert chain[0] == ("speaker", "a soldier")
    assert ("medium", "video") in chain and ("releaser", "VChK-OGPU") in chain
    assert chain[-1] == ("reporter", "Meduza")


def test_speakers_are_never_bare_pronouns(istories_report, meduza_report):  # type: ignore[no-untyped-def]
    for report in (istories_report, meduza_report):
        for q in report.quotes:
            if q.speaker is not None:
                assert q.speaker.name.lower() not in PRONOUNS, q
            assert report.document.text[q.start:q.end] == q.text
