"""Text helpers shared by stages: entity rules, fingerprints for duplicate detection."""
