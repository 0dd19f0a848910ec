"""`newsqa bench`: figures are all there and sane on a tiny corpus (no timing thresholds)."""

from __future__ import annotations

import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.bench.corpus import load_records, scaled_records, write_corpus
from assistant.bench.runner import INGEST_KEYS, QUERY_KEYS, markdown_table

NEWSQA = Path(sys.executable).parent / "newsqa"
TOPICS = ["harbour", "railway", "copper", "glacier", "vaccine", "festival"]


def tiny_records(count: int = 4) -> list[dict[str, str]]:
    records = []
    for n in range(count):
        topic = TOPICS[n % len(TOPICS)]
        paragraphs = [
            f"Officials in city {n} said the {topic} plan would cost {n + 2} million dollars. "
            f"The council debated the {topic} budget for a week before the vote."
            for _ in range(3)
        ] + [f"Residents of district {n}-{p} asked about the {topic} timetable." for p in range(3)]
        records.append(
            {
                "title": f"{topic.title()} plan approved in city {n}",
                "source": "Test Wire",
                "published_at": f"2024-03-{n + 1:02d}T10:00:00+00:00",
                "url": f"https://example.invalid/{n}",
                "body": "\n\n".join(paragraphs),
            }
        )
    return records


def run_cli(*args: str) -> dict:
    done = subprocess.run(
        [str(NEWSQA), *args], capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def bench_dirs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("bench")
    return write_corpus(tiny_records(), base / "tiny.json"), base / "work"


def test_scale_builds_distinct_articles_with_distinct_ids(tmp_path: Path) -> None:
    records = tiny_records(5)
    scaled = scaled_records(records, 3)
    assert len(scaled) == 15
    assert scaled[:5] == records
    new = scaled[5:]
    assert len({r["id"] for r in new}) == len(new)
    assert len({r["url"] for r in scaled}) == len(scaled)
    bodies = {hashlib.sha1(r["body"].encode()).hexdigest() for r in scaled}
    assert len(bodies) == len(scaled)
    assert scaled_records(records, 3) == scaled  # deterministic
    path = write_corpus(scaled, tmp_path / "scaled.json")
    assert load_records(path) == scaled


def test_scaled_corpus_ingests_as_distinct_articles(assistant, tmp_path: Path) -> None:
    path = write_corpus(scaled_records(tiny_records(3), 2), tmp_path / "scaled.json")
    report = assistant.ingest([path])
    assert report.added == 6 and report.duplicates == 0


def test_bench_ingest_json_has_every_key(bench_dirs: tuple[Path, Path]) -> None:
    corpus, work = bench_dirs
    result = run_cli(
        "bench", "ingest", "--corpus", str(corpus), "--scale", "1", "--skip-peer",
        "--workdir", str(work), "--json",
    )  # fmt: skip
    for key in INGEST_KEYS:
        assert isinstance(result[key], int | float) and math.isfinite(result[key]), key
    assert result["encoder_chunks_per_s"] > 0
    assert result["ingest_chunks_per_s"] > 0
    assert result["ingest_vs_encoder"] > 0
    assert result["newsqa_ingest_s"] > 0
    assert result["reingest_fraction"] > 0
    assert result["peer_256_s"] == 0 and result["speedup_vs_peer_256"] == 0  # --skip-peer
    assert result["peak_rss_mb"] > 10
    run = result["scales"][0]
    assert run["ingest"]["added"] == 4
    assert run["reingest"]["unchanged"] == 4 and run["reingest"]["chunks"] == 0
    assert run["encoder"]["chunks"] == run["ingest"]["chunks"]  # the same chunks
    table = markdown_table({"ingest": result})
    assert "| raw encoder |" in table
    assert "LlamaIndex peer" not in table  # skipped phases leave no rows of zeros


def test_bench_ingest_growth_across_scales(tmp_path: Path) -> None:
    corpus = write_corpus(tiny_records(3), tmp_path / "tiny.json")
    result = run_cli(
        "bench", "ingest", "--corpus", str(corpus), "--scale", "1", "--scale", "3",
        "--skip-peer", "--skip-encoder", "--workdir", str(tmp_path / "work"), "--json",
    )  # fmt: skip
    assert [r["scale"] for r in result["scales"]] == [1, 3]
    assert [r["summary"]["articles"] for r in result["scales"]] == [3, 9]
    assert result["encoder_chunks_per_s"] == 0 and result["ingest_vs_encoder"] == 0
    assert "encoder" in result["scales"][1] and result["per_article_growth"]["3x"] > 0
    table = markdown_table({"ingest": result})
    assert "| ingest at 3× |" in table and "| raw encoder |" not in table


def test_bench_query_json(bench_dirs: tuple[Path, Path]) -> None:
    corpus, work = bench_dirs
    result = run_cli("bench", "query", "--corpus", str(corpus), "--workdir", str(work), "--json")
    for key in QUERY_KEYS:
        assert isinstance(result[key], int | float) and result[key] > 0, key
    assert result["articles"] == 4
    assert result["retrieve_p95_ms"] >= result["retrieve_p50_ms"]
    assert result["questions"] >= 1


def test_bench_serve_json(bench_dirs: tuple[Path, Path]) -> None:
    corpus, work = bench_dirs
    result = run_cli(
        "bench", "serve", "--corpus", str(corpus), "--workdir", str(work),
        "--clients", "3", "--seconds", "2", "--json",
    )  # fmt: skip
    assert (result["clients"], result["articles"]) == (3, 4)
    assert result["requests"] >= 1 and result["serve_throughput_rps"] > 0
    assert (result["serve_errors"], result["error_kinds"]) == (0, {})
    assert 0 < result["serve_p50_ms"] <= result["serve_p95_ms"] <= result["serve_max_ms"]
    assert result["server_cpu_ms_per_answer"] > 0 and result["server_cores_used"] > 0
    table = markdown_table({"serve": result})
    assert "| newsqa serve, 3 clients, offline, 2 s |" in table
