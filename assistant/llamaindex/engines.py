"""newsqa's cited answers as a LlamaIndex query engine and chat engine.

Both hand the question to newsqa's own answer engine rather than to a LlamaIndex response
synthesizer: the answer is then newsqa's (prompts, marker renumbering, citation checks, honest
abstention, offline fallback), and the source nodes are exactly the passages its `[n]` markers
cite, in marker order. The newsqa `Answer` itself travels in `metadata["answer"]`.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Generator, Iterator
from typing import TYPE_CHECKING, Any

from llama_index.core.base.base_query_engine import BaseQueryEngine
from llama_index.core.base.llms.types import ChatMessage, ChatResponse, MessageRole
from llama_index.core.base.response.schema import Response
from llama_index.core.callbacks import CallbackManager
from llama_index.core.chat_engine.types import (
    AgentChatResponse,
    BaseChatEngine,
    StreamingAgentChatResponse,
)
from llama_index.core.schema import NodeWithScore, QueryBundle

from assistant.llamaindex.retriever import DateLike, in_worker, one_at_a_time, passage_nodes
from assistant.retrieval import Filters
from assistant.types import Answer

if TYPE_CHECKING:
    from assistant.api import Assistant
    from assistant.conversation import Conversation


def cited_nodes(answer: Answer) -> list[NodeWithScore]:
    """The passages the answer cites, in marker order ([1] first)."""
    return passage_nodes([c.passage for c in sorted(answer.citations, key=lambda c: c.marker)])


class _Options:
    """The filters and answer options one engine applies to every question."""

    def __init__(
        self,
        outlets: list[str] | None,
        since: DateLike,
        until: DateLike,
        top_k: int | None,
        offline: bool | None,
    ) -> None:
        Filters.build(outlets, since, until)  # a date that cannot be read fails here, not later
        self.values: dict[str, Any] = {
            "outlets": outlets,
            "since": since,
            "until": until,
            "top_k": top_k,
            "offline": offline,
        }


class NewsQueryEngine(BaseQueryEngine):
    """`query()` / `aquery()` give a `Response`: newsqa's cited answer and its cited passages."""

    def __init__(
        self,
        assistant: Assistant,
        outlets: list[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
        top_k: int | None = None,
        offline: bool | None = None,
        callback_manager: CallbackManager | None = None,
    ) -> None:
        self.assistant = assistant
        self.options = _Options(outlets, since, until, top_k, offline)
        super().__init__(callback_manager=callback_manager)

    def _get_prompt_modules(self) -> dict[str, Any]:
        return {}  # the prompts are newsqa's files (prompts/), not LlamaIndex prompt templates

    def _query(self, query_bundle: QueryBundle) -> Response:
        answer = self.assistant.ask(query_bundle.query_str, **self.options.values)
        return Response(
            response=answer.text, source_nodes=cited_nodes(answer), metadata={"answer": answer}
        )

    async def _aquery(self, query_bundle: QueryBundle) -> Response:
        return await in_worker(self._query, query_bundle)

    def retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        """The passages an answer would be built from (what `top_k` retrieval returns)."""
        values = self.options.values
        passages = self.assistant.retrieve(
            query_bundle.query_str,
            k=values["top_k"] or self.assistant.settings.top_k,
            outlets=values["outlets"],
            since=values["since"],
            until=values["until"],
        )
        return passage_nodes(passages)


class NewsChatEngine(BaseChatEngine):
    """A newsqa `Conversation` as a chat engine: follow-ups are condensed into standalone
    questions before retrieval, and every reply is a cited answer.

    A `chat_history` passed to a call replaces the conversation so far (LlamaIndex's meaning):
    its user and assistant messages become the earlier turns a follow-up is read against.
    """

    def __init__(
        self,
        assistant: Assistant,
        outlets: list[str] | None = None,
        since: DateLike = None,
        until: DateLike = None,
        top_k: int | None = None,
        offline: bool | None = None,
    ) -> None:
        self.assistant = assistant
        self.options = _Options(outlets, since, until, top_k, offline)
        self.conversation: Conversation = assistant.conversation()

    def reset(self) -> None:
        self.conversation = self.assistant.conversation()

    @property
    def chat_history(self) -> list[ChatMessage]:
        messages: list[ChatMessage] = []
        for turn in self.conversation.turns:
            messages.append(ChatMessage(role=MessageRole.USER, content=turn.question))
            messages.append(ChatMessage(role=MessageRole.ASSISTANT, content=turn.text))
        return messages

    def chat(
        self, message: str, chat_history: list[ChatMessage] | None = None
    ) -> AgentChatResponse:
        self._take_history(chat_history)
        answer = self.conversation.ask(message, **self.options.values)
        return AgentChatResponse(
            response=answer.text, source_nodes=cited_nodes(answer), metadata={"answer": answer}
        )

    def stream_chat(
        self, message: str, chat_history: list[ChatMessage] | None = None
    ) -> StreamingAgentChatResponse:
        """Iterate `response_gen` for the text; `source_nodes` and `metadata` are filled in once
        the stream has ended. The turn joins the conversation only if it ran to the end."""
        self._take_history(chat_history)
        response = StreamingAgentChatResponse(is_writing_to_memory=False)  # memory: the turns
        pieces = self.conversation.stream(message, **self.options.values)
        response.chat_stream = _chat_stream(pieces, response)
        return response

    async def achat(
        self, message: str, chat_history: list[ChatMessage] | None = None
    ) -> AgentChatResponse:
        return await in_worker(self.chat, message, chat_history)

    async def astream_chat(
        self, message: str, chat_history: list[ChatMessage] | None = None
    ) -> StreamingAgentChatResponse:
        self._take_history(chat_history)
        response = StreamingAgentChatResponse(is_writing_to_memory=False)
        response.achat_stream = _achat_stream(message, self.conversation, self.options, response)
        return response

    def _take_history(self, chat_history: list[ChatMessage] | None) -> None:
        if chat_history is None:
            return
        conversation = self.assistant.conversation()
        question: str | None = None
        for message in chat_history:
            if message.role == MessageRole.USER:
                question = message.content or ""
            elif message.role == MessageRole.ASSISTANT and question is not None:
                text = message.content or ""
                conversation.turns.append(
                    Answer(question, text, [], [], abstained=False, answerer="chat_history")
                )
                question = None
        self.conversation = conversation


def _chat_stream(
    pieces: Iterator[str | Answer], response: StreamingAgentChatResponse
) -> Generator[ChatResponse, None, None]:
    """newsqa's stream as LlamaIndex chat deltas; the final `Answer` fills in the response."""
    text = ""
    for piece in pieces:
        if isinstance(piece, Answer):
            _finish(response, piece)
            continue
        text += piece
        yield ChatResponse(
            message=ChatMessage(role=MessageRole.ASSISTANT, content=text), delta=piece
        )


async def _achat_stream(
    message: str,
    conversation: Conversation,
    options: _Options,
    response: StreamingAgentChatResponse,
) -> AsyncGenerator[ChatResponse, None]:
    """The same stream produced in a worker thread (newsqa's engine is synchronous) and handed
    to the event loop piece by piece. An early `aclose()` stops the worker at its next piece."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
    stopped = threading.Event()

    def produce() -> None:
        try:
            with one_at_a_time:
                pieces = conversation.stream(message, **options.values)
                try:
                    for piece in pieces:
                        if stopped.is_set():
                            break
                        loop.call_soon_threadsafe(queue.put_nowait, ("piece", piece))
                finally:
                    getattr(pieces, "close", lambda: None)()  # closes the model's stream too
        except BaseException as exc:  # handed to the reader, which raises it
            loop.call_soon_threadsafe(queue.put_nowait, ("error", exc))
        else:
            loop.call_soon_threadsafe(queue.put_nowait, ("end", None))

    worker = asyncio.ensure_future(asyncio.to_thread(produce))
    text = ""
    try:
        while True:
            kind, value = await queue.get()
            if kind == "end":
                break
            if kind == "error":
                raise value
            if isinstance(value, Answer):
                _finish(response, value)
                continue
            text += value
            yield ChatResponse(
                message=ChatMessage(role=MessageRole.ASSISTANT, content=text), delta=value
            )
    finally:
        stopped.set()
        await worker


def _finish(response: StreamingAgentChatResponse, answer: Answer) -> None:
    response.source_nodes = cited_nodes(answer)
    response.metadata = {"answer": answer}  # type: ignore[attr-defined]
