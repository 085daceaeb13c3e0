"""pymorphy3 analysers for several languages in one process.

pymorphy3 2.0 keeps the grammemes a dictionary declares on one tag class shared by every analyser
(``storage._load_tag_class`` no longer clones it), and each new analyser resets them to its own dictionary's. A
Russian analyser made before a Ukrainian one then rejects its own grammemes ("Grammeme is unknown: Geox") and
every Russian document after the first Ukrainian one lost its analysis. Packs make their analysers here: the tag
class knows the grammemes of every dictionary loaded so far, whatever the order.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_grammemes: list[list[Any]] = []  # each loaded dictionary's grammemes.json rows (name, parent, alias, description)


def analyzer(lang: str) -> Any:
    """A new ``pymorphy3.MorphAnalyzer(lang=lang)`` (ImportError, or the dictionary's own error, when missing)."""
    import pymorphy3

    with _lock:
        made = pymorphy3.MorphAnalyzer(lang=lang)
        rows = json.loads((Path(made.dictionary.path) / "grammemes.json").read_text(encoding="utf-8"))
        _grammemes.append(rows)
        tag_class = made.TagClass
        for loaded in _grammemes:  # the newest dictionary reset the class: every one's grammemes back on it
            for name, _parent, alias, _description in loaded:
                tag_class.add_grammemes_to_known(name, alias, overwrite=False)
    return made
