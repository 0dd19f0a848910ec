"""A game's score a question gives ("how did spurs beat chelsea 4-1"): the answer must come from
an article that reports that score, not from a report of another game of the same sides."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.candidates import Candidate
from assistant.answering.subject import article_text
from assistant.types import Passage

SCORE = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d.,-])")  # "beat chelsea 4-1"
FIGURE_ENDS = r"(?!\d|[.,]\d)"  # (a full stop may end the sentence: "beating the Bills 24-18.")


def scores_unsaid(question: str, candidate: Candidate, passages: Sequence[Passage]) -> list[str]:
    """The scores the question gives that the candidate's article does not report."""
    article = article_text(passages[candidate.passage].article_id, passages)
    return [
        score
        for score in SCORE.findall(question)
        if not re.search(r"(?<![\d.,])" + score.replace("-", r"\s?[-–]\s?") + FIGURE_ENDS, article)
    ]
