"""Someone typed by a first name and a surname the store never writes together: "adam silver"
names nobody in articles whose Adams are Schefter, Thielen and Forde, though "silver" is in
them as a metal."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from assistant.answering.sentences import SENTENCE_START
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.wording import ASIDES
from index.terms import STOPWORDS

# Words typed after a first name that say something of the one named, never a surname: "when
# did taylor first show up", "is elon still ceo".
AFTER_A_NAME = frozenset(
    ("first", "last", "also", "just", "still", "ever", "never", "even", "only", "again",
     "already", "now", "then", "too", "once", "later", "soon", "really", "actually", "finally",
     "eventually", "ultimately", "recently", "yet", "back", "away", "out", "off", "up", "down",
     "over", "today", "tonight", "yesterday", "year", "years", "season", "week", "night")
)  # fmt: skip
FIRST_NAME_SHARE = 0.75  # of the times the store writes a word as a name, followed by another
FIRST_NAME_FOLLOWERS = 2  # … by several: a first name many people share ("Adam Schefter",
# "Adam Thielen"), not one person's ("Taylor Swift": "taylor tour" is of her)
WORD = re.compile(r"[A-Za-z][\w'’-]*")
CAPITALISED_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")


def unknown_full_names(question: str, words: CorpusWords, texts: Sequence[str]) -> list[str]:
    """The names the question types as a first name the store shares among several people and
    a word after it that could be a surname (the store capitalises it somewhere, and it is no
    verb, no name of its own and no word that says something of the one named), as the subject
    of a verb or an owner, where neither the `texts` read nor the store's texts holding either
    word write the two together."""
    missing = []
    typed = list(WORD.finditer(question))
    read = _TextsRead(words)
    for at, (first, second) in enumerate(itertools.pairwise(typed)):
        given, typed_word = first.group().lower(), second.group().lower()
        word = typed_word.removesuffix("'s").removesuffix("’s")
        # (… or a word no article holds at all, nor slips of an ordinary word: "mary barra",
        # though "Barracuda" starts with it; "andy jassy", however near "Jassi")
        absent = (
            word.isalpha()
            and len(word) >= 3
            and not words.holds(word, pets=False)
            and not words.ordinary(word)
        )
        after = typed[at + 2].group().lower() if at + 2 < len(typed) else ""
        # (two names whose words are asked to have said or thought something: "what did arm
        # ceo rene haas think", where the store's "Rene" and "Haas" are others)
        speaker = (
            after in SPOKEN
            and word == typed_word
            and bool(words.name(given))
            and bool(words.name(word))
            and not words.ordinary(given)
        )
        if question[first.end() : second.start()] != " " or not (
            absent or speaker or _surname_like(word, words, read) or _a_surname(word, words, read)
        ):
            continue
        # (a name does something, or owns something: "adam silver said", "adam silver's
        # remarks"; not "when is taylor birthday", "is travis injury serious")
        if word == typed_word and not absent and not (after and _a_verb(after, words)):
            continue
        # (of a word no article holds, any name before it: "Mary" is more often "Hail Mary")
        if (
            not (absent and words.name(given))
            and not speaker
            and not _first_name(given, words, read(given))
        ):
            continue
        # (… or with the first name typed short: "russ wilson" of "Russell Wilson")
        together = re.compile(rf"\b{re.escape(given)}\w*\W{{1,2}}{re.escape(word)}\b", re.I)
        both = read(f"{given} {word}")  # (the store's texts that hold both, if any)
        if not any(together.search(text) for text in [*texts, *read(given), *read(word), *both]):
            missing.append(f"{words.name(given)} {word.capitalize()}")
    return missing


def _a_verb(word: str, words: CorpusWords) -> bool:
    """Whether a word is a verb by the store's use of it or by its form ("said", "think")."""
    return word in SAYING or words.used_as_verb(word) or words.verb_form(word)


SAYING = frozenset(("say", "says", "said", "think", "thinks", "thought", "do", "does", "did"))
SPOKEN = SAYING - frozenset(("do", "does", "did"))  # (what a speaker is asked to have said)


class _TextsRead:
    """The store's texts holding a word, read once a question (`CorpusWords.texts_with`)."""

    def __init__(self, words: CorpusWords) -> None:
        self.words = words
        self.texts: dict[str, list[str]] = {}

    def __call__(self, word: str) -> list[str]:
        if word not in self.texts:
            self.texts[word] = self.words.texts_with(word)
        return self.texts[word]


def _first_name(word: str, words: CorpusWords, texts: list[str]) -> bool:
    """Whether the store writes the word as a name, nearly always opening a longer one whose
    next words differ ("Adam Schefter", "Adam Thielen")."""
    if not word.isalpha() or word in STOPWORDS or not words.name(word):
        return False
    followers: list[str] = []
    alone = 0
    pattern = re.compile(rf"\b{re.escape(words.name(word))}\b")
    for text in texts:
        for match in pattern.finditer(text):
            after = CAPITALISED_AFTER.match(text, match.end())
            if after:
                followers.append(after.group(1))
            else:
                alone += 1
    shared = len(set(followers)) >= FIRST_NAME_FOLLOWERS
    return shared and len(followers) >= FIRST_NAME_SHARE * (len(followers) + alone)


def _a_surname(word: str, words: CorpusWords, read: Callable[[str], list[str]]) -> bool:
    """Whether the store writes a word as a surname: a name written after a first name most
    times ("Wilson": "Russell Wilson", "Garrett Wilson", "Zach Wilson")."""
    name = words.name(word)
    if not name or len(word) < 3:
        return False
    pattern = re.compile(rf"(\b[A-Z][a-z]+\s+)?\b{re.escape(name)}\b")
    seen = [m.group(1) is not None for text in read(word) for m in pattern.finditer(text)]
    return len(seen) >= SURNAME_SEEN and sum(seen) >= SURNAME_SHARE * len(seen)


SURNAME_SEEN = 3  # times the store must write a name to tell it is a surname
SURNAME_SHARE = 0.5  # of them, the share after a capitalised word


def _surname_like(word: str, words: CorpusWords, read: Callable[[str], list[str]]) -> bool:
    """Whether a word typed after a first name may be its surname: an ordinary word the store
    holds and capitalises somewhere inside a sentence ("Silver Slugger"), no name of its own
    (whose pairing the name checks weigh), no verb ("said", "plays") and nothing said of the
    one named ("first", "finally")."""
    if not word.isalpha() or len(word) < 3 or word in STOPWORDS or word in ASIDES:
        return False
    if word in AFTER_A_NAME or word.endswith(("ly", "ed", "ing")):
        return False
    if not words.in_corpus(word) or words.name(word):
        return False
    if words.used_as_verb(word) or (word.endswith("s") and words.used_as_verb(word[:-1])):
        return False
    pattern = re.compile(rf"\b{re.escape(word.capitalize())}\b")
    return any(
        not SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])
        for text in read(word)
        for m in pattern.finditer(text)
    )
