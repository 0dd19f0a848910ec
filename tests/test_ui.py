"""Pilot tests of the chat UI: asking, streaming, cancel, follow-ups, sources, filters, history."""

from __future__ import annotations

from pathlib import Path

from llm_fixtures import openai_server_fixture  # noqa: F401  (fixture)
from openai_server import Delay, Fail, Reply
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
from assistant.ui.screens.article import ArticleScreen
from assistant.ui.screens.chat import ChatScreen
from assistant.ui.screens.help import HelpScreen
from assistant.ui.widgets.answer_view import TurnView
from assistant.ui.widgets.conversation_list import ConversationItem, ConversationList
from assistant.ui.widgets.source_card import SourceCard


async def test_ask_shows_cited_answer_and_saves_turn(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, TONNAGE)
        (turn,) = await wait_for_answer(pilot)
        assert "2 million tons" in turn.answer.text
        cards = list(turn.query(SourceCard))
        assert cards and cards[0].citation.passage.outlet == "TRT World"
        assert "[1]" in turn.copy_text() and "TRT World" in turn.copy_text()
        history = app.assistant.history.list()
        assert len(history) == 1 and history[0].turns == 1
        assert history[0].title.startswith("How much aluminium")


async def test_answer_streams_in_pieces(embedder, home: Path, monkeypatch) -> None:
    written: list[str] = []
    original = TurnView.write

    async def counting_write(self: TurnView, piece: str) -> None:
        written.append(piece)
        await original(self, piece)

    monkeypatch.setattr(TurnView, "write", counting_write)
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "What did Putin offer the United States?")
        (turn,) = await wait_for_answer(pilot)
    assert len(written) >= 2
    assert "".join(written).split() == turn.answer.text.split()


async def test_llm_answer_streams_from_the_endpoint(embedder, home: Path, openai_server) -> None:
    openai_server.script(
        [
            Reply(
                "Russian companies could supply up to 2 million tons of aluminium a year [1].",
                chunks=[
                    "Russian companies could ",
                    "supply up to 2 million tons ",
                    "of aluminium a year [1].",
                ],
            )
        ]
    )
    app = make_app(
        embedder, home, model="scripted", openai_base_url=openai_server.url, openai_api_key="k"
    )
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, TONNAGE)
        (turn,) = await wait_for_answer(pilot)
        assert turn.answer.answerer == "llm:scripted"
        assert turn.answer.text.endswith("[1].")
        assert len(list(turn.query(SourceCard))) == 1
    assert openai_server.requests[0]["stream"] is True


async def test_llm_down_shows_notice_and_conversation_goes_on(
    embedder, home: Path, openai_server
) -> None:
    openai_server.script([Fail(500)] * 6)
    app = make_app(
        embedder,
        home,
        model="scripted",
        openai_base_url=openai_server.url,
        openai_api_key="k",
        llm_retries=0,
    )
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, TONNAGE)
        (turn,) = await wait_for_answer(pilot)
        assert turn.answer.answerer == "offline"
        assert any("500" in n for n in turn.answer.notices)
        assert "2 million tons" in turn.answer.text
        await submit(pilot, "Who won the 2024 Super Bowl?")
        turns = await wait_for_answer(pilot, 2)
        assert turns[1].answer.abstained


async def test_escape_cancels_and_puts_question_back(embedder, home: Path, openai_server) -> None:
    openai_server.script([Delay(3.0, Reply("late [1]."))])
    app = make_scripted_app(embedder, home, openai_server)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, TONNAGE)
        for _ in range(100):
            await pilot.pause(0.02)
            if openai_server.requests:
                break
        await pilot.press("escape")
        await pilot.pause(0.1)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        assert chat.prompt.text == TONNAGE
        assert not list(chat.query(TurnView))
        assert app.assistant.history.list() == []  # unfinished turns are never saved


async def test_follow_up_is_condensed(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "What did Putin offer the US?")
        await wait_for_answer(pilot)
        await submit(pilot, "How much of it could Russia send each year?")
        turns = await wait_for_answer(pilot, 2)
        second = turns[1].answer
        assert second.standalone_query is not None
        assert "putin" in second.standalone_query.lower()
        assert not second.abstained and second.citations


async def test_open_source_shows_article_with_passage(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, TONNAGE)
        await wait_for_answer(pilot)
        await pilot.press("up")  # from the top of the prompt to the last message
        assert isinstance(app.focused, TurnView)
        await pilot.press("enter")  # into its sources
        assert isinstance(app.focused, SourceCard)
        passage = app.focused.citation.passage
        await pilot.press("enter")  # open the article
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        body = app.screen.query_one("#article-body").render()
        assert passage.text in str(body)
        assert any("yellow" in str(span.style) for span in body.spans)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChatScreen)


