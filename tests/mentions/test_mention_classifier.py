"""The event-mention classifier: deterministic training, shipped weights, the train command, the review hook."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from warlog.errors import ConfigError, ModelError
from warlog.incidents.lexicon import taxonomy
from warlog.mentions import review as review_module
from warlog.mentions.compose import expand
from warlog.mentions.examples import NONE, Example, read_examples, shipped_examples
from warlog.mentions.model import Prediction, load_model, read_model
from warlog.mentions.train import fit, fit_vectors


def fake_embed(texts: list[str]) -> np.ndarray:
    """Bag of hashed words: deterministic and fast, enough to separate a handful of sentences."""
    out = np.zeros((len(texts), 64), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().split():
            out[row, hashlib.sha256(word.encode()).digest()[0] % 64] += 1.0
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)


SMALL = [
    Example("Artillery shelled the village and killed two farmers.", 1, "strike"),
    Example("A drone hit the bus station and wounded four people.", 1, "strike"),
    Example("Military police detained three soldiers at the depot.", 1, "arrest_or_detention"),
    Example("Police arrested the activist at the railway station.", 1, "arrest_or_detention"),
    Example("Courts heard hundreds of such cases last year.", 0),
    Example("Analysts expect the front to stay quiet in winter.", 0),
]


def test_training_is_deterministic():
    first, second = fit(SMALL, fake_embed), fit(SMALL, fake_embed)
    assert np.array_equal(first.type_head.weights, second.type_head.weights)
    assert np.array_equal(first.mean, second.mean)
    assert first.type_head.labels == ("arrest_or_detention", NONE, "strike")


def test_a_trained_model_separates_its_own_classes():
    model = fit(SMALL, fake_embed)
    predictions = model.predict([e.sentence for e in SMALL], fake_embed)
    assert [p.event >= 0.5 for p in predictions] == [bool(e.label) for e in SMALL]
    assert [p.type for p in predictions[:4]] == ["strike", "strike", "arrest_or_detention", "arrest_or_detention"]


def test_training_without_negatives_is_refused():
    with pytest.raises(ConfigError, match="tell no event"):
        fit_vectors(fake_embed([e.sentence for e in SMALL[:4]]), SMALL[:4])


def test_shipped_weights_load_offline_and_cover_the_taxonomy():
    model = load_model()
    assert set(model.type_head.labels) == {NONE, *taxonomy()}
    assert model.mean.shape == (384,)


def test_shipped_model_reads_three_languages():
    # Sentences written for this test, not in the training data.
    events = ["A guided bomb destroyed a two-storey house in the village overnight, killing an elderly couple.",
              "Ночью беспилотник ударил по жилому дому в посёлке, погибла женщина.",
              "Уночі дрон влучив у житловий будинок у селищі, загинула жінка."]
    quiet = ["The ministry published its budget plan for the next three years.",
             "Министерство опубликовало план бюджета на следующие три года.",
             "Міністерство оприлюднило план бюджету на наступні три роки."]
    predictions = load_model().predict(events + quiet)
    assert all(p.event >= 0.5 and p.type == "strike" for p in predictions[:3])
    assert all(p.event < 0.5 for p in predictions[3:])


def test_shipped_sentences_are_the_templates_expansion():
    """data/mentions/*.jsonl is exactly what compose writes from the templates (nothing edited by hand)."""
    import tomllib
    from importlib import resources

    folder = resources.files("warlog") / "data" / "mentions"
    for lang in ("en", "ru", "uk"):
        spec = tomllib.loads((folder / "templates" / f"{lang}.toml").read_text(encoding="utf-8"))
        rows = expand(spec, f"warlog-mentions:{lang}")
        shipped = [json.loads(line) for line in (folder / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert rows == shipped
        assert sum(r["label"] for r in rows) >= 150 and sum(1 - r["label"] for r in rows) >= 80
    assert len(shipped_examples()) > 900


def test_train_command_round_trips(tmp_path: Path):
    from warlog.cli import main

    data = tmp_path / "mine.jsonl"
    data.write_text("".join(json.dumps({"sentence": e.sentence, "label": e.label, "type": e.type}) + "\n"
                            for e in SMALL), encoding="utf-8")
    out = tmp_path / "w.npz"
    result = CliRunner().invoke(main, ["train", "events", str(data), "--no-base", "--out", str(out)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    assert summary["examples"] == 6
    model = read_model(out)
    assert model.type_head.labels == ("arrest_or_detention", NONE, "strike")
    predictions = model.predict([SMALL[0].sentence, SMALL[4].sentence])
    assert predictions[0].event > 0.5 and predictions[0].type == "strike"
    assert predictions[1].event < 0.5


def test_an_acled_export_is_read_as_typed_event_sentences(tmp_path: Path):
    export = tmp_path / "acled.csv"
    export.write_text("event_date,event_type,sub_event_type,notes\n"
                      "2024-01-02,Explosions/Remote violence,Air/drone strike,A drone hit a depot near the town.\n"
                      "2024-01-03,Protests,Peaceful protest,Relatives of soldiers rallied in the square.\n"
                      "2024-01-04,Battles,Armed clash,Troops fought for the bridge.\n", encoding="utf-8")
    examples = read_examples(export)
    assert [(e.label, e.type, e.subtype) for e in examples] == [
        (1, "strike", "air_drone"), (1, "protest", "peaceful"), (1, "armed_clash", None)]


def test_unreadable_weights_are_a_model_error(tmp_path: Path):
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="warlog train events"):
        read_model(broken)


@dataclass
class _Mention:
    type: str
    sentence: int
    subtype: str | None = None


def test_decide_vetoes_only_a_confident_non_event_and_keeps_the_rules_type():
    mention = _Mention("other", 0, "agreement")
    assert review_module.decide(mention, Prediction(0.02, "strike", 0.9)) is None
    assert review_module.decide(mention, Prediction(0.3, "strike", 0.9)) is mention
    assert review_module.decide(mention, None) is mention  # not consulted: an anchored sentence


def test_a_statistic_is_not_an_incident(settings):
    """Court statistics about desertion cases (the issue's example) give no desertion incident."""
    import warlog

    text = ("Since the summer, about 2,000 soldiers from the region have deserted their units, prosecutors said "
            "in a yearly review.")
    rules = warlog.extract(text, settings=replace(settings, mention_classifier=False))
    assert [i.type for i in rules.incidents] == ["desertion_or_surrender"]  # what the rules alone make of it
    assert warlog.extract(text, settings=replace(settings, mention_classifier=True)).incidents == []


def test_a_failing_classifier_keeps_the_rules_incidents(settings, monkeypatch):
    """The encoder breaking mid-document costs neither the document nor its incidents, and says so."""
    import warlog

    text = "Two soldiers of the brigade were killed when a drone hit their dugout, their commander said."
    rules_only = warlog.extract(text, settings=replace(settings, mention_classifier=False), published="2024-05-07")

    def broken(*args: object, **kwargs: object) -> dict[int, Prediction]:
        raise RuntimeError("engine crashed")

    monkeypatch.setattr(review_module, "score_sentences", broken)
    report = warlog.extract(text, settings=replace(settings, mention_classifier=True), published="2024-05-07")
    assert [i.type for i in report.incidents] == [i.type for i in rules_only.incidents] == ["strike"]
    assert any("mention classifier unavailable" in w for w in report.warnings)
    assert not report.failed_stages


def test_an_event_told_with_its_place_and_day_is_not_embedded(settings, monkeypatch):
    """The encoder's cost is paid only for rule hits without a place or day of their own."""
    import warlog

    asked: list[list[int]] = []
    real = review_module.score_sentences

    def counting(text: str, sentences: list[tuple[int, int]], ids: list[int], s: object) -> dict[int, Prediction]:
        asked.append(ids)
        return real(text, sentences, ids, s)  # type: ignore[arg-type]

    monkeypatch.setattr(review_module, "score_sentences", counting)
    text = "Shelling killed two residents of Kupiansk on 14 March 2024, the regional governor said."
    report = warlog.extract(text, settings=replace(settings, mention_classifier=True))
    assert [i.type for i in report.incidents] == ["strike"]
    assert not any(asked)  # no sentence embedded (the classifier may not be asked at all)


def test_a_sentence_seen_lately_is_not_embedded_again(settings, monkeypatch):
    calls: list[list[str]] = []
    model = load_model()

    def counting_predict(sentences: list[str], embed: object = None) -> list[Prediction]:
        calls.append(sentences)
        return [Prediction(0.9, "strike", 0.9) for _ in sentences]

    monkeypatch.setattr(type(model), "predict", lambda self, sentences, embed=None: counting_predict(sentences))
    monkeypatch.setattr(review_module, "_seen", review_module.OrderedDict())
    text = "Such boilerplate lines recur in every report of the outlet. A second line follows."
    spans = [(0, 59), (60, len(text))]
    first = review_module.score_sentences(text, spans, [0, 1], settings)
    again = review_module.score_sentences(text, spans, [0], settings)
    assert calls == [["Such boilerplate lines recur in every report of the outlet.", "A second line follows."]]
    assert again[0] == first[0]


def test_a_report_the_rules_find_nothing_in_gets_the_classifiers_events(settings, monkeypatch):
    """Where the rules found no event at all, a sentence with a place or a day that the classifier is sure tells
    one becomes a mention of its type; the setting names the languages that take proposals."""
    import warlog

    def sure(text: str, sentences: list[tuple[int, int]], ids: list[int], s: object) -> dict[int, Prediction]:
        return {i: Prediction(0.97, "refusal_to_fight", 0.8) for i in ids}

    monkeypatch.setattr(review_module, "score_sentences", sure)
    text = "Soldiers of a rifle company near Svatove told their officers on Monday that they would go no further."
    on = warlog.extract(text, settings=replace(settings, mention_classifier=True, mention_proposals="en"),
                        published="2024-03-06")
    off = warlog.extract(text, settings=replace(settings, mention_classifier=True, mention_proposals=""),
                         published="2024-03-06")
    assert [i.type for i in on.incidents] == ["refusal_to_fight"]
    assert off.incidents == []


def test_no_proposal_beside_the_rules_events(settings, monkeypatch):
    """A report where the rules found an event keeps the rules' events only."""
    import warlog

    def sure(text: str, sentences: list[tuple[int, int]], ids: list[int], s: object) -> dict[int, Prediction]:
        return {i: Prediction(0.97, "refusal_to_fight", 0.8) for i in ids}

    monkeypatch.setattr(review_module, "score_sentences", sure)
    text = ("Shelling killed two residents of Kupiansk on 14 March 2024, the regional governor said. "
            "Soldiers of a rifle company near Svatove told their officers on Monday that they would go no further.")
    report = warlog.extract(text, settings=replace(settings, mention_classifier=True, mention_proposals="en"))
    assert [i.type for i in report.incidents] == ["strike"]
