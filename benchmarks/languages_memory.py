"""Memory of one process with the English and Russian packs loaded (issue #16): peak RSS after extracting one
English and one Russian report (spaCy, natasha, pymorphy3 and the gazetteer all loaded).

    python benchmarks/languages_memory.py
"""

from __future__ import annotations

import resource
import sys


def main() -> int:
    import warlog

    english = ("Two soldiers were killed and five wounded when artillery shelled the village of Verbove on "
               "Monday, the regional governor said.")
    russian = ("В ночь на 14 марта ВСУ обстреляли Горловку, погибли двое мирных жителей, сообщил глава города "
               "Иван Приходько в своём телеграм-канале.")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    en = warlog.extract(english, published="2024-03-15")
    after_en = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ru = warlog.extract(russian, published="2024-03-15")
    after_ru = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert en.document.language == "en" and ru.document.language == "ru" and ru.incidents
    print(f"peak RSS: start {before / 1024:.0f} MB, after English {after_en / 1024:.0f} MB, "
          f"after Russian {after_ru / 1024:.0f} MB (Russian pack adds {(after_ru - after_en) / 1024:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
