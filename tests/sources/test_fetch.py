"""Fetching URLs: the private-address guard, robots.txt, redirects, size and time limits, content types."""

from __future__ import annotations

import time

import pytest

from warlog.errors import FetchError, OversizeInputError, RefusedURLError, UnsupportedInputError
from warlog.readers import RawInput
from warlog.sources import Fetcher, url_inputs
from warlog.sources.fetch import _public


def fetcher(**kw: float) -> Fetcher:
    options: dict[str, float] = {"interval": 0.0, "timeout": 1.0, **kw}
    return Fetcher(allow_private=True, timeout=options["timeout"], interval=options["interval"],
                   max_bytes=int(options.get("max_bytes", 100_000)))


def test_private_addresses_refused_without_the_allow_flag(site: str) -> None:
    guarded = Fetcher(allow_private=False, interval=0.0)
    with pytest.raises(RefusedURLError) as caught:
        guarded.get(site + "/article.html")
    assert str(caught.value) == (f"{site}/article.html: host '127.0.0.1' is a private, loopback or link-local "
                                 "address (127.0.0.1); set WARLOG_ALLOW_PRIVATE_NETWORK=1 to allow it")


@pytest.mark.parametrize("address", ["10.1.2.3", "192.168.0.1", "172.16.5.5", "127.0.0.1", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00:ec2::254", "::ffff:10.0.0.1"])
def test_non_public_addresses(address: str) -> None:
    assert not _public(address)


def test_public_addresses() -> None:
    assert _public("93.184.216.34") and _public("2a00:1450:4001:80b::200e")


def test_offline_or_unknown_host_is_one_line() -> None:
    with pytest.raises(FetchError, match=r"^http://nowhere\.invalid/a: cannot resolve host 'nowhere\.invalid'"):
        Fetcher(allow_private=False).get("http://nowhere.invalid/a")


def test_not_http_is_refused() -> None:
    with pytest.raises(RefusedURLError, match="only http and https"):
        fetcher().get("file:///etc/passwd")


def test_page_fetched_with_metadata(site: str) -> None:
    (item,) = url_inputs(site + "/moved", fetcher())
    assert isinstance(item, RawInput) and item.format == "html"
    assert item.source == site + "/moved" and item.meta == {"url": site + "/article.html"}
    assert item.source_info is not None and item.source_info.kind == "web"


def test_robots_txt_obeyed_also_after_a_redirect(site: str) -> None:
    for path in ("/private/notes.html", "/to-private"):
        with pytest.raises(RefusedURLError, match="robots.txt of 127.0.0.1:[0-9]+ disallows"):
            fetcher().get(site + path)


def test_redirect_loop(site: str) -> None:
    with pytest.raises(FetchError, match=r"redirect loop \(.*/loop-a -> .*/loop-b -> .*/loop-a\)"):
        fetcher().get(site + "/loop-a")


def test_size_cap(site: str) -> None:
    with pytest.raises(OversizeInputError, match="response larger than 100000 bytes"):
        fetcher().get(site + "/big.html")


def test_timeout(site: str) -> None:
    with pytest.raises(FetchError, match="timed out after 0.5 s"):
        fetcher(timeout=0.5).get(site + "/slow.html")


def test_pdf_and_image_are_one_line_each(site: str) -> None:
    (pdf,) = url_inputs(site + "/report.pdf", fetcher())
    (image,) = url_inputs(site + "/photo.jpg", fetcher())
    assert isinstance(pdf, UnsupportedInputError)
    assert str(pdf) == f"{site}/report.pdf: a PDF document, not a web page or feed"
    assert isinstance(image, UnsupportedInputError) and "an image" in str(image)


def test_feed_url_gives_one_document_per_item(site: str) -> None:
    items = list(url_inputs(site + "/feed.xml", fetcher()))
    assert [type(i).__name__ for i in items] == ["RawInput", "RawInput", "EmptyInputError"]


def test_http_error_status(site: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404 Not Found"):
        fetcher().get(site + "/missing.html")


def test_per_host_rate_limit(site: str) -> None:
    polite = fetcher(interval=0.3)
    started = time.monotonic()
    polite.get(site + "/article.html")  # robots.txt, then the page: one wait
    polite.get(site + "/moved")  # the redirect and its target: two more
    assert time.monotonic() - started >= 0.85


def test_conditional_request_not_modified(site: str) -> None:
    fetched = fetcher().get(site + "/article.html", etag='"a1"')
    assert fetched.not_modified and fetched.etag == '"a1"'
