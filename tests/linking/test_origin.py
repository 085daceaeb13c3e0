"""Origins: the independent source behind a claim, from its chain."""

from __future__ import annotations

from warlog.linking.origin import claim_origin, source_key
from warlog.models import ChainLink, Claim, Document

DOC = Document(id="d1", outlet="Business Insider", text="")


def _claim(*links: tuple[str, str]) -> Claim:
    return Claim(id="c", text="x", start=0, end=1, chain=[ChainLink(role=r, name=n) for r, n in links])  # type: ignore[arg-type]


def test_a_relayed_outlet_is_the_origin_not_the_relaying_outlet() -> None:
    claim = _claim(("speaker", "iStories"), ("reporter", "Business Insider"))
    assert claim_origin(claim, DOC) == "iStories"


def test_a_person_interviewed_by_another_outlet_counts_as_that_outlet() -> None:
    claim = _claim(("speaker", "Dmitry Panov"), ("medium", "interview"), ("interviewer", "Mediazona"),
                   ("reporter", "Business Insider"))
    assert claim_origin(claim, DOC) == "Mediazona"


def test_an_organisation_speaking_for_itself_is_the_origin_even_when_relayed() -> None:
    claim = _claim(("speaker", "Russian media"), ("reporter", "iStories"), ("reporter", "Business Insider"))
    assert claim_origin(claim, DOC) == "Russian media"


def test_first_hand_reporting_is_the_document_outlet() -> None:
    claim = _claim(("speaker", "his mother"), ("reporter", "Business Insider"))
    assert claim_origin(claim, DOC) == "Business Insider"


def test_source_keys_fold_aliases_articles_and_case() -> None:
    assert source_key("Important Stories") == source_key("iStories") == source_key("ISTORIES")
    assert source_key("the Kyiv Independent") == source_key("Kyiv Independent")
