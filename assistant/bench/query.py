"""`newsqa bench query`: warm retrieve and ask latency, and cold `newsqa ask`, on a bench store."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from assistant.bench.corpus import bench_questions, load_records
from assistant.bench.runner import (
    _cli,
    _fresh_home,
    _log,
    _prepare_models,
    _timed,
    prepare_corpus,
    run_phase,
)


def store_for_scale(
    bench: str,
    corpus: Path,
    scale: int,
    workdir: Path,
    limit: int | None,
    chroma_url: str | None,
) -> tuple[Path, str | None, dict[str, Any], list[str]]:
    """The store of `bench ingest` for this scale, brought up to date (built first if there is
    none): its home, collection, the ingest's figures and the bench questions."""
    workdir.mkdir(parents=True, exist_ok=True)
    path = prepare_corpus(corpus, scale, workdir, limit)
    home = workdir / f"home-{scale}x"
    collection = f"bench{scale}x" if chroma_url else None
    if not (home / "models").exists():
        _prepare_models(workdir)
        home = _fresh_home(workdir, f"home-{scale}x")
    _log(f"bench {bench}: scale {scale}×: bringing the store up to date")
    built = run_phase(
        "ingest",
        {
            "home": str(home),
            "corpus": str(path),
            "label": "ingest",
            "chroma_url": chroma_url,
            "collection": collection,
        },
    )
    return home, collection, built, bench_questions(corpus, load_records(path))


def bench_query(
    corpus: Path,
    scale: int,
    workdir: Path,
    limit: int | None = None,
    cold_runs: int = 3,
    chroma_url: str | None = None,
) -> dict[str, Any]:
    """Warm retrieve/ask p50/p95 and cold `newsqa ask` on the store for this scale.

    The store of `bench ingest` is reused (an unchanged re-ingest is cheap); without one, it is
    built first.
    """
    home, collection, built, questions = store_for_scale(
        "query", corpus, scale, workdir, limit, chroma_url
    )
    _log(f"  phase: warm retrieve / ask ({len(questions)} questions)")
    warm = run_phase(
        "query",
        {
            "home": str(home),
            "questions": questions,
            "chroma_url": chroma_url,
            "collection": collection,
        },
    )
    _log("  phase: cold newsqa ask, --help, status")
    cli = _cli(home, chroma_url, collection)
    cold = [_timed([*cli, "ask", "--offline", "--json", q]) for q in questions[:cold_runs]]
    help_s = statistics.median(_timed([*cli, "--help"]) for _ in range(3))
    status_s = statistics.median(_timed([*cli, "status"]) for _ in range(3))
    return {
        "scale": scale,
        "articles": built["articles"] + built["unchanged"],
        "questions": warm["questions"],
        "retrieve_p50_ms": warm["retrieve_p50_ms"],
        "retrieve_p95_ms": warm["retrieve_p95_ms"],
        "ask_p50_ms": warm["ask_p50_ms"],
        "ask_p95_ms": warm["ask_p95_ms"],
        "cold_ask_s": statistics.median(cold),
        "cold_ask_runs_s": cold,
        "help_s": help_s,
        "status_s": status_s,
        "query_rss_mb": warm["peak_rss_mb"],
    }
