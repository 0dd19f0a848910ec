"""The eval report's Markdown keeps its structure whatever an answer holds (an LLM's lists)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.evaluation.report import markdown_report

LIST_ANSWER = (
    "Putin offered two things:\n\n- rare earth metals [1]\n- aluminium [1]\n\n# Note\n"
    + "More. " * 80
)


def results_with(answer: str) -> dict[str, Any]:
    settings = {
        "answerer": "llm:gemma",
        "embedding_model": "local",
        "top_k": 6,
        "retrieve_k": 10,
        "articles": 2,
        "chunks": 4,
        "corpus_hash": "abc",
        "chunking": "256 tokens",
        "questions_in_set": 1,
    }
    record = {
        "id": "offer",
        "type": "fact",
        "question": "What did Putin\noffer?",
        "expected": ["rare earth"],
        "answerable": True,
        "abstained": False,
        "answer": answer,
        "scores": {"answer_accuracy": 0.0, "mrr@10": 1.0},
    }
    totals = {"questions": 1, "answer_accuracy": 0.0, "mrr@10": 1.0}
    by_type = {"fact": totals}
    return {"settings": settings, "totals": totals, "by_type": by_type, "questions": [record]}


def test_a_multi_line_answer_stays_inside_its_list_item(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    markdown_report(results_with(LIST_ANSWER), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index("## Worst questions")
    worst = [line for line in lines[start + 1 :] if line]
    assert worst[0] == "- **offer** (fact): What did Putin offer?"
    assert worst[1] == "  - expected: rare earth"
    answered = worst[2]
    assert answered.startswith(
        "  - answered: Putin offered two things: - rare earth metals [1] - aluminium [1] # Note"
    )
    assert answered.endswith("…") and len(answered) <= len("  - answered: ") + 300
    assert len(worst) == 3  # nothing of the answer spilled onto lines of its own
