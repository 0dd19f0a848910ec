"""The lexical index: BM25 over each chunk's title, outlet and text, held as posting lists.

SQLite FTS5 scored every chunk matching any word of the question on every search: about 9 ms a
search on MultiHop-RAG (7,443 chunks) and 100 ms at ten times that. Here each chunk's weighted
term counts live in a sparse matrix, saved beside the catalog (`<catalog>.lexical.npz`); a search
reads only the posting lists of the question's words, a few numpy operations.

The file is a cache of the catalog, never the record: opening it brings it in step (chunks whose
id and article hash it lacks are tokenised, chunks the catalog no longer has are dropped), so a
killed ingest or an older store costs one catch-up, not a wrong answer. The ingest adds the
chunks it commits as it goes (in its writer thread, overlapping the encoder) and saves once.

Scoring is FTS5's own BM25 (k1 1.2, b 0.75) on Porter stems: a term's count is summed over the
columns with their weights, and the length is the whole row's. The IDF is the always-positive
Lucene form.

Why not LlamaIndex's `BM25Retriever` (bm25s)? Over the same 6,547 chunks with title and outlet
as node metadata, MultiHop-RAG dev, 720 queries, BM25 alone, top 10
(`python -m assistant.bench.compare_llamaindex`), ours / it: official Hits@4 0.789 / 0.771,
Hits@10 0.904 / 0.892, MRR@10 0.646 / 0.629; article level a tie (Hit@10 0.969 / 0.972,
MRR@10 0.833 / 0.821); a search in 0.4 / 1.0 ms. The margins are small. What decides is what it
lacks: chunks added and dropped as an ingest commits (bm25s indexes a whole corpus at once, so
every ingest would rebuild it), outlet and date filters per search (its filters are fixed when
it is built), a file kept in step with the catalog; and it pins PyStemmer below 3.
"""

from __future__ import annotations

import functools
import itertools
import math
import os
import re
import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import numpy as np
import Stemmer

from index.terms import STOPWORDS, fold_accents, words

if TYPE_CHECKING:
    from scipy import sparse

T = TypeVar("T")


class ChunkSource(Protocol):
    """What the index is built from: the catalog (`index.catalog.Catalog`)."""

    def lexical_fields(self) -> list[tuple[str, str, int, str | None, int | None]]: ...

    def chunk_texts(self, chunk_ids: list[str]) -> list[tuple[str, str, int, str, str, str]]: ...


K1 = 1.2
B = 0.75
TITLE_WEIGHT = 2.0  # a chunk's article title counts twice: headlines name the story
OUTLET_WEIGHT = 1.0
INNER = re.compile(r"[.']+")  # where a word splits into parts
FETCH = 500  # chunk texts read from the catalog per query when catching up
FORMAT = 2  # bumped when the saved arrays change meaning

# Porter's stemmer, as FTS5's `porter` tokenizer had it. MultiHop-RAG dev (720 queries), BM25
# with the light stemmer of `index.terms` / Porter / Snowball English: Hits@10 0.940 / 0.949 /
# 0.946 (retrieval end to end). (nltk's Porter agrees but costs 2.4 s to import.)
_local = threading.local()


