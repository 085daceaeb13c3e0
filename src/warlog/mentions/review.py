"""The hook the incident stages call: the classifier reviews the sentences their rules flagged.

Only sentences holding a rule mention are embedded (the rules are the prefilter: e5 costs ~35 ms a sentence).
What the classifier may change was decided by measurement (``python -m benchmarks mentions``, BENCHMARKS.md):
it drops a rule hit in a sentence it is confident tells no event (statistics, generic statements, background).
Retyping the hits the rules call ``other`` was measured too and left out: no gain on CASE, one event split in
two on the Russian reports. A classifier that fails leaves the rules' hits as they are, with a warning on the
report: it never costs a document or its incidents.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from ..settings import Settings
from .model import Prediction, load_model

VETO = 0.1  # below this event probability a rule hit is dropped (chosen on the tune halves)


class _Mention(Protocol):
    type: str
    sentence: int


M = TypeVar("M", bound=_Mention)


def score_sentences(text: str, sentences: list[tuple[int, int]], ids: list[int],
                    settings: Settings) -> dict[int, Prediction]:
    model = load_model(settings.mention_weights)
    return dict(zip(ids, model.predict([text[a:b] for a, b in (sentences[i] for i in ids)]), strict=True))


def decide(mention: M, prediction: Prediction) -> M | None:
    """The mention as the combination keeps it: None when the classifier is confident its sentence tells no event."""
    return None if prediction.event < VETO else mention


def review(mentions: list[M], text: str, sentences: list[tuple[int, int]], settings: Settings,
           warnings: list[str] | None = None) -> list[M]:
    """``mentions`` minus those the classifier vetoes; unchanged when it is off or fails."""
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
