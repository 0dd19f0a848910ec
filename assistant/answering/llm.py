"""The LLM answerer: the `openai` SDK against OpenAI or any OpenAI-compatible server.

Every request carries a token cap, and one call is bounded twice: each wait (for the response, then
for each next piece) by `timeout`, the whole call by `total_timeout`. Before a reply starts, 429,
5xx and refused connections are retried with exponential backoff, honouring Retry-After, within
the total bound. A timeout is not retried, and once the body has started nothing is (the server
was already working on it): a timeout, a broken or stalled stream, like used-up retries, raises
`LLMUnavailable` with a one-line reason, and the caller falls back to the offline answer. A reply
is streamed inside a context manager: leaving it early closes the HTTP response, which is what
makes a server stop generating an answer nobody reads.

This default path uses the `openai` SDK directly rather than LlamaIndex's `OpenAI`/`OpenAILike`
classes, because it needs what they do not expose: retries bounded by one total deadline, the
request's form learnt from a 400 (`max_completion_tokens`, no `stop`), the finish reason of a
streamed reply. Any LlamaIndex `LLM` can answer instead (`Assistant.open(llm=...)`, see
`assistant.llamaindex.llm`), with its own transport settings.
"""

from __future__ import annotations

import random
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from types import TracebackType
from typing import Any, Protocol, TypeVar

from assistant.prompts import load_prompt
from assistant.types import Passage

# A model that starts writing a new "Question:" or "Passages:" block is echoing the prompt's
# layout, not answering: the server stops there.
ANSWER_STOPS = ("\nQuestion:", "\nPassages:")
RETRYABLE_STATUS = frozenset({408, 409, 429})
BACKOFF_START, BACKOFF_MAX = 0.5, 8.0


class LLMUnavailable(Exception):
    """The endpoint failed after retries; the message is one line for the user."""


@dataclass
class CorpusFacts:
    """What the system prompt tells the model about the collection."""

    first_published: str
    last_published: str
    outlets: str
    articles: int


def render_passages(passages: Sequence[Passage]) -> str:
    """Numbered passages headed `[n] Outlet · Headline · Date`."""
    template = load_prompt("passage")
    return "\n\n".join(
        template.render(number=i, heading=p.heading, text=p.text).strip()
        for i, p in enumerate(passages, start=1)
    )


def build_messages(
    question: str,
    passages: Sequence[Passage],
    facts: CorpusFacts,
    refusal: str,
    today: date,
    history: Sequence[tuple[str, str]] = (),
) -> list[dict[str, str]]:
    """The chat messages for one answer: system rules, earlier turns, passages and question."""
    system = load_prompt("system").render(
        today=today.isoformat(),
        first_published=facts.first_published,
        last_published=facts.last_published,
        outlets=facts.outlets,
    )
    messages = [{"role": "system", "content": system}]
    for asked, answered in history:
        messages.append({"role": "user", "content": asked})
        messages.append({"role": "assistant", "content": answered})
    user = load_prompt("answer").render(
        passages=render_passages(passages), question=question, refusal=refusal
    )
    messages.append({"role": "user", "content": user})
    return messages


class ReplyStream(Protocol):
    """One streamed reply as the answer engine reads it (`LLMStream`, or the LlamaIndex one)."""

    cut: str | None  # "length" or "time" once the reply was cut short, else None

    @property
    def cut_notice(self) -> str: ...

    def __iter__(self) -> Iterator[str]: ...

    def __enter__(self) -> ReplyStream: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None: ...


class ChatModel(Protocol):
    """What the answer engine and conversations need of a model: `LLMClient` (the openai SDK,
    the default) or `assistant.llamaindex.llm.LlamaIndexChat` (any LlamaIndex `LLM`)."""

    model: str

    def stream(
        self,
        messages: list[dict[str, str]],
        temperature: float = 0.1,
        max_tokens: int | None = None,
        stop: Sequence[str] = ANSWER_STOPS,
    ) -> ReplyStream: ...

    def complete(
        self,
        messages: list[dict[str, str]],
        temperature: float = 0.1,
        max_tokens: int | None = None,
    ) -> str: ...


