"""The NLP stage's entity corrections, on the seeds (the small model mislabels these)."""


def _labels(report):  # type: ignore[no-untyped-def]
    return {(e.text, e.label) for e in report.entities}


def test_small_model_errors_are_corrected(istories_report):  # type: ignore[no-untyped-def]
    labels = _labels(istories_report)
    assert ("Belgorod", "PLACE") in labels  # en_core_web_sm says ORG
    assert ("Vladimir region", "PLACE") in labels  # en_core_web_sm says PERSON for "Vladimir"
    assert ("Mediazona", "OUTLET") in labels  # en_core_web_sm says GPE
    assert ("127th Separate Reconnaissance Brigade", "UNIT") in labels
    assert ("Aleksei", "PERSON") in labels  # "identified only as Aleksei": en_core_web_sm says ORG


def test_channels_and_region_forms(meduza_report):  # type: ignore[no-untyped-def]
    labels = _labels(meduza_report)
    assert ("VChK-OGPU", "OUTLET") in labels
    assert ("Luhansk region", "PLACE") in labels
    assert ("Baranykivka", "PLACE") in labels


def test_entity_offsets_point_into_clean_text(istories_report):  # type: ignore[no-untyped-def]
    text = istories_report.document.text
    for e in istories_report.entities:
        assert text[e.start:e.end] == e.text


def test_ages_are_neither_dates_nor_counts(istories_report):  # type: ignore[no-untyped-def]
    text = istories_report.document.text
    age = text.index("Moiseyev, 25") + len("Moiseyev, ")
    for e in istories_report.entities:
        if e.label in ("DATE", "QUANTITY"):
            assert not (e.start <= age < e.end), e


def test_an_institution_after_of_or_to_is_not_a_hamlet(settings):  # type: ignore[no-untyped-def]
    # "Congress" (tagged ORG) after "of"/"to" was read as a place and resolved to a small Arizona town;
    # after "in" it is still a place, and a war-region town after "of" still is ("the governor of Belgorod")
    import warlog

    def places(text):  # type: ignore[no-untyped-def]
        return {e.text for e in warlog.geocode(text, settings=settings)}

    assert "Congress" not in places("Members of Congress said the aid package would pass.")
    assert "Congress" not in places("The request goes to Congress next week, officials said.")
    assert "Belgorod" in places("The governor of Belgorod said two people were hurt.")
    assert "Congress" in places("Two people were killed in Congress, Arizona.")


def test_a_region_of_the_war_tagged_as_an_organisation_is_a_place(settings):  # type: ignore[no-untyped-def]
    # en_core_web_sm tags "Crimea" ORG in "a bridge linking mainland Russia with Crimea" (no locative before it)
    import warlog

    report = warlog.extract("A blast damaged a bridge linking mainland Russia with Crimea.", settings=settings)
    assert ("Crimea", "PLACE") in _labels(report)
