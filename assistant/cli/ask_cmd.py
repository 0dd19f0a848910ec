"""`newsqa ask`: one question, a cited answer."""

from __future__ import annotations

import json

import click

from assistant.cli.context import CliState
from assistant.cli.display import render_answer
from assistant.cli.progress import progress_bar


@click.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option("--outlet", "outlets", multiple=True, help="Only these outlets (repeatable).")
@click.option("--since", help="Only articles published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only articles published on or before this date (YYYY-MM-DD).")
@click.option("--top-k", type=click.IntRange(1, 50), help="Passages given to the answerer.")
@click.option("--offline", is_flag=True, help="Use the offline answerer even if an LLM is set.")
@click.pass_obj
def ask(
    state: CliState,
    question: str,
    as_json: bool,
    outlets: tuple[str, ...],
    since: str | None,
    until: str | None,
    top_k: int | None,
    offline: bool,
) -> None:
    """Answer QUESTION from the articles, citing them."""
    if not question.strip():
        raise click.UsageError("the question is empty")
    assistant = state.assistant()
    if not assistant.status()["articles"]:  # first run: index the bundled corpus
        click.echo(
            f"note: the store at {assistant.settings.home} is empty; indexing the bundled sample "
            "corpus first (`newsqa ingest PATH` indexes your own articles)",
            err=True,
        )
        with progress_bar(enabled=not as_json) as progress:
            assistant.ensure_corpus(progress=progress)
    try:
        answer = assistant.ask(
            question,
            outlets=list(outlets) or None,
            since=since,
            until=until,
            top_k=top_k,
            offline=offline or None,
        )
    except ValueError as exc:  # a bad --since/--until
        raise click.BadParameter(str(exc)) from None
    for notice in answer.notices:
        click.echo(f"note: {notice}", err=True)
    if as_json:
        click.echo(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_answer(answer))