class WholeReplies:
    """`complete()` for a model that streams: the whole reply, joined (condensing follow-ups)."""

    def stream(
        self,
        messages: list[dict[str, str]],
        temperature: float = 0.1,
        max_tokens: int | None = None,
        stop: Sequence[str] = ANSWER_STOPS,
    ) -> ReplyStream:
        raise NotImplementedError

    def complete(
        self,
        messages: list[dict[str, str]],
        temperature: float = 0.1,
        max_tokens: int | None = None,
    ) -> str:
        """The whole reply (used for condensing follow-ups)."""
        with self.stream(messages, temperature, max_tokens, stop=()) as reply:
            return "".join(reply)


class LLMClient(WholeReplies):
    """Chat completions, streamed or whole, with a token cap, retries and two time bounds."""

    def __init__(
        self,
        model: str,
        base_url: str | None,
        api_key: str | None,
        timeout: float = 30.0,
        retries: int = 2,
        max_tokens: int = 512,
        total_timeout: float = 120.0,
    ) -> None:
        self.model = model
        self.base_url = base_url
        self.api_key = api_key
        self.timeout = timeout
        self.retries = retries
        self.max_tokens = max_tokens
        self.total_timeout = total_timeout
        # Learnt from the endpoint's 400s: newer OpenAI models take only `max_completion_tokens`,
        # and some refuse `stop`. Most other servers know `max_tokens` best.
        self.cap_field = "max_tokens"
        self.send_stop = True

    @cached_property
    def client(self) -> Any:
        from openai import OpenAI

        # Retries are ours (`_open`): the SDK's would not respect the total time bound.
        return OpenAI(
            base_url=self.base_url,
            api_key=self.api_key or "not-needed",
            timeout=self.timeout,
            max_retries=0,
        )

    def stream(
        self,
        messages: list[dict[str, str]],
        temperature: float = 0.1,
        max_tokens: int | None = None,
        stop: Sequence[str] = ANSWER_STOPS,
    ) -> LLMStream:
        """The reply as it is written: iterate for text deltas, inside `with`."""
        return LLMStream(self, messages, temperature, max_tokens or self.max_tokens, stop)

    def where(self) -> str:
        return self.base_url or "the OpenAI API"

    def _open(
        self,
        messages: list[dict[str, str]],
        temperature: float,
        max_tokens: int,
        stop: Sequence[str],
        deadline: float,
    ) -> Any:
        """The started stream (status and headers received), after retries within `deadline`."""
        import openai

        attempt = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LLMUnavailable(f"the model endpoint gave no reply within {self.total_text()}")
            options: dict[str, Any] = {self.cap_field: max_tokens}
            if stop and self.send_stop:
                options["stop"] = list(stop)
            try:
                return self.client.with_options(
                    timeout=min(self.timeout, remaining)
                ).chat.completions.create(
                    model=self.model,
                    messages=messages,
                    temperature=temperature,
                    stream=True,
                    **options,
                )
            except openai.APIStatusError as exc:
                if exc.status_code == 400 and self._adapt(_reason(exc), bool(stop)):
                    continue  # the same request in the form this endpoint takes: not a retry
                failure = LLMUnavailable(
                    f"the model endpoint answered HTTP {exc.status_code} ({_reason(exc)})"
                )
                wait = _retry_wait(exc, attempt) if attempt < self.retries else None
            except openai.APITimeoutError as exc:
                # Not retried: a server too slow once is slow again (a one-slot server is still
                # busy with the request just abandoned), and the user has waited long enough.
                raise LLMUnavailable(self.timed_out()) from exc
            except openai.APIConnectionError:
                failure = LLMUnavailable(f"cannot reach the model endpoint at {self.where()}")
                wait = _backoff(attempt) if attempt < self.retries else None
            except openai.OpenAIError as exc:
                raise LLMUnavailable(f"the model endpoint failed: {_one_line(exc)}") from exc
            if wait is None or time.monotonic() + wait >= deadline:
                raise failure
            time.sleep(wait)
            attempt += 1

    def _adapt(self, reason: str, stopping: bool) -> bool:
        """Change the request's form after a 400 that names a parameter; False if nothing to do."""
        text = reason.lower()
        if self.cap_field == "max_tokens" and "max_completion_tokens" in text:
            self.cap_field = "max_completion_tokens"
            return True
        if stopping and self.send_stop and ("'stop'" in text or "`stop`" in text):
            self.send_stop = False
            return True
        return False

    def timed_out(self) -> str:
        return f"the model endpoint timed out after {self.timeout:g} s"

    def total_text(self) -> str:
        return f"{self.total_timeout:g} s (llm_total_timeout)"


