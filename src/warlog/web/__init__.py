"""The analyst's workbench (issue #7): ``warlog serve`` and ``warlog user`` in Python.

    app = warlog.web.create_app("warlog.db")          # an ASGI app (FastAPI)
    warlog.web.serve("warlog.db", host="127.0.0.1", port=8000)
    warlog.web.add_user("warlog.db", "ana", "a long password", "analyst")
"""

from __future__ import annotations

from pathlib import Path

from ..settings import Settings
from ..store import open_store
from ..store.review import ReviewStore, User
from .app import create_app
from .auth import ANONYMOUS_READ, hash_password
from .auth import add_user as _add_user

__all__ = ["add_user", "create_app", "remove_user", "serve", "set_anonymous_read", "set_password", "settle_heap",
           "users"]


def serve(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    """Serve the workbench on ``host:port`` until interrupted (uvicorn, one process)."""
    import uvicorn

    app = create_app(db, settings)
    settle_heap()
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)


def settle_heap() -> None:
    """Take what the process holds once started (the app, its modules, settings and gazetteer: ~100,000 objects
    the collector tracks) out of the garbage collector's full passes (``gc.freeze``). A request that allocates
    much (the map's) set off a full pass every 4-5 requests, and each traversed all of them again: +25-30 ms of
    CPU on that request (measured on the markers at 1,000,000 events; 2-8 ms frozen). Call it once, before
    serving: objects frozen are never collected, so nothing meant to be garbage should be alive then."""
    import gc

    gc.collect()
    gc.freeze()


def add_user(db: str | Path, name: str, password: str, role: str) -> None:
    """Add a user with role viewer, analyst or admin; the password is stored as an Argon2id hash."""
    with open_store(db) as store:
        _add_user(ReviewStore(store), name, password, role)


def set_password(db: str | Path, name: str, password: str, actor: str = "cli") -> None:
    """Give a user a new password (Argon2id hash); audit-logged without the password."""
    with open_store(db) as store:
        ReviewStore(store).set_password_hash(name, hash_password(password), actor)


def remove_user(db: str | Path, name: str, actor: str = "cli") -> None:
    """Remove a user; their review history stays in the audit log."""
    with open_store(db) as store:
        ReviewStore(store).remove_user(name, actor)


def users(db: str | Path) -> list[User]:
    with open_store(db) as store:
        return ReviewStore(store).users()


def set_anonymous_read(db: str | Path, on: bool, actor: str = "cli") -> None:
    """Let visitors who are not logged in read (never review) the workbench, or stop that; audit-logged."""
    with open_store(db) as store:
        reviews = ReviewStore(store)
        value = "on" if on else "off"
        reviews.set_flag(ANONYMOUS_READ, value)
        reviews.record("workbench", actor, f"anonymous-read {value}")
