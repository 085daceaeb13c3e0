"""Benchmarks as commands: ``warlog bench NAME``; BENCHMARKS.md records their figures."""
