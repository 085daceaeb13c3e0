"""Russian and Ukrainian analysers in one process (found in session 8: every Russian document after the first
Ukrainian one lost its analysis to "Grammeme is unknown: Geox")."""

import pytest

from warlog.lang import morphology

pytest.importorskip("pymorphy3_dicts_ru")
pytest.importorskip("pymorphy3_dicts_uk")


def test_russian_tags_keep_their_grammemes_after_a_ukrainian_dictionary_loads() -> None:
    ru = morphology.analyzer("ru")
    morphology.analyzer("uk")
    assert any("Geox" in p.tag for p in ru.parse("Курск"))


def test_a_russian_report_after_a_ukrainian_one_is_analysed(settings):  # type: ignore[no-untyped-def]
    import warlog

    ru = "Губернатор сообщил, что в селе Глотово Курской области повреждены два дома после обстрела."
    uk = "Ворог обстріляв село Слатине на Харківщині, повідомив голова обласної адміністрації."
    for text in (ru, uk, ru):
        report = warlog.extract(text, settings=settings, published="2024-04-25")
        assert report.failed_stages == [] and report.incidents, (report.document.language, report.failed_stages)
