"""Keys and slash commands."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from assistant.ui.commands import COMMANDS

KEYS = [
    ("Enter", "send the question"),
    ("Ctrl+J", "new line in the question"),
    ("Esc", "cancel a running answer (the question goes back in the box)"),
    ("Ctrl+N", "new conversation"),
    ("Ctrl+L", "the conversations list: Up/Down, Enter resumes one"),
    ("Up / Down", "move between messages (Up from the top of the box)"),
    ("Enter on a source", "open the whole article; Esc to come back"),
    ("y", "copy the focused answer with its sources"),
    ("Ctrl+P", "command palette"),
    ("F1", "this help"),
    ("Ctrl+Q", "quit"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Close", id="help.close"),
        Binding("f1", "app.pop_screen", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        text = Text("newsqa — keys\n\n", style="bold")
        for key, what in KEYS:
            text.append(f"{key:<20}", style="bold")
            text.append(f"{what}\n")
        text.append("\nCommands (type them in the box)\n\n", style="bold")
        for line in COMMANDS.values():
            text.append(f"{line}\n")
        text.append(
            "\nKey bindings can be remapped in the config file ([keymap] table).", style="dim"
        )
        with VerticalScroll(id="help-box"):
            yield Static(text)
