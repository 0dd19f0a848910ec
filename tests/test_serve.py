"""`newsqa serve` as clients reach it: the official `openai` client and httpx, against a real
server subprocess on 127.0.0.1 over the two seed articles (offline answerer, an API key set)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from openai import OpenAI
from serve_fixtures import Served, seeded_home, server_env, start_server

from assistant.api import Assistant

KEY = "test-key-123"
TONNAGE = "How much aluminium could Russia supply to the US each year?"
OFFER = "What did Putin offer the US?"
WHO = "Who said that?"  # unanswerable alone; a follow-up to OFFER


@pytest.fixture(scope="module")
def expected(embedder, models_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The store, and what the Python API answers on it (the server must answer the same)."""
    folder = tmp_path_factory.mktemp("serve")
    home = seeded_home(folder, embedder, models_dir)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NEWSQA_CONFIG", str(folder / "no-config.toml"))
        a = Assistant.open(home=home, offline=True, embedder=embedder)
    try:
        conversation = a.conversation()
        offer = conversation.ask(OFFER)
        who = conversation.ask(WHO)
        return {
            "home": home,
            "tonnage": a.ask(TONNAGE).to_dict(),
            "offer": offer.to_dict(),
            "who": who.to_dict(),
            "who_alone": a.ask(WHO).to_dict(),
            "status": a.status(),
        }
    finally:
        a.close()


@pytest.fixture(scope="module")
def server(expected: dict, models_dir: Path) -> Iterator[Served]:
    home: Path = expected["home"]
    env = server_env(home, models_dir, NEWSQA_API_KEY=KEY)
    served = start_server(env, home.parent / "serve.log", key=KEY)
    yield served
    served.stop()


@pytest.fixture
def client(server: Served) -> OpenAI:
    return OpenAI(base_url=server.api, api_key=KEY, max_retries=0, timeout=60)


def citations_of(message: Any) -> list[dict]:
    """`citations` beside the OpenAI fields (the SDK keeps unknown fields as extras)."""
    return list((message.model_extra or {})["citations"])


def split_sources(content: str) -> tuple[str, list[str]]:
    text, _, block = content.partition("\n\n**Sources**\n")
    return text, block.splitlines()


def source_line(citation: dict) -> str:
    line = f"- [{citation['marker']}] {citation['outlet']} · {citation['title']} · "
    return line + citation["published"] + (f" — {citation['url']}" if citation["url"] else "")


