"""The indexing progress bar and the worker behind it: the sample corpus or the store's sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.widgets import ProgressBar

from assistant.api import Assistant
from assistant.locations import bundled_corpus
from assistant.ui.messages import IndexingFinished, IndexingProgressed
from assistant.ui.widgets.text import plural

if TYPE_CHECKING:  # only a type here: the UI reaches the index through the Assistant
    from index.pipeline import IngestReport


def bundled_article_count() -> int:
    """Articles in the bundled sample corpus (one per file there)."""
    return sum(1 for p in bundled_corpus().rglob("*") if p.is_file() and p.name[0] not in "._")


def summary(report: IngestReport) -> str:
    """One line for the notice; what was skipped is named, with why."""
    line = (
        f"Indexed: {report.added} added, {report.updated} updated, "
        f"{report.unchanged} unchanged, {report.chunks} chunks"
    )
    if report.removed:
        line += f", {report.removed} removed"
    if report.skipped:  # e.g. a source folder no longer there: its articles are kept
        shown = ", ".join(f"{s.path} ({s.reason})" for s in report.skipped[:3])
        line += f"; skipped: {shown}" + (" …" if len(report.skipped) > 3 else "")
    return line


class IndexingBar(ProgressBar):
    """Hidden until `start`; posts IndexingFinished (it bubbles to the screen) when done."""

    def __init__(self, assistant: Assistant, **kwargs: object) -> None:
        super().__init__(show_eta=False, **kwargs)  # type: ignore[arg-type]
        self.assistant = assistant
        self.running = False

    def on_mount(self) -> None:
        self.display = False

    def start(self, bundled: bool) -> None:
        """Index the bundled sample corpus, or (bundled=False) this store's own sources again."""
        self.running = True
        self.display = True
        self.update(total=None, progress=0)
        if bundled:
            count = plural(bundled_article_count(), "article")
            self.notify(f"Indexing the bundled sample corpus ({count})…")
        else:
            self.notify("Indexing this store's sources again…")
        self.index(bundled)

    @work(thread=True, exclusive=True, group="index")
    def index(self, bundled: bool) -> None:
        def progress(stage: str, done: int, total: int) -> None:
            self.post_message(IndexingProgressed(stage, done, total))

        try:
            if bundled:
                report = self.assistant.ingest(progress=progress)  # no paths: the sample corpus
            else:
                report = self.assistant.reindex(progress=progress)
            self.post_message(IndexingFinished(summary(report)))
        except Exception as exc:  # shown as a notice by the screen; the chat goes on
            self.post_message(IndexingFinished("", error=" ".join(str(exc).split())))

    def on_indexing_progressed(self, message: IndexingProgressed) -> None:
        message.stop()
        self.update(total=max(1, message.total), progress=message.done)

    def on_indexing_finished(self, message: IndexingFinished) -> None:
        self.running = False
        self.display = False
