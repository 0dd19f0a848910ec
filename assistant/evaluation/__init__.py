"""The evaluation harness: question sets in, scores and reports out (`newsqa eval`)."""

from assistant.evaluation.questions import Question, QuestionSetError, Turn, load_questions
from assistant.evaluation.runner import EvalOptions, run_eval

__all__ = ["EvalOptions", "Question", "QuestionSetError", "Turn", "load_questions", "run_eval"]
