"""Benchmarks: measured, not asserted. See docs/benchmarks.md."""
