"""Question sets: the YAML/JSONL contract (DESIGN.md section 7), the MultiHop-RAG format, and
errors that name the file and the record (or line)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.evaluation import QuestionSetError, load_questions
from assistant.evaluation.metrics import answer_matches

ROOT = Path(__file__).resolve().parent.parent

YAML_SET = """\
- id: tonnage
  question: How much aluminium could Russia supply to the US each year?
  answer: ["2 million ton"]
  articles: ["trt-putin-offer"]
- id: no-answer-1
  question: Who won the 2024 Super Bowl?
  answerable: false
- id: follow-up
  turns:
    - question: What did Putin offer the US?
    - question: How much of it could Russia send each year?
      answer: ["2 million ton"]
- question: "  In which year were the duties introduced?  "
  answer: 2023
  articles: trt-putin-offer
  type: numbers
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_set(tmp_path: Path) -> None:
    single, unanswerable, follow_up, numbers = load_questions(write(tmp_path, "q.yaml", YAML_SET))

    assert (single.id, single.type, single.benchmark) == ("tonnage", "single", None)
    [turn] = single.turns
    assert turn.question == "How much aluminium could Russia supply to the US each year?"
    assert (turn.answers, turn.articles, turn.answerable) == (
        ["2 million ton"], ["trt-putin-offer"], True,
    )  # fmt: skip

    assert (unanswerable.id, unanswerable.type) == ("no-answer-1", "unanswerable")
    assert unanswerable.final.answerable is False
    assert unanswerable.final.answers == []

    assert (follow_up.id, follow_up.type) == ("follow-up", "follow-up")
    assert [t.question for t in follow_up.turns] == [
        "What did Putin offer the US?",
        "How much of it could Russia send each year?",
    ]
    assert follow_up.turns[0].answers == []
    assert follow_up.final is follow_up.turns[1]
    assert follow_up.final.answers == ["2 million ton"]

    # no id: numbered by position; scalars become one-item lists; the question is stripped
    assert (numbers.id, numbers.type) == ("q4", "numbers")
    assert numbers.final.question == "In which year were the duties introduced?"
    assert (numbers.final.answers, numbers.final.articles) == (["2023"], ["trt-putin-offer"])


def test_yaml_questions_mapping(tmp_path: Path) -> None:
    text = "questions:\n  - question: Who?\n    answer: Putin\n"
    [question] = load_questions(write(tmp_path, "q.yml", text))
    assert (question.id, question.final.answers) == ("q1", ["Putin"])


def test_jsonl_set(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "question": "What did Putin offer?", "answer": ["rare earth"]},
        {"id": "b", "question": "Who won the Super Bowl?", "answerable": False},
        {"id": "c", "turns": [{"question": "What did he offer?"}, {"question": "How much?"}]},
    ]
    text = "\n".join(json.dumps(line) for line in lines[:2]) + "\n\n" + json.dumps(lines[2])
    questions = load_questions(write(tmp_path, "q.jsonl", text))
    assert [(q.id, q.type, len(q.turns)) for q in questions] == [
        ("a", "single", 1), ("b", "unanswerable", 1), ("c", "follow-up", 2),
    ]  # fmt: skip
    assert questions[0].final.answers == ["rare earth"]
    assert questions[1].final.answerable is False


def test_seed_set_loads() -> None:
    questions = load_questions(ROOT / "corpus" / "questions" / "seeds.yaml")
    assert len(questions) == len({q.id for q in questions}) >= 30
    assert {q.type for q in questions} == {"single", "unanswerable", "follow-up"}


def multihop_record(query: str, answer: str, kind: str, facts: list[str]) -> dict:
    return {
        "query": query,
        "answer": answer,
        "question_type": kind,
        "evidence_list": [
            {
                "title": f"Article {i}",
                "author": None,
                "url": f"https://example.com/{i}",
                "source": "The Verge",
                "category": "technology",
                "published_at": "2023-09-28T12:00:00+00:00",
                "fact": fact,
            }
            for i, fact in enumerate(facts, start=1)
        ],
    }


