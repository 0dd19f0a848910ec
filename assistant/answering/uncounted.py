"""Figures that count nothing a question asks: a number word made one with the word after it
("a half-step", "four-time champions"), a model's measure ("the 64GB LCD") and a multiple
("double surprise"), unless the word they are joined to counts what is asked ("a three-game
ban" for "how many games")."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.terms import STOPWORDS

MULTIPLES = frozenset(("double", "triple", "half"))
SHORT_WORD = 3  # letters of a word too short to be a plural noun ("its", "was")
# A number word joined to the word after it: "half-step", "four-time", "three-game".
NUMBER_COMPOUND = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|double|triple)"
    r"-([a-z]+)\b",
    re.I,
)
# A model's measure, a figure with its unit: "64GB", "6.1-inch", "120Hz", "5,000mAh", "800p".
SPEC_FIGURE = re.compile(
    r"(?<![\w.])\d[\d,.]*[- ]?(gb|tb|mb|mm|hz|ghz|mp|mah|kwh|nits|inch|p(?<=\d\d\dp))\b", re.I
)


def without_uncounted(text: str, counts: Callable[[str], bool], specs: bool) -> str:
    """The text without the figures that count nothing asked (`counts(word)` tells whether the
    word a figure is joined to counts what is asked); models' measures too when `specs`."""
    text = NUMBER_COMPOUND.sub(lambda m: m.group() if counts(m.group(2)) else " ", text)
    if specs:
        text = SPEC_FIGURE.sub(lambda m: m.group() if counts(m.group(1)) else " ", text)
    return text


def counts_another(tokens: list[str], i: int, measures: frozenset[str]) -> bool:
    """Whether the figure at `i` counts a thing named right after it in the plural ("six cases
    of demonic oppression") or stands for those counted itself ("the two were instructed"); not
    a word that measures or counts anything (`measures`: "15 times", "5 units")."""
    after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    if not after.isalpha() or after in measures:
        return False
    if after.endswith("s") and len(after) > SHORT_WORD and after not in STOPWORDS:
        return True
    return i > 0 and tokens[i - 1].lower() == "the" and after in STOPWORDS
