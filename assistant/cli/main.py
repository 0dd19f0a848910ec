"""The `newsqa` click group, its global options, and error handling (one line, exit 1)."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from assistant.cli.context import CliState


class NewsqaGroup(click.Group):
    """Runs commands with errors shown as one clear line (tracebacks only with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # the reader went away (`newsqa status | head -2`): no error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nor at exit's flush
            sys.exit(141)  # as a process ended by SIGPIPE
        except Exception as exc:
            state = ctx.find_object(CliState)
            if state is not None and state.debug:
                raise
            click.echo(f"error: {_one_line(exc)}", err=True)
            sys.exit(1)


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) < 400 else text[:400] + "…"


@click.group(cls=NewsqaGroup, invoke_without_command=True)
@click.option("--home", type=click.Path(file_okay=False), help="Data folder (NEWSQA_HOME).")
@click.option("--chroma-url", help="Use a Chroma server, e.g. http://127.0.0.1:8000.")
@click.option("--collection", help="Collection name (default: news).")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.version_option(package_name="newsqa")
@click.pass_context
def cli(
    ctx: click.Context,
    home: str | None,
    chroma_url: str | None,
    collection: str | None,
    debug: bool,
) -> None:
    """newsqa: ask questions of a news corpus; every answer cites its articles."""
    ctx.obj = CliState(home=home, chroma_url=chroma_url, collection=collection, debug=debug)
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is None:
        from assistant.cli.chat_cmd import chat

        ctx.invoke(chat)


def _register() -> None:
    from assistant.cli.ask_cmd import ask
    from assistant.cli.bench_cmd import bench
    from assistant.cli.eval_cmd import eval_command
    from assistant.cli.ingest_cmd import ingest, status
    from assistant.cli.serve_cmd import mcp_command, serve

    cli.add_command(ask)
    cli.add_command(bench)
    cli.add_command(eval_command)
    cli.add_command(ingest)
    cli.add_command(status)
    cli.add_command(serve)
    cli.add_command(mcp_command)
    try:
        from assistant.cli.chat_cmd import chat

        cli.add_command(chat)
    except ImportError:  # pragma: no cover - the chat UI lands with its own issue
        pass


_register()


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="newsqa")
