"""`newsqa eval`: run a question set, print scores, write results, compare with a baseline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.cli.context import CliState
from assistant.cli.progress import progress_bar


@click.command("eval")
@click.argument("questions", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), help="Write every result as JSON.")
@click.option("--report", type=click.Path(dir_okay=False), help="Write a Markdown report (+PNG).")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False), help="Compare with it.")
@click.option(
    "--tolerance", type=click.FloatRange(0), default=0.02, show_default=True, help="Allowed drop."
)
@click.option(
    "--corpus", "corpus", multiple=True, type=click.Path(exists=True), help="Ingest first."
)
@click.option("--limit", type=click.IntRange(1), help="Only the first N questions.")
@click.option("--type", "types", multiple=True, help="Only this question type (repeatable).")
@click.option("--top-k", type=click.IntRange(1, 50), help="Passages given to the answerer.")
@click.option("--offline", is_flag=True, help="Use the offline answerer even if an LLM is set.")
@click.option(
    "--profile",
    type=click.Choice(["general", "multihop"]),
    help="How questions are read: multihop follows MultiHop-RAG's templates (off by default).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_obj
def eval_command(
    state: CliState,
    questions: str,
    out: str | None,
    report: str | None,
    baseline: str | None,
    tolerance: float,
    corpus: tuple[str, ...],
    limit: int | None,
    types: tuple[str, ...],
    top_k: int | None,
    offline: bool,
    profile: str | None,
    quiet: bool,
) -> None:
    """Score the assistant on a question set (newsqa YAML/JSONL or MultiHop-RAG JSON)."""
    from rich.console import Console

    from assistant.evaluation import EvalOptions, load_questions, run_eval
    from assistant.evaluation.report import (
        compare,
        markdown_report,
        setting_differences,
        terminal_table,
    )

    question_set = load_questions(questions)
    assistant = state.assistant(profile=profile)
    targets = list(corpus)
    beside = Path(questions).parent / "corpus.json"
    if not targets and question_set[0].benchmark == "multihop-rag" and beside.exists():
        targets = [str(beside)]
    with progress_bar(enabled=not quiet) as progress:
        if targets:
            where = f"store: {assistant.settings.home} (ingesting {', '.join(targets)})"
            click.echo(where, err=True)
            assistant.ingest(targets, progress=progress)
        else:
            first = assistant.ensure_corpus(progress=progress)
            what = "ingested the bundled corpus" if first else "using the current store"
            click.echo(f"store: {assistant.settings.home} ({what})", err=True)
    options = EvalOptions(top_k=top_k, offline=offline or None, limit=limit, types=list(types))
    with progress_bar(enabled=not quiet) as progress:
        results = run_eval(
            assistant, question_set, options, progress=lambda d, t: progress("answering", d, t)
        )
    Console().print(terminal_table(results))
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
        click.echo(f"results: {out}", err=True)
    if report:
        Path(report).parent.mkdir(parents=True, exist_ok=True)
        chart = markdown_report(results, Path(report))
        click.echo(f"report: {report} (chart {chart})", err=True)
    if baseline:
        old = json.loads(Path(baseline).read_text(encoding="utf-8"))
        worse, better, changes = compare(results, old, tolerance)
        for line in setting_differences(results, old):
            click.echo(f"note: setting differs from the baseline: {line}", err=True)
        for line in better:
            click.echo(f"better: {line}")
        for line in worse:
            click.echo(f"WORSE: {line}")
        for line in changes:
            click.echo(f"  {line}")
        if worse:
            click.echo(f"error: {len(worse)} score(s) dropped by more than {tolerance}", err=True)
            sys.exit(1)
