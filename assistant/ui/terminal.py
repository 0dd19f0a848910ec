"""The terminal driver: Textual's own, telling the app when its terminal hangs up."""

from __future__ import annotations

import asyncio
import os
import signal
import termios
import threading
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from textual.drivers.linux_driver import LinuxDriver

from assistant.ui.messages import TerminalHungUp

if TYPE_CHECKING:
    from textual.app import App

# How often the watcher asks whether the terminal is still there. Until it notices, Textual's
# input thread spins on the hung-up terminal, so this is also how long a core may burn.
CHECK_EVERY = 0.5


class HangupDriver(LinuxDriver):
    """Textual's Linux/macOS driver, posting `TerminalHungUp` to the app when the terminal goes.

    It goes with a SIGHUP (a terminal window closed, `tmux kill-server`) or without one (the
    process is not in the terminal's session, or ignores SIGHUP): then only the terminal says so,
    by failing. Textual 8 reacts to neither. Its input thread spins on the hung-up terminal (it
    is readable at once and reads 0 bytes, forever), and its writer thread dies on the first
    EIO, after which the app's 31st write blocks the event loop for good, so nothing would run
    a quit either.
    """

    def __init__(self, app: App[Any], **kwargs: Any) -> None:
        super().__init__(app, **kwargs)
        # The writer thread keeps writing, so a screen update never blocks on its full queue. It
        # only calls write, flush and fileno, all that _Output has of a text file.
        assert self._file is not None, "no stderr to draw on"  # as Textual's writer assumes
        self._file = _Output(self._file, self._lose_terminal)  # type: ignore[assignment]
        self._closed = threading.Event()
        self._lost = threading.Lock()  # taken by the first to find the terminal gone
        self._watching = False
        self._terminal_fds: list[int] = []

    def start_application_mode(self) -> None:
        super().start_application_mode()
        if self._watching:  # started again after a suspend (Ctrl+Z): already watching
            return
        self._watching = True
        self._terminal_fds = [fd for fd in (0, 1, 2) if os.isatty(fd)]  # hung up, they say no
        # On the loop, not in a bare signal handler: the app is told like any other message.
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self._hung_up)
        if self.input_tty:  # piped input has no terminal to lose
            threading.Thread(target=self._watch, name="newsqa-terminal", daemon=True).start()

    def resume_application_mode(self) -> None:
        # Textual resumes on any SIGCONT, and the kernel sends one with the SIGHUP of a hang-up:
        # there is no terminal to resume on then, and resuming would start second input and
        # writer threads on it, from inside a signal handler.
        if self.input_tty and not os.isatty(self.fileno):
            return
        super().resume_application_mode()

    def close(self) -> None:
        self._closed.set()
        super().close()

    def _hung_up(self) -> None:
        """SIGHUP. The terminal may still be there (`kill -HUP`), so it is left as it is: quitting
        restores it, and if it is gone, the first write that fails says so."""
        self._app.post_message(TerminalHungUp())

    def _watch(self) -> None:
        while not self._closed.wait(CHECK_EVERY):
            try:
                termios.tcgetattr(self.fileno)
            except termios.error:  # EIO: hung up
                self._lose_terminal()
                return

    def _lose_terminal(self) -> None:
        """The terminal is gone: what is still written (the last frames, the terminal reset,
        anything at exit) goes to /dev/null rather than failing, and the app is told."""
        if not self._lost.acquire(blocking=False):  # the writer and the watcher may both find it
            return
        null = os.open(os.devnull, os.O_RDWR)
        for fd in self._terminal_fds:  # a failed flush of stdout at exit would make it exit 120
            os.dup2(null, fd)
        os.close(null)
        self._app.post_message(TerminalHungUp())


class _Output:
    """The terminal as Textual's writer thread sees it: a failed write loses the terminal
    instead of ending the thread."""

    def __init__(self, file: IO[str], failed: Callable[[], None]) -> None:
        self._file = file
        self._failed = failed

    def write(self, text: str) -> None:
        try:
            self._file.write(text)
        except OSError:
            self._failed()

    def flush(self) -> None:
        try:
            self._file.flush()
        except OSError:
            self._failed()

    def fileno(self) -> int:
        return self._file.fileno()
