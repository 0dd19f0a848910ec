"""`newsqa bench`: ingest and query benchmarks, every figure measured side by side in one run.

Each phase runs in its own process (`python -m assistant.bench.phases`), so imports, caches and
memory of one phase never help or hurt another, and each reports its own peak RSS.
"""
