"""`newsqa ingest` and `newsqa status`: JSON contracts, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.cli.main import cli

NEWSQA = Path(sys.executable).parent / "newsqa"
INGEST_KEYS = {"added", "updated", "unchanged", "removed", "duplicates", "skipped", "chunks"}
INGEST_KEYS |= {"seconds"}
STATUS_KEYS = {
    "home",
    "articles",
    "chunks",
    "stories",
    "outlets",
    "first_published",
    "last_published",
    "embedding_model",
    "answerer",
}


@pytest.fixture
def newsqa(monkeypatch: pytest.MonkeyPatch, embedder, isolated_home: Path):
    """Run the CLI in-process on the isolated home, with the session's loaded model."""
    monkeypatch.setattr("assistant.api.LocalEmbedder", lambda **_: embedder)
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(cli, ["--home", str(isolated_home), *args], catch_exceptions=False)

    return run


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.json").write_text('{"title": "x",,}', encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return folder


def test_ingest_json(newsqa, seeds_copy: Path) -> None:
    result = newsqa("ingest", "--json", str(seeds_copy))  # progress bar on: it goes to stderr
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == INGEST_KEYS
    for key in INGEST_KEYS - {"skipped", "seconds"}:
        assert type(data[key]) is int, key
    assert isinstance(data["skipped"], list)
    assert isinstance(data["seconds"], float)
    assert (data["added"], data["unchanged"], data["skipped"]) == (2, 0, [])
    assert data["chunks"] > 0

    again = json.loads(newsqa("ingest", "--json", "-q", str(seeds_copy)).stdout)
    assert (again["added"], again["unchanged"], again["chunks"]) == (0, 2, 0)


def test_ingest_summary_line(newsqa, seeds_copy: Path) -> None:
    result = newsqa("ingest", "-q", str(seeds_copy))
    assert result.exit_code == 0
    assert re.fullmatch(
        r"added 2 · updated 0 · unchanged 0 · removed 0 · duplicates 0 · skipped 0 · "
        r"chunks \d+ · \d+\.\d s\n",
        result.stdout,
    ), result.stdout


def test_status_json(newsqa, seeds_copy: Path, isolated_home: Path) -> None:
    empty = json.loads(newsqa("status", "--json").stdout)
    assert set(empty) >= STATUS_KEYS
    assert (empty["articles"], empty["first_published"], empty["outlets"]) == (0, None, [])

    newsqa("ingest", "-q", str(seeds_copy))
    result = newsqa("status", "--json")
    assert result.exit_code == 0
    status = json.loads(result.stdout)
    assert set(status) >= STATUS_KEYS
    assert status["home"] == str(isolated_home)
    assert (status["articles"], status["stories"]) == (2, 1)
    assert status["outlets"] == ["AnewZ", "TRT World"]
    assert status["first_published"] == status["last_published"] == "2025-02-24"
    assert status["embedding_model"] == "all-MiniLM-L6-v2"
    assert status["answerer"] == "offline"
    assert type(status["chunks"]) is int and status["chunks"] > 0


def test_status_text(newsqa, seeds_copy: Path, isolated_home: Path) -> None:
    newsqa("ingest", "-q", str(seeds_copy))
    chunks = json.loads(newsqa("status", "--json").stdout)["chunks"]
    assert newsqa("status").stdout == (
        f"home        {isolated_home}\n"
        "store       embedded · collection news\n"
        f"articles    2 (1 stories, {chunks} chunks)\n"
        "outlets     AnewZ, TRT World\n"
        "published   2025-02-24 – 2025-02-24\n"
        "embeddings  all-MiniLM-L6-v2\n"
        "answerer    offline\n"
    )


@pytest.mark.parametrize(("strict", "with_bad", "code"), [
    (False, False, 0),
    (True, False, 0),
    (False, True, 0),
    (True, True, 1),
])  # fmt: skip
def test_strict(newsqa, seeds_copy: Path, strict: bool, with_bad: bool, code: int) -> None:
    if with_bad:
        (seeds_copy / "empty.txt").write_bytes(b"")
    args = ["ingest", "-q", *(["--strict"] if strict else []), str(seeds_copy)]
    result = newsqa(*args)
    assert result.exit_code == code
    assert result.stdout.startswith("added 2 · ")
    assert (f"  skipped {seeds_copy / 'empty.txt'}: empty file" in result.stdout) == with_bad


