"""LLM endpoints for tests: the scripted OpenAI-compatible server, and the real llama.cpp model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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


@pytest.fixture(scope="session", name="llama_model")
def llama_model_fixture(request: pytest.FixtureRequest, tmp_path_factory) -> Path:
    """The Gemma 3 270M .gguf from its PyPI packages (dev extra), for `llama_server.LlamaServer`.

    Assembled into pytest's cache folder, so a second run does not write 250 MB again.
    """
    from llama_server import model_path

    cache = getattr(request.config, "cache", None)
    folder = cache.mkdir("gemma3-270m") if cache is not None else tmp_path_factory.mktemp("gemma")
    return model_path(Path(folder))
