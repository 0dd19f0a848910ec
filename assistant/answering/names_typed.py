"""How a name is typed in a question against how the passages write it: clipped ("man city"),
one or two slips off beside the name next to it ("eylon levi", "shedure sanders"), or cased as a
name ("World Series")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from assistant.answering.sentences import (
    NAME_SHARE,
    phrase_pattern,
    word_pattern,
)
from assistant.answering.wording import expand_abbreviations, typo_neighbours
from assistant.types import Passage
from index.terms import STOPWORDS


def clipped_in(
    word: str, question: str, passages: Sequence[Passage], ordinary: bool = False
) -> bool:
    """Whether a name word is a clipped form of one the passages write before the word that
    follows it in the question: "man city" for "Manchester City", "man utd" for "Manchester
    United" ("utd" spelt out first). `ordinary`: of a word they write in lower case, no name:
    "gen ai" for "generative AI"."""
    after = re.search(
        rf"\b{re.escape(word)}\s+([a-z][\w'’-]*)", expand_abbreviations(question), re.I
    )
    if after is None or len(word) < 3:
        return False
    head = rf"\b{re.escape(word.lower())}" if ordinary else rf"(?i:\b{re.escape(word)})"
    # (the next word's own, without its possessive: "russ wilson's line", "Russell Wilson")
    following = re.sub(r"['’]s?$", "", after.group(1))
    pattern = re.compile(rf"{head}[a-z]{{2,}}\s+(?i:{re.escape(following)})\b")
    return any(pattern.search(p.text) for p in passages)


def slipped_beside(word: str, question: str, passages: Sequence[Passage]) -> bool:
    """Whether a name word is typed one letter off the word the passages write beside the
    question's next or previous name word: "eylon levi" for "Eylon Levy"."""
    if len(word) < SLIP_LENGTH:
        return False
    typed = [w.lower() for w in re.findall(r"[\w'’-]+", question)]
    slips = typo_neighbours(word)
    for i in (i for i, w in enumerate(typed) if w == word):
        for j in (i - 1, i + 1):
            if not (0 <= j < len(typed)) or len(typed[j]) < SLIP_LENGTH or typed[j] in STOPWORDS:
                continue
            other = re.escape(typed[j])
            pattern = rf"\b{other}\s+([\w'’-]+)" if j < i else rf"([\w'’-]+)\s+{other}\b"
            for p in passages:
                if any(m.group(1).lower() in slips for m in re.finditer(pattern, p.text, re.I)):
                    return True
    return False


def respelt_beside(question: str, texts: Sequence[str], holds: Callable[[str], bool]) -> str:
    """The question with a long word no article holds (`holds`) spelt as the texts spell the
    word they write beside the question's next or previous name word, when the two are two
    slips apart or less: "shedure sanders" for "Shedeur Sanders". (Beside a name the texts
    confirm, a word is surer to be a slip of its neighbour there than anywhere else.)"""
    typed = re.findall(r"[\w'’-]+", question)
    for i, word in enumerate(typed):
        low = word.lower()
        if len(low) < LONG_SLIP or not low.isalpha() or holds(low):
            continue
        for j in (i - 1, i + 1):
            if not (0 <= j < len(typed)) or len(typed[j]) < SLIP_LENGTH:
                continue
            other = re.escape(typed[j])
            pattern = (
                rf"\b{other}\s+([A-Z][\w'’-]+)" if j < i else rf"\b([A-Z][\w'’-]+)\s+{other}\b"
            )
            written = {
                m.group(1)
                for text in texts
                for m in re.finditer(pattern, text, re.I)
                if m.group(1)[0].isupper()
                and m.group(1)[0].lower() == low[0]
                and slips_apart(low, m.group(1).lower()) <= 2
            }
            if len(written) == 1:
                question = re.sub(rf"\b{re.escape(word)}\b", written.pop(), question, count=1)
                break
    return question


LONG_SLIP = 6  # a word this long is not taken for another two slips from it


def slips_apart(a: str, b: str) -> int:
    """The slips of the keys between two words: letters dropped, added, changed, or two
    neighbours swapped (the optimal string alignment distance)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(
                rows[i - 1][j] + 1,
                row[j - 1] + 1,
                rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


SLIP_LENGTH = 4  # shorter words are one letter off too many others
PHRASE_NAME_USES = 2  # a name of ordinary words is written so at least this often


def cased_phrase(phrase: str, texts: Sequence[str]) -> str:
    """The phrase as the texts write it when they write it as a name, every word capitalised
    nearly every time ("World Series", not "world series" or "the World series"); "" otherwise."""
    pattern = phrase_pattern(phrase)
    upper = lower = 0
    form = ""
    for text in texts:
        for match in pattern.finditer(text):
            if all(w[0].isupper() for w in match.group().split()):
                upper += 1
                # (with the word it is joined to: "Ray-Ban Meta", not "Ban Meta")
                joined = re.search(r"[\w'’]+-$", text[: match.start()])
                form = form or (joined.group() if joined else "") + match.group()
            else:
                lower += 1
    return form if upper >= PHRASE_NAME_USES and upper >= NAME_SHARE * (upper + lower) else ""


def written_form(word: str, texts: Sequence[str]) -> str:
    """The word as the first text that holds it writes it ("ASOS"), or as given."""
    pattern = word_pattern(word)
    return next((m.group() for m in map(pattern.search, texts) if m), word)


def names_run_on(question: str, names: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The words after a name in the question that the texts write on with it as one name
    ("music group" of "capitol music group": "Capitol Music Group"), so none is taken for the
    deed."""
    words = re.findall(r"[a-z][a-z'’-]*", question.lower())
    run_on: list[str] = []
    for before, word in itertools.pairwise(words):
        runs = (before in names or before in run_on) and word not in names
        if runs and word not in STOPWORDS and cased_phrase(f"{before} {word}", texts):
            run_on.append(word)
    return run_on
