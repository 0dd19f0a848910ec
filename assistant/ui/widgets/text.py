"""Article text for display: literal, never markup, never escape sequences."""

from __future__ import annotations

import re

from assistant.literal import visible

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~])")
# A single newline is a soft break in Markdown: a model's list would run onto one line.
HARD_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


def markdown_literal(text: str) -> str:
    """Text for a Markdown widget that renders exactly as written: every special char escaped."""
    return HARD_BREAK.sub("\\\\\n", MARKDOWN_SPECIAL.sub(r"\\\1", visible(text)))


def plural(count: int, noun: str) -> str:
    """ "1 article", "2 articles"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
