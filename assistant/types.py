"""Plain types at the API boundary: `Passage`, `Citation`, `Answer`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Passage:
    """A retrieved chunk with what a reader needs to judge it."""

    chunk_id: str
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    score: float
    text: str
    story_id: str = ""
    url: str | None = None
    path: str | None = None
    start: int = 0
    end: int = 0

    @property
    def heading(self) -> str:
        """`Outlet · Headline · Date`, as passages are shown to people and to the LLM."""
        parts = [
            self.outlet or "Unknown outlet",
            self.title or "Untitled",
            self.published or "undated",
        ]
        return " · ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "chunk_id": self.chunk_id,
            "article_id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "score": round(self.score, 4),
            "text": self.text,
        }


@dataclass
class Citation:
    """One `[n]` marker in an answer and the passage (and words) it points to."""

    marker: int
    passage: Passage
    quote: str

    def to_dict(self) -> dict[str, Any]:
        p = self.passage
        return {
            "marker": self.marker,
            "article_id": p.article_id,
            "title": p.title,
            "outlet": p.outlet,
            "published": p.published,
            "url": p.url,
            "path": p.path,
            "chunk_id": p.chunk_id,
            "quote": self.quote,
        }


@dataclass
class Answer:
    """A cited answer; `to_dict()` is the `newsqa ask --json` contract."""

    question: str
    text: str
    citations: list[Citation]
    passages: list[Passage]
    abstained: bool
    answerer: str
    unsupported: list[str] = field(default_factory=list)
    dropped_markers: list[int] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    standalone_query: str | None = None
    seconds: float = 0.0
    truncated: bool = False  # the model's reply was cut (token cap or time bound), not finished

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "answerer": self.answerer,
            "truncated": self.truncated,
            "citations": [c.to_dict() for c in self.citations],
            "passages": [p.to_dict() for p in self.passages],
        }
        if self.unsupported:
            data["unsupported"] = self.unsupported
        if self.dropped_markers:
            data["dropped_markers"] = self.dropped_markers
        if self.notices:
            data["notices"] = self.notices
        return data


def passage_from_dict(data: dict[str, Any]) -> Passage:
    """The inverse of `Passage.to_dict` (for stored conversations)."""
    known = {k: v for k, v in data.items() if k in Passage.__dataclass_fields__}
    return Passage(**known)


__all__ = ["Answer", "Citation", "Passage", "asdict", "passage_from_dict"]
