"""Pilot tests for "nothing lost, nothing crashes": export targets, markup in data, help after a
keymap, the busy line, keys on a focused message, the sidebar, and /reindex of the user's store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from llm_fixtures import openai_server_fixture  # noqa: F401  (fixture)
from openai_server import Delay, Reply
from textual import events
from textual.widgets import Static
from ui_fixtures import (  # noqa: F401  (fixtures)
    SIZE,
    TONNAGE,
    home_fixture,
    make_app,
    make_scripted_app,
    seeded_home_fixture,
    submit,
    wait_for_answer,
)

from assistant.api import Assistant
from assistant.ui.app import NewsqaApp
from assistant.ui.screens.chat import ChatScreen
from assistant.ui.screens.confirm import ConfirmScreen
from assistant.ui.screens.help import HelpScreen
from assistant.ui.widgets.answer_view import TurnView
from assistant.ui.widgets.source_card import SourceCard

ZINC = (
    '---\ntitle: {title}\noutlet: "{outlet}"\npublished: 2025-03-01\n---\n'
    "The zinc smelter in Tromsø produced ninety tonnes of zinc ingots last week, according to "
    "the plant manager.\n\nThe plant employs 40 people and ships its ingots by rail to Narvik.\n\n"
    "Managers expect output to rise once the second furnace is repaired in April.\n"
)


def notices(app: NewsqaApp) -> list[tuple[str, str]]:
    """(severity, message) of every notification raised so far."""
    return [(n.severity, n.message) for n in app._notifications]


async def wait_until(pilot, condition: Callable[[], bool], seconds: float = 30) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition never became true")


def store_from(embedder, folder: Path, home_dir: Path) -> Assistant:
    """An assistant on `home_dir` with `folder` ingested (not the bundled corpus)."""
    a = Assistant.open(home=home_dir, offline=True, embedder=embedder)
    a.ingest([folder])
    return a


async def ask_once(pilot) -> ChatScreen:
    await submit(pilot, TONNAGE)
    await wait_for_answer(pilot)
    chat = pilot.app.screen
    assert isinstance(chat, ChatScreen)
    return chat


# --- 1. /export -----------------------------------------------------------------------------
async def test_export_to_a_folder_writes_the_default_name_inside(
    embedder, home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        chat = await ask_once(pilot)
        await submit(pilot, f"/export {folder}")
        (written,) = folder.iterdir()
        assert written.name.startswith(f"conversation-{chat.conversation.id}-")
        assert written.suffix == ".md" and "2 million tons" in written.read_text()
        assert ("information", f"Exported to {written}") in notices(app)
        assert app.is_running


async def test_export_asks_before_overwriting(embedder, home: Path, tmp_path: Path) -> None:
    target = tmp_path / "mine.md"
    target.write_text("keep me\n")
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await ask_once(pilot)
        await submit(pilot, f"/export {target}")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert str(target) in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)
        assert target.read_text() == "keep me\n"
        await submit(pilot, f"/export {target}")
        await pilot.pause()
        await pilot.press("escape")  # Esc is No too
        await pilot.pause()
        assert target.read_text() == "keep me\n"
        await submit(pilot, f"/export {target}")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text().startswith("# How much aluminium")


async def test_export_into_a_missing_folder_is_a_notice_and_creates_nothing(
    embedder, home: Path, tmp_path: Path
) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await ask_once(pilot)
        await submit(pilot, f"/export {tmp_path / 'typo' / 'chat.md'}")
        assert ("error", f"no such folder: {tmp_path / 'typo'}") in notices(app)
        assert not (tmp_path / "typo").exists()
        assert app.is_running


async def test_export_write_failure_is_a_one_line_notice(
    embedder, home: Path, tmp_path: Path
) -> None:
    dangling = tmp_path / "out.md"
    dangling.symlink_to(tmp_path / "gone" / "out.md")  # the folder is there; the write fails
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await ask_once(pilot)
        await submit(pilot, f"/export {dangling}")
        errors = [m for s, m in notices(app) if s == "error"]
        assert errors == [f"Could not export to {dangling}: No such file or directory"]
        assert app.is_running


async def test_palette_export_reports_an_unwritable_exports_folder(embedder, home: Path) -> None:
    (home / "exports").write_text("a file where the exports folder would go\n")
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await ask_once(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Export conversation")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.2)
        errors = [m for s, m in notices(app) if s == "error"]
        assert errors and errors[0].startswith(f"Could not export to {home / 'exports'}: ")
        assert app.is_running and isinstance(app.screen, ChatScreen)


# --- 3. data shown literally ------------------------------------------------------------------
async def test_outlet_names_are_shown_literally(embedder, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "removed.txt").write_text(
        ZINC.format(title="Zinc output doubles", outlet="[Removed]"), encoding="utf-8"
    )
    (folder / "click.txt").write_text(
        ZINC.format(
            title="Zinc [bold]furnace[/bold] repaired", outlet="[@click=app.quit]x"
        ).replace("ninety", "eighty"),
        encoding="utf-8",
    )
    app = NewsqaApp(store_from(embedder, folder, tmp_path / "home"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        welcome = str(app.screen.query_one(".welcome").render())
        assert "[Removed]" in welcome and "[@click=app.quit]x" in welcome
        await submit(pilot, "/outlet [removed]")
        status = str(app.screen.query_one("#status").render())
        assert "outlet: [Removed]" in status
        await submit(pilot, "/outlet [@click=app.quit]x")
        await submit(pilot, "How many tonnes of zinc ingots did the Tromsø smelter produce?")
        (turn,) = await wait_for_answer(pilot)
        cards = " ".join(str(c.render()) for c in turn.query(SourceCard))
        assert "[Removed]" in cards
        assert app.is_running


# --- 4. help follows the keymap ---------------------------------------------------------------
async def test_help_lists_the_keys_as_remapped(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True, keymap={"app.new": "ctrl+o"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(shown.render()) for shown in app.screen.query(Static))
        lines = {line.split("  ")[0]: line for line in text.splitlines() if "  " in line}
        assert "new conversation" in lines["Ctrl+O"]
        assert "Ctrl+N" not in text
        assert "show/hide the conversations list" in lines["Ctrl+B"]


# --- 5. the busy line -----------------------------------------------------------------------
async def test_thinking_shows_until_the_answer_arrives(embedder, home: Path, openai_server) -> None:
    openai_server.script([Delay(1.5, Reply("Up to 2 million tons a year [1]."))])
    app = make_scripted_app(embedder, home, openai_server)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, TONNAGE)
        await pilot.pause()
        (turn,) = app.screen.query(TurnView)
        thinking = turn.query(".thinking")
        assert thinking and "Thinking" in str(thinking.first().render())
        await wait_until(pilot, lambda: bool(openai_server.requests))
        assert turn.query(".thinking")  # still waiting for the model's first token
        await wait_for_answer(pilot)
        assert not turn.query(".thinking")


# --- 6. keys on a focused message -----------------------------------------------------------
async def test_escape_on_a_message_returns_to_the_box(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        chat = await ask_once(pilot)
        await pilot.press("up")
        assert isinstance(app.focused, TurnView)
        await pilot.press("escape")
        assert app.focused is chat.prompt
        await pilot.press("up", "enter")
        assert isinstance(app.focused, SourceCard)
        await pilot.press("escape")
        assert app.focused is chat.prompt
        assert len(chat.query(TurnView)) == 1  # nothing cancelled or removed


async def test_typing_on_a_message_goes_to_the_box(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        chat = await ask_once(pilot)
        await pilot.press("up")
        await pilot.press("w", "h", "o", "space")
        assert app.focused is chat.prompt
        assert chat.prompt.text == "who "
        chat.prompt.clear()
        await pilot.press("up", "y")  # bound on the message: copies, never typed
        assert isinstance(app.focused, TurnView)
        assert chat.prompt.text == ""
        assert "2 million tons" in app.clipboard
        await pilot.press("enter", "a")  # on a source card: typed into the box as well
        assert app.focused is chat.prompt and chat.prompt.text == "a"
        await pilot.press("ctrl+l", "b")  # and from the conversations list
        assert app.focused is chat.prompt and chat.prompt.text == "ab"


async def test_escape_on_a_message_does_not_cancel_a_running_answer(
    embedder, home: Path, openai_server
) -> None:
    openai_server.script([Reply("first [1]."), Delay(1.5, Reply("Up to 2 million tons [1]."))])
    app = make_scripted_app(embedder, home, openai_server)
    async with app.run_test(size=SIZE) as pilot:
        chat = await ask_once(pilot)
        await submit(pilot, "What did Putin offer the United States?")
        await pilot.press("up")
        assert isinstance(app.focused, TurnView)
        await pilot.press("escape")
        assert app.focused is chat.prompt
        turns = await wait_for_answer(pilot, 2)
        assert "2 million tons" in turns[1].answer.text


async def test_a_burst_of_typing_on_a_message_is_kept_whole(embedder, home: Path) -> None:
    """Keys arriving together (a fast typist, a paste): none is lost, `y` is not a copy."""
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        chat = await ask_once(pilot)
        await pilot.press("up")
        for char in "why y":
            key = "space" if char == " " else char
            app.post_message(events.Key(key, char))  # no pause between them, unlike press()
        await pilot.pause(0.2)
        assert app.focused is chat.prompt and chat.prompt.text == "why y"
        assert app.clipboard == ""


# --- 7. the sidebar -------------------------------------------------------------------------
async def test_sidebar_hidden_on_a_narrow_terminal_and_toggled(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        sidebar = chat.query_one("#sidebar")
        assert not sidebar.display
        assert chat.query_one("#log").size.width > 70
        await pilot.press("ctrl+b")
        assert sidebar.display
        await pilot.press("ctrl+b")
        assert not sidebar.display
        await pilot.press("ctrl+l")  # the conversations: shown, and focused
        assert sidebar.display and app.focused is chat.query_one("#conversations")
        await pilot.press("ctrl+b")  # hiding it takes the focus back to the box
        assert not sidebar.display and app.focused is chat.prompt
        await pilot.resize_terminal(*SIZE)  # the user chose: a wider terminal leaves it hidden
        await pilot.pause()
        assert not sidebar.display


async def test_sidebar_follows_the_width_until_toggled(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar")
        assert sidebar.display
        await pilot.resize_terminal(80, 24)  # follows the width until the user chooses
        await pilot.pause()
        assert not sidebar.display
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert sidebar.display


# --- 8. /reindex ----------------------------------------------------------------------------
async def test_reindex_reads_this_stores_sources_not_the_bundled_corpus(
    embedder, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "zinc.txt").write_text(
        ZINC.format(title="Zinc output doubles", outlet="Test Wire"), encoding="utf-8"
    )
    app = NewsqaApp(store_from(embedder, folder, tmp_path / "home"))
    async with app.run_test(size=SIZE) as pilot:
        chat = app.screen
        assert isinstance(chat, ChatScreen) and not chat.indexing
        await submit(pilot, "/reindex")
        await wait_until(pilot, lambda: not chat.indexing, 120)
        status = app.assistant.status()
        assert status["articles"] == 1 and status["outlets"] == ["Test Wire"]
        assert ("information", "Indexing this store's sources again…") in notices(app)
        assert not [m for s, m in notices(app) if s == "error"]


async def test_reindex_of_an_empty_store_asks_before_the_sample_corpus(
    embedder, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    article = folder / "zinc.txt"
    article.write_text(ZINC.format(title="Zinc output doubles", outlet="Test Wire"))
    app = NewsqaApp(store_from(embedder, folder, tmp_path / "home"))
    async with app.run_test(size=SIZE) as pilot:
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        article.unlink()  # the user's folder is now empty: re-reading it empties the store
        await submit(pilot, "/reindex")
        await wait_until(pilot, lambda: not chat.indexing, 120)
        assert app.assistant.status()["articles"] == 0
        await submit(pilot, "/reindex")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == (
            "The store is empty. Index the bundled sample corpus (2 articles)?"
        )
        await pilot.press("n")
        await pilot.pause()
        assert not chat.indexing and app.assistant.status()["articles"] == 0
        await submit(pilot, "/reindex")
        await pilot.pause()
        await pilot.press("y")
        await wait_until(pilot, lambda: not chat.indexing, 120)
        assert set(app.assistant.status()["outlets"]) == {"TRT World", "AnewZ"}


async def test_first_run_says_it_indexes_the_sample_corpus(embedder, tmp_path: Path) -> None:
    app = make_app(embedder, tmp_path / "empty-home", offline=True)
    async with app.run_test(size=SIZE) as pilot:
        chat = app.screen
        assert isinstance(chat, ChatScreen) and chat.indexing
        assert ("information", "Indexing the bundled sample corpus (2 articles)…") in notices(app)
        await wait_until(pilot, lambda: not chat.indexing, 120)
