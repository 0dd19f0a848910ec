"""Article text shown to people: control characters made visible, never acted upon."""

from __future__ import annotations

import re

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Control characters (ESC and friends) shown as `\\xNN` instead of acted upon."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def quoted(text: str) -> str:
    """A source's words in quotation marks, unless they open with their own: a quote that starts
    a sentence is not quoted twice ("“The OpenAI / Microsoft drama …”")."""
    return text if text[:1] in '“"' else f"“{text}”"