def test_multihop_set(tmp_path: Path) -> None:
    records = [
        multihop_record("Who is accused of fraud?", "Sam Bankman-Fried", "inference_query",
                        ["Bankman-Fried made himself out to be the Good Boy.", "He is on trial."]),
        multihop_record("Did both report a rise?", "no", "comparison_query", ["Prices rose."]),
        multihop_record("Who won the 2030 World Cup?", "Insufficient information.",
                        "null_query", []),
    ]  # fmt: skip
    path = write(tmp_path, "dev.json", json.dumps(records, indent=4))
    inference, comparison, null = load_questions(path)

    assert [q.id for q in (inference, comparison, null)] == ["mh-1", "mh-2", "mh-3"]
    assert inference.benchmark == "multihop-rag"
    assert inference.type == "inference_query"
    assert inference.gold_answer == "Sam Bankman-Fried"
    turn = inference.final
    assert turn.question == "Who is accused of fraud?"
    assert turn.answerable is True
    assert turn.evidence == [
        "Bankman-Fried made himself out to be the Good Boy.",
        "He is on trial.",
    ]
    assert turn.evidence_titles == ["Article 1", "Article 2"]
    assert set(turn.articles) == {
        "https://example.com/1", "https://example.com/2", "Article 1", "Article 2",
    }  # fmt: skip
    assert answer_matches("It is Sam Bankman-Fried [1].", turn.answers)

    # the literal answer matches as whole words ('no' is not inside 'not')
    assert not answer_matches("It did not say.", comparison.final.answers)
    assert answer_matches("No, it did not.", comparison.final.answers)

    assert (null.type, null.final.answerable) == ("null_query", False)
    assert (null.final.answers, null.final.evidence) == ([], [])
    assert null.gold_answer == "Insufficient information."


def test_multihop_record_without_query(tmp_path: Path) -> None:
    good = multihop_record("Who?", "Google", "inference_query", ["A fact."])
    path = write(tmp_path, "dev.json", json.dumps([good, {"answer": "x", "evidence_list": []}]))
    with pytest.raises(QuestionSetError, match=rf"^{re.escape(str(path))}: record 2: .*'query'"):
        load_questions(path)


@pytest.mark.parametrize(("name", "text", "message"), [
    pytest.param(
        "bad.jsonl", '{"question": "One?"}\n\n{"question": "Two?",,}\n',
        r"line 3: malformed JSON", id="jsonl-broken-line",
    ),
    pytest.param(
        "bad.jsonl", '{"question": "One?"}\n\n{"answer": "x"}\n',
        r"line 3 \(q2\): missing field 'question'", id="jsonl-record-names-its-line",
    ),
    pytest.param(
        "bad.yaml", "- question: One?\n- id: two\n  answer: [x]\n",
        r"record 2 \(two\): missing field 'question'", id="yaml-missing-question",
    ),
    pytest.param(
        "bad.yaml", "- id: n\n  question: 42\n",
        r"record 1 \(n\): field 'question' must be non-empty text", id="question-a-number",
    ),
    pytest.param(
        "bad.yaml", "- id: e\n  question: ' '\n",
        r"record 1 \(e\): field 'question' must be non-empty text", id="question-blank",
    ),
    pytest.param(
        "bad.yaml", "- id: a\n  question: One?\n- id: a\n  question: Two?\n",
        r"duplicate question id 'a'", id="duplicate-ids",
    ),
    pytest.param(
        "bad.yaml", "- question: One?\n  answerable: 'no'\n",
        r"record 1 \(q1\): field 'answerable' must be true or false", id="answerable-type",
    ),
    pytest.param(
        "bad.yaml", "- question: One?\n  answerable: 0\n",
        r"field 'answerable' must be true or false", id="answerable-int",
    ),
    pytest.param(
        "bad.yaml", "- question: One?\n  answer: true\n",
        r"field 'answer' must be a string or a list of strings", id="answer-bool",
    ),
    pytest.param(
        "bad.yaml", "- question: One?\n  answer: {a: 1}\n",
        r"field 'answer' must be a string or a list of strings", id="answer-mapping",
    ),
    pytest.param(
        "bad.yaml", "- question: One?\n  answers: [x]\n",
        r"record 1 \(q1\): unknown field 'answers'", id="typo-in-field",
    ),
    pytest.param(
        "bad.yaml", "- id: f\n  answer: [x]\n  turns:\n    - question: One?\n",
        r"record 1 \(f\): unknown field 'answer'", id="answer-beside-turns",
    ),
    pytest.param(
        "bad.yaml", "- id: f\n  turns:\n    - question: One?\n    - answer: [x]\n",
        r"record 1 \(f\) turn 2: missing field 'question'", id="turn-without-question",
    ),
    pytest.param(
        "bad.yaml", "- id: f\n  turns: []\n", r"'turns' must be a non-empty list",
        id="empty-turns",
    ),
    pytest.param("bad.yaml", "- just a string\n", r"record 1: expected a mapping", id="scalar"),
    pytest.param("bad.yaml", "question: One?\n", r"expected a list of questions", id="mapping"),
    pytest.param("bad.yaml", "", r"expected a list of questions", id="empty-file"),
    pytest.param("bad.yaml", "[]\n", r"no questions", id="empty-list"),
    pytest.param("bad.yaml", "- question: [unclosed\n", r"not valid YAML", id="yaml-syntax"),
    pytest.param("bad.json", "[{]", r"not valid JSON", id="json-syntax"),
])  # fmt: skip
def test_malformed(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(QuestionSetError) as caught:
        load_questions(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert re.search(message, str(caught.value)), str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(QuestionSetError, match="cannot read"):
        load_questions(tmp_path / "nowhere.yaml")
