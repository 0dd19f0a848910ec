"""One `Assistant` shared by concurrent requests: many readers at once, writers alone.

Questions, retrievals and status only read the store, and run side by side (the encoder and
Chroma release the GIL). Two things change it under a reader's feet: an ingest, and catching up
with what another process committed (the lexical index is synced in place, an embedded Chroma
client reopened). Those take the gate alone, writers first, so a steady flow of questions cannot
keep them out. The gate is not owned by a thread: a streamed answer is started on one worker
thread and finished (or closed, when its client went away) on another.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assistant.api import Assistant
from assistant.config import Settings
from assistant.types import Answer
from index.pipeline import IngestReport, Progress


class Gate:
    """A readers-writer lock that prefers writers and that any thread may release."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._changed:
            while self._writing or self._writers_waiting:
                self._changed.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._changed:
                self._readers -= 1
                if not self._readers:
                    self._changed.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._changed:
            self._writers_waiting += 1
            try:
                while self._writing or self._readers:
                    self._changed.wait()
            finally:
                self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._changed:
                self._writing = False
                self._changed.notify_all()


class ServedAssistant(Assistant):
    """The `Assistant` behind `newsqa serve` and `newsqa mcp`, safe to call from many threads
    through `reading()`, `writing()` and `answer()`."""

    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(settings, **options)
        self.gate = Gate()
        self.recent = RecentAnswers()

    def catch_up(self, progress: Progress | None = None) -> None:
        """Nothing here: inside a request, a reader must not change the store's caches.
        `follow_others()` catches up before each request, under the write lock."""

    def follow_others(self) -> None:
        """Catch up with what other clients committed (their ingests), if anything: a look
        beside the other readers first, the catch-up alone only when there is something."""
        if self._index is None:  # the store is not open yet: nothing to follow
            return
        with self.gate.shared():
            catalog = self.index.catalog
            # This home's other processes show in SQLite, other homes in the store's markers.
            stale = catalog.changed_since_checked() or (
                self.index.vectors.revisions() != catalog.synced_revisions()
            )
        if stale:
            with self.gate.exclusive():
                Assistant.catch_up(self)

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Read the store alongside other readers (never nest it: a waiting writer goes first)."""
        self.follow_others()
        with self.gate.shared():
            yield

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self.gate.exclusive():
            yield

    def answer(
        self, question: str, earlier: Sequence[tuple[str, str]] = (), **options: Any
    ) -> Generator[str | Answer, None, None]:
        """Text pieces, then the `Answer`, for the next turn of a conversation whose `earlier`
        (question, answer) turns the client holds; follow-ups are condensed as in the chat.
        Closing the iterator early closes the LLM call."""
        with self.reading():
            conversation = self.conversation()
            for asked, answered in earlier:
                known = self.recent.get(asked, answered)
                if known is not None:  # all of it: its citations, passages, standalone query
                    conversation.turns.append(known)
                else:
                    conversation.seed([(asked, answered)])
            for piece in conversation.stream(question, **options):
                if isinstance(piece, Answer):
                    self.recent.add(piece)
                yield piece

    def ingest_articles(self, articles: Sequence[dict[str, Any]]) -> IngestReport:
        """Store articles sent as records: each is written to a file of its own under
        HOME/posted/<collection>/ (named after its url or title, so sending it again updates
        it) and ingested from there, which keeps the store re-indexable from its sources."""
        folder = self.settings.home / "posted" / self.settings.collection
        folder.mkdir(parents=True, exist_ok=True)
        paths = [_write_record(folder, record) for record in articles]
        with self.writing():
            return self.ingest(paths)

    def ingest_paths(self, paths: Sequence[str]) -> IngestReport:
        with self.writing():
            return self.ingest(list(paths))


class RecentAnswers:
    """The last answers given, found again by their question and text when a client sends them
    back as earlier turns. A client keeps only the words; with the whole `Answer` a follow-up
    carries the passages it points back at, exactly as in the chat. Another process's answers
    (several servers over one store) are not here: those turns are taken up from their words."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._answers: OrderedDict[tuple[str, str], Answer] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, answer: Answer) -> None:
        key = _key(answer.question, answer.text)
        with self._lock:
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)

    def get(self, question: str, text: str) -> Answer | None:
        with self._lock:
            return self._answers.get(_key(question, text))


def _key(question: str, text: str) -> tuple[str, str]:
    # A streamed reply joins its pieces with single spaces where the answer had line breaks.
    return " ".join(question.split()), " ".join(text.split())


def _write_record(folder: Path, record: dict[str, Any]) -> Path:
    identity = str(record.get("url") or record.get("title") or record.get("body", ""))
    name = hashlib.sha1(identity.encode("utf-8")).hexdigest()[:16]
    path = folder / f"{name}.json"
    data = {k: v for k, v in record.items() if v not in (None, "")}
    temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    temporary.replace(path)  # a reader (another ingest) never sees half a file
    return path
