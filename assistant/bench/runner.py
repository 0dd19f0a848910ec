"""Runs the bench phases in subprocesses and turns their figures into ratios and a table."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from assistant.bench.corpus import load_records, scaled_records, write_corpus

INGEST_KEYS = (
    "encoder_chunks_per_s",
    "ingest_chunks_per_s",
    "ingest_vs_encoder",
    "peer_default_s",
    "peer_256_s",
    "newsqa_ingest_s",
    "speedup_vs_peer_256",
    "reingest_fraction",
    "peak_rss_mb",
)
QUERY_KEYS = ("retrieve_p50_ms", "ask_p50_ms", "cold_ask_s")
SERVE_KEYS = ("serve_throughput_rps", "serve_p50_ms", "serve_p95_ms", "serve_errors")
SECTION_KEYS = {"ingest": INGEST_KEYS, "query": QUERY_KEYS, "serve": SERVE_KEYS}


class BenchError(Exception):
    """A phase failed; the message carries the end of its output."""


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_phase(name: str, args: dict[str, Any], env: dict[str, str] | None = None) -> dict[str, Any]:
    """One phase in a fresh interpreter; its figures, wall time and peak RSS."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "assistant.bench.phases", name, json.dumps(args)],
        stdout=subprocess.PIPE,
        stderr=None,  # progress goes straight to our stderr
        text=True,
        env=env or _env(),
        check=False,
    )
    wall = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if line.startswith("BENCH-RESULT ")]
    if done.returncode != 0 or not lines:
        tail = "\n".join(done.stdout.splitlines()[-5:])
        raise BenchError(f"bench phase {name} failed (exit {done.returncode}): {tail}")
    result: dict[str, Any] = json.loads(lines[-1][len("BENCH-RESULT ") :])
    result["wall_s"] = wall
    return result


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    env["NEWSQA_CONFIG"] = env.get("NEWSQA_BENCH_CONFIG", os.devnull)  # no user config
    return env


def prepare_corpus(corpus: Path, scale: int, workdir: Path, limit: int | None) -> Path:
    """The corpus file for a scale: the given file itself at 1× (no copy), else a generated one."""
    if scale <= 1 and not limit:
        return corpus.absolute()
    records = load_records(corpus)
    if limit:
        records = records[:limit]
    suffix = f"-first{limit}" if limit else ""
    return write_corpus(scaled_records(records, scale), workdir / f"corpus-{scale}x{suffix}.json")


