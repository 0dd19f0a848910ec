"""The Python API: `Assistant`, the one engine behind the CLI, the chat UI and the eval harness."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

from assistant.config import Settings, load_settings
from assistant.locations import bundled_corpus, catalog_path, chroma_dir
from index.embed import Embedder, LocalEmbedder, OpenAIEmbedder
from index.news_index import NewsIndex
from index.pipeline import IngestReport, Progress


class Assistant:
    """Question answering over one news collection."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @classmethod
    def open(
        cls,
        home: str | Path | None = None,
        chroma_url: str | None = None,
        model: str | None = None,
        offline: bool | None = None,
        collection: str | None = None,
        **overrides: Any,
    ) -> Assistant:
        """An assistant on NEWSQA_HOME (or `home`), embedded Chroma unless `chroma_url` is given."""
        settings = load_settings(
            home=Path(home) if home is not None else None,
            chroma_url=chroma_url,
            model=model,
            offline=offline,
            collection=collection,
            **overrides,
        )
        return cls(settings)

    # --- the store ------------------------------------------------------------------------
    @cached_property
    def embedder(self) -> Embedder:
        s = self.settings
        if s.embedding_model == "local":
            return LocalEmbedder(precision=s.embed_precision, batch_size=s.embed_batch_size)
        key = s.openai_api_key.get_secret_value() if s.openai_api_key else None
        return OpenAIEmbedder(s.embedding_model, base_url=s.openai_base_url, api_key=key)

    @cached_property
    def index(self) -> NewsIndex:
        s = self.settings
        return NewsIndex(
            catalog_path=catalog_path(s.home, s.collection, s.chroma_url),
            chroma_dir=chroma_dir(s.home),
            collection=s.collection,
            embedder=self.embedder,
            chroma_url=s.chroma_url,
        )

    def ingest(
        self,
        paths: Iterable[str | Path] | None = None,
        progress: Progress | None = None,
        rebuild: bool = False,
    ) -> IngestReport:
        """Index files and folders (default: the bundled corpus); incremental and idempotent."""
        if rebuild:
            self.index.rebuild()
        targets = list(paths) if paths else [bundled_corpus()]
        return self.index.ingest(targets, progress=progress)

    def ensure_corpus(self, progress: Progress | None = None) -> IngestReport | None:
        """On an empty store, ingest the bundled corpus (first run); otherwise do nothing."""
        if self.index.summary()["articles"]:
            return None
        return self.ingest(progress=progress)

    @property
    def answerer_name(self) -> str:
        """`offline` or `llm:<model>`."""
        return f"llm:{self.settings.model}" if self.settings.llm_configured else "offline"

    def status(self) -> dict[str, Any]:
        """Where the store is and what it holds (the `newsqa status --json` contract)."""
        summary = self.index.summary()
        return {
            "home": str(self.settings.home),
            "articles": summary["articles"],
            "chunks": summary["chunks"],
            "stories": summary["stories"],
            "outlets": summary["outlets"],
            "first_published": summary["first_published"],
            "last_published": summary["last_published"],
            "embedding_model": self.embedder.name,
            "answerer": self.answerer_name,
            "chroma": self.settings.chroma_url or "embedded",
            "collection": self.settings.collection,
        }

    def close(self) -> None:
        if "index" in self.__dict__:
            self.index.close()
