from warlog.models import Document, Entity, Report


def test_report_span_points_into_clean_text():
    report = Report(document=Document(id="d1", text="Shelling hit Avdiivka on Tuesday."))
    span = report.span(13, 21)
    assert span.text == "Avdiivka"
    assert report.document.text[span.start:span.end] == span.text


def test_models_refuse_unknown_fields():
    import pydantic
    import pytest

    with pytest.raises(pydantic.ValidationError):
        Entity(id="e1", text="x", label="PLACE", start=0, end=1, colour="red")  # type: ignore[call-arg]


def test_report_json_round_trip():
    report = Report(document=Document(id="d1", text="text", published="2022-11-24"))
    again = Report.model_validate_json(report.model_dump_json())
    assert again == report
    assert report.to_json_dict()["document"]["published"] == "2022-11-24"
