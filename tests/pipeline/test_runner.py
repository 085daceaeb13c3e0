import pytest

from warlog.errors import ConfigError, StageError
from warlog.models import Document, Report
from warlog.pipeline.component import Work, check_order, component
from warlog.pipeline.runner import Pipeline, raise_error


@component("test_upper", assigns=("upper",))
def make_upper(settings, resources):  # type: ignore[no-untyped-def]
    def stage(work: Work) -> Work:
        if "boom" in work.report.document.text:
            raise ValueError("cannot handle boom")
        work.report.warnings.append(work.report.document.text.upper())
        return work

    return stage


@component("test_needs_upper", requires=("upper",))
def make_needs(settings, resources):  # type: ignore[no-untyped-def]
    return lambda work: work


def _report(text: str) -> Report:
    return Report(document=Document(id=text, text=text, source=f"{text}.txt"))


def test_pipe_keeps_a_document_whose_stage_failed():
    pipeline = Pipeline(stages=["test_upper"])
    out = list(pipeline.pipe([_report("one"), _report("boom"), _report("three")]))
    assert [o.document.id for o in out] == ["one", "boom", "three"]
    assert [(f.stage, f.error) for f in out[1].failed_stages] == [("test_upper", "ValueError: cannot handle boom")]
    assert out[0].failed_stages == [] and out[2].warnings == ["THREE"]


def test_run_raises_stage_error_naming_stage_and_document_when_asked():
    with pytest.raises(StageError, match=r"boom.txt: stage 'test_upper' failed: ValueError"):
        Pipeline(stages=["test_upper"], on_error=raise_error).run(_report("boom"))


@component("test_independent", assigns=("independent",))
def make_independent(settings, resources):  # type: ignore[no-untyped-def]
    def stage(work: Work) -> Work:
        work.report.warnings.append("independent ran")
        return work

    return stage


def test_a_failed_stage_skips_only_the_stages_that_need_it():
    report = Pipeline(stages=["test_upper", "test_needs_upper", "test_independent"]).run(_report("boom"))
    assert [f.stage for f in report.failed_stages] == ["test_upper"]
    assert report.warnings == ["independent ran"]  # test_needs_upper was skipped, the independent stage was not


def test_order_is_checked_before_running():
    with pytest.raises(ConfigError, match="requires"):
        check_order(["test_needs_upper", "test_upper"])
    check_order(["test_upper", "test_needs_upper"])


def test_unknown_component_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown pipeline component"):
        Pipeline(stages=["no_such_stage"])


class _Batching:
    """A stage with a batch step, like the nlp stage's nlp.pipe: records batch sizes, may fail."""

    batches: list[int] = []

    def prepare_batch(self, works: list[Work]) -> None:
        _Batching.batches.append(len(works))
        if any("badbatch" in w.report.document.text for w in works):
            raise RuntimeError("the batch step failed")
        for work in works:
            work.doc = f"parsed:{work.report.document.text}"

    def __call__(self, work: Work) -> Work:
        work.report.warnings.append(work.doc or f"alone:{work.report.document.text}")
        return work


@component("test_batching", assigns=("doc",))
def make_batching(settings, resources):  # type: ignore[no-untyped-def]
    return _Batching()


def test_pipe_prepares_batches_and_keeps_order():
    _Batching.batches = []
    texts = [f"t{i}" for i in range(5)]
    out = list(Pipeline(stages=["test_batching"]).pipe([_report(t) for t in texts], batch_size=2))
    assert _Batching.batches == [2, 2, 1]
    assert [r.warnings for r in out if isinstance(r, Report)] == [[f"parsed:{t}"] for t in texts]


def test_a_failing_batch_step_falls_back_to_one_document_at_a_time():
    _Batching.batches = []
    out = list(Pipeline(stages=["test_batching"]).pipe([_report("a"), _report("badbatch"), _report("c")], batch_size=3))
    assert [r.warnings for r in out if isinstance(r, Report)] == [["alone:a"], ["alone:badbatch"], ["alone:c"]]


def test_run_is_unchanged_by_batch_steps():
    report = Pipeline(stages=["test_batching"]).run(_report("solo"))
    assert report is not None and report.warnings == ["alone:solo"]
