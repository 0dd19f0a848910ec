"""Article text for display: literal, never markup, never escape sequences."""

from __future__ import annotations

import re

from assistant.literal import visible

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~])")


def markdown_literal(text: str) -> str:
    """Text for a Markdown widget that renders exactly as written: every special char escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", visible(text))


def plural(count: int, noun: str) -> str:
    """ "1 article", "2 articles"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
