"""One bench phase per process: `python -m assistant.bench.phases NAME 'JSON-ARGS'`.

Prints `BENCH-RESULT {json}` on stdout (with the process's own peak RSS) and progress on stderr.
Model loading is not timed: every phase warms its encoder first, as a running service would.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def _progress(label: str) -> Callable[[str, int, int], None]:
    """A quiet progress line on stderr, at most every 5 s (bench runs are long, logs short)."""
    last = [0.0]

    def report(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if stage == "embedding" and (now - last[0] > 5 or done == total):
            last[0] = now
            print(f"  {label}: {stage} {done}/{total}", file=sys.stderr, flush=True)

    return report


def _assistant(home: str, chroma_url: str | None = None, collection: str | None = None) -> Any:
    from assistant.api import Assistant

    return Assistant.open(home=home, chroma_url=chroma_url, collection=collection, offline=True)


def _warm(embedder: Any) -> None:
    """Load the encoders a phase will use (the local one has a query and a bulk side)."""
    warm = getattr(embedder, "warm", None)
    if warm is not None:
        warm()
    else:
        embedder.embed_documents(["warm up"])


def phase_prepare(args: dict[str, Any]) -> dict[str, Any]:
    """Make the ONNX export once (in the shared models folder) so no timed phase pays for it."""
    a = _assistant(args["home"])
    a.embedder.embed_query("warm up")
    return {"backend": getattr(a.embedder, "backend", a.embedder.name)}


def phase_encoder(args: dict[str, Any]) -> dict[str, Any]:
    """The limit: newsqa's exact chunks encoded by the encoder alone, configured as newsqa does."""
    from index.chunk import chunk_article, tokenizer_offsets
    from index.clean import to_article
    from index.embed import bundled_tokenizer_path
    from index.load import read_documents
    from index.models import RawDocument

    a = _assistant(args["home"])
    offsets = tokenizer_offsets(bundled_tokenizer_path())
    texts: list[str] = []
    hashes: set[str] = set()
    for raw in read_documents(Path(args["corpus"]).absolute()):
        if not isinstance(raw, RawDocument):
            continue
        article = to_article(raw)
        if article.content_hash in hashes or not article.body.strip():
            continue  # ingest stores exact duplicates once
        hashes.add(article.content_hash)
        texts.extend(c.text for c in chunk_article(article, offsets))
    embedder = a.embedder
    _warm(embedder)
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(bundled_tokenizer_path())
    tokenizer.enable_truncation(256)
    tokens = sum(len(e.ids) for e in tokenizer.encode_batch(texts))
    print(f"  encoder: {len(texts)} chunks, {tokens} tokens", file=sys.stderr, flush=True)
    started = time.perf_counter()
    embedder.embed_documents(texts)
    seconds = time.perf_counter() - started
    return {
        "backend": getattr(embedder, "backend", embedder.name),
        "chunks": len(texts),
        "tokens": tokens,
        "seconds": seconds,
        "chunks_per_s": len(texts) / seconds if seconds else 0.0,
        "tokens_per_s": tokens / seconds if seconds else 0.0,
    }


def phase_ingest(args: dict[str, Any]) -> dict[str, Any]:
    """newsqa's ingest into the store at `home` (fresh the first time, unchanged on a re-run)."""
    a = _assistant(args["home"], args.get("chroma_url"), args.get("collection"))
    _warm(a.embedder)
    started = time.perf_counter()
    report = a.ingest([args["corpus"]], progress=_progress(args.get("label", "ingest")))
    seconds = time.perf_counter() - started
    a.close()
    return {
        "seconds": seconds,
        "added": report.added,
        "unchanged": report.unchanged,
        "duplicates": report.duplicates,
        "chunks": report.chunks,
        "articles": report.added + report.updated,
    }


