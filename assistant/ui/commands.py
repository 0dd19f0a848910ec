"""Slash commands typed in the prompt (`/outlet TRT World`, `/since 2025-02-01`, …)."""

from __future__ import annotations

from dataclasses import dataclass

COMMANDS = {
    "/outlet": "/outlet NAME — only this outlet (repeat to add; /outlet alone clears)",
    "/since": "/since YYYY-MM-DD — only articles published on or after the date",
    "/until": "/until YYYY-MM-DD — only articles published on or before the date",
    "/clear": "/clear — remove all filters",
    "/new": "/new — start a new conversation",
    "/rename": "/rename TITLE — rename this conversation",
    "/delete": "/delete — delete this conversation",
    "/export": "/export [PATH] — save this conversation as Markdown",
    "/offline": "/offline — answer with the offline answerer",
    "/online": "/online — answer with the configured LLM",
    "/reindex": "/reindex — index this store's sources again",
    "/help": "/help — keys and commands",
}


@dataclass(frozen=True)
class SlashCommand:
    name: str
    argument: str


class CommandError(ValueError):
    """A slash command that is not known or is missing its argument."""


def parse_command(text: str) -> SlashCommand | None:
    """A slash command, or None when the text is a question."""
    stripped = text.strip()
    if not stripped.startswith("/") or stripped.startswith("//"):
        return None
    name, _, argument = stripped.partition(" ")
    name = name.lower()
    if name not in COMMANDS:
        raise CommandError(f"unknown command {name}; try /help")
    argument = argument.strip()
    if name in ("/since", "/until", "/rename") and not argument:
        raise CommandError(f"{name} needs an argument: {COMMANDS[name]}")
    return SlashCommand(name, argument)
