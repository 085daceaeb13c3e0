"""The region a governor's post speaks for, when the post names none (session 6, read on the Russian dev report
of a village named bare in the Belgorod governor's post): sentences written for these tests."""

from warlog.geo.officials import told_for


def test_the_outlet_or_a_named_official_tells_the_region() -> None:
    assert told_for("Село обстреливают.", "Вячеслав Гладков (Telegram)") == ("Belgorod Oblast", "RU")
    assert told_for("Про це повідомив начальник ОВА Олександр Прокудін.") == ("Kherson Oblast", "UA")


def test_officials_of_two_regions_tell_no_region() -> None:
    assert told_for("Gladkov and Bogomaz both reported drone attacks overnight.") is None
    assert told_for("Петро Федоренко сказав, що все спокійно.") is None


def test_a_bare_village_in_a_governors_post_is_in_his_region(settings):  # type: ignore[no-untyped-def]
    import warlog

    report = warlog.extract("Мне только что позвонила глава Журавлёвки: село обстреливают, двое раненых.",
                            settings=settings, outlet="Вячеслав Гладков (Telegram)", published="2022-04-25")
    (inc,) = report.incidents
    assert inc.where is not None and inc.where.admin1 == "Belgorod Oblast"


def test_a_region_the_text_states_wins_over_the_tellers(settings):  # type: ignore[no-untyped-def]
    import warlog

    report = warlog.extract("Гладков сообщил, что в селе Журавлёвка Курской области повреждены дома после обстрела.",
                            settings=settings, published="2022-04-25")
    places = [e for e in report.entities if e.label == "PLACE" and e.text.startswith("Журавл")]
    assert places and all(e.geo is None or e.geo.admin1 != "Belgorod Oblast" for e in places)
