"""The learned event-mention classifier: is a sentence an event mention, and of which warlog type.

Sentences are embedded with multilingual-e5-small (``linking.embed``, the linker's encoder) and scored by a
softmax regression over ``none`` plus the warlog types (``docs/taxonomy.md``). It is trained on sentences the
project wrote itself in English, Russian and Ukrainian (``data/mentions/*.jsonl``); ``warlog train events``
retrains it on a user's own labelled data with the same code. The incident stages consult it through
``review`` on the sentences their rules already flagged, so only candidate sentences are embedded.

Modules: ``examples`` (reading labelled sentences: JSONL, ACLED CSV), ``model`` (weights, load, predict),
``train`` (fitting), ``review`` (the hook the incident stages call).
"""

from __future__ import annotations

from .model import MentionModel, Prediction, load_model

__all__ = ["MentionModel", "Prediction", "load_model"]