def free_port() -> int:
    """A free local TCP port, for a server a bench starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fresh_home(workdir: Path, name: str) -> Path:
    """An empty NEWSQA_HOME holding only the shared ONNX export (made once, not timed)."""
    home = workdir / name
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    models = workdir / "models"
    if models.exists():
        shutil.copytree(models, home / "models")
    return home


def _prepare_models(workdir: Path) -> str:
    home = workdir / "export-home"
    shutil.rmtree(home, ignore_errors=True)
    result = run_phase("prepare", {"home": str(home)})
    if (home / "models").exists():
        shutil.rmtree(workdir / "models", ignore_errors=True)
        shutil.copytree(home / "models", workdir / "models")
    shutil.rmtree(home, ignore_errors=True)
    return str(result["backend"])


def bench_ingest(
    corpus: Path,
    scales: list[int],
    workdir: Path,
    skip_peer: bool = False,
    limit: int | None = None,
    chroma_url: str | None = None,
    skip_encoder: bool = False,
) -> dict[str, Any]:
    """Encoder limit, newsqa ingest, the LlamaIndex peer (first scale) and a re-run, per scale."""
    if not skip_peer and importlib.util.find_spec("llama_index.embeddings.huggingface") is None:
        # Said before the long phases run, not after them.
        raise BenchError(
            "the LlamaIndex peer needs the bench extra (pip install 'newsqa[bench]'); "
            "or run with --skip-peer"
        )
    workdir.mkdir(parents=True, exist_ok=True)
    backend = _prepare_models(workdir)
    runs: list[dict[str, Any]] = []
    for number, scale in enumerate(scales):
        _log(f"bench ingest: scale {scale}× ({backend})")
        path = prepare_corpus(corpus, scale, workdir, limit)
        home = _fresh_home(workdir, f"home-{scale}x")
        collection = f"bench{scale}x" if chroma_url else None
        run: dict[str, Any] = {"scale": scale, "corpus": str(path), "backend": backend}
        if skip_encoder:  # e.g. a 10× run that measures only how ingest cost grows
            run["encoder"] = {"chunks_per_s": 0.0, "tokens_per_s": 0.0, "peak_rss_mb": 0.0}
        else:
            _log("  phase: raw encoder")
            run["encoder"] = run_phase(
                "encoder", {"home": str(_fresh_home(workdir, "enc-home")), "corpus": str(path)}
            )
            shutil.rmtree(workdir / "enc-home", ignore_errors=True)
        _log("  phase: newsqa ingest (fresh store)")
        common = {
            "home": str(home),
            "corpus": str(path),
            "chroma_url": chroma_url,
            "collection": collection,
        }
        if chroma_url:  # start from an empty collection on the server too
            _drop_collection(chroma_url, str(collection))
        run["ingest"] = run_phase("ingest", {**common, "label": "ingest"})
        _log("  phase: newsqa re-ingest (unchanged)")
        run["reingest"] = run_phase("ingest", {**common, "label": "re-ingest"})
        if not skip_peer and number == 0:
            for key, size in (("peer_default", None), ("peer_256", 256)):
                _log(f"  phase: LlamaIndex peer ({size or 'default'} chunks)")
                persist = workdir / f"peer-{scale}x-{size or 'default'}"
                shutil.rmtree(persist, ignore_errors=True)
                run[key] = run_phase(
                    "peer", {"corpus": str(path), "persist": str(persist), "chunk_size": size}
                )
                shutil.rmtree(persist, ignore_errors=True)
        runs.append(_ingest_figures(run))
    result = dict(runs[0]["summary"])
    result["scales"] = runs
    if len(runs) > 1:
        base = runs[0]["summary"]["ingest_s_per_article"]
        result["per_article_growth"] = {
            f"{r['scale']}x": r["summary"]["ingest_s_per_article"] / base if base else 0.0
            for r in runs[1:]
        }
    return result


def _drop_collection(chroma_url: str, name: str) -> None:
    from index.store import open_client

    with contextlib.suppress(Exception):  # not there yet: nothing to drop
        open_client(Path(os.devnull), chroma_url).delete_collection(name)


def _ingest_figures(run: dict[str, Any]) -> dict[str, Any]:
    enc, ing, re_ = run["encoder"], run["ingest"], run["reingest"]
    seconds = ing["seconds"] or 1e-9
    chunks_per_s = ing["chunks"] / seconds
    summary: dict[str, Any] = {
        "scale": run["scale"],
        "backend": run["backend"],
        "chunks": ing["chunks"],
        "articles": ing["articles"],
        "encoder_chunks_per_s": enc["chunks_per_s"],
        "encoder_tokens_per_s": enc["tokens_per_s"],
        "ingest_chunks_per_s": chunks_per_s,
        "ingest_articles_per_s": ing["articles"] / seconds,
        "ingest_vs_encoder": chunks_per_s / enc["chunks_per_s"] if enc["chunks_per_s"] else 0.0,
        "newsqa_ingest_s": ing["seconds"],
        "ingest_s_per_article": ing["seconds"] / max(1, ing["articles"]),
        "reingest_s": re_["seconds"],
        "reingest_fraction": re_["seconds"] / seconds,
        "encoder_rss_mb": enc["peak_rss_mb"],
        "ingest_rss_mb": ing["peak_rss_mb"],
        "reingest_rss_mb": re_["peak_rss_mb"],
        "peak_rss_mb": max(ing["peak_rss_mb"], re_["peak_rss_mb"]),
    }
    for key in ("peer_default", "peer_256"):
        if key in run:
            summary[f"{key}_s"] = run[key]["seconds"]
            summary[f"{key}_chunks"] = run[key]["chunks"]
            summary[f"{key}_rss_mb"] = run[key]["peak_rss_mb"]
            summary[f"speedup_vs_{key}"] = run[key]["seconds"] / seconds
        else:  # --skip-peer: numbers stay numbers, 0 means "not measured"
            summary[f"{key}_s"] = 0.0
            summary[f"speedup_vs_{key}"] = 0.0
    return {**run, "summary": summary}


def _cli(home: Path, chroma_url: str | None, collection: str | None) -> list[str]:
    script = Path(sys.executable).parent / "newsqa"
    base = [str(script)] if script.exists() else [sys.executable, "-m", "assistant.cli"]
    base += ["--home", str(home)]
    if chroma_url:
        base += ["--chroma-url", chroma_url, "--collection", str(collection)]
    return base


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=_env(), check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise BenchError(f"{' '.join(command[:4])}… failed: {done.stderr.strip()[-300:]}")
    return seconds


# --- output ---------------------------------------------------------------------------------
def merge_results(out_dir: Path, section: str, result: dict[str, Any]) -> dict[str, Any]:
    """Fold a bench's result into out_dir/bench.json (top-level keys + one section each)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "bench.json"
    try:
        merged: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        merged = {}
    for key in SECTION_KEYS.get(section, ()):  # "shared" keeps its figures in its section
        merged[key] = result.get(key, 0.0)
    merged[section] = result
    merged["machine"] = machine()
    path.write_text(json.dumps(merged, indent=2) + "\n", encoding="utf-8")
    (out_dir / "bench.md").write_text(markdown_table(merged) + "\n", encoding="utf-8")
    return merged


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, {cpu}, load average {load}"


