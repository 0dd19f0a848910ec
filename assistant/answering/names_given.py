"""Whether a sentence names someone the question does not already give: names of two words or
one no dictionary holds, told apart from the question's own names and the titles it uses."""

from __future__ import annotations

import re
from functools import cache

from assistant.answering.sentences import answer_stem
from assistant.answering.wording import common_words
from index.dates import MONTHS, WEEKDAYS
from index.embed import bundled_tokenizer_path
from index.terms import STOPWORDS

MONTHS_AND_DAYS = frozenset(MONTHS) | frozenset(WEEKDAYS)


@cache
def ordinary_words() -> frozenset[str]:
    """Ordinary English words (`wording.common_words`), and stopwords."""
    return common_words(bundled_tokenizer_path()) | STOPWORDS


def new_name(names: list[str], asked: frozenset[str], kind: tuple[str, ...]) -> bool:
    """Whether a name is one the question (its words `asked`) does not already give: "who else
    besides Hayes" is not answered by a sentence naming only Emma Hayes. The `kind` asked for
    is no part of a name: "Senator Mark Warner" is new to "which senator said …", and neither
    is a title the question uses: "Judge Beryl A. Howell" is new to "who was the judge"."""
    return any(
        all(
            bare(word) not in asked
            for word in naming_words(name)
            if answer_stem(bare(word)) not in kind
        )
        for name in names
    )


# A word for what someone is, written before a name: "midfielder", "prosecutor", "coach".
ROLE_BEFORE = re.compile(
    r"[a-z]+(?:er|or|ist|ian|ant|ent)|coach|judge|star|boss|chief|captain|rookie|veteran|ace|"
    r"actor|actress|singer|rapper|minister|president|senator|governor|mayor|ceo|founder"
)


def one_word_names(words: list[str]) -> list[str]:
    """Capitalised words no dictionary holds, standing alone after a word for what someone is,
    that name someone: "defensive midfielder Casemiro"; not "However" or "United", which are
    words too, nor a part of a longer name, nor a word after any other ("In 2019 alone, Netflix",
    which may be a company as well)."""

    def capital(i: int) -> bool:
        return 0 <= i < len(words) and words[i][:1].isupper()

    return [
        w
        for i, w in enumerate(words)
        if i > 0
        and capital(i)
        and not (capital(i - 1) or capital(i + 1))
        and ROLE_BEFORE.fullmatch(words[i - 1]) is not None
        and not w.isupper()
        and len(w) > 2
        and bare(w) not in ordinary_words()
        and bare(w) not in MONTHS_AND_DAYS
    ]


def naming_words(name: str) -> list[str]:
    """The words of a name that are no ordinary word ("Howell", not "Judge"); all of them when
    each is one ("Will Power")."""
    words = name.split()
    return [w for w in words if bare(w) not in ordinary_words()] or words


def bare(word: str) -> str:
    """A word in lower case without its possessive: "hayes" of "Hayes’", "bears" of "Bears'"."""
    return word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
