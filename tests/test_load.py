"""Readers: every format to documents, and one clear reason for each thing skipped."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

import index.load
from index.clean import to_article
from index.load import iter_files, read_documents
from index.models import RawDocument, Skipped

BODY = (
    "The harbour bridge reopened to traffic on Tuesday after two years of repairs, officials "
    "said. Engineers replaced the steel cables and resurfaced the deck, which a storm damaged "
    "in 2022. Commuters will save up to twenty minutes each way, the mayor said."
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour bridge reopens after repairs | Coastal Herald</title>
<meta property="og:title" content="Harbour bridge reopens after two years of repairs">
<meta property="og:site_name" content="Coastal Herald">
<meta property="article:published_time" content="2024-05-14T09:30:00Z">
<meta name="author" content="Maria Lopez">
<link rel="canonical" href="https://coastalherald.example/news/harbour-bridge-reopens">
</head>
<body>
<header><nav><ul>
<li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather forecast</a></li>
</ul></nav></header>
<main><article>
<h1>Harbour bridge reopens after two years of repairs</h1>
<p>The harbour bridge reopened to traffic on Tuesday morning after two years of repairs that
cost the city 48 million euros, officials said.</p>
<p>Engineers replaced the steel cables and resurfaced the deck, which had been closed since a
storm damaged its supports in the spring of 2022.</p>
<p>Mayor Elena Ruiz cut a ribbon at the northern end of the bridge and said commuters would save
up to twenty minutes each way.</p>
<p>Local businesses on both sides of the water welcomed the reopening, saying footfall had
fallen sharply while the crossing was closed.</p>
</article></main>
<footer><p>© 2024 Coastal Herald. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body>
</html>
"""


def read_all(path: Path) -> tuple[list[RawDocument], list[Skipped]]:
    """Everything one path yields, split into documents and skips."""
    docs: list[RawDocument] = []
    skipped: list[Skipped] = []
    for item in iter_files([path]):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        for found in read_documents(item):
            (skipped if isinstance(found, Skipped) else docs).append(found)
    return docs, skipped


def only_skip(path: Path) -> Skipped:
    docs, skipped = read_all(path)
    assert docs == []
    assert len(skipped) == 1, skipped
    return skipped[0]


# --- formats -------------------------------------------------------------------------------


def test_text_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(
        "---\ntitle: Harbour bridge reopens\noutlet: Coastal Herald\npublished: 2024-05-14\n"
        f"author: Maria Lopez\n---\n{BODY}\n",
        encoding="utf-8",
    )
    [doc], skipped = read_all(path)
    assert skipped == []
    assert doc.fmt == "text"
    assert doc.text.strip() == BODY
    assert doc.meta["title"] == "Harbour bridge reopens"
    assert doc.meta["outlet"] == "Coastal Herald"
    article = to_article(doc)
    assert (article.title, article.outlet, article.published_iso, article.author) == (
        "Harbour bridge reopens",
        "Coastal Herald",
        "2024-05-14",
        "Maria Lopez",
    )
    assert article.body == BODY


def test_markdown_heading_and_links_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bridge.md"
    path.write_text(
        "# Harbour bridge reopens after repairs\n\n"
        "The [harbour bridge](https://example.org/bridge) reopened on **Tuesday** after two "
        "years of repairs, officials said.\n\n"
        "## Traffic\n\n"
        "Commuters will save up to twenty minutes each way, the mayor told reporters at the "
        "northern end of the crossing.\n",
        encoding="utf-8",
    )
    [doc], _ = read_all(path)
    assert doc.fmt == "markdown"
    article = to_article(doc)
    assert article.title == "Harbour bridge reopens after repairs"
    assert "#" not in article.body
    assert "](" not in article.body and "https://" not in article.body
    assert "**" not in article.body
    assert article.body.startswith("The harbour bridge reopened on Tuesday after two years")
    assert "Traffic" in article.body
    assert "Commuters will save up to twenty minutes each way" in article.body