@lru_cache(maxsize=1 << 17)
def porter_stem(word: str) -> str:
    """Porter's stem of a lower-cased word (a stemmer per thread: PyStemmer's are not shared)."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("porter")
    return str(stemmer.stemWord(word))


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    """One thread at a time in the index: an ingest's writer thread adds rows while a chat
    answers from the same process."""

    @functools.wraps(method)
    def run(self: LexicalIndex, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)

    return run


@dataclass
class RowFilter:
    """Which chunks a search may return: outlets by name, a publication time range."""

    outlets: Sequence[str] | None = None
    since: int | None = None
    until: int | None = None


def term_counts(title: str, outlet: str, text: str) -> tuple[dict[str, float], int]:
    """A chunk's weighted counts of stemmed content words, and its length in words.

    A word with inner dots or apostrophes counts whole and by its parts: "CBSSports.com" is
    found by "cbssports.com" and by "CBSSports", "U.S." by "u.s" (as FTS5, which split there)."""
    counts: dict[str, float] = {}
    length = 0
    for weight, field in ((TITLE_WEIGHT, title), (OUTLET_WEIGHT, outlet), (1.0, text)):
        found = words(field)
        length += len(found)
        for word in found:
            terms = [word]
            if "." in word or "'" in word:
                terms += INNER.split(word)
            for term in terms:
                if term in STOPWORDS or (len(term) == 1 and not term.isdigit()):
                    continue
                stemmed = porter_stem(term)
                counts[stemmed] = counts.get(stemmed, 0.0) + weight
    return counts, length


class LexicalIndex:
    """BM25 over the chunks of one catalog; `sync` keeps it in step, `save` persists it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._reset()
        self._load()

    def _reset(self) -> None:
        self.keys: list[str] = []  # "chunk_id@content_hash", one per row
        self.vocab: dict[str, int] = {}
        self._matrix = _sparse().csr_matrix((0, 0), dtype=np.float32)  # rows × terms
        self._lengths = np.zeros(0, dtype=np.float32)
        self._pending = _Rows()  # rows added since the last merge, compactly
        self._postings: sparse.csc_matrix | None = None
        self._norm = np.zeros(0, dtype=np.float32)
        self._row_of: dict[str, int] = {}  # chunk id → row
        self.outlet_codes = np.zeros(0, dtype=np.int32)  # per row, -1 when unknown
        self.outlet_names: list[str] = []
        self.published = np.zeros(0, dtype=np.float64)  # epoch seconds, NaN when unknown
        self.changed = False
        self._accent_map: dict[str, list[str]] = {}
        self._accent_size = -1

    # --- persistence ----------------------------------------------------------------------
    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            with np.load(self.path, allow_pickle=False) as saved:
                if int(saved["format"]) != FORMAT:
                    return
                self.keys = saved["keys"].tolist()
                self.vocab = {t: i for i, t in enumerate(saved["vocab"].tolist())}
                self._matrix = _sparse().csr_matrix(
                    (saved["data"], saved["indices"], saved["indptr"]),
                    shape=(len(self.keys), len(self.vocab)),
                )
                self._lengths = saved["lengths"]
        except (OSError, ValueError, KeyError):  # damaged: `sync` rebuilds it from the catalog
            self._reset()

    @_locked
    def save(self) -> None:
        """Write the index atomically (a reader never sees half a file)."""
        self._merge()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        with open(partial, "wb") as out:
            np.savez(
                out,
                format=np.int32(FORMAT),
                keys=np.array(self.keys, dtype=str),
                vocab=np.array(list(self.vocab), dtype=str),
                data=self._matrix.data.astype(np.float32),
                indices=self._matrix.indices.astype(np.int32),
                indptr=self._matrix.indptr.astype(np.int64),
                lengths=self._lengths.astype(np.float32),
            )
        os.replace(partial, self.path)
        self.changed = False

    # --- keeping in step ------------------------------------------------------------------
    @_locked
    def add(self, key: str, title: str, outlet: str, text: str) -> None:
        """One chunk, tokenised now and merged before the next search or save."""
        counts, length = term_counts(title, outlet, text)
        self._pending.add(
            key,
            [self.vocab.setdefault(t, len(self.vocab)) for t in counts],
            counts.values(),
            length,
        )
        self.changed = True

    @_locked
    def sync(self, catalog: ChunkSource) -> bool:
        """Match the catalog: drop rows it no longer has, add the chunks it has that we lack;
        read every chunk's outlet and date for filters. True when rows changed."""
        self._merge()
        rows = catalog.lexical_fields()
        wanted = {row_key(r[0], r[1], r[2]): (r[3], r[4]) for r in rows}
        keep = [i for i, key in enumerate(self.keys) if key in wanted]
        changed = len(keep) != len(self.keys)
        if changed:
            self._keep(keep)
        have = set(self.keys)
        missing = [key for key in wanted if key not in have]
        for start in range(0, len(missing), FETCH):
            batch = [_chunk_id(key) for key in missing[start : start + FETCH]]
            for chunk_id, content_hash, chunking, title, outlet, text in catalog.chunk_texts(batch):
                self.add(row_key(chunk_id, content_hash, chunking), title, outlet, text)
        self._merge()
        changed = changed or bool(missing)
        self.changed = self.changed or changed
        self._read_fields(wanted)
        return changed

    def _read_fields(self, fields: dict[str, tuple[str | None, int | None]]) -> None:
        names: dict[str, int] = {}
        codes = np.full(len(self.keys), -1, dtype=np.int32)
        published = np.full(len(self.keys), np.nan, dtype=np.float64)
        for row, key in enumerate(self.keys):
            outlet, ts = fields.get(key, (None, None))
            if outlet is not None:
                codes[row] = names.setdefault(outlet, len(names))
            if ts is not None:
                published[row] = ts
        self.outlet_codes, self.outlet_names, self.published = codes, list(names), published

    def _keep(self, rows: list[int]) -> None:
        self._matrix = self._matrix[rows]
        self._lengths = self._lengths[rows]
        self.keys = [self.keys[i] for i in rows]
        self._postings = None

    def _merge(self) -> None:
        """Fold the rows added since the last merge into the matrix (a re-added key's newest
        row wins)."""
        if not self._pending.keys:
            return
        rows = self._pending
        sparse = _sparse()
        added = sparse.csr_matrix(
            (
                np.frombuffer(rows.data, dtype=np.float32),
                np.frombuffer(rows.indices, dtype=np.int32),
                np.frombuffer(rows.indptr, dtype=np.int64),
            ),
            shape=(len(rows.keys), len(self.vocab)),
        )
        old = self._matrix
        old.resize((old.shape[0], len(self.vocab)))
        self._matrix = sparse.vstack([old, added], format="csr", dtype=np.float32)
        self._lengths = np.concatenate([self._lengths, np.frombuffer(rows.lengths, np.float32)])
        self.keys.extend(rows.keys)
        self._pending = _Rows()
        self._postings = None
        if len(set(self.keys)) != len(self.keys):
            last = {key: row for row, key in enumerate(self.keys)}
            self._keep(sorted(last.values()))

    def _ready(self) -> sparse.csc_matrix:
        """The posting lists (term → rows), with each row's length norm, for searching."""
        self._merge()
        if self._postings is None:
            self._postings = self._matrix.tocsc()
            self._row_of = {_chunk_id(key): row for row, key in enumerate(self.keys)}
            average = float(self._lengths.mean()) if len(self._lengths) else 1.0
            norm = K1 * (1 - B + B * self._lengths / max(average, 1.0))
            self._norm = norm.astype(np.float32)
        return self._postings

    # --- reading --------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.keys) + len(self._pending.keys)

    @_locked
    def words_starting(self, prefix: str, limit: int = 16) -> list[str]:
        """Up to `limit` indexed words (stems) that begin with `prefix` ("juventu" for "juve");
        a scan of the vocabulary, for the rare word a question holds and no chunk does."""
        prefix = prefix.lower()
        return list(itertools.islice((t for t in self.vocab if t.startswith(prefix)), limit))

    @_locked
    def has_word_unaccented(self, word: str) -> bool:
        """Whether some indexed word reads as `word` without its accents ("beyonce" for
        "beyoncé"); a scan of the vocabulary, as `words_starting`."""
        wanted = {word.lower(), porter_stem(word.lower())}
        return any(not t.isascii() and fold_accents(t) in wanted for t in self.vocab)

    def _accented(self) -> dict[str, list[str]]:
        """The indexed words with accents, by how they read without them; kept until the
        vocabulary grows."""
        if self._accent_size != len(self.vocab):
            self._accent_map = {}
            for t in self.vocab:
                if not t.isascii():
                    self._accent_map.setdefault(fold_accents(t), []).append(t)
            self._accent_size = len(self.vocab)
        return self._accent_map

    @_locked
    def document_frequency(self, word: str) -> int:
        """How many chunks hold the word (after stemming)."""
        postings = self._ready()
        term = self.vocab.get(porter_stem(word.lower()))
        if term is None:
            return 0
        return int(postings.indptr[term + 1] - postings.indptr[term])

    @_locked
    def sample(self, word: str, k: int) -> list[str]:
        """Chunk ids of up to `k` chunks that hold the word (after stemming), spread evenly over
        all that do: how the store uses a word, not how the pieces most about it do."""
        postings = self._ready()
        term = self.vocab.get(porter_stem(word.lower()))
        if term is None:
            return []
        rows = postings.indices[postings.indptr[term] : postings.indptr[term + 1]]
        if len(rows) > k:
            rows = rows[np.linspace(0, len(rows) - 1, k).astype(int)]
        return [_chunk_id(self.keys[row]) for row in rows]

    @_locked
    def search(self, terms: Iterable[str], k: int, where: RowFilter | None = None) -> list[str]:
        """Chunk ids of the `k` best BM25 matches of the words, best first."""
        postings, n = self._ready(), len(self.keys)
        wanted = dict.fromkeys(porter_stem(w.lower()) for w in terms)
        if any(t not in self.vocab for t in wanted):  # "mekic" is how one types "Mekić"
            accented = self._accented()
            wanted = dict.fromkeys(
                a for t in wanted for a in ([t] if t in self.vocab else accented.get(t, [t]))
            )
        ids = [self.vocab[t] for t in wanted if t in self.vocab]
        if not ids or not n:
            return []
        scores = np.zeros(n, dtype=np.float32)
        for term in ids:
            start, end = postings.indptr[term], postings.indptr[term + 1]
            rows, counts = postings.indices[start:end], postings.data[start:end]
            df = end - start
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            scores[rows] += idf * counts * (K1 + 1) / (counts + self._norm[rows])
        if where is not None:
            scores[~self.allowed(where)] = 0
        found = np.flatnonzero(scores)
        if len(found) > k:
            found = found[np.argpartition(-scores[found], k - 1)[:k]]
        found = found[np.argsort(-scores[found], kind="stable")]
        return [_chunk_id(self.keys[row]) for row in found]

    @_locked
    def admits(self, chunk_ids: Sequence[str], where: RowFilter) -> list[str]:
        """The chunk ids the filter lets through, in order (unknown ids are left out)."""
        self._ready()
        mask = self.allowed(where)
        rows = [self._row_of.get(chunk_id, -1) for chunk_id in chunk_ids]
        return [c for c, row in zip(chunk_ids, rows, strict=True) if row >= 0 and mask[row]]

    @_locked
    def allowed(self, where: RowFilter) -> np.ndarray:
        """A mask of the rows the filter lets through."""
        if len(self.outlet_codes) != len(self.keys):
            raise RuntimeError("the lexical index must be synced with its catalog before filtering")
        mask = np.ones(len(self.keys), dtype=bool)
        if where.outlets:
            wanted = set(where.outlets)
            codes = [i for i, name in enumerate(self.outlet_names) if name in wanted]
            mask &= np.isin(self.outlet_codes, codes)
        if where.since is not None:
            mask &= self.published >= where.since
        if where.until is not None:
            mask &= self.published <= where.until
        return mask


class _Rows:
    """Rows of term counts waiting to join the matrix, in flat arrays (4 bytes a value, where a
    dict per chunk would cost ten times that over a large ingest)."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.data = array("f")
        self.indices = array("i")
        self.indptr = array("q", [0])
        self.lengths = array("f")

    def add(self, key: str, terms: list[int], counts: Iterable[float], length: int) -> None:
        self.keys.append(key)
        self.indices.extend(terms)
        self.data.extend(counts)
        self.indptr.append(len(self.indices))
        self.lengths.append(length)


def row_key(chunk_id: str, content_hash: str, chunking: int) -> str:
    """A row's key: a chunk as its article's text was when tokenised, cut by which chunking rules
    (`index.chunk.CHUNKING`): an edit or a re-chunking is a new row. Rules 1 wrote no suffix."""
    return f"{chunk_id}@{content_hash}" + (f"/{chunking}" if chunking != 1 else "")


def _chunk_id(key: str) -> str:
    """The chunk id of a row key ("chunk_id@content_hash[/chunking]")."""
    return key.rsplit("@", 1)[0]


def _sparse() -> Any:
    """scipy.sparse, imported when an index is first built (0.15 s: not on `--help`'s path)."""
    from scipy import sparse

    return sparse
