"""A rank before a first name and a surname names a person the small model left untagged (session 8 probes): the
registry holds him with his rank, age, home and fate."""

import warlog


def test_a_private_named_at_the_start_of_the_sentence(settings):  # type: ignore[no-untyped-def]
    report = warlog.extract("Private Pavel Sokolov, 23, from the Tver region, was shot dead by his commander near "
                            "Toretsk, his sister told an outlet.", settings=settings, published="2024-05-10")
    (person,) = [p for p in report.people if p.name == "Pavel Sokolov"]
    attributes = {(a.name, a.value) for a in person.attributes}
    assert ("age", "23") in attributes and ("rank", "private") in attributes
    assert "killed" in [f.status for f in person.fates]


def test_the_name_after_a_rank_and_words_after_a_rank_that_name_no_one() -> None:
    from warlog.text.entity_rules import person_spans

    expected = {"Private Military Company Wagner said on Monday.": [],
                "Colonel General Ivan Popov was dismissed.": ["Ivan Popov"]}
    for text, names in expected.items():
        assert [text[s.start:s.end] for s in person_spans(text)] == names
