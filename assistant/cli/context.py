"""What the CLI's global options build: one `Assistant`, opened lazily and closed at exit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.api import Assistant


@dataclass
class CliState:
    home: str | None = None
    chroma_url: str | None = None
    collection: str | None = None
    debug: bool = False
    _assistant: Assistant | None = field(default=None, repr=False)

    def assistant(self, kind: type[Assistant] = Assistant, **overrides: Any) -> Assistant:
        """The one assistant of this run (`kind`: a subclass, such as the servers' shared one)."""
        if self._assistant is None:
            self._assistant = kind.open(
                home=self.home,
                chroma_url=self.chroma_url,
                collection=self.collection,
                **overrides,
            )
        return self._assistant

    def close(self) -> None:
        if self._assistant is not None:
            self._assistant.close()
