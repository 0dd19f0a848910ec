"""SQLite with WAL and numbered migrations (shared by the catalog and the history)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path


def connect(path: Path, migrations: Sequence[str]) -> sqlite3.Connection:
    """A connection to `path` (created if needed) with every migration past `user_version` run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(migrations, start=1):
        if number > version:
            with db:
                db.executescript(script)
                db.execute(f"PRAGMA user_version = {number}")
    return db
