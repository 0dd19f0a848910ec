"""Citation markers: parsing, renumbering (whole and streamed), quotes and support checks."""

from __future__ import annotations

import itertools

import pytest

from assistant.citations import (
    MARKER,
    MarkerRenumberer,
    best_quote,
    build_citations,
    marked_sentences,
    parse_marker,
    quoted_parts,
    renumber,
    strip_markers,
)
from assistant.types import Passage


@pytest.mark.parametrize(
    ("inner", "numbers"),
    [
        ("1", [1]),
        ("12", [12]),
        ("1, 2", [1, 2]),
        ("1,2", [1, 2]),
        ("1; 3", [1, 3]),
        ("1 and 2", [1, 2]),
        ("1-3", [1, 2, 3]),
        ("1–3", [1, 2, 3]),
        ("1 - 3", [1, 2, 3]),
        ("1, 3-5", [1, 3, 4, 5]),
        ("2, 2", [2, 2]),
        ("3-1", []),  # not a range
        ("1-30", []),  # too wide to be a citation range
    ],
)
def test_parse_marker(inner: str, numbers: list[int]) -> None:
    assert parse_marker(inner) == numbers


def test_marker_pattern() -> None:
    text = "a [1] b [1, 2] c [1-3] d [x] e [1000] f [1 and 2] g [note]"
    assert MARKER.findall(text) == ["1", "1, 2", "1-3", "1 and 2"]


@pytest.mark.parametrize(
    ("text", "count", "expected", "order", "dropped"),
    [
        ("A [3]. B [1][3]. C [9].", 3, "A [1]. B [2][1]. C.", [3, 1], [9]),
        ("X [1, 2].", 3, "X [1][2].", [1, 2], []),
        ("X [2, 1].", 3, "X [1][2].", [2, 1], []),
        ("X [2, 2].", 3, "X [1].", [2], []),
        ("X [1-3] Y [2].", 3, "X [1][2][3] Y [2].", [1, 2, 3], []),
        ("X [0]. Y [4] and [5].", 3, "X. Y and.", [], [0, 4, 5]),
        ("He said [7] that it rained [2].", 3, "He said that it rained [1].", [2], [7]),
        ("No markers here.", 3, "No markers here.", [], []),
        ("See [note], and [a] too.", 3, "See [note], and [a] too.", [], []),
        ("Everything [1] [1].", 0, "Everything.", [], [1, 1]),
    ],
)
def test_renumber(
    text: str, count: int, expected: str, order: list[int], dropped: list[int]
) -> None:
    result = renumber(text, count)
    assert result.text == expected
    assert result.order == order
    assert result.dropped == dropped


STREAMED = "Putin offered rare earths [3, 1]. Aluminium too [1][2] and more [9]. Prices [2-3] fell."


def feed_all(pieces: list[str], count: int = 3) -> tuple[str, MarkerRenumberer]:
    renumberer = MarkerRenumberer(count)
    out = "".join(renumberer.feed(p) for p in pieces) + renumberer.flush()
    return out, renumberer


def test_marker_split_across_pieces() -> None:
    whole = renumber("A [", 3)  # an unclosed bracket at the end is text, not a marker
    assert whole.text == "A ["
    split, r = feed_all(["Prices rose [", "2", "] on Monday."])
    one, _ = feed_all(["Prices rose [2] on Monday."])
    assert split == one == "Prices rose [1] on Monday."
    assert r.order == [2]
    dropped, r = feed_all(["Prices rose [", "9", "]."])
    assert dropped == "Prices rose." and r.dropped == [9]


def test_every_split_gives_the_same_text() -> None:
    expected = renumber(STREAMED, 3)
    assert expected.text == (
        "Putin offered rare earths [1][2]. Aluminium too [2][3] and more. Prices [3][1] fell."
    )
    for i, j in itertools.combinations(range(1, len(STREAMED)), 2):
        pieces = [STREAMED[:i], STREAMED[i:j], STREAMED[j:]]
        out, r = feed_all(pieces)
        assert out.strip() == expected.text, pieces
        assert (r.order, r.dropped) == (expected.order, expected.dropped), pieces


def test_streamed_pieces_never_show_a_partial_marker() -> None:
    renumberer = MarkerRenumberer(3)
    shown = [renumberer.feed(c) for c in STREAMED] + [renumberer.flush()]
    assert "".join(shown).strip() == renumber(STREAMED, 3).text
    for piece in shown:
        assert "[9" not in piece
        assert piece.count("[") == piece.count("]")


def test_a_long_unclosed_bracket_is_released() -> None:
    renumberer = MarkerRenumberer(3)
    first = renumberer.feed("See [the note that never closes")
    assert first == "See [the note that never closes"
    assert renumberer.flush() == ""


def test_strip_markers() -> None:
    assert strip_markers("The articles don't say X [1].") == "The articles don't say X."
    assert strip_markers("A [1, 2] b [3] .") == "A b."


def make_passage(number: int, text: str) -> Passage:
    return Passage(
        chunk_id=f"art-{number}:0",
        article_id=f"art-{number}",
        title=f"Title {number}",
        outlet="Wire",
        published="2025-02-24",
        score=1.0 / number,
        text=text,
    )


