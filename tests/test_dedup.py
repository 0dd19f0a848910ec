"""Duplicates: exact copies stored once, one story across outlets, unrelated stories apart."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from index.dedup import (
    COSINE_SAME_STORY,
    JACCARD_SAME_STORY,
    NUM_PERMUTATIONS,
    SAME_STORY_DAYS,
    StoryMatcher,
    jaccard_estimate,
    minhash,
)

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "articles"

ORIGINAL = (
    "The city council approved a new budget on Tuesday after a long debate about transport, "
    "housing and schools. The plan raises spending on buses by ten percent and freezes rents "
    "in council housing for two years. Opposition members said the plan was too expensive, "
    "but the mayor said it would pay for itself within five years through lower congestion."
)
EDITED = ORIGINAL.replace("Tuesday", "Wednesday").replace("ten percent", "12 percent")
REWORDED_TAIL = ORIGINAL.replace(
    "Opposition members said the plan was too expensive",
    "Critics on the opposition benches called the plan wasteful",
)
UNRELATED = (
    "Astronomers have found water vapour in the atmosphere of a planet orbiting a small star "
    "about one hundred light years away, using the James Webb telescope to study its light."
)

FOOTBALL = """---
title: Rovers beat United 3-1 to win the cup
outlet: Sports Daily
published: 2024-05-18
---
Rovers beat United 3-1 in the cup final at the national stadium on Saturday, with two goals
from their captain in the second half.

United had taken the lead after ten minutes through a header from a corner, but Rovers
equalised before half-time and took control after the break.

Around 80,000 fans watched the match, the first final between the two clubs since 1998.
"""
CHIPS = """---
title: Chip maker unveils faster laptop processor
outlet: Tech Wire
published: 2024-05-20
---
A chip maker unveiled a new laptop processor on Monday that it says runs twice as fast as its
predecessor while using a third less power.

The company said the first laptops with the chip will go on sale in September, with prices
starting at 900 dollars.

