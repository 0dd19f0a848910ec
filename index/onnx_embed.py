"""all-MiniLM-L6-v2 through ONNX Runtime: no torch or sentence-transformers at run time.

The bundled model is exported once to ONNX (fp32, and optionally an int8 copy with per-channel
MatMul weights) and cached under a folder (NEWSQA_HOME/models); the export itself needs torch and
the `onnx` package, and takes a few seconds. At run time only `onnxruntime`, `tokenizers` and
numpy are imported (about 0.1 s), which keeps a cold `newsqa ask` fast.

The fp32 export computes the same vectors as sentence-transformers (cosine ≈ 1.0); it is the
same model, so stores built with either are interchangeable. Pooling is the model's own: mean of
the token vectors under the attention mask, then L2 normalisation; inputs truncated at 256 tokens.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import warnings
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

MAX_TOKENS = 256
BATCH_TOKENS = 4096  # tokens per encoder call: 16 full chunks; measured same speed as 64 chunks
MAX_BATCH_ROWS = 128  # at a third of the RSS (ORT's arena grows with the largest batch)
EXPORT_VERSION = "1"  # bump to re-export cached files after a change in how they are made
_EXPORT_LOCK = threading.Lock()


def export_paths(cache_dir: Path) -> dict[str, Path]:
    base = cache_dir / f"all-MiniLM-L6-v2-onnx-v{EXPORT_VERSION}"
    return {"fp32": base / "model.onnx", "int8": base / "model-int8.onnx"}


def ensure_exported(cache_dir: Path, variant: str = "fp32") -> Path:
    """The cached ONNX file of `variant` (fp32 or int8), exported from the bundled model once."""
    paths = export_paths(cache_dir)
    if variant not in paths:
        raise ValueError(f"ONNX variant must be fp32 or int8, not {variant!r}")
    target = paths[variant]
    if target.exists():
        return target
    with _EXPORT_LOCK:
        if not paths["fp32"].exists():
            _export_fp32(paths["fp32"])
        if variant == "int8" and not target.exists():
            _quantize(paths["fp32"], target)
    return target


def _export_fp32(target: Path) -> None:
    import torch
    from transformers import AutoModel

    from index.embed import bundled_model_path

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    target.parent.mkdir(parents=True, exist_ok=True)
    bert = AutoModel.from_pretrained(str(bundled_model_path()))
    bert.eval()

    class Wrapped(torch.nn.Module):  # positional inputs, one output: what the exporter traces
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    model = Wrapped()
    sample = torch.ones((2, 16), dtype=torch.long)
    handle, tmp = tempfile.mkstemp(suffix=".onnx", dir=target.parent)
    os.close(handle)
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about shapes: expected for a fixed graph
        torch.onnx.export(
            model,
            (sample, sample, torch.zeros_like(sample)),
            tmp,
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "token_type_ids": {0: "batch", 1: "sequence"},
                "last_hidden_state": {0: "batch", 1: "sequence"},
            },
            opset_version=17,
            dynamo=False,
        )
    os.replace(tmp, target)  # atomic: a killed export never leaves a half-written model


def _quantize(source: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    handle, tmp = tempfile.mkstemp(suffix=".onnx", dir=target.parent)
    os.close(handle)
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # the quantizer's advice on the root logger is not for users
    try:
        quantize_dynamic(
            str(source),
            tmp,
            per_channel=True,
            reduce_range=True,  # 7-bit weights: no u8s8 saturation on CPUs without VNNI
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["MatMul"],
        )
    finally:
        root.setLevel(level)
    os.replace(tmp, target)


class OnnxEncoder:
    """Encodes texts with a cached ONNX export of the bundled model."""

    def __init__(
        self,
        cache_dir: Path,
        variant: str = "fp32",
        batch_tokens: int = BATCH_TOKENS,
        threads: int | None = None,
    ) -> None:
        self.cache_dir = cache_dir
        self.variant = variant
        self.batch_tokens = batch_tokens
        self.threads = threads or os.cpu_count() or 1

    @cached_property
    def tokenizer(self) -> Any:
        from tokenizers import Tokenizer

        from index.embed import bundled_tokenizer_path

        tokenizer = Tokenizer.from_file(bundled_tokenizer_path())
        tokenizer.enable_truncation(MAX_TOKENS)  # the file ships with 128; the model reads 256
        tokenizer.no_padding()
        return tokenizer

    @cached_property
    def session(self) -> Any:
        import onnxruntime as ort

        path = ensure_exported(self.cache_dir, self.variant)
        options = ort.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def encode(self, texts: Sequence[str], *, exact: bool = False) -> np.ndarray:
        """Unit-length vectors, in input order; batches are cut from length-sorted texts.

        With `exact`, a batch holds texts of one token length only: nothing is padded, so a
        text's vector cannot move with the length of its batch-mates (and no work goes on
        padding). (The int8 export moves with its batch-mates whatever the padding: it quantises
        a batch's activations on one scale.)
        """
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(list(texts))
        order = [int(i) for i in np.argsort([-len(e.ids) for e in encodings], kind="stable")]
        out = np.zeros((len(texts), 384), dtype=np.float32)
        session = self.session
        start = 0
        while start < len(order):
            # Longest first: the first text sets the width, and the batch holds as many rows as
            # fit the token budget (short texts go in big batches, long ones in small ones).
            width = len(encodings[order[start]].ids)
            rows = max(1, min(MAX_BATCH_ROWS, self.batch_tokens // max(1, width)))
            picked = order[start : start + rows]
            if exact:
                picked = [i for i in picked if len(encodings[i].ids) == width]
            start += len(picked)
            ids = np.zeros((len(picked), width), dtype=np.int64)
            mask = np.zeros((len(picked), width), dtype=np.int64)
            for row, i in enumerate(picked):
                tokens = encodings[i].ids
                ids[row, : len(tokens)] = tokens
                mask[row, : len(tokens)] = 1
            hidden = session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[picked] = pooled / np.maximum(norms, 1e-12)
        return out
