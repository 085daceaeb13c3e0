"""PostgreSQL's own time for each workbench URL of the latency bench: ``python -m benchmarks.web_server URL [GROUPS]``.

``URL`` is a kept bench database (``postgresql://...?options=-csearch_path%3DSCHEMA``, built by
``python -m benchmarks web --backend postgresql --pg-schema SCHEMA``); ``GROUPS`` a comma-separated subset of the
bench's endpoint groups. Each URL is requested once to warm up, once more with its SELECT statements recorded;
each statement is then run again under ``EXPLAIN (ANALYZE)`` and their execution times summed (best of three).
Wall time under a shared machine's load says how long a request waited for a core; this says what the
server did, which is what the views' queries cost.
"""

from __future__ import annotations

import sys
import warnings
from typing import Any

from benchmarks.web import ENDPOINTS, _ids


def server_times(url: str, groups: list[str] | None = None, log: Any = print) -> dict[str, dict[str, float]]:
    """group -> URL -> summed server execution time in ms of one warm request."""
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

    import warlog.store.review as review_module
    from warlog.web import create_app

    app = create_app(url)
    client = TestClient(app)
    token = client.get("/login").text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    client.post("/login", data={"name": "bench", "password": "bench password", "csrf_token": token})
    store = app.state.workbench.reviews
    recorded: list[tuple[str, list[Any]]] = []
    execute = review_module.ReviewStore.execute

    def recording(self: Any, sql: str, params: Any = ()) -> Any:
        recorded.append((sql, list(params)))
        return execute(self, sql, params)

    review_module.ReviewStore.execute = recording  # type: ignore[method-assign]
    out: dict[str, dict[str, float]] = {}
    try:
        ids = _ids(store)
        for group, templates in ENDPOINTS.items():
            if groups and group not in groups:
                continue
            out[group] = {}
            for path in (t.format(**ids) for t in templates):
                client.get(path)
                recorded.clear()
                client.get(path)
                selects = [s for s in recorded if s[0].lstrip().upper().startswith("SELECT")]
                best = None
                for _ in range(3):
                    total = 0.0
                    for sql, params in selects:
                        row = execute(store, "EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params).fetchone()
                        total += float(list(row.values())[0][0]["Execution Time"])
                    best = total if best is None else min(best, total)
                out[group][path] = round(best or 0.0, 1)
                log(f"{group}\t{out[group][path]:8.1f} ms\t{len(selects)} statements\t{path}")
    finally:
        review_module.ReviewStore.execute = execute  # type: ignore[method-assign]
        store.store.close()
    return out


if __name__ == "__main__":
    server_times(sys.argv[1], [g for g in sys.argv[2].split(",") if g] if len(sys.argv) > 2 else None)
