"""`newsqa eval` end to end (offline, the session's real model): results JSON, the Markdown report
and its chart, `--baseline` exit codes, a tiny MultiHop-RAG set, and the committed seed baseline.

The seed set is answered once per module; the other runs use a few questions only.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from assistant.cli.main import cli
from assistant.evaluation.report import compare, setting_differences

ROOT = Path(__file__).resolve().parent.parent
SEED_SET = ROOT / "corpus" / "questions" / "seeds.yaml"
SEED_BASELINE = ROOT / "corpus" / "questions" / "seeds-baseline.json"
REGENERATE = (
    "if the change is intended, regenerate the baseline: NEWSQA_HOME=$(mktemp -d) "
    ".venv/bin/newsqa eval corpus/questions/seeds.yaml --offline "
    "--out corpus/questions/seeds-baseline.json -q"
)
HIDDEN_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "NEWSQA_MODEL", "NEWSQA_CHROMA_URL")

Run = Callable[..., Result]


def cli_runner(embedder: Any, home: Path, mp: pytest.MonkeyPatch, config: Path) -> Run:
    """The CLI in-process on `home`, offline, with the session's loaded model."""
    mp.setattr("assistant.api.LocalEmbedder", lambda **_: embedder)
    mp.setenv("NEWSQA_CONFIG", str(config))
    for name in HIDDEN_ENV:
        mp.delenv(name, raising=False)
    runner = CliRunner()

    def run(*args: str, home: Path = home) -> Result:
        return runner.invoke(cli, ["--home", str(home), *args], catch_exceptions=False)

    return run


