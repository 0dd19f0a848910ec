"""`newsqa mcp`: read-only MCP tools over the news store (the official `mcp` SDK, FastMCP).

Tools are async and run the engine on a worker thread, so one slow answer does not hold the
others (FastMCP would run a plain function on its event loop). A failure is raised as a
`ToolError`, which the SDK returns as an error result with the message: an agent must be able to
tell "no such article" or "the store is unreachable" from an empty answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import anyio
from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.exceptions import ToolError
from mcp.types import ToolAnnotations
from pydantic import ValidationError

from assistant.server.openai_shapes import sources_block
from assistant.server.shared import ServedAssistant

T = TypeVar("T")
READ_ONLY = ToolAnnotations(readOnlyHint=True, destructiveHint=False, openWorldHint=False)
INSTRUCTIONS = (
    "newsqa answers questions from a news corpus, citing its articles. Use ask_news for a "
    "cited answer, search_news for the passages themselves, list_sources to see which outlets "
    "and dates the corpus covers, and get_article to read an article in full. Dates are "
    "YYYY-MM-DD; an answer says plainly when the articles do not contain it."
)


def build_mcp(
    assistant: ServedAssistant, host: str = "127.0.0.1", port: int = 8000, debug: bool = False
) -> FastMCP:
    """The MCP server over one shared assistant; `host`/`port` matter only for HTTP."""
    # The SDK logs every request at INFO to stderr: a client's log file fills with it.
    server = _NewsMCP(
        "newsqa",
        instructions=INSTRUCTIONS,
        host=host,
        port=port,
        log_level="DEBUG" if debug else "WARNING",
    )

    @server.tool(annotations=READ_ONLY)
    async def search_news(
        query: str,
        k: int = 10,
        outlets: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> dict[str, Any]:
        """The passages of the news articles that best match a query, best first, each with
        its heading (outlet · headline · date), date, url and text. Optional filters: outlets
        (names as list_sources gives them) and a publication date range (YYYY-MM-DD)."""
        if not 1 <= k <= 50:
            raise ToolError("k must be between 1 and 50")

        def run() -> dict[str, Any]:
            with assistant.reading():
                passages = assistant.retrieve(query, k, outlets, since, until)
            return {
                "passages": [{"heading": p.heading, **p.to_dict(), "url": p.url} for p in passages]
            }

        return await _off_loop(run)

    @server.tool(annotations=READ_ONLY)
    async def ask_news(
        question: str,
        outlets: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> dict[str, Any]:
        """A cited answer built only from the news articles: `answer` has [n] markers and a
        Sources list, `citations` give each marker's outlet, headline, date, url and the exact
        quote. When the articles do not say, `abstained` is true and the answer says what the
        corpus covers."""

        def run() -> dict[str, Any]:
            with assistant.reading():
                answer = assistant.ask(question, outlets, since, until)
            data = answer.to_dict()
            data.pop("passages")  # the citations carry what the answer used
            data["answer"] = answer.text + sources_block(answer.citations)
            return data

        return await _off_loop(run)

    @server.tool(annotations=READ_ONLY)
    async def list_sources() -> dict[str, Any]:
        """What the corpus holds: article, story and passage counts, the date range, and each
        outlet with its article count and date range."""

        def run() -> dict[str, Any]:
            with assistant.reading():
                status = assistant.status()
                outlets = assistant.outlets()
            keys = ("articles", "stories", "chunks", "first_published", "last_published")
            return {**{key: status[key] for key in keys}, "outlets": outlets}

        return await _off_loop(run)

    @server.tool(annotations=READ_ONLY)
    async def get_article(article_id: str) -> dict[str, Any]:
        """One article in full: its cleaned text and metadata (title, outlet, published, url).
        Article ids come with search_news passages and ask_news citations."""

        def run() -> dict[str, Any]:
            with assistant.reading():
                article = assistant.article(article_id)
            if article is None:
                raise ToolError(
                    f"no article with id {article_id!r} (search_news and ask_news give the ids)"
                )
            return dict(article)

        return await _off_loop(run)

    return server


class _NewsMCP(FastMCP):
    """FastMCP, with arguments of the wrong type refused in one line that names the field
    ("bad argument to search_news: k: Input should be a valid integer"), not the validator's
    report with its documentation link."""

    async def call_tool(self, name: str, arguments: dict[str, Any]) -> Any:
        try:
            return await super().call_tool(name, arguments)
        except ToolError as exc:
            cause = exc.__cause__
            if not isinstance(cause, ValidationError):
                raise
            fields = "; ".join(
                f"{'.'.join(map(str, error['loc'])) or 'arguments'}: {error['msg']}"
                for error in cause.errors(include_url=False)
            )
            raise ToolError(f"bad argument to {name}: {fields}") from None


async def _off_loop(run: Callable[[], T]) -> T:
    """Run an engine call on a worker thread; its failures become tool errors, in one line."""
    import httpx

    from index.store import StoreError

    try:
        return await anyio.to_thread.run_sync(run)
    except ToolError:
        raise
    except (StoreError, httpx.TransportError) as exc:
        raise ToolError(f"the store is unreachable: {_one_line(exc)}") from None
    except ValueError as exc:  # a bad date, an empty question
        raise ToolError(_one_line(exc)) from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
