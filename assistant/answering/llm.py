"""The LLM answerer: the `openai` SDK against OpenAI or any OpenAI-compatible server.

Retries with exponential backoff on 429, 5xx, timeouts and dropped connections are the SDK's own
(`max_retries`, honouring Retry-After); when they are used up, `LLMUnavailable` says why in one line
and the caller falls back to the offline answer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from assistant.prompts import load_prompt
from assistant.types import Passage


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


class LLMClient:
    """Chat completions, streamed or whole, with the SDK's retries and a hard timeout."""

    def __init__(
        self,
        model: str,
        base_url: str | None,
        api_key: str | None,
        timeout: float = 30.0,
        retries: int = 2,
    ) -> None:
        self.model = model
        self.base_url = base_url
        self.api_key = api_key
        self.timeout = timeout
        self.retries = retries

    @cached_property
    def client(self) -> Any:
        from openai import OpenAI

        return OpenAI(
            base_url=self.base_url,
            api_key=self.api_key or "not-needed",
            timeout=self.timeout,
            max_retries=self.retries,
        )

    def stream(self, messages: list[dict[str, str]], temperature: float = 0.1) -> Iterator[str]:
        """Text deltas as the model writes them."""
        import openai

        said = False
        try:
            stream = self.client.chat.completions.create(
                model=self.model, messages=messages, temperature=temperature, stream=True
            )
            for event in stream:
                if not event.choices:
                    continue
                delta = event.choices[0].delta.content
                if delta:
                    said = said or bool(delta.strip())
                    yield delta
        except openai.APIStatusError as exc:
            raise LLMUnavailable(
                f"the model endpoint answered HTTP {exc.status_code} ({_reason(exc)})"
            ) from exc
        except openai.APITimeoutError as exc:
            raise LLMUnavailable(f"the model endpoint timed out after {self.timeout:g} s") from exc
        except openai.APIConnectionError as exc:
            raise LLMUnavailable(f"cannot reach the model endpoint at {self._where()}") from exc
        except openai.OpenAIError as exc:
            raise LLMUnavailable(f"the model endpoint failed: {exc}") from exc
        if not said:
            raise LLMUnavailable("the model endpoint returned an empty reply")

    def complete(self, messages: list[dict[str, str]], temperature: float = 0.1) -> str:
        """The whole reply (used for condensing follow-ups)."""
        return "".join(self.stream(messages, temperature))

    def _where(self) -> str:
        return self.base_url or "the OpenAI API"


def _reason(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])[:200]
    return str(getattr(exc, "message", "") or "error")[:200]
