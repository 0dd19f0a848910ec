"""Showing answers in a terminal: article text literally, never as markup or escape sequences."""

from __future__ import annotations

import click

from assistant.literal import quoted, visible
from assistant.types import Answer


def render_answer(answer: Answer, color: bool | None = None) -> str:
    """The answer, then its sources: `[n] Outlet · Headline · Date` and the passage used."""
    lines = [visible(answer.text), ""]
    if answer.citations:
        lines.append(click.style("Sources", bold=True))
        for citation in answer.citations:
            heading = visible(citation.passage.heading)
            lines.append(click.style(f"[{citation.marker}] ", bold=True) + heading)
            lines.append(click.style(f"    {quoted(visible(citation.quote))}", dim=True))
    if answer.unsupported:
        lines.append("")
        lines.append(click.style("Not supported by the cited passages:", fg="yellow"))
        lines.extend(f"  - {visible(s)}" for s in answer.unsupported)
    return "\n".join(lines).rstrip()
