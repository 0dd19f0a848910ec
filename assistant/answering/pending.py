"""Whether the articles only expect what a question asks about as done.

"What date did the SEC approve the first spot bitcoin ETF" takes the approval as given. If the
articles only say the SEC "is expected to soon approve" one, and none says it approved one, the
event has not happened in them: the honest reply says so and quotes the expectation, instead of
giving a date from a sentence on something else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.sentences import NOT_A_FIGURE, NUMBER
from index.terms import content_words, family

# What an event is said to be before it happens: "expected to soon approve", "plans to buy",
# "could face", "is set to launch", "will decide".
EXPECTED = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:expected|set|poised|likely|due|about|going|ready)|"
    r"(?:plans?|planned|planning|aims?|aiming|hopes?|hoping|wants?|seeks?|seeking|intends?)|"
    r"could|would|might|(?-i:may|will)|won['’]t)\s+(?:to\s+)?(?:soon\s+|finally\s+|"
    r"formally\s+|officially\s+|eventually\s+|quickly\s+|also\s+|then\s+)?([a-z]{3,})\b",
    re.I,
)
# A question on what was said, planned or set ("what did the fed say about cuts", "when was the
# launch scheduled for") asks about the expectation itself.
ASKS_EXPECTATION = re.compile(
    r"\b(?:say|said|says|tell|told|warn\w*|predict\w*|forecast\w*|promis\w*|pledg\w*|vow\w*|"
    r"plan\w*|expect\w*|schedul\w*|set|due|announc\w*|propos\w*|hint\w*|signal\w*|"
    r"threaten\w*|intend\w*|want\w*|hope\w*)\b",
    re.I,
)


def expected_only(question: str, sentences: Sequence[str]) -> int | None:
    """The index of a sentence that only expects a word of the question ("expected to soon
    approve" for "did the sec approve"), when no sentence says that word any other way; None
    when the sentences say each such word as done, or expect none of them. A word the question
    itself expects is asked as expected: "what did Trump say would take place"."""
    if ASKS_EXPECTATION.search(question):
        return None
    asked_as_expected = {family(m.group(1).lower()) for m in EXPECTED.finditer(question)}
    wanted = {family(w) for w in _asked_as_done(question)} - asked_as_expected
    expected: dict[str, int] = {}
    for i, sentence in enumerate(sentences):
        for match in EXPECTED.finditer(sentence):
            word = family(match.group(1).lower())
            if word in wanted:
                expected.setdefault(word, i)
    for word, first in expected.items():
        if not any(_said_as_done(word, s) for s in sentences):
            return first
    return None


# What makes a mention hypothetical: "pending approval", "if approved", "approval would …".
HYPOTHETICAL_BEFORE = frozenset(
    ("pending", "awaiting", "await", "awaits", "seeking", "seek", "seeks", "if", "once", "unless",
     "potential", "possible", "any", "until", "before", "whether", "eventual", "future")
)  # fmt: skip
HYPOTHETICAL_AFTER = frozenset(("would", "could", "may", "might", "will"))


# Where a question takes an event as done: its verb is among the few words after "did", "has",
# "was" ("what date did the sec approve …"); not a noun further on ("for personal gain", "its
# impact on"), which a sentence may well expect ("could gain", "will impact").
DONE_AUX = re.compile(
    r"\b(?:did|has|have|had|was|were|ended up|end up)\s+((?:[\w'’.-]+\s+){0,3}[\w'’.-]+)", re.I
)


def _asked_as_done(question: str) -> list[str]:
    return [w for m in DONE_AUX.finditer(question) for w in content_words(m.group(1))]


def _said_as_done(word: str, sentence: str) -> bool:
    """Whether a sentence says a word's family as a fact: "approved", "the approval of"; not
    "expected to approve", "pending approval" or "approval would open up …"."""
    expected = {m.start(1) for m in EXPECTED.finditer(sentence)}
    tokens = list(re.finditer(r"[A-Za-z]+", sentence))
    for i, match in enumerate(tokens):
        said = family(match.group().lower())
        if match.start() in expected or not (said == word or said.startswith(word)):
            continue  # ("approval" for "approve")
        before = {t.group().lower() for t in tokens[max(0, i - 3) : i]}
        after = {t.group().lower() for t in tokens[i + 1 : i + 3]}
        if not before & HYPOTHETICAL_BEFORE and not after & HYPOTHETICAL_AFTER:
            return True
    return False


# What only might be: "could score six goals"; or what one seeks: "James is seeking $250 million
# in penalties", no sum a judge ordered. (Not what will be, which news often tells of a deal
# already struck: "the company will pay $4 million".)
MIGHT = re.compile(
    r"\b(?:could|might|(?-i:may))\s+(?:not\s+)?(?:also\s+|even\s+)?[a-z]{3,}\b|"
    r"\b(?:is|are|was|were)\s+(?:still\s+)?(?:seeking|demanding|requesting|asking\s+for)\b|"
    r"\b(?:seeks|demands)\b|"
    # (… or what something would come to, as an example: "that would result in a fine of up to
    # $180 million")
    r"\bwould\s+(?:result\s+in|amount\s+to|add\s+up\s+to|equate\s+to|translate\s+(?:in)?to)\b",
    re.I,
)
# How far past an expectation's verb its figure may come: "could score six goals".
EXPECTED_REACH = 40


def figures_only_expected(sentence: str) -> bool:
    """Whether every figure of a sentence is one that only might be ("he could score six goals
    this break"), none one it tells as done: no answer to "how many did he score"."""
    text = NOT_A_FIGURE.sub(lambda m: " " * len(m.group()), sentence)
    figures = [m.start() for m in NUMBER.finditer(text)]
    if not figures:
        return False
    frames = [(m.start(), m.end() + EXPECTED_REACH) for m in MIGHT.finditer(text)]
    return all(any(a <= at < b for a, b in frames) for at in figures)
