"""Any LlamaIndex `LLM` as newsqa's answer model: newsqa's prompts, checks and fallback over it.

`Assistant.open(llm=OpenAILike(...))` (or Ollama, Anthropic, … from their integration packages)
answers through `LlamaIndexChat`. It speaks the same interface as `LLMClient`, the default path on
the `openai` SDK, so the answer engine is unchanged: the same messages (`prompts/`), the same
marker renumbering and citation checks, the same offline answer when the model fails.

What differs is who owns the transport. The LLM object's own settings apply: its timeout,
retries, temperature and token cap (`max_tokens` on the LLM), because their names and meanings
differ between integrations and passing newsqa's settings as call arguments would break some of
them. newsqa adds what works with every integration: the total time bound (`llm_total_timeout`,
checked between pieces), the stop sequences (applied to the text as it streams, since not every
API takes them), an empty reply counting as a failure, and a cut reply (the finish reason, where
the integration reports one) being marked as such.
"""

from __future__ import annotations

import time
from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING, Any

from assistant.answering.llm import ANSWER_STOPS, LLMUnavailable, StreamedReply, WholeReplies

if TYPE_CHECKING:
    from llama_index.core.llms import LLM

# Finish reasons meaning "stopped by the token cap", by integration: OpenAI and compatible
# servers say "length", Anthropic "max_tokens", Gemini "MAX_TOKENS".
CAPPED = frozenset({"length", "max_tokens", "MAX_TOKENS"})


def model_name(llm: LLM) -> str:
    """The model's name as `llm:<name>` shows it (the class name if the LLM does not say)."""
    try:
        name = llm.metadata.model_name
    except Exception:  # metadata is the integration's code: never let it stop an answer
        name = ""
    return str(name or type(llm).__name__)


class LlamaIndexChat(WholeReplies):
    """The `ChatModel` interface over a LlamaIndex `LLM`'s `stream_chat`."""

    def __init__(self, llm: LLM, total_timeout: float = 120.0) -> None:
        self.llm = llm
        self.model = model_name(llm)
        self.total_timeout = total_timeout

    def stream(
        self,
        messages: list[dict[str, str]],
        temperature: float = 0.1,  # the LLM's own temperature applies (see the module docstring)
        max_tokens: int | None = None,  # likewise its own token cap
        stop: Sequence[str] = ANSWER_STOPS,
    ) -> LlamaIndexReply:
        """The reply as it is written: iterate for text deltas, inside `with`."""
        return LlamaIndexReply(self, messages, stop)


class LlamaIndexReply(StreamedReply):
    """One streamed reply; afterwards `cut` says whether it was cut short. Leaving the `with`
    block closes the LLM's generator, which closes its HTTP stream where it has one."""

    def __init__(
        self, chat: LlamaIndexChat, messages: list[dict[str, str]], stop: Sequence[str]
    ) -> None:
        self.chat = chat
        self.finish_reason: str | None = None
        self.cut: str | None = None  # "length" (the token cap) or "time" (the total bound)
        self._deltas = self._run(messages, tuple(s for s in stop if s))

    @property
    def cut_notice(self) -> str:
        if self.cut == "length":
            return "the model's reply reached its token cap; the answer is cut short"
        if self.cut == "time":
            bound = f"{self.chat.total_timeout:g} s (llm_total_timeout)"
            return f"the model was still writing after {bound}; the answer is cut short"
        return ""

    def _run(
        self, messages: list[dict[str, str]], stop: tuple[str, ...]
    ) -> Generator[str, None, None]:
        from llama_index.core.llms import ChatMessage

        chat = self.chat
        deadline = time.monotonic() + chat.total_timeout
        history = [ChatMessage(role=m["role"], content=m["content"]) for m in messages]
        replies: Any = None
        said = False
        held = ""  # text not shown yet: it may be the start of a stop sequence
        try:
            replies = chat.llm.stream_chat(history)
            for reply in replies:
                self.finish_reason = _finish_reason(reply.raw) or self.finish_reason
                held += reply.delta or ""
                at = min((held.find(s) for s in stop if s in held), default=-1)
                if at >= 0:  # the model started echoing the prompt's layout: stop reading
                    held = held[:at]
                    break
                keep = _stop_prefix(held, stop)
                shown, held = held[: len(held) - keep], held[len(held) - keep :]
                if shown:
                    said = said or bool(shown.strip())
                    yield shown
                if time.monotonic() > deadline and self.finish_reason is None:
                    self.cut = "time"
                    break
        except Exception as exc:  # any integration's error: the caller falls back offline
            raise LLMUnavailable(f"the model {chat.model} failed: {_one_line(exc)}") from exc
        finally:
            close = getattr(replies, "close", None)
            if close is not None:
                close()
        if held:
            said = said or bool(held.strip())
            yield held
        if not said:
            raise LLMUnavailable(f"the model {chat.model} returned an empty reply")
        if self.finish_reason in CAPPED:
            self.cut = "length"


def _stop_prefix(text: str, stop: tuple[str, ...]) -> int:
    """How many characters at the end of `text` could begin a stop sequence."""
    longest = 0
    for sequence in stop:
        for size in range(min(len(sequence) - 1, len(text)), longest, -1):
            if text.endswith(sequence[:size]):
                longest = size
                break
    return longest


def _finish_reason(raw: Any) -> str | None:
    """The finish reason in an integration's raw chunk, where there is one: OpenAI's
    `choices[0].finish_reason`, Anthropic's `delta.stop_reason`, Ollama's `done_reason`."""
    if raw is None:
        return None
    choices = _field(raw, "choices")
    if choices:
        reason = _field(choices[0], "finish_reason")
        return str(reason) if reason else None
    for holder in (raw, _field(raw, "delta")):
        for name in ("finish_reason", "stop_reason", "done_reason"):
            reason = _field(holder, name) if holder is not None else None
            if isinstance(reason, str) and reason:
                return reason
    return None


def _field(value: Any, name: str) -> Any:
    if isinstance(value, dict):
        return value.get(name)
    return getattr(value, name, None)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200].rstrip(".") or type(exc).__name__
