"""Incident detection and slot filling (used by the ``incidents`` stage)."""