def phase_peer(args: dict[str, Any]) -> dict[str, Any]:
    """The plain LlamaIndex pipeline a user would write: from_documents into Chroma."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import Document, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from assistant.bench.corpus import load_records
    from index.embed import bundled_model_path

    records = load_records(Path(args["corpus"]))
    documents = [
        Document(
            text=str(r.get("body") or ""),
            metadata={
                "title": str(r.get("title") or ""),
                "source": str(r.get("source") or ""),
                "published_at": str(r.get("published_at") or ""),
            },
        )
        for r in records
        if r.get("body")
    ]
    embed_model = HuggingFaceEmbedding(model_name=str(bundled_model_path()), device="cpu")
    embed_model.get_text_embedding("warm up")
    client = chromadb.PersistentClient(
        path=args["persist"], settings=ChromaSettings(anonymized_telemetry=False)
    )
    collection = client.get_or_create_collection("peer")
    storage = StorageContext.from_defaults(
        vector_store=ChromaVectorStore(chroma_collection=collection)
    )
    kwargs: dict[str, Any] = {}
    if args.get("chunk_size"):
        # The default overlap (200) would re-embed most of every 256-token chunk; scale it down
        # like the chunk (1024/200 → 256/50) so the peer embeds about the text newsqa embeds.
        kwargs["transformations"] = [
            SentenceSplitter(chunk_size=int(args["chunk_size"]), chunk_overlap=50)
        ]
    print(f"  peer ({args.get('chunk_size') or 'default'}): embedding", file=sys.stderr, flush=True)
    started = time.perf_counter()
    VectorStoreIndex.from_documents(
        documents, storage_context=storage, embed_model=embed_model, **kwargs
    )
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "chunks": collection.count(), "articles": len(documents)}


def phase_query(args: dict[str, Any]) -> dict[str, Any]:
    """Warm latency of `retrieve` and offline `ask` over a fixed question set."""
    a = _assistant(args["home"], args.get("chroma_url"), args.get("collection"))
    a.warm_up()
    questions: list[str] = args["questions"]
    a.retrieve(questions[0], k=10)  # first query in a process opens Chroma's segments
    retrieve_ms, ask_ms = [], []
    for question in questions:
        started = time.perf_counter()
        a.retrieve(question, k=10)
        retrieve_ms.append((time.perf_counter() - started) * 1000)
    for question in questions:
        started = time.perf_counter()
        a.ask(question, offline=True)
        ask_ms.append((time.perf_counter() - started) * 1000)
    a.close()
    return {
        "questions": len(questions),
        "retrieve_p50_ms": statistics.median(retrieve_ms),
        "retrieve_p95_ms": _p95(retrieve_ms),
        "ask_p50_ms": statistics.median(ask_ms),
        "ask_p95_ms": _p95(ask_ms),
    }


def phase_first_question(args: dict[str, Any]) -> dict[str, Any]:
    """A fresh client (an empty home) on a shared store: from opening it to its first answer,
    all included (the model load, fetching the store into its catalog, building the lexical
    index); the catch-up alone is reported beside it."""
    started = time.perf_counter()
    a = _assistant(args["home"], args.get("chroma_url"), args.get("collection"))
    a.catch_up()
    caught_up = time.perf_counter()
    answer = a.ask(args["question"], offline=True)
    seconds = time.perf_counter() - started
    articles = a.status()["articles"]
    a.close()
    return {
        "first_question_s": seconds,
        "catch_up_s": caught_up - started,
        "articles": articles,
        "cited": len(answer.citations),
    }


def phase_shared_query(args: dict[str, Any]) -> dict[str, Any]:
    """A second client's warm retrieve (each one checks the store's revision markers first), and
    the cost of that check alone when nothing changed."""
    a = _assistant(args["home"], args.get("chroma_url"), args.get("collection"))
    a.warm_up()
    questions: list[str] = args["questions"]
    a.retrieve(questions[0], k=10)
    retrieve_ms = []
    for question in questions:
        started = time.perf_counter()
        a.retrieve(question, k=10)
        retrieve_ms.append((time.perf_counter() - started) * 1000)
    check_ms = []
    for _ in range(args.get("checks", 200)):
        started = time.perf_counter()
        a.catch_up()
        check_ms.append((time.perf_counter() - started) * 1000)
    a.close()
    return {
        "questions": len(questions),
        "retrieve_p50_ms": statistics.median(retrieve_ms),
        "retrieve_p95_ms": _p95(retrieve_ms),
        "change_check_p50_ms": statistics.median(check_ms),
        "change_check_p95_ms": _p95(check_ms),
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


PHASES = {
    "prepare": phase_prepare,
    "encoder": phase_encoder,
    "ingest": phase_ingest,
    "peer": phase_peer,
    "query": phase_query,
    "first_question": phase_first_question,
    "shared_query": phase_shared_query,
}


def main(argv: list[str]) -> None:
    name, raw = argv[0], argv[1] if len(argv) > 1 else "{}"
    result = PHASES[name](json.loads(raw))
    result["peak_rss_mb"] = peak_rss_mb()
    print("BENCH-RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
