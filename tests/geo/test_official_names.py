"""A settlement's official Ukrainian name (KATOTTG) ranks above a namesake's historic alternate (found in session 8:
"Слов'янськ" resolved to Nikopol, which GeoNames lists under a name it bore in the 1780s)."""

import warlog


def test_sloviansk_by_its_ukrainian_name(settings):  # type: ignore[no-untyped-def]
    report = warlog.extract("Росіяни вдарили по Слов'янську вранці, поранено двох людей, повідомив начальник ОВА.",
                            settings=settings, published="2024-05-10", language="uk")
    place = next(e for e in report.entities if e.label == "PLACE")
    assert place.geo is not None and place.geo.admin1 == "Donetsk Oblast"


def test_the_typographic_apostrophe_reads_as_the_plain_one(settings):  # type: ignore[no-untyped-def]
    report = warlog.extract("Росіяни вдарили по Слов’янську вранці, поранено двох людей, повідомив начальник ОВА.",
                            settings=settings, published="2024-05-10", language="uk")
    place = next(e for e in report.entities if e.label == "PLACE")
    assert place.geo is not None and place.geo.admin1 == "Donetsk Oblast"
