"""Every path newsqa uses, in one place, redirected as a whole by NEWSQA_HOME."""

from __future__ import annotations

import os
import re
from importlib.resources import files
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP = "newsqa"


def default_home() -> Path:
    """NEWSQA_HOME, else the XDG data dir (~/.local/share/newsqa)."""
    configured = os.environ.get("NEWSQA_HOME")
    return (
        Path(configured).expanduser() if configured else Path(user_data_dir(APP, appauthor=False))
    )


def config_file() -> Path:
    """The optional TOML settings file (XDG config dir)."""
    configured = os.environ.get("NEWSQA_CONFIG")
    if configured:
        return Path(configured).expanduser()
    return Path(user_config_dir(APP, appauthor=False)) / "config.toml"


def chroma_dir(home: Path) -> Path:
    """The embedded Chroma store."""
    return home / "chroma"


def catalog_path(home: Path, collection: str, chroma_url: str | None) -> Path:
    """The catalog (manifest + lexical index) that belongs to one collection in one store."""
    where = "embedded" if not chroma_url else re.sub(r"[^A-Za-z0-9.-]+", "_", chroma_url)
    return home / "catalogs" / f"{where}--{collection}.sqlite"


def conversations_path(home: Path) -> Path:
    return home / "conversations.sqlite"


def bundled_corpus() -> Path:
    """The articles shipped with the package (the seed articles and any added later)."""
    return Path(str(files("corpus") / "articles"))


def bundled_questions() -> Path:
    return Path(str(files("corpus") / "questions"))


def prompts_dir() -> Path:
    return Path(str(files("prompts")))
