"""A scripted OpenAI-compatible HTTP server on 127.0.0.1 that speaks the real OpenAI protocol."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ERROR_TYPES = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    404: ("invalid_request_error", "unknown_url"),
    429: ("requests", "rate_limit_exceeded"),
    500: ("server_error", None),
    503: ("server_error", "service_unavailable"),
}


class _QuietServer(ThreadingHTTPServer):
    """A client that walks away mid-reply is a case under test, not an error to print: the
    default handler writes a traceback to stderr, into whichever CLI run captures it then."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@dataclass
class Reply:
    """A model reply; `chunks` fixes how a streamed reply is split into deltas.

    The other fields stage what real servers do: `finish` "length" (a reply cut by the token
    cap; a request's `max_tokens`, counted in deltas, cuts it too), `first_content` None
    (llama.cpp opens with `content: null`), `stall` seconds between the headers and the first
    delta (llama.cpp sends its headers, then processes the prompt), `pause` seconds between
    deltas, `drop_after` deltas after which the connection is cut mid-body (a server killed
    mid-answer), and `timings` on the last chunk (llama.cpp's own addition).
    """

    text: str
    chunks: list[str] | None = None
    as_json: bool = False  # answer with a chat.completion object even when asked to stream
    finish: str = "stop"
    first_content: str | None = ""
    stall: float = 0.0
    pause: float = 0.0
    drop_after: int | None = None
    timings: bool = False

    def deltas(self) -> list[str]:
        if self.chunks is not None:
            assert "".join(self.chunks) == self.text, "chunks must join to the text"
            return list(self.chunks)
        words = re.findall(r"\S+\s*", self.text)
        pieces = ["".join(words[i : i + 2]) for i in range(0, len(words), 2)]
        return pieces or [self.text]


@dataclass
class Fail:
    """An HTTP error status with an OpenAI-style JSON error body."""

    status: int
    message: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    integer_code: bool = False  # llama.cpp's form: `"code": 503`, not a string

    def body(self) -> dict[str, Any]:
        kind, name = ERROR_TYPES.get(self.status, ("server_error", None))
        message = self.message or f"scripted HTTP {self.status}"
        code: str | int | None = self.status if self.integer_code else name
        return {"error": {"message": message, "type": kind, "param": None, "code": code}}

    def all_headers(self) -> dict[str, str]:
        extra = {"Retry-After": "0"} if self.status == 429 else {}
        return {**extra, **self.headers}


@dataclass
class Delay:
    """Sleep (longer than the client's timeout) before answering with `then`."""

    seconds: float
    then: Reply | Fail | None = None


Step = Reply | Fail | Delay | str
EXHAUSTED = Fail(500, "scripted server: no scripted response left")


