"""Users, passwords and roles.

Passwords are hashed with Argon2id (argon2-cffi's defaults); the session cookie (Starlette's signed
``SessionMiddleware``) holds the user name only. Roles are ordered: a viewer reads, an analyst also
reviews, an admin also switches anonymous read access on or off. Anonymous visitors read only when the
admin turned that on (the ``anonymous_read`` flag stored in the database).
"""

from __future__ import annotations

import threading
import time
from collections import deque

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from starlette.requests import Request

from ..errors import AuthError
from ..store.review import ROLES, ReviewStore, User

_HASHER = PasswordHasher()
RANK = {role: rank for rank, role in enumerate(ROLES)}
ANONYMOUS_READ = "anonymous_read"
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"a password needs at least {MIN_PASSWORD} characters", 400)
    return _HASHER.hash(password)


def add_user(reviews: ReviewStore, name: str, password: str, role: str) -> None:
    reviews.add_user(name, hash_password(password), role)


def authenticate(reviews: ReviewStore, name: str, password: str) -> User:
    """The user with this name and password; the same error whichever of the two is wrong."""
    user = reviews.user(name)
    try:
        if user is None:
            _HASHER.hash(password)  # spend the same time as a real check: no user-name probing by timing
            raise VerificationError("no such user")
        _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise AuthError("wrong user name or password", 401) from None
    return user


class LoginThrottle:
    """Refuse log-ins for a while after repeated failures for one user name or from one address.

    In memory, per process: it slows password guessing against one server; it is not an account lock.
    """

    def __init__(self, failures: int = 5, window: float = 600.0) -> None:
        self.failures = failures
        self.window = window
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._seen.setdefault(key, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def check(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            if any(len(self._recent(k, now)) >= self.failures for k in keys):
                raise AuthError("too many failed log-ins; wait a few minutes and try again", 429)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._seen.pop(key, None)


def anonymous_read(reviews: ReviewStore) -> bool:
    return reviews.flag(ANONYMOUS_READ) == "on"


def current_user(request: Request, reviews: ReviewStore) -> User | None:
    name = request.session.get("user")
    return reviews.user(name) if isinstance(name, str) else None


def require(request: Request, reviews: ReviewStore, role: str) -> User | None:
    """The logged-in user if they hold ``role`` or above; for ``viewer``, anonymous when that is turned on."""
    user = current_user(request, reviews)
    if user is None:
        if role == "viewer" and anonymous_read(reviews):
            return None
        raise AuthError("log in to use the workbench", 401)
    if RANK[user.role] < RANK[role]:
        raise AuthError(f"this needs the {role} role; {user.name} is {user.role}", 403)
    return user
