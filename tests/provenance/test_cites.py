"""Citations: every other source a report relays, one per source, on sentences written for the test."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, outlet="Test Outlet", published="2023-03-14")

    return run


def _cited(report):  # type: ignore[no-untyped-def]
    return {c.cited: c for c in report.citations}


def _spans_hold(report):  # type: ignore[no-untyped-def]
    for c in report.citations:
        assert c.span is not None and report.document.text[c.span.start:c.span.end] == c.span.text


def test_interview_channel_and_publisher(extract):  # type: ignore[no-untyped-def]
    r = extract("A video posted by the channel Astra shows soldiers complaining about their commanders. "
                "The men told Meduza they had not been paid. The report was first published by Verstka.")
    cited = _cited(r)
    assert list(cited) == ["Astra", "Meduza", "Verstka"]
    assert cited["Meduza"].claim_ids and cited["Astra"].claim_ids
    assert cited["Verstka"].claim_ids == []  # named as a publisher, relaying no extracted claim
    _spans_hold(r)


def test_own_outlet_and_quoted_people_are_no_citations(extract):  # type: ignore[no-untyped-def]
    r = extract("“We were left without food for a week,” Ivan Sokolov told Test Outlet on Monday.")
    assert r.citations == []


def test_repeated_source_is_merged_with_every_claim(extract):  # type: ignore[no-untyped-def]
    r = extract("According to Mediazona, at least 20 soldiers from Buryatia died near Bakhmut in January. "
                "Three more were killed in February, Mediazona reported.")
    [citation] = r.citations
    assert citation.cited == "Mediazona" and citation.kind == "cites"
    assert len(citation.claim_ids) >= 2
    assert citation.span is not None and citation.span.start == r.document.text.index("Mediazona")
    _spans_hold(r)


def test_forwarded_post_and_platforms(extract):  # type: ignore[no-untyped-def]
    r = extract("Forwarded from Rybar\nRussian troops advanced near Avdiivka on Monday, according to the "
                "Telegram channel Rybar.")
    cited = _cited(r)
    assert list(cited) == ["Rybar"] and cited["Rybar"].kind == "forward"
    _spans_hold(r)


def test_releaser_is_cited(extract):  # type: ignore[no-untyped-def]
    r = extract("In audio released by Ukrainian intelligence on Tuesday, a soldier tells his mother that "
                "his unit was shelled by its own artillery.")
    assert "Ukrainian intelligence" in _cited(r)


def test_a_language_pack_without_outlet_lists_does_not_fail_the_citations_stage(extract):  # type: ignore[no-untyped-def]
    # Found by the property tests (issue #13): the uk pack has no outlets.toml/provenance.toml, and every
    # Ukrainian document was stored with 'citations' among its failed stages.
    r = extract("Вночі росіяни обстріляли Харків, загинули двоє людей, повідомив голова ОВА Олег Синєгубов.")
    assert r.document.language == "uk"
    assert r.failed_stages == []
    _spans_hold(r)