def test_json_single_record(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    record = {
        "id": "hb-1",
        "headline": "Harbour bridge reopens",
        "text": BODY,
        "publisher": "Coastal Herald",
        "pubDate": "2024-05-14T09:30:00Z",
        "link": "https://coastalherald.example/hb",
        "authors": ["Maria Lopez", "Tom Berg"],
        "section": "local",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    [doc], skipped = read_all(path)
    assert skipped == []
    article = to_article(doc)
    assert article.article_id == "hb-1"
    assert article.title == "Harbour bridge reopens"
    assert article.outlet == "Coastal Herald"
    assert article.published_iso == "2024-05-14"
    assert article.url == "https://coastalherald.example/hb"
    assert article.author == "Maria Lopez, Tom Berg"
    assert article.category == "local"
    assert article.body == BODY


def test_json_list_of_records(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    records = [
        {"title": f"Story {n}", "body": f"Story number {n} happened today in the city centre."}
        for n in range(3)
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    docs, skipped = read_all(path)
    assert skipped == []
    assert [d.meta["title"] for d in docs] == ["Story 0", "Story 1", "Story 2"]
    assert len({d.source_key for d in docs}) == 3
    assert all(d.path == str(path) for d in docs)


def test_json_newsapi_wrapper(tmp_path: Path) -> None:
    path = tmp_path / "newsapi.json"
    payload = {
        "status": "ok",
        "totalResults": 2,
        "articles": [
            {
                "source": {"id": "bbc-news", "name": "BBC News"},
                "author": "Jane Roe",
                "title": "Chip maker launches faster processor",
                "url": "https://bbc.example/chips",
                "publishedAt": "2024-06-01T12:00:00Z",
                "content": "A chip maker launched a processor it says doubles battery life.",
            },
            {
                "source": {"id": None, "name": "The Verge"},
                "title": "Phone sales fall",
                "publishedAt": "2024-06-02T08:00:00Z",
                "description": "Phone sales fell for a third quarter as buyers kept old models.",
            },
        ],
    }
    path.write_text(json.dumps(payload), encoding="utf-8")
    docs, skipped = read_all(path)
    assert skipped == []
    articles = [to_article(d) for d in docs]
    assert [a.outlet for a in articles] == ["BBC News", "The Verge"]
    assert [a.published_iso for a in articles] == ["2024-06-01", "2024-06-02"]
    assert articles[0].author == "Jane Roe"
    assert articles[1].body == "Phone sales fell for a third quarter as buyers kept old models."


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"title": "Alpha", "body": "Alpha club won the cup final on Saturday.", "source": "A"},
        {"title": "Beta", "body": "A chip maker launched a processor on Monday.", "source": "B"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n\n", encoding="utf-8")
    docs, skipped = read_all(path)
    assert skipped == []
    assert [(d.meta["title"], d.meta["outlet"], d.fmt) for d in docs] == [
        ("Alpha", "A", "record"),
        ("Beta", "B", "record"),
    ]


def test_html_main_text_and_meta(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    [doc], skipped = read_all(path)
    assert skipped == []
    assert doc.fmt == "html"
    article = to_article(doc)
    assert article.title == "Harbour bridge reopens after two years of repairs"
    assert article.outlet == "Coastal Herald"
    assert article.published_iso == "2024-05-14"
    assert article.author == "Maria Lopez"
    assert article.url == "https://coastalherald.example/news/harbour-bridge-reopens"
    assert "cost the city 48 million euros" in article.body
    assert "footfall had fallen sharply" in article.body
    for chrome in ("Weather forecast", "Privacy policy", "Contact us", "All rights reserved"):
        assert chrome not in article.body


def test_html_without_a_date_gets_none(tmp_path: Path) -> None:
    """The footer's '© 2024' is not a publication date."""
    path = tmp_path / "page.html"
    path.write_text(
        "\n".join(line for line in HTML_PAGE.splitlines() if "published_time" not in line),
        encoding="utf-8",
    )
    [doc], _ = read_all(path)
    assert to_article(doc).published is None


def test_folders_are_read_recursively_and_hidden_files_ignored(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "2024" / "may").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "a.txt").write_text(BODY, encoding="utf-8")
    (root / "2024" / "b.md").write_text(BODY, encoding="utf-8")
    (root / "2024" / "may" / "c.json").write_text(json.dumps({"body": BODY}), encoding="utf-8")
    (root / ".draft.txt").write_text(BODY, encoding="utf-8")
    (root / ".cache" / "d.txt").write_text(BODY, encoding="utf-8")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    found = list(iter_files([root]))
    assert sorted(p.relative_to(root).as_posix() for p in found if isinstance(p, Path)) == [
        "2024/b.md",
        "2024/may/c.json",
        "a.txt",
    ]
    assert [s for s in found if isinstance(s, Skipped)] == []


def test_a_folder_note_is_no_article_unless_named(tmp_path: Path) -> None:
    root = tmp_path / "seeds"
    root.mkdir()
    (root / "a.txt").write_text(BODY, encoding="utf-8")
    (root / "README.md").write_text("# The seed articles\n\nTwo pieces.", encoding="utf-8")
    found = list(iter_files([root]))
    assert [p.name for p in found if isinstance(p, Path)] == ["a.txt"]
    (skipped,) = [s for s in found if isinstance(s, Skipped)]
    assert skipped.path.endswith("README.md") and "not an article" in skipped.reason
    # named, it is read
    assert [p.name for p in iter_files([root / "README.md"]) if isinstance(p, Path)] == [
        "README.md"
    ]


# --- bad input -----------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert only_skip(path) == Skipped(str(path), "empty file")


def test_binary_file_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16)
    assert only_skip(path) == Skipped(str(path), "binary content (a PNG image), not text")


def test_png_with_a_text_header_named_txt(tmp_path: Path) -> None:
    """A photo's PNG opens with kilobytes of XMP text; its signature still says what it is."""
    xmp = b"<x:xmpmeta><rdf:Description photoshop:Credit='Agency photo desk'/>" * 150
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + xmp + random.Random(7).randbytes(200_000))
    assert only_skip(path) == Skipped(str(path), "binary content (a PNG image), not text")


def test_unknown_binary_is_told_by_its_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "blob.md"
    path.write_bytes(b"notes " * 400 + random.Random(3).randbytes(50_000))
    assert only_skip(path) == Skipped(str(path), "binary content, not text")


def test_short_article_with_stray_nul_bytes_is_read(tmp_path: Path) -> None:
    """Two NULs in a short article are a fault to mend, not a sign of binary content."""
    text = "Residents of Port Ellan voted 412 to 188 on Saturday to rebuild the pier."
    path = tmp_path / "pier.txt"
    path.write_bytes(text[:30].encode() + b"\x00" + text[30:].encode() + b"\x00\n")
    [doc], skipped = read_all(path)
    assert skipped == []
    assert doc.text.strip() == text


def test_cp1251_russian_text_is_decoded(tmp_path: Path) -> None:
    text = (
        "Москва, 24 февраля. Президент России Владимир Путин предложил США совместную разведку "
        "редкоземельных металлов. Переговоры продолжатся на следующей неделе, сообщили в Кремле."
    )
    path = tmp_path / "moscow.txt"
    path.write_bytes(text.encode("cp1251"))
    [doc], skipped = read_all(path)
    assert skipped == []
    assert "Москва" in doc.text
    assert doc.text.strip() == text


def test_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"title": "x", "body": "y",,}', encoding="utf-8")
    skip = only_skip(path)
    assert skip.path == str(path)
    assert skip.reason.startswith("malformed JSON at line 1, column ")


def test_jsonl_with_one_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"title": "Alpha", "body": "Alpha club won the cup final."})
        + "\n{broken\n"
        + json.dumps({"title": "Beta", "body": "A chip maker launched a processor."})
        + "\n",
        encoding="utf-8",
    )
    docs, skipped = read_all(path)
    assert [d.meta["title"] for d in docs] == ["Alpha", "Beta"]
    [skip] = skipped
    assert skip.path == f"{path}:2"
    assert skip.reason.startswith("line 2: malformed JSON")


