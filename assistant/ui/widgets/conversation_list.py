"""The sidebar: saved conversations, newest first."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import ListItem, ListView, Static

from assistant.history import ConversationInfo
from assistant.ui.widgets.text import plural, visible


class ConversationItem(ListItem):
    def __init__(self, info: ConversationInfo) -> None:
        self.info = info
        label = Text(visible(info.title), overflow="ellipsis", no_wrap=True)
        label.append(f"\n{plural(info.turns, 'turn')} · {info.updated[:10]}", style="dim")
        super().__init__(Static(label))


class ConversationList(ListView):
    """Select a conversation to resume it."""

    def show(self, conversations: list[ConversationInfo], current: int | None) -> None:
        self.clear()
        for info in conversations:
            self.append(ConversationItem(info))
        self.index = 0 if conversations else None  # Enter on the list resumes the highlighted one
        for index, info in enumerate(conversations):
            if info.id == current:
                self.index = index
