"""The `openai_server` fixture: a scripted OpenAI-compatible server for one test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from openai_server import ScriptedOpenAI


@pytest.fixture(name="openai_server")
def openai_server_fixture() -> Iterator[ScriptedOpenAI]:
    """A started `ScriptedOpenAI` (`.url`, `.script([...])`, `.requests`), stopped afterwards.

    Use it from a test module with `from llm_fixtures import openai_server_fixture`.
    """
    server = ScriptedOpenAI().start()
    yield server
    server.stop()
