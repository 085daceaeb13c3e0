"""warlog's one exception hierarchy.

::

    WarlogError                    base of everything warlog raises on purpose
    ├── ConfigError                a setting or data file is wrong
    ├── InputError                 one input cannot be read (the batch goes on)
    │   ├── EmptyInputError
    │   ├── BinaryInputError
    │   ├── OversizeInputError
    │   ├── DecodeInputError
    │   ├── UnsupportedInputError  unknown extension / format
    │   ├── MalformedInputError    parses but holds no usable text
    │   └── FetchError             a URL cannot be fetched (network, timeout, HTTP status, redirect loop)
    │       └── RefusedURLError    a URL is refused: private address, robots.txt, not http(s)
    ├── ModelError                 the NLP model is missing or broken
    ├── GazetteerError             the gazetteer index is missing or broken
    ├── OfflineError               an online feature was asked for without network
    ├── StageError                 a pipeline stage failed on one document
    ├── StoreError                 the database cannot be opened or written
    │   └── SchemaError            schema version unknown or migration failed
    └── AuthError                  the workbench refuses a request: not logged in, wrong role, bad
                                   password or CSRF token (``status``: the HTTP status to answer with)

Every message says what went wrong and, where it can, what to do.
"""

from __future__ import annotations


class WarlogError(Exception):
    """Base class for every error warlog raises on purpose."""


class ConfigError(WarlogError):
    pass


class InputError(WarlogError):
    """One input could not be turned into a document; carries the input name."""

    reason = "unreadable input"

    def __init__(self, source: str, detail: str | None = None) -> None:
        self.source = source
        self.detail = detail or self.reason
        super().__init__(f"{source}: {self.detail}")


class EmptyInputError(InputError):
    reason = "empty file"


class BinaryInputError(InputError):
    reason = "binary file, not text"


class OversizeInputError(InputError):
    reason = "file too large"


class DecodeInputError(InputError):
    reason = "cannot decode text"


class UnsupportedInputError(InputError):
    reason = "unsupported file type"


class MalformedInputError(InputError):
    reason = "no usable text"


class FetchError(InputError):
    reason = "cannot fetch"


class RefusedURLError(FetchError):
    reason = "refused"


class ModelError(WarlogError):
    pass


class GazetteerError(WarlogError):
    pass


class OfflineError(WarlogError):
    pass


class StageError(WarlogError):
    """A stage raised on one document; the runner wraps the cause."""

    def __init__(self, stage: str, document: str, cause: BaseException) -> None:
        self.stage = stage
        self.document = document
        self.cause = cause
        super().__init__(f"{document}: stage {stage!r} failed: {type(cause).__name__}: {cause}")


class StoreError(WarlogError):
    pass


class SchemaError(StoreError):
    pass


class AuthError(WarlogError):
    """The web workbench refuses a request; ``status`` is the HTTP status (401 not logged in, 403 forbidden)."""

    def __init__(self, message: str, status: int = 403) -> None:
        self.status = status
        super().__init__(message)
