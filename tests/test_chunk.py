"""Chunking in the model's own tokens: within 256, exact offsets, stable ids."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tokenizers import Tokenizer

from index.chunk import MODEL_MAX_TOKENS, chunk_article, split_sentences, tokenizer_offsets
from index.clean import to_article
from index.embed import bundled_tokenizer_path
from index.load import read_documents
from index.models import Article, Chunk, RawDocument

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "articles"
OFFSETS = tokenizer_offsets(bundled_tokenizer_path())


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    """The model's tokenizer as the encoder uses it, minus the shipped 128 truncation/padding."""
    tok = Tokenizer.from_file(bundled_tokenizer_path())
    tok.no_truncation()
    tok.no_padding()
    return tok


def seed(name: str) -> Article:
    [raw] = read_documents(SEEDS / name)
    assert isinstance(raw, RawDocument)
    return to_article(raw)


def long_article() -> Article:
    paragraphs = [
        " ".join(
            f"In paragraph {p}, sentence {s} reports that the city council of district {p * s} "
            f"voted on measure {p}-{s} about transport, housing and schools."
            for s in range(8)
        )
        for p in range(12)
    ]
    return Article(
        article_id="council-2024",
        source_key="council.txt",
        path="council.txt",
        body="\n\n".join(paragraphs),
        title="Council votes on transport, housing and schools",
        outlet="City Post",
        published=datetime(2024, 3, 5, 14, 0, tzinfo=UTC),
    )


def pathological_article() -> Article:
    words = [f"word{n % 113}" for n in range(5000)]
    return Article(
        article_id="run-on",
        source_key="run-on.txt",
        path="run-on.txt",
        body=" ".join(words),
        title="A sentence without end",
        outlet="Nowhere News",
    )


ARTICLES = {
    "anewz": lambda: seed("anewz-putin-offer.txt"),
    "trt": lambda: seed("trt-putin-offer.txt"),
    "long": long_article,
    "run-on": pathological_article,
}


@pytest.fixture(params=sorted(ARTICLES))
def article(request: pytest.FixtureRequest) -> Article:
    return ARTICLES[request.param]()


@pytest.fixture
def chunks(article: Article) -> list[Chunk]:
    return chunk_article(article, OFFSETS)


def test_every_chunk_fits_the_model(chunks: list[Chunk], tokenizer: Tokenizer) -> None:
    for chunk in chunks:
        assert len(tokenizer.encode(chunk.text, add_special_tokens=True).ids) <= 256


def test_text_is_the_body_slice(article: Article, chunks: list[Chunk]) -> None:
    for chunk in chunks:
        assert chunk.text == article.body[chunk.start : chunk.end]
        assert chunk.text == chunk.text.strip()


def test_ids_and_ordinals(article: Article, chunks: list[Chunk]) -> None:
    assert [c.chunk_id for c in chunks] == [f"{article.article_id}:{n}" for n in range(len(chunks))]
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert all(c.article_id == article.article_id for c in chunks)
    again = chunk_article(article, OFFSETS)
    assert again == chunks


def test_chunks_cover_the_body_and_overlap_or_touch(article: Article, chunks: list[Chunk]) -> None:
    body = article.body
    assert body[: chunks[0].start].strip() == ""
    assert body[chunks[-1].end :].strip() == ""
    for before, after in itertools.pairwise(chunks):
        assert before.start < after.start
        assert before.end < after.end
        if after.start > before.end:
            assert body[before.end : after.start].strip() == "", "a gap in the coverage"
        else:
            overlap = body[after.start : before.end]
            assert len(OFFSETS(overlap)) <= 32 + 2, "more than a slight overlap"


def test_chunks_use_the_room_the_model_has(chunks: list[Chunk], tokenizer: Tokenizer) -> None:
    """No header takes room: a chunk that ends before the body does is nearly full."""
    for chunk in chunks[:-1]:
        assert len(tokenizer.encode(chunk.text, add_special_tokens=True).ids) > 256 - 80


def test_seed_chunks_are_the_body_alone() -> None:
    [first, *_] = chunk_article(seed("trt-putin-offer.txt"), OFFSETS)
    assert first.text.startswith("Putin says Moscow is ready")
    assert "TRT World" not in first.text


def test_long_inputs_are_split() -> None:
    assert len(chunk_article(long_article(), OFFSETS)) > 3
    run_on = chunk_article(pathological_article(), OFFSETS)
    assert len(run_on) > 20
    assert all(len(OFFSETS(c.text)) <= MODEL_MAX_TOKENS - 2 for c in run_on)


def test_an_article_without_metadata_chunks_the_same() -> None:
    bare = Article(article_id="bare", source_key="k", path="p", body="Just one sentence here.")
    [chunk] = chunk_article(bare, OFFSETS)
    assert chunk.text == "Just one sentence here."


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "U.S. President Donald Trump spoke on Monday. Putin answered.",
            ["U.S. President Donald Trump spoke on Monday.", "Putin answered."],
        ),
        (
            "Mr. Smith went to Washington. Dr. Jones stayed home.",
            ["Mr. Smith went to Washington.", "Dr. Jones stayed home."],
        ),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
        (
            "Prices rose 3.5 percent. Analysts were surprised.",
            ["Prices rose 3.5 percent.", "Analysts were surprised."],
        ),
        (
            "The U.S. economy grew in the third quarter. Jobs rose.",
            ["The U.S. economy grew in the third quarter.", "Jobs rose."],
        ),
        (
            "Talks e.g. on trade continue. The E.U. agreed.",
            ["Talks e.g. on trade continue.", "The E.U. agreed."],
        ),
        ("Wait... what happened? Nothing.", ["Wait... what happened?", "Nothing."]),
        ("No full stop at the end", ["No full stop at the end"]),
        # a scrape that lost the space before a heading or a sentence, not inside a name
        (
            "Kept secret for 50 years.HOW DID THEY REACT? Happily.",
            ["Kept secret for 50 years.", "HOW DID THEY REACT?", "Happily."],
        ),
        (
            "It put Philadelphia up big.The fans cheered.",
            ["It put Philadelphia up big.", "The fans cheered."],
        ),
        ("The Binance.US platform and 01.AI grew.", ["The Binance.US platform and 01.AI grew."]),
        ("First paragraph\nSecond paragraph.", ["First paragraph", "Second paragraph."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == sentences
