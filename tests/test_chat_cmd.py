"""`newsqa chat` that cannot start (Chroma server down, no terminal): one `error:` line, exit 1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli.main import cli

DOWN_CHECK = Path(__file__).resolve().parent / "tmux_chroma_down_check.sh"


def unused_port() -> int:
    """A port nothing listens on (bound for a moment by the OS, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_chat_with_the_server_down_is_one_error_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{unused_port()}"
    result = CliRunner().invoke(
        cli, ["--home", str(tmp_path / "home"), "--chroma-url", url, "chat"]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: cannot reach the Chroma server at {url}: ")


def test_chat_without_a_terminal_is_one_error_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys come from stdin: `< /dev/null` would leave a chat spinning on the empty input."""
    monkeypatch.delenv("TEXTUAL_DRIVER", raising=False)  # another driver may need no terminal
    result = CliRunner().invoke(cli, ["--home", str(tmp_path / "home"), "chat"], input="")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "error: the chat reads keys from a terminal, and stdin is not one\n"


def test_chat_with_the_server_down_in_tmux() -> None:
    assert shutil.which("tmux"), "tmux is needed for this test (.ci/run installs it)"
    newsqa = Path(sys.executable).parent / "newsqa"
    port = unused_port()
    result = subprocess.run(
        ["bash", str(DOWN_CHECK), str(newsqa), str(port)],
        capture_output=True,
        text=True,
        timeout=200,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    screen = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(screen) == 2 and screen[1] == "exit code: 1", result.stdout
    assert screen[0].startswith(f"error: cannot reach the Chroma server at http://127.0.0.1:{port}")
    assert "Traceback" not in result.stdout
