"""Showing answers in a terminal: article text literally, never as markup or escape sequences."""

from __future__ import annotations

import re

import click

from assistant.types import Answer

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def literal(text: str) -> str:
    """Text safe to print: control characters (ESC and friends) shown as visible escapes."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def render_answer(answer: Answer, color: bool | None = None) -> str:
    """The answer, then its sources: `[n] Outlet · Headline · Date` and the passage used."""
    lines = [literal(answer.text), ""]
    if answer.citations:
        lines.append(click.style("Sources", bold=True))
        for citation in answer.citations:
            heading = literal(citation.passage.heading)
            lines.append(click.style(f"[{citation.marker}] ", bold=True) + heading)
            lines.append(click.style(f"    “{literal(citation.quote)}”", dim=True))
    if answer.unsupported:
        lines.append("")
        lines.append(click.style("Not supported by the cited passages:", fg="yellow"))
        lines.extend(f"  - {literal(s)}" for s in answer.unsupported)
    return "\n".join(lines).rstrip()
