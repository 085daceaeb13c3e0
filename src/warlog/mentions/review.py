"""The hook the incident stages call: the classifier reviews the rule hits that need it.

e5 costs ~35 ms a sentence, so nothing is embedded unless the rules flagged it, and of their hits only those
whose sentence has no specific anchor of its own (a place below the country, a date to the day): a strike
"in Kupiansk on Tuesday" is told as an event and the classifier has nothing to add, while "about 2,000 soldiers
from the region have deserted since the summer" is the kind of statement the rules mistake for one.

What the classifier may change was decided by measurement (``python -m benchmarks mentions``, BENCHMARKS.md):
it drops a rule hit in a sentence it is confident tells no event (statistics, generic statements, background).
Retyping the hits the rules call ``other`` was measured too and left out: no gain on CASE, one event split in
two on the Russian reports. A classifier that fails leaves the rules' hits as they are, with a warning on the
report: it never costs a document or its incidents.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from ..incidents.detect import Mention, is_country
from ..models import Report
from ..settings import Settings
from .model import Prediction, load_model

VETO = 0.1  # below this event probability a rule hit is dropped (chosen on the tune halves)


def anchored(report: Report, span: tuple[int, int]) -> bool:
    """The sentence names a place below the country or a day: it tells a particular event."""
    start, end = span
    for e in report.entities:
        if start <= e.start and e.end <= end:
            if e.label == "PLACE" and not is_country(e):
                return True
            if e.label == "DATE" and e.when is not None and e.when.precision == "day":
                return True
    return False


_SEEN_MAX = 4096
_seen: OrderedDict[tuple[str, str], Prediction] = OrderedDict()
_seen_lock = threading.Lock()


def score_sentences(text: str, sentences: list[tuple[int, int]], ids: list[int],
                    settings: Settings) -> dict[int, Prediction]:
    """Predictions for the sentences ``ids``. A sentence seen lately is not embedded again: boilerplate lines
    and wire copy recur word for word across an outlet's reports and their reprints."""
    if not ids:
        return {}
    weights = str(settings.mention_weights or "")
    texts = {i: text[a:b].strip() for i, (a, b) in ((i, sentences[i]) for i in ids)}
    with _seen_lock:
        known = {i: _seen[(weights, t)] for i, t in texts.items() if (weights, t) in _seen}
    fresh = [i for i in ids if i not in known]
    if fresh:
        predicted = load_model(settings.mention_weights).predict([texts[i] for i in fresh])
        with _seen_lock:
            for i, prediction in zip(fresh, predicted, strict=True):
                known[i] = _seen[(weights, texts[i])] = prediction
            while len(_seen) > _SEEN_MAX:
                _seen.popitem(last=False)
    return known


def decide(mention: Mention, prediction: Prediction | None) -> Mention | None:
    """The mention as the combination keeps it: None when the classifier is confident its sentence tells no
    event; kept when it was not consulted."""
    return None if prediction is not None and prediction.event < VETO else mention


PROPOSE_EVENT = 0.9  # the classifier proposes an event the rules missed only when this sure it is one ...
PROPOSE_TYPE = 0.5  # ... and of its type (both chosen on the English tune half in session 7)
# Strikes are what every language's rules read best; the classifier's strike sentences in a report without any
# rule hit were tallies ("the Russians shelled settlements of the region 15 times over the past day"). "other" is
# no event type one can act on.
_NOT_PROPOSED = frozenset({"strike", "other"})
PROPOSED_RANK = 10_000  # after every rule trigger: a rule's type wins where both speak


def review(mentions: list[Mention], report: Report, sentences: list[tuple[int, int]],
           settings: Settings) -> list[Mention]:
    """``mentions`` minus those the classifier vetoes, plus the events it proposes in a report where the rules
    found none and whose language takes proposals (``Settings.mention_proposals``, Russian and Ukrainian by
    default); unchanged when the classifier is off or fails."""
    if not settings.mention_classifier:
        return mentions
    language = report.document.language or "en"
    # Only where the rules found nothing at all: a report of a kind they do not know. Beside rule hits, the
    # classifier's sentences were mostly retellings the rules had already told (measured, BENCHMARKS.md).
    proposing = not mentions and language in {code.strip() for code in settings.mention_proposals.split(",")}
    ids = sorted({m.sentence for m in mentions if not anchored(report, sentences[m.sentence])})
    told = {m.sentence for m in mentions}
    # Sentences the rules passed over that name a place or a day: where they miss an event, it is told there.
    open_ids = [i for i, span in enumerate(sentences)
                if i not in told and anchored(report, span) and _worded(report.document.text, span)
                ] if proposing else []
    if not ids and not open_ids:
        return mentions
    try:
        predictions = score_sentences(report.document.text, sentences, sorted(set(ids) | set(open_ids)), settings)
    except Exception as exc:  # noqa: BLE001 - whatever breaks in the encoder, the rules' incidents stand
        report.warnings.append(f"mention classifier unavailable, rules alone: {exc}")
        return mentions
    kept = [m for m in (decide(m, predictions.get(m.sentence)) for m in mentions) if m is not None]
    proposed = [Mention(p.type, i, *_extent(report.document.text, sentences[i]), p.subtype, PROPOSED_RANK)
                for i in open_ids if (p := predictions[i]).event >= PROPOSE_EVENT and p.type_p >= PROPOSE_TYPE
                and p.type not in _NOT_PROPOSED]
    return sorted(kept + proposed, key=lambda m: m.start)


def _worded(text: str, span: tuple[int, int]) -> bool:
    """A sentence long enough to tell something (not a dateline, a caption credit or a bare place name)."""
    return len(text[span[0]:span[1]].split()) >= 6


def _extent(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The proposed mention's extent: its sentence without the surrounding blanks."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
