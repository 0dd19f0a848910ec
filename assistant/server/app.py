"""The HTTP API of `newsqa serve`: OpenAI-compatible chat completions and newsqa's own routes.

Routes stay thin: the engine is `ServedAssistant`, and every call into it runs on a worker thread
(the encoder and Chroma block), so the event loop keeps serving other requests. An answer is
produced piece by piece on worker threads; between two pieces the client is checked, and one that
went away gets its answer closed, which closes the LLM call behind it.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from assistant.server.openai_shapes import (
    MODEL_ID,
    ApiError,
    AskRequest,
    ChatRequest,
    IngestRequest,
    Tidy,
    chunk,
    completion,
    finish_reason,
    last_delta,
    new_completion_id,
    sources_block,
    usage,
)
from assistant.server.shared import ServedAssistant
from assistant.types import Answer

log = logging.getLogger("newsqa.serve")
T = TypeVar("T")
STARTED = 1_700_000_000  # `created` of the one model: a fixed date, as OpenAI's are


def create_app(assistant: ServedAssistant) -> FastAPI:
    """The FastAPI app over one shared assistant (the CLI and the tests build it the same way)."""
    app = FastAPI(title="newsqa", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.assistant = assistant
    key = assistant.settings.api_key.get_secret_value() if assistant.settings.api_key else None
    _add_error_handlers(app)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    v1 = APIRouter(prefix="/v1", dependencies=[Depends(_key_check(key))])

    @v1.get("/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [_model()]}

    @v1.get("/models/{model}")
    async def model(model: str) -> dict[str, Any]:
        if model != MODEL_ID:
            raise ApiError(404, f"no model {model!r} here: the one model is {MODEL_ID!r}",
                           code="model_not_found", param="model")  # fmt: skip
        return _model()

    @v1.post("/chat/completions", response_model=None)
    async def chat_completions(body: ChatRequest, request: Request) -> Any:
        question, earlier = body.turns()
        pieces = assistant.answer(question, earlier, **body.options())
        stream = _until_gone(request, pieces)
        first = await _engine(_first(stream))  # errors before any byte keep their HTTP status
        prompt = sum(_tokens(assistant, m.text()) for m in body.messages)
        completion_id = new_completion_id()
        if body.stream:
            include_usage = bool(body.stream_options and body.stream_options.include_usage)
            events = _events(assistant, completion_id, first, stream, prompt, include_usage)
            return StreamingResponse(
                events,
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            )
        answer = first if isinstance(first, Answer) else await _engine(_final(stream))
        content = answer.text + sources_block(answer.citations)
        tokens = usage(prompt, _tokens(assistant, content))
        return completion(completion_id, answer, content, tokens)

    @v1.post("/ask")
    async def ask(body: AskRequest, request: Request) -> dict[str, Any]:
        pieces = assistant.answer(body.question, **body.options())
        answer = await _engine(_final(_until_gone(request, pieces)))
        return answer.to_dict()

    @v1.get("/retrieve")
    async def retrieve(
        q: Annotated[str, Query(min_length=1)],
        k: Annotated[int, Query(ge=1, le=50)] = 10,
        outlet: Annotated[list[str] | None, Query()] = None,
        since: str | None = None,
        until: str | None = None,
    ) -> dict[str, Any]:
        def run() -> list[dict[str, Any]]:
            with assistant.reading():
                passages = assistant.retrieve(q, k=k, outlets=outlet, since=since, until=until)
            return [p.to_dict() for p in passages]

        return {"passages": await _engine(run_in_threadpool(run))}

    @v1.get("/status")
    async def status() -> dict[str, Any]:
        def run() -> dict[str, Any]:
            with assistant.reading():
                return assistant.status()

        return await _engine(run_in_threadpool(run))

    @v1.post("/ingest")
    async def ingest(body: IngestRequest) -> dict[str, Any]:
        if key is None:
            raise ApiError(
                403,
                "ingest over HTTP is off: start the server with NEWSQA_API_KEY set, and send "
                "the key as `Authorization: Bearer <key>`",
                kind="permission_error",
                code="ingest_needs_api_key",
            )
        if (body.paths is None) == (body.articles is None):
            raise ApiError(400, "send either `paths` or `articles`, not both and not neither",
                           code="invalid_ingest")  # fmt: skip
        if body.paths is not None:
            report = await _engine(run_in_threadpool(assistant.ingest_paths, body.paths))
        else:
            records = [a.model_dump() for a in body.articles or []]
            report = await _engine(run_in_threadpool(assistant.ingest_articles, records))
        return report.to_dict()

    app.include_router(v1)
    return app


def _model() -> dict[str, Any]:
    return {"id": MODEL_ID, "object": "model", "created": STARTED, "owned_by": "newsqa"}


def _key_check(key: str | None) -> Callable[[Request], None]:
    def check(request: Request) -> None:
        if key is None:
            return
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(token.strip(), key):
            raise ApiError(
                401,
                "missing or wrong API key: send `Authorization: Bearer <NEWSQA_API_KEY>`",
                code="invalid_api_key",
            )

    return check


# --- answers off the event loop -------------------------------------------------------------
_END = object()


async def _until_gone(
    request: Request, pieces: Generator[str | Answer, None, None]
) -> AsyncGenerator[Any, None]:
    """The answer's pieces, each made on a worker thread. A client gone between two pieces ends
    it; in any case the answer is closed at the end, which stops an LLM still writing."""
    try:
        while True:
            piece = await run_in_threadpool(next, pieces, _END)
            if piece is _END:
                return
            if isinstance(piece, Answer):
                # Done: let go of the store now, not when the reply has been sent.
                await run_in_threadpool(pieces.close)
                yield piece
                return
            yield piece
            if await request.is_disconnected():
                log.info("client went away: answer closed")
                return
    finally:
        # Even when cancelled (the server shutting down): closing is quick and must happen.
        with anyio.CancelScope(shield=True):
            await run_in_threadpool(pieces.close)


async def _first(stream: AsyncGenerator[Any, None]) -> Any:
    try:
        return await anext(stream)
    except StopAsyncIteration:
        raise ApiError(499, "the client went away", code="client_closed") from None


async def _final(stream: AsyncGenerator[Any, None]) -> Answer:
    try:
        async for piece in stream:
            if isinstance(piece, Answer):
                return piece
    finally:
        await stream.aclose()
    raise ApiError(499, "the client went away", code="client_closed")


async def _events(
    assistant: ServedAssistant,
    completion_id: str,
    first: Any,
    stream: AsyncGenerator[Any, None],
    prompt: int,
    include_usage: bool,
) -> AsyncIterator[str]:
    """Server-sent events in OpenAI's chunk shape, ending in `data: [DONE]`."""
    tidy = Tidy()
    said: list[str] = []

    def event(data: dict[str, Any]) -> str:
        return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

    yield event(chunk(completion_id, {"role": "assistant", "content": ""}))
    piece = first
    try:
        while True:
            if isinstance(piece, Answer):
                delta = last_delta(piece)
                said.append(delta["content"])
                yield event(chunk(completion_id, delta, finish_reason(piece)))
                if include_usage:
                    tokens = usage(prompt, _tokens(assistant, "".join(said)))
                    yield event(chunk(completion_id, {}, tokens=tokens))
                yield "data: [DONE]\n\n"
                return
            text = tidy.feed(piece)
            if text:
                said.append(text)
                yield event(chunk(completion_id, {"content": text}))
            try:
                piece = await anext(stream)
            except StopAsyncIteration:
                return  # the client went away: nobody to tell
    except Exception as exc:  # headers are gone: the error travels as an event, as OpenAI's do
        error = _as_api_error(exc)
        yield event(error.body())
    finally:
        await stream.aclose()


