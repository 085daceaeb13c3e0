"""The workbench ASGI app: ``create_app(db, settings)``.

Route handlers are ``async`` and call the store directly: the store connection is used from the event loop
thread only, so no two requests ever interleave on it (the workbench serves a team, not the public).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.middleware.sessions import SessionMiddleware

from ..errors import AuthError, StoreError, WarlogError
from ..settings import Settings
from ..store import Store, open_store
from ..store.review import ReviewStore
from ..store.review_queries import ReviewQueries
from ..store.view_cache import ViewCache
from .filters import CERTAINTIES, GRADES, INCIDENT_TYPES

HERE = Path(__file__).resolve().parent
SESSION_SECRET = "session_secret"


@dataclass
class Workbench:
    """What every request handler needs: the store, its review layer, the templates and the settings."""

    store: Store
    reviews: ReviewStore
    queries: ReviewQueries
    templates: Jinja2Templates
    settings: Settings
    cache: ViewCache | None = None  # what the views read alike at one change stamp (``view_cache.py``)


def workbench(request: Request) -> Workbench:
    bench: Workbench = request.app.state.workbench
    return bench


def is_web_link(url: object) -> bool:
    """Only http(s) URLs from documents become links (never ``javascript:`` or ``data:``)."""
    return isinstance(url, str) and urlsplit(url.strip()).scheme.lower() in ("http", "https")


def _templates() -> Jinja2Templates:
    # Autoescape for every template, whatever its name: article text is untrusted data.
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.globals.update(incident_types=INCIDENT_TYPES, certainties=CERTAINTIES, grades=GRADES)
    env.tests["web_link"] = is_web_link
    return Jinja2Templates(env=env)


def create_app(db: str | Path | Store, settings: Settings | None = None) -> FastAPI:
    """The workbench over the database ``db`` (a path, URL or open store; migrated as needed)."""
    settings = settings or Settings.from_env()
    store = db if isinstance(db, Store) else open_store(db)
    reviews = ReviewStore(store)
    secret = reviews.flag(SESSION_SECRET)
    if secret is None:  # one per database, so sessions survive a restart and several servers agree
        secret = secrets.token_urlsafe(48)
        reviews.set_flag(SESSION_SECRET, secret)
    app = FastAPI(title="warlog workbench", docs_url=None, redoc_url=None, openapi_url=None)
    cache = ViewCache(reviews)
    app.state.workbench = Workbench(store, reviews, ReviewQueries(reviews, cache), _templates(), settings, cache)
    from .auth import LoginThrottle

    app.state.login_throttle = LoginThrottle()

    from .casualties import router as casualties_router
    from .exports import router as exports_router
    from .linked import router as linked_router
    from .merging import router as merging_router
    from .places import router as places_router
    from .queue import router as queue_router
    from .reviewing import router as review_router
    from .views import router as views_router

    app.include_router(casualties_router)  # first: /export/casualties.{fmt} before /export/{fmt}
    app.include_router(views_router)
    app.include_router(review_router)
    app.include_router(exports_router)
    app.include_router(linked_router)
    app.include_router(merging_router)
    app.include_router(places_router)
    app.include_router(queue_router)
    # StaticFiles resolves every path inside its folder and refuses anything outside (no ../ escapes).
    app.mount("/static", StaticFiles(directory=str(HERE / "static"), check_dir=True), name="static")
    # SameSite=lax: a link shared from elsewhere opens logged in; every POST still needs the CSRF token.
    app.add_middleware(SessionMiddleware, secret_key=secret, session_cookie="warlog_session", max_age=12 * 3600,
                       same_site="lax", https_only=False)
    from .security import SecurityHeaders

    app.add_middleware(SecurityHeaders, tile_url=settings.tile_url)
    app.add_exception_handler(AuthError, _auth_error)
    app.add_exception_handler(WarlogError, _warlog_error)
    return app


async def _auth_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AuthError)
    wants_html = request.method == "GET" and "text/html" in request.headers.get("accept", "")
    if exc.status == 401 and wants_html:
        # Back to the same view with its filters after logging in (a shared link keeps working).
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?{urlencode({'next': target})}", status_code=303)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(exc)}, status_code=exc.status)
    return PlainTextResponse(str(exc), status_code=exc.status)


async def _warlog_error(request: Request, exc: Exception) -> Response:
    # The database failing is the server's problem (503); any other refusal is about the request (400).
    return PlainTextResponse(f"error: {exc}", status_code=503 if isinstance(exc, StoreError) else 400)


def page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    """Render template ``name`` with the user, CSRF token and flags every page uses."""
    from .auth import anonymous_read, current_user
    from .security import csrf_token

    bench = workbench(request)
    user = current_user(request, bench.reviews)
    base = {"user": user, "csrf_token": csrf_token(request), "anonymous_read": anonymous_read(bench.reviews),
            "can_review": user is not None and user.role in ("analyst", "admin"),
            "is_admin": user is not None and user.role == "admin"}
    return bench.templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)
