"""newsqa's chunker and BM25 against LlamaIndex's `SentenceSplitter` and `BM25Retriever`.

    python -m assistant.bench.compare_llamaindex [--corpus corpus.json] [--queries q.json]

On MultiHop-RAG's dev split (609 articles; the 720 of its 802 queries that have gold facts), each
retriever alone, top 10, scored as `newsqa eval` scores retrieval: the benchmark's official
Hits@4, Hits@10 and MRR@10 (a chunk counts when it holds a gold fact, spaces removed), and the
same at article level (a chunk of a gold article). Every query, every article: no sampling.

- BM25 over the same chunks (newsqa's): `index.lexical` as retrieval runs it (title ×2, outlet
  and text; Porter stems; the question's content words) against `BM25Retriever.from_defaults`
  over `TextNode`s of the chunk text with title and outlet as metadata (bm25s, its English
  stopwords and Snowball stemmer, the raw question).
- Dense retrieval, one encoder (newsqa's local all-MiniLM-L6-v2, as `auto` configures it) and
  exact cosine top 10, over two chunkings of the same cleaned article bodies: `index.chunk`
  (at most 254 model tokens of body, sentence-aware, overlap up to 32 tokens) and
  `SentenceSplitter` at the same size counted in the same tokens (chunk_size 254, overlap 32,
  the model's tokenizer), plus `SentenceSplitter` as LlamaIndex sets it up by default (1024
  tiktoken tokens, overlap 200: the encoder reads the first 256 tokens of each).

The BM25 side needs `llama-index-retrievers-bm25`, not a project dependency: it pins PyStemmer
below 3, which the lexical index has outgrown. Install it beside the project, not into it:

    pip install --no-deps --target /tmp/li-bm25 llama-index-retrievers-bm25==0.8.0 bm25s
    PYTHONPATH=/tmp/li-bm25 python -m assistant.bench.compare_llamaindex

Vectors are cached in `--work` (default out/compare-llamaindex), so a second run only scores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

SHARED = Path(__file__).resolve().parents[3] / "shared" / "benchdata" / "multihop-rag"
K = 10
SIZE = 254  # body tokens of a newsqa chunk: 256 less the two special tokens
OVERLAP = 32  # newsqa's overlap cap (index.chunk.OVERLAP_MAX_TOKENS)


@dataclass
class Piece:
    """A retrievable chunk, whoever cut it."""

    article_id: str
    text: str


@dataclass
class Query:
    text: str
    facts: list[str]
    articles: set[str] = field(default_factory=set)  # gold article ids


def load_articles(corpus: Path) -> list[Any]:
    """The corpus read and cleaned as `newsqa ingest` does, exact duplicates dropped."""
    from index.clean import to_article
    from index.load import read_documents
    from index.models import RawDocument

    articles, seen = [], set()
    for raw in read_documents(corpus):
        if not isinstance(raw, RawDocument):
            continue
        article = to_article(raw)
        if article.body.strip() and article.content_hash not in seen:
            seen.add(article.content_hash)
            articles.append(article)
    return articles


def load_queries(path: Path, articles: Sequence[Any]) -> list[Query]:
    by_key: dict[str, str] = {}
    for a in articles:
        for key in (a.url, a.title):
            if key:
                by_key.setdefault(key, a.article_id)
    queries = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        evidence = record.get("evidence_list") or []
        if not evidence:
            continue  # null queries: nothing to retrieve
        gold = {by_key[k] for e in evidence for k in (e.get("url"), e.get("title")) if k in by_key}
        queries.append(Query(record["query"], [str(e.get("fact", "")) for e in evidence], gold))
    return queries


def score(rankings: Sequence[Sequence[Piece]], queries: Sequence[Query]) -> dict[str, float]:
    """Mean official (fact) and article-level Hits@4, Hits@10, MRR@10 over the queries."""
    from assistant.evaluation.metrics import MRR, HitRate, evidence_scores

    totals: dict[str, float] = {}
    for ranked, query in zip(rankings, queries, strict=True):
        ranked = ranked[:K]
        found = evidence_scores(query.facts, [p.text for p in ranked])
        ids = [p.article_id for p in ranked]
        values = {
            "hits@4": found["hits@4"],
            "hits@10": found["hits@10"],
            "mrr@10": found["mrr@10"],
            "article_hit@4": HitRate(4).compute(query.articles, ids),
            "article_hit@10": HitRate(10).compute(query.articles, ids),
            "article_mrr@10": MRR(10).compute(query.articles, ids),
        }
        for name, value in values.items():
            totals[name] = totals.get(name, 0.0) + value
    return {name: round(total / len(queries), 4) for name, total in totals.items()}


# --- chunkers -----------------------------------------------------------------------------------


def newsqa_chunks(articles: Sequence[Any]) -> tuple[list[Any], float]:
    from index.chunk import chunk_article, tokenizer_offsets
    from index.embed import bundled_tokenizer_path

    offsets = tokenizer_offsets(bundled_tokenizer_path())
    started = time.perf_counter()
    chunks = [c for a in articles for c in chunk_article(a, offsets)]
    return chunks, time.perf_counter() - started


def splitter_chunks(articles: Sequence[Any], model_tokens: bool) -> tuple[list[Piece], float]:
    """`SentenceSplitter` over the same bodies: at newsqa's size in the model's tokens, or with
    LlamaIndex's defaults. Documents carry no metadata, so the whole size goes to the body, as
    newsqa's chunks embed the body alone."""
    from llama_index.core import Document
    from llama_index.core.node_parser import SentenceSplitter

    if model_tokens:
        from tokenizers import Tokenizer

        from index.embed import bundled_tokenizer_path

        tokenizer = Tokenizer.from_file(bundled_tokenizer_path())
        tokenizer.no_truncation()
        tokenizer.no_padding()  # the bundled tokenizer.json pads every text to 128

        def count(text: str) -> list[int]:
            return list(tokenizer.encode(text, add_special_tokens=False).ids)

        splitter = SentenceSplitter(chunk_size=SIZE, chunk_overlap=OVERLAP, tokenizer=count)
    else:
        splitter = SentenceSplitter()  # 1024 tokens (tiktoken), overlap 200
    documents = [Document(text=a.body, id_=a.article_id) for a in articles]
    started = time.perf_counter()
    nodes = splitter.get_nodes_from_documents(documents)
    seconds = time.perf_counter() - started
    return [Piece(str(n.ref_doc_id), n.get_content()) for n in nodes], seconds


