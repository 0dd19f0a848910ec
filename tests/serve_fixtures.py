"""A real `newsqa serve` in a subprocess on a free 127.0.0.1 port, over a store built here."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from conftest import free_port, stop

from assistant.api import Assistant

NEWSQA = Path(sys.executable).parent / "newsqa"
SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "articles"
LLM_VARIABLES = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "NEWSQA_MODEL", "NEWSQA_CHROMA_URL")


def seeded_home(folder: Path, embedder, models_dir: Path, **settings: object) -> Path:
    """A NEWSQA_HOME holding the two seed articles (built in this process: the model is loaded)."""
    home = folder / "home"
    folder.mkdir(parents=True, exist_ok=True)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NEWSQA_CONFIG", str(folder / "no-config.toml"))
        env.setenv("NEWSQA_MODELS_DIR", str(models_dir))
        for name in LLM_VARIABLES:
            env.delenv(name, raising=False)
        a = Assistant.open(
            home=home,
            offline=True,
            embedder=embedder,
            **settings,  # type: ignore[arg-type]
        )
        try:
            a.ingest([SEEDS])
        finally:
            a.close()
    return home


def server_env(home: Path, models_dir: Path, **variables: str) -> dict[str, str]:
    """The environment of a server process: its own home and nothing from the user's."""
    env = {k: v for k, v in os.environ.items() if k not in LLM_VARIABLES}
    env.pop("NEWSQA_API_KEY", None)
    env.update(
        NEWSQA_HOME=str(home),
        NEWSQA_MODELS_DIR=str(models_dir),
        NEWSQA_CONFIG=str(home.parent / "no-config.toml"),  # never there: no user config
        HF_HUB_OFFLINE="1",
        TOKENIZERS_PARALLELISM="false",
    )
    env.update(variables)
    return env


@dataclass
class Served:
    """A running `newsqa serve`: `url` is its base (…:port), `api` the OpenAI base URL."""

    process: subprocess.Popen[bytes]
    port: int
    log: Path
    key: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api(self) -> str:
        return f"{self.url}/v1"

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"} if self.key else {}

    def http(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, headers=self.headers, timeout=60)

    def stop(self) -> None:
        stop(self.process, grace=15)


def start_server(env: dict[str, str], log: Path, *args: str, key: str | None = None) -> Served:
    """`newsqa [args] serve --port N`, started and answering /healthz."""
    port = free_port()
    command = [str(NEWSQA), *args, "serve", "--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    served = Served(process, port, log, key)
    deadline = time.monotonic() + 120  # a loaded machine; a healthy start takes a few seconds
    while True:
        try:
            if httpx.get(f"{served.url}/healthz", timeout=2).status_code == 200:
                return served
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            served.stop()
            pytest.fail(f"newsqa serve did not start:\n{log.read_text(errors='replace')}")
        time.sleep(0.2)