Analysts said the launch puts pressure on rivals that have struggled to cut power use.
"""


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        (ORIGINAL, ORIGINAL, 1.0, 1.0),
        (ORIGINAL, ORIGINAL.upper().replace(",", ""), 1.0, 1.0),
        (ORIGINAL, EDITED, 0.5, 1.0),
        (ORIGINAL, REWORDED_TAIL, 0.5, 1.0),
        (ORIGINAL, UNRELATED, 0.0, 0.2),
        (FOOTBALL, CHIPS, 0.0, 0.2),
    ],
    ids=["identical", "case-and-punctuation", "edited", "reworded-sentence", "unrelated", "news"],
)
def test_jaccard_estimate(a: str, b: str, low: float, high: float) -> None:
    assert low <= jaccard_estimate(minhash(a), minhash(b)) <= high


def test_minhash_is_stable_and_handles_short_text() -> None:
    assert (minhash(ORIGINAL) == minhash(ORIGINAL)).all()
    assert minhash(ORIGINAL).dtype.name == "uint32"
    assert minhash("").shape == minhash("Hi").shape == minhash(ORIGINAL).shape


def story_ids(assistant) -> dict[str, str]:
    rows = assistant.index.catalog.db.execute("SELECT article_id, story_id FROM articles")
    return {row[0]: row[1] for row in rows}


def test_seeds_are_one_story(assistant, seeds_copy: Path) -> None:
    report = assistant.ingest([seeds_copy])
    assert (report.added, report.duplicates, report.skipped) == (2, 0, [])
    status = assistant.status()
    assert (status["articles"], status["stories"]) == (2, 1)
    ids = story_ids(assistant)
    assert set(ids) == {"anewz-putin-offer", "trt-putin-offer"}
    assert len(set(ids.values())) == 1


def test_exact_copy_is_stored_once(assistant, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    text = FOOTBALL.split("---\n", 2)[2]  # no front matter: ids come from the paths
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text.replace("\n", "\r\n") + "\n\n", encoding="utf-8")
    report = assistant.ingest([folder])
    assert (report.added, report.duplicates) == (1, 1)
    assert assistant.status()["articles"] == 1
    assert assistant.index.vectors.count() == assistant.status()["chunks"]
    again = assistant.ingest([folder])
    assert (again.added, again.unchanged, again.duplicates, again.chunks) == (0, 1, 1, 0)


def test_deleting_the_original_promotes_its_copy_in_the_same_run(assistant, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    text = FOOTBALL.split("---\n", 2)[2]
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text, encoding="utf-8")
    assert assistant.ingest([folder]).duplicates == 1
    (folder / "a.txt").unlink()

    report = assistant.ingest([folder])
    assert (report.added, report.removed, report.duplicates) == (1, 1, 0)
    [stored] = assistant.index.catalog.stored_articles().values()
    assert Path(stored.path).name == "b.txt"
    assert assistant.index.vectors.count() == assistant.status()["chunks"] > 0
    assert assistant.ask("Who won the final?", offline=True).citations


def test_editing_the_original_promotes_its_copy(assistant, tmp_path: Path) -> None:
    """The copy still says what the original said before its edit: both are kept."""
    folder = tmp_path / "news"
    folder.mkdir()
    text = FOOTBALL.split("---\n", 2)[2]
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "b.txt").write_text(text, encoding="utf-8")
    assistant.ingest([folder])
    (folder / "a.txt").write_text(text + "\n\nThe club will parade the cup on Sunday.\n")

    report = assistant.ingest([folder])
    assert (report.added, report.updated, report.duplicates) == (1, 1, 0)
    assert assistant.status()["articles"] == 2


def test_seed_copied_twice_is_stored_once(assistant, seeds_copy: Path) -> None:
    shutil.copy(seeds_copy / "trt-putin-offer.txt", seeds_copy / "trt-copy.txt")
    report = assistant.ingest([seeds_copy])
    assert (report.added, report.duplicates) == (2, 1)
    assert assistant.status()["articles"] == 2


def test_unrelated_articles_are_different_stories(assistant, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "football.txt").write_text(FOOTBALL, encoding="utf-8")
    (folder / "chips.txt").write_text(CHIPS, encoding="utf-8")
    assistant.ingest([folder])
    ids = story_ids(assistant)
    assert len(ids) == 2
    assert len(set(ids.values())) == 2
    assert assistant.status()["stories"] == 2


def _story_by_loop(signature, vector, ts, rows):
    """The rule spelled out one stored article at a time: what the matrices must agree with."""
    best = None
    for _aid, story, other_ts, sig, vec in rows:
        score = 0.0
        jaccard = float(np.mean(signature == sig))
        if jaccard >= JACCARD_SAME_STORY:
            score = 1.0 + jaccard
        close = ts is None or other_ts is None or abs(ts - other_ts) <= SAME_STORY_DAYS * 86400
        if not score and close and float(vec @ vector) >= COSINE_SAME_STORY:
            score = float(vec @ vector)
        if score and (best is None or score > best[0]):
            best = (score, story)
    return None if best is None else best[1]


def test_story_matcher_agrees_with_the_rule_article_by_article() -> None:
    rng = np.random.default_rng(7)
    base_sigs = rng.integers(0, 2**32, (8, NUM_PERMUTATIONS), dtype=np.uint32)
    base_vecs = rng.normal(size=(8, 16)).astype(np.float32)
    rows = []
    for i in range(200):
        family = i % 8
        sig = base_sigs[family].copy()
        flip = rng.random(NUM_PERMUTATIONS) < rng.uniform(0.2, 0.9)
        sig[flip] = rng.integers(0, 2**32, int(flip.sum()), dtype=np.uint32)
        vec = base_vecs[family] + rng.normal(scale=rng.uniform(0.1, 1.0), size=16)
        vec = (vec / np.linalg.norm(vec)).astype(np.float32)
        ts = None if i % 17 == 0 else int(rng.integers(0, 30)) * 86400
        rows.append((f"a{i}", f"s{i}", ts, sig, vec))
    matcher = StoryMatcher()
    stored: list[tuple] = []
    found_any = 0
    for aid, story, ts, sig, vec in rows:
        expected = _story_by_loop(sig, vec, ts, stored)
        assert matcher.find(sig, vec, ts, exclude=aid) == expected
        found_any += expected is not None
        matcher.add(aid, expected or story, ts, sig, vec)
        stored.append((aid, expected or story, ts, sig, vec))
    assert 20 < found_any < 190  # both outcomes were exercised
    assert len(matcher) == 200


def test_story_matcher_replaces_an_article_and_reads_catalog_rows() -> None:
    sig = minhash("the same words about the same match in the same city today")
    vec = np.ones(4, dtype=np.float32) / 2
    matcher = StoryMatcher([("a1", "story-1", None, sig.tobytes(), vec.tobytes())])
    assert matcher.find(sig, vec, None) == "story-1"
    assert matcher.find(sig, vec, None, exclude="a1") is None  # never its own story
    matcher.add("a1", "story-2", None, sig, vec)  # a re-ingested article replaces its row
    assert len(matcher) == 1
    assert matcher.find(sig, vec, None) == "story-2"
