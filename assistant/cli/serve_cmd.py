"""`newsqa serve` (the HTTP API, OpenAI-compatible) and `newsqa mcp` (the MCP server)."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

import click

from assistant.cli.context import CliState

if TYPE_CHECKING:
    from assistant.server.shared import ServedAssistant


def _served(state: CliState, progress: bool) -> ServedAssistant:
    """The shared assistant, its store filled on first run and warmed before any request."""
    from assistant.api import Assistant
    from assistant.cli.progress import progress_bar
    from assistant.server.shared import ServedAssistant

    assistant = state.assistant(kind=ServedAssistant)
    assert isinstance(assistant, ServedAssistant)
    with progress_bar(enabled=progress) as bar:
        # Before any request (the served assistant catches up between requests, not within):
        # a fresh home on a shared server fetches the store here.
        Assistant.catch_up(assistant, bar)
    if assistant.is_new():
        click.echo(
            f"note: the store at {assistant.settings.home} is empty; indexing the bundled sample "
            "corpus first (`newsqa ingest PATH` indexes your own articles)",
            err=True,
        )
        with progress_bar(enabled=progress) as bar:
            assistant.ensure_corpus(progress=bar)
    assistant.warm_up()
    _ = assistant.index.offsets  # the tokenizer that counts `usage`
    return assistant


HOST_HELP = "Interface to listen on (0.0.0.0: all of them; then set NEWSQA_API_KEY)."


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help=HOST_HELP)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.pass_obj
def serve(state: CliState, host: str, port: int) -> None:
    """Serve the HTTP API: OpenAI-compatible /v1/chat/completions, /v1/ask, /v1/retrieve,
    /v1/status, /v1/ingest (needs NEWSQA_API_KEY) and /healthz."""
    import uvicorn

    from assistant.server.app import create_app

    _check_free(host, port)  # before loading anything: a taken port is a quick, clear error
    assistant = _served(state, progress=True)
    _log_to_stderr(state.debug)
    status = assistant.status()
    key = "required" if assistant.settings.api_key else "not set (open; ingest refused)"
    click.echo(
        f"newsqa: {status['articles']} articles, answerer {status['answerer']}; "
        f"OpenAI base URL http://{host}:{port}/v1; API key {key}",
        err=True,
    )
    uvicorn.run(
        create_app(assistant),
        host=host,
        port=port,
        log_level="debug" if state.debug else "info",
        access_log=state.debug,
        timeout_graceful_shutdown=5,  # an answer still streaming does not hold Ctrl-C for long
    )


@click.command("mcp")
@click.option("--http", "http_port", type=click.IntRange(1, 65535),
              help="Serve streamable HTTP on this port (at /mcp) instead of stdio.")  # fmt: skip
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface for --http.")
@click.pass_obj
def mcp_command(state: CliState, http_port: int | None, host: str) -> None:
    """Serve read-only MCP tools (search_news, ask_news, list_sources, get_article) over stdio,
    or streamable HTTP with --http PORT."""
    from assistant.server.mcp_tools import build_mcp

    if http_port:
        _check_free(host, http_port)
    # Over stdio, stdout is the protocol: everything else goes to stderr, and no progress bar.
    assistant = _served(state, progress=http_port is not None)
    server = build_mcp(assistant, host=host, port=http_port or 8000, debug=state.debug)
    if http_port:
        click.echo(f"newsqa MCP server on http://{host}:{http_port}/mcp", err=True)
    server.run("streamable-http" if http_port else "stdio")


def _log_to_stderr(debug: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
    logger = logging.getLogger("newsqa")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.INFO)


def _check_free(host: str, port: int) -> None:
    """Fail in one line when the address is taken (uvicorn would say it after start-up)."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise RuntimeError(
                f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
                "another server may have it: choose another with --port"
            ) from None
