"""LlamaIndex at the seams: newsqa as retriever, query engine and chat engine; Documents in; any
LlamaIndex LLM as the answer model. Real parts throughout: the seed store, the bundled encoder,
the scripted OpenAI-compatible server behind LlamaIndex's own `OpenAILike`."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from llama_index.core import Document
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import MetadataMode, NodeWithScore, TextNode
from llama_index.llms.openai_like import OpenAILike
from llm_fixtures import openai_server_fixture  # noqa: F401 - provides `openai_server`
from openai_server import Fail, Reply, ScriptedOpenAI
from store_fixtures import on_index, seeded_index_fixture  # noqa: F401 - provides `seeded_index`

from assistant.api import Assistant
from assistant.llamaindex.documents import DocumentError
from assistant.types import Answer

TONNAGE = "How much aluminium could Russia supply to the US each year?"
FIRST = "What did Putin offer the US?"
FOLLOW_UP = "How much of it could Russia send each year?"
NODE_KEYS = {"title", "outlet", "published", "url", "story_id", "path"}


@pytest.fixture
def seeded(seeded_index, embedder, isolated_home: Path) -> Assistant:
    """An offline assistant over the shared store of the two seed articles."""
    return on_index(seeded_index, embedder, isolated_home, offline=True)


def scripted_llm(server: ScriptedOpenAI) -> OpenAILike:
    """LlamaIndex's own client for OpenAI-compatible servers, on the scripted one."""
    return OpenAILike(
        model="scripted-model",
        api_base=server.url,
        api_key="test-key",
        is_chat_model=True,
        max_retries=0,  # the scripted failures are meant to fail, not to be retried
        timeout=10.0,
    )


def node_ids(nodes: list[NodeWithScore]) -> list[str]:
    return [n.node.node_id for n in nodes]


# --- the retriever ------------------------------------------------------------------------------


def test_retriever_query_engine_answers_through_openai_like(
    seeded: Assistant, openai_server: ScriptedOpenAI
) -> None:
    retriever = seeded.as_retriever(similarity_top_k=3)
    assert isinstance(retriever, BaseRetriever)
    engine = RetrieverQueryEngine.from_args(retriever, llm=scripted_llm(openai_server))
    openai_server.script(["Up to 2 million tons of aluminium a year."])

    response = engine.query(TONNAGE)

    assert str(response) == "Up to 2 million tons of aluminium a year."
    passages = seeded.retrieve(TONNAGE, k=3)
    assert node_ids(response.source_nodes) == [p.chunk_id for p in passages]
    for found, passage in zip(response.source_nodes, passages, strict=True):
        node = found.node
        assert isinstance(node, TextNode)
        assert node.text == passage.text
        assert found.score == pytest.approx(passage.score)
        assert node.ref_doc_id == passage.article_id
        assert set(node.metadata) == NODE_KEYS
        assert node.metadata["title"] == passage.title
        assert node.metadata["outlet"] == passage.outlet
        assert node.metadata["published"] == passage.published
        assert node.metadata["story_id"] == passage.story_id
        assert node.metadata["path"] == passage.path and passage.path.endswith(".txt")
        shown = node.get_content(metadata_mode=MetadataMode.LLM)
        assert passage.text in shown and f"outlet: {passage.outlet}" in shown
        assert "story_id" not in shown and "path:" not in shown and passage.path not in shown
    # What the model was sent: the passages with their headings, without the hidden keys.
    [request] = openai_server.requests
    prompt = " ".join(str(m["content"]) for m in request["messages"])
    assert "2 million tons" in prompt and "TRT World" in prompt
    assert "story_id" not in prompt and ".txt" not in prompt


def test_retriever_filters_and_async(seeded: Assistant) -> None:
    nodes = seeded.as_retriever(outlets=["AnewZ"]).retrieve(TONNAGE)
    assert nodes and {n.node.metadata["outlet"] for n in nodes} == {"AnewZ"}
    later = seeded.as_retriever(since="2025-03-01").retrieve(TONNAGE)
    assert later == []  # both seeds are from 2025-02-24
    together = asyncio.run(seeded.as_retriever(similarity_top_k=2).aretrieve(TONNAGE))
    assert node_ids(together) == [p.chunk_id for p in seeded.retrieve(TONNAGE, k=2)]
    with pytest.raises(ValueError, match="not a date"):
        seeded.as_retriever(since="last Tuesday-ish")


# --- the query engine ---------------------------------------------------------------------------


def test_query_engine_gives_the_cited_answer_offline(seeded: Assistant) -> None:
    expected = seeded.ask(TONNAGE)
    assert expected.citations and not expected.abstained

    engine = seeded.as_query_engine()
    response = engine.query(TONNAGE)
    later = asyncio.run(engine.aquery(TONNAGE))

    cited = [c.passage.chunk_id for c in sorted(expected.citations, key=lambda c: c.marker)]
    for got in (response, later):
        assert got.response == expected.text
        assert node_ids(got.source_nodes) == cited
        assert got.metadata is not None and isinstance(got.metadata["answer"], Answer)
    first = response.source_nodes[0].node
    assert first.metadata["outlet"] == expected.citations[0].passage.outlet
    assert "2 million tons" in response.source_nodes[0].node.get_content()


