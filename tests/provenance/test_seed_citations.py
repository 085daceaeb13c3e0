"""The sources the two seed articles relay."""


def test_the_roundup_cites_istories_intelligence_mediazona_and_astra(istories_report):  # type: ignore[no-untyped-def]
    cited = {c.cited: c for c in istories_report.citations}
    assert list(cited) == ["iStories", "Ukrainian intelligence", "Mediazona", "Astra"]
    assert cited["iStories"].span is not None and cited["iStories"].span.start == 157  # "That's according to ..."
    by_id = {c.id: c for c in istories_report.claims}
    moiseyev_claim = next(c for c in istories_report.claims if "shot dead by a fellow soldier" in c.text)
    assert moiseyev_claim.id in cited["iStories"].claim_ids
    panov = [c.id for c in istories_report.claims if c.claimant == "Dmitry Panov"]
    assert set(panov) <= set(cited["Mediazona"].claim_ids)
    assert all(by_id[i] for c in cited.values() for i in c.claim_ids)


def test_meduza_relays_the_telegram_channel(meduza_report):  # type: ignore[no-untyped-def]
    [citation] = meduza_report.citations
    assert citation.cited == "VChK-OGPU" and citation.kind == "cites" and citation.claim_ids
    text = meduza_report.document.text
    assert citation.span is not None and text[citation.span.start:citation.span.end] == "VChK-OGPU"
