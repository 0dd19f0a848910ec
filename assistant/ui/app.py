"""The newsqa chat app: one screen of chat, keys with ids (remappable from the config file)."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from assistant.api import Assistant
from assistant.ui.screens.chat import ChatScreen
from assistant.ui.screens.help import HelpScreen


class NewsqaApp(App[None]):
    """Ask questions of the news corpus; every answer shows its sources."""

    CSS_PATH = "newsqa.tcss"
    TITLE = "newsqa"
    BINDINGS = [
        Binding("ctrl+n", "new_conversation", "New", id="app.new"),
        Binding("f1", "help", "Help", id="app.help"),
        Binding("ctrl+l", "conversations", "Conversations", id="app.conversations"),
        Binding("ctrl+q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, assistant: Assistant) -> None:
        super().__init__()
        self.assistant = assistant

    def on_mount(self) -> None:
        keymap = self.assistant.settings.keymap
        if keymap:
            self.set_keymap(keymap)
        self.push_screen(ChatScreen(self.assistant))

    @property
    def chat(self) -> ChatScreen:
        for screen in self.screen_stack:
            if isinstance(screen, ChatScreen):
                return screen
        raise LookupError("no chat screen")

    async def action_new_conversation(self) -> None:
        await self.chat.new_conversation()

    def action_conversations(self) -> None:
        """Focus the sidebar: Up/Down to choose, Enter to resume."""
        self.chat.query_one("#conversations").focus()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

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
        yield SystemCommand("Re-index", "Index the bundled corpus again", prefill("/reindex"))
