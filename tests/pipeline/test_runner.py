import pytest

from warlog.errors import ConfigError, StageError
from warlog.models import Document, Report
from warlog.pipeline.component import Work, check_order, component
from warlog.pipeline.runner import Failure, Pipeline


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


def test_pipe_continues_after_a_failing_document():
    pipeline = Pipeline(stages=["test_upper"])
    out = list(pipeline.pipe([_report("one"), _report("boom"), _report("three")]))
    assert [type(o) for o in out] == [Report, Failure, Report]
    assert out[1].source == "boom.txt" and "cannot handle boom" in out[1].reason
    assert out[2].warnings == ["THREE"]


def test_run_raises_stage_error_naming_stage_and_document():
    with pytest.raises(StageError, match=r"boom.txt: stage 'test_upper' failed: ValueError"):
        Pipeline(stages=["test_upper"]).run(_report("boom"))


def test_order_is_checked_before_running():
    with pytest.raises(ConfigError, match="requires"):
        check_order(["test_needs_upper", "test_upper"])
    check_order(["test_upper", "test_needs_upper"])


def test_unknown_component_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown pipeline component"):
        Pipeline(stages=["no_such_stage"])