def _tokens(assistant: ServedAssistant, text: str) -> int:
    """Tokens as the bundled model's tokenizer counts them (newsqa's measure, not the LLM's)."""
    return len(assistant.index.offsets(text)) if text else 0


# --- errors ---------------------------------------------------------------------------------
async def _engine(call: Awaitable[T]) -> T:
    """Await an engine call; its failures become OpenAI-shaped errors (logged once here)."""
    try:
        return await call
    except ApiError:
        raise
    except Exception as exc:
        raise _as_api_error(exc) from None


def _as_api_error(exc: Exception) -> ApiError:
    import httpx

    from index.pipeline import MissingSourceError
    from index.store import StoreError

    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, ValueError | MissingSourceError):  # a bad date, a missing path, …
        return ApiError(400, _one_line(exc), code="invalid_value")
    if isinstance(exc, StoreError | httpx.TransportError):
        reason = _one_line(exc)
        if isinstance(exc, httpx.TransportError):
            try:
                url = exc.request.url
                reason = f"{url.scheme}://{url.host}:{url.port}: {reason}"
            except RuntimeError:  # no request attached
                pass
        log.warning("store unreachable: %s", reason)
        return ApiError(503, f"the store is unreachable: {reason}",
                        kind="server_error", code="store_unavailable")  # fmt: skip
    log.error("request failed", exc_info=exc)
    return ApiError(500, "the server failed to answer (its log says why)",
                    kind="server_error", code="internal_error")  # fmt: skip


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) < 300 else text[:300] + "…"


def _add_error_handlers(app: FastAPI) -> None:
    async def api_error(request: Request, exc: Exception) -> JSONResponse:
        error = _as_api_error(exc)
        headers = {"WWW-Authenticate": "Bearer"} if error.status == 401 else None
        return JSONResponse(error.body(), status_code=error.status, headers=headers)

    async def invalid(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = exc.errors()
        first = errors[0] if errors else {}
        where = [str(part) for part in first.get("loc", ()) if part != "body"]
        if first.get("type") == "json_invalid":
            error = ApiError(400, "the request body is not valid JSON", code="invalid_json")
        else:
            field = ".".join(where) or "body"
            message = f"{field}: {first.get('msg', 'invalid')}"
            if len(errors) > 1:
                message += f" (and {len(errors) - 1} more problems)"
            error = ApiError(422, message, code="invalid_request", param=field)
        return JSONResponse(error.body(), status_code=error.status)

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            error = ApiError(404, f"no route {request.method} {request.url.path}",
                             code="unknown_url")  # fmt: skip
        else:
            error = ApiError(exc.status_code, str(exc.detail), code=f"http_{exc.status_code}")
        return JSONResponse(error.body(), status_code=error.status, headers=exc.headers)

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Exception, api_error)  # the last resort: never a traceback
