"""The chat screen: conversations on the left, the turns, the question box, the status bar."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, ListView, ProgressBar, Static
from textual.worker import Worker, get_current_worker

from assistant.api import Assistant
from assistant.conversation import Conversation
from assistant.types import Answer
from assistant.ui.commands import CommandError, SlashCommand, parse_command
from assistant.ui.messages import (
    AnswerCompleted,
    AnswerFailed,
    AnswerPieceArrived,
    IndexingFinished,
    IndexingProgressed,
    PromptSubmitted,
    SourceOpened,
)
from assistant.ui.screens.article import ArticleScreen
from assistant.ui.widgets.answer_view import TurnView
from assistant.ui.widgets.conversation_list import ConversationItem, ConversationList
from assistant.ui.widgets.prompt import PromptInput
from assistant.ui.widgets.status_bar import StatusBar


class ChatScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel answer", id="chat.cancel"),
    ]

    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.assistant = assistant
        self.conversation: Conversation = assistant.conversation(save=True)
        self.filters: dict[str, Any] = {"outlets": [], "since": None, "until": None}
        self.offline: bool = False
        self.indexing = False
        self._pending_question: str | None = None
        self._answer_worker: Worker[None] | None = None

    # --- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):
                yield Static("Conversations", id="sidebar-title")
                yield ConversationList(id="conversations")
            with Vertical(id="chat"):
                yield VerticalScroll(id="log")
                yield ProgressBar(id="indexing", show_eta=False)
                yield PromptInput(id="prompt")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#indexing", ProgressBar).display = False
        self.query_one("#prompt", PromptInput).focus()
        self.refresh_sidebar()
        self.refresh_status()
        if not self.assistant.status()["articles"]:
            self.start_indexing(first_run=True)
        else:
            self.show_welcome()
            self.warm_up()

    @work(thread=True, group="warm-up")
    def warm_up(self) -> None:
        """Load the encoder while the user types: the first answer should not wait for it."""
        self.assistant.warm_up()

    @property
    def log_view(self) -> VerticalScroll:
        return self.query_one("#log", VerticalScroll)

    @property
    def prompt(self) -> PromptInput:
        return self.query_one("#prompt", PromptInput)

    def show_welcome(self) -> None:
        if not self.conversation.turns and not self.log_view.children:
            status = self.assistant.status()
            self.log_view.mount(
                Static(
                    f"Ask about {status['articles']} articles from "
                    f"{', '.join(status['outlets'][:6]) or 'the corpus'}. "
                    "Enter sends · F1 help · /help commands",
                    classes="welcome",
                )
            )

    def refresh_sidebar(self) -> None:
        self.query_one(ConversationList).show(self.assistant.history.list(), self.conversation.id)

    def refresh_status(self) -> None:
        answerer = "offline" if self.offline else self.assistant.answerer_name
        self.query_one(StatusBar).show(self.assistant.status(), self.filters, answerer)

    # --- asking ---------------------------------------------------------------------------
    @on(PromptSubmitted)
    async def on_prompt_submitted(self, message: PromptSubmitted) -> None:
        message.stop()
        if self._answer_worker is not None and self._answer_worker.is_running:
            self.notify("An answer is still coming: wait, or Esc to cancel it", severity="warning")
            return
        try:
            command = parse_command(message.text)
        except CommandError as exc:
            self.notify(str(exc), severity="error")
            return
        self.prompt.clear()
        if command is not None:
            await self.run_command(command)
            return
        if self.indexing:
            self.prompt.insert(message.text)
            self.notify("Still indexing the corpus: ask again in a moment", severity="warning")
            return
        await self.ask(message.text)

    async def ask(self, question: str) -> None:
        for welcome in self.log_view.query(".welcome"):
            await welcome.remove()
        turn = TurnView(question)
        await self.log_view.mount(turn)
        self.log_view.scroll_end(animate=False)
        self._pending_question = question
        self._answer_worker = self.stream_answer(question)

    @work(thread=True, exclusive=True, group="answer")
    def stream_answer(self, question: str) -> None:
        worker = get_current_worker()
        options = {
            "outlets": self.filters["outlets"] or None,
            "since": self.filters["since"],
            "until": self.filters["until"],
            "offline": True if self.offline else None,
        }
        try:
            for piece in self.conversation.stream(question, **options):
                if worker.is_cancelled:
                    return  # the generator is dropped: the turn is never saved
                if isinstance(piece, Answer):
                    self.post_message(AnswerCompleted(piece))
                else:
                    self.post_message(AnswerPieceArrived(piece))
        except Exception as exc:  # shown as a notice; the conversation goes on
            if not worker.is_cancelled:
                self.post_message(AnswerFailed(question, " ".join(str(exc).split())))

    def current_turn(self) -> TurnView | None:
        turns = self.log_view.query(TurnView)
        return turns.last() if turns else None

    async def on_answer_piece_arrived(self, message: AnswerPieceArrived) -> None:
        turn = self.current_turn()
        if turn is not None and turn.answer is None:
            await turn.write(message.piece)
            self.log_view.scroll_end(animate=False)

    async def on_answer_completed(self, message: AnswerCompleted) -> None:
        turn = self.current_turn()
        if turn is not None:
            await turn.finish(message.answer)
            self.log_view.scroll_end(animate=False)
        self._pending_question = None
        for notice in message.answer.notices:
            self.notify(notice, severity="warning")
        self.refresh_sidebar()

    async def on_answer_failed(self, message: AnswerFailed) -> None:
        turn = self.current_turn()
        if turn is not None and turn.answer is None:
            await turn.remove()
        self.notify(f"Could not answer: {message.error}", severity="error", timeout=8)
        if not self.prompt.text:
            self.prompt.insert(message.question)
        self._pending_question = None

    async def action_cancel(self) -> None:
        worker = self._answer_worker
        if worker is None or not worker.is_running or self._pending_question is None:
            return
        worker.cancel()
        turn = self.current_turn()
        if turn is not None:
            await turn.remove()
        self.prompt.clear()
        self.prompt.insert(self._pending_question)
        self._pending_question = None
        self.prompt.focus()
        self.notify("Cancelled; the question is back in the box")

    # --- moving around ----------------------------------------------------------------------
    def _turns(self) -> list[TurnView]:
        return list(self.log_view.query(TurnView))

    def action_previous_turn(self) -> None:
        turns = self._turns()
        if not turns:
            return
        focused = self.focused
        current = next(
            (t for t in turns if focused is t or (focused and focused in t.walk_children())), None
        )
        target = turns[-1] if current is None else turns[max(0, turns.index(current) - 1)]
        target.focus()
        target.scroll_visible()

    def action_next_turn(self) -> None:
        turns = self._turns()
        focused = self.focused
        current = next(
            (t for t in turns if focused is t or (focused and focused in t.walk_children())), None
        )
        if current is None:
            return
        index = turns.index(current)
        if index + 1 < len(turns):
            turns[index + 1].focus()
            turns[index + 1].scroll_visible()
        else:
            self.prompt.focus()

    @on(SourceOpened)
    def open_source(self, message: SourceOpened) -> None:
        article = self.assistant.article(message.passage.article_id)
        body = str(article["body"]) if article else None
        url = str(article["url"]) if article and article.get("url") else None
        self.app.push_screen(ArticleScreen(message.passage, body, url))

    # --- conversations ----------------------------------------------------------------------
    @on(ListView.Selected, "#conversations")
    async def on_conversation_selected(self, event: ListView.Selected) -> None:
        if isinstance(event.item, ConversationItem):
            await self.load_conversation(event.item.info.id)

    async def load_conversation(self, conversation_id: int | None) -> None:
        if self._answer_worker is not None and self._answer_worker.is_running:
            await self.action_cancel()
        if conversation_id is None:
            self.conversation = self.assistant.conversation(save=True)
            self.filters = {"outlets": [], "since": None, "until": None}
        else:
            self.conversation = self.assistant.conversation(resume=conversation_id)
            stored = self.assistant.history.get(conversation_id).filters
            self.filters = {"outlets": [], "since": None, "until": None, **stored}
        await self.log_view.remove_children()
        for answer in self.conversation.turns:
            turn = TurnView(answer.question)
            await self.log_view.mount(turn)
            await turn.finish(answer)
        self.show_welcome()
        self.log_view.scroll_end(animate=False)
        self.refresh_sidebar()
        self.refresh_status()
        self.prompt.focus()

    async def new_conversation(self) -> None:
        await self.load_conversation(None)

    def export(self, target: str = "") -> Path | None:
        if self.conversation.id is None:
            self.notify("Nothing to export yet: ask something first", severity="warning")
            return None
        text = self.assistant.history.export_markdown(self.conversation.id)
        if target:
            path = Path(target).expanduser()
        else:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            path = (
                self.assistant.settings.home
                / "exports"
                / f"conversation-{self.conversation.id}-{stamp}.md"
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.notify(f"Exported to {path}")
        return path

    # --- commands ---------------------------------------------------------------------------
    async def run_command(self, command: SlashCommand) -> None:
        name, arg = command.name, command.argument
        if name == "/outlet":
            if arg:
                known = {o.casefold(): o for o in self.assistant.status()["outlets"]}
                outlet = known.get(arg.casefold())
                if outlet is None:
                    self.notify(f"No outlet named {arg!r} in the corpus", severity="error")
                    return
                if outlet not in self.filters["outlets"]:
                    self.filters["outlets"].append(outlet)
            else:
                self.filters["outlets"] = []
        elif name in ("/since", "/until"):
            from index.dates import parse_date

            parsed = parse_date(arg)
            if parsed is None:
                self.notify(f"Not a date: {arg!r} (use YYYY-MM-DD)", severity="error")
                return
            self.filters[name[1:]] = parsed.date().isoformat()
        elif name == "/clear":
            self.filters = {"outlets": [], "since": None, "until": None}
        elif name == "/new":
            await self.new_conversation()
        elif name == "/rename":
            if self.conversation.id is None:
                self.notify("Ask something first, then rename the conversation", severity="warning")
                return
            self.assistant.history.rename(self.conversation.id, arg)
            self.refresh_sidebar()
        elif name == "/delete":
            if self.conversation.id is not None:
                self.assistant.history.delete(self.conversation.id)
                self.notify("Conversation deleted")
            await self.new_conversation()
        elif name == "/export":
            self.export(arg)
        elif name == "/offline":
            self.offline = True
        elif name == "/online":
            if not self.assistant.settings.model:
                self.notify(
                    "No LLM configured (set NEWSQA_MODEL and OPENAI_BASE_URL)", severity="warning"
                )
            self.offline = False
        elif name == "/reindex":
            self.start_indexing(first_run=False)
        elif name == "/help":
            self.app.action_help()  # type: ignore[attr-defined]
        if name in ("/outlet", "/since", "/until", "/clear") and self.conversation.id is not None:
            self.assistant.history.set_filters(self.conversation.id, self.filters)
        self.refresh_status()

    # --- indexing ---------------------------------------------------------------------------
    def start_indexing(self, first_run: bool) -> None:
        self.indexing = True
        bar = self.query_one("#indexing", ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self.notify("Indexing the bundled corpus…" if first_run else "Re-indexing…")
        self.index_corpus()

    @work(thread=True, exclusive=True, group="index")
    def index_corpus(self) -> None:
        def progress(stage: str, done: int, total: int) -> None:
            self.post_message(IndexingProgressed(stage, done, total))

        try:
            report = self.assistant.ingest(progress=progress)
            summary = (
                f"Indexed: {report.added} added, {report.updated} updated, "
                f"{report.unchanged} unchanged, {report.chunks} chunks"
            )
            self.post_message(IndexingFinished(summary))
        except Exception as exc:
            self.post_message(IndexingFinished("", error=" ".join(str(exc).split())))

    def on_indexing_progressed(self, message: IndexingProgressed) -> None:
        bar = self.query_one("#indexing", ProgressBar)
        bar.update(total=max(1, message.total), progress=message.done)

    def on_indexing_finished(self, message: IndexingFinished) -> None:
        self.indexing = False
        self.query_one("#indexing", ProgressBar).display = False
        if message.error:
            self.notify(f"Indexing failed: {message.error}", severity="error", timeout=10)
        else:
            self.notify(message.summary)
        self.refresh_status()
        self.show_welcome()
        self.warm_up()
