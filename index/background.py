"""Ingest's helpers off the main path: a writer thread that commits batches in order, heap trim."""

from __future__ import annotations

import ctypes
import functools
import queue
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

Batch = TypeVar("Batch")


@functools.cache
def _libc() -> Any:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: nothing to trim
        return None


def trim_heap() -> None:
    """Hand the heap's free pages back to the OS. glibc keeps what a process frees for reuse, and
    an ingest's many short-lived strings and arrays (spread over the encoder's, the writer's and
    Chroma's threads) leave the resident size growing with the corpus otherwise."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


class Writer(Generic[Batch]):
    """A thread that commits batches in order while the caller encodes the next group.

    At most two batches wait (memory stays bounded); an error in the thread stops the ingest at
    the next `put` or at `close`, and nothing after the failed batch is committed.
    """

    def __init__(self, commit: Callable[[Batch], None]) -> None:
        self._commit = commit
        self._queue: queue.Queue[Batch | None] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="newsqa-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            batch = self._queue.get()
            if batch is None:
                return
            if self._error is None:
                try:
                    self._commit(batch)
                except BaseException as exc:
                    self._error = exc

    def put(self, batch: Batch) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(batch)

    def close(self) -> None:
        """Wait for every queued batch; re-raise the writer's error, if any."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
