"""`newsqa bench serve`: N concurrent OpenAI clients against a real `newsqa serve`, for a while.

The server is a subprocess on the store `bench ingest` left (brought up to date first), and the
clients are the official `openai` async client asking chat completions of the offline answerer,
each sending its next question as soon as the last is answered. Every question is asked once
before the clock starts: the figures are for a warm server.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

from assistant.bench.query import store_for_scale
from assistant.bench.runner import BenchError, _cli, _env, _log, free_port


def bench_serve(
    corpus: Path,
    scale: int,
    workdir: Path,
    clients: int = 16,
    seconds: float = 30.0,
    limit: int | None = None,
    chroma_url: str | None = None,
) -> dict[str, Any]:
    """Throughput, p50/p95 latency and errors of `clients` concurrent chat clients."""
    home, collection, built, questions = store_for_scale(
        "serve", corpus, scale, workdir, limit, chroma_url
    )
    port = free_port()
    env = _env()
    key = env.get("NEWSQA_API_KEY") or "not-needed"
    log = workdir / "serve.log"
    command = [*_cli(home, chroma_url, collection), "serve", "--port", str(port)]
    with log.open("wb") as out:
        server = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        base = f"http://127.0.0.1:{port}/v1"
        _wait_until_up(server, f"http://127.0.0.1:{port}/healthz", log)
        _log(f"  warming up ({len(questions)} questions), then {clients} clients for {seconds:g} s")
        figures = asyncio.run(_load(base, key, questions, clients, seconds, server.pid))
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    return {
        "scale": scale,
        "articles": built["articles"] + built["unchanged"],
        "clients": clients,
        "seconds": seconds,
        **figures,
    }


async def _load(
    base: str, key: str, questions: list[str], clients: int, seconds: float, pid: int
) -> dict[str, Any]:
    from openai import AsyncOpenAI

    api = AsyncOpenAI(base_url=base, api_key=key, max_retries=0, timeout=120)
    offline = {"offline": True}

    async def ask(question: str) -> None:
        await api.chat.completions.create(
            model="newsqa",
            messages=[{"role": "user", "content": question}],
            extra_body=offline,
        )

    for question in questions:  # warm: every question once, not timed
        await ask(question)
    latencies: list[float] = []
    errors: dict[str, int] = {}
    deadline = time.monotonic() + seconds

    async def client(number: int) -> None:
        turn = number
        while time.monotonic() < deadline:
            question = questions[turn % len(questions)]
            turn += clients
            started = time.perf_counter()
            try:
                await ask(question)
            except Exception as exc:  # counted, never fatal: errors are a figure
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                continue
            latencies.append((time.perf_counter() - started) * 1000)

    started, cpu = time.monotonic(), _cpu_seconds(pid)
    await asyncio.gather(*(client(n) for n in range(clients)))
    elapsed, cpu = time.monotonic() - started, _cpu_seconds(pid) - cpu
    await api.close()
    ordered = sorted(latencies) or [0.0]
    return {
        "requests": len(latencies),
        "serve_errors": sum(errors.values()),
        "error_kinds": errors,
        "serve_throughput_rps": len(latencies) / elapsed if elapsed else 0.0,
        "serve_p50_ms": statistics.median(ordered),
        "serve_p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "serve_max_ms": ordered[-1],
        "elapsed_s": elapsed,
        # On a shared machine the latencies say how busy it was; the server's own CPU time per
        # answer says what an answer costs (0 where /proc is not there).
        "server_cpu_ms_per_answer": cpu * 1000 / len(latencies) if latencies else 0.0,
        "server_cores_used": cpu / elapsed if elapsed else 0.0,
    }


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc), 0 if unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _wait_until_up(server: subprocess.Popen[bytes], url: str, log: Path) -> None:
    import httpx

    deadline = time.monotonic() + 300  # a first run exports the model and builds caches
    while True:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            tail = log.read_text(errors="replace").splitlines()[-5:]
            raise BenchError("newsqa serve did not start: " + " | ".join(tail))
        time.sleep(0.3)
