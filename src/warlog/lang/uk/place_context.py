"""Context that makes a capitalised name a place for ``ner.py``: a verb or noun of attack beside it ("ворог атакував
Ізмаїл", "Кривий Ріг атакували «шахеди»", "Суми знову під ударом"), or a region's adjective before it ("по харківській
Лозовій"). Such names are often first a man's name, a surname or a common word in the dictionary."""

from __future__ import annotations

import re

from .tokens import Token

# A verb of attack on a place, or the place "під ударом / під обстрілом": the name beside it is the town attacked.
_ATTACKED = re.compile(r"(?:атакува\w*|атакую\w*|атакован\w*|обстріля\w*|обстрілю\w*|бомбардува\w*|"
                       r"бомбардую\w*|накри\w*|накрив|гатил\w*|гатив|вдарил\w*|ударил\w*|ударом|ударами|обстрілом|"
                       r"обстрілами|атакою|атаками)", re.IGNORECASE)
# "харківській", "донецького", "сумську": a lowercase adjective of a region or its town (not "українськ...": a country)
_REGION_ADJECTIVE = re.compile(r"(?!українськ|російськ|білоруськ)[а-яіїєґ'’-]{3,}(?:ськ|цьк|зьк)(?:а|ої|ій|у|ою|ий|"
                               r"ого|ому|им|ім|е)")


def attacked(toks: list[Token], i: int, n: int = 1) -> bool:
    """Whether the name of ``n`` words at ``i`` is the object of an attack: the verb just before it, or a verb or
    noun of attack within three words after it (a headline's fronted object)."""
    before = [t.text for t in toks[max(0, i - 1):i]]
    after = [t.text for t in toks[i + n:i + n + 3]]
    return any(_ATTACKED.fullmatch(w) for w in before + after)


def after_region_adjective(toks: list[Token], i: int) -> bool:
    """Whether a lowercase adjective of a region stands right before the name ("по харківській Лозовій", "у
    донецькому Краматорську"): a town told by its oblast."""
    return i > 0 and bool(_REGION_ADJECTIVE.fullmatch(toks[i - 1].text))
