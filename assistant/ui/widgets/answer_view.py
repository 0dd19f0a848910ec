"""One turn in the chat: the question, the answer streaming in, then its source cards."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Markdown, Static
from textual.widgets.markdown import MarkdownStream

from assistant.literal import quoted
from assistant.types import Answer
from assistant.ui.widgets.source_card import SourceCard
from assistant.ui.widgets.text import markdown_literal, visible


class TurnView(Vertical, can_focus=True):
    """A question and its answer. `y` copies the answer with its sources."""

    BINDINGS = [
        Binding("y", "copy", "Copy answer", id="turn.copy", tooltip="copy it with its sources"),
        Binding("enter", "sources", "Sources", id="turn.sources", tooltip="into its sources"),
        # Here rather than on the screen: the scrolling log would take Up/Down first.
        Binding(
            "up",
            "screen.previous_turn",
            "Previous",
            show=False,
            id="chat.previous",
            tooltip="the message before",
        ),
        Binding(
            "down",
            "screen.next_turn",
            "Next",
            show=False,
            id="chat.next",
            tooltip="the message after (from the last: the question box)",
        ),
        # On the turn, so it also serves its source cards; the screen's Esc (cancel) is not
        # reached from here, so leaving a message never cancels a running answer.
        Binding(
            "escape",
            "screen.focus_prompt",
            "Question box",
            show=False,
            id="turn.back",
            tooltip="back to the question box (typing there works too)",
        ),
    ]

    def __init__(self, question: str, waiting: bool = True) -> None:
        super().__init__(classes="turn")
        self.question = question
        self.answer: Answer | None = None
        self.waiting = waiting
        self._stream: MarkdownStream | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text("› " + visible(self.question)), classes="question")
        if self.waiting:
            # Retrieval and the model's first token can take seconds: show that work is under way.
            yield Static(Text("Thinking…"), classes="thinking")
        yield Markdown("", classes="answer")
        yield Vertical(classes="sources")

    async def stop_waiting(self) -> None:
        """Drop the Thinking… line (first piece, final answer, failure or cancel)."""
        if self.waiting:
            self.waiting = False
            await self.query(".thinking").remove()

    @property
    def body(self) -> Markdown:
        return self.query_one(".answer", Markdown)

    async def write(self, piece: str) -> None:
        """Append streamed text (batched by Textual's MarkdownStream)."""
        await self.stop_waiting()
        if self._stream is None:
            self._stream = Markdown.get_stream(self.body)
        await self._stream.write(markdown_literal(piece))

    async def finish(self, answer: Answer) -> None:
        """Show the final text (markers renumbered) and the source cards."""
        await self.stop_waiting()
        if self._stream is not None:
            await self._stream.stop()
            self._stream = None
        self.answer = answer
        await self.body.update(markdown_literal(answer.text))
        if answer.abstained:
            self.add_class("abstained")
        sources = self.query_one(".sources", Vertical)
        await sources.remove_children()
        await sources.mount_all([SourceCard(c) for c in answer.citations])
        for notice in answer.notices:
            await self.mount(Static(Text("note: " + visible(notice)), classes="notice"))
        await self.mount(
            Static(Text(f"{answer.answerer} · {answer.seconds:.2f} s"), classes="meta")
        )

    async def cancel(self) -> None:
        await self.stop_waiting()
        if self._stream is not None:
            await self._stream.stop()
            self._stream = None
        self.add_class("cancelled")
        await self.body.update("_(cancelled)_")

    def copy_text(self) -> str:
        """The answer and its sources as plain text."""
        if self.answer is None:
            return ""
        lines = [self.answer.text, ""]
        for c in self.answer.citations:
            lines.append(f"[{c.marker}] {c.passage.heading}")
            lines.append(f"    {quoted(c.quote)}")
        return "\n".join(lines).strip()

    def action_sources(self) -> None:
        """Move into this answer's source cards (Enter on one opens the article)."""
        cards = self.query(SourceCard)
        if cards:
            cards.first().focus()

    def action_copy(self) -> None:
        text = self.copy_text()
        if text:
            self.app.copy_to_clipboard(text)
            self.notify("Answer copied with its sources")
