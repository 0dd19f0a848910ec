"""`newsqa serve` on the LLM path: a real server subprocess whose model is the scripted
OpenAI-compatible server on 127.0.0.1; no API key set (routes open, ingest refused)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openai import OpenAI
from openai_server import Fail, Reply, ScriptedOpenAI
from serve_fixtures import Served, seeded_home, server_env, start_server

TONNAGE = "How much aluminium could Russia supply to the US each year?"
OFFER = "What did Putin offer the US?"
FOLLOW_UP = "How much of it could Russia send each year?"


@pytest.fixture(scope="module")
def llm() -> Iterator[ScriptedOpenAI]:
    scripted = ScriptedOpenAI().start()
    yield scripted
    scripted.stop()


@pytest.fixture(scope="module")
def server(
    llm: ScriptedOpenAI, embedder, models_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("serve-llm")
    home = seeded_home(folder, embedder, models_dir)
    env = server_env(
        home,
        models_dir,
        NEWSQA_MODEL="scripted-model",
        OPENAI_BASE_URL=llm.url,
        OPENAI_API_KEY="sk-test",
        NEWSQA_LLM_RETRIES="0",
    )
    served = start_server(env, folder / "serve.log")
    yield served
    served.stop()


@pytest.fixture
def client(server: Served, llm: ScriptedOpenAI) -> Iterator[OpenAI]:
    llm.requests.clear()
    yield OpenAI(base_url=server.api, api_key="anything", max_retries=0, timeout=60)
    llm.script([])


def ask(question: str) -> list[Any]:
    return [{"role": "user", "content": question}]


def test_without_a_key_the_routes_are_open_and_ingest_is_refused(server: Served) -> None:
    assert httpx.get(f"{server.api}/models").json()["data"][0]["id"] == "newsqa"
    assert httpx.get(f"{server.api}/status").json()["answerer"] == "llm:scripted-model"
    refused = httpx.post(f"{server.api}/ingest", json={"paths": ["/tmp"]})
    assert refused.status_code == 403
    error = refused.json()["error"]
    assert (error["type"], error["code"]) == ("permission_error", "ingest_needs_api_key")
    assert "NEWSQA_API_KEY" in error["message"]


def test_the_models_answer_comes_back_with_its_sources(client: OpenAI, llm: ScriptedOpenAI) -> None:
    llm.script(["Russia could supply up to 2 million tons of aluminium a year [1]."])
    reply = client.chat.completions.create(model="newsqa", messages=ask(TONNAGE))
    content = reply.choices[0].message.content or ""
    text, _, sources = content.partition("\n\n**Sources**\n")
    assert text == "Russia could supply up to 2 million tons of aluminium a year [1]."
    citations = (reply.choices[0].message.model_extra or {})["citations"]
    assert [c["marker"] for c in citations] == [1]
    assert sources.startswith(f"- [1] {citations[0]['outlet']} · {citations[0]['title']}")
    sent = llm.requests[-1]
    assert sent["model"] == "scripted-model" and sent["stream"] is True
    assert TONNAGE in sent["messages"][-1]["content"]


def test_a_streamed_answer_arrives_in_pieces_with_citations_last(
    client: OpenAI, llm: ScriptedOpenAI
) -> None:
    words = ["Russia could ", "supply up to ", "2 million tons ", "a year [1]."]
    llm.script([Reply("".join(words), chunks=words)])
    stream = client.chat.completions.create(model="newsqa", messages=ask(TONNAGE), stream=True)
    chunks = list(stream)
    pieces = [c.choices[0].delta.content for c in chunks if c.choices[0].delta.content]
    assert "".join(pieces[:4]) == "Russia could supply up to 2 million tons a year [1]."
    assert len(pieces) == 5 and pieces[4].startswith("\n\n**Sources**\n- [1] ")
    last = chunks[-1].choices[0]
    assert last.finish_reason == "stop"
    assert [c["marker"] for c in (last.delta.model_extra or {})["citations"]] == [1]


def test_a_follow_up_is_condensed_and_sent_with_the_earlier_turns(
    client: OpenAI, llm: ScriptedOpenAI
) -> None:
    earlier = "Putin offered the US aluminium and rare earths [1]."
    sources = "\n\n**Sources**\n- [1] TRT World · Russia's Putin offers US aluminium · 2025-02-24"
    llm.script(
        [
            "How much aluminium could Russia send the US each year?",  # the condensed question
            "Up to 2 million tons a year [1].",
        ]
    )
    messages: list[Any] = [
        {"role": "user", "content": OFFER},
        {"role": "assistant", "content": earlier + sources},
        {"role": "user", "content": FOLLOW_UP},
    ]
    reply = client.chat.completions.create(model="newsqa", messages=messages)
    assert (reply.choices[0].message.content or "").startswith("Up to 2 million tons a year [1].")
    condense, answer = llm.requests[-2:]
    assert OFFER in condense["messages"][0]["content"]
    assert FOLLOW_UP in condense["messages"][0]["content"]
    history = answer["messages"][1:3]  # after the system prompt, as in the chat
    assert history == [
        {"role": "user", "content": OFFER},
        {"role": "assistant", "content": earlier},  # the Sources block taken off
    ]
    assert FOLLOW_UP in answer["messages"][-1]["content"]


def test_a_failing_model_gives_the_offline_answer_with_a_notice(
    client: OpenAI, llm: ScriptedOpenAI
) -> None:
    llm.script([Fail(500)])
    reply = client.chat.completions.create(model="newsqa", messages=ask(TONNAGE))
    message = reply.choices[0].message
    assert "2 million tons" in (message.content or "")
    assert "showing the offline answer" in (message.model_extra or {})["notices"][0]


def wait_for_abandoned(llm: ScriptedOpenAI, count: int) -> int:
    deadline = time.monotonic() + 25  # the scripted reply would take 30 s to finish by itself
    while llm.abandoned < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return llm.abandoned


def long_reply() -> Reply:
    text = " ".join(f"word{n}" for n in range(600))  # 300 deltas, 0.1 s apart
    return Reply(text, pause=0.1)


def test_a_client_that_goes_away_cancels_its_llm_call(
    server: Served, client: OpenAI, llm: ScriptedOpenAI
) -> None:
    before = llm.abandoned
    llm.script([long_reply()])
    stream = client.chat.completions.create(model="newsqa", messages=ask(TONNAGE), stream=True)
    for chunk in stream:
        if chunk.choices[0].delta.content:
            break  # the first words are here while the model is still writing
    stream.close()
    assert wait_for_abandoned(llm, before + 1) == before + 1

    # Without `stream` too: a client that gives up waiting closes the model's stream.
    llm.script([long_reply()])
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(
            f"{server.api}/chat/completions",
            json={"messages": ask(TONNAGE)},
            timeout=httpx.Timeout(60, read=2),
        )
    assert wait_for_abandoned(llm, before + 2) == before + 2

    llm.script(["Up to 2 million tons a year [1]."])  # and the server answers the next one
    reply = client.chat.completions.create(model="newsqa", messages=ask(TONNAGE))
    assert (reply.choices[0].message.content or "").startswith("Up to 2 million tons")