def test_query_engine_abstains_without_sources(seeded: Assistant) -> None:
    response = seeded.as_query_engine(outlets=["AnewZ"]).query("Who won the 2024 Super Bowl?")
    assert response.source_nodes == []
    assert response.metadata is not None and response.metadata["answer"].abstained


# --- the chat engine ----------------------------------------------------------------------------


def test_chat_engine_condenses_follow_ups(seeded: Assistant) -> None:
    chat = seeded.as_chat_engine()
    first = chat.chat(FIRST)
    assert first.source_nodes and "[1]" in first.response

    streamed = chat.stream_chat(FOLLOW_UP)
    text = "".join(streamed.response_gen)

    answer = streamed.metadata["answer"]  # type: ignore[attr-defined]
    assert answer.standalone_query != FOLLOW_UP and "putin" in answer.standalone_query.lower()
    assert "2 million tons" in text and text.strip() == str(streamed)
    assert node_ids(streamed.source_nodes) == [
        c.passage.chunk_id for c in sorted(answer.citations, key=lambda c: c.marker)
    ]
    roles = [m.role for m in chat.chat_history]
    assert roles == [MessageRole.USER, MessageRole.ASSISTANT] * 2
    assert chat.chat_history[2].content == FOLLOW_UP
    chat.reset()
    assert chat.chat_history == []


def test_chat_engine_takes_a_given_history_and_runs_async(seeded: Assistant) -> None:
    chat = seeded.as_chat_engine()
    history = [
        ChatMessage(role=MessageRole.USER, content=FIRST),
        ChatMessage(role=MessageRole.ASSISTANT, content="Aluminium and rare earths [1]."),
    ]
    reply = asyncio.run(chat.achat(FOLLOW_UP, chat_history=history))
    assert "putin" in reply.metadata["answer"].standalone_query.lower()  # type: ignore[index]
    assert len(chat.chat_history) == 4

    async def stream() -> tuple[str, object]:
        response = await chat.astream_chat("Who won the 2024 Super Bowl?")
        text = "".join([piece async for piece in response.async_response_gen()])
        return text, response

    text, response = asyncio.run(stream())
    assert text.strip() and response.metadata["answer"].abstained  # type: ignore[attr-defined]
    assert len(chat.chat_history) == 6


# --- Documents in -------------------------------------------------------------------------------


def news_documents() -> list[Document]:
    return [
        Document(
            id_="wire-1",
            text=(
                "Harbour authorities in Valparaíso reopened the northern pier on Tuesday after "
                "three weeks of repairs. The port expects container traffic to return to normal "
                "by the end of the month, a spokesperson said."
            ),
            metadata={
                "headline": "Valparaíso reopens its northern pier",
                "source": "Coastal Wire",
                "published_at": "2025-03-04T08:00:00Z",
                "url": "https://example.org/valparaiso-pier",
                "author": "A. Reporter",
            },
        ),
        Document(
            id_="wire-2",
            text=(
                "The city council of Tromsø approved a new ferry timetable on Wednesday. Ferries "
                "to the outer islands will run every two hours during the winter season."
            ),
            metadata={"title": "Tromsø approves a winter ferry timetable", "publisher": "Arctic "
                      "Daily", "date": "2025-03-05"},
        ),
    ]  # fmt: skip


def test_ingest_documents_then_again_embeds_nothing(assistant: Assistant, seeds_copy: Path) -> None:
    documents = news_documents()
    first = assistant.ingest([seeds_copy, *documents])  # paths and Documents in one call
    assert (first.added, first.updated, first.skipped) == (4, 0, [])
    assert first.chunks >= 4

    again = assistant.ingest(news_documents())
    assert (again.added, again.updated, again.unchanged, again.chunks) == (0, 0, 2, 0)

    stored = assistant.article("wire-1")
    assert stored is not None
    assert stored["title"] == "Valparaíso reopens its northern pier"
    assert stored["outlet"] == "Coastal Wire"
    assert stored["url"] == "https://example.org/valparaiso-pier"
    assert str(stored["published"]).startswith("2025-03-04")
    assert assistant.article("wire-2")["outlet"] == "Arctic Daily"  # type: ignore[index]
    [hit] = assistant.as_retriever(similarity_top_k=1).retrieve(
        "When do ferries to the islands run?"
    )
    assert hit.node.ref_doc_id == "wire-2" and hit.node.metadata["outlet"] == "Arctic Daily"

    # A changed Document is updated in place; a file-based ingest removes only its own files.
    edited = news_documents()[1]
    edited.set_content(edited.text + " Tickets go on sale on Monday.")
    assert assistant.ingest([edited]).updated == 1
    (seeds_copy / "anewz-putin-offer.txt").unlink()
    report = assistant.ingest([seeds_copy])
    assert (report.removed, report.unchanged) == (1, 1)
    assert assistant.article("wire-1") is not None and assistant.article("wire-2") is not None


