"""A whole cleaned article with the cited passage highlighted; Esc goes back."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from assistant.types import Passage
from assistant.ui.widgets.text import visible


class ArticleScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="article.back", tooltip="back to the chat")
    ]

    def __init__(self, passage: Passage, body: str | None, url: str | None) -> None:
        super().__init__()
        self.passage = passage
        self.body = body
        self.url = url

    def compose(self) -> ComposeResult:
        p = self.passage
        header = Text(visible(p.title or "Untitled"), style="bold")
        header.append(f"\n{visible(p.outlet or 'Unknown outlet')} · {p.published or 'undated'}")
        if self.url:
            header.append(f"\n{visible(self.url)}", style="dim")
        yield Static(header, id="article-header")
        with VerticalScroll(id="article-scroll"):
            yield Static(self._body_text(), id="article-body")
        yield Footer()

    def _body_text(self) -> Text:
        if self.body is None:
            return Text(visible(self.passage.text))
        text = Text(visible(self.body))
        start, end = self.passage.start, self.passage.end
        if 0 <= start < end <= len(self.body) and self.body[start:end] == self.passage.text:
            # visible() only changes control characters, which cleaning already removed.
            text.stylize("black on yellow", start, end)
        return text

    def on_mount(self) -> None:
        if self.body and self.passage.start:
            share = self.passage.start / max(1, len(self.body))
            scroll = self.query_one("#article-scroll", VerticalScroll)
            self.call_after_refresh(
                lambda: scroll.scroll_to(y=int(share * scroll.virtual_size.height), animate=False)
            )
