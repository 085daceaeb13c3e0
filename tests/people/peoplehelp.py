"""Helpers for the people tests: find a person by name, read attributes, check spans."""


def person(report, name):  # type: ignore[no-untyped-def]
    found = [p for p in report.people if p.name == name]
    assert len(found) == 1, [p.name for p in report.people]
    return found[0]


def attributes(mention):  # type: ignore[no-untyped-def]
    return {(a.name, a.value) for a in mention.attributes}


def assert_spans_hold(report):  # type: ignore[no-untyped-def]
    """Every span of people and citations is the text it claims to be."""
    text = report.document.text
    spans = []
    for p in report.people:
        spans += p.spans + [a.span for a in p.attributes] + [f.span for f in p.fates]
        spans += [f.place.span for f in p.fates if f.place and f.place.span]
        spans += [f.when.span for f in p.fates if f.when and f.when.span]
    spans += [c.span for c in report.citations if c.span]
    for span in spans:
        assert text[span.start:span.end] == span.text
