"""A progress bar on stderr for long work (ingest, eval), quiet when asked."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

from index.pipeline import Progress as ProgressCallback

LABELS = {
    "reading": "Reading",
    "embedding": "Embedding",
    "removing": "Removing",
    "catching up": "Catching up",
    "moving": "Moving texts",
    "answering": "Answering",
}


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator[ProgressCallback]:
    """A callback `(stage, done, total)` that drives one bar per stage."""
    if not enabled:
        yield lambda stage, done, total: None
        return
    console = Console(stderr=True)
    bars = Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,  # no bar (and no stray blank line) when piped
    )
    tasks: dict[str, TaskID] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(LABELS.get(stage, stage), total=total)
        bars.update(tasks[stage], completed=done, total=total)

    with bars:
        yield update
