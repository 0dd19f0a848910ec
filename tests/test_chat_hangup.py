"""`newsqa chat` whose terminal goes away quits as on Ctrl+Q: stores closed, turns kept."""

from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from ui_fixtures import (  # noqa: F401  (fixtures)
    SIZE,
    TONNAGE,
    home_fixture,
    seeded_home_fixture,
)

from assistant.history import ConversationStore
from assistant.locations import conversations_path

NEWSQA = Path(sys.executable).parent / "newsqa"
# Run in the child before newsqa: the pty becomes its controlling terminal, as a shell's is in a
# terminal window, so closing the master sends it SIGHUP as well.
TAKE_TERMINAL = (
    "import fcntl, os, sys, termios; "
    "fcntl.ioctl(0, termios.TIOCSCTTY, 0); os.execv(sys.argv[1], sys.argv[1:])"
)


class Terminal:
    """`newsqa chat --offline` in a pseudo-terminal of SIZE; `output` is all it has written."""

    def __init__(self, home: Path, *, controlling: bool) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
        command = [str(NEWSQA), "chat", "--offline"]
        if controlling:
            command = [sys.executable, "-c", TAKE_TERMINAL, *command]
        # COLUMNS/LINES (pytest sets them) would override the size Textual reads from the pty.
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
        env |= {"NEWSQA_HOME": str(home), "TERM": "xterm-256color"}
        self.process = subprocess.Popen(
            command, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
        )
        os.close(slave)
        self.output = b""

    def read(self, seconds: float) -> None:
        """Take what the app writes for up to `seconds` (unread, its writes would block)."""
        if self.master < 0:
            time.sleep(seconds)
            return
        if not select.select([self.master], [], [], seconds)[0]:
            return
        try:
            self.output += os.read(self.master, 65536)
        except OSError:  # EIO: nothing has the terminal open any more
            time.sleep(seconds)

    def wait(self, done: Callable[[], bool], what: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                pytest.fail(f"{what}: not within {seconds} s")
            self.read(0.1)

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def close(self) -> None:
        """What closing the window does to the pty: the master goes, the terminal hangs up."""
        if self.master >= 0:
            os.close(self.master)
            self.master = -1


@pytest.mark.parametrize(
    "goes",
    [
        "window closed",  # hang-up and SIGHUP at once, as for a shell in a terminal window
        "lost without SIGHUP",  # not the process's controlling terminal (or SIGHUP ignored)
        "kill -HUP",  # the terminal stays: it must be given back as a quit leaves it
    ],
)
def test_chat_quits_when_its_terminal_goes(home: Path, goes: str) -> None:
    terminal = Terminal(home, controlling=goes == "window closed")
    process = terminal.process
    try:
        terminal.wait(lambda: b"Ask about 2 articles" in terminal.output, "the welcome", 120)
        terminal.type(TONNAGE + "\r")
        store = ConversationStore(conversations_path(home))
        try:
            terminal.wait(lambda: [c.turns for c in store.list()] == [1], "the saved turn", 120)
        finally:
            store.close()
        before = len(terminal.output)
        if goes == "kill -HUP":
            process.send_signal(signal.SIGHUP)
        else:
            terminal.close()
        terminal.wait(lambda: process.poll() is not None, "the exit", 30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        terminal.close()
    # As a shell reports a process SIGHUP ended; an exception (shown on a terminal no one sees any
    # more) would have made it 1, and SIGHUP's default action -SIGHUP, with nothing closed.
    assert process.returncode == 128 + signal.SIGHUP
    assert b"Traceback" not in terminal.output
    if goes == "kill -HUP":
        assert b"\x1b[?1049l" in terminal.output[before:]  # the alternate screen was left
    assert sorted(home.rglob("*-wal")) == []  # the stores were closed, not cut off mid-run
    store = ConversationStore(conversations_path(home))
    try:
        (saved,) = store.list()
        assert [turn.question for turn in store.turns(saved.id)] == [TONNAGE]
    finally:
        store.close()
