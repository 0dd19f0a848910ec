"""How a word typed was meant: a slip of the keys spelt as the passages or the store spell it
("scorcese": "Scorsese"; "nvdia": "Nvidia"), two words typed as one ("spiderman": "Spider-Man"),
and a name in its other transliteration ("andonovsky": "Andonovski")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from assistant.answering.wording import INFORMAL, transliterations, typo_neighbours
from assistant.answering.written_forms import inner_slip, one_form
from index.dates import CALENDAR

if TYPE_CHECKING:
    from assistant.answering.vocabulary import CorpusWords

TEXT_WORD = re.compile(r"[^\W\d_]+")  # letters, accented ones too ("Beyoncé")
TYPO_LENGTH = 7  # words this long that are one edit from an article's word are slips
MIN_HALF = 3  # the shortest word of two typed as one ("spiderman": "spider", "man")
SHORT_SLIP_LENGTH = 5  # … and shorter ones, down to this, one slip from a name the passages hold


def respelt(words: CorpusWords, question: str, texts: Sequence[str]) -> str:
    """The question with a word no article holds, one slip from a word the `texts` (the
    passages retrieved for it) hold, spelt as they spell it: "scorcese" as "scorsese".
    (Against the passages only, a slip is surer than against the whole store.) A shorter
    word only as a name the passages write with a capital, by a slip inside it ("nvdia"
    as "Nvidia"; not "lyft" as "lift", "kroger" as "Roger", "carla" as "Carl", "marsch" as
    "March")."""
    typed = [w for text in texts for w in TEXT_WORD.findall(text)]
    held = {w.lower() for w in typed}
    names = {w.lower() for w in typed if w[0].isupper()}
    pairs: set[str] = set()  # (the passages' word pairs, read once a word needs them)

    def respell(match: re.Match[str]) -> str:
        word = match.group()
        low = word.lower()
        # (a slip the store would pass, "tesal", is still spelt as the passages write it)
        if low in held or words.holds(low) or len(low) < SHORT_SLIP_LENGTH - 1:
            return word
        # a name's "'s" typed without its apostrophe: "googles opening statement"
        if low.endswith("s") and low[:-1] in names and len(low) > SHORT_SLIP_LENGTH:
            return f"{word[:-1]}'s"
        # two words typed as one, which the passages write apart: "westindies"
        if not pairs:
            pairs.update(f"{a.lower()} {b.lower()}" for a, b in pairwise(typed))
        apart = [f"{low[:i]} {low[i:]}" for i in range(3, len(low) - 2)]
        apart = [pair for pair in apart if pair in pairs]
        if len(apart) == 1:
            return apart[0]
        if len(low) < SHORT_SLIP_LENGTH:
            # (four letters: a name's letter dropped inside it, "putn" for "Putin", and no
            # ordinary word: "bide" is no "Biden", "ford" no "Fjord")
            near = sorted(
                w
                for w in typo_neighbours(low)
                if w in names and len(w) == len(low) + 1 and inner_slip(low, w)
            )
            if low in words.common or len(one_form(near)) != 1:
                return word
        elif len(low) < TYPO_LENGTH:
            # (a month's capital is no name's: "marsch" is not "March")
            near = sorted(
                w
                for w in typo_neighbours(low)
                if w in names and inner_slip(low, w) and w not in CALENDAR
            )
        else:
            near = sorted(w for w in typo_neighbours(low) if w in held)
            # (a slip inside the word before one at its end: "happend" is "happened",
            # not "happen")
            near = [w for w in near if inner_slip(low, w)] or near
        near = one_form(near)  # "Tesla", "Teslas" for "teslaa": one word
        if len(near) != 1 and low.endswith("s") and len(low) > TYPO_LENGTH:
            # (… and a name's "'s" typed without its apostrophe after a slip: "shifrins" for
            # "Shiffrin's")
            owner = one_form(
                sorted(
                    w for w in typo_neighbours(low[:-1]) if w in names and inner_slip(low[:-1], w)
                )
            )
            return f"{owner[0]}'s" if len(owner) == 1 else word
        return near[0] if len(near) == 1 else word

    return TEXT_WORD.sub(respell, question)


def respelt_by_store(words: CorpusWords, question: str) -> str:
    """The question with a name no article holds, one slip inside it from a name the store
    writes, spelt as the store does ("nvdia" as "Nvidia", "isreal" as "Israel"), and an
    everyday word no article holds as articles write it ("stepdad": "stepfather"), so that
    retrieval finds what it names; the slip must be the only one near, onto a name written
    more than once; and a word typed as one that the store writes as two ("spiderman":
    "Spider-Man"). Ordinary words and their slips are left to the word forms and the
    encoder."""

    def respell(match: re.Match[str]) -> str:
        word = match.group()
        low = word.lower()
        everyday = INFORMAL.get(low)
        if everyday and not words.holds(low):  # "stepdad", said "stepfather"
            return everyday
        written = _written_otherwise(words, low)
        if written:  # "faingaanuku" for "Fainga'anuku", "andonovsky" for "Andonovski"
            return words.name(written) or written
        joined = _written_apart(words, low)
        if joined:  # "spiderman" for "Spider-Man"
            return joined
        if len(low) < SHORT_SLIP_LENGTH or words.holds(low) or words.ordinary(low):
            return word
        near = [
            w
            for w in sorted(typo_neighbours(low))
            # (a name the store writes once, "Cintron" for "citron", is as likely another
            # name as the one meant)
            if inner_slip(low, w) and words.document_frequency(w) > 1
        ]
        near = one_form(near)
        if len(near) != 1:
            return word
        return words.name(near[0]) or word

    return TEXT_WORD.sub(respell, question)


def _written_otherwise(words: CorpusWords, low: str) -> str | None:
    """The one way the store writes a word it does not hold as typed: with an apostrophe
    inside ("Fainga'anuku"), or a name's other transliteration ("Andonovski")."""
    if len(low) < SHORT_SLIP_LENGTH or words.document_frequency(low) > 0:
        return None
    df = words.document_frequency
    found = {
        w
        for w in words.words_starting(low[:4])
        if ("'" in w or "’" in w) and re.sub("['’]", "", w) == low
    }
    found |= {w for w in transliterations(low) if df(w) > 0}
    return found.pop() if len(found) == 1 else None


def _written_apart(words: CorpusWords, low: str) -> str | None:
    """The one way the store writes a word it does not hold as two, with a hyphen or a
    space ("Spider-Man" for "spiderman"), found beside each other in its texts."""
    if len(low) < TYPO_LENGTH or words.document_frequency(low) > 0:
        return None
    if low not in words._apart:  # (each split's texts read once a word, not per question)
        words._apart[low] = _pair_written(words, low)
    return words._apart[low]


def _pair_written(words: CorpusWords, low: str) -> str | None:
    """`_written_apart`, read from the texts of each way to split the word in two."""
    found: list[str] = []
    for i in range(MIN_HALF, len(low) - MIN_HALF + 1):
        first, second = low[:i], low[i:]
        if not (words.document_frequency(first) and words.document_frequency(second)):
            continue
        pair = re.compile(rf"\b{first}[-\s]{second}\b", re.I)
        found += [m.group() for text in words.texts_with(first) for m in pair.finditer(text)]
    # (one pair, however cased: "Spider-Man" and "SPIDER-MAN"; written as most write it)
    forms = Counter(re.sub(r"\s", " ", f) for f in found)
    if len({f.lower() for f in forms}) != 1:
        return None
    return forms.most_common(1)[0][0]
