"""How the articles write a word: as a name, on its own, or one slip of the keys away."""

from __future__ import annotations

import re

from assistant.answering.sentences import NAME_SHARE, SENTENCE_START, word_pattern

# Words that join a verb as one ("shakeup", "writeup", "takeover").
PARTICLES = frozenset(("up", "out", "off", "down", "in", "on", "over", "back", "away"))


def joined(word: str, common: frozenset[str]) -> bool:
    """Whether a word is an ordinary verb and its particle run together: "shakeup", "writeup".
    (Not any two words: "albertsons" and "techcrunch" are names.)"""
    return any(word[:i] in common and word[i:] in PARTICLES for i in range(3, len(word) - 1))


def one_form(near: list[str]) -> list[str]:
    """The words, a word's longer forms dropped: one word in two forms is one word."""
    return [w for w in near if not any(w != v and w.startswith(v) for v in near)]


def inner_slip(typed: str, word: str) -> bool:
    """Whether a word one edit from the typed one differs by a slip inside it, a letter
    dropped, added or two swapped: short names that differ in a first or last letter, or in a
    letter changed, are often other names ("Roger", "Carl", "Andrew" for "andrea")."""
    if word[0] != typed[0]:
        return False
    swapped = sorted(word) == sorted(typed)  # "tesal"
    return swapped or (len(word) != len(typed) and word[-1] == typed[-1])


# (two capitalised words before it: a headline's run, "… Interaction With Travis Kelce"; one is
# a first name, "actor Arnold Schwarzenegger", whose surname is still written as a name)
TITLE_CASE_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){2,}$")


def name_form(word: str, texts: list[str]) -> str:
    """The word as the texts write it when they write it as a name: capitalised nearly every
    time it stands among lower-case words (not opening a sentence, nor in a headline's run of
    capitals: "Taylor Swift's Interaction With Travis Kelce"); "" otherwise."""
    pattern = word_pattern(word)
    upper = lower = 0
    form = ""
    for text in texts:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            if SENTENCE_START.search(before[-3:]):
                continue  # capitalised by its place, whatever it is
            if not match.group()[0].isupper():
                lower += 1
            elif not TITLE_CASE_BEFORE.search(before):
                upper += 1
                form = form or match.group()
    return form if upper and upper >= NAME_SHARE * (upper + lower) else ""


NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")


def written_alone(word: str, texts: list[str]) -> bool:
    """Whether the texts capitalise the word at least once on its own: not opening a sentence,
    nor straight after another capitalised word ("in London", not "Yavuz Gallery")."""
    pattern = word_pattern(word)
    for text in texts:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            if (
                match.group()[0].isupper()
                and not SENTENCE_START.search(before[-3:])
                and not NAME_WORD_BEFORE.search(before)
            ):
                return True
    return False
