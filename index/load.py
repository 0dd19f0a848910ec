"""Readers: files and folders to `RawDocument`s, with one clear reason for everything skipped.

Formats: .txt/.md (optional YAML front matter), .json (one record, a list, or a wrapper such as
NewsAPI's {"articles": [...]}), .jsonl/.ndjson (one record per line), .html/.htm.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml

from index.models import RawDocument, Skipped

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

MAX_TEXT_BYTES = 10 * 1024 * 1024  # one article file; a 100 MB "article" is not news
MAX_JSON_BYTES = 1024 * 1024 * 1024  # an export of many records
MAX_RECORD_CHARS = 2_000_000  # one record's body

# Field names seen in news exports (NewsAPI, GDELT-style dumps, MultiHop-RAG, scrapers).
TITLE_FIELDS = ("title", "headline", "name")
BODY_FIELDS = ("body", "text", "content", "article", "full_text", "maintext", "description")
OUTLET_FIELDS = ("source", "outlet", "publisher", "site_name", "source_name", "sitename")
DATE_FIELDS = (
    "published_at",
    "published",
    "publishedAt",
    "date_publish",
    "pubDate",
    "date",
    "datetime",
    "time",
)
URL_FIELDS = ("url", "link", "uri")
AUTHOR_FIELDS = ("author", "authors", "byline", "creator")
CATEGORY_FIELDS = ("category", "section", "categories", "topic")
ID_FIELDS = ("id", "article_id", "uuid", "guid")
WRAPPER_FIELDS = ("articles", "data", "items", "results", "records", "documents")
QUESTION_FIELDS = ("question", "query", "turns")  # a question set's records (`newsqa eval`)
# Files a folder of articles often holds about itself: read only when named ("ingest README.md").
FOLDER_NOTES = {"README", "CHANGELOG", "CHANGES", "LICENSE", "LICENCE", "CONTRIBUTING", "NOTICE"}
# Files a folder of articles often holds beside them that are not text: named in the summary,
# so that a folder of PDFs does not end in a bare "added 0 · skipped 0".
DOCUMENT_SUFFIXES = {".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages", ".xml", ".csv"}
READABLE = ".txt, .md, .json, .jsonl and .html"


class LoadError(Exception):
    """A file that cannot be read as an article source; the message is the reason."""


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | Skipped]:
    """Every supported file under the given files and folders (recursively, symlink loops cut)."""
    seen_dirs: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            yield Skipped(str(path), "no such file or folder")
        elif path.is_dir():
            found = False
            for item in _walk(path, seen_dirs):
                found = True
                yield item
            if not found:
                yield Skipped(
                    str(path), f"no article files in this folder (newsqa reads {READABLE})"
                )
        elif path.is_symlink() and not path.exists():
            yield Skipped(str(path), "broken symbolic link")
        else:
            yield path


def _walk(folder: Path, seen_dirs: set[str]) -> Iterator[Path | Skipped]:
    real = os.path.realpath(folder)
    if real in seen_dirs:
        yield Skipped(str(folder), "symbolic link loop (folder already visited)")
        return
    seen_dirs.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield Skipped(str(folder), f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen_dirs)
        elif entry.is_symlink() and not entry.exists():
            yield Skipped(str(entry), "broken symbolic link")
        elif entry.stem.upper() in FOLDER_NOTES and entry.suffix.lower() in TEXT_SUFFIXES:
            yield Skipped(str(entry), "a note on the folder, not an article (name it to read it)")
        elif entry.suffix.lower() in SUPPORTED:
            yield entry
        elif entry.suffix.lower() in DOCUMENT_SUFFIXES:
            yield Skipped(str(entry), unsupported(entry))
        # Other files in a folder (images, stylesheets, YAML question sets) are no articles: pass.


def unsupported(path: Path) -> str:
    """The reason a file of an unreadable type is skipped."""
    return f"unsupported file type '{path.suffix.lower() or path.name}' (newsqa reads {READABLE})"


def read_documents(path: Path) -> Iterator[RawDocument | Skipped]:
    """The articles in one file, or the reasons it (or a record in it) was skipped."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield Skipped(str(path), unsupported(path))
        return
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path)
        elif suffix in JSON_SUFFIXES:
            yield from _read_json(path)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(path)
        else:
            yield _read_text(path)
    except LoadError as exc:
        yield Skipped(str(path), str(exc))
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")