def test_documents_from_a_llamahub_reader(assistant: Assistant, seeds_copy: Path) -> None:
    from llama_index.core import SimpleDirectoryReader

    def read() -> list[Document]:
        return SimpleDirectoryReader(str(seeds_copy), filename_as_id=True).load_data()

    first = assistant.ingest(read())
    assert (first.added, first.skipped) == (2, [])
    assert assistant.ingest(read()).unchanged == 2  # read afresh: the same ids, nothing embedded
    trt = next(d for d in read() if d.doc_id.endswith("trt-putin-offer.txt"))
    stored = assistant.article(trt.doc_id)
    assert stored is not None and stored["outlet"] == "TRT World"  # from the front matter
    assert stored["title"] == "Russia's Putin offers US aluminium, rare earths deal"
    assert "---" not in stored["body"] and "outlet:" not in stored["body"]


def test_a_document_without_text_is_one_clear_error(assistant: Assistant) -> None:
    with pytest.raises(DocumentError, match="Document 'empty-one' has no text"):
        assistant.ingest([*news_documents(), Document(id_="empty-one", text="  ")])
    assert assistant.status()["articles"] == 0  # nothing of that call was ingested
    with pytest.raises(TypeError, match="cannot ingest a dict"):
        assistant.ingest([{"text": "not a Document"}])


# --- any LlamaIndex LLM as the answer model -----------------------------------------------------


def test_open_with_a_llamaindex_llm_answers_with_citations(
    seeded_index, embedder, isolated_home: Path, openai_server: ScriptedOpenAI
) -> None:
    a = on_index(seeded_index, embedder, isolated_home, llm=scripted_llm(openai_server))
    passages = a.retrieve(TONNAGE, k=a.settings.top_k)
    n = next(i for i, p in enumerate(passages, start=1) if "2 million tons" in p.text)
    reply = f"Russia could supply up to 2 million tons of aluminium a year [{n}]."
    # The model goes on to echo the prompt's layout, "\nQuestion:" split across two deltas:
    # newsqa's stop sequence cuts it there, whatever the LLM class does with `stop`.
    echo = "\nQuestion: and what else?"
    openai_server.script(
        [Reply(reply + echo, chunks=[reply[:20], reply[20:] + "\nQues", "tion: and what else?"])]
    )

    answer = a.ask(TONNAGE)

    assert answer.answerer == "llm:scripted-model" == a.answerer_name
    assert answer.text == reply.replace(f"[{n}]", "[1]")
    [citation] = answer.citations
    assert citation.passage is answer.passages[n - 1] and "2 million tons" in citation.quote
    assert not answer.notices and not answer.unsupported
    [request] = openai_server.requests
    assert [m["role"] for m in request["messages"]] == ["system", "user"]
    assert "2 million tons" in request["messages"][1]["content"]  # newsqa's own prompt


def test_a_failing_llamaindex_llm_falls_back_offline(
    seeded_index, embedder, isolated_home: Path, openai_server: ScriptedOpenAI
) -> None:
    a = on_index(seeded_index, embedder, isolated_home, llm=scripted_llm(openai_server))
    offline = on_index(seeded_index, embedder, isolated_home, offline=True).ask(TONNAGE)
    for failure in (Fail(500), Reply("")):
        openai_server.script([failure])
        answer = a.ask(TONNAGE)
        assert answer.answerer == "offline"
        assert answer.text == offline.text and answer.citations
        [notice] = answer.notices
        assert "scripted-model" in notice and "showing the offline answer instead" in notice
    assert on_index(seeded_index, embedder, isolated_home, llm=scripted_llm(openai_server),
                    offline=True).answerer_name == "offline"  # fmt: skip


def test_a_llamaindex_llm_condenses_follow_ups_in_the_chat_engine(
    seeded_index, embedder, isolated_home: Path, openai_server: ScriptedOpenAI
) -> None:
    a = on_index(seeded_index, embedder, isolated_home, llm=scripted_llm(openai_server))
    rewritten = "How much aluminium could Russia send to the US each year?"
    openai_server.script(
        ["Putin offered aluminium and rare earths [1].", rewritten, "2 million tons [1]."]
    )
    chat = a.as_chat_engine()
    chat.chat(FIRST)
    reply = chat.chat(FOLLOW_UP)
    assert reply.metadata["answer"].standalone_query == rewritten  # type: ignore[index]
    assert reply.response == "2 million tons [1]." and len(reply.source_nodes) == 1
    condense = openai_server.requests[1]["messages"][-1]["content"]
    assert FOLLOW_UP in condense and FIRST in condense  # newsqa's condense prompt
