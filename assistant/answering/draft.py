"""One question being answered offline: what it asks, and the sentences still in the running."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from assistant.answering.abstention import OfflineResult, not_what_was_asked
from assistant.answering.answer_slot import AnswerSlot
from assistant.answering.asked_names import CALENDAR, NameChecks
from assistant.answering.candidates import Candidate
from assistant.answering.names_typed import names_run_on
from assistant.answering.scoring import Meaning, sentences_of
from assistant.answering.sentences import TYPE_NAMES, TYPE_PATTERNS
from assistant.answering.vocabulary import CorpusWords
from assistant.answering.yes_no_asked import is_yes_no
from assistant.types import Passage

TYPE_RATIO = 0.75  # a sentence of the kind asked for must score this share of the best sentence


class Shape(Protocol):
    """Finds an answer's shape in a sentence: an amount, a count, a date."""

    def search(self, text: str) -> re.Match[str] | None: ...


class Parts:
    """What the stages consult beyond the draft: the store's words, outlets and name checks,
    and the local encoder."""

    def __init__(
        self,
        words: CorpusWords,
        names: NameChecks,
        meaning: Meaning,
        outlets: Callable[[], list[str]],
        idf: Callable[[str], float],
    ) -> None:
        self.words = words
        self.names = names
        self.meaning = meaning
        self.outlets = outlets
        self.idf = idf

    def document_frequency(self, word: str) -> int:
        return self.words.document_frequency(word)


@dataclass
class Draft:
    """The question as asked (abbreviations spelt out), the passages, and the candidate
    sentences in the order the stages so far put them; the first is the answer so far."""

    question: str
    query: str | None  # a follow-up's condensed query: earlier turns' words set the context
    passages: Sequence[Passage]
    known: frozenset[str]  # words the articles' metadata accounts for
    earlier: Sequence[str]  # a follow-up's earlier questions, most recent first
    terms: dict[str, float]  # the words to match, carried-over ones at a share of their weight
    typed_now: dict[str, float]  # the words typed now, without those carried over
    slot: AnswerSlot
    candidates: list[Candidate]
    top: Candidate  # the best by score, before any stage put others first
    named: list[str]  # the passages' outlets the question names
    advice: bool  # "how do i …": the request's own words are not what is missing
    focus: str | None = None  # "copper" in "how much copper"
    asked_names: dict[str, str] = field(default_factory=dict)  # name words: written forms
    aka: dict[str, str] = field(default_factory=dict)  # other names the passages give (`aliases`)
    key: str = ""  # the name the answer must be about, if one
    key_carried: bool = False  # … named in the turns before, not in this follow-up
    names: dict[str, str] = field(default_factory=dict)  # the key's fellow name words
    specific: dict[str, str] = field(default_factory=dict)  # the names the articles must say
    role: str | None = None  # "direct" in "who directed it"
    cited: list[str] = field(default_factory=list)  # sources quoted: "according to bloomberg"
    citing: list[Candidate] = field(default_factory=list)  # sentences from articles citing them
    chosen: list[Candidate] = field(default_factory=list)  # the answer's sentences, once chosen
    coverage: float = 0.0  # of the question's words, by the chosen sentences' passages
    # sentences that speak of what was asked as named before them ("it lacks the Share
    # button"), whose own words the floors do not judge
    in_context: list[Candidate] = field(default_factory=list)

    @property
    def wants(self) -> str:
        return self.slot.wants

    @property
    def typed(self) -> Shape | None:
        """The shape of the answer asked for, when a sentence must show one (an amount, a
        date)."""
        return TYPE_PATTERNS.get(self.kind)

    @property
    def kind(self) -> str:
        """The kind of answer asked for, a span of time told from other numbers."""
        return self.slot.span or self.slot.wants

    @property
    def kind_name(self) -> str:
        """The kind in words, for a refusal: "the amount", "how long or how often", "the age"."""
        return (
            "the age" if self.slot.age and self.wants == "number" else TYPE_NAMES.get(self.kind, "")
        )

    @cached_property
    def yes_no(self) -> bool:
        return is_yes_no(self.question)

    @cached_property
    def deed_names(self) -> list[str]:
        """The names the question gives, with the words the articles write on with them as one
        name ("music group" of "capitol music group"), none of which is a deed; read once for
        the stages that look for the deed asked."""
        # (a time is no one a deed is told of: "michigan fired another assistant mid nov")
        names = [n for n in self.asked_names if n not in CALENDAR]
        return names + names_run_on(self.question, names, [p.text for p in self.passages])

    @cached_property
    def sentences(self) -> list[Candidate]:
        """Every statement of the passages (`scoring.sentences_of`), split once for the checks
        that read them all."""
        return sentences_of(self.passages)

    def close_enough(self, c: Candidate, to: Candidate | None = None) -> bool:
        """Whether a sentence scores near enough the best (or `to`) to go before it."""
        return c.score >= TYPE_RATIO * (to or self.candidates[0]).score

    def lead(self, first: Sequence[Candidate]) -> None:
        """Put these sentences first, in their order, before the rest in theirs."""
        self.candidates = [*first, *(c for c in self.candidates if c not in first)]

    def refuse(
        self, best: Candidate | None = None, lacking: str = "", missing: list[str] | None = None
    ) -> OfflineResult:
        """An abstention saying what the articles do say instead (`not_what_was_asked`)."""
        best = best or self.candidates[0]
        return not_what_was_asked(self.terms, best, self.passages, lacking, missing)