@pytest.fixture(scope="module")
def seed_run(embedder, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The whole seed set, offline, through the CLI, with --out and --report (once)."""
    folder = tmp_path_factory.mktemp("seed-eval")
    out, report = folder / "results" / "seeds.json", folder / "seeds-report.md"
    with pytest.MonkeyPatch.context() as mp:
        run = cli_runner(embedder, folder / "home", mp, folder / "no-config.toml")
        args = ["eval", str(SEED_SET), "--offline", "-q", "--out", str(out)]
        result = run(*args, "--report", str(report))
    assert result.exit_code == 0, result.output
    return {
        "home": folder / "home",
        "result": result,
        "out": out,
        "report": report,
        "results": json.loads(out.read_text(encoding="utf-8")),
    }


@pytest.fixture
def newsqa(embedder, seed_run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """The CLI on the seed run's store (already holding the bundled corpus)."""
    return cli_runner(embedder, seed_run["home"], monkeypatch, tmp_path / "no-config.toml")


def test_results_json(seed_run) -> None:
    results = seed_run["results"]
    assert set(results) == {"settings", "totals", "by_type", "questions"}

    settings = results["settings"]
    assert settings["answerer"] == "offline"
    assert settings["embedding_model"] == "all-MiniLM-L6-v2"
    assert (settings["articles"], settings["questions_in_set"]) == (2, 31)
    assert settings["home"] == str(seed_run["home"])

    totals = results["totals"]
    assert totals["questions"] == 31
    assert totals["answer_accuracy_n"] == 21  # answerable questions with an expected answer
    assert totals["hit@4_n"] == 21  # unanswerable questions are not scored for retrieval
    for key in ("refusal_precision", "refusal_recall", "answer_accuracy", "citation_precision"):
        assert 0.0 <= totals[key] <= 1.0, key
    assert totals["dangling_markers"] == 0
    assert totals["latency_p95"] >= totals["latency_p50"] > 0
    assert not any(key.startswith("mh_") for key in totals)  # no MultiHop evidence here

    assert set(results["by_type"]) == {"single", "unanswerable", "follow-up"}
    assert results["by_type"]["follow-up"]["questions"] == 1
    assert "refusal_recall" in results["by_type"]["unanswerable"]
    assert sum(g["questions"] for g in results["by_type"].values()) == 31

    questions = {q["id"]: q for q in results["questions"]}
    assert len(questions) == 31
    follow_up = questions["follow-up-tonnage"]
    assert follow_up["question"] == "How much of it could Russia send each year?"
    assert follow_up["standalone_query"] != follow_up["question"]  # condensed with turn 1
    for record in results["questions"]:
        assert {"id", "type", "answer", "abstained", "citations", "retrieved", "scores"} <= set(
            record
        )
        assert record["scores"]["dangling_markers"] == 0


def test_report_and_chart(seed_run) -> None:
    report, chart = seed_run["report"], seed_run["report"].with_suffix(".png")
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# newsqa evaluation\n")
    assert "| score | all (31) |" in text
    assert "| refusal_recall |" in text
    assert f"![scores by question type]({chart.name})" in text
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert chart.stat().st_size > 5000
    output = seed_run["result"].output
    assert "newsqa eval" in output  # the terminal table
    assert f"report: {report} (chart {chart})" in output


def test_seed_set_has_not_regressed(seed_run) -> None:
    """Answers on the seed set are no worse than the committed baseline."""
    results = seed_run["results"]
    baseline = json.loads(SEED_BASELINE.read_text(encoding="utf-8"))
    assert results["settings"]["home"] != baseline["settings"]["home"]  # and that is fine
    assert setting_differences(results, baseline) == [], REGENERATE
    regressions, _improvements, changes = compare(results, baseline, tolerance=0.02)
    assert regressions == [], f"{regressions}; {REGENERATE}"
    now_wrong = [c for c in changes if c.startswith("now wrong")]
    assert now_wrong == [], f"{now_wrong}; {REGENERATE}"


def test_baseline_option(newsqa: Run, tmp_path: Path) -> None:
    few = ("eval", str(SEED_SET), "--offline", "-q", "--type", "single", "--limit", "2")
    first = tmp_path / "first.json"
    assert newsqa(*few, "--out", str(first)).exit_code == 0
    baseline = json.loads(first.read_text(encoding="utf-8"))
    assert baseline["totals"]["questions"] == 2

    itself = newsqa(*few, "--baseline", str(first))
    assert itself.exit_code == 0, itself.output
    assert "WORSE" not in itself.stdout
    assert "note: " not in itself.stderr

    accuracy = baseline["totals"]["answer_accuracy"]
    baseline["totals"]["answer_accuracy"] = accuracy + 0.1  # artificially better
    baseline["settings"]["top_k"] = 3
    baseline["settings"]["home"] = "/elsewhere"  # never matters
    better = tmp_path / "better.json"
    better.write_text(json.dumps(baseline), encoding="utf-8")
    worse = newsqa(*few, "--baseline", str(better))
    assert worse.exit_code == 1, worse.output
    assert f"WORSE: answer_accuracy: {accuracy + 0.1:.3f} → {accuracy:.3f}" in worse.stdout
    assert "error: 1 score(s) dropped by more than 0.02" in worse.stderr
    assert "note: setting differs from the baseline: top_k: 3 → 6" in worse.stderr
    assert "setting differs from the baseline: home" not in worse.stderr


# --- compare() on hand-made results ---------------------------------------------------------
def results_doc(**totals: Any) -> dict[str, Any]:
    return {
        "settings": {"answerer": "offline", "home": "/a"},
        "totals": {"questions": 2, **totals},
        "by_type": {},
        "questions": [
            {"id": "a", "question": "A?", "answerable": True, "abstained": False,
             "scores": {"answer_accuracy": 1.0}},
            {"id": "b", "question": "B?", "answerable": False, "abstained": True, "scores": {}},
        ],
    }  # fmt: skip


def test_compare_rules() -> None:
    baseline = results_doc(
        answer_accuracy=0.8, refusal_recall=0.5, dangling_markers=0, latency_p50=0.1,
        citation_precision=0.9,
    )  # fmt: skip
    baseline["totals"]["mh_map@10"] = 0.4  # not a keyword
    current = copy.deepcopy(baseline)
    current["settings"]["home"] = "/b"
    assert compare(current, baseline, 0.02) == ([], [], [])
    assert setting_differences(current, baseline) == []

    current["totals"].update(
        answer_accuracy=0.79, refusal_recall=0.6, dangling_markers=1, latency_p50=9.0
    )
    del current["totals"]["citation_precision"]
    current["totals"]["mh_map@10"] = 0.3
    current["questions"][1]["abstained"] = False
    regressions, improvements, changes = compare(current, baseline, 0.02)
    assert regressions == [
        "MH MAP@10: 0.400 → 0.300",
        "citation_precision: 0.900 → missing",
        "dangling_markers: 0 → 1",  # lower is better
    ]  # answer_accuracy fell by 0.01 (within tolerance); latency is not compared
    assert improvements == ["refusal_recall: 0.500 → 0.600"]
    assert changes == ["now wrong: b (B?)"]


# --- a tiny MultiHop-RAG set, with its corpus.json beside it --------------------------------
ARTICLES = [
    {
        "title": "Zorblax unveils the Quill phone",
        "author": "Ada Byte",
        "source": "TechCrunch",
        "published_at": "2023-10-02T09:00:00+00:00",
        "category": "technology",
        "url": "https://techcrunch.example/zorblax-quill",
        "body": (
            "Zorblax, the Lisbon hardware start-up, unveiled the Quill phone on Monday. "
            "The Quill has a folding e-ink screen and a battery that lasts nine days. "
            "Chief executive Mira Solano said the company would ship 40,000 units this year."
        ),
    },
    {
        "title": "Glacier melt in the Andes speeds up",
        "author": None,
        "source": "Science News For Students",
        "published_at": "2023-11-14T15:30:00+00:00",
        "category": "science",
        "url": "https://sns.example/andes-glaciers",
        "body": (
            "Glaciers in the tropical Andes lost a third of their area since 1990. "
            "Researchers at the University of Cusco measured the retreat with drones. "
            "Meltwater supplies drinking water to millions of people in Peru and Bolivia."
        ),
    },
]


def evidence(article: dict[str, Any], fact: str) -> dict[str, Any]:
    keys = ("title", "author", "url", "source", "category", "published_at")
    return {**{k: article[k] for k in keys}, "fact": fact}


def test_multihop_set_end_to_end(newsqa: Run, tmp_path: Path) -> None:
    folder = tmp_path / "mh"
    folder.mkdir()
    zorblax, andes = ARTICLES
    queries = [
        {
            "query": "Which company's chief executive, Mira Solano, plans to ship 40,000 "
            "units of a folding e-ink phone?",
            "answer": "Zorblax",
            "question_type": "inference_query",
            "evidence_list": [
                evidence(zorblax, "Chief executive Mira Solano said the company would ship "
                                  "40,000 units this year."),
                evidence(zorblax, "The Quill has a folding e-ink screen"),
            ],
        },
        {
            "query": "Did the Andes glaciers lose a third of their area since 1990?",
            "answer": "Yes",
            "question_type": "comparison_query",
            "evidence_list": [evidence(andes, "lost a third of their area since 1990.")],
        },
        {
            "query": "Who won the 2031 Tour de France?",
            "answer": "Insufficient information.",
            "question_type": "null_query",
            "evidence_list": [],
        },
    ]  # fmt: skip
    (folder / "corpus.json").write_text(json.dumps(ARTICLES, indent=4), encoding="utf-8")
    (folder / "queries.json").write_text(json.dumps(queries, indent=4), encoding="utf-8")
    home = tmp_path / "mh-home"
    out = tmp_path / "mh.json"

    result = newsqa(
        "eval", str(folder / "queries.json"), "-q", "--offline", "--out", str(out), home=home
    )
    assert result.exit_code == 0, result.output
    assert f"ingesting {folder / 'corpus.json'}" in result.stderr  # the corpus beside it
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["settings"]["articles"] == 2

    totals = results["totals"]
    # everything the two-article store holds is within the top 10: every gold fact is found
    assert (totals["mh_hits@10"], totals["mh_hits@10_n"]) == (1.0, 2)  # null query skipped
    assert totals["evidence_recall"] == 1.0
    assert 0 < totals["mh_map@10"] <= totals["mh_mrr@10"] <= 1.0
    assert totals["paper_accuracy_n"] == 3  # the null query: abstaining counts as correct
    assert "refusal_recall" in totals
    assert set(results["by_type"]) == {"inference_query", "comparison_query", "null_query"}
    null = next(q for q in results["questions"] if q["type"] == "null_query")
    assert not any(k.startswith(("mh_", "hit@", "mrr@")) for k in null["scores"])
    assert null["scores"]["paper_accuracy"] == float(null["abstained"])


def test_eval_missing_questions_file(newsqa: Run, tmp_path: Path) -> None:
    result = newsqa("eval", str(tmp_path / "nowhere.yaml"))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_eval_malformed_set_is_one_line(newsqa: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  answers: [y]\n  question: Why?\n", encoding="utf-8")
    result = newsqa("eval", str(bad), "-q")
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {bad}: record 1 (x): unknown field 'answers' "
        "(expected: id, type, note, question, answer, articles, answerable)\n"
    )
