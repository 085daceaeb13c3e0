"""The English extraction as the incident tests call it: a wire story published on 2025-03-14 unless told
otherwise. A test file whose texts need another day keeps its own ``extract``."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2025-03-14", outlet: str = "Test Wire"):  # type: ignore[no-untyped-def]
        return warlog.extract(text, settings=settings, published=published, outlet=outlet)
    return run
