"""Two `newsqa serve` processes over one `chroma run` server, each with its own home (its own
caches): they answer the same, one sees what the other ingested, and a store gone away is a
503."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import start_chroma
from serve_fixtures import Served, seeded_home, server_env, start_server

KEY = "shared-key"
TONNAGE = "How much aluminium could Russia supply to the US each year?"


@pytest.fixture(scope="module")
def chroma(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, subprocess.Popen]]:
    """A `chroma run` server of this module's own: the last test stops it."""
    url, process = start_chroma(tmp_path_factory.mktemp("chroma"))
    yield url, process
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def servers(
    chroma: tuple[str, subprocess.Popen],
    embedder,
    models_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[list[Served]]:
    url, _ = chroma
    folder = tmp_path_factory.mktemp("shared")
    homes = {
        "a": seeded_home(folder / "a", embedder, models_dir, chroma_url=url),
        "b": folder / "b" / "home",  # empty: the server fetches the store when it starts
    }
    started: list[Served] = []
    try:
        for name, home in homes.items():
            env = server_env(home, models_dir, NEWSQA_API_KEY=KEY)
            log = folder / f"serve-{name}.log"
            started.append(start_server(env, log, "--chroma-url", url, key=KEY))
        yield started
    finally:
        for served in started:
            served.stop()


def test_two_servers_answer_the_same_and_follow_each_others_ingests(
    servers: list[Served],
) -> None:
    a, b = (served.http() for served in servers)
    with a, b:
        answers = [http.post("/v1/ask", json={"question": TONNAGE}).json() for http in (a, b)]
        assert answers[0] == answers[1] and "2 million tons" in answers[0]["answer"]
        assert a.get("/v1/status").json()["chroma"].startswith("http://127.0.0.1:")

        article = {
            "title": "Copper smelter reopens in Zambia",
            "body": "The Mufulira copper smelter in Zambia reopened on Monday after a "
            "three-month shutdown for repairs, its operator said.",
            "outlet": "Test Wire",
            "published": "2025-03-10",
        }
        assert a.post("/v1/ingest", json={"articles": [article]}).json()["added"] == 1
        found = b.get("/v1/retrieve", params={"q": "Mufulira copper smelter", "k": 1}).json()
        assert found["passages"][0]["title"] == article["title"]
        assert b.get("/v1/status").json()["articles"] == 3


def test_a_store_gone_away_is_a_503(
    servers: list[Served], chroma: tuple[str, subprocess.Popen]
) -> None:
    _, process = chroma
    process.terminate()
    process.wait(timeout=30)
    with servers[0].http() as http:
        for reply in (
            http.get("/v1/retrieve", params={"q": "aluminium"}),
            http.get("/v1/status"),
            http.post("/v1/ask", json={"question": TONNAGE}),
            http.post("/v1/chat/completions", json={"messages": [
                {"role": "user", "content": TONNAGE}
            ]}),
        ):  # fmt: skip
            assert reply.status_code == 503, reply.text
            error = reply.json()["error"]
            assert (error["type"], error["code"]) == ("server_error", "store_unavailable")
            assert error["message"].startswith("the store is unreachable")
        assert httpx.get(f"{servers[0].url}/healthz").status_code == 200
