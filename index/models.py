"""Plain types that travel between the ingestion stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import NamedTuple


@dataclass
class RawDocument:
    """One article as a reader found it: text plus whatever metadata the source carried."""

    source_key: str  # stable identity of where it came from: "path" or "path#record"
    path: str  # the file it was read from
    text: str
    meta: dict[str, object] = field(default_factory=dict)
    fmt: str = "text"  # "text", "record" or "html": how much cleaning the text needs


class Skipped(NamedTuple):
    """Something that could not be ingested, and why, in one line."""

    path: str
    reason: str


@dataclass
class Article:
    """A cleaned article with its metadata; `body` is the text that gets chunked."""

    article_id: str
    source_key: str
    path: str
    body: str
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    url: str | None = None
    author: str | None = None
    category: str | None = None
    content_hash: str = ""
    story_id: str = ""

    @property
    def published_iso(self) -> str | None:
        """The publication date as YYYY-MM-DD, for display (the epoch keeps the time)."""
        return None if self.published is None else self.published.date().isoformat()

    @property
    def published_epoch(self) -> int | None:
        """Epoch seconds, for Chroma range filters (which take numbers only)."""
        if self.published is None:
            return None
        moment = self.published
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return int(moment.timestamp())


@dataclass(frozen=True)
class Chunk:
    """A piece of an article, small enough for the embedding model, with its place in the body."""

    chunk_id: str
    article_id: str
    ordinal: int
    start: int  # character offsets into Article.body
    end: int
    text: str  # the article's own words, exactly body[start:end]: what the encoder sees