def test_nul_bytes_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(BODY.replace(" after ", " af\x00ter ").encode() + b"\x00\n")
    [doc], skipped = read_all(path)
    assert skipped == []
    assert "\x00" not in doc.text
    assert doc.text.strip() == BODY


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index.load, "MAX_TEXT_BYTES", 100)
    path = tmp_path / "long.txt"
    path.write_text(BODY, encoding="utf-8")
    skip = only_skip(path)
    assert skip.path == str(path)
    assert skip.reason.startswith("too large")


def test_huge_file_is_rejected_by_size_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk

    def no_reading(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    skip = only_skip(path)
    assert skip.path == str(path)
    assert skip.reason == "too large (105 MB; the limit is 10 MB)"


def test_symlink_loop_terminates(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(BODY, encoding="utf-8")
    os.symlink("..", root / "sub" / "loop")
    docs, skipped = read_all(root)
    assert [Path(d.path).name for d in docs] == ["a.txt"]
    assert [s.path for s in skipped] == [str(root / "sub" / "loop")]
    assert "symbolic link loop" in skipped[0].reason


def test_broken_symlink(tmp_path: Path) -> None:
    root = tmp_path / "news"
    root.mkdir()
    os.symlink(tmp_path / "gone.txt", root / "dangling.txt")
    assert read_all(root) == ([], [Skipped(str(root / "dangling.txt"), "broken symbolic link")])
    assert read_all(root / "dangling.txt") == (
        [],
        [Skipped(str(root / "dangling.txt"), "broken symbolic link")],
    )


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere"
    assert only_skip(path) == Skipped(str(path), "no such file or folder")


def test_multihop_rag_records(tmp_path: Path) -> None:
    """A few records of a real export (MultiHop-RAG) keep their outlet, date and category."""
    shared = Path(__file__).resolve().parent.parent.parent / "shared"
    corpus = json.loads((shared / "benchdata" / "multihop-rag" / "corpus.json").read_text())
    sample = corpus[:3]
    path = tmp_path / "multihop.json"
    path.write_text(json.dumps(sample), encoding="utf-8")
    docs, skipped = read_all(path)
    assert skipped == []
    articles = [to_article(d) for d in docs]
    for record, article in zip(sample, articles, strict=True):
        assert article.title == record["title"]
        assert article.outlet == record["source"]
        assert article.published_iso == record["published_at"][:10]
        assert article.category == record["category"]
        assert article.url == record["url"]
        assert article.author == record["author"]
        assert article.body


# --- files beside the articles ---------------------------------------------------------------
READS = "(newsqa reads .txt, .md, .json, .jsonl and .html)"


def test_a_folder_of_pdfs_says_pdf_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # page assets pass quietly
    assert only_skip(tmp_path) == Skipped(
        str(tmp_path / "report.pdf"), f"unsupported file type '.pdf' {READS}"
    )


def test_a_folder_without_article_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert only_skip(tmp_path) == Skipped(str(tmp_path), f"no article files in this folder {READS}")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "questions.json",
            json.dumps([{"query": "Who won?", "answer": "Rovers", "evidence_list": []}]),
            "a question set (for `newsqa eval`), not articles",
        ),
        (
            "questions.jsonl",
            json.dumps({"id": "q1", "question": "Who won?", "answer": ["Rovers"]}) + "\n",
            "a question set (for `newsqa eval`), not articles",
        ),
        (
            "results.json",
            json.dumps({"settings": {}, "totals": {}, "questions": []}),
            "`newsqa eval` results, not articles",
        ),
    ],
)
def test_question_sets_and_eval_results_are_not_articles(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert only_skip(path) == Skipped(str(path), reason)


def test_a_record_that_quotes_a_question_is_still_an_article(tmp_path: Path) -> None:
    path = tmp_path / "interviews.jsonl"
    record = {"title": "Q&A", "question": "Why now?", "body": "The minister explained why."}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [doc], skipped = read_all(path)
    assert skipped == [] and doc.text == "The minister explained why."
