"""The Russian models, loaded once per process: natasha's Slovnet NER and pymorphy3 for lemmas.

natasha's own ``MorphVocab`` wraps pymorphy2 0.9.1, whose plain analyser does not start on Python 3.11;
lemmas come from pymorphy3 (same OpenCorpora dictionaries) instead, cached per word form.
Stages receive a ``resources`` dict from the runner; like ``warlog.resources`` these accessors fill it
lazily so tests can inject fakes and a pipeline that never meets Russian never loads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ...errors import ModelError
from .. import morphology

_MODELS: dict[str, Any] = {}


@dataclass(frozen=True)
class Natasha:
    segmenter: Any
    ner: Any


def natasha(resources: dict[str, Any] | None = None) -> Natasha:
    """Segmenter and NER tagger (the navec embedding they share is loaded once)."""
    if resources is not None and "ru.natasha" in resources:
        return resources["ru.natasha"]
    if "natasha" not in _MODELS:
        try:
            from natasha import NewsEmbedding, NewsNERTagger, Segmenter
        except ImportError as exc:
            raise ModelError(f"the Russian pack needs natasha (pip install natasha==1.6.0): {exc}") from exc
        _MODELS["natasha"] = Natasha(segmenter=Segmenter(), ner=NewsNERTagger(NewsEmbedding()))
    if resources is not None:
        resources["ru.natasha"] = _MODELS["natasha"]
    return _MODELS["natasha"]


def analyzer() -> Any:
    """The pymorphy3 analyser with the Russian dictionaries."""
    if "morph" not in _MODELS:
        try:
            _MODELS["morph"] = morphology.analyzer("ru")
        except ImportError as exc:
            raise ModelError(f"the Russian pack needs pymorphy3 and pymorphy3-dicts-ru: {exc}") from exc
    return _MODELS["morph"]


@lru_cache(maxsize=1 << 17)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of one word form, most likely first (cached: words repeat across documents)."""
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=1 << 17)
def lemma(word: str) -> str:
    """The dictionary form of a word (lower case); the word itself, lowered, when pymorphy3 does not know it."""
    found = parses(word)
    if not found:
        return word.lower()
    best = found[0]
    # "нашли", "перешли", "зашли": pymorphy3 ties the past plural of a -йти verb with the imperative of a -слать one
    # and may put "наслать" first; news tells what people did, so the -йти reading wins a tie.
    if str(best.normal_form).endswith("слать") and word.lower().endswith("шли"):
        best = next((p for p in found if str(p.normal_form).endswith("йти") and p.score >= best.score - 1e-9),
                    best)
    # "населённого пункта": the participle of "населить" is the adjective of "населённый пункт".
    if best.normal_form == "населить" and best.tag.POS in ("PRTF", "ADJF"):
        return "населенный"
    return str(best.normal_form)
