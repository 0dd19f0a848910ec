"""The OpenAI wire shapes newsqa speaks: chat requests, completions, stream chunks, errors.

No standard says where citations go in an OpenAI-shaped reply, and chat front-ends drop fields
they do not know. So an answer travels both ways at once: the text with its `[n]` markers and a
Markdown **Sources** block, which every client shows, and `citations` on the message (on the last
chunk of a stream) in the `newsqa ask --json` shape, for clients that read them.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.types import Answer, Citation

MODEL_ID = "newsqa"
SOURCES_HEADING = "**Sources**"
SOURCES_START = f"\n\n{SOURCES_HEADING}\n"


class ApiError(Exception):
    """An error answered in OpenAI's shape: `{"error": {"message", "type", "param", "code"}}`."""

    def __init__(
        self,
        status: int,
        message: str,
        kind: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.kind = kind
        self.code = code
        self.param = param

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": self.kind,
                "param": self.param,
                "code": self.code,
            }
        }


# --- requests -------------------------------------------------------------------------------
class Filtered(BaseModel):
    """newsqa's own knobs, accepted beside a question (extra body fields for OpenAI clients)."""

    outlets: list[str] | None = None
    since: str | None = None
    until: str | None = None
    top_k: int | None = Field(default=None, ge=1, le=50)
    offline: bool | None = None

    def options(self) -> dict[str, Any]:
        return {
            "outlets": self.outlets or None,
            "since": self.since,
            "until": self.until,
            "top_k": self.top_k,
            "offline": self.offline or None,
        }


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")  # name, tool_calls, citations sent back, …

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        """The message's text; of a list of content parts, the text parts joined."""
        if isinstance(self.content, str):
            return self.content
        parts = self.content or []
        return "\n".join(str(p.get("text", "")) for p in parts if p.get("type") == "text")


class StreamOptions(BaseModel):
    include_usage: bool = False


class ChatRequest(Filtered):
    """`POST /v1/chat/completions`. OpenAI's sampling knobs (temperature, max_tokens, …) are
    accepted and left alone: newsqa's answerer has its own settings."""

    model_config = ConfigDict(extra="allow")

    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None

    def turns(self) -> tuple[str, list[tuple[str, str]]]:
        """The question (the last message, the user's) and the earlier (question, answer)
        turns. System and tool messages are left out: newsqa's own rules decide how to answer."""
        last = self.messages[-1]
        question = last.text().strip()
        if last.role != "user" or not question:
            raise ApiError(
                400,
                "the last message must be the user's question, with text",
                code="invalid_messages",
                param="messages",
            )
        earlier: list[tuple[str, str]] = []
        pending: str | None = None
        for message in self.messages[:-1]:
            if message.role == "user":
                pending = message.text().strip() or pending
            elif message.role == "assistant" and pending is not None:
                earlier.append((pending, without_sources(message.text())))
                pending = None
        return question, earlier


class AskRequest(Filtered):
    """`POST /v1/ask`: one question, answered as `newsqa ask --json`."""

    question: str = Field(min_length=1)


class PostedArticle(BaseModel):
    title: str = Field(min_length=1)
    body: str = Field(min_length=1)
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None


class IngestRequest(BaseModel):
    """`POST /v1/ingest`: files on the server, or articles in the request (one or the other)."""

    paths: list[str] | None = Field(default=None, min_length=1)
    articles: list[PostedArticle] | None = Field(default=None, min_length=1)


# --- replies --------------------------------------------------------------------------------
def new_completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex[:24]}"


def sources_block(citations: Sequence[Citation]) -> str:
    """`**Sources**` and one line per citation: `[n] Outlet · Headline · Date — url`."""
    if not citations:
        return ""
    lines = [SOURCES_START.rstrip("\n")]
    for citation in citations:
        url = citation.passage.url
        lines.append(
            f"- [{citation.marker}] {citation.passage.heading}" + (f" — {url}" if url else "")
        )
    return "\n".join(lines)


def without_sources(content: str) -> str:
    """An earlier reply as the client sends it back, without the Sources block it was given."""
    return content.split(SOURCES_START, 1)[0].strip()


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def finish_reason(answer: Answer) -> str:
    return "length" if answer.truncated else "stop"


def completion(
    completion_id: str, answer: Answer, content: str, tokens: dict[str, int]
) -> dict[str, Any]:
    """A `chat.completion` object; the message carries `citations` (and `notices`, if any)."""
    message: dict[str, Any] = {
        "role": "assistant",
        "content": content,
        "refusal": None,
        "citations": [c.to_dict() for c in answer.citations],
    }
    if answer.notices:
        message["notices"] = answer.notices
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL_ID,
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": finish_reason(answer),
            }
        ],
        "usage": tokens,
    }


def chunk(
    completion_id: str,
    delta: dict[str, Any],
    finish: str | None = None,
    tokens: dict[str, int] | None = None,
) -> dict[str, Any]:
    """One `chat.completion.chunk`; with `tokens`, the usage chunk (no choices) that ends a
    stream asked for `stream_options.include_usage`."""
    data: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": MODEL_ID,
        "system_fingerprint": None,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }
    if tokens is not None:
        data["choices"] = []
        data["usage"] = tokens
    return data


def last_delta(answer: Answer) -> dict[str, Any]:
    """The last chunk's delta: the Sources block, and the citations."""
    block = sources_block(answer.citations)
    delta: dict[str, Any] = {"content": block, "citations": [c.to_dict() for c in answer.citations]}
    if answer.notices:
        delta["notices"] = answer.notices
    return delta


class Tidy:
    """Streamed text as the whole reply reads: no whitespace before the first word, and none
    at the end (held back until more text follows), so that a stream joins to the same content
    as the reply without `stream`."""

    def __init__(self) -> None:
        self.held = ""
        self.started = False

    def feed(self, piece: str) -> str:
        text = self.held + piece
        if not self.started:
            text = text.lstrip()
        body = text.rstrip()
        self.held = text[len(body) :]
        if body:
            self.started = True
        return body
