"""Lexicon fragments: a pattern written once in a TOML lexicon's ``[fragments]`` and used as ``<<name>>``."""

import pytest

from warlog.errors import ConfigError
from warlog.incidents.lexicon import incident_lexicon
from warlog.lexicon import _expand


def test_a_fragment_is_put_in_every_string_that_names_it() -> None:
    data = _expand({"fragments": {"who": "(?:he|she)"}, "a": "<<who>> fled", "b": ["x <<who>>", {"c": "<<who>>"}]})
    assert data == {"a": "(?:he|she) fled", "b": ["x (?:he|she)", {"c": "(?:he|she)"}]}


def test_a_fragment_that_is_not_defined_is_a_configuration_error() -> None:
    with pytest.raises(ConfigError, match="nobody"):
        _expand({"fragments": {"who": "x"}, "a": "<<nobody>>"})


def test_the_english_triggers_hold_no_fragment_names() -> None:
    assert not any("<<" in regex.pattern for _, _, regex in incident_lexicon("en").triggers)