TONNAGE = make_passage(
    1,
    "He mentioned that a deal is not a concern.\n\nHe noted that Russian companies could supply "
    "up to 2 million tons of aluminium to the US market annually. Russia used to provide around "
    "15 percent of US aluminium imports.",
)
DEFENCE = make_passage(
    2,
    "Putin also said he is ready to discuss defence budget cuts with the US, proposing a 50 "
    "percent cut for both countries.",
)


def test_build_citations_quotes_and_support() -> None:
    text = (
        "Russian companies could supply 2 million tons of aluminium to the US annually [1]. "
        "Putin proposed a 50 percent cut in defence budgets [2][1]. "
        "Putin also likes long walks in the forest. "
        "Russia will send gold bars to the moon [2]."
    )
    citations, unsupported = build_citations(text, [TONNAGE, DEFENCE])
    assert [(c.marker, c.passage) for c in citations] == [(1, TONNAGE), (2, DEFENCE)]
    assert citations[0].quote == (
        "He noted that Russian companies could supply up to 2 million tons of aluminium to the "
        "US market annually."
    )
    assert citations[1].quote == DEFENCE.text
    for c in citations:
        assert c.quote in c.passage.text
    assert unsupported == [
        "Putin also likes long walks in the forest.",
        "Russia will send gold bars to the moon.",
    ]


def test_build_citations_without_content_words() -> None:
    citations, unsupported = build_citations("And so it was [1]. It is.", [TONNAGE])
    assert unsupported == []
    assert [c.marker for c in citations] == [1]


def test_best_quote_is_verbatim_and_prefers_one_sentence() -> None:
    score, quote = best_quote("Russian companies supply 2 million tons of aluminium", TONNAGE.text)
    assert score == 1.0
    assert quote.startswith("He noted that") and quote.endswith("annually.")
    both = "Russian companies supply aluminium; Russia used to provide 15 percent of imports"
    score, quote = best_quote(both, TONNAGE.text)
    assert score == 1.0
    assert quote in TONNAGE.text  # two sentences, as they stand in the passage
    assert quote.startswith("He noted that") and quote.endswith("imports.")
    split = "He mentioned a concern and noted Russian companies could supply aluminium"
    _, quote = best_quote(split, TONNAGE.text)
    assert "\n\n" in quote and quote in TONNAGE.text
    assert best_quote("", TONNAGE.text) == (0.0, "")


def test_quote_spans_every_supporting_sentence_of_a_passage() -> None:
    text = (
        "Russia supplied 15 percent of US aluminium imports. Trump spoke on Monday. "
        "Russian firms could supply up to 2 million tons of aluminium a year."
    )
    answer = (
        "Russia supplied 15 percent of US aluminium imports [1]. "
        "Russian firms could supply up to 2 million tons of aluminium a year [1]."
    )
    (citation,), unsupported = build_citations(answer, [make_passage(1, text)])
    assert unsupported == []
    assert citation.quote.startswith("Russia supplied 15 percent")
    assert citation.quote.endswith("2 million tons of aluminium a year.")
    assert citation.quote in text


def test_sentences_far_apart_are_each_quoted() -> None:
    """Two cited sentences with a long stretch between them: the quote holds both, in the
    passage's order, and not the stretch."""
    filler = " ".join(f"Officials met on day {n} to discuss the weather." for n in range(12))
    text = (
        "Russia supplied 15 percent of US aluminium imports. "
        f"{filler} Russian firms could supply up to 2 million tons of aluminium a year."
    )
    answer = (
        "Russian firms could supply up to 2 million tons of aluminium a year [1]. "
        "Russia supplied 15 percent of US aluminium imports [1]."
    )
    (citation,), unsupported = build_citations(answer, [make_passage(1, text)])
    assert unsupported == []
    assert "Officials met" not in citation.quote
    assert citation.quote == (
        "Russia supplied 15 percent of US aluminium imports. … "
        "Russian firms could supply up to 2 million tons of aluminium a year."
    )
    for part in quoted_parts(citation.quote):
        assert part in text


def test_a_marker_after_a_closing_quote_cites_its_own_sentence() -> None:
    text = (
        "Russian companies could supply “2 million tons of aluminium to the US annually.” [1] "
        "Putin proposed a 50 percent cut in defence budgets [2]."
    )
    assert marked_sentences(text) == [
        "Russian companies could supply “2 million tons of aluminium to the US annually.” [1]",
        "Putin proposed a 50 percent cut in defence budgets [2].",
    ]
    citations, unsupported = build_citations(text, [TONNAGE, DEFENCE])
    assert unsupported == []
    assert "2 million tons" in citations[0].quote


def test_a_sentence_told_by_the_headline_quotes_the_headline() -> None:
    passage = Passage(
        chunk_id="a:0",
        article_id="a",
        title="Tottenham’s Unbeaten Run Ends With 4-1 Home Loss to Chelsea",
        outlet="Sport Grill",
        published="2023-11-06",
        score=0.9,
        text="Jackson rifled in a late winner as the Blues came from behind to win.",
    )
    answer = "Tottenham’s Unbeaten Run Ends With 4-1 Home Loss to Chelsea [1]."
    (citation,), unsupported = build_citations(answer, [passage])
    assert unsupported == []
    assert citation.quote == passage.title
    # a claim on the article itself is supported by its heading, outlet and date and all
    claim = "Sport Grill published “Tottenham’s Unbeaten Run Ends” on 2023-11-06 [1]."
    (citation,), unsupported = build_citations(claim, [passage])
    assert unsupported == [] and citation.quote == passage.heading
