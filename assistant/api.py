"""The Python API: `Assistant`, the one engine behind the CLI, the chat UI and the eval harness."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.answering.engine import AnswerEngine
from assistant.answering.llm import ChatModel, CorpusFacts, LLMClient
from assistant.answering.offline import OfflineAnswerer
from assistant.answering.wording import common_words
from assistant.config import Settings, load_settings
from assistant.conversation import Conversation
from assistant.history import ConversationStore
from assistant.locations import bundled_corpus, catalog_path, chroma_dir, conversations_path
from assistant.retrieval import Filters, RetrievalConfig, Retriever
from assistant.types import Answer, Passage
from index.embed import Embedder, LocalEmbedder, OpenAIEmbedder, bundled_tokenizer_path
from index.models import Skipped
from index.news_index import NewsIndex
from index.pipeline import IngestReport, Progress

if TYPE_CHECKING:
    from llama_index.core.chat_engine.types import BaseChatEngine
    from llama_index.core.llms import LLM
    from llama_index.core.query_engine import BaseQueryEngine
    from llama_index.core.retrievers import BaseRetriever

DateLike = str | date | datetime | None


class Assistant:
    """Question answering over one news collection."""

    def __init__(
        self,
        settings: Settings,
        llm: LLM | None = None,
        embedder: Embedder | None = None,
        index: NewsIndex | None = None,
    ) -> None:
        """`embedder` and `index`: an encoder already loaded, a store already open, to share
        between assistants (tests, a server); left out, each is made from `settings` on first
        use. A given index stays its owner's to close; without an embedder, its own is used."""
        self.settings = settings
        self.llm = llm  # a LlamaIndex LLM to answer with instead of the openai SDK client
        if embedder is None and index is not None:
            embedder = index.embedder  # queries must be encoded as the store's vectors were
        self._embedder = embedder
        self._index = index
        self._owns_index = index is None
        # The UI's warm-up and its first question may both reach for the encoder: load it once.
        self._opening = threading.RLock()

    @classmethod
    def open(
        cls,
        home: str | Path | None = None,
        chroma_url: str | None = None,
        model: str | None = None,
        offline: bool | None = None,
        collection: str | None = None,
        llm: LLM | None = None,
        embedder: Embedder | None = None,
        index: NewsIndex | None = None,
        **overrides: Any,
    ) -> Assistant:
        """An assistant on NEWSQA_HOME (or `home`), embedded Chroma unless `chroma_url` is given.

        `llm`: any LlamaIndex `LLM` (OpenAILike, Ollama, Anthropic, …) to answer with, in place of
        the default `openai` SDK client that `model` and OPENAI_BASE_URL configure.
        `embedder`, `index`: one loaded encoder or one open store shared between assistants (in
        tests, in a server), instead of each loading and opening its own (see `__init__`)."""
        settings = load_settings(
            home=Path(home) if home is not None else None,
            chroma_url=chroma_url,
            model=model,
            offline=offline,
            collection=collection,
            **overrides,
        )
        return cls(settings, llm=llm, embedder=embedder, index=index)

    # --- the store ------------------------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        """The encoder: the one given, else loaded on first use."""
        if self._embedder is None:
            with self._opening:
                if self._embedder is None:
                    self._embedder = self._load_embedder()
        return self._embedder

    @property
    def index(self) -> NewsIndex:
        """The store: the one given, else opened on first use."""
        if self._index is None:
            with self._opening:
                if self._index is None:
                    self._index = self._open_index()
        return self._index

    def _load_embedder(self) -> Embedder:
        s = self.settings
        if s.embedding_model == "local":
            return LocalEmbedder(
                precision=s.embed_precision,
                batch_size=s.embed_batch_size,
                cache_dir=s.models_dir or s.home / "models",  # the ONNX export, made once
            )
        key = s.openai_api_key.get_secret_value() if s.openai_api_key else None
        return OpenAIEmbedder(s.embedding_model, base_url=s.openai_base_url, api_key=key)

    def _open_index(self) -> NewsIndex:
        s = self.settings
        return NewsIndex(
            catalog_path=catalog_path(s.home, s.collection, s.chroma_url),
            chroma_dir=chroma_dir(s.home),
            collection=s.collection,
            embedder=self.embedder,
            chroma_url=s.chroma_url,
            group_size=s.embed_group,
        )

    def ingest(
        self,
        paths: Iterable[Any] | None = None,
        progress: Progress | None = None,
        rebuild: bool = False,
    ) -> IngestReport:
        """Index files and folders (default: the bundled corpus), and LlamaIndex `Document`s
        mixed with them; incremental and idempotent."""
        from assistant.llamaindex.documents import split_sources  # imports no LlamaIndex

        targets, records = split_sources(paths or ())
        if not targets and not records:
            targets = [bundled_corpus()]
        if rebuild:
            self.index.rebuild()
        report = self.index.ingest(targets, progress=progress, records=records)
        self._forget_corpus_figures()
        return report

    def sources(self) -> list[str]:
        """The files and folders this store was ingested from (empty for an empty store)."""
        return self.index.catalog.sources() if self.index.summary()["articles"] else []

    def reindex(self, progress: Progress | None = None) -> IngestReport:
        """Ingest this store's own sources again (never the bundled corpus: that is only the
        default of an empty store). A source no longer there is reported as skipped and its
        articles are kept: it may be a disk not mounted right now."""
        sources = self.sources()
        if not sources:
            raise ValueError("nothing to re-index: the store is empty (ingest files first)")
        present = [s for s in sources if Path(s).exists()]
        report = self.ingest(present, progress=progress) if present else IngestReport()
        report.skipped.extend(
            Skipped(s, "no longer there; its articles are kept")
            for s in sources
            if s not in present
        )
        return report

    def is_new(self) -> bool:
        """Nothing was ever written to this store, by this client or any other."""
        return self.index.is_new()

    def ensure_corpus(self, progress: Progress | None = None) -> IngestReport | None:
        """On a store nothing was ever written to (first run), ingest the bundled corpus;
        otherwise do nothing. Never because this client's cache is empty: on a shared server
        that would pour the sample into everybody's collection."""
        if not self.is_new():
            return None
        return self.ingest(progress=progress)

    @property
    def answerer_name(self) -> str:
        """`offline` or `llm:<model>`."""
        return f"llm:{self.llm_client.model}" if self.uses_llm else "offline"

    @property
    def uses_llm(self) -> bool:
        """Whether answers go through a model (a LlamaIndex `llm`, or a configured endpoint)."""
        return (self.llm is not None and not self.settings.offline) or self.settings.llm_configured

    # --- questions ------------------------------------------------------------------------
    def retrieve(
        self,
        question: str,
        k: int = 10,
        outlets: list[str] | None = None,
        since: str | date | datetime | None = None,
        until: str | date | datetime | None = None,
    ) -> list[Passage]:
        """The `k` best passages for a question, best first."""
        self.catch_up()
        return self.retriever.retrieve(question, k=k, filters=Filters.build(outlets, since, until))

    def ask(
        self,
        question: str,
        outlets: list[str] | None = None,
        since: str | date | datetime | None = None,
        until: str | date | datetime | None = None,
        top_k: int | None = None,
        offline: bool | None = None,
    ) -> Answer:
        """A cited answer built only from the articles (or an honest abstention)."""
        final: Answer | None = None
        for piece in self.stream(question, outlets, since, until, top_k, offline):
            if isinstance(piece, Answer):
                final = piece
        assert final is not None
        return final

    def stream(
        self,
        question: str,
        outlets: list[str] | None = None,
        since: str | date | datetime | None = None,
        until: str | date | datetime | None = None,
        top_k: int | None = None,
        offline: bool | None = None,
        **context: Any,
    ) -> Iterator[str | Answer]:
        """Text pieces as they come, then the final `Answer`."""
        if not question.strip():
            raise ValueError("the question is empty")
        self.catch_up()
        engine = self.engine(offline=offline)
        yield from engine.stream(
            question,
            filters=Filters.build(outlets, since, until),
            top_k=top_k or self.settings.top_k,
            **context,
        )

    def catch_up(self, progress: Progress | None = None) -> None:
        """See what other clients ingested since the last question (their articles, and the
        figures the answerer weighs words by); a fresh home fetches the whole store here."""
        if self.index.catch_up(progress):
            self._forget_corpus_figures()

    def warm_up(self) -> None:
        """Load the encoder and open the store now, so the first question is answered fast."""
        self.embedder.embed_query("warm up")
        self.embedder.embed_words(["warm"])  # (the answerer's word encoder loads apart)
        _ = self.index.vectors, self.offline_answerer, self.corpus_facts

    def article(self, article_id: str) -> dict[str, Any] | None:
        """A stored article (title, outlet, published, url, path, body), for reading in full."""
        return self.index.catalog.article(article_id)

    def conversation(
        self,
        resume: int | None = None,
        save: bool = False,
        earlier: Sequence[tuple[str, str]] = (),
    ) -> Conversation:
        """A multi-turn conversation; `save` keeps it in the history, `resume` reopens one.
        `earlier` (question, answer) turns held elsewhere start it (see `Conversation.seed`)."""
        if resume is not None:
            self.history.get(resume)  # KeyError for an unknown id
            return Conversation(self, self.history, resume)
        conversation = Conversation(self, self.history if save else None)
        conversation.seed(earlier)
        return conversation

    def outlets(self) -> list[dict[str, Any]]:
        """Each outlet with its article count and date range, most articles first."""
        self.catch_up()
        return self.index.catalog.outlets()

    # --- LlamaIndex fronts (imported on use: `import assistant` stays free of LlamaIndex) --------
    def as_retriever(
        self,
        similarity_top_k: int = 10,
        outlets: list[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
    ) -> BaseRetriever:
        """newsqa's retrieval as a LlamaIndex retriever of `NodeWithScore`s (text nodes carrying
        title, outlet, published, url, story_id and path; `ref_doc_id` is the article id)."""
        from assistant.llamaindex.retriever import NewsRetriever

        return NewsRetriever(self, similarity_top_k, outlets, since, until)

    def as_query_engine(
        self,
        outlets: list[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
        top_k: int | None = None,
        offline: bool | None = None,
    ) -> BaseQueryEngine:
        """A LlamaIndex query engine: `query()` gives newsqa's cited answer, its `source_nodes`
        the cited passages in marker order, `metadata["answer"]` the `Answer`."""
        from assistant.llamaindex.engines import NewsQueryEngine

        return NewsQueryEngine(self, outlets, since, until, top_k, offline)

    def as_chat_engine(
        self,
        outlets: list[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
        top_k: int | None = None,
        offline: bool | None = None,
    ) -> BaseChatEngine:
        """A LlamaIndex chat engine over a `Conversation` (follow-ups condensed)."""
        from assistant.llamaindex.engines import NewsChatEngine

        return NewsChatEngine(self, outlets, since, until, top_k, offline)

    @cached_property
    def history(self) -> ConversationStore:
        """Saved conversations (SQLite under NEWSQA_HOME)."""
        return ConversationStore(conversations_path(self.settings.home))

    # --- parts ----------------------------------------------------------------------------
    @cached_property
    def retriever(self) -> Retriever:
        return Retriever(self.index, RetrievalConfig(profile=self.settings.profile))

    def engine(self, offline: bool | None = None) -> AnswerEngine:
        use_llm = self.uses_llm and not offline
        return AnswerEngine(
            self.retriever,
            self.offline_answerer,
            self.corpus_facts,
            self.llm_client if use_llm else None,
        )

    @cached_property
    def llm_client(self) -> ChatModel:
        s = self.settings
        if self.llm is not None:
            from assistant.llamaindex.llm import LlamaIndexChat

            return LlamaIndexChat(self.llm, total_timeout=s.llm_total_timeout)
        return LLMClient(
            model=s.model or "",
            base_url=s.openai_base_url,
            api_key=s.openai_api_key.get_secret_value() if s.openai_api_key else None,
            timeout=s.llm_timeout,
            retries=s.llm_retries,
            max_tokens=s.llm_max_tokens,
            total_timeout=s.llm_total_timeout,
        )

    @cached_property
    def offline_answerer(self) -> OfflineAnswerer:
        return OfflineAnswerer(
            self.retriever.document_frequency,
            total_chunks=int(self.index.summary()["chunks"]),  # type: ignore[call-overload]
            embed=self.embedder.embed_texts,
            embed_query=self.embedder.embed_query,
            common=common_words(bundled_tokenizer_path()),
            words_starting=self.index.lexical.words_starting,
            unaccented=self.index.lexical.has_word_unaccented,
            outlets=self.retriever.outlets,
            texts_with=self.retriever.texts_with,
            article_text=self.retriever.article_text,
            embed_words=self.embedder.embed_words,
        )

    @cached_property
    def corpus_facts(self) -> CorpusFacts:
        summary = self.index.summary()
        outlets = list(summary["outlets"])  # type: ignore[call-overload]
        shown = ", ".join(outlets[:8]) + (
            f" and {len(outlets) - 8} more" if len(outlets) > 8 else ""
        )
        # (a file with no outlet read from it is no outlet's: "2 articles from TRT World" of
        # two where one is unattributed would say what the catalog does not)
        unattributed = int(summary.get("unattributed") or 0)  # type: ignore[call-overload]
        if shown and unattributed:
            shown += " and an unnamed outlet" if unattributed == 1 else " and unnamed outlets"
        return CorpusFacts(
            first_published=str(summary["first_published"] or "unknown date"),
            last_published=str(summary["last_published"] or "unknown date"),
            outlets=shown or "no known outlets",
            articles=int(summary["articles"]),  # type: ignore[call-overload]
        )

    def _forget_corpus_figures(self) -> None:
        for name in ("offline_answerer", "corpus_facts", "retriever"):
            self.__dict__.pop(name, None)

    def status(self) -> dict[str, Any]:
        """Where the store is and what it holds (the `newsqa status --json` contract)."""
        self.catch_up()  # a server must answer: an unreachable one is an error
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
            "stale_articles": summary["stale_articles"],
        }

    def close(self) -> None:
        if self._index is not None and self._owns_index:  # a shared store is its owner's
            self._index.close()
        if "history" in self.__dict__:
            self.history.close()
