"""`newsqa chat` (and bare `newsqa`): the Textual chat UI."""

from __future__ import annotations

import sys

import click

from assistant.cli.context import CliState
from assistant.cli.progress import progress_bar


@click.command()
@click.option("--offline", is_flag=True, help="Use the offline answerer even if an LLM is set.")
@click.pass_obj
def chat(state: CliState, offline: bool) -> None:
    """Open the chat UI."""
    from assistant.ui.app import NewsqaApp
    from assistant.ui.terminal import HangupDriver

    assistant = state.assistant(offline=True if offline else None)
    # Before the UI takes the terminal: an unreachable Chroma server raises here, and the group
    # prints it as one `error:` line with exit 1. Inside the app, Textual would catch it, print a
    # long traceback and exit 0. A fresh home on a shared server fetches the store here, with a
    # progress bar, rather than behind a frozen first screen.
    with progress_bar() as progress:
        assistant.catch_up(progress)
    app = NewsqaApp(assistant)
    if app.driver_class is HangupDriver and not (sys.stdin and sys.stdin.isatty()):
        # Keys are read from stdin. At its end (`< /dev/null`) Textual would draw a chat no one can
        # type in and spin on the empty input; closed (`<&-`), it would crash with a traceback.
        click.echo("error: the chat reads keys from a terminal, and stdin is not one", err=True)
        sys.exit(1)
    app.run()
    if app.return_code:  # Textual showed a traceback, or the terminal hung up: the code says so
        sys.exit(app.return_code)
