"""A yes/no question in a small box: y or Yes answers True; n, Esc or No answer False."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from assistant.ui.widgets.text import visible


class ConfirmScreen(ModalScreen[bool]):
    """Dismissed with the answer; the caller acts in its callback."""

    BINDINGS = [
        Binding("y", "choose(True)", "Yes", id="confirm.yes", tooltip="answer yes"),
        Binding("n", "choose(False)", "No", id="confirm.no", tooltip="answer no"),
        Binding("escape", "choose(False)", "No", show=False, tooltip="answer no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            # The question names paths and counts: shown literally, never as markup.
            yield Static(Text(visible(self.question)), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button("Yes (y)", id="yes", variant="primary")
                yield Button("No (n)", id="no")

    def on_mount(self) -> None:
        # Enter on the default button must be the answer that changes nothing.
        self.query_one("#no", Button).focus()

    def action_choose(self, answer: bool) -> None:
        self.dismiss(answer)

    @on(Button.Pressed)
    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")
