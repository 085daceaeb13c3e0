"""Quotes, speakers, chains and hedges (used by the ``attribution`` stage)."""
