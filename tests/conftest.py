"""Shared fixtures: every test runs on its own NEWSQA_HOME; the embedding model loads once."""

from __future__ import annotations

import os
import shutil
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

    a = Assistant.open(home=isolated_home)
    a.__dict__["embedder"] = embedder
    yield a
    a.close()
