"""From a question to an `Answer`: retrieve, answer (LLM or offline), cite, check, stream."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from assistant.answering.abstention import OfflineResult
from assistant.answering.llm import ChatModel, CorpusFacts, LLMUnavailable, build_messages
from assistant.answering.offline import OfflineAnswerer
from assistant.answering.refusals import Scope, as_written, is_refusal, refusal_text
from assistant.answering.wording import full_years
from assistant.attribution import as_typed
from assistant.citations import MarkerRenumberer, build_citations, strip_markers
from assistant.outlet_names import ELSE, outlets_set_aside
from assistant.retrieval import Filters, Retriever
from assistant.types import Answer, Passage

UNCLOSED_MARKER = re.compile(r"\s*\[[^\]]*$")  # a marker the token cap cut in half


class AnswerEngine:
    """Runs one question through retrieval and an answerer; yields text, then the `Answer`."""

    def __init__(
        self,
        retriever: Retriever,
        offline: OfflineAnswerer,
        facts: CorpusFacts,
        llm: ChatModel | None = None,
    ) -> None:
        self.retriever = retriever
        self.offline = offline
        self.facts = facts
        self.llm = llm

    def _others(
        self,
        question: str,
        query: str | None,
        carried: Sequence[Passage],
        filters: Filters | None,
        top_k: int,
        found: Sequence[Passage],
    ) -> list[Passage]:
        """ "Who else covered it": the other outlets' best passages on it, searched for apart,
        since those cited before can fill the top passages on their own."""
        others = _outlets_besides(question, carried, self.offline.outlets())
        if filters is not None and filters.outlets:
            others = [o for o in others if o in filters.outlets]
        if not others:
            return []
        since, until = (filters.since, filters.until) if filters is not None else (None, None)
        apart = Filters(outlets=others, since=since, until=until)
        seen = {p.chunk_id for p in found}
        fresh = self.retriever.retrieve(query or question, k=top_k, filters=apart)
        return [p for p in fresh if p.chunk_id not in seen][: max(1, top_k // 2)]

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
        typed = question
        # A name typed with a slip ("nvdia") is searched and read as the store spells it.
        # … and a year typed by its last two digits ("and the 87 one?") as written in full
        question = full_years(self.offline.words.respelt_by_store(question))
        query = full_years(self.offline.words.respelt_by_store(query)) if query else None
        passages = self.retriever.retrieve(query or question, k=top_k, filters=filters)
        passages = _merge(carried, passages, top_k)
        passages += self._others(question, query, carried, filters, top_k, passages)
        notices: list[str] = []
        # A question citing a publication the store has none of ("a Bloomberg article") cannot
        # be answered from it: the offline answerer abstains and says so; an LLM is told the same.
        analysis = self.retriever.analyse(question)
        missing = analysis.missing_outlets
        scope = _scope(filters)
        refusal = refusal_text(
            question, self.facts, missing, scope=scope, found_nothing=not passages
        )
        if self.llm is not None and passages:
            renumberer = MarkerRenumberer(len(passages))
            shown: list[str] = []
            try:
                messages = build_messages(
                    question, passages, self.facts, refusal, datetime.now(UTC).date(), history
                )
                # Leaving this block, even because the consumer stopped reading (Esc in the chat,
                # a `break`), closes the HTTP stream: the server stops writing the answer.
                with self.llm.stream(messages) as reply:
                    for delta in reply:
                        piece = renumberer.feed(delta)
                        if piece:
                            shown.append(piece)
                            yield piece
                tail = renumberer.flush()
                if reply.cut:  # cut short: say so, rather than pass the text off as complete
                    tail = UNCLOSED_MARKER.sub("", tail).rstrip() + "…"
                    notices.append(reply.cut_notice)
                if tail:
                    shown.append(tail)
                    yield tail
                text = "".join(shown).strip()
                yield self._finish(
                    typed,
                    text,
                    passages,
                    renumberer.order,
                    renumberer.dropped,
                    self.answerer_name,
                    notices,
                    started,
                    query,
                    truncated=bool(reply.cut),
                )
                return
            except LLMUnavailable as exc:
                notices.append(f"{exc}; showing the offline answer instead")
                if shown:  # set the offline answer apart from the part-answer already shown
                    yield "\n\n"
        if missing:
            result = OfflineResult("", True, 0.0, 0.0)
        else:
            known = self.retriever.metadata_words(analysis)
            # The answer may sit in another chunk of an article ranked first: those are read
            # too, after the retrieved passages, each cited to its own chunk.
            passages = passages + self.retriever.rest_of_articles(passages)
            # A follow-up's earlier questions, most recent first ("what about lyft's?" asks
            # what they asked)
            earlier = [q for q, _ in reversed(history)] if query else []
            # (and what its answer cited: "who else covered it" means besides those)
            cited = list(dict.fromkeys(p.outlet for p in carried if p.outlet))
            result = self.offline.answer(question, passages, query, known, earlier, cited)
        evidence = result.abstained and bool(result.evidence)
        if result.abstained:  # with evidence, it says what the articles do say, cited
            text = refusal_text(
                as_written(question, self.offline.outlets(), self.offline.words.name),
                self.facts,
                missing,
                result.missing,
                scope,
                found_nothing=not passages,
                evidence=result.evidence,
                lacking=result.lacking,
                unsaid=result.unsaid,
                silent_outlet=result.silent_outlet,
                uncited=as_typed(result.uncited, typed),
                unlinked=result.unlinked,
                unsettled=result.unsettled,
                untold=result.untold,
                only=result.only,
            )
        else:
            text = result.text
        renumberer = MarkerRenumberer(len(passages))
        text = (renumberer.feed(text) + renumberer.flush()).strip()
        for piece in re.split(r"(?<=[.!?\]])\s+", text):
            yield piece + " "
        yield self._finish(
            typed, text, passages, renumberer.order, renumberer.dropped,
            "offline", notices, started, query, abstained=result.abstained,
            keep_citations=evidence,
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
        truncated: bool = False,
        keep_citations: bool = False,
    ) -> Answer:
        cited = [passages[n - 1] for n in order]
        refused = is_refusal(text) if abstained is None else abstained
        if refused and not keep_citations:
            text = strip_markers(text)
            cited = []
        citations, unsupported = build_citations(text, cited) if cited else ([], [])
        if refused:
            unsupported = []  # a refusal's own sentences cite nothing
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
            truncated=truncated,
        )


def _outlets_besides(question: str, carried: Sequence[Passage], known: list[str]) -> list[str]:
    """ "Who else covered it", after an answer citing `carried`: the store's other outlets."""
    cited = [p.outlet for p in carried if p.outlet]
    if not cited or not ELSE.search(question):
        return []
    aside = outlets_set_aside(question, known, (), cited)
    return [o for o in known if o not in aside] if aside else []


def _merge(carried: Sequence[Passage], fresh: list[Passage], k: int) -> list[Passage]:
    if not carried:
        return fresh
    seen = {p.chunk_id for p in carried}
    return (list(carried) + [p for p in fresh if p.chunk_id not in seen])[: max(k, len(carried))]


def _scope(filters: Filters | None) -> Scope | None:
    """The user's filters as a refusal names them."""
    if filters is None:
        return None
    since = _day(filters.since)
    until = _day(filters.until)
    return Scope(tuple(filters.outlets or ()), since, until)


def _day(epoch: int | None) -> str | None:
    return None if epoch is None else datetime.fromtimestamp(epoch, UTC).date().isoformat()
