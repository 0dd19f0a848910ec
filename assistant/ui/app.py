"""The newsqa chat app: one screen of chat, keys with ids (remappable from the config file)."""

from __future__ import annotations

import signal
from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.driver import Driver
from textual.drivers.linux_driver import LinuxDriver
from textual.screen import Screen

from assistant.api import Assistant
from assistant.ui.messages import TerminalHungUp
from assistant.ui.screens.article import ArticleScreen
from assistant.ui.screens.chat import ChatScreen
from assistant.ui.screens.help import HelpScreen, key_rows
from assistant.ui.terminal import HangupDriver
from assistant.ui.widgets.answer_view import TurnView
from assistant.ui.widgets.prompt import PromptInput
from assistant.ui.widgets.source_card import SourceCard


class NewsqaApp(App[None]):
    """Ask questions of the news corpus; every answer shows its sources."""

    CSS_PATH = "newsqa.tcss"
    TITLE = "newsqa"
    BINDINGS = [
        Binding("ctrl+n", "new_conversation", "New", id="app.new", tooltip="new conversation"),
        Binding("f1", "help", "Help", id="app.help", tooltip="this help"),
        Binding(
            "ctrl+l",
            "conversations",
            "Conversations",
            id="app.conversations",
            tooltip="the conversations list: Up/Down, Enter resumes one",
        ),
        Binding(
            "ctrl+b",
            "toggle_sidebar",
            "Sidebar",
            id="app.sidebar",
            tooltip="show/hide the conversations list",
        ),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", tooltip="quit"),
    ]

    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.assistant = assistant

    def get_driver_class(self) -> type[Driver]:
        driver = super().get_driver_class()  # TEXTUAL_DRIVER wins (`textual serve` sets its own)
        return HangupDriver if driver is LinuxDriver else driver

    def on_mount(self) -> None:
        keymap = self.assistant.settings.keymap
        if keymap:
            self.set_keymap(keymap)
        self.push_screen(ChatScreen(self.assistant))

    def on_terminal_hung_up(self, message: TerminalHungUp) -> None:
        # A quit as Ctrl+Q's: turns are saved as they finish, and the CLI closes the stores after.
        self.exit(return_code=128 + signal.SIGHUP)  # as a shell reports a process SIGHUP ended

    @property
    def chat(self) -> ChatScreen:
        for screen in self.screen_stack:
            if isinstance(screen, ChatScreen):
                return screen
        raise LookupError("no chat screen")

    async def action_new_conversation(self) -> None:
        await self.chat.new_conversation()

    def action_conversations(self) -> None:
        """Show and focus the sidebar: Up/Down to choose, Enter to resume."""
        self.chat.show_sidebar(True)
        self.chat.query_one("#conversations").focus()

    def action_toggle_sidebar(self) -> None:
        self.chat.show_sidebar(None)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.help_sections()))

    def help_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """Every key as it is bound now: the help must follow the user's keymap."""
        keymap = self._keymap  # Textual has no public getter; this is what keys obey
        palette = Binding(
            self.COMMAND_PALETTE_BINDING, "command_palette", "Commands", tooltip="command palette"
        )
        app_keys = [*self.BINDINGS, *([palette] if self.ENABLE_COMMAND_PALETTE else [])]
        return [
            ("Anywhere", key_rows(app_keys, keymap)),
            ("In the question box", [*PromptInput.KEYS, *key_rows(ChatScreen.BINDINGS, keymap)]),
            ("On a message (Up from the box)", key_rows(TurnView.BINDINGS, keymap)),
            ("On a source (Enter on a message)", key_rows(SourceCard.BINDINGS, keymap)),
            ("Reading an article", key_rows(ArticleScreen.BINDINGS, keymap)),
        ]

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        chat = self.chat

        def prefill(text: str):  # type: ignore[no-untyped-def]
            def run() -> None:
                chat.prompt.clear()
                chat.prompt.insert(text)
                chat.prompt.focus()

            return run

        yield SystemCommand(
            "New conversation", "Start a new conversation", self.action_new_conversation
        )
        yield SystemCommand("Export conversation", "Save it as Markdown", lambda: chat.export())
        yield SystemCommand("Filter by outlet", "Only one outlet's articles", prefill("/outlet "))
        yield SystemCommand("Filter: since date", "Published on or after", prefill("/since "))
        yield SystemCommand("Filter: until date", "Published on or before", prefill("/until "))
        yield SystemCommand("Clear filters", "All outlets and dates", prefill("/clear"))
        yield SystemCommand("Rename conversation", "Give it a title", prefill("/rename "))
        yield SystemCommand("Delete conversation", "Remove it from the history", prefill("/delete"))
        yield SystemCommand("Answer offline", "Use the offline answerer", prefill("/offline"))
        yield SystemCommand("Answer with the LLM", "Use the configured model", prefill("/online"))
        yield SystemCommand("Re-index", "Index this store's sources again", prefill("/reindex"))
        yield SystemCommand("Toggle sidebar", "Show or hide the conversations", chat.show_sidebar)
