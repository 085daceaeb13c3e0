"""The report benchmark's one-to-one matching of gold and predicted incidents (incidents built by hand)."""

from __future__ import annotations

from benchmarks.reports import match

from warlog.models import Incident, Span, When, Where


def _incident(evidence: str, admin1: str = "Kyiv Oblast") -> Incident:
    return Incident(id="d-i", type="strike", summary="", when=When(),
                    where=Where(name="x", text="x", admin1=admin1, country="UA"),
                    evidence=[Span(start=0, end=len(evidence), text=evidence)])


def _gold(evidence: str, optional: bool = False, admin1: str = "Kyiv") -> dict[str, object]:
    return {"type": "strike", "admin1": admin1, "country": "UA", "evidence": evidence, "optional": optional}


def test_each_gold_gets_the_prediction_that_tells_its_event() -> None:
    golds = [_gold("drones hit Bilohorodka"), _gold("a block was damaged in Kyiv", optional=True)]
    predicted = [_incident("At night drones hit Bilohorodka, two died."), _incident("In Kyiv a block was damaged.")]
    assert match(golds, predicted) == {0: 0, 1: 1}
    assert match(golds, predicted[::-1]) == {0: 1, 1: 0}  # whatever order the predictions come in


def test_an_optional_gold_is_matched_by_moving_a_required_one_when_that_costs_nothing() -> None:
    # The required gold fits both predictions, the optional one only the first: both are matched.
    golds = [_gold("first"), _gold("second", optional=True, admin1="Sumy")]
    predicted = [_incident("first", admin1="Sumy Oblast"), _incident("another", admin1="Kyiv Oblast")]
    golds[0]["admin1"] = None
    assert match(golds, predicted) == {0: 1, 1: 0}


def test_an_optional_gold_never_costs_a_required_one_its_match() -> None:
    golds = [_gold("first", optional=True), _gold("second")]
    predicted = [_incident("first")]
    assert match(golds, predicted) == {1: 0}


def test_incompatible_pairs_are_never_matched() -> None:
    assert match([_gold("x", admin1="Sumy")], [_incident("x", admin1="Kyiv Oblast")]) == {}
