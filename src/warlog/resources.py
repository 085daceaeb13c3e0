"""Heavy shared resources (the spaCy model, the gazetteer), loaded once.

Stages receive a ``resources`` dict from the runner; these accessors fill it
lazily, so tests can inject fakes (``resources={"gazetteer": fake}``) and a
pipeline that never geocodes never opens the gazetteer.
"""

from __future__ import annotations

from typing import Any

from .errors import ModelError
from .settings import Settings

_MODELS: dict[str, Any] = {}


_SENTENCE_ENDS = frozenset({".", "!", "?", "…", '"', "”", "»", "'", "’", "...", ")"})


def _register_line_breaks() -> None:
    """A spaCy component: a line break always ends a sentence (titles and paragraphs lack periods)."""
    from spacy.language import Language

    if "warlog_line_breaks" in Language.factories:
        return

    @Language.component("warlog_line_breaks")
    def line_breaks(doc: Any) -> Any:
        after_break = False  # one pass, no doc[i - 1] look-ups: this runs on every token of every document
        may_end = True  # the previous token may end a sentence
        for token in doc:
            if after_break:
                token.is_sent_start = True
            elif not may_end and token.text[:1].islower():
                # "shot down its own Su-34 | over Belgorod": a lower-case word after no full stop goes on the
                # sentence (the small model ends sentences after model names and numbers)
                token.is_sent_start = False
            after_break = "\n" in token.text_with_ws
            may_end = token.text in _SENTENCE_ENDS or token.i == 0
        return doc


def spacy_model(settings: Settings, resources: dict[str, Any]) -> Any:
    """The spaCy pipeline named by ``settings.spacy_model`` (cached per process)."""
    if "nlp" in resources:
        return resources["nlp"]
    name = settings.spacy_model
    if name not in _MODELS:
        import spacy

        _register_line_breaks()
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ModelError(
                f"cannot load spaCy model {name!r}: {exc}. Install it (make install does) or set "
                "WARLOG_SPACY_MODEL to an installed model package or path."
            ) from exc
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("warlog_line_breaks", before="parser")
        _MODELS[name] = nlp
    resources["nlp"] = _MODELS[name]
    return resources["nlp"]


def gazetteer(settings: Settings, resources: dict[str, Any]) -> Any:
    """The gazetteer index at ``settings.gazetteer_path``, built on first use."""
    if "gazetteer" not in resources:
        from .geo import Gazetteer

        resources["gazetteer"] = Gazetteer.open(settings.gazetteer_path, overlay=settings.gazetteer_overlay)
    return resources["gazetteer"]


def resolver(settings: Settings, resources: dict[str, Any]) -> Any:
    if "resolver" not in resources:
        from .geo import Resolver

        resources["resolver"] = Resolver(gazetteer(settings, resources))
    return resources["resolver"]
