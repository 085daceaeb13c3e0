"""Fetching URLs politely and safely: one ``Fetcher`` per run.

- **Request forgery guard**: before each request (and each redirect) the host is resolved and every address it
  resolves to must be public; private, loopback, link-local (cloud metadata at 169.254.169.254 is link-local),
  shared, multicast, reserved and unspecified addresses are refused with one line, unless the user allows them
  (``WARLOG_ALLOW_PRIVATE_NETWORK=1``). The check is on resolution, so a host that changes its answer between the
  check and the connection (DNS rebinding) is not caught; refuse private networks at the firewall when that
  matters.
- **robots.txt** of each host is read once per run and obeyed for warlog's user agent (401/403: nothing allowed;
  other 4xx: everything allowed; 5xx or unreachable: the URL is refused).
- **Per-host rate limit**: ``interval`` seconds between two requests to the same host.
- **Timeouts** on connect and on each read, and a **size cap**: a body larger than ``max_bytes`` is abandoned.
- **Redirects** are followed by hand (at most ``MAX_REDIRECTS``), each target checked like the first URL; a URL
  seen twice is a redirect loop.
- **Offline**: a host that does not resolve, or a refused connection, is one line saying so.
- Conditional requests: ``etag`` / ``last_modified`` give ``If-None-Match`` / ``If-Modified-Since``; a 304 comes
  back as ``Fetched.not_modified``.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ..errors import FetchError, OversizeInputError, RefusedURLError
from ..settings import Settings

USER_AGENT = "warlog (incident database; respects robots.txt)"
ROBOTS_AGENT = "warlog"
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class _Reply:
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
                or ip.is_unspecified or (isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED))


_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT: not "private" to ipaddress, not public


@dataclass
class Fetcher:
    allow_private: bool = False
    timeout: float = 20.0
    interval: float = 1.0
    max_bytes: int = 5_000_000
    transport: httpx.BaseTransport | None = None
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, RobotFileParser | str] = field(default_factory=dict)  # str: why the host is refused
    _client: httpx.Client | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Fetcher:
        return cls(allow_private=settings.allow_private_network, timeout=settings.fetch_timeout,
                   interval=settings.fetch_interval, max_bytes=settings.max_file_bytes)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=httpx.Timeout(self.timeout), follow_redirects=False,
                                        headers={"User-Agent": USER_AGENT}, transport=self.transport)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- checks --------------------------------------------------------------------------------------------

    def check_address(self, url: str, source: str) -> None:
        """Refuse ``url`` unless http(s) and every address of its host is public (or private ones allowed)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RefusedURLError(source, f"only http and https URLs can be fetched, not {url!r}")
        if self.allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                       type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise FetchError(source, f"cannot resolve host {parts.hostname!r} (offline, or no such host): "
                                     f"{exc.strerror or exc}") from None
        for info in infos:
            address = str(info[4][0])
            if not _public(address):
                raise RefusedURLError(source, f"host {parts.hostname!r} is a private, loopback or link-local "
                                              f"address ({address}); set WARLOG_ALLOW_PRIVATE_NETWORK=1 to allow it")

    def check_robots(self, url: str, source: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._robots[origin] = self._read_robots(origin, source)
        if isinstance(rules, str):
            raise RefusedURLError(source, rules)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise RefusedURLError(source, f"robots.txt of {parts.netloc} disallows this URL for warlog")

    def _read_robots(self, origin: str, source: str) -> RobotFileParser | str:
        parser = RobotFileParser(origin + "/robots.txt")
        try:
            response = self._request(origin + "/robots.txt", source, {})
        except FetchError as exc:
            return f"robots.txt of {urlsplit(origin).netloc} could not be read ({exc.detail})"
        if response.status in (401, 403):
            parser.parse(["User-agent: *", "Disallow: /"])
        elif response.status >= 500:
            return f"robots.txt of {urlsplit(origin).netloc} answered HTTP {response.status}; try later"
        elif response.status >= 400 or response.status in _REDIRECTS:
            parser.parse([])
        else:
            parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return parser

    # -- requests ------------------------------------------------------------------------------------------

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            delay = self.interval - (time.monotonic() - last)
            if delay > 0:
                time.sleep(delay)
        self._last[host] = time.monotonic()

    def _request(self, url: str, source: str, headers: dict[str, str]) -> _Reply:
        """One GET, body capped at ``max_bytes``; network trouble is one ``FetchError`` line."""
        self.check_address(url, source)
        self._wait_turn(urlsplit(url).netloc)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                size = 0
                chunks: list[bytes] = []
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise OversizeInputError(source, f"response larger than {self.max_bytes} bytes; "
                                                         "raise WARLOG_MAX_FILE_BYTES")
                    chunks.append(chunk)
                return _Reply(response.status_code, response.reason_phrase, response.headers, b"".join(chunks))
        except httpx.TimeoutException:
            raise FetchError(source, f"timed out after {self.timeout:g} s") from None
        except httpx.ConnectError as exc:
            raise FetchError(source, f"cannot connect (offline, or the server is down): {exc}") from None
        except httpx.HTTPError as exc:
            raise FetchError(source, f"{type(exc).__name__}: {exc}") from None

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """``url`` after its redirects, each hop checked; raises ``FetchError`` (one line naming ``url``)."""
        seen: list[str] = []
        current = url
        headers = {k: v for k, v in {"If-None-Match": etag, "If-Modified-Since": last_modified}.items() if v}
        while True:
            if current in seen:
                raise FetchError(url, f"redirect loop ({' -> '.join([*seen, current])})")
            if len(seen) > MAX_REDIRECTS:
                raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")
            seen.append(current)
            self.check_address(current, url)
            self.check_robots(current, url)
            response = self._request(current, url, headers)
            if response.status in _REDIRECTS and response.headers.get("location"):
                current = urljoin(current, response.headers["location"])
                continue
            if response.status == 304:
                return Fetched(url=current, status=304, etag=etag, last_modified=last_modified)
            if response.status >= 400:
                raise FetchError(url, f"HTTP {response.status} {response.reason}".rstrip())
            return Fetched(url=current, status=response.status, content=response.body,
                           content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                           etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
