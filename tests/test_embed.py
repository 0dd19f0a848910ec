"""The local encoder: ONNX exports against the model itself, the default precision, batching."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.embed import BULK_MIN_TEXTS, LocalEmbedder
from index.onnx_embed import OnnxEncoder, export_paths

TEXTS = [
    "Russia could supply up to 2 million tons of aluminium to the US market annually.",
    "Putin offered the United States access to rare earth metals.",
    "The Kansas City Chiefs lost the Super Bowl.",
    "A short one.",
    " ".join(["Long text about markets, prices and tariffs."] * 60),  # past 256 tokens
]


@pytest.fixture(scope="module")
def torch_vectors() -> np.ndarray:
    """sentence-transformers in fp32: the model's own vectors."""
    return LocalEmbedder(precision="fp32").embed_documents(TEXTS)


def test_auto_precision_is_onnx_int8_without_native_bf16(
    models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("index.embed.cpu_has_fast_bf16", lambda: False)
    encoder = LocalEmbedder(cache_dir=models_dir)
    assert encoder.resolved_precision == "int8"
    assert encoder.backend == encoder.query_backend == "onnx-int8"
    assert export_paths(models_dir)["int8"].exists()


def test_auto_precision_on_native_bf16_is_bf16_bulk_with_onnx_queries(
    models_dir: Path, monkeypatch: pytest.MonkeyPatch, torch_vectors: np.ndarray
) -> None:
    monkeypatch.setattr("index.embed.cpu_has_fast_bf16", lambda: True)
    encoder = LocalEmbedder(cache_dir=models_dir)
    assert encoder.resolved_precision == "bf16"
    assert (encoder.backend, encoder.query_backend) == ("torch-bf16", "onnx-int8")
    # Small calls (questions, a small ingest) never import torch.
    small = encoder.embed_documents(TEXTS)
    assert "model" not in encoder.__dict__
    assert (small * torch_vectors).sum(axis=1).min() > 0.97
    # A large ingest pays torch's import once and encodes in bf16, close to fp32 and unit length.
    many = encoder.embed_documents(TEXTS * (BULK_MIN_TEXTS // len(TEXTS) + 1))
    assert "model" in encoder.__dict__
    assert np.allclose(np.linalg.norm(many, axis=1), 1.0, atol=1e-5)
    assert (many[: len(TEXTS)] * torch_vectors).sum(axis=1).min() > 0.99
    assert list((many[: len(TEXTS)] @ torch_vectors.T).argmax(axis=1)) == list(range(len(TEXTS)))
    # Questions stay on ONNX Runtime even once torch is loaded.
    assert np.allclose(encoder.embed_query(TEXTS[0]), encoder.onnx.encode([TEXTS[0]])[0], atol=1e-6)


def test_without_a_cache_folder_torch_encodes() -> None:
    encoder = LocalEmbedder()
    assert encoder.resolved_precision in ("fp32", "bf16")
    assert encoder.backend.startswith("torch-")


def test_onnx_fp32_gives_the_models_vectors(models_dir: Path, torch_vectors: np.ndarray) -> None:
    vectors = OnnxEncoder(models_dir, "fp32").encode(TEXTS)
    cosines = (vectors * torch_vectors).sum(axis=1)
    assert cosines.min() > 0.9999


def test_int8_stays_close_to_fp32(models_dir: Path, torch_vectors: np.ndarray) -> None:
    vectors = LocalEmbedder("int8", cache_dir=models_dir).embed_documents(TEXTS)
    assert vectors.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = (vectors * torch_vectors).sum(axis=1)
    assert cosines.min() > 0.97
    # Meaning survives: each text is still nearest to its own fp32 vector.
    assert list((vectors @ torch_vectors.T).argmax(axis=1)) == list(range(len(TEXTS)))


def test_batches_keep_input_order(models_dir: Path) -> None:
    encoder = OnnxEncoder(models_dir, "fp32", batch_tokens=64)  # forces several batches
    together = encoder.encode(TEXTS)
    alone = np.stack([encoder.encode([t])[0] for t in TEXTS])
    assert np.allclose(together, alone, atol=1e-5)


def test_int8_vectors_barely_depend_on_the_batch(models_dir: Path) -> None:
    """Dynamic int8 quantises activations per batch: a text's vector moves a little with its
    batch-mates (cosine ≈ 0.99), never enough to change what it is nearest to."""
    encoder = OnnxEncoder(models_dir, "int8")
    together = encoder.encode(TEXTS)
    alone = np.stack([encoder.encode([t])[0] for t in TEXTS])
    assert (together * alone).sum(axis=1).min() > 0.98
    assert list((together @ alone.T).argmax(axis=1)) == list(range(len(TEXTS)))


def test_a_words_vector_does_not_depend_on_the_company(models_dir: Path) -> None:
    """The answerer keeps word vectors between questions: each must be the word's own, the same
    alone, among other words or beside a long text, or whether "role" reads as akin to
    "character" would hang on the questions asked before. (int8 quantises a batch's
    activations on one scale: a word's int8 vector moves with its batch-mates.)"""
    encoder = LocalEmbedder("int8", cache_dir=models_dir)
    words = ["role", "involvement", "european", "character", "sacked", "fired", "preparedness"]
    alone = np.stack([encoder.embed_words([w])[0] for w in words])
    among = encoder.embed_words(words)
    beside_long = encoder.embed_words([*TEXTS, *words])[len(TEXTS) :]
    assert np.array_equal(alone, among)
    assert np.array_equal(alone, beside_long)
    # ... the model's own vectors, not int8 approximations
    assert np.allclose(alone, OnnxEncoder(models_dir, "fp32").encode(words), atol=1e-5)
    # (the int8 encoder does move them: the reason for the fp32 one)
    int8 = encoder.onnx
    assert not np.array_equal(np.stack([int8.encode([w])[0] for w in words]), int8.encode(words))


def test_the_export_is_made_once(models_dir: Path) -> None:
    LocalEmbedder("int8", cache_dir=models_dir).embed_query("warm")
    path = export_paths(models_dir)["int8"]
    before = path.stat().st_mtime_ns
    fresh = LocalEmbedder("int8", cache_dir=models_dir)
    fresh.embed_query("another question")
    assert path.stat().st_mtime_ns == before


def test_empty_input_and_bad_precision(models_dir: Path) -> None:
    assert LocalEmbedder(cache_dir=models_dir).embed_documents([]).shape == (0, 384)
    with pytest.raises(ValueError, match="precision"):
        LocalEmbedder(precision="fp8")
