"""Shared fixtures: every test runs on its own NEWSQA_HOME; the embedding model loads once."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "articles"
SHARED = ROOT.parent / "shared"

os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One ONNX export of the bundled model for the whole session (as a user's HOME/models)."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, models_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point NEWSQA_HOME at a fresh folder and hide any user config and LLM endpoint."""
    home = tmp_path / "home"
    monkeypatch.setenv("NEWSQA_HOME", str(home))
    monkeypatch.setenv("NEWSQA_MODELS_DIR", str(models_dir))
    monkeypatch.setenv("NEWSQA_CONFIG", str(tmp_path / "no-config.toml"))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "NEWSQA_MODEL", "NEWSQA_CHROMA_URL"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def embedder(models_dir: Path):
    """The real bundled model as newsqa runs it by default, loaded once per test session."""
    from index.embed import LocalEmbedder

    model = LocalEmbedder(cache_dir=models_dir)
    model.embed_query("warm up")
    return model


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled seed articles."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def assistant(embedder, isolated_home: Path):
    """An `Assistant` on the isolated home, sharing the session's loaded model."""
    from assistant.api import Assistant

    a = Assistant.open(home=isolated_home, embedder=embedder)
    yield a
    a.close()


CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def chroma_heartbeat(url: str) -> None:
    """Raises unless a Chroma server answers at `url`."""
    import chromadb
    from chromadb.config import Settings

    port = int(url.rsplit(":", 1)[1])
    chromadb.HttpClient(
        host="127.0.0.1", port=port, settings=Settings(anonymized_telemetry=False)
    ).heartbeat()


def start_chroma(folder: Path) -> tuple[str, subprocess.Popen]:
    """A real `chroma run` on a free local port with its data in `folder`, answering."""
    port = free_port()
    command = [str(CHROMA), "run", "--path", str(folder / "data"), "--host", "127.0.0.1"]
    with (folder / "server.log").open("wb") as log:
        server = subprocess.Popen([*command, "--port", str(port)], stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            chroma_heartbeat(url)
            return url, server
        except Exception:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                output = (folder / "server.log").read_text()
                pytest.fail(f"chroma run did not answer:\n{output}")
            time.sleep(0.2)


def stop(server: subprocess.Popen, grace: float = 10) -> None:
    """Ask a server process to end; kill it when it has not within `grace` seconds."""
    server.terminate()
    try:
        server.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@pytest.fixture(scope="session")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` server on a free local port, one for the whole session; tests keep
    out of each other's way by collection name (`collection_for`)."""
    url, server = start_chroma(tmp_path_factory.mktemp("chroma-server"))
    try:
        yield url
    finally:
        stop(server)


def collection_for(place: Path) -> str:
    """A collection name of its own for a test (or module) on the shared server."""
    return "t" + hashlib.sha1(str(place).encode()).hexdigest()[:12]


@pytest.fixture(params=["embedded", "server"])
def store_settings(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, str]:
    """Run a test on the embedded store and on a `chroma run` server alike."""
    if request.param == "embedded":
        return {}
    return {
        "chroma_url": request.getfixturevalue("chroma_url"),
        "collection": collection_for(tmp_path),
    }
