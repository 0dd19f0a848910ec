"""Whether a sentence names someone the question does not already give, told apart from the
question's own names and the titles it uses."""

from __future__ import annotations

from functools import cache

from assistant.answering.sentences import answer_stem
from assistant.answering.wording import common_words
from index.embed import bundled_tokenizer_path
from index.terms import STOPWORDS


@cache
def ordinary_words() -> frozenset[str]:
    """Ordinary English words (`wording.common_words`), and stopwords."""
    return common_words(bundled_tokenizer_path()) | STOPWORDS


def new_name(names: list[str], asked: frozenset[str], kind: tuple[str, ...]) -> bool:
    """Whether a name is one the question (its words `asked`) does not already give: "who else
    besides Hayes" is not answered by a sentence naming only Emma Hayes. The `kind` asked for
    is no part of a name: "Senator Mark Warner" is new to "which senator said …", and neither
    is a title the question uses: "Judge Beryl A. Howell" is new to "who was the judge"."""
    for name in names:
        # (a word for the kind is ordinary: "the alameda guy" gives the name "Alameda")
        words = [
            bare(w)
            for w in naming_words(name)
            if not (answer_stem(bare(w)) in kind and bare(w) in ordinary_words())
        ]
        # (a possessive typed without its apostrophe gives the name too: "carolines")
        if words and all(word not in asked and f"{word}s" not in asked for word in words):
            return True
    return False


def naming_words(name: str) -> list[str]:
    """The words of a name that are no ordinary word ("Howell", not "Judge"); all of them when
    each is one ("Will Power")."""
    words = name.split()
    return [w for w in words if bare(w) not in ordinary_words()] or words


def bare(word: str) -> str:
    """A word in lower case without its possessive: "hayes" of "Hayes’", "bears" of "Bears'"."""
    return word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