class StreamedReply:
    """A streamed reply's iteration and closing: leaving a `with` block early closes the
    generator of text deltas (and with it the model's HTTP stream), so generation stops."""

    _deltas: Generator[str, None, None]

    def __iter__(self) -> Iterator[str]:
        return self._deltas

    def __enter__(self: _Reply) -> _Reply:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._deltas.close()


_Reply = TypeVar("_Reply", bound="StreamedReply")


class LLMStream(StreamedReply):
    """One streamed reply. Iterate for text deltas; afterwards `cut` says whether it was cut short.

    Use it in a `with` block (or call `close()`): leaving early closes the HTTP response, so the
    server stops generating. Errors reach the caller as `LLMUnavailable`.
    """

    def __init__(
        self,
        llm: LLMClient,
        messages: list[dict[str, str]],
        temperature: float,
        max_tokens: int,
        stop: Sequence[str],
    ) -> None:
        self.llm = llm
        self.max_tokens = max_tokens
        self.finish_reason: str | None = None
        self.cut: str | None = None  # "length" (the token cap) or "time" (the total bound)
        self._deltas = self._run(messages, temperature, stop)

    @property
    def cut_notice(self) -> str:
        """One line for the user about a cut reply ("" if it ended by itself)."""
        if self.cut == "length":
            return (
                f"the model's reply reached its {self.max_tokens}-token cap (llm_max_tokens); "
                "the answer is cut short"
            )
        if self.cut == "time":
            bound = self.llm.total_text()
            return f"the model was still writing after {bound}; the answer is cut short"
        return ""

    def _run(
        self, messages: list[dict[str, str]], temperature: float, stop: Sequence[str]
    ) -> Generator[str, None, None]:
        import httpx
        import openai

        llm = self.llm
        deadline = time.monotonic() + llm.total_timeout
        response = llm._open(messages, temperature, self.max_tokens, stop, deadline)
        said = False
        try:
            for event in response:
                for choice in getattr(event, "choices", None) or ():
                    if getattr(choice, "finish_reason", None):
                        self.finish_reason = choice.finish_reason
                    # Real servers open with `content: null`, and may end with a chunk
                    # carrying only usage or timings.
                    delta = getattr(getattr(choice, "delta", None), "content", None)
                    if delta:
                        said = said or bool(delta.strip())
                        yield delta
                if time.monotonic() > deadline and self.finish_reason is None:
                    self.cut = "time"
                    break
        except openai.APITimeoutError as exc:
            raise LLMUnavailable(llm.timed_out()) from exc
        except httpx.TimeoutException as exc:  # the body stalled: headers came, tokens did not
            raise LLMUnavailable(llm.timed_out()) from exc
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            raise LLMUnavailable("the model endpoint closed the connection mid-reply") from exc
        except httpx.HTTPError as exc:
            raise LLMUnavailable(f"the model endpoint failed mid-reply: {_one_line(exc)}") from exc
        except openai.OpenAIError as exc:  # an error event inside the stream
            raise LLMUnavailable(f"the model endpoint failed mid-reply: {_one_line(exc)}") from exc
        finally:
            response.close()
        if not said:
            raise LLMUnavailable("the model endpoint returned an empty reply")
        if self.finish_reason is None and self.cut is None:
            # Every OpenAI-compatible server ends a reply with a finish reason; a body that just
            # stops (a server dying behind an HTTP/1.0 or proxied connection) is a broken reply.
            raise LLMUnavailable("the model endpoint closed the connection mid-reply")
        if self.finish_reason == "length":
            self.cut = "length"


def _retry_wait(exc: Any, attempt: int) -> float | None:
    """Seconds before retrying an HTTP error, or None if it is not worth retrying."""
    headers = exc.response.headers
    should = headers.get("x-should-retry")
    if should == "false" or (
        should != "true" and exc.status_code not in RETRYABLE_STATUS and exc.status_code < 500
    ):
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            value = float(headers.get(name, "")) * scale
        except ValueError:
            continue
        if 0 <= value <= 60:
            return value
    return _backoff(attempt)


def _backoff(attempt: int) -> float:
    """Exponential backoff with jitter, as the SDK's own (0.5 s, 1 s, 2 s, … up to 8 s)."""
    return min(BACKOFF_START * 2**attempt, BACKOFF_MAX) * (1 - 0.25 * random.random())


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _reason(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return " ".join(str(error["message"]).split())[:200]
    return " ".join(str(getattr(exc, "message", "") or "error").split())[:200]
