"""`newsqa ask`: one question, a cited answer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import click

from assistant.cli.context import CliState
from assistant.cli.display import render_answer
from assistant.cli.progress import progress_bar
from assistant.literal import visible
from assistant.types import Answer


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
    with progress_bar(enabled=not as_json) as progress:
        assistant.catch_up(progress)  # a fresh home on a shared server fetches the store here
    if assistant.is_new():  # first run: index the bundled corpus
        click.echo(
            f"note: the store at {assistant.settings.home} is empty; indexing the bundled sample "
            "corpus first (`newsqa ingest PATH` indexes your own articles)",
            err=True,
        )
        with progress_bar(enabled=not as_json) as progress:
            assistant.ensure_corpus(progress=progress)
    pieces = assistant.stream(
        question,
        outlets=list(outlets) or None,
        since=since,
        until=until,
        top_k=top_k,
        offline=offline or None,
    )
    try:
        # `--json` prints one object at the end; otherwise words appear as the model writes them.
        answer = _final(pieces) if as_json else _stream_text(pieces)
    except ValueError as exc:  # a bad --since/--until
        raise click.BadParameter(str(exc)) from None
    finally:  # Ctrl-C included: closing the stream makes the model's server stop writing
        getattr(pieces, "close", lambda: None)()  # a generator, typed as an Iterator
    if as_json:
        _notes(answer)
        click.echo(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
    else:
        # The text is on the screen already; the checked answer adds its sources, and the notes
        # come after them so that none lands in the middle of a streamed line.
        click.echo(render_answer(replace(answer, text="")))
        _notes(answer)


def _notes(answer: Answer) -> None:
    for notice in answer.notices:
        click.echo(f"note: {notice}", err=True)


def _final(pieces: Iterator[str | Answer]) -> Answer:
    return next(piece for piece in pieces if isinstance(piece, Answer))


def _stream_text(pieces: Iterator[str | Answer]) -> Answer:
    """Print text pieces as they come (whitespace at either end held back); the final `Answer`."""
    held = ""  # trailing whitespace: printed only if more text follows
    started = False
    for piece in pieces:
        if isinstance(piece, Answer):
            return piece  # the sources that follow begin with the line break
        text = held + visible(piece)
        if not started:
            text = text.lstrip()
        body = text.rstrip()
        held = text[len(body) :]
        if body:
            click.echo(body, nl=False)  # click flushes each write
            started = True
    raise RuntimeError("the answer stream ended without an answer")