# --- retrievers ---------------------------------------------------------------------------------


Rankings = list[list[Piece]]


def newsqa_bm25(
    chunks: Sequence[Any], articles: Sequence[Any], queries: Sequence[Query], work: Path
) -> tuple[Rankings, float]:
    from index.lexical import LexicalIndex, row_key
    from index.terms import content_words

    by_id = {a.article_id: a for a in articles}
    pieces = {c.chunk_id: Piece(c.article_id, c.text) for c in chunks}
    index = LexicalIndex(work / "no-such-file.npz")
    for c in chunks:
        a = by_id[c.article_id]
        index.add(row_key(c.chunk_id, a.content_hash, 2), a.title or "", a.outlet or "", c.text)
    index.search(["warm"], 1)  # the merge of the added rows, not timed with the queries
    started = time.perf_counter()
    ranked = [[pieces[i] for i in index.search(content_words(q.text), K)] for q in queries]
    return ranked, time.perf_counter() - started


def llamaindex_bm25(
    chunks: Sequence[Any], articles: Sequence[Any], queries: Sequence[Query]
) -> tuple[Rankings, float]:
    from llama_index.core.schema import TextNode
    from llama_index.retrievers.bm25 import BM25Retriever

    by_id = {a.article_id: a for a in articles}
    nodes = [
        TextNode(
            id_=c.chunk_id,
            text=c.text,
            metadata={"title": by_id[c.article_id].title, "outlet": by_id[c.article_id].outlet},
        )
        for c in chunks
    ]
    pieces = {c.chunk_id: Piece(c.article_id, c.text) for c in chunks}
    retriever = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=K)
    started = time.perf_counter()
    ranked = [[pieces[n.node.node_id] for n in retriever.retrieve(q.text)] for q in queries]
    return ranked, time.perf_counter() - started


