"""A source under an answer: `[n] Outlet · Headline · Date` and the passage used."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Static

from assistant.literal import quoted
from assistant.types import Citation
from assistant.ui.messages import SourceOpened
from assistant.ui.widgets.text import visible


class SourceCard(Static, can_focus=True):
    """Focusable; Enter (or a click) opens the whole article."""

    BINDINGS = [
        Binding("enter", "open", "Open article", id="source.open", tooltip="open the whole article")
    ]

    def __init__(self, citation: Citation) -> None:
        self.citation = citation
        text = Text()
        text.append(f"[{citation.marker}] ", style="bold")
        text.append(visible(citation.passage.heading), style="bold")
        text.append("\n")
        text.append(quoted(visible(citation.quote)), style="italic")
        super().__init__(text, classes="source-card")

    def action_open(self) -> None:
        self.post_message(SourceOpened(self.citation.passage))

    def on_click(self) -> None:
        self.action_open()
