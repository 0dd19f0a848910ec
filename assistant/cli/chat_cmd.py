"""`newsqa chat` (and bare `newsqa`): the Textual chat UI."""

from __future__ import annotations

import click

from assistant.cli.context import CliState


@click.command()
@click.option("--offline", is_flag=True, help="Use the offline answerer even if an LLM is set.")
@click.pass_obj
def chat(state: CliState, offline: bool) -> None:
    """Open the chat UI."""
    from assistant.ui.app import NewsqaApp

    assistant = state.assistant(offline=True if offline else None)
    NewsqaApp(assistant).run()
