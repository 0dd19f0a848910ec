"""The status bar: answerer, corpus, active filters."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from assistant.ui.widgets.text import plural


class StatusBar(Static):
    def show(self, status: dict[str, Any], filters: dict[str, Any], answerer: str) -> None:
        first, last = status.get("first_published"), status.get("last_published")
        outlets = status.get("outlets") or []
        corpus = (
            f"{plural(status.get('articles', 0), 'article')} · {plural(len(outlets), 'outlet')}"
        )
        if first:
            corpus += f" · {first} – {last}"
        active = []
        if filters.get("outlets"):
            active.append("outlet: " + ", ".join(filters["outlets"]))
        if filters.get("since"):
            active.append(f"since {filters['since']}")
        if filters.get("until"):
            active.append(f"until {filters['until']}")
        text = Text()
        text.append(f" {answerer} ", style="reverse")
        text.append(f"  {corpus}  ")
        text.append(" · ".join(active) if active else "no filters", style="dim")
        self.update(text)
