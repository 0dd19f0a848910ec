"""Where `/export` writes: a file, or a default name inside a folder; never a folder it invents."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path


class ExportError(ValueError):
    """The target cannot be written for a reason the user can fix (said in one line)."""


def default_name(conversation_id: int, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"conversation-{conversation_id}-{stamp}.md"


def export_path(target: str, exports_dir: Path, conversation_id: int) -> Path:
    """The file to write for `/export [target]`; OSError when the default folder can't be made.

    `exports_dir` (HOME/exports) is ours, so it is created; a folder the user names is not: a
    typo in it should be an error, not a new tree of folders.
    """
    if not target:
        exports_dir.mkdir(parents=True, exist_ok=True)
        return exports_dir / default_name(conversation_id)
    path = Path(target).expanduser()
    if path.is_dir():
        return path / default_name(conversation_id)
    if not path.parent.is_dir():
        raise ExportError(f"no such folder: {path.parent}")
    return path
