"""Saved conversations: SQLite under NEWSQA_HOME, with numbered migrations.

Only finished turns are written. A conversation keeps its title, creation time and the filters it
was asked under; a turn keeps its question, the standalone query it was searched with, the answer,
its citations and passages, the answerer and the time it took.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.types import Answer, Citation, passage_from_dict
from index.sqlite import connect

MIGRATIONS = [
    """
    CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        filters TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE turns (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        question TEXT NOT NULL,
        standalone_query TEXT,
        answer TEXT NOT NULL,
        abstained INTEGER NOT NULL,
        answerer TEXT NOT NULL,
        citations TEXT NOT NULL,
        passages TEXT NOT NULL,
        seconds REAL NOT NULL,
        created TEXT NOT NULL
    );
    CREATE INDEX turns_conversation ON turns(conversation_id, ordinal);
    """,
]


@dataclass(frozen=True)
class ConversationInfo:
    id: int
    title: str
    created: str
    updated: str
    turns: int
    filters: dict[str, Any]


class ConversationStore:
    """Conversations and their finished turns."""

    def __init__(self, path: Path) -> None:
        self.db = connect(path, MIGRATIONS)

    def close(self) -> None:
        self.db.close()

    def create(self, title: str = "New conversation", filters: dict[str, Any] | None = None) -> int:
        now = _now()
        with self.db:
            cursor = self.db.execute(
                "INSERT INTO conversations(title, created, updated, filters) VALUES (?,?,?,?)",
                (title, now, now, json.dumps(filters or {})),
            )
        return int(cursor.lastrowid or 0)

    def list(self) -> builtins.list[ConversationInfo]:
        rows = self.db.execute(
            "SELECT c.*, (SELECT COUNT(*) FROM turns t WHERE t.conversation_id = c.id) AS n "
            "FROM conversations c ORDER BY c.updated DESC, c.id DESC"
        )
        return [self._info(row) for row in rows]

    def get(self, conversation_id: int) -> ConversationInfo:
        row = self.db.execute(
            "SELECT c.*, (SELECT COUNT(*) FROM turns t WHERE t.conversation_id = c.id) AS n "
            "FROM conversations c WHERE c.id = ?",
            (conversation_id,),
        ).fetchone()
        if row is None:
            raise KeyError(f"no conversation {conversation_id}")
        return self._info(row)

    @staticmethod
    def _info(row: sqlite3.Row) -> ConversationInfo:
        return ConversationInfo(
            id=row["id"],
            title=row["title"],
            created=row["created"],
            updated=row["updated"],
            turns=row["n"],
            filters=json.loads(row["filters"] or "{}"),
        )

    def rename(self, conversation_id: int, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            raise ValueError("a conversation needs a title")
        self.get(conversation_id)
        with self.db:
            self.db.execute(
                "UPDATE conversations SET title = ?, updated = ? WHERE id = ?",
                (title, _now(), conversation_id),
            )

    def set_filters(self, conversation_id: int, filters: dict[str, Any]) -> None:
        with self.db:
            self.db.execute(
                "UPDATE conversations SET filters = ? WHERE id = ?",
                (json.dumps(filters), conversation_id),
            )

    def delete(self, conversation_id: int) -> None:
        with self.db:
            self.db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def add_turn(self, conversation_id: int, answer: Answer) -> None:
        """Save a finished turn (and name an untitled conversation after its first question)."""
        with self.db:
            ordinal = self.db.execute(
                "SELECT COALESCE(MAX(ordinal), 0) + 1 FROM turns WHERE conversation_id = ?",
                (conversation_id,),
            ).fetchone()[0]
            self.db.execute(
                "INSERT INTO turns(conversation_id, ordinal, question, standalone_query, answer, "
                "abstained, answerer, citations, passages, seconds, created) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    conversation_id,
                    ordinal,
                    answer.question,
                    answer.standalone_query,
                    answer.text,
                    int(answer.abstained),
                    answer.answerer,
                    json.dumps([_citation_row(c) for c in answer.citations]),
                    json.dumps([_passage_row(p) for p in answer.passages]),
                    answer.seconds,
                    _now(),
                ),
            )
            self.db.execute(
                "UPDATE conversations SET updated = ?, title = CASE WHEN title = "
                "'New conversation' THEN ? ELSE title END WHERE id = ?",
                (_now(), _title_from(answer.question), conversation_id),
            )

    def turns(self, conversation_id: int) -> builtins.list[Answer]:
        rows = self.db.execute(
            "SELECT * FROM turns WHERE conversation_id = ? ORDER BY ordinal", (conversation_id,)
        )
        out = []
        for row in rows:
            passages = [passage_from_dict(p) for p in json.loads(row["passages"])]
            by_chunk = {p.chunk_id: p for p in passages}
            citations = []
            for c in json.loads(row["citations"]):
                passage = by_chunk.get(c["chunk_id"]) or passage_from_dict(c["passage"])
                citations.append(Citation(marker=c["marker"], passage=passage, quote=c["quote"]))
            out.append(
                Answer(
                    question=row["question"],
                    text=row["answer"],
                    citations=citations,
                    passages=passages,
                    abstained=bool(row["abstained"]),
                    answerer=row["answerer"],
                    standalone_query=row["standalone_query"],
                    seconds=row["seconds"],
                )
            )
        return out

    def export_markdown(self, conversation_id: int) -> str:
        """The conversation as Markdown, every answer followed by its sources."""
        info = self.get(conversation_id)
        lines = [f"# {info.title}", "", f"_Started {info.created[:16].replace('T', ' ')} UTC_", ""]
        for number, answer in enumerate(self.turns(conversation_id), start=1):
            lines += [f"## {number}. {answer.question}", "", answer.text, ""]
            if answer.citations:
                lines.append("Sources:")
                lines.append("")
                for c in answer.citations:
                    where = c.passage.url or c.passage.path or ""
                    lines.append(
                        f"- [{c.marker}] {c.passage.heading}" + (f" — {where}" if where else "")
                    )
                    lines.append(f"  > {c.quote}")
                lines.append("")
            lines.append(f"_Answered by {answer.answerer}._")
            lines.append("")
        return "\n".join(lines)


def _passage_row(p: Any) -> dict[str, Any]:
    return {
        "chunk_id": p.chunk_id,
        "article_id": p.article_id,
        "title": p.title,
        "outlet": p.outlet,
        "published": p.published,
        "score": p.score,
        "text": p.text,
        "story_id": p.story_id,
        "url": p.url,
        "path": p.path,
        "start": p.start,
        "end": p.end,
    }


def _citation_row(c: Citation) -> dict[str, Any]:
    return {
        "marker": c.marker,
        "chunk_id": c.passage.chunk_id,
        "quote": c.quote,
        "passage": _passage_row(c.passage),
    }


def _title_from(question: str) -> str:
    words = question.split()
    title = " ".join(words[:8])
    return title + ("…" if len(words) > 8 else "")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
