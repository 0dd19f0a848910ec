"""Whether a sentence names someone the question does not already give, told apart from the
question's own names and the titles it uses."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from functools import cache

from assistant.answering.sentences import answer_stem
from assistant.answering.wording import common_words
from index.embed import bundled_tokenizer_path
from index.terms import STOPWORDS, family


@cache
def ordinary_words() -> frozenset[str]:
    """Ordinary English words (`wording.common_words`), and stopwords."""
    return common_words(bundled_tokenizer_path()) | STOPWORDS


def new_name(names: list[str], asked: frozenset[str], kind: tuple[str, ...]) -> bool:
    """Whether a name is one the question (its words `asked`) does not already give: "who else
    besides Hayes" is not answered by a sentence naming only Emma Hayes. The `kind` asked for
    is no part of a name: "Senator Mark Warner" is new to "which senator said …", and neither
    is a title the question uses: "Judge Beryl A. Howell" is new to "who was the judge"."""
    families = frozenset(family(a) for a in asked)  # ("europe" gives "European")
    for name in names:
        # (a word for the kind is ordinary: "the alameda guy" gives the name "Alameda")
        words = [
            bare(w)
            for w in naming_words(name)
            if not (answer_stem(bare(w)) in kind and bare(w) in ordinary_words())
        ]
        # (a possessive typed without its apostrophe gives the name too: "carolines")
        if words and all(not _given(word, name, asked, families) for word in words):
            return True
    return False


CLIPPED_LEAST = 3  # letters of a name word typed clipped beside another of its words ("man")


def _given(word: str, name: str, asked: frozenset[str], families: frozenset[str]) -> bool:
    """Whether the question gives a word of a name: as it is, as a possessive typed without
    its apostrophe ("carolines"), in another form ("europe" gives "European"), or clipped
    beside another word of the same name ("man utd" gives "Manchester United"; "man" alone
    gives no Manchester)."""
    if word in asked or f"{word}s" in asked or family(word) in families:
        return True
    others = {bare(w) for w in name.split()} - {word}
    return any(w in asked for w in others) and any(
        len(a) >= CLIPPED_LEAST and word.startswith(a) and a != word for a in asked
    )


def naming_words(name: str) -> list[str]:
    """The words of a name that are no ordinary word ("Howell", not "Judge"); all of them when
    each is one ("Will Power")."""
    words = name.split()
    return [w for w in words if bare(w) not in ordinary_words()] or words


def bare(word: str) -> str:
    """A word in lower case without its possessive: "hayes" of "Hayes’", "bears" of "Bears'"."""
    return word.lower().removesuffix("'s").removesuffix("’s").rstrip("'’")


def given_name(question: str, word: str, names: Mapping[str, str]) -> bool:
    """Whether a name word is typed right before another that is written as a surname is
    (capitalised, not in capitals: "caroline ellison", not "alameda ceo")."""
    after = re.search(rf"\b{re.escape(word)}\s+([\w'’-]+)", question, re.I)
    form = names.get(after.group(1).lower(), "") if after else ""
    return form[:1].isupper() and not form.isupper()


def in_runs(question: str, names: dict[str, str], texts: Sequence[str]) -> set[str]:
    """The name words of a question that stand beside another as the articles write the two
    together ("ryder cup" for "Ryder Cup"; not "watch kick", though "Kick" is a name too)."""
    words = [
        w.strip(".,'’?!").removesuffix("'s").removesuffix("’s")
        for w in re.findall(r"[\w'’.-]+", question.lower())
    ]
    joined = " ".join(texts)
    out: set[str] = set()
    for first, second in itertools.pairwise(words):
        if first in names and second in names and f"{names[first]} {names[second]}" in joined:
            out |= {first, second}
    return out
