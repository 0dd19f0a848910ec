"""Cleaning: page chrome out, metadata (title, outlet, date, url, author, category) in.

Scraped news carries the page around the article: "Read next" teaser lists, comment prompts, photo
captions and credits, "Related…" link lines, "SOURCE:" trailers, newsletter promos. None of it is
the article, and none of it may reach the index. Metadata comes from the source's own fields first
(front matter, record fields, HTML meta), then from the text's header lines; what is not found
stays unknown.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from index.dates import find_date, parse_date
from index.models import Article, RawDocument

# A line that starts a block of teasers for other stories: everything after it is chrome.
TEASER_HEADINGS = re.compile(
    r"^(read next|read more|more from [\w .'-]+|more stories|most read|most popular|"
    r"you may also like|you might also like|recommended( for you)?|related (stories|articles|news)|"
    r"trending( now)?|latest news|editor'?s picks|also read|popular now)\s*:?$",
    re.I,
)
# Whole lines that are page furniture.
CHROME_LINES = [
    re.compile(p, re.I)
    for p in (
        r"^what is your opinion on this topic\??$",
        r"^(leave|post|add|write) (a|the first|your) comment.*$",
        r"^(\d+\s+)?comments?( \(\d+\))?$",
        r"^(be the first to comment|join the (conversation|discussion)).*$",
        # "Related: …", and "RelatedTrump says…" (link text glued on); "Related issues…" is prose
        r"^related\s*:\s*\S.*$",
        r"^related(?-i:[A-Z]).*$",
        r"^source\s*:\s*\S.*$",  # "SOURCE:TRTWorld and agencies"
        r"^(photo|image|picture|credit|photograph)s?\s*(credit)?\s*:.*$",
        r"^.{0,400}/\s*(photo|image|picture)\s*:\s*[^.]{1,80}$",  # caption ending "/ Photo: AP"
        r"^.{0,300}\((photo|image)( credit)?\s*:?\s*(by\s+)?[^)]{1,80}\)$",
        r"^.{0,200}\b(getty images|reuters/[^ ]+|ap photo/[^ ]+|afp via getty images)\s*\)?$",
        r"^(sign up|subscribe)\b.{0,160}\b(newsletter|inbox|briefing|updates|email)s?\b.*$",
        r"^.{0,120}\bnewsletter\b.{0,80}\b(sign up|subscribe)\b.*$",
        r"^(start your day informed with|get the latest .{0,60} in your inbox).*$",
        r"^(share|share this( article| story)?|follow us on .{1,60}|click here to .{1,80})\s*:?$",
        r"^(advertisement|sponsored( content)?|ad)$",
        r"^(listen to (this|the) article|\d+ min(ute)? read)\b.{0,40}$",
        # a sign-up form: its template markup, its email field
        r"^.{0,300}\{\{\s*[#^/]\w+\s*\}\}.*$",
        r"^.{0,400}\bplease enter a valid email address\b.*$",
        r"^.{0,300}\bby submitting your email\b.*$",
    )
]
# Page furniture run into a paragraph of prose: a video player's "Loading", the saving and
# text-size controls ("Save Log in, register or subscribe to save articles for later. … Normal
# text size Larger text size Very large text size").
INLINE_CHROME = re.compile(
    r"(?:^|(?<=[.!?”\"’)]\s))Loading\s+(?=[A-Z“\"‘'])|"
    r"(?:\bSave\s+)?\bLog in\s*,\s*register or subscribe to save articles for later\.\s*|"
    r"\bSave articles for later\s+Add articles to your saved list and come back to them any "
    r"time\.\s*(?:Got it\s+)?|"
    r"\bNormal text size\s+Larger text size\s+Very large text size\s*"
)
HEADER_DATE_LINE = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})(?:\s+([A-Za-z][\w &-]{1,30}))?$", re.I)
BYLINE = re.compile(r"^by\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})$")
SOURCE_TRAILER = re.compile(r"^source\s*:\s*(.+?)(\s+and agencies)?\s*$", re.I)
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


@dataclass
class Cleaned:
    """The article text without chrome, and the metadata its header lines revealed."""

    body: str
    hints: dict[str, object] = field(default_factory=dict)


def clean_text(text: str, fmt: str = "text", titled: bool = False) -> Cleaned:
    """Strip page chrome from an article's text and pick up metadata from its header lines.

    `titled` says the source's own metadata names the title. Then no header line is sniffed: a
    short first paragraph under front matter is the lede, which often holds the key fact, and
    taking it for a title would drop it from the body.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = CONTROL_CHARS.sub("", ANSI_ESCAPE.sub("", text))
    lines = [line.strip() for line in text.split("\n")]
    hints: dict[str, object] = {}
    if fmt == "markdown":
        lines = [_unmarkdown(line) for line in lines]
    if fmt in ("text", "markdown") and not titled:
        lines = _read_header(lines, hints)
    kept: list[str] = []
    for index, line in enumerate(lines):
        if TEASER_HEADINGS.match(line) and _in_last_part(lines, index):
            break
        if not line:
            kept.append("")
            continue
        source = SOURCE_TRAILER.match(line)
        if source and "outlet_hint" not in hints:
            hints["outlet_hint"] = source.group(1).strip()
        if any(p.match(line) for p in CHROME_LINES):
            continue
        line = INLINE_CHROME.sub("", line).strip()
        if line:
            kept.append(line)
    paragraphs = [p for p in (" ".join(block.split()) for block in _blocks(kept)) if p]
    return Cleaned(body="\n\n".join(paragraphs), hints=hints)