# --- chat completions -----------------------------------------------------------------------
def test_chat_completion_answers_with_markers_sources_and_citations(
    client: OpenAI, expected: dict
) -> None:
    reply = client.chat.completions.create(
        model="newsqa", messages=[{"role": "user", "content": TONNAGE}]
    )
    choice = reply.choices[0]
    assert (reply.object, reply.model, choice.finish_reason) == (
        "chat.completion",
        "newsqa",
        "stop",
    )
    want = expected["tonnage"]
    text, sources = split_sources(choice.message.content or "")
    assert text == want["answer"] and "2 million tons" in text and "[1]" in text
    assert citations_of(choice.message) == want["citations"]
    assert sources == [source_line(c) for c in want["citations"]]
    assert sources[0].startswith("- [1] TRT World · Russia's Putin offers US aluminium")
    usage = reply.usage
    assert usage is not None and usage.prompt_tokens > 0 and usage.completion_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_streamed_chat_joins_to_the_same_reply_and_ends_with_the_citations(
    client: OpenAI, expected: dict
) -> None:
    stream = client.chat.completions.create(
        model="newsqa",
        messages=[{"role": "user", "content": TONNAGE}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    assert chunks[0].choices[0].delta.role == "assistant"
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    text, sources = split_sources(content)
    assert text == expected["tonnage"]["answer"]
    assert sources == [source_line(c) for c in expected["tonnage"]["citations"]]
    pieces = [c for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) >= 3  # sentence by sentence, then the sources: not one blob
    last = [c for c in chunks if c.choices and c.choices[0].finish_reason][-1]
    assert last.choices[0].finish_reason == "stop"
    assert citations_of(last.choices[0].delta) == expected["tonnage"]["citations"]
    assert all("citations" not in (c.choices[0].delta.model_extra or {}) for c in pieces[:-1])
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens > 0
    assert len({c.id for c in chunks}) == 1


def test_follow_up_in_messages_is_condensed_as_in_the_chat(client: OpenAI, expected: dict) -> None:
    first = client.chat.completions.create(
        model="newsqa", messages=[{"role": "user", "content": OFFER}]
    )
    assert split_sources(first.choices[0].message.content or "")[0] == expected["offer"]["answer"]
    messages: list[Any] = [
        {"role": "system", "content": "You are a helpful assistant."},  # left out
        {"role": "user", "content": OFFER},
        {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": WHO},
    ]
    follow_up = client.chat.completions.create(model="newsqa", messages=messages)
    text, _ = split_sources(follow_up.choices[0].message.content or "")
    assert expected["who_alone"]["abstained"]  # alone, the question means nothing
    assert not expected["who"]["abstained"]
    assert text == expected["who"]["answer"]
    assert citations_of(follow_up.choices[0].message) == expected["who"]["citations"]


def test_follow_up_after_turns_this_server_did_not_answer(client: OpenAI) -> None:
    """History from elsewhere (another server, an edited reply): taken up from its words."""
    messages: list[Any] = [
        {"role": "user", "content": [{"type": "text", "text": OFFER}]},
        {"role": "assistant", "content": "Putin offered the US rare earths and aluminium."},
        {"role": "user", "content": WHO},
    ]
    reply = client.chat.completions.create(model="newsqa", messages=messages, stream=True)
    chunks = list(reply)
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "Putin" in content and "**Sources**" in content
    assert citations_of(chunks[-1].choices[0].delta)


def test_sixteen_concurrent_requests_all_succeed(
    server: Served, client: OpenAI, expected: dict
) -> None:
    def chat(_: int) -> str:
        reply = client.chat.completions.create(
            model="newsqa", messages=[{"role": "user", "content": TONNAGE}]
        )
        return split_sources(reply.choices[0].message.content or "")[0]

    def retrieve(_: int) -> list[str]:
        with server.http() as http:
            found = http.get("/v1/retrieve", params={"q": "rare earth metals", "k": 2})
            found.raise_for_status()
            return [p["chunk_id"] for p in found.json()["passages"]]

    with ThreadPoolExecutor(max_workers=16) as pool:
        chats = [pool.submit(chat, n) for n in range(12)]
        retrievals = [pool.submit(retrieve, n) for n in range(4)]
        answers = [f.result() for f in chats]
        passages = [f.result() for f in retrievals]
    assert answers == [expected["tonnage"]["answer"]] * 12
    assert all(p == passages[0] and len(p) == 2 for p in passages)


# --- newsqa's own routes --------------------------------------------------------------------
def test_ask_gives_the_ask_json_object(server: Served, expected: dict) -> None:
    with server.http() as http:
        reply = http.post("/v1/ask", json={"question": TONNAGE})
        assert reply.status_code == 200
        assert reply.json() == expected["tonnage"]
        filtered = http.post("/v1/ask", json={"question": TONNAGE, "outlets": ["AnewZ"]}).json()
    assert {p["outlet"] for p in filtered["passages"]} == {"AnewZ"}


def test_retrieve_gives_passages_in_the_ask_json_shape(server: Served) -> None:
    with server.http() as http:
        passages = http.get("/v1/retrieve", params={"q": "aluminium", "k": 3}).json()["passages"]
        anewz = http.get("/v1/retrieve", params={"q": "aluminium", "outlet": "AnewZ"}).json()
        later = http.get("/v1/retrieve", params={"q": "aluminium", "since": "2025-03-01"}).json()
    assert len(passages) == 3
    assert set(passages[0]) == {
        "chunk_id", "article_id", "title", "outlet", "published", "score", "text"
    }  # fmt: skip
    assert anewz["passages"] and {p["outlet"] for p in anewz["passages"]} == {"AnewZ"}
    assert later == {"passages": []}  # the seeds are from 2025-02-24


def test_status_and_models(server: Served, client: OpenAI, expected: dict) -> None:
    with server.http() as http:
        status = http.get("/v1/status").json()
    assert status == expected["status"]
    assert [m.id for m in client.models.list()] == ["newsqa"]
    assert client.models.retrieve("newsqa").owned_by == "newsqa"


# --- auth and errors ------------------------------------------------------------------------
def test_every_v1_route_needs_the_key_but_healthz_does_not(server: Served) -> None:
    assert httpx.get(f"{server.url}/healthz").json() == {"status": "ok"}
    routes = [
        ("GET", "/v1/models", None),
        ("GET", "/v1/status", None),
        ("GET", "/v1/retrieve?q=aluminium", None),
        ("POST", "/v1/ask", {"question": TONNAGE}),
        ("POST", "/v1/chat/completions", {"messages": [{"role": "user", "content": TONNAGE}]}),
        ("POST", "/v1/ingest", {"paths": ["/nowhere"]}),
    ]
    for method, path, body in routes:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY}):
            reply = httpx.request(method, server.url + path, json=body, headers=headers)
            assert reply.status_code == 401, (path, headers)
            assert reply.json()["error"]["code"] == "invalid_api_key"
            assert reply.headers["www-authenticate"] == "Bearer"
    wrong = OpenAI(base_url=server.api, api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        wrong.models.list()


def assert_openai_error(reply: httpx.Response, status: int, code: str) -> dict:
    assert reply.status_code == status, reply.text
    body = reply.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert body["error"]["code"] == code and body["error"]["message"]
    assert "Traceback" not in reply.text
    return dict(body["error"])


def test_malformed_requests_get_openai_shaped_errors(server: Served, client: OpenAI) -> None:
    with server.http() as http:
        broken = http.post(
            "/v1/chat/completions",
            content=b'{"messages": [',
            headers={"Content-Type": "application/json"},
        )
        assert_openai_error(broken, 400, "invalid_json")
        error = assert_openai_error(
            http.post("/v1/ask", json={"q": TONNAGE}), 422, "invalid_request"
        )
        assert error["param"] == "question"
        assert_openai_error(http.post("/v1/chat/completions", json={"messages": []}), 422,
                            "invalid_request")  # fmt: skip
        bad_date = http.get("/v1/retrieve", params={"q": "aluminium", "since": "someday"})
        assert "not a date" in assert_openai_error(bad_date, 400, "invalid_value")["message"]
        assert_openai_error(http.get("/v1/retrieve", params={"q": "x", "k": 0}), 422,
                            "invalid_request")  # fmt: skip
        assert_openai_error(http.get("/v1/nothing-here"), 404, "unknown_url")
        assert_openai_error(http.get("/v1/models/gpt-4"), 404, "model_not_found")
        assert_openai_error(http.delete("/v1/ask"), 405, "http_405")
    with pytest.raises(openai.BadRequestError, match="the user's question"):
        client.chat.completions.create(
            model="newsqa", messages=[{"role": "assistant", "content": "Hello"}]
        )
    with pytest.raises(openai.BadRequestError, match="not a date"):
        client.chat.completions.create(
            model="newsqa",
            messages=[{"role": "user", "content": TONNAGE}],
            extra_body={"since": "last tuesday-ish"},
        )


# --- ingest (last: it changes the store the tests above read) -------------------------------
def test_ingest_articles_then_paths(server: Served, tmp_path: Path) -> None:
    article = {
        "title": "Harbour crane strike ends in Rotterdam",
        "body": "Dock workers in Rotterdam ended a five-day crane strike on Tuesday after the "
        "port authority agreed to a 4 percent pay rise, the union said.",
        "outlet": "Test Wire",
        "published": "2025-03-04",
        "url": "https://example.invalid/crane-strike",
    }
    with server.http() as http:
        first = http.post("/v1/ingest", json={"articles": [article]})
        assert first.status_code == 200, first.text
        report = first.json()
        assert (report["added"], report["skipped"]) == (1, [])
        assert set(report) == {
            "added", "updated", "unchanged", "removed", "duplicates", "skipped", "chunks",
            "seconds",
        }  # fmt: skip
        again = http.post("/v1/ingest", json={"articles": [article]}).json()
        assert (again["added"], again["unchanged"]) == (0, 1)
        found = http.get("/v1/retrieve", params={"q": "crane strike Rotterdam", "k": 1}).json()
        assert found["passages"][0]["title"] == article["title"]
        answer = http.post("/v1/ask", json={"question": "How big was the Rotterdam pay rise?"})
        assert "4 percent" in answer.json()["answer"]

        folder = tmp_path / "more"
        folder.mkdir()
        (folder / "glacier.json").write_text(
            json.dumps(
                {
                    "title": "Glacier retreat measured in the Alps",
                    "body": "Swiss glaciologists measured a 60 metre retreat of the Rhone "
                    "glacier over the summer.",
                    "source": "Alpine Post",
                    "published_at": "2025-03-05",
                }
            )
        )
        by_path = http.post("/v1/ingest", json={"paths": [str(folder)]}).json()
        assert by_path["added"] == 1
        status = http.get("/v1/status").json()
        assert status["articles"] == 4 and "Alpine Post" in status["outlets"]

        missing = http.post("/v1/ingest", json={"paths": [str(tmp_path / "nowhere")]})
        assert "no such file" in assert_openai_error(missing, 400, "invalid_value")["message"]
        both = http.post("/v1/ingest", json={"paths": [str(folder)], "articles": [article]})
        assert_openai_error(both, 400, "invalid_ingest")
        untitled = http.post("/v1/ingest", json={"articles": [{"body": "text"}]})
        assert_openai_error(untitled, 422, "invalid_request")