# File signatures of formats that are never article text, whatever the file is named.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF file (WebP, WAV or AVI)"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
# Share of control characters (tab, newlines, form feed and escape aside) above which decoded
# text is binary read as text: compressed data has about 8%, any real article almost none.
MAX_CONTROL_SHARE = 0.01
TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 by BOM, else the detected encoding.

    Binary files are told by content, not by name: a known file signature, or too many control
    or replacement characters once decoded. Stray NUL bytes in real text are dropped.
    """
    if not data.strip():
        raise LoadError("empty file")
    kind = binary_kind(data)
    if kind is not None:
        raise LoadError(f"binary content ({kind}), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace").lstrip("\ufeff")
    else:
        text = _decode_8bit(data.replace(b"\x00", b""))
    if _garbled(text):
        raise LoadError("binary content, not text")
    return text


def binary_kind(data: bytes) -> str | None:
    """What binary format the bytes start with, if a known one (None for anything else)."""
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[4:8] == b"ftyp":
        return "an MP4 or HEIC media file"
    return None


def _decode_8bit(data: bytes) -> str:
    if not data.strip():
        raise LoadError("binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if _control_share(data) > MAX_CONTROL_SHARE:  # not worth guessing an encoding for
        raise LoadError("binary content, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise LoadError("undecodable text (not UTF-8, encoding not recognised)")
    return str(best)


def _control_share(data: bytes) -> float:
    controls = sum(1 for b in data if b < 32 and b not in TEXT_CONTROLS)
    return controls / len(data)


def _garbled(text: str) -> bool:
    """Binary content decoded as text: control or replacement characters beyond a stray few."""
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ord(ch) not in TEXT_CONTROLS) or ch == "\ufffd")
    return bad > max(2, MAX_CONTROL_SHARE * len(text))


def _read_bytes(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise LoadError(f"too large ({size / 1e6:.0f} MB; the limit is {limit / 1e6:.0f} MB)")
    return path.read_bytes()


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter (between leading '---' lines) and the text after it."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            try:
                meta = yaml.safe_load("\n".join(lines[1:end])) or {}
            except yaml.YAMLError as exc:
                problem = getattr(exc, "problem", None) or "invalid YAML"
                raise LoadError(f"front matter is not valid YAML: {problem}") from None
            if not isinstance(meta, dict):
                raise LoadError("front matter is not a mapping of fields")
            return {str(k): v for k, v in meta.items()}, "\n".join(lines[end + 1 :])
    return {}, text


def _read_text(path: Path) -> RawDocument:
    text = decode(_read_bytes(path, MAX_TEXT_BYTES))
    meta, body = split_front_matter(text)
    if not body.strip():
        raise LoadError("no article text (only front matter)")
    fmt = "markdown" if path.suffix.lower() in (".md", ".markdown") else "text"
    return RawDocument(source_key=str(path), path=str(path), text=body, meta=meta, fmt=fmt)


def _read_html(path: Path) -> RawDocument:
    from index.html import extract_html

    html = decode(_read_bytes(path, MAX_TEXT_BYTES))
    text, meta = extract_html(html)
    if not text.strip():
        raise LoadError("no article text found in the HTML")
    return RawDocument(source_key=str(path), path=str(path), text=text, meta=meta, fmt="html")


def _read_json(path: Path) -> Iterator[RawDocument | Skipped]:
    text = decode(_read_bytes(path, MAX_JSON_BYTES))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise LoadError(f"malformed JSON at {where}: {exc.msg}") from None
    if isinstance(data, dict) and {"settings", "totals"} <= data.keys():
        raise LoadError("`newsqa eval` results, not articles")
    records = _records_in(data)
    if records is None:
        raise LoadError("JSON holds no article records (expected an object or a list of them)")
    if records and _is_question(records[0]):
        raise LoadError(QUESTION_SET)
    keys: set[str] = set()
    for number, record in enumerate(records, start=1):
        yield _from_record(path, record, f"record {number}", number, keys)


def _read_jsonl(path: Path) -> Iterator[RawDocument | Skipped]:
    size = path.stat().st_size
    if size > MAX_JSON_BYTES:
        raise LoadError(f"too large ({size / 1e6:.0f} MB)")
    if size == 0:
        raise LoadError("empty file")
    keys: set[str] = set()
    found = False
    first_record = True
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            found = True
            where = f"line {number}"
            if len(line) > MAX_RECORD_CHARS * 2:
                yield Skipped(f"{path}:{number}", f"{where}: record too large")
                continue
            try:
                record = json.loads(decode(line))
            except (json.JSONDecodeError, LoadError) as exc:
                yield Skipped(f"{path}:{number}", f"{where}: malformed JSON ({_short(exc)})")
                continue
            if first_record and _is_question(record):
                raise LoadError(QUESTION_SET)
            first_record = False
            yield _from_record(path, record, where, number, keys)
    if not found:
        raise LoadError("empty file")


QUESTION_SET = "a question set (for `newsqa eval`), not articles"


def _is_question(record: object) -> bool:
    """A question set's record: a question, and no article text."""
    return (
        isinstance(record, dict)
        and any(name in record for name in QUESTION_FIELDS)
        and _first_text(record, BODY_FIELDS) is None
    )


