"""Module-scoped stores built once from the seed articles, shared by tests that only read them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api import Assistant
from index.news_index import NewsIndex

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "articles"


@pytest.fixture(scope="module", name="seeded_index")
def seeded_index_fixture(embedder, tmp_path_factory: pytest.TempPathFactory) -> Iterator[NewsIndex]:
    """One embedded Chroma store holding the two seeds (import `seeded_index_fixture` to use)."""
    home = tmp_path_factory.mktemp("seeded")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NEWSQA_CONFIG", str(home / "no-config.toml"))
        a = Assistant.open(home=home, offline=True, embedder=embedder)
    a.ingest([SEEDS])
    yield a.index
    a.close()


def on_index(index: NewsIndex, embedder, home: Path, **settings: object) -> Assistant:
    """An assistant with its own settings over a shared store (not to be closed: it is shared)."""
    return Assistant.open(
        home=home,
        embedder=embedder,
        index=index,
        **settings,  # type: ignore[arg-type]
    )


def one_article_home(embedder, tmp_path: Path, header: str, body: str) -> Iterator[Assistant]:
    """An offline assistant on one article: front matter `header`, text `body` (for a fixture to
    `yield from`)."""
    yield from articles_home(embedder, tmp_path, {"article": (header, body)})


def articles_home(
    embedder, tmp_path: Path, articles: dict[str, tuple[str, str]]
) -> Iterator[Assistant]:
    """An offline assistant on the articles, each named with its front matter and text."""
    folder = tmp_path / "news"
    folder.mkdir()
    for name, (header, body) in articles.items():
        (folder / f"{name}.md").write_text(f"---\n{header}\n---\n{body}", encoding="utf-8")
    a = Assistant.open(home=tmp_path / "home", offline=True, embedder=embedder)
    a.ingest([folder])
    try:
        yield a
    finally:
        a.close()


def outlets_home(embedder, tmp_path: Path, news: dict[str, tuple[str, str]]) -> Iterator[Assistant]:
    """`articles_home` on pieces each given by its outlet and text, headed by its name and
    published on 2023-11-24."""
    header = "title: {} news\noutlet: {}\npublished: 2023-11-24"
    named = {
        name: (header.format(name.title(), outlet), body) for name, (outlet, body) in news.items()
    }
    yield from articles_home(embedder, tmp_path, named)


def unrelated(word: str, head: str) -> bool:
    """No two words mean the same (the encoder's word relatedness, switched off)."""
    return False
