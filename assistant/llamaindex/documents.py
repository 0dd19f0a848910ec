"""LlamaIndex `Document`s (from any LlamaHub reader) as articles for newsqa's ingest.

A Document goes through the same cleaning, dedup, chunking and embedding as a file. Its id is
its source key (`llamaindex:<doc id>`), as a path is a file's: ingesting the same Documents again
finds them unchanged and embeds nothing, and a Document whose text changed is updated. Readers
that make a fresh random id on every read (LlamaIndex's default) still embed nothing the second
time, since equal text is a duplicate, but an edit then adds an article instead of updating one:
give Documents stable ids (`SimpleDirectoryReader(filename_as_id=True)`, or the page's url).

Documents are never removed by a later ingest: they have no folder whose listing says what is
gone. This module imports no LlamaIndex code, so `Assistant.ingest` of paths stays fast.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from index.load import LoadError, split_front_matter
from index.models import RawDocument

SOURCE_PREFIX = "llamaindex:"
# Document metadata names, by the newsqa field they fill (the first one set wins).
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site_name"),
    "published": ("published", "published_at", "date", "publishedAt", "pubDate"),
    "url": ("url", "link", "URL"),
    "author": ("author", "authors", "byline"),
    "category": ("category", "section"),
}
HTML_PAGE = re.compile(r"^\s*(?:<!doctype html|<html[\s>])", re.I)
WEB_ADDRESS = re.compile(r"^https?://", re.I)


class DocumentError(ValueError):
    """A Document that cannot be ingested; the message names it. Nothing was ingested."""


def split_sources(items: Iterable[Any]) -> tuple[list[str | Path], list[RawDocument]]:
    """Paths, and Documents made into newsqa records, from one mixed list (checked first, so a
    bad Document stops the ingest before anything is read or written)."""
    if isinstance(items, (str, Path)) or _is_document(items):
        items = [items]  # one source on its own, not a sequence of characters or fields
    paths: list[str | Path] = []
    records: list[RawDocument] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, (str, Path)):
            paths.append(item)
        elif _is_document(item):
            record = document_record(item)
            if record.source_key in seen:
                raise DocumentError(f"two Documents have the id {item.doc_id!r}: ids must differ")
            seen.add(record.source_key)
            records.append(record)
        else:
            raise TypeError(
                f"cannot ingest a {type(item).__name__}: give file or folder paths, or "
                "llama_index.core.Document objects"
            )
    return paths, records


def document_record(document: Any) -> RawDocument:
    """One Document as the record a reader would make of a file (text and metadata)."""
    doc_id = str(document.doc_id)
    text = document.text
    if not isinstance(text, str) or not text.strip():
        raise DocumentError(f"Document {doc_id!r} has no text to ingest")
    metadata = dict(document.metadata or {})
    try:  # a Markdown or text file read whole (SimpleDirectoryReader) keeps its front matter
        front, body = split_front_matter(text)
    except LoadError:
        front, body = {}, text
    if front:
        text, metadata = body, {**front, **metadata}  # the Document's own metadata wins
    meta: dict[str, object] = {"id": doc_id}  # the article id: nodes' ref_doc_id is the doc id
    for name, aliases in FIELDS.items():
        value = next((metadata[a] for a in aliases if metadata.get(a) not in (None, "", [])), None)
        if value is not None:
            meta[name] = value
    outlet = meta.get("outlet")
    if isinstance(outlet, str) and WEB_ADDRESS.match(outlet):
        # Some readers put the page's address under "source": that is no outlet's name.
        meta.setdefault("url", outlet)
        del meta["outlet"]
    fmt = "text"  # cleaned like a .txt file: page chrome dropped, a header line read as title
    if HTML_PAGE.match(text):  # a web reader that kept the markup
        from index.html import extract_html

        text, found = extract_html(text)
        meta = {**found, **meta}
        fmt = "html"
    key = SOURCE_PREFIX + doc_id
    return RawDocument(source_key=key, path=key, text=text, meta=meta, fmt=fmt)


def _is_document(item: object) -> bool:
    # No Document can exist unless LlamaIndex was imported: paths alone never pay for importing it.
    schema = sys.modules.get("llama_index.core.schema")
    return schema is not None and isinstance(item, schema.Document)
