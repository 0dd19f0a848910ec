"""newsqa's retrieval as a LlamaIndex `BaseRetriever`, and passages as `TextNode`s.

The retriever runs newsqa's own search (hybrid dense + BM25, fused, story-grouped, filtered by
outlet and date): a LlamaIndex query engine, agent or fusion pipeline gets newsqa's ranking, not
a plain vector search over its collection.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from llama_index.core.callbacks import CallbackManager
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import (
    NodeRelationship,
    NodeWithScore,
    QueryBundle,
    RelatedNodeInfo,
    TextNode,
)

from assistant.retrieval import Filters
from assistant.types import Passage

if TYPE_CHECKING:
    from assistant.api import Assistant

T = TypeVar("T")
DateLike = str | date | datetime | None

# What a model answering from a node is shown besides its text: the heading newsqa shows it too
# (outlet, headline, date). The url, story id and file path help a program, not the answer, and
# cost the prompt tokens; the same keys stay out of any embedding a LlamaIndex pipeline makes.
HIDDEN_FROM_MODEL = ["url", "story_id", "path"]

# newsqa's engine is synchronous and its stores (SQLite, Chroma, the encoder) are not made for
# concurrent calls: async calls run one at a time in a worker thread, so an event loop is never
# blocked by a search or an answer, and several `aquery`s gathered at once take turns.
one_at_a_time = threading.Lock()


async def in_worker(call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`call(*args, **kwargs)` in a worker thread, one such call at a time."""

    def run() -> T:
        with one_at_a_time:
            return call(*args, **kwargs)

    return await asyncio.to_thread(run)


def passage_node(passage: Passage) -> NodeWithScore:
    """A passage as a LlamaIndex node: id = chunk id, source document = the article."""
    metadata = {
        "title": passage.title,
        "outlet": passage.outlet,
        "published": passage.published,
        "url": passage.url,
        "story_id": passage.story_id,
        "path": passage.path,
    }
    node = TextNode(
        id_=passage.chunk_id,
        text=passage.text,
        # Every key on every node (None when unknown), so a program can read any of them.
        metadata=metadata,
        excluded_llm_metadata_keys=list(HIDDEN_FROM_MODEL),
        excluded_embed_metadata_keys=list(HIDDEN_FROM_MODEL),
        relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=passage.article_id)},
        start_char_idx=passage.start,
        end_char_idx=passage.end,
    )
    return NodeWithScore(node=node, score=passage.score)


def passage_nodes(passages: Sequence[Passage]) -> list[NodeWithScore]:
    return [passage_node(p) for p in passages]


class NewsRetriever(BaseRetriever):
    """The `similarity_top_k` best passages for a query, as `NodeWithScore`s, best first."""

    def __init__(
        self,
        assistant: Assistant,
        similarity_top_k: int = 10,
        outlets: list[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
        callback_manager: CallbackManager | None = None,
    ) -> None:
        if similarity_top_k < 1:
            raise ValueError("similarity_top_k must be at least 1")
        Filters.build(outlets, since, until)  # a date that cannot be read fails here, not later
        self.assistant = assistant
        self.similarity_top_k = similarity_top_k
        self.outlets = outlets
        self.since = since
        self.until = until
        super().__init__(callback_manager=callback_manager)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        passages = self.assistant.retrieve(
            query_bundle.query_str,
            k=self.similarity_top_k,
            outlets=self.outlets,
            since=self.since,
            until=self.until,
        )
        return passage_nodes(passages)

    async def _aretrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return await in_worker(self._retrieve, query_bundle)
