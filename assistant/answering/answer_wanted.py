"""The kind of answer a question asks for: an amount, a number, a date, a person, a reason ….

Read clause by clause (`asking.asking_clauses`); `answer_slot.AnswerSlot` gathers it with the
thing asked about.
"""

from __future__ import annotations

import re

from assistant.answering.asking import asking_clauses
from assistant.answering.kind_words import (
    ASKS_COST,
    ASKS_EXPANSION,
    ASKS_FIGURE,
    ASKS_NAME,
    ASKS_PAID,
    ASKS_PERSON,
    CALLED_ASKED,
    CHANGED_TO,
    FIGURE_BEFORE_VERB,
    GOING_FOR,
    NAME_ASKED,
    PAY_RATE,
    PRICE_RANKED,
    SUM_REACHED,
    THRESHOLD_ASKED,
    WORTH_ASKED_LAST,
)
from assistant.answering.slot_words import RANK_ASKED, REASON_ASKED, SHARE_ASKED
from assistant.answering.yes_no_asked import WH_WORD, asked_as_yes_no

WANTS_ORDER = (
    "amount",
    "number",
    "date",
    "time",
    "person",
    "rank",
    "place",
    "name",
    "expansion",
    "reason",
)


def question_wants(question: str) -> str:
    """The kind of answer asked for. A yes/no question asks for none ("Did X say Y when Z?").
    Of a question asking two things ("who won and by how much"), the kind a sentence shows
    most plainly: a figure before a date, a date before a name."""
    if asked_as_yes_no(question):  # (or one asking which: "did they scrap the fees or …")
        # "were tickets dearer than the eras tour ones? whats the avg price": what is asked
        # after the yes/no question
        after = re.search(r"[?.!]\s+(?=\S)", question)
        if after is None or asked_as_yes_no(question[after.end() :]):
            return "other"
        question = question[after.end() :]
    kinds = {_clause_wants(clause.lower()) for clause in asking_clauses(question)}
    kind = next((kind for kind in WANTS_ORDER if kind in kinds), "other")
    if kind == "other" and not WH_WORD.search(question) and TERSE_FIGURE.search(question):
        return "amount"  # "nike greater china sales in q1?": typed as a search, for a figure
    return kind


def clause_asking(question: str, wants: str) -> str:
    """Of a question asking two things, the clause asking for `wants`, up to the next one:
    "how much?" of "what year was that, and roughly for how much?", whose year is no thing
    the sum is said of. The question itself when it asks one thing."""
    clauses = asking_clauses(question)
    if len(clauses) < 2:
        return question
    for clause, own in zip(clauses, each_up_to_the_next(clauses), strict=True):
        if _clause_wants(clause.lower()) == wants:
            return own
    return question


def clauses_asking(question: str) -> list[str]:
    """Each asking clause up to the next: "who scored the td n " and "how long was the play"."""
    return each_up_to_the_next(asking_clauses(question))


def each_up_to_the_next(clauses: list[str]) -> list[str]:
    """Asking clauses that each run to the question's end (`asking_clauses`), each cut where
    the next begins."""
    cut = []
    for i, clause in enumerate(clauses):
        later = clauses[i + 1] if i + 1 < len(clauses) else ""
        cut.append(
            clause[: len(clause) - len(later)] if later and clause.endswith(later) else clause
        )
    return cut


def kinds_asked(question: str) -> list[str]:
    """The kinds of answer each asking clause asks for, in order: "who started the paper and
    where" asks for a person and a place."""
    if asked_as_yes_no(question):
        return []
    return [_clause_wants(clause.lower()) for clause in asking_clauses(question)]


TERSE_FIGURE = re.compile(
    r"\b(?:sales|revenue|revenues|price|prices|cost|costs|profit|profits|earnings|salary|"
    r"valuation|budget|fee|fees|fine|worth|income|turnover|market cap|stake)\b",
    re.I,
)