async def test_filters_from_slash_commands(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "/outlet anewz")
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        assert chat.filters["outlets"] == ["AnewZ"]
        assert "outlet: AnewZ" in str(chat.query_one("#status").render())
        await submit(pilot, "What did Putin offer the United States?")
        (turn,) = await wait_for_answer(pilot)
        assert {p.outlet for p in turn.answer.passages} == {"AnewZ"}
        await submit(pilot, "/since 2030-01-01")
        await submit(pilot, "/outlet")
        await submit(pilot, "What did Putin offer the United States?")
        turns = await wait_for_answer(pilot, 2)
        assert turns[1].answer.abstained and not turns[1].answer.passages
        await submit(pilot, "/outlet Nonexistent Times")
        assert chat.filters["outlets"] == []


async def test_conversations_new_switch_rename_export(embedder, home: Path, tmp_path) -> None:
    app = make_app(embedder, home, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, TONNAGE)
        await wait_for_answer(pilot)
        await submit(pilot, "/rename Aluminium offer")
        first_id = app.screen.conversation.id
        await pilot.press("ctrl+n")
        await pilot.pause()
        chat = app.screen
        assert not list(chat.query(TurnView))
        await submit(pilot, "Who won the 2024 Super Bowl?")
        await wait_for_answer(pilot)
        items = list(chat.query_one(ConversationList).query(ConversationItem))
        assert [i.info.title for i in items] == ["Who won the 2024 Super Bowl?", "Aluminium offer"]
        await chat.load_conversation(first_id)
        await pilot.pause()
        turns = list(chat.query(TurnView))
        assert len(turns) == 1 and "2 million tons" in turns[0].answer.text
        target = tmp_path / "export.md"
        await submit(pilot, f"/export {target}")
        text = target.read_text()
        assert text.startswith("# Aluminium offer")
        assert "[1] TRT World · Russia's Putin offers US aluminium, rare earths deal" in text
        await submit(pilot, "/delete")
        assert [c.title for c in app.assistant.history.list()] == ["Who won the 2024 Super Bowl?"]


async def test_article_text_is_shown_literally(embedder, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "markup.txt").write_text(
        "---\ntitle: Markup [bold red]trap[/] headline\noutlet: Test Wire\npublished: 2025-03-01\n"
        "---\nThe zinc smelter in Tromsø produced [bold red]ninety[/] tonnes of zinc ingots "
        "last week \x1b[2J according to the plant manager.\n\nThe plant employs 40 people.\n",
        encoding="utf-8",
    )
    home = tmp_path / "home"
    a = Assistant.open(home=home, offline=True, embedder=embedder)
    a.ingest([folder])
    app = NewsqaApp(a)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "How many tonnes of zinc ingots did the Tromsø smelter produce?")
        (turn,) = await wait_for_answer(pilot)
        card = turn.query_one(SourceCard)
        shown = str(card.render())
        assert "[bold red]ninety[/]" in shown and "[bold red]trap[/]" in shown
        assert "\x1b" not in shown
        markdown_text = "".join(str(block.render()) for block in turn.body.query("*"))
        assert "[bold red]ninety[/]" in markdown_text


async def test_first_run_indexes_bundled_corpus_without_blocking(embedder, tmp_path: Path) -> None:
    app = make_app(embedder, tmp_path / "empty-home", offline=True)
    async with app.run_test(size=SIZE) as pilot:
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        assert chat.indexing  # started at once, in a worker
        await submit(pilot, "/help")  # the UI answers while indexing runs
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        for _ in range(600):
            await pilot.pause(0.05)
            if not chat.indexing:
                break
        assert not chat.indexing
        assert app.assistant.status()["articles"] == 2


async def test_bindings_can_be_remapped(embedder, home: Path) -> None:
    app = make_app(embedder, home, offline=True, keymap={"app.new": "ctrl+o"})
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, TONNAGE)
        await wait_for_answer(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert not list(app.screen.query(TurnView))
        assert app.screen.conversation.id is None


def test_snapshot_empty_chat(embedder, home: Path, snap_compare) -> None:
    assert snap_compare(make_app(embedder, home, offline=True), terminal_size=SIZE)


def test_snapshot_help(embedder, home: Path, snap_compare) -> None:
    assert snap_compare(make_app(embedder, home, offline=True), press=["f1"], terminal_size=SIZE)
