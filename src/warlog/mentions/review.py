"""The hook the incident stages call: the classifier reviews the sentences their rules flagged.

Only sentences holding a rule mention are embedded (the rules are the prefilter: e5 costs ~35 ms a sentence).
What the classifier may change was decided by measurement (``python -m benchmarks mentions``, BENCHMARKS.md):
it drops a rule hit in a sentence it is confident tells no event (statistics, background, policy, feelings),
and it types a hit the rules could only call ``other``. A classifier that fails leaves the rules' hits as they
are, with a warning on the report: it never costs a document or its incidents.
"""

from __future__ import annotations

import dataclasses
from typing import Protocol, TypeVar

from ..settings import Settings
from .model import Prediction, load_model

VETO = 0.1  # below this event probability a rule hit is dropped
RETYPE = 0.6  # the classifier's type replaces the rules' generic one at or above this probability
RETYPABLE = ("other",)


class _Mention(Protocol):
    type: str
    sentence: int


M = TypeVar("M", bound=_Mention)


def score_sentences(text: str, sentences: list[tuple[int, int]], ids: list[int],
                    settings: Settings) -> dict[int, Prediction]:
    model = load_model(settings.mention_weights)
    return dict(zip(ids, model.predict([text[a:b] for a, b in (sentences[i] for i in ids)]), strict=True))


def decide(mention: M, prediction: Prediction) -> M | None:
    """The mention as the combination keeps it: None when vetoed, retyped when the rules left it generic."""
    if prediction.event < VETO:
        return None
    if mention.type in RETYPABLE and prediction.type not in RETYPABLE and prediction.type_p >= RETYPE:
        changes: dict[str, object] = {"type": prediction.type}
        if hasattr(mention, "subtype"):
            changes["subtype"] = None
        return dataclasses.replace(mention, **changes)  # type: ignore[type-var]
    return mention


def review(mentions: list[M], text: str, sentences: list[tuple[int, int]], settings: Settings,
           warnings: list[str] | None = None) -> list[M]:
    """``mentions`` minus those the classifier vetoes, generic ones retyped; unchanged when it is off or fails."""
    if not mentions or not settings.mention_classifier:
        return mentions
    ids = sorted({m.sentence for m in mentions})
    try:
        predictions = score_sentences(text, sentences, ids, settings)
    except Exception as exc:  # noqa: BLE001 - whatever breaks in the encoder, the rules' incidents stand
        if warnings is not None:
            warnings.append(f"mention classifier unavailable, rules alone: {exc}")
        return mentions
    kept = [decide(m, predictions[m.sentence]) for m in mentions]
    return [m for m in kept if m is not None]
