"""Engines that run ingest beyond one process: ``ingest_dask`` spreads extraction over a Dask cluster.

``engine.shards`` cuts the inputs into shards (runs of files, JSONL line ranges, Parquet row groups);
``engine.dask_engine`` runs them on a Dask cluster and writes the store from one client. See
docs/architecture.md and BENCHMARKS.md.
"""

from __future__ import annotations

from .dask_engine import connect, ingest_dask, warm_workers, worker_pipeline
from .shards import Shard, plan_shards, read_shard

__all__ = ["Shard", "connect", "ingest_dask", "plan_shards", "read_shard", "warm_workers", "worker_pipeline"]
