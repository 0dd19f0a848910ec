"""From a question to an `Answer`: retrieve, answer (LLM or offline), cite, check, stream."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from assistant.answering.llm import CorpusFacts, LLMClient, LLMUnavailable, build_messages
from assistant.answering.offline import OfflineAnswerer, OfflineResult
from assistant.citations import MARKER, MarkerRenumberer, build_citations, strip_markers
from assistant.prompts import load_prompt
from assistant.retrieval import Filters, Retriever
from assistant.types import Answer, Passage

WH_WORDS = ("who", "what", "when", "where", "which", "why", "how", "whose", "whom")


def refusal_text(question: str, facts: CorpusFacts, missing_outlets: Sequence[str] = ()) -> str:
    """ "The articles don't say … They cover N articles from OUTLETS, DATE–DATE."

    With `missing_outlets` (sources the question names that the store lacks) it says so.
    """
    values = {
        "topic": _topic(question),
        "articles": facts.articles,
        "outlets": facts.outlets,
        "first_published": facts.first_published,
        "last_published": facts.last_published,
    }
    if missing_outlets:
        return load_prompt("refusal_source").render(**values, missing=_or(missing_outlets)).strip()
    return load_prompt("refusal").render(**values).strip()


def _or(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _topic(question: str) -> str:
    q = " ".join(question.strip().split()).rstrip("?.! ")
    head = [w.lower().strip(",") for w in q.split(" ")[:3]]
    if any(w in WH_WORDS for w in head):
        return q[0].lower() + q[1:]
    return f"anything that answers “{q}”"


def is_refusal(text: str) -> bool:
    return MARKER.sub("", text).strip().lower().startswith("the articles don't say")


class AnswerEngine:
    """Runs one question through retrieval and an answerer; yields text, then the `Answer`."""

    def __init__(
        self,
        retriever: Retriever,
        offline: OfflineAnswerer,
        facts: CorpusFacts,
        llm: LLMClient | None = None,
    ) -> None:
        self.retriever = retriever
        self.offline = offline
        self.facts = facts
        self.llm = llm

    @property
    def answerer_name(self) -> str:
        return f"llm:{self.llm.model}" if self.llm else "offline"

    def stream(
        self,
        question: str,
        filters: Filters | None = None,
        top_k: int = 6,
        history: Sequence[tuple[str, str]] = (),
        query: str | None = None,
        carried: Sequence[Passage] = (),
    ) -> Iterator[str | Answer]:
        """Text pieces as they are ready, then the final `Answer`.

        `query` is the standalone search query (a condensed follow-up), `carried` passages from
        the previous turn that the follow-up is about.
        """
        started = time.perf_counter()
        passages = self.retriever.retrieve(query or question, k=top_k, filters=filters)
        passages = _merge(carried, passages, top_k)
        notices: list[str] = []
        # A question citing a publication the store has none of ("a Bloomberg article") cannot
        # be answered from it: the offline answerer abstains and says so; an LLM is told the same.
        missing = self.retriever.analyse(question).missing_outlets
        refusal = refusal_text(question, self.facts, missing)
        if self.llm is not None and passages:
            renumberer = MarkerRenumberer(len(passages))
            shown: list[str] = []
            try:
                messages = build_messages(
                    question, passages, self.facts, refusal, datetime.now(UTC).date(), history
                )
                for delta in self.llm.stream(messages):
                    piece = renumberer.feed(delta)
                    if piece:
                        shown.append(piece)
                        yield piece
                tail = renumberer.flush()
                if tail:
                    shown.append(tail)
                    yield tail
                text = "".join(shown).strip()
                yield self._finish(
                    question,
                    text,
                    passages,
                    renumberer.order,
                    renumberer.dropped,
                    self.answerer_name,
                    notices,
                    started,
                    query,
                )
                return
            except LLMUnavailable as exc:
                notices.append(f"{exc}; showing the offline answer instead")
                yield "\n\n"
        if missing:
            result = OfflineResult("", True, 0.0, 0.0)
        else:
            result = self.offline.answer(question, passages, query=query)
        text = refusal if result.abstained else result.text
        renumberer = MarkerRenumberer(len(passages))
        text = (renumberer.feed(text) + renumberer.flush()).strip()
        for piece in re.split(r"(?<=[.!?\]])\s+", text):
            yield piece + " "
        yield self._finish(
            question, text, passages, renumberer.order, renumberer.dropped,
            "offline", notices, started, query, abstained=result.abstained,
        )  # fmt: skip

    def _finish(
        self,
        question: str,
        text: str,
        passages: list[Passage],
        order: list[int],
        dropped: list[int],
        answerer: str,
        notices: list[str],
        started: float,
        query: str | None,
        abstained: bool | None = None,
    ) -> Answer:
        cited = [passages[n - 1] for n in order]
        refused = is_refusal(text) if abstained is None else abstained
        if refused:
            text = strip_markers(text)
            cited = []
        citations, unsupported = build_citations(text, cited) if cited else ([], [])
        if refused:
            unsupported = []
        elif not cited:
            unsupported = [text] if text else []
        if dropped:
            notices.append(
                "removed citation markers that point at no passage: "
                + ", ".join(f"[{n}]" for n in dropped)
            )
        return Answer(
            question=question,
            text=text,
            citations=citations,
            passages=passages,
            abstained=refused,
            answerer=answerer,
            unsupported=unsupported,
            dropped_markers=dropped,
            notices=notices,
            standalone_query=query,
            seconds=time.perf_counter() - started,
        )


def _merge(carried: Sequence[Passage], fresh: list[Passage], k: int) -> list[Passage]:
    if not carried:
        return fresh
    seen = {p.chunk_id for p in carried}
    return (list(carried) + [p for p in fresh if p.chunk_id not in seen])[: max(k, len(carried))]
