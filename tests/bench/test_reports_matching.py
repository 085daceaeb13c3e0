"""The report benchmark's one-to-one matching of gold and predicted incidents (incidents built by hand)."""

from __future__ import annotations

from benchmarks.reports import match

from warlog.models import Incident, Span, When, Where


def _incident(evidence: str, admin1: str = "Kyiv Oblast") -> Incident:
    return Incident(id="d-i", type="strike", summary="", when=When(),
                    where=Where(name="x", text="x", admin1=admin1, country="UA"),
                    evidence=[Span(start=0, end=len(evidence), text=evidence)])


def test_an_optional_gold_never_takes_the_prediction_of_a_required_one() -> None:
    # Both golds are compatible with both predictions; the required one tells the first prediction's event.
    golds = [{"type": "strike", "admin1": "Kyiv", "country": "UA", "evidence": "drones hit Bilohorodka"},
             {"type": "strike", "admin1": "Kyiv", "country": "UA", "evidence": "a block was damaged in Kyiv",
              "optional": True}]
    predicted = [_incident("At night drones hit Bilohorodka, two died."), _incident("In Kyiv a block was damaged.")]
    assert match(golds, predicted) == {0: 0, 1: 1}
    # Listed the other way round, the required gold still gets the prediction that tells its event.
    assert match(golds, predicted[::-1]) == {0: 1, 1: 0}


def test_a_required_gold_still_moves_to_let_another_required_one_match() -> None:
    golds = [{"type": "strike", "admin1": "Kyiv", "evidence": "first"},
             {"type": "strike", "admin1": "Kyiv", "evidence": "second", "optional": False}]
    predicted = [_incident("first and second"), _incident("unrelated")]
    assert len(match(golds, predicted)) == 2
