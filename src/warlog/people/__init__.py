"""Named people in one report: who they are (roles, age, home, unit, rank) and what happened to them.

``mentions`` finds the people and merges short forms, ``attributes`` reads the words around each
mention, ``fates`` reads each statement of what happened to them, ``extract`` puts it together
for the ``people`` stage. Word lists live in ``data/<lang>/people.toml``.
"""

from .extract import extract_people

__all__ = ["extract_people"]
