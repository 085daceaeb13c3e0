"""A toll shared out between places becomes one incident per place."""

import warlog


def _run(settings, text: str):  # type: ignore[no-untyped-def]
    return warlog.extract(text, settings=settings, published="2023-03-02", outlet="Test Wire").incidents


def test_a_toll_shared_between_two_towns_is_two_incidents(settings) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian shelling killed four civilians in the Kharkiv region on March 1, three of them in Kupiansk and "
            "one in Izium, the governor said.\n")
    found = sorted((i.where.name if i.where else None, i.fatalities.best if i.fatalities else None)
                   for i in _run(settings, text))
    assert [n for _, n in found] == [1, 3] and all(name for name, _ in found)


def test_shares_that_do_not_add_up_leave_the_event_whole(settings) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian shelling killed five civilians in the Kharkiv region on March 1, three of them in Kupiansk and "
            "one in Izium, the governor said.\n")
    found = _run(settings, text)
    assert len(found) == 1 and found[0].fatalities is not None and found[0].fatalities.best == 5