def dense(
    pieces: Sequence[Piece],
    query_vectors: np.ndarray,
    embed: Callable[[list[str]], np.ndarray],
    cache: Path,
) -> tuple[Rankings, float]:
    """Exact cosine top 10 of each query over the pieces' vectors (cached by their texts)."""
    digest = hashlib.sha1("\x00".join(p.text for p in pieces).encode()).hexdigest()[:12]
    path = cache / f"vectors-{digest}.npy"
    started = time.perf_counter()
    if path.exists():
        matrix = np.load(path)
    else:
        matrix = embed([p.text for p in pieces])
        np.save(path, matrix)
    seconds = time.perf_counter() - started
    scores = query_vectors @ matrix.T
    top = np.argsort(-scores, axis=1, kind="stable")[:, :K]
    return [[pieces[i] for i in row] for row in top], seconds


# --- the run ------------------------------------------------------------------------------------


def run(corpus: Path, queries_path: Path, work: Path, skip_dense: bool) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    articles = load_articles(corpus)
    queries = load_queries(queries_path, articles)
    chunks, chunk_seconds = newsqa_chunks(articles)
    _log(f"{len(articles)} articles, {len(queries)} queries, {len(chunks)} newsqa chunks")
    result: dict[str, Any] = {"articles": len(articles), "queries": len(queries), "rows": []}
    rows: list[dict[str, Any]] = result["rows"]

    def bm25_row(name: str, ranked: Rankings, seconds: float) -> dict[str, Any]:
        per_query = round(1000 * seconds / len(queries), 2)
        return {
            "name": name,
            "chunks": len(chunks),
            "query_ms": per_query,
            **score(ranked, queries),
        }

    rows.append(
        bm25_row("BM25: newsqa index.lexical", *newsqa_bm25(chunks, articles, queries, work))
    )
    try:
        found = llamaindex_bm25(chunks, articles, queries)
    except ImportError as exc:
        _log(f"BM25Retriever skipped ({exc}); see this module's docstring")
    else:
        rows.append(bm25_row("BM25: LlamaIndex BM25Retriever", *found))
    _log("BM25 done")
    if skip_dense:
        return result

    from index.embed import LocalEmbedder

    embedder = LocalEmbedder(cache_dir=work / "models")
    embedder.warm()
    query_vectors = embedder.embed_texts([q.text for q in queries])
    ours = [Piece(c.article_id, c.text) for c in chunks]
    sized, sized_seconds = splitter_chunks(articles, model_tokens=True)
    default, default_seconds = splitter_chunks(articles, model_tokens=False)
    for name, pieces, cut in (
        ("dense: newsqa index.chunk", ours, chunk_seconds),
        (f"dense: SentenceSplitter({SIZE}, {OVERLAP}, model tokens)", sized, sized_seconds),
        ("dense: SentenceSplitter defaults (1024, 200)", default, default_seconds),
    ):
        _log(f"{name}: embedding {len(pieces)} chunks")
        ranked, seconds = dense(pieces, query_vectors, embedder.embed_documents, work)
        words = float(np.mean([len(p.text.split()) for p in pieces]))
        rows.append(
            {
                "name": name,
                "chunks": len(pieces),
                "chunking_s": round(cut, 2),
                "embed_s": round(seconds, 1),
                "mean_words": round(words, 1),
                **score(ranked, queries),
            }
        )
    result["encoder"] = embedder.backend
    return result


def table(result: dict[str, Any]) -> str:
    lines = [
        "| retrieval | chunks | Hits@4 | Hits@10 | MRR@10 | article Hit@4 | Hit@10 | MRR@10 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in result["rows"]:
        lines.append(
            f"| {r['name']} | {r['chunks']:,} | {r['hits@4']:.3f} | {r['hits@10']:.3f} | "
            f"{r['mrr@10']:.3f} | {r['article_hit@4']:.3f} | {r['article_hit@10']:.3f} | "
            f"{r['article_mrr@10']:.3f} |"
        )
    return "\n".join(lines)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus.json")
    parser.add_argument("--queries", type=Path, default=SHARED / "queries-dev.json")
    parser.add_argument("--work", type=Path, default=Path("out/compare-llamaindex"))
    parser.add_argument("--skip-dense", action="store_true", help="BM25 only (seconds, no encoder)")
    args = parser.parse_args(argv)
    result = run(args.corpus, args.queries, args.work, args.skip_dense)
    (args.work / "result.json").write_text(json.dumps(result, indent=2) + "\n")
    print(table(result))


if __name__ == "__main__":
    main()