def test_only_bad_files(newsqa, bad_folder: Path) -> None:
    result = newsqa("ingest", "-q", str(bad_folder))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("added 0 · updated 0 · unchanged 0 · removed 0 · ")
    assert "skipped 3 · " in lines[0]
    assert lines[1:] == [
        f"  skipped {bad_folder / 'broken.json'}: malformed JSON at line 1, column 15: "
        "Expecting property name enclosed in double quotes",
        f"  skipped {bad_folder / 'empty.txt'}: empty file",
        f"  skipped {bad_folder / 'image.txt'}: binary content (a PNG image), not text",
    ]

    as_json = json.loads(newsqa("ingest", "--json", "-q", str(bad_folder)).stdout)
    assert [s["path"] for s in as_json["skipped"]] == [
        str(bad_folder / name) for name in ("broken.json", "empty.txt", "image.txt")
    ]


def test_missing_path(newsqa, tmp_path: Path) -> None:
    result = newsqa("ingest", "-q", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: no such file or folder: {tmp_path / 'nowhere'} (nothing was changed)\n"
    )


def test_a_folder_gone_missing_removes_nothing(newsqa, seeds_copy: Path) -> None:
    """A typo, a renamed folder or an unmounted disk is an error, not a mass deletion."""
    newsqa("ingest", "-q", str(seeds_copy))
    moved = seeds_copy.with_name("seeds-renamed")
    seeds_copy.rename(moved)
    result = newsqa("ingest", "-q", "--json", str(seeds_copy))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: no such file or folder: {seeds_copy}")
    assert json.loads(newsqa("status", "--json").stdout)["articles"] == 2


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens once the socket is closed


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_error_is_one_line(debug: bool, isolated_home: Path) -> None:
    """A real process: what a user sees when the Chroma server is not there."""
    url = f"http://127.0.0.1:{closed_port()}"
    args = [str(NEWSQA), "--home", str(isolated_home), "--chroma-url", url]
    args += ["--debug"] if debug else []
    result = subprocess.run(
        [*args, "ingest", "-q", str(isolated_home)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    if debug:
        assert "Traceback (most recent call last)" in result.stderr
        assert "StoreError" in result.stderr
    else:
        [line] = result.stderr.splitlines()
        assert line.startswith("error: ")
        assert url in line
        assert "Traceback" not in result.stderr


def test_a_reader_that_goes_away_is_no_error(tmp_path: Path) -> None:
    """`newsqa … | head -1`: the commands' writes after `head` exits end quietly, as a process
    ended by SIGPIPE does, with no "error: Broken pipe" line."""
    script = (
        "import click\n"
        "from assistant.cli.main import NewsqaGroup\n"
        "group = NewsqaGroup(name='newsqa')\n"
        "@group.command()\n"
        "def many():\n"
        "    for n in range(200000):\n"
        "        click.echo(f'line {n}')\n"
        "group(['many'])\n"
    )
    (tmp_path / "many.py").write_text(script, encoding="utf-8")
    errors = tmp_path / "stderr.txt"
    done = subprocess.run(
        f"'{sys.executable}' many.py 2>'{errors}' | head -1; echo \"${{PIPESTATUS[0]}}\"",
        shell=True,
        executable="/bin/bash",
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
        check=True,
    )
    first, status = done.stdout.split()[:2], done.stdout.split()[-1]
    assert first == ["line", "0"]
    assert status == "141"
    assert errors.read_text(encoding="utf-8") == ""


def test_an_empty_home_variable_counts_as_unset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`NEWSQA_HOME=` (set but empty) is the default home, not the working folder."""
    from assistant.config import load_settings
    from assistant.locations import default_home

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSQA_HOME", "")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    home = load_settings().home
    assert home == default_home() == tmp_path / "xdg" / "newsqa"
    assert home != Path(".")
