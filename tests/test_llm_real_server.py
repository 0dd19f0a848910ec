"""The LLM path against a real llama.cpp server and against the scripted one, test for test.

Each test runs twice: on the scripted server (staged to behave as llama.cpp does: a null first
delta, one token per delta, `timings`, chunked keep-alive) and on llama.cpp itself serving Gemma
3 270M, which repeats the scripted replies (see `llama_server.py`). The faults are the ones a real
server showed: killed mid-answer, a first token slower than the timeout, a stream closed early
(the server must stop writing), a reply cut by the token cap.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from llama_server import LlamaServer
from llm_fixtures import llama_model_fixture, openai_server_fixture  # noqa: F401 - fixtures
from openai_server import Reply, ScriptedOpenAI
from store_fixtures import SEEDS, on_index, seeded_index_fixture  # noqa: F401 - fixture

from assistant.api import Assistant
from assistant.cli.main import cli
from assistant.types import Answer

TONNAGE = "How much aluminium could Russia supply to the US each year?"
MARKERS = "What did Putin offer the United States?"
UNANSWERABLE = "Who won the 2024 Super Bowl?"
LONG = "What did Putin say about aluminium, rare earths and the American market?"
SLOW = "Which cut in defence budgets did Putin propose to the Americans?"

LONG_REPLY = " ".join(
    [
        "Putin said Russia was ready to offer the United States rare earth metals [1].",
        "He said Russian companies could supply up to 2 million tons of aluminium a year [1].",
        "He said such supplies would have a restraining influence on prices [1].",
        "He proposed joint hydropower generation and aluminium production in Krasnoyarsk [1].",
        "He called rare earth metals a priority for the economy and for competitiveness [1].",
    ]
)
# Repeated three times in its prompt (see llama_server.py), it takes the server well over a
# second to read: about 900 tokens on 2 threads.
SLOW_REPLY = " ".join(
    f"Point {i}: Putin proposed that Russia and the United States each cut their defence "
    f"budgets by 50 percent, and said that China could join the talks later [1]."
    for i in range(1, 9)
)


def expected_tonnage(number: int) -> str:
    return f"Russia could supply up to 2 million tons of aluminium to the US each year [{number}]."


@pytest.fixture(scope="module")
def replies(seeded_index, embedder, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """What the model says to each question (the passage numbers as retrieval will give them)."""
    home = tmp_path_factory.mktemp("replies")
    a = on_index(seeded_index, embedder, home, offline=True)
    passages = a.retrieve(TONNAGE, k=a.settings.top_k)
    number = next(i for i, p in enumerate(passages, 1) if "2 million tons" in p.text)
    return {
        TONNAGE: expected_tonnage(number),
        MARKERS: "Putin offered the US rare earth metals and aluminium [3, 1]. "
        "He made the offer on Monday [7].",
        UNANSWERABLE: "The articles don't say who won the 2024 Super Bowl. [1]",
        LONG: LONG_REPLY,
        SLOW: SLOW_REPLY,
    }


@pytest.fixture(scope="module")
def llama(
    replies: dict[str, str], llama_model: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LlamaServer]:
    """One llama.cpp server for the module (2 threads, one slot, 2048 tokens of context)."""
    script = [(f"Question: {question}\n", reply) for question, reply in replies.items()]
    log = tmp_path_factory.mktemp("llama") / "server.log"
    server = LlamaServer(llama_model, script, log=log, n_ctx=2048, n_predict=256, threads=2)
    yield server.start()
    server.stop()


class Backend:
    """One server under test: arranges its replies and faults, and says what it is doing."""

    name = ""
    url = ""

    def say(self, question: str, **staging: Any) -> None:
        """The next request about `question` gets its scripted reply, staged as given."""

    def die(self) -> None:
        """The server dies now (mid-answer)."""

    def cap_sent(self) -> int | None:
        """The token cap the last request carried."""
        raise NotImplementedError

    def stopped_writing(self, timeout: float) -> bool:
        """Whether the server gave up the reply whose reader went away (within `timeout`)."""
        raise NotImplementedError


class ScriptedBackend(Backend):
    name = "scripted"

    def __init__(self, server: ScriptedOpenAI, replies: dict[str, str]) -> None:
        self.server = server
        self.replies = replies
        self.url = server.url

    def say(self, question: str, **staging: Any) -> None:
        text = self.replies[question]
        tokens = re.findall(r"\s*(?:\w+|[^\w\s])", text)  # about one token per delta
        self.server.script(
            [Reply(text, chunks=tokens, first_content=None, timings=True, **staging)]
        )

    def cap_sent(self) -> int | None:
        return self.server.requests[-1].get("max_tokens")

    def stopped_writing(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self.server.abandoned == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.server.abandoned == 1


class LlamaBackend(Backend):
    name = "llama"

    def __init__(self, server: LlamaServer) -> None:
        self.server = server
        if not server.alive:  # a test before killed it
            server.start()
        # A reply a test walked away from may still be read (a prompt is never cut halfway).
        assert server.wait_idle(120), "llama.cpp server still busy from an earlier test"
        self.url = server.openai_url
        self.predicted_before = self.tokens_predicted()

    def die(self) -> None:
        self.server.kill()

    def cap_sent(self) -> int | None:
        return self.server.slots()[0]["params"]["max_tokens"]

    def tokens_predicted(self) -> int:
        metrics = httpx.get(f"{self.server.url}/metrics", timeout=5).text
        found = re.search(r"^llamacpp:tokens_predicted_total (\d+)", metrics, re.M)
        return int(found.group(1)) if found else 0

    def stopped_writing(self, timeout: float) -> bool:
        return self.server.wait_idle(timeout)


@pytest.fixture(params=["scripted", pytest.param("llama", marks=pytest.mark.llama)])
def backend(request: pytest.FixtureRequest, replies: dict[str, str]) -> Backend:
    if request.param == "llama":
        return LlamaBackend(request.getfixturevalue("llama"))
    return ScriptedBackend(request.getfixturevalue("openai_server"), replies)


@pytest.fixture
def open_llm(backend: Backend, seeded_index, embedder, isolated_home: Path):
    """Opens assistants on the backend over the shared store of the two seeds."""

    def open_(**overrides: object) -> Assistant:
        settings: dict[str, object] = {
            "model": "gemma-3-270m",
            "openai_base_url": backend.url,
            "openai_api_key": "test-key",
            "llm_timeout": 60.0,  # a loaded 2-core machine can be slow
            "llm_retries": 0,
        }
        settings.update(overrides)
        return on_index(seeded_index, embedder, isolated_home, **settings)

    return open_


def collect(pieces: Iterator[str | Answer], after_first: Any = None) -> tuple[list[str], Answer]:
    """The streamed text pieces and the final answer; `after_first()` runs after the first piece."""
    texts: list[str] = []
    final: Answer | None = None
    for item in pieces:
        if isinstance(item, Answer):
            assert final is None, "one final Answer"
            final = item
            continue
        texts.append(item)
        if len(texts) == 1 and after_first is not None:
            after_first()
    assert final is not None
    return texts, final


# --- the same answers ---------------------------------------------------------------------------


def test_answer_streams_token_by_token_with_citations(
    backend: Backend, open_llm, replies: dict[str, str]
) -> None:
    backend.say(TONNAGE)
    a = open_llm()
    pieces, answer = collect(a.stream(TONNAGE))
    assert len(pieces) >= 10  # one token at a time, not one block
    assert "".join(pieces).strip() == answer.text
    assert answer.answerer == "llm:gemma-3-270m"
    assert answer.text == re.sub(r"\[\d\]", "[1]", replies[TONNAGE])
    [citation] = answer.citations
    assert "2 million tons of aluminium" in citation.quote
    assert answer.notices == [] and answer.unsupported == [] and not answer.truncated
    assert answer.to_dict()["truncated"] is False
    assert backend.cap_sent() == 512  # every request carries the cap (llm_max_tokens)


def test_wrong_markers_are_renumbered_and_dropped(backend: Backend, open_llm) -> None:
    backend.say(MARKERS)
    answer = open_llm().ask(MARKERS)
    assert answer.text == (
        "Putin offered the US rare earth metals and aluminium [1][2]. He made the offer on Monday."
    )
    assert answer.dropped_markers == [7]
    assert [c.passage for c in answer.citations] == [answer.passages[2], answer.passages[0]]
    assert "removed citation markers that point at no passage: [7]" in answer.notices


def test_refusal_is_an_abstention_without_citations(backend: Backend, open_llm) -> None:
    backend.say(UNANSWERABLE)
    answer = open_llm().ask(UNANSWERABLE)
    assert answer.answerer == "llm:gemma-3-270m"
    assert answer.abstained
    assert answer.text == "The articles don't say who won the 2024 Super Bowl."
    assert answer.citations == [] and answer.unsupported == []


# --- the faults ---------------------------------------------------------------------------------


def test_token_cap_marks_the_answer_cut(
    backend: Backend, seeded_index, embedder, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsqa ask --json` with a 12-token cap: one JSON object, "truncated": true, an ellipsis,
    and one note saying why."""
    backend.say(LONG)
    monkeypatch.setattr("assistant.api.LocalEmbedder", lambda **_: embedder)
    monkeypatch.setenv("NEWSQA_MODEL", "gemma-3-270m")
    monkeypatch.setenv("OPENAI_BASE_URL", backend.url)
    monkeypatch.setenv("NEWSQA_LLM_TIMEOUT", "60")
    monkeypatch.setenv("NEWSQA_LLM_MAX_TOKENS", "12")
    runner = CliRunner()
    home = ["--home", str(isolated_home)]
    assert runner.invoke(cli, [*home, "ingest", "-q", str(SEEDS)]).exit_code == 0
    result = runner.invoke(cli, [*home, "ask", "--json", LONG])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["truncated"] is True
    assert data["answerer"] == "llm:gemma-3-270m"
    assert data["answer"].startswith("Putin said Russia was ready")
    assert data["answer"].endswith("…")
    assert LONG_REPLY.startswith(data["answer"].removesuffix("…").strip())
    assert result.stderr.splitlines() == [
        "note: the model's reply reached its 12-token cap (llm_max_tokens); the answer is cut short"
    ]
    assert backend.cap_sent() == 12


