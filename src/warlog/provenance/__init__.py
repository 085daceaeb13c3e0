"""Which other sources a report relays (``cites``); the lead's cross-report provenance builds on it."""

from .cites import find_citations

__all__ = ["find_citations"]
