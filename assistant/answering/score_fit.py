"""Whether a sentence tells the score or the prison term asked: a game's final score, not one on
the way or of another meeting; a term given by a court, not one that could be given."""

from __future__ import annotations

import re

from assistant.answering.answer_slot import AnswerSlot, names_in
from assistant.answering.figures import WORD
from assistant.answering.statements import FINAL_SCORE

# "What sentence did he get": a term given by a court.
SENTENCE_WORDS = frozenset(("sentence", "punishment", "term"))
TERM_GIVEN = re.compile(
    r"\bsentenced\s+to\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|"
    r"twenty|thirty|forty|fifty)[- ](?:years?|months?|days?|weeks?)\b[^.]{0,20}?\b(?:in\s+prison|"
    r"in\s+jail|behind\s+bars|prison|jail|sentence)\b|\blife\s+(?:in\s+prison|sentence|"
    r"imprisonment)\b|\bprobation\b|\btime\s+served\b|\bsuspended\s+sentence\b",
    re.I,
)
# … not one he could get: "faces up to 110 years in prison"
TERM_FACED = re.compile(
    # ("each charge carries a sentence of one to 15 years", "punishable by")
    r"\b(?:fac(?:es|ed|ing|e)|could\s+get|up\s+to|maximum|as\s+much\s+as|carr(?:y|ies|ied|ying)|"
    r"punishable|potential|possible)\b",
    re.I,
)
# "What was the score": a scoreline ("a 19-17 defeat", "won 3-1"), not a season ("2023-24").
SCORE_WORDS = frozenset(("score", "scoreline", "scores"))
# (not a side's record after its name: "The Buffalo Bills (8-6)")
SCORELINE = re.compile(
    r"(?<![\d.,–-])(?<!\()\d{1,3}\s?[-–]\s?\d{1,3}(?![\d%)]|[.,]\d|\s?[-–]\s?\d)"
    # a cricket score, runs for wickets: "reeling at 120 for eight", "252/6", "all out for 180"
    r"|(?<![\d.,])\d{2,3}\s?(?:for\s+|/)(?:10|\d|one|two|three|four|five|six|seven|eight|nine|"
    r"ten)\b(?!\s?(?:%|per|years?|months?))|\ball\s+out\s+for\s+\d{2,3}\b"
)
# A score during a game, not its result: "tied the score at 17-17", "for a 14-3 lead"
SCORE_ON_THE_WAY = re.compile(
    r"(?<!-)\b(?:lead|leads|led|leading|tied|ties|trailing|trail|trailed|trails|made\s+it|"
    r"makes\s+it|make\s+it|deficit|advantage|halftime|half-time|at\s+the\s+(?:half|break)|"
    r"quarter(?!-?finals?)|inning|innings|period)\b",
    re.I,
)
# … or of another meeting: "last year's 45-23 victory", "since 1997 – when the program beat …"
SCORE_OF_ANOTHER_MEETING = re.compile(
    r"\blast\s+(?:year|season|time)['’]s?\b|\bback\s+in\s+(?:19|20)\d\d\b|"
    r"\b(?:19|20)\d\d\s*[,–—-]+\s*when\b",
    re.I,
)
HALF_ASKED = frozenset(("half", "halftime", "half-time", "break", "quarter", "inning", "period"))
# characters before and after a scoreline read for what it is the score of ("tied the score at
# 17-17", "for a 14-3 lead"; not "won 21-17 after trailing 17-7")
BEFORE_SCORE, AFTER_SCORE = 20, 8


# What a side scores in a game, asked of the game against another: "how many points did the
# seahawks score vs the giants".
POINTS = frozenset(("points", "goals", "runs", "tries"))
AGAINST = frozenset(
    ("vs", "v", "versus", "against", "over", "beat", "beating", "played", "playing")
)


def points_of_a_game(slot: AnswerSlot) -> bool:
    """Whether a question asks how many points a side scored in a game against another."""
    return (
        slot.wants == "number"
        and (slot.head or "").lower() in POINTS
        and bool(slot.asked & AGAINST)
    )


def names_a_side(slot: AnswerSlot, sentence: str) -> bool:
    """Whether a sentence names a side the question names (a score of another game names
    neither)."""
    return any(w.lower() in slot.asked for w in names_in(WORD.findall(sentence)))


def score_fit(sentence: str, slot: AnswerSlot) -> float:
    """A scoreline fits "what was the score"; one during the game or of another meeting fits
    less, unless the question asks for a score during the game ("at halftime")."""
    if FINAL_SCORE.fullmatch(sentence):
        return 1.0
    lines = list(SCORELINE.finditer(sentence))
    if not lines:
        return 0.0
    if slot.asked & HALF_ASKED:
        return 1.0
    if not slot.year and SCORE_OF_ANOTHER_MEETING.search(sentence):
        return 0.5
    for line in lines:
        around = sentence[max(0, line.start() - BEFORE_SCORE) : line.end() + AFTER_SCORE]
        if not SCORE_ON_THE_WAY.search(around):
            return 1.0
    return 0.5


def term_fit(sentence: str) -> float:
    """A term given fits "what sentence did he get"; one he faces ("up to 110 years") does not."""
    faced = TERM_FACED.search(sentence) is not None
    return 1.0 if TERM_GIVEN.search(sentence) and not faced else 0.0
