"""`newsqa bench ingest`, `query`, `shared` and `serve`: speed figures, measured side by side."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from assistant.cli.context import CliState

CORPUS_HELP = "Corpus (JSON list or JSONL; default: ../shared/benchdata/multihop-rag/corpus.json)."
# Options every bench command takes.
CORPUS = click.option("--corpus", type=click.Path(dir_okay=False), help=CORPUS_HELP)
LIMIT = click.option(
    "--limit", type=click.IntRange(1), help="Only the first N articles (quick runs)."
)
FIGURES_OUT = click.option(
    "--out", type=click.Path(file_okay=False), help="Fold results into OUT/bench.json."
)
FIGURES_JSON = click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")


def _corpus(path: str | None) -> Path:
    from assistant.bench.corpus import default_corpus

    corpus = Path(path) if path else default_corpus()
    if not corpus.exists():
        raise click.BadParameter(f"no corpus at {corpus}", param_hint="--corpus")
    return corpus


def _emit(section: str, result: dict[str, Any], as_json: bool, out: str | None) -> None:
    from assistant.bench.runner import markdown_table, merge_results

    data = merge_results(Path(out), section, result) if out else {section: result}
    if as_json:
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(markdown_table(data if out else {section: result}))


@click.group()
def bench() -> None:
    """Benchmarks: ingest throughput against the raw encoder and LlamaIndex, query latency,
    clients sharing a store, concurrent clients of `newsqa serve`."""


@bench.command("ingest")
@CORPUS
@click.option(
    "--scale", "scales", type=click.IntRange(1, 100), multiple=True,
    help="Corpus scale (repeatable; default 1 and 10). N× recombines articles into new ones.",
)  # fmt: skip
@LIMIT
@click.option("--skip-peer", is_flag=True, help="Do not run the LlamaIndex peer.")
@click.option("--skip-encoder", is_flag=True,
              help="Do not run the raw-encoder phase (its figures read 0).")  # fmt: skip
@click.option("--workdir", type=click.Path(file_okay=False), default="out/bench",
              show_default=True, help="Scratch stores and generated corpora.")  # fmt: skip
@FIGURES_OUT
@FIGURES_JSON
@click.pass_obj
def bench_ingest_cmd(
    state: CliState,
    corpus: str | None,
    scales: tuple[int, ...],
    limit: int | None,
    skip_peer: bool,
    skip_encoder: bool,
    workdir: str,
    out: str | None,
    as_json: bool,
) -> None:
    """Raw encoder, newsqa ingest, LlamaIndex peer, unchanged re-ingest, peak memory."""
    from assistant.bench.runner import bench_ingest

    result = bench_ingest(
        _corpus(corpus),
        list(scales) or [1, 10],
        Path(workdir).absolute(),
        skip_peer=skip_peer,
        skip_encoder=skip_encoder,
        limit=limit,
        chroma_url=state.chroma_url,
    )
    _emit("ingest", result, as_json, out)


@bench.command("query")
@CORPUS
@click.option("--scale", type=click.IntRange(1, 100), default=1, show_default=True)
@LIMIT
@click.option("--workdir", type=click.Path(file_okay=False), default="out/bench",
              show_default=True, help="Where `bench ingest` left its stores.")  # fmt: skip
@FIGURES_OUT
@FIGURES_JSON
@click.pass_obj
def bench_query_cmd(
    state: CliState,
    corpus: str | None,
    scale: int,
    limit: int | None,
    workdir: str,
    out: str | None,
    as_json: bool,
) -> None:
    """Warm retrieve / offline ask p50 and p95, cold `newsqa ask`, `--help` and `status`."""
    from assistant.bench.query import bench_query

    result = bench_query(
        _corpus(corpus), scale, Path(workdir).absolute(), limit=limit, chroma_url=state.chroma_url
    )
    _emit("query", result, as_json, out)


@bench.command("shared")
@CORPUS
@click.option(
    "--scale", "scales", type=click.IntRange(1, 100), multiple=True,
    help="Corpus scale (repeatable; default 1 and 10).",
)  # fmt: skip
@LIMIT
@click.option("--workdir", type=click.Path(file_okay=False), default="out/bench",
              show_default=True, help="Scratch homes, corpora, server data.")  # fmt: skip
@FIGURES_OUT
@FIGURES_JSON
@click.pass_obj
def bench_shared_cmd(
    state: CliState,
    corpus: str | None,
    scales: tuple[int, ...],
    limit: int | None,
    workdir: str,
    out: str | None,
    as_json: bool,
) -> None:
    """Clients sharing one Chroma server: a fresh client's first question, a second client's
    warm retrieve, the change check (a `chroma run` of its own unless --chroma-url is given)."""
    from assistant.bench.runner import merge_results
    from assistant.bench.shared import bench_shared

    result = bench_shared(
        _corpus(corpus),
        list(scales) or [1, 10],
        Path(workdir).absolute(),
        limit=limit,
        chroma_url=state.chroma_url,
    )
    if out:
        merge_results(Path(out), "shared", result)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo("| scale | articles | first question (fresh client) | of it, catch-up | "
               "retrieve p50 / p95 | change check p50 / p95 |")  # fmt: skip
    click.echo("|---|---|---|---|---|---|")
    for scale, f in result["scales"].items():
        click.echo(
            f"| {scale} | {f['articles']} | {f['first_question_s']:.2f} s | "
            f"{f['catch_up_s']:.2f} s | {f['retrieve_p50_ms']:.1f} / {f['retrieve_p95_ms']:.1f} ms"
            f" | {f['change_check_p50_ms']:.2f} / {f['change_check_p95_ms']:.2f} ms |"
        )


@bench.command("serve")
@CORPUS
@click.option("--scale", type=click.IntRange(1, 100), default=1, show_default=True)
@LIMIT
@click.option("--clients", type=click.IntRange(1, 256), default=16, show_default=True,
              help="Concurrent OpenAI clients.")  # fmt: skip
@click.option("--seconds", type=click.FloatRange(1), default=30.0, show_default=True,
              help="How long the clients keep asking.")  # fmt: skip
@click.option("--workdir", type=click.Path(file_okay=False), default="out/bench",
              show_default=True, help="Where `bench ingest` left its stores.")  # fmt: skip
@FIGURES_OUT
@FIGURES_JSON
@click.pass_obj
def bench_serve_cmd(
    state: CliState,
    corpus: str | None,
    scale: int,
    limit: int | None,
    clients: int,
    seconds: float,
    workdir: str,
    out: str | None,
    as_json: bool,
) -> None:
    """Concurrent OpenAI clients against `newsqa serve`: throughput, p50/p95, errors."""
    from assistant.bench.serve import bench_serve

    result = bench_serve(
        _corpus(corpus),
        scale,
        Path(workdir).absolute(),
        clients=clients,
        seconds=seconds,
        limit=limit,
        chroma_url=state.chroma_url,
    )
    _emit("serve", result, as_json, out)
