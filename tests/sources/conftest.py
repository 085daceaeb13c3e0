"""A small web site on 127.0.0.1 for the fetch tests: an article, a feed, a PDF, redirects, robots.txt."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FEEDS = Path(__file__).parents[1] / "readers" / "fixtures" / "feeds"

ARTICLE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Bridge near Izium damaged | Valley Courier</title>
<meta property="og:title" content="Bridge near Izium damaged">
<meta property="og:site_name" content="Valley Courier">
<meta name="author" content="Staff reporter">
<meta property="article:published_time" content="2024-03-07T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Bridge near Izium damaged</h1>
<p>A road bridge over the Donets near Izium was damaged by a missile strike early on Thursday, the regional
military administration said in a statement.</p>
<p>No casualties were reported. Engineers were inspecting the structure, and traffic was diverted to a pontoon
crossing further downstream, officials added.</p>
<p>Local residents said the explosion shook windows across the town shortly before dawn.</p>
</article>
<footer>Copyright Valley Courier</footer>
</body></html>"""

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n"),
    "/article.html": (200, {"Content-Type": "text/html; charset=utf-8", "ETag": '"a1"'}, ARTICLE),
    "/private/notes.html": (200, {"Content-Type": "text/html"}, ARTICLE),
    "/feed.xml": (200, {"Content-Type": "application/rss+xml", "ETag": '"f1"'},
                  (FEEDS / "border_desk.rss").read_bytes()),
    "/pages.xml": (200, {"Content-Type": "application/rss+xml"},
                   b'<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>'
                   b"<item><title>Bridge damaged</title><link>/article.html</link><guid>vc-1</guid>"
                   b"<description>A bridge was damaged.</description></item></channel></rss>"),
    "/feed-moved.xml": (200, {"Content-Type": "text/html"}, (FEEDS / "not_a_feed.rss").read_bytes()),
    "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    "/photo.jpg": (200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0"),
    "/moved": (301, {"Location": "/article.html"}, b""),
    "/loop-a": (302, {"Location": "/loop-b"}, b""),
    "/loop-b": (302, {"Location": "/loop-a"}, b""),
    "/to-private": (302, {"Location": "/private/notes.html"}, b""),
    "/big.html": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 200_000 + b"</p>"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/slow.html":
            time.sleep(1.5)
        status, headers, body = ROUTES.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
        if "ETag" in headers and self.headers.get("If-None-Match") == headers["ETag"]:
            status, body = 304, b""
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
