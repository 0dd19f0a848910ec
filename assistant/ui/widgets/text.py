"""Article text for display: literal, never markup, never escape sequences."""

from __future__ import annotations

import re

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~])")


def visible(text: str) -> str:
    """Control characters (ESC and friends) shown as `\\xNN` instead of acted upon."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def markdown_literal(text: str) -> str:
    """Text for a Markdown widget that renders exactly as written: every special char escaped."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", visible(text))
