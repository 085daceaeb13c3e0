"""Reading the admin context written next to a place mention."""

from __future__ import annotations

from warlog.geo.context import Context, read_context


def ctx(text: str, mention: str) -> Context:
    start = text.index(mention)
    return read_context(text, start, start + len(mention))


def test_region_after_comma() -> None:
    c = ctx("sent to the front lines near Makiivka, in the Luhansk region, where", "Makiivka")
    assert (c.admin_text, c.admin_where, c.is_admin) == ("Luhansk region", "after", False)


def test_region_after_in() -> None:
    c = ctx("killed their own men in Novoselivka in the Donetsk region", "Novoselivka")
    assert c.admin_text == "Donetsk region"


def test_region_in_parentheses() -> None:
    assert ctx("Shebekino (Belgorod region) was shelled", "Shebekino").admin_text == "Belgorod region"


def test_region_before_with_kind_noun() -> None:
    c = ctx("in the Donetsk region village of Novoselivka", "Novoselivka")
    assert (c.admin_text, c.admin_where, c.settlement_cue) == ("Donetsk region", "before", True)


def test_village_of_is_a_settlement_cue() -> None:
    c = ctx("the village of Baranykivka, in the Luhansk region", "Baranykivka")
    assert c.settlement_cue and c.admin_text == "Luhansk region"


def test_mention_followed_by_admin_word_is_a_region() -> None:
    c = ctx("a conscript from Russia's Vladimir region said", "Vladimir")
    assert c.is_admin and c.query == "Vladimir region"
    assert c.country_text == "Russia"


def test_plural_regions() -> None:
    assert ctx("the Luhansk and Donetsk regions", "Luhansk").query == "Luhansk region"
    assert ctx("the Luhansk and Donetsk regions", "Donetsk").query == "Donetsk region"


def test_country_after_comma() -> None:
    assert ctx("born in Serpukhov, Russia, in 1990", "Serpukhov").country_text == "Russia"


def test_cyrillic_admin_context() -> None:
    assert ctx("у Макіївці, Луганська область", "Макіївці").admin_text == "Луганська область"


def test_no_context() -> None:
    c = ctx("shot dead by a fellow soldier in Belgorod.", "Belgorod")
    assert c == Context(query="Belgorod", is_admin=False)


def test_regional_is_not_an_admin_word() -> None:
    assert not ctx("the Kharkiv regional administration", "Kharkiv").is_admin