class ScriptedOpenAI:
    """An OpenAI-compatible endpoint that answers from a script and records every request.

    It speaks the real OpenAI wire protocol. `POST /v1/chat/completions` returns a JSON
    `chat.completion` object, or, when the request has `"stream": true`, Server-Sent Events: one
    `data: {chat.completion.chunk JSON}\\n\\n` line per chunk (the first carries role "assistant",
    the content is split into several deltas, the last has finish_reason "stop") and a final
    `data: [DONE]\\n\\n`. `POST /v1/embeddings` returns deterministic vectors (float lists, or
    base64 float32 when `encoding_format` is "base64", as the SDK asks by default).

    Each chat request takes the next step of the script: reply text (`str` or `Reply`), an HTTP
    error (`Fail(429)` with `Retry-After: 0`, `Fail(500)`, `Fail(503)`, ...) with an OpenAI-style
    body `{"error": {"message", "type", "param", "code"}}`, or a `Delay` longer than the client
    timeout. Bodies (parsed JSON) are kept in `requests`, headers in `headers`.

    By default it speaks HTTP/1.1 with keep-alive and chunked streams, as llama.cpp and OpenAI do;
    `http11=False` gives HTTP/1.0 with one connection per request (a closed socket then ends a
    body silently). `abandoned` counts streams whose reader went away before the end.
    """

    def __init__(self, http11: bool = True) -> None:
        self._steps: deque[Step] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.http11 = http11
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.paths: list[str] = []
        self.embedding_requests: list[dict[str, Any]] = []
        self.abandoned = 0
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def script(self, steps: list[Step]) -> None:
        """Replace the queue of responses to come."""
        with self._lock:
            self._steps = deque(steps)

    @property
    def remaining(self) -> int:
        with self._lock:
            return len(self._steps)

    def start(self) -> ScriptedOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in a Delay
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _next(self) -> Step:
        with self._lock:
            return self._steps.popleft() if self._steps else EXHAUSTED

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1" if server.http11 else "HTTP/1.0"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    self._send_error(Fail(400, "request body is not JSON"))
                    return
                path = self.path.split("?")[0].rstrip("/")
                if path.endswith("/chat/completions"):
                    with server._lock:
                        server.requests.append(body)
                        server.headers.append({k.lower(): v for k, v in self.headers.items()})
                        server.paths.append(path)
                    self._chat(body, server._next())
                elif path.endswith("/embeddings"):
                    with server._lock:
                        server.embedding_requests.append(body)
                    self._embeddings(body)
                else:
                    self._send_error(Fail(404, f"Invalid URL (POST {path})"))

            def _chat(self, body: dict[str, Any], step: Step) -> None:
                if isinstance(step, Delay):
                    server._stopping.wait(step.seconds)
                    step = step.then or Reply("too late")
                if isinstance(step, str):
                    step = Reply(step)
                try:
                    if isinstance(step, Fail):
                        self._send_error(step)
                    elif body.get("stream") and not step.as_json:
                        self._stream(body, step)
                    else:
                        self._send_json(200, completion(body, step.text, step.finish))
                except (BrokenPipeError, ConnectionResetError):
                    with server._lock:
                        server.abandoned += 1  # the client gave up (a timeout, a cancel)
                    self.close_connection = True

            def _stream(self, body: dict[str, Any], reply: Reply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream; charset=utf-8")
                self.send_header("Cache-Control", "no-cache")
                if server.http11:
                    self.send_header("Transfer-Encoding", "chunked")
                else:
                    self.send_header("Connection", "close")
                self.end_headers()
                chunk_id = f"chatcmpl-{len(server.requests)}"
                model = body.get("model", "")
                first = {"role": "assistant", "content": reply.first_content, "refusal": None}
                self._event(chunk(chunk_id, model, first, None))
                if reply.stall:
                    server._stopping.wait(reply.stall)
                deltas, finish = reply.deltas(), reply.finish
                cap = body.get("max_tokens") or body.get("max_completion_tokens")
                if cap and len(deltas) > cap:  # one delta stands for one token, as in llama.cpp
                    deltas, finish = deltas[:cap], "length"
                for i, delta in enumerate(deltas):
                    if reply.drop_after is not None and i >= reply.drop_after:
                        self._drop()
                        return
                    if reply.pause:
                        server._stopping.wait(reply.pause)
                    self._event(chunk(chunk_id, model, {"content": delta}, None))
                last = chunk(chunk_id, model, {}, finish)
                if reply.timings:
                    last["timings"] = {"prompt_n": 12, "predicted_n": len(deltas)}
                self._event(last)
                if (body.get("stream_options") or {}).get("include_usage"):
                    final = chunk(chunk_id, model, {}, None)
                    self._event({**final, "choices": [], "usage": usage(body, reply.text)})
                self._write(b"data: [DONE]\n\n")
                if server.http11:
                    self.wfile.write(b"0\r\n\r\n")  # the end of the chunked body
                    self.wfile.flush()

            def _event(self, event: dict[str, Any]) -> None:
                self._write(f"data: {json.dumps(event)}\n\n".encode())

            def _write(self, data: bytes) -> None:
                if server.http11:
                    data = f"{len(data):X}\r\n".encode() + data + b"\r\n"
                self.wfile.write(data)
                self.wfile.flush()

            def _drop(self) -> None:
                """Cut the connection mid-body, as a server that dies does."""
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)

            def _embeddings(self, body: dict[str, Any]) -> None:
                inputs = body.get("input", [])
                inputs = [inputs] if isinstance(inputs, str) else list(inputs)
                data = []
                for i, text in enumerate(inputs):
                    vector = fake_vector(str(text))
                    if body.get("encoding_format") == "base64":
                        packed = struct.pack(f"<{len(vector)}f", *vector)
                        encoded: Any = base64.b64encode(packed).decode()
                    else:
                        encoded = vector
                    data.append({"object": "embedding", "index": i, "embedding": encoded})
                tokens = sum(len(str(t).split()) for t in inputs)
                payload = {
                    "object": "list",
                    "data": data,
                    "model": body.get("model", ""),
                    "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
                }
                self._send_json(200, payload)

            def _send_error(self, fail: Fail) -> None:
                self._send_json(fail.status, fail.body(), fail.all_headers())

            def _send_json(
                self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        return Handler


def usage(body: dict[str, Any], text: str) -> dict[str, int]:
    prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    completion_tokens = len(text.split())
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt + completion_tokens,
    }


def completion(body: dict[str, Any], text: str, finish: str = "stop") -> dict[str, Any]:
    """A `chat.completion` object, as OpenAI returns it."""
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", ""),
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text, "refusal": None},
                "logprobs": None,
                "finish_reason": finish,
            }
        ],
        "usage": usage(body, text),
    }


def chunk(chunk_id: str, model: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    """One `chat.completion.chunk` event."""
    return {
        "id": chunk_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": None,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }


def fake_vector(text: str, dimension: int = 16) -> list[float]:
    """A deterministic vector for a text (equal texts, equal vectors)."""
    digest = hashlib.sha256(text.encode()).digest()
    return [(b - 127.5) / 127.5 for b in digest[:dimension]]
