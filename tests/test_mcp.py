"""`newsqa mcp` through the official `mcp` SDK's client: over stdio (the server spawned by the
client, as Claude Desktop does) and over streamable HTTP, on the two seed articles."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import stop
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from mcp.types import CallToolResult, TextContent
from serve_fixtures import NEWSQA, free_port, seeded_home, server_env

TONNAGE = "How much aluminium could Russia supply to the US each year?"
TOOLS = {"search_news", "ask_news", "list_sources", "get_article"}


@pytest.fixture(scope="module")
def env(embedder, models_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = seeded_home(tmp_path_factory.mktemp("mcp"), embedder, models_dir)
    return server_env(home, models_dir)


def structured(result: CallToolResult) -> dict[str, Any]:
    assert not result.isError, result.content
    assert result.structuredContent is not None
    text = result.content[0]
    assert isinstance(text, TextContent)
    assert json.loads(text.text) == result.structuredContent  # the same, for text-only clients
    return result.structuredContent


def error_text(result: CallToolResult) -> str:
    assert result.isError
    text = result.content[0]
    assert isinstance(text, TextContent)
    return text.text


async def test_stdio_tools_list_and_answer(env: dict[str, str]) -> None:
    params = StdioServerParameters(command=str(NEWSQA), args=["mcp"], env=env)
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        info = await session.initialize()
        assert info.serverInfo.name == "newsqa"
        tools = {tool.name: tool for tool in (await session.list_tools()).tools}
        assert set(tools) == TOOLS
        assert all(t.annotations and t.annotations.readOnlyHint for t in tools.values())
        assert set(tools["search_news"].inputSchema["properties"]) == {
            "query", "k", "outlets", "since", "until"
        }  # fmt: skip

        answer = structured(await session.call_tool("ask_news", {"question": TONNAGE}))
        assert "2 million tons" in answer["answer"] and not answer["abstained"]
        assert "\n\n**Sources**\n- [1] " in answer["answer"]
        assert answer["citations"][0]["marker"] == 1 and answer["citations"][0]["quote"]
        assert "passages" not in answer

        found = structured(
            await session.call_tool("search_news", {"query": "rare earth metals", "k": 3})
        )
        passages = found["passages"]
        assert len(passages) == 3
        first = passages[0]
        assert {"heading", "published", "url", "text", "article_id"} <= set(first)
        assert first["heading"] == f"{first['outlet']} · {first['title']} · {first['published']}"
        anewz = structured(
            await session.call_tool(
                "search_news", {"query": "aluminium", "outlets": ["AnewZ"], "until": "2025-02-24"}
            )
        )
        assert anewz["passages"] and {p["outlet"] for p in anewz["passages"]} == {"AnewZ"}

        sources = structured(await session.call_tool("list_sources", {}))
        assert (sources["articles"], sources["first_published"]) == (2, "2025-02-24")
        assert {o["outlet"]: o["articles"] for o in sources["outlets"]} == {
            "AnewZ": 1,
            "TRT World": 1,
        }

        article = structured(
            await session.call_tool("get_article", {"article_id": first["article_id"]})
        )
        assert article["title"] == first["title"] and first["text"][:80] in article["body"]

        # Errors are errors, never an empty result.
        missing = await session.call_tool("get_article", {"article_id": "no-such-article"})
        assert "no article with id 'no-such-article'" in error_text(missing)
        bad_date = await session.call_tool("search_news", {"query": "x", "since": "someday"})
        assert "not a date" in error_text(bad_date)
        too_many = await session.call_tool("search_news", {"query": "x", "k": 500})
        assert "between 1 and 50" in error_text(too_many)
        # an argument of the wrong type: one line naming the field, no validator's report
        wrong = await session.call_tool("search_news", {"query": "x", "k": "many"})
        assert error_text(wrong).startswith("bad argument to search_news: k: ")
        assert "pydantic" not in error_text(wrong) and "\n" not in error_text(wrong)


@pytest.fixture
def mcp_http(env: dict[str, str], tmp_path: Path) -> Iterator[str]:
    port = free_port()
    log = tmp_path / "mcp.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(NEWSQA), "mcp", "--http", str(port)], stdout=out, stderr=subprocess.STDOUT, env=env
        )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"newsqa mcp --http did not start:\n{log.read_text()}")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        stop(process, grace=15)


async def test_streamable_http_answers_the_same(mcp_http: str) -> None:
    async with (
        streamable_http_client(mcp_http) as (read, write, _),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        assert {tool.name for tool in (await session.list_tools()).tools} == TOOLS
        answer = structured(await session.call_tool("ask_news", {"question": TONNAGE}))
        assert "2 million tons" in answer["answer"]
        missing = await session.call_tool("get_article", {"article_id": "nope"})
        assert "no article with id 'nope'" in error_text(missing)
