"""Keys and slash commands, listed from the bindings as they are now (config keymap applied)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap, BindingType
from textual.containers import VerticalScroll
from textual.keys import format_key
from textual.screen import ModalScreen
from textual.widgets import Static

from assistant.ui.commands import COMMANDS

KEY_NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "up": "Up",
    "down": "Down",
    "left": "Left",
    "right": "Right",
    "space": "Space",
    "tab": "Tab",
    "backspace": "Backspace",
    "delete": "Delete",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
}


def key_label(key: str) -> str:
    """`ctrl+o` → `Ctrl+O`, `escape` → `Esc`, `y` → `y` (a lone letter keeps its case)."""
    *modifiers, base = key.split("+")
    if base in KEY_NAMES:
        shown = KEY_NAMES[base]
    elif len(base) == 1:
        shown = base.upper() if modifiers else base
    elif base[0] == "f" and base[1:].isdigit():
        shown = base.upper()
    else:
        shown = format_key(base)  # question_mark → ?
    return "+".join([*(m.capitalize() for m in modifiers), shown])


def key_rows(bindings: Iterable[BindingType], keymap: Mapping[str, str]) -> list[tuple[str, str]]:
    """(keys, what they do) for bindings as the keymap leaves them; one row per action."""
    bindings = list(bindings)
    # Rows keep the order of BINDINGS even for remapped keys, which Textual moves to the end.
    order: dict[tuple[str, str | None], int] = {}
    for index, (_, binding) in enumerate(BindingsMap(bindings)):
        order.setdefault((binding.action, binding.id), index)
    bound = BindingsMap(bindings)
    if keymap:
        bound.apply_keymap(dict(keymap))  # the same remapping Textual applies when keys arrive
    rows: dict[tuple[str, str | None], tuple[list[str], str]] = {}
    for key, binding in bound:
        what = binding.tooltip or binding.description
        if not what:
            continue  # a key without a description is not meant to be learned
        keys, _ = rows.setdefault((binding.action, binding.id), ([], what))
        keys.append(key_label(key))
    ranked = sorted(rows.items(), key=lambda item: order.get(item[0], len(order)))
    return [(" / ".join(keys), what) for _, (keys, what) in ranked]


class HelpScreen(ModalScreen[None]):
    """`sections` are (heading, rows of keys and what they do), built by the app."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Close", id="help.close"),
        Binding("f1", "app.pop_screen", "Close", show=False),
    ]

    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        text = Text("newsqa — keys\n", style="bold")
        for heading, rows in self.sections:
            text.append(f"\n{heading}\n", style="bold underline")
            for keys, what in rows:
                text.append(f"{keys:<20}", style="bold")
                text.append(f"{what}\n")
        text.append("\nCommands (type them in the box)\n\n", style="bold")
        for line in COMMANDS.values():
            text.append(f"{line}\n")
        text.append(
            "\nKey bindings can be remapped in the config file ([keymap] table).", style="dim"
        )
        with VerticalScroll(id="help-box"):
            yield Static(text, id="help-text")
