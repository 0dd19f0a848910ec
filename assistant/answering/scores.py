"""A game's score a question gives ("how did spurs beat chelsea 4-1"): the answer must come from
an article that reports that score, not from a report of another game of the same sides. And a
score asked of two sides is said of both."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.candidates import Candidate
from assistant.answering.sentences import DATE_WORDS
from assistant.answering.specifics import said_in
from assistant.answering.subject import article_text
from assistant.outlet_names import name_words
from assistant.types import Passage
from index.terms import families

# "beat chelsea 4-1", "won 3-2, who starred"
SCORE = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}(?!\d|[-.]\d|,\s*\d)")  # (not "nov 10-12, 2023")
FIGURE_ENDS = r"(?!\d|[.,]\d)"  # (a full stop may end the sentence: "beating the Bills 24-18.")


def says_score(text: str, score: str, either_way: bool = False) -> bool:
    """Whether a text gives a score ("4-1", "4 – 1"; "1-4" too, `either_way`)."""
    a, b = score.split("-")
    orders = ((a, b), (b, a)) if either_way else ((a, b),)
    return any(re.search(rf"(?<![\d.,]){x}\s?[-–]\s?{y}{FIGURE_ENDS}", text) for x, y in orders)


def scores_unsaid(question: str, candidate: Candidate, passages: Sequence[Passage]) -> list[str]:
    """The scores the question gives that the candidate's article does not report."""
    article = article_text(passages[candidate.passage].article_id, passages)
    return [score for score in SCORE.findall(question) if not says_score(article, score)]


def sides_unsaid(sides: Sequence[str], candidate: Candidate, outlets: Sequence[str]) -> list[str]:
    """ "The final score of bills vs chargers": the sides (names the question gives, not an outlet
    or a day) that the sentence giving a score, with the one before it, leaves out, when it
    says fewer than two of them ("the Chargers' 63-21 rout by the Raiders" is another game);
    none when the question names fewer than two."""
    outlet_words = {w for o in outlets for w in name_words(o)}
    sides = [s for s in sides if s not in outlet_words and not DATE_WORDS.fullmatch(s)]
    text = f"{candidate.before} {candidate.text}"
    said = families(text)
    unsaid = [s for s in sides if not said_in(s, said, text)]
    # (two of the names said are the sides: the third may be a place, "in lyon", or a month)
    return unsaid if len(sides) - len(unsaid) < 2 <= len(sides) else []
