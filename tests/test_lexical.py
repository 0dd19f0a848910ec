"""The lexical index: BM25 ranking, filters, persistence, and catching up with its catalog."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from index.lexical import LexicalIndex, RowFilter, term_counts

ARTICLES = {
    "a": ("Rates rise again", "Daily Ledger", 1_700_000_000, ["The central bank raised rates."]),
    "b": ("Storm hits coast", "Coast News", 1_700_100_000, ["A storm flooded harbours."]),
    "c": (
        "Bank profits",
        "Coast News",
        1_700_200_000,
        ["Banks reported record profits.", "Rates helped the banks' margins."],
    ),
}


class Chunks:
    """The two reads the lexical index makes of its catalog, over plain data."""

    def __init__(self, articles: dict[str, tuple[str, str, int, list[str]]]) -> None:
        self.rows = {
            f"{article_id}:{n}": (f"hash-{texts[0]}", title, outlet, ts, text)
            for article_id, (title, outlet, ts, texts) in articles.items()
            for n, text in enumerate(texts)
        }

    def lexical_fields(self) -> list[tuple[str, str, int, str | None, int | None]]:
        return [(cid, h, 2, outlet, ts) for cid, (h, _t, outlet, ts, _x) in self.rows.items()]

    def chunk_texts(self, chunk_ids: list[str]) -> list[tuple[str, str, int, str, str, str]]:
        return [
            (cid, h, 2, title, outlet, text)
            for cid, (h, title, outlet, _ts, text) in self.rows.items()
            if cid in chunk_ids
        ]


def catalog(articles: dict[str, tuple[str, str, int, list[str]]]) -> Chunks:
    return Chunks(articles)


@pytest.fixture
def index(tmp_path: Path) -> LexicalIndex:
    lexical = LexicalIndex(tmp_path / "x.lexical.npz")
    assert lexical.sync(catalog(ARTICLES)) is True
    return lexical


def test_term_counts_weigh_the_title_and_skip_stopwords() -> None:
    counts, length = term_counts("Rates rise", "Ledger", "The rates of the bank")
    assert counts["rate"] == 2.0 + 1.0  # title twice, text once, both stemmed to "rate"
    assert "the" not in counts and "of" not in counts
    assert length == 2 + 1 + 5  # every word counts for the length


def test_search_ranks_by_bm25_and_stems(index: LexicalIndex) -> None:
    assert index.search(["storms"], 10) == ["b:0"]
    ranked = index.search(["rates", "banks"], 10)
    assert set(ranked) == {"a:0", "c:0", "c:1"}
    assert ranked[0] == "a:0"  # both words, and "rates" in its headline counts twice
    assert ranked[-1] == "c:0"  # one of the two words
    assert index.search(["nothing-like-it"], 10) == []
    assert index.search(["rates"], 1) == [index.search(["rates"], 10)[0]]


def test_rarer_words_weigh_more(index: LexicalIndex) -> None:
    assert index.document_frequency("rates") == 2  # a:0 (title and text), c:1
    assert index.document_frequency("Storm") == 1
    assert index.document_frequency("unknown") == 0
    # "storm" is rarer than "rates": a chunk with it outranks one with "rates" only
    assert index.search(["rates", "storm"], 10)[0] == "b:0"


def test_filters_by_outlet_and_date(index: LexicalIndex) -> None:
    assert index.search(["rates"], 10, RowFilter(outlets=["Coast News"])) == ["c:1"]
    assert index.search(["rates"], 10, RowFilter(outlets=["Daily Ledger"])) == ["a:0"]
    assert index.search(["rates"], 10, RowFilter(outlets=["Elsewhere"])) == []
    assert index.search(["rates"], 10, RowFilter(since=1_700_150_000)) == ["c:1"]
    assert index.search(["rates"], 10, RowFilter(until=1_700_150_000)) == ["a:0"]
    assert index.admits(["c:1", "zz", "a:0"], RowFilter(outlets=["Daily Ledger"])) == ["a:0"]


def test_saved_index_loads_without_retokenising(index: LexicalIndex, tmp_path: Path) -> None:
    index.save()
    again = LexicalIndex(index.path)
    assert again.keys == index.keys
    assert again.sync(catalog(ARTICLES)) is False  # nothing to catch up
    assert again.search(["rates", "banks"], 10) == index.search(["rates", "banks"], 10)


def test_sync_follows_edits_and_removals(index: LexicalIndex) -> None:
    edited = dict(ARTICLES)
    edited["b"] = ("Storm hits coast", "Coast News", 1_700_100_000, ["A hurricane hit the pier."])
    del edited["a"]
    assert index.sync(catalog(edited)) is True
    assert index.search(["storm"], 10) == ["b:0"]  # title still says storm
    assert index.search(["hurricane"], 10) == ["b:0"]
    assert index.search(["flooded"], 10) == []  # the old text is gone
    assert "a:0" not in index.search(["rates"], 10)
    assert len(index) == 3


def test_rows_added_during_an_ingest_are_searchable(index: LexicalIndex) -> None:
    index.add("d:0@h", "Election", "Daily Ledger", "Voters went to the polls.")
    index.add("d:0@h", "Election", "Daily Ledger", "Voters went to the polls early.")  # again
    assert index.search(["voters"], 10) == ["d:0"]
    assert len([k for k in index.keys if k.startswith("d:0")]) == 1
    with pytest.raises(RuntimeError, match="synced"):
        index.search(["voters"], 10, RowFilter(outlets=["Daily Ledger"]))


def test_a_damaged_file_is_rebuilt_from_the_catalog(tmp_path: Path) -> None:
    path = tmp_path / "x.lexical.npz"
    path.write_bytes(b"not an npz file")
    lexical = LexicalIndex(path)
    assert len(lexical) == 0
    assert lexical.sync(catalog(ARTICLES)) is True
    assert lexical.search(["storm"], 10) == ["b:0"]


def test_dotted_names_are_found_whole_and_by_their_parts(tmp_path: Path) -> None:
    lexical = LexicalIndex(tmp_path / "x.lexical.npz")
    articles = {"s": ("Week 9 picks", "CBSSports.com", 1_700_000_000, ["U.S. bettors lined up."])}
    lexical.sync(catalog(articles))
    for word in ("cbssports.com", "CBSSports", "u.s", "bettors"):
        assert lexical.document_frequency(word) == 1, word
        assert lexical.search([word], 5) == ["s:0"], word


def test_a_name_typed_without_its_accents_is_found(tmp_path: Path) -> None:
    lexical = LexicalIndex(tmp_path / "x.lexical.npz")
    articles = {"s": ("Ad campaign", "Wire", 1_700_000_000, ["It was spotted by Danny Mekić."])}
    lexical.sync(catalog(articles))
    assert lexical.search(["mekic"], 5) == ["s:0"]
    assert lexical.search(["mekić"], 5) == ["s:0"]
    assert lexical.search(["mekik"], 5) == []
    # a word held as typed is searched as typed, and its accented forms are not added to it
    both = {
        "a": ("Cafe owners", "Wire", 1_700_000_000, ["The cafe opened."]),
        "b": ("Café owners", "Wire", 1_700_000_000, ["The café opened."]),
    }
    lexical.sync(catalog(both))
    assert lexical.search(["cafe"], 5) == ["a:0"]


def test_rows_added_by_one_thread_while_another_searches(index: LexicalIndex) -> None:
    """An ingest's writer thread adds rows while a chat searches the same index."""
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for n in range(300):
                index.add(f"w:{n}@h", "Harbour works", "Coast News", f"Crane {n} lifted steel.")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    while thread.is_alive():
        index.search(["crane", "rates"], 5)
    thread.join()
    assert errors == []
    assert len(index.search(["crane"], 1000)) == 300
    assert index.document_frequency("steel") == 300
