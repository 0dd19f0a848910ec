"""Prompt templates: plain files in `prompts/`, loaded at run time, strict about their variables.

A template names its variables as `{name}`; rendering fails loudly on a missing variable or an
unknown one, so a renamed field can never silently send a prompt with a hole in it. Literal braces
are written `{{` and `}}`.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.locations import prompts_dir

FIELD = re.compile(r"(?<!\{)\{([a-z_][a-z0-9_]*)\}(?!\})")


class PromptError(Exception):
    """A template is missing, malformed, or rendered with the wrong variables."""


@dataclass(frozen=True)
class PromptTemplate:
    name: str
    text: str

    @property
    def variables(self) -> frozenset[str]:
        names = set()
        for _, field_name, _, _ in string.Formatter().parse(self.text):
            if field_name is not None:
                names.add(field_name)
        return frozenset(names)

    def render(self, **values: object) -> str:
        expected = self.variables
        missing = expected - values.keys()
        unknown = values.keys() - expected
        if missing or unknown:
            raise PromptError(
                f"prompt {self.name!r}: missing {sorted(missing)}, unknown {sorted(unknown)}"
            )
        return self.text.format(**values)


@lru_cache(maxsize=32)
def load_prompt(name: str, folder: Path | None = None) -> PromptTemplate:
    """The template `prompts/<name>.txt`, checked on load."""
    path = (folder or prompts_dir()) / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PromptError(f"prompt {name!r} not found at {path}: {exc.strerror}") from None
    template = PromptTemplate(name, text)
    try:
        _ = template.variables
    except ValueError as exc:
        raise PromptError(f"prompt {name!r} is malformed: {exc}") from None
    return template


def available_prompts(folder: Path | None = None) -> list[str]:
    return sorted(p.stem for p in (folder or prompts_dir()).glob("*.txt"))
