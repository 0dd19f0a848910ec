"""A store re-indexes its own sources, never the bundled corpus; an open assistant sees other
processes' ingests before its next question."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from assistant.api import Assistant
from assistant.cli.main import cli

NEWSQA = Path(sys.executable).parent / "newsqa"
PIER = """---
title: Pier to be rebuilt
outlet: Ellan Post
published: 2024-03-02
---
Residents of Port Ellan voted 412 to 188 on Saturday to rebuild the pier that storms destroyed.

The council had proposed three designs, and the cheapest, a timber deck on steel piles, won the
most support at the public meetings held through the autumn months.

Work is expected to start in the spring, once the harbour authority approves the plans.
"""
BUNDLED_OUTLETS = {"TRT World", "AnewZ"}


def pier_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "pier.md").write_text(PIER, encoding="utf-8")
    return folder


def test_reindex_uses_the_stores_own_sources(assistant: Assistant, tmp_path: Path) -> None:
    folder = pier_folder(tmp_path)
    assistant.ingest([folder])
    assert assistant.sources() == [str(folder)]
    (folder / "pier.md").write_text(PIER.replace("412 to 188", "413 to 187"), encoding="utf-8")

    report = assistant.reindex()
    assert (report.updated, report.added) == (1, 0)
    status = assistant.status()
    assert status["articles"] == 1
    assert not BUNDLED_OUTLETS & set(status["outlets"])


def test_reindex_keeps_articles_of_a_source_gone_missing(
    assistant: Assistant, tmp_path: Path
) -> None:
    folder = pier_folder(tmp_path)
    assistant.ingest([folder])
    folder.rename(tmp_path / "elsewhere")
    report = assistant.reindex()
    assert [(s.path, s.reason) for s in report.skipped] == [
        (str(folder), "no longer there; its articles are kept")
    ]
    assert assistant.status()["articles"] == 1


def test_reindex_of_an_empty_store_is_refused(assistant: Assistant) -> None:
    assert assistant.sources() == []
    try:
        assistant.reindex()
    except ValueError as exc:
        assert "the store is empty" in str(exc)
    else:
        raise AssertionError("an empty store was re-indexed")
    assert assistant.status()["articles"] == 0


def test_an_open_assistant_sees_another_process_ingest(
    assistant: Assistant, seeds_copy: Path, tmp_path: Path, isolated_home: Path
) -> None:
    """A chat left open while `newsqa ingest` runs in another terminal answers from the new
    article at its next question (the catalog, the lexical index and Chroma's vectors)."""
    assistant.ingest([seeds_copy])
    question = "What was the result of the pier vote in Port Ellan?"
    assert assistant.ask(question, offline=True).abstained

    folder = pier_folder(tmp_path)
    done = subprocess.run(
        [str(NEWSQA), "--home", str(isolated_home), "ingest", "-q", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr

    answer = assistant.ask(question, offline=True)
    assert not answer.abstained
    assert "412 to 188" in answer.text
    assert answer.citations[0].passage.outlet == "Ellan Post"
    assert assistant.status()["articles"] == 3
    assert [p.outlet for p in assistant.retrieve("Port Ellan pier vote", k=1)] == ["Ellan Post"]


def test_ask_on_an_empty_store_says_it_indexes_the_sample(
    monkeypatch, embedder, isolated_home: Path
) -> None:
    monkeypatch.setattr("assistant.api.LocalEmbedder", lambda **_: embedder)
    result = CliRunner().invoke(
        cli, ["--home", str(isolated_home), "ask", "--offline", "What did Putin offer the US?"]
    )
    assert result.exit_code == 0, result.output
    assert "is empty; indexing the bundled sample corpus first" in result.stderr
