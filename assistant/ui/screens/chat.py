"""The chat screen: conversations on the left, the turns, the question box, the status bar."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widget import MountError
from textual.widgets import Footer, ListView, Static
from textual.worker import Worker, get_current_worker

from assistant.api import Assistant
from assistant.conversation import Conversation
from assistant.types import Answer
from assistant.ui.commands import CommandError, SlashCommand, parse_command
from assistant.ui.exporting import ExportError, export_path
from assistant.ui.messages import (
    AnswerCompleted,
    AnswerFailed,
    AnswerPieceArrived,
    IndexingFinished,
    PromptSubmitted,
    SourceOpened,
)
from assistant.ui.screens.article import ArticleScreen
from assistant.ui.screens.confirm import ConfirmScreen
from assistant.ui.widgets.answer_view import TurnView
from assistant.ui.widgets.conversation_list import ConversationItem, ConversationList
from assistant.ui.widgets.indexing_bar import IndexingBar, bundled_article_count
from assistant.ui.widgets.prompt import PromptInput
from assistant.ui.widgets.status_bar import StatusBar
from assistant.ui.widgets.text import plural, visible

# Below this many columns the sidebar starts hidden: at 80 it took 37% of the width from answers.
SIDEBAR_MIN_WIDTH = 100

Handler = TypeVar("Handler", bound=Callable[..., Awaitable[None]])


def unless_quitting(handler: Handler) -> Handler:
    """For a handler drawing what a worker sent: once the app is quitting, draw nothing.

    From `exit()` (Ctrl+Q, or the terminal going away) until the screen is taken down, Textual
    refuses to mount (MountError): a traceback and exit 1 for an answer that lands as the user
    leaves. A finished turn is saved before it is posted, so not drawing it loses nothing.
    """

    @functools.wraps(handler)
    async def draw(screen: Screen[None], message: Message) -> None:
        if not screen.is_attached:  # False from exit() on
            return
        try:
            await handler(screen, message)
        except MountError:
            if screen.is_attached:
                raise  # a real mistake, not the app quitting while the handler awaited

    return cast(Handler, draw)


class ChatScreen(Screen[None]):
    BINDINGS = [
        Binding(
            "escape",
            "cancel",
            "Cancel answer",
            id="chat.cancel",
            tooltip="cancel a running answer; its question comes back",
        ),
    ]

    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.assistant = assistant
        self.conversation: Conversation = assistant.conversation(save=True)
        self.filters: dict[str, Any] = {"outlets": [], "since": None, "until": None}
        self.offline: bool = False
        self._pending_question: str | None = None
        self._answer_worker: Worker[None] | None = None
        self._sidebar_chosen = False  # once the user shows/hides it, resizing leaves it alone

    # --- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):
                yield Static("Conversations", id="sidebar-title")
                yield ConversationList(id="conversations")
            with Vertical(id="chat"):
                yield VerticalScroll(id="log")
                yield IndexingBar(self.assistant, id="indexing")
                yield PromptInput(id="prompt")
        yield StatusBar(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#sidebar").display = self.app.size.width >= SIDEBAR_MIN_WIDTH
        self.query_one("#prompt", PromptInput).focus()
        self.refresh_sidebar()
        self.refresh_status()
        if self.assistant.is_new():
            # The documented first run: a new store gets the sample corpus to try things on.
            self.query_one(IndexingBar).start(bundled=True)
        else:
            self.show_welcome()
            self.warm_up()

    @work(thread=True, group="warm-up")
    def warm_up(self) -> None:
        """Load the encoder while the user types: the first answer should not wait for it."""
        self.assistant.warm_up()

    @property
    def indexing(self) -> bool:
        return self.query_one(IndexingBar).running

    @property
    def log_view(self) -> VerticalScroll:
        return self.query_one("#log", VerticalScroll)

    @property
    def prompt(self) -> PromptInput:
        return self.query_one("#prompt", PromptInput)

    def show_welcome(self) -> None:
        if not self.conversation.turns and not self.log_view.children:
            status = self.assistant.status()
            # A Text, not markup: outlet names come from the data ("[Removed]" from NewsAPI).
            outlets = ", ".join(visible(o) for o in status["outlets"][:6]) or "the corpus"
            welcome = Text(
                f"Ask about {plural(status['articles'], 'article')} from {outlets}. "
                "Enter sends · F1 help · /help commands"
            )
            self.log_view.mount(Static(welcome, classes="welcome"))

    def show_sidebar(self, show: bool | None = None) -> None:
        """Show or hide the conversations (None: toggle)."""
        sidebar = self.query_one("#sidebar")
        sidebar.display = not sidebar.display if show is None else show
        self._sidebar_chosen = True
        if not sidebar.display and self.focused is not None and sidebar in self.focused.ancestors:
            self.prompt.focus()

    def on_resize(self, event: events.Resize) -> None:
        if not self._sidebar_chosen:
            self.query_one("#sidebar").display = event.size.width >= SIDEBAR_MIN_WIDTH

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
            self.notify(str(exc), severity="error", markup=False)
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

    @unless_quitting
    async def on_answer_piece_arrived(self, message: AnswerPieceArrived) -> None:
        turn = self.current_turn()
        if turn is not None and turn.answer is None:
            await turn.write(message.piece)
            self.log_view.scroll_end(animate=False)

    @unless_quitting
    async def on_answer_completed(self, message: AnswerCompleted) -> None:
        turn = self.current_turn()
        if turn is not None:
            await turn.finish(message.answer)
            self.log_view.scroll_end(animate=False)
        self._pending_question = None
        for notice in message.answer.notices:
            self.notify(notice, severity="warning", markup=False)
        self.refresh_sidebar()

    @unless_quitting
    async def on_answer_failed(self, message: AnswerFailed) -> None:
        turn = self.current_turn()
        if turn is not None and turn.answer is None:
            await turn.remove()
        self.notify(f"Could not answer: {message.error}", severity="error", timeout=8, markup=False)
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
    def action_focus_prompt(self) -> None:
        """Esc on a message: back to the question box (a running answer goes on)."""
        self.set_focus(self.prompt)  # at once: the keys typed next belong to the box

    def on_key(self, event: events.Key) -> None:
        """Typing while a message or the list has focus goes to the question box, not nowhere."""
        if not event.is_printable or not event.character:
            return
        focused = self.focused
        if focused is None:
            return
        if focused is not self.prompt:
            if event.key in self.active_bindings:
                return  # a key the focused message uses (y copies it) keeps its meaning
            if not any(node.id in ("log", "sidebar") for node in focused.ancestors_with_self):
                return
        # else: the box takes every printable key itself, so one bubbling up here was sent to a
        # message just before the focus moved (typed fast, or pasted): it belongs in the box.
        event.stop()
        event.prevent_default()
        self.set_focus(self.prompt)  # now, not on focus()'s next tick: more keys may be queued
        self.prompt.insert(event.character)

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
            turn = TurnView(answer.question, waiting=False)
            await self.log_view.mount(turn)
            await turn.finish(answer)
        self.show_welcome()
        self.log_view.scroll_end(animate=False)
        self.refresh_sidebar()
        self.refresh_status()
        self.prompt.focus()

    async def new_conversation(self) -> None:
        await self.load_conversation(None)

    def export(self, target: str = "") -> None:
        """`/export [PATH]` and the palette's Export: a file, or a default name in a folder."""
        conversation_id = self.conversation.id
        if conversation_id is None:
            self.notify("Nothing to export yet: ask something first", severity="warning")
            return
        exports = self.assistant.settings.home / "exports"
        try:
            path = export_path(target, exports, conversation_id)
        except ExportError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        except OSError as exc:  # HOME/exports could not be made
            self._export_failed(exports, exc)
            return
        text = self.assistant.history.export_markdown(conversation_id)
        if not path.exists():
            self._write_export(path, text)
            return

        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self._write_export(path, text)
            else:
                self.notify(f"Not exported; {path} is unchanged", markup=False)

        self.app.push_screen(ConfirmScreen(f"{path} exists. Overwrite it?"), answered)

    def _write_export(self, path: Path, text: str) -> None:
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self._export_failed(path, exc)
            return
        self.notify(f"Exported to {path}", markup=False)

    def _export_failed(self, path: Path, exc: OSError) -> None:
        reason = exc.strerror or " ".join(str(exc).split())
        self.notify(f"Could not export to {path}: {reason}", severity="error", markup=False)

    # --- commands ---------------------------------------------------------------------------
    async def run_command(self, command: SlashCommand) -> None:
        name, arg = command.name, command.argument
        if name == "/outlet":
            if arg:
                known = {o.casefold(): o for o in self.assistant.status()["outlets"]}
                outlet = known.get(arg.casefold())
                if outlet is None:
                    self.notify(
                        f"No outlet named {arg!r} in the corpus", severity="error", markup=False
                    )
                    return
                if outlet not in self.filters["outlets"]:
                    self.filters["outlets"].append(outlet)
            else:
                self.filters["outlets"] = []
        elif name in ("/since", "/until"):
            from index.dates import parse_date

            parsed = parse_date(arg)
            if parsed is None:
                self.notify(f"Not a date: {arg!r} (use YYYY-MM-DD)", severity="error", markup=False)
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
            self.reindex()
        elif name == "/help":
            self.app.action_help()  # type: ignore[attr-defined]
        if name in ("/outlet", "/since", "/until", "/clear") and self.conversation.id is not None:
            self.assistant.history.set_filters(self.conversation.id, self.filters)
        self.refresh_status()

    # --- indexing ---------------------------------------------------------------------------
    def reindex(self) -> None:
        """`/reindex`: this store's own sources again; the sample corpus only when asked for."""
        if self.indexing:
            self.notify("Already indexing: wait for it to finish", severity="warning")
            return
        if self.assistant.status()["articles"]:
            self.query_one(IndexingBar).start(bundled=False)
            return

        # An empty store has no sources to re-read; the sample corpus is an offer, not a default.
        def answered(yes: bool | None) -> None:
            if yes:
                self.query_one(IndexingBar).start(bundled=True)

        question = (
            "The store is empty. Index the bundled sample corpus "
            f"({plural(bundled_article_count(), 'article')})?"
        )
        self.app.push_screen(ConfirmScreen(question), answered)

    @unless_quitting
    async def on_indexing_finished(self, message: IndexingFinished) -> None:
        if message.error:
            self.notify(
                f"Indexing failed: {message.error}", severity="error", timeout=10, markup=False
            )
        else:
            self.notify(message.summary, markup=False)
        self.refresh_status()
        self.show_welcome()
        self.warm_up()
