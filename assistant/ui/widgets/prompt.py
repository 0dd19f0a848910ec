"""The question box: Enter sends, Ctrl+J adds a new line."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from assistant.ui.messages import PromptSubmitted


class PromptInput(TextArea):
    """A multi-line prompt that sends on Enter."""

    # Handled in _on_key rather than as bindings (TextArea would take them first), so they are
    # not remappable; listed here for the help screen, beside the code that does them.
    KEYS = [
        ("Enter", "send the question"),
        ("Ctrl+J", "new line in the question"),
        ("Up", "from the top line: to the last message"),
    ]

    DEFAULT_CSS = """
    PromptInput { height: auto; max-height: 8; min-height: 3; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(soft_wrap=True, show_line_numbers=False, **kwargs)  # type: ignore[arg-type]

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            text = self.text.strip()
            if text:
                self.post_message(PromptSubmitted(text))
            return
        if event.key == "up" and self.cursor_location[0] == 0:
            event.stop()
            event.prevent_default()
            await self.run_action("screen.previous_turn")
            return
        if event.key == "ctrl+j":
            event.stop()
            event.prevent_default()
            self.insert("\n")
            return
        await super()._on_key(event)