# (a share, "what percentage", is read by SHARE_ASKED before)
AMOUNT_ASKED = re.compile(
    r"^how much\b|^what (?:amount|price|sum|valuation|salary|wage|fee|fine|budget|bonus)\b|"
    r"^what %|"
    # "what's the figure for bank of america": the figure, not a public one
    r"^what(?:'s|’s|s|\s+is|\s+was|\s+were)?\s+(?:the\s+)?(?:figure|total)s?\s+(?:for|of|on)\b|"
    # "what was the avg eras tour ticket": an average is a figure, whatever it is of
    r"^what(?:'s|’s|s|\s+is|\s+was|\s+were|\s+are)?\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?"
    r"(?:avg|average|median|mean)\b(?!\s+(?:joe|person|fan|user|player|american|reader)s?\b)|"
    # "how big a fine did the dmv hit them with": a sum of money, however big it is asked
    r"^how\s+(?:big|large|huge|hefty|steep)\s+(?:(?:of\s+)?an?|(?:is|was|are|were|will\s+be)\s+"
    r"(?:the|their|its|his|her))\s+(?:fine|penalty|settlement|payout|bonus|salary|fee|paycheck|"
    r"pay\s+rise|raise)s?\b"
)


# "mbappe's psg scoring record, what's the number", "what was the final count": a figure asked
# by that word alone (not "the number one song").
FIGURE_ITSELF_ASKED = re.compile(
    r"^what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+)?(?:(?:final|total|exact|actual|"
    r"latest|current|official|overall)\s+)?(?:number|count|total|figure)\b(?!\s+(?:one|two|1|2)\b)"
)


def _clause_wants(q: str) -> str:
    if REASON_ASKED.search(q):  # (before the amount: "what's the reason for the fee hike")
        return "reason"
    if SHARE_ASKED.search(q):  # "what interest rate is zim paying": a figure
        return "amount"
    if AMOUNT_ASKED.search(q) or (
        q.startswith(("what", "how"))
        and (
            ASKS_COST.search(q)
            or ASKS_FIGURE.search(q)
            or FIGURE_BEFORE_VERB.search(q)
            or ASKS_PAID.search(q)
            or PRICE_RANKED.search(q)
            or GOING_FOR.search(q)
            or CHANGED_TO.search(q)
            or SUM_REACHED.search(q)
            or (
                q.startswith("what")
                # (with someone paid between: not "what makes a year special")
                and (PAY_RATE.search(q, len(q.split()[0]) + 2) or WORTH_ASKED_LAST.search(q))
            )
        )
    ):
        return "amount"
    if re.search(
        r"^how (many|long|far|big|large|huge|old|soon|tall|high|deep|wide|heavy|fast|often)\b|"
        r"^what number\b",
        q,
    ):
        return "number"
    if re.search(
        r"^(?:at |by )?what time\b(?! of(?! (?:the )?(?:night|day|evening|morning)\b)| period| "
        r"frame| zone| span| limit| scale)",
        q,
    ):
        return "time"  # "what time does it start", "what time of night": a time of day
    if THRESHOLD_ASKED.search(q) or FIGURE_ITSELF_ASKED.search(q):
        return "number"  # "what's the compute threshold", "…, what's the number": a figure
    if re.search(r"^how late\b(?!.*\b(?:was|were|is|are)\s+(?:it|they|the)\b)", q):
        return "time"  # "how late did the party go on": "until 2am"
    if re.search(
        # ("what is the earliest year …", "what's the exact date")
        r"^when\b|^(?:what|which)(?:'s|’s|s|\s+is|\s+was|\s+were|\s+will\s+be)?\s+(?:the\s+)?"
        r"(?:(?:earliest|latest|first|last|exact|next|likely)\s+)?(?:date|day|year|month)s?\b",
        q,
    ):
        return "date"
    if re.search(r"^(?:who|whom)\b", q) or ASKS_PERSON.search(q):
        return "person"
    if RANK_ASKED.search(q):
        return "rank"
    if re.search(r"^where\b", q):
        return "place"
    if ASKS_NAME.search(q) or NAME_ASKED.search(q) or CALLED_ASKED.search(q):
        return "name"
    if ASKS_EXPANSION.search(q):
        return "expansion"
    if re.search(r"^(?:why|whys|how come|what made|what caused|for what reason)\b", q) or (
        WHAT_GOT_TO.search(q)
    ):
        return "reason"
    return "other"


# What brought someone to a deed: "what got robin williams to finally quit", "what led to it".
# (not a thing that got done: "what got sent to the museum", "what got moved to tuesday")
WHAT_GOT_TO = re.compile(
    r"^what\s+(?:got|drove|pushed|prompted|convinced|persuaded|forced|inspired|motivated|led)"
    r"(?!\s+(?:[a-z]+ed|[a-z]+en|sent|put|sold|made|told|brought|left|kept|built|held|bought|"
    r"paid|set|cut|hit|lost|done|won|shut|stuck|thrown)\b)(?:\s+[\w'’-]+){0,4}?\s+to\b"
)
