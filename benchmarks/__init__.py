"""warlog's benchmarks (not shipped): ``python -m benchmarks NAME``; BENCHMARKS.md records their figures."""