def _unmarkdown(line: str) -> str:
    line = MARKDOWN_HEADING.sub("", line)
    line = MARKDOWN_LINK.sub(r"\1", line)
    return MARKDOWN_EMPHASIS.sub(r"\2", line)


def _blocks(lines: list[str]) -> list[str]:
    """Paragraphs: a blank line ends one, or every line does in one-paragraph-a-line text."""
    non_empty = [line for line in lines if line]
    one_per_line = len(non_empty) > 1 and lines.count("") < len(non_empty) / 3
    if one_per_line:
        return non_empty
    blocks, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


def _in_last_part(lines: list[str], index: int) -> bool:
    """A teaser heading counts only past the middle of the text: early ones may precede body."""
    before = sum(len(line) for line in lines[:index])
    return before >= 0.4 * sum(len(line) for line in lines)


def _read_header(lines: list[str], hints: dict[str, object]) -> list[str]:
    """Consume metadata lines at the top (date line, title, standalone date, byline)."""
    out = list(lines)
    position = 0
    seen_title = False
    examined = 0
    while position < len(out) and examined < 6:
        line = out[position]
        if not line:
            position += 1
            continue
        examined += 1
        date_line = HEADER_DATE_LINE.match(line)
        if date_line:
            hints.setdefault("published", parse_date(date_line.group(1)))
            if date_line.group(2):
                hints.setdefault("category", date_line.group(2).strip().lower())
            del out[position]
            continue
        alone = find_date(line, whole=True)
        if alone is not None:
            hints.setdefault("published", alone)
            del out[position]
            continue
        byline = BYLINE.match(line)
        if byline:
            hints.setdefault("author", byline.group(1))
            del out[position]
            continue
        if not seen_title and _is_title(out, position):
            hints["title"] = line
            seen_title = True
            del out[position]
            continue
        position += 1
        if seen_title:
            # A photo caption or standalone date may sit just under the standfirst; look a
            # couple of lines further, then stop: the rest is body.
            continue
        break
    return out


def _is_title(lines: list[str], position: int) -> bool:
    line = lines[position]
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 250:
        return False
    rest = [other for other in lines[position + 1 :] if other]
    if not rest:
        return False
    return sum(len(other) for other in rest) > 2 * len(line)


def normalise_for_hash(body: str) -> str:
    """The body reduced to lower-case words, so layout and punctuation changes hash the same."""
    return " ".join(re.findall(r"\w+", body.lower()))


def content_hash(body: str) -> str:
    """A hash of the normalised body: equal hashes are exact duplicates."""
    return hashlib.sha256(normalise_for_hash(body).encode("utf-8")).hexdigest()[:32]


def to_article(raw: RawDocument) -> Article:
    """A `RawDocument` made into a clean `Article` with its best-known metadata."""
    meta = raw.meta
    titled = any(meta.get(name) not in (None, "", []) for name in ("title", "headline"))
    cleaned = clean_text(raw.text, raw.fmt, titled=titled)
    hints = cleaned.hints

    def pick(*names: str) -> object:
        for source in (meta, hints):
            for name in names:
                value = source.get(name)
                if value not in (None, "", []):
                    return value
        return None

    published = _as_datetime(pick("published", "published_at", "date", "publishedAt"))
    outlet = pick("outlet", "source", "publisher", "site_name") or hints.get("outlet_hint")
    identity = pick("id", "article_id")
    article_id = str(identity) if identity else _stable_id(raw.source_key)
    return Article(
        article_id=article_id,
        source_key=raw.source_key,
        path=raw.path,
        body=cleaned.body,
        title=_text(pick("title", "headline")),
        outlet=_text(outlet),
        published=published,
        url=_text(pick("url", "link")),
        author=_text(pick("author", "authors", "byline")),
        category=_text(pick("category", "section")),
        content_hash=content_hash(cleaned.body),
    )


def _as_datetime(value: object) -> datetime | None:
    return parse_date(value)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return text or None


def _stable_id(source_key: str) -> str:
    return hashlib.sha1(source_key.encode("utf-8")).hexdigest()[:16]
