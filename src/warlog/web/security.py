"""Response headers that keep untrusted article text inert, and CSRF tokens for every form.

The Content-Security-Policy allows scripts and styles from the app's own origin only (no inline code, no
``unsafe-inline``), images from the app and, when configured, the tile server; no framing.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import AuthError

CSRF_FIELD = "csrf_token"


def content_security_policy(tile_url: str = "") -> str:
    images = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        if parts.scheme in ("http", "https") and parts.netloc:
            # Tile hosts like {s}.tile.example.org: allow the subdomains too.
            host = parts.netloc.split(".", 1)[1] if "{s}" in tile_url else parts.netloc
            images += f" {parts.scheme}://{'*.' if '{s}' in tile_url else ''}{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images + "; "
            "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            "frame-ancestors 'none'")


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware) adding the security headers to every response."""

    def __init__(self, app: ASGIApp, tile_url: str = "") -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", content_security_policy(tile_url).encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + self.headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def csrf_token(request: Request) -> str:
    """This session's CSRF token, created on first use."""
    session: dict[str, Any] = request.session
    token = session.get(CSRF_FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[CSRF_FIELD] = token
    return token


def check_csrf(request: Request, submitted: object) -> None:
    """Refuse a POST whose form token is missing or is not this session's."""
    expected = request.session.get(CSRF_FIELD)
    if not isinstance(expected, str) or not isinstance(submitted, str) or not hmac.compare_digest(expected,
                                                                                                   submitted):
        raise AuthError("the form's security token is missing or out of date; reload the page and try again", 403)
