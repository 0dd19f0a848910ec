"""Messages the UI's workers and widgets send upwards (past tense: something happened)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from assistant.types import Answer, Passage


@dataclass
class AnswerStarted(Message):
    question: str


@dataclass
class AnswerPieceArrived(Message):
    piece: str


@dataclass
class AnswerCompleted(Message):
    answer: Answer


@dataclass
class AnswerFailed(Message):
    question: str
    error: str


@dataclass
class IndexingProgressed(Message):
    stage: str
    done: int
    total: int


@dataclass
class IndexingFinished(Message):
    summary: str
    error: str | None = None


@dataclass
class SourceOpened(Message):
    passage: Passage


@dataclass
class PromptSubmitted(Message):
    text: str


@dataclass
class TerminalHungUp(Message):
    """SIGHUP, or the terminal failed: it has gone (or is going) away."""
