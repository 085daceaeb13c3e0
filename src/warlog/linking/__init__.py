"""Across reports (issue #6): one canonical incident from many reports, independent sources counted.

``member``   what linking needs to know of one extracted incident (its origins, claims, victims, text)
``origin``   the independent source behind a claim, from its attribution chain
``features`` pair scores between an incident and a canonical incident; ``blocking`` keys
``embed``    multilingual sentence embeddings (USE v3, numpy only, offline from its PyPI wheel)
``canonical`` merging members into one canonical incident: fields with support, counts, contradictions
``grading``  NATO Admiralty codes from source reliability and corroboration
``linker``   the incremental linker over an index (in memory, or the store: ``warlog.linking.store_link``)
``people``   the named-people registry across reports
"""

from __future__ import annotations