def _fmt(value: Any, digits: int = 2) -> str:
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def markdown_table(data: dict[str, Any]) -> str:
    """The short table `make bench` prints: one row per figure, the ratio beside it."""
    rows: list[tuple[str, str, str]] = []
    ingest = data.get("ingest") or {}
    if ingest:
        s = ingest
        rows += [
            ("encoder backend", str(s.get("backend")), ""),
            ("corpus", f"{s.get('articles')} articles, {s.get('chunks')} chunks", ""),
        ]
        measured_encoder = bool(s.get("encoder_chunks_per_s"))  # not with --skip-encoder
        if measured_encoder:
            rows.append(
                (
                    "raw encoder",
                    f"{_fmt(s['encoder_chunks_per_s'], 1)} chunks/s",
                    f"{_fmt(s['encoder_tokens_per_s'], 0)} tokens/s",
                )
            )
        rows.append(
            (
                "newsqa ingest",
                f"{_fmt(s['newsqa_ingest_s'], 1)} s",
                f"{_fmt(s['ingest_chunks_per_s'], 1)} chunks/s, "
                f"{_fmt(s['ingest_articles_per_s'], 2)} articles/s",
            )
        )
        if measured_encoder:
            rows.append(("ingest / raw encoder", _fmt(s["ingest_vs_encoder"]), "target ≥ 0.90"))
        if s.get("peer_256_s"):  # not with --skip-peer
            rows += [
                (
                    "LlamaIndex peer, defaults",
                    f"{_fmt(s['peer_default_s'], 1)} s",
                    f"newsqa at {_fmt(s['speedup_vs_peer_default'])}× its speed; it embeds "
                    f"{s.get('peer_default_chunks', 0)} chunks, each cut to the model's 256 tokens",
                ),
                (
                    "LlamaIndex peer, 256-token chunks",
                    f"{_fmt(s['peer_256_s'], 1)} s",
                    f"newsqa {_fmt(s['speedup_vs_peer_256'])}× faster (target ≥ 2)",
                ),
            ]
        rows += [
            (
                "unchanged re-ingest",
                f"{_fmt(s['reingest_s'], 2)} s",
                f"{_fmt(s['reingest_fraction'] * 100, 1)}% of ingest (target ≤ 3%)",
            ),
            (
                "peak RSS ingest / peer 256",
                f"{_fmt(s['ingest_rss_mb'], 0)} MB",
                f"{_fmt(s['peer_256_rss_mb'], 0)} MB" if s.get("peer_256_rss_mb") else "",
            ),
        ]
        for r in ingest.get("scales", [])[1:]:
            t = r["summary"]
            growth = t["ingest_s_per_article"] / s["ingest_s_per_article"]
            rows.append(
                (
                    f"ingest at {t['scale']}×",
                    f"{_fmt(t['newsqa_ingest_s'], 1)} s",
                    f"cost/article {_fmt(growth)}× of 1× (target ≤ 1.3), "
                    f"RSS {_fmt(t['peak_rss_mb'], 0)} MB",
                )
            )
    query = data.get("query") or {}
    if query:
        q = query
        rows += [
            (
                f"warm retrieve p50 / p95 at {q.get('scale', 1)}×",
                f"{_fmt(q['retrieve_p50_ms'], 1)} ms",
                f"{_fmt(q['retrieve_p95_ms'], 1)} ms "
                f"(target p50 ≤ {50 if q.get('scale', 1) <= 1 else 100})",
            ),
            (
                "warm offline ask p50 / p95",
                f"{_fmt(q['ask_p50_ms'], 1)} ms",
                f"{_fmt(q['ask_p95_ms'], 1)} ms (target p50 ≤ 250)",
            ),
            ("cold newsqa ask", f"{_fmt(q['cold_ask_s'])} s", "target ≤ 3 s"),
            (
                "newsqa --help / status",
                f"{_fmt(q['help_s'])} s / {_fmt(q['status_s'])} s",
                "target < 1 s",
            ),
        ]
    serve = data.get("serve") or {}
    if serve:
        rows.append(
            (
                f"newsqa serve, {serve['clients']} clients, offline, {serve['seconds']:g} s",
                f"{_fmt(serve['serve_throughput_rps'], 1)} answers/s",
                f"p50 {_fmt(serve['serve_p50_ms'], 0)} ms, p95 {_fmt(serve['serve_p95_ms'], 0)} "
                f"ms, {serve['serve_errors']} errors (target at 16: 0 errors, p95 < 3 s)",
            )
        )
        rows.append(
            (
                "newsqa serve CPU per answer",
                f"{_fmt(serve.get('server_cpu_ms_per_answer', 0.0), 0)} ms",
                f"the server used {_fmt(serve.get('server_cores_used', 0.0))} cores",
            )
        )
    lines = ["| measure | value | ratio / note |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines.append(f"\nMachine: {data.get('machine', machine())}.")
    return "\n".join(lines)
