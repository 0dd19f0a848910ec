"""The real chat app in a real terminal (tmux), as a user would run it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent / "tmux_chat_check.sh"


def test_chat_in_tmux_shows_cited_answer() -> None:
    assert shutil.which("tmux"), "tmux is needed for this test (.ci/run installs it)"
    newsqa = Path(sys.executable).parent / "newsqa"
    result = subprocess.run(
        ["bash", str(SCRIPT), str(newsqa)], capture_output=True, text=True, timeout=400
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[1] TRT World" in result.stdout
