"""`newsqa bench shared`: several clients on one Chroma server, measured.

A writer client ingests the corpus (at each scale) into the server; then a fresh client, with an
empty home, asks its first question (everything it needs comes from the server); then that
client, warm, retrieves, and times the change check each question makes. Without
`--chroma-url`, the bench starts its own `chroma run` on 127.0.0.1, with its data in the workdir
(kept, so a re-run reuses the stored collections).
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.bench.corpus import bench_questions, load_records
from assistant.bench.runner import (
    BenchError,
    _fresh_home,
    _log,
    _prepare_models,
    free_port,
    prepare_corpus,
    run_phase,
)


@contextlib.contextmanager
def chroma_server(workdir: Path, url: str | None) -> Iterator[str]:
    """The given server, or a `chroma run` of our own for the length of the bench."""
    if url:
        yield url
        return
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    folder = workdir / "chroma-server"
    folder.mkdir(parents=True, exist_ok=True)
    command = [str(chroma), "run", "--path", str(folder / "data"), "--host", "127.0.0.1"]
    with (folder / "server.log").open("wb") as log:
        server = subprocess.Popen([*command, "--port", str(port)], stdout=log, stderr=log)
        try:
            _wait(port, server)
            yield f"http://127.0.0.1:{port}"
        finally:
            server.terminate()
            server.wait(timeout=30)


def _wait(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise BenchError("chroma run exited at start (see chroma-server/server.log)")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.2)
    raise BenchError("chroma run did not answer within 60 s")


def bench_shared(
    corpus: Path,
    scales: list[int],
    workdir: Path,
    limit: int | None = None,
    chroma_url: str | None = None,
) -> dict[str, Any]:
    """Figures per scale: first question of a fresh client, warm retrieve of a second client,
    and the change check."""
    workdir.mkdir(parents=True, exist_ok=True)
    if not (workdir / "models").exists():
        _prepare_models(workdir)
    figures: dict[str, Any] = {}
    with chroma_server(workdir, chroma_url) as url:
        for scale in scales:
            path = prepare_corpus(corpus, scale, workdir, limit)
            collection = f"shared{scale}x" + (f"-first{limit}" if limit else "")
            writer = workdir / f"shared-writer-{scale}x"
            if not writer.exists():
                writer = _fresh_home(workdir, f"shared-writer-{scale}x")
            where = {"chroma_url": url, "collection": collection}
            _log(f"bench shared: scale {scale}×: the writer brings the server up to date")
            built = run_phase("ingest", {"home": str(writer), "corpus": str(path), **where})
            questions = bench_questions(corpus, load_records(path))
            reader = _fresh_home(workdir, f"shared-reader-{scale}x")
            _log("  phase: a fresh client's first question")
            first = run_phase(
                "first_question", {"home": str(reader), "question": questions[0], **where}
            )
            _log(f"  phase: its warm retrieve ({len(questions)} questions) and change checks")
            warm = run_phase("shared_query", {"home": str(reader), "questions": questions, **where})
            figures[f"{scale}x"] = {
                "articles": built["articles"] + built["unchanged"],
                "fresh_client_articles": first["articles"],
                "first_question_s": first["first_question_s"],
                "first_question_wall_s": first["wall_s"],
                "catch_up_s": first["catch_up_s"],
                "retrieve_p50_ms": warm["retrieve_p50_ms"],
                "retrieve_p95_ms": warm["retrieve_p95_ms"],
                "change_check_p50_ms": warm["change_check_p50_ms"],
                "change_check_p95_ms": warm["change_check_p95_ms"],
            }
    return {"server": chroma_url or "chroma run (started by the bench)", "scales": figures}