def test_server_dying_mid_answer_falls_back(backend: Backend, open_llm) -> None:
    backend.say(LONG, drop_after=4, pause=0.05)
    a = open_llm()
    offline = a.ask(LONG, offline=True)
    pieces, answer = collect(a.stream(LONG), after_first=backend.die)
    assert answer.answerer == "offline"
    assert answer.notices == [
        "the model endpoint closed the connection mid-reply; showing the offline answer instead"
    ]
    assert answer.text == offline.text and answer.citations
    part, rest = "".join(pieces).split("\n\n", 1)  # the part-answer, then the offline one
    assert part.strip() and LONG_REPLY.startswith(part.strip())
    assert rest.split() == offline.text.split()


def test_first_token_slower_than_the_timeout_falls_back(backend: Backend, open_llm) -> None:
    """The headers come at once; the first token does not (the prompt is being read): the
    answer falls back after the timeout, without retrying, in about the timeout."""
    backend.say(SLOW, stall=10.0)
    a = open_llm(llm_timeout=0.5, llm_retries=2)
    started = time.monotonic()
    answer = a.ask(SLOW)
    elapsed = time.monotonic() - started
    assert answer.answerer == "offline"
    assert answer.notices == [
        "the model endpoint timed out after 0.5 s; showing the offline answer instead"
    ]
    assert not answer.abstained
    assert elapsed < 0.5 + 5  # not three attempts of 0.5 s plus backoff, and no 10 s wait


def test_closing_the_stream_stops_the_server_writing(backend: Backend, open_llm) -> None:
    """A reader that stops (Esc in the chat, a `break`) closes the HTTP stream, and the server
    stops writing: on a one-slot server the next question is answered at once."""
    backend.say(LONG, pause=0.1)
    a = open_llm()
    pieces = a.stream(LONG)
    read = [next(pieces) for _ in range(3)]
    assert all(isinstance(piece, str) for piece in read)
    pieces.close()
    assert backend.stopped_writing(timeout=15)
    if isinstance(backend, LlamaBackend):  # far fewer tokens than the ~90 of the whole reply
        assert backend.tokens_predicted() - backend.predicted_before < 30

    backend.say(TONNAGE)
    answer = a.ask(TONNAGE)
    assert answer.answerer == "llm:gemma-3-270m"
    assert "2 million tons" in answer.text
