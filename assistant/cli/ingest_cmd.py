"""`newsqa ingest` and `newsqa status`."""

from __future__ import annotations

import json
import sys

import click

from assistant.cli.context import CliState
from assistant.cli.progress import progress_bar


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--strict", is_flag=True, help="Exit 1 when anything was skipped.")
@click.option("--rebuild", is_flag=True, help="Drop this collection and index from scratch.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_obj
def ingest(
    state: CliState, paths: tuple[str, ...], as_json: bool, strict: bool, rebuild: bool, quiet: bool
) -> None:
    """Index files and folders (default: the bundled corpus)."""
    assistant = state.assistant()
    with progress_bar(enabled=not quiet) as progress:
        report = assistant.ingest(list(paths) or None, progress=progress, rebuild=rebuild)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(
            f"added {report.added} · updated {report.updated} · unchanged {report.unchanged} · "
            f"removed {report.removed} · duplicates {report.duplicates} · "
            f"skipped {len(report.skipped)} · chunks {report.chunks} · {report.seconds:.1f} s"
        )
        for skipped in report.skipped:
            click.echo(f"  skipped {skipped.path}: {skipped.reason}")
    nothing = not (report.changed_anything or report.unchanged or report.duplicates)
    if (strict and report.skipped) or (nothing and report.skipped):
        sys.exit(1)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_obj
def status(state: CliState, as_json: bool) -> None:
    """Where the store is and what it holds."""
    assistant = state.assistant()
    with progress_bar(enabled=not as_json) as progress:
        assistant.catch_up(progress)  # a fresh home on a shared server fetches the store here
    info = assistant.status()
    if as_json:
        click.echo(json.dumps(info, indent=2))
        return
    first, last = info["first_published"], info["last_published"]
    dates = f"{first} – {last}" if first else "unknown"
    outlets = ", ".join(info["outlets"]) or "none"
    click.echo(f"home        {info['home']}")
    click.echo(f"store       {info['chroma']} · collection {info['collection']}")
    click.echo(
        f"articles    {info['articles']} ({info['stories']} stories, {info['chunks']} chunks)"
    )
    click.echo(f"outlets     {outlets}")
    click.echo(f"published   {dates}")
    click.echo(f"embeddings  {info['embedding_model']}")
    click.echo(f"answerer    {info['answerer']}")
    if info["stale_articles"]:
        click.echo(
            f"note: {info['stale_articles']} articles were chunked by an older newsqa; "
            "`newsqa ingest` their files again to re-index them"
        )
