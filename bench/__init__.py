"""Benchmarks and the synthetic archive generator (not part of the installed package)."""
