"""Pilot-test helpers for the chat UI: a seeded home per test, the app, typing and waiting.

Use them from a test module with
`from ui_fixtures import SIZE, TONNAGE, home_fixture, make_app, seeded_home_fixture, submit, …`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.api import Assistant
from assistant.ui.app import NewsqaApp
from assistant.ui.screens.chat import ChatScreen
from assistant.ui.widgets.answer_view import TurnView

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "articles"
TONNAGE = "How much aluminium could Russia supply to the US each year?"
SIZE = (110, 40)


@pytest.fixture(scope="module", name="seeded_home")
def seeded_home_fixture(embedder, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the seeds indexed once; each test works on its own copy."""
    home = tmp_path_factory.mktemp("ui-seeded")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NEWSQA_CONFIG", str(home / "none.toml"))
        a = Assistant.open(home=home, offline=True, embedder=embedder)
        a.ingest([SEEDS])
        a.close()
    return home


def make_app(embedder, home: Path, **settings: object) -> NewsqaApp:
    a = Assistant.open(home=home, embedder=embedder, **settings)  # type: ignore[arg-type]
    return NewsqaApp(a)


def make_scripted_app(embedder, home: Path, server, **settings: object) -> NewsqaApp:
    """The app answering through the scripted LLM server, without retries."""
    llm = {"openai_base_url": server.url, "openai_api_key": "k", "llm_timeout": 10}
    return make_app(embedder, home, model="scripted", llm_retries=0, **{**llm, **settings})


@pytest.fixture(name="home")
def home_fixture(seeded_home: Path, tmp_path: Path) -> Path:
    target = tmp_path / "ui-home"
    shutil.copytree(seeded_home, target)
    return target


async def wait_for_answer(pilot, count: int = 1) -> list[TurnView]:
    """Let workers run until `count` turns have a final answer."""
    for _ in range(400):
        await pilot.pause(0.05)
        turns = list(pilot.app.screen.query(TurnView))
        if len(turns) >= count and all(t.answer is not None for t in turns[:count]):
            return turns
    raise AssertionError("no answer arrived")


async def submit(pilot, text: str) -> None:
    chat = pilot.app.screen
    assert isinstance(chat, ChatScreen)
    chat.prompt.clear()
    chat.prompt.insert(text)
    chat.prompt.focus()
    await pilot.press("enter")