def _short(exc: Exception) -> str:
    return exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)


def _records_in(data: object) -> list[object] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for name in WRAPPER_FIELDS:
            if isinstance(data.get(name), list):
                return data[name]
        return [data]
    return None


def _from_record(
    path: Path, record: object, where: str, number: int, keys: set[str]
) -> RawDocument | Skipped:
    location = f"{path}:{number}" if where.startswith("line") else f"{path}#{number}"
    if not isinstance(record, dict):
        return Skipped(location, f"{where}: not a JSON object")
    body = _first_text(record, BODY_FIELDS)
    if not body:
        return Skipped(location, f"{where}: no article text (none of {', '.join(BODY_FIELDS)})")
    if len(body) > MAX_RECORD_CHARS:
        return Skipped(location, f"{where}: article text too large ({len(body):,} characters)")
    meta: dict[str, object] = {
        "title": _first_text(record, TITLE_FIELDS),
        "outlet": _outlet(record),
        "published": _first_value(record, DATE_FIELDS),
        "url": _first_text(record, URL_FIELDS),
        "author": _joined(record, AUTHOR_FIELDS),
        "category": _joined(record, CATEGORY_FIELDS),
        "id": _first_text(record, ID_FIELDS),
    }
    identity = meta["id"] or meta["url"] or meta["title"] or str(number)
    key = f"{path}#{identity}"
    if key in keys:
        key = f"{path}#{identity}#{number}"
    keys.add(key)
    meta = {k: v for k, v in meta.items() if v not in (None, "")}
    return RawDocument(source_key=key, path=str(path), text=body, meta=meta, fmt="record")


def _first_value(record: dict[str, object], names: tuple[str, ...]) -> object:
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _first_text(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    value = _first_value(record, names)
    if isinstance(value, (str, int, float)):
        text = str(value).strip()
        return text or None
    return None


def _outlet(record: dict[str, object]) -> str | None:
    value = _first_value(record, OUTLET_FIELDS)
    if isinstance(value, dict):  # NewsAPI: {"source": {"id": ..., "name": "..."}}
        value = value.get("name") or value.get("title") or value.get("id")
    return str(value).strip() if isinstance(value, (str, int)) and str(value).strip() else None


def _joined(record: dict[str, object], names: tuple[str, ...]) -> str | None:
    value = _first_value(record, names)
    if isinstance(value, list):
        parts = [str(v.get("name", "")) if isinstance(v, dict) else str(v) for v in value]
        return ", ".join(p for p in parts if p.strip()) or None
    if isinstance(value, str):
        return value.strip() or None
    return None
