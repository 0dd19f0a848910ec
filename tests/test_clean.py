"""Cleaning: page chrome out of the seeds and other text, every article sentence and fact kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.clean import clean_text, to_article
from index.load import read_documents, split_front_matter
from index.models import Article, RawDocument

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "articles"
ANEWZ = SEEDS / "anewz-putin-offer.txt"
TRT = SEEDS / "trt-putin-offer.txt"

ANEWZ_TITLE = (
    "Russian President Vladimir Putin proposed joint exploration of rare earth metals and "
    "aluminum supplies to the U.S."
)
TRT_TITLE = "Russia's Putin offers US aluminium, rare earths deal"
# Lines of the verbatim seed texts that are not the article: page chrome, and header lines that
# become metadata (date line, headline, standalone date).
ANEWZ_NOT_BODY = {ANEWZ_TITLE}
ANEWZ_CHROME_FROM = "Read next"  # the teaser list runs from here to the end
TRT_NOT_BODY = {
    "date 2025-02-24 WORLD",
    TRT_TITLE,
    "Putin also says he is ready to discuss defence budget cuts with the US, proposing a 50 "
    "percent cut for both countries to ease global military tensions./ Photo: AP Archive",
    "February 24, 2025",
    "RelatedTrump says expected meeting with Putin in Saudi Arabia 'could be very soon'",
    "SOURCE:TRTWorld and agencies",
}
CHROME_FRAGMENTS = [
    "Read next",
    "11:00",
    "09:28",
    "Morning Brief",
    "San Francisco Fed",
    "TikTok",
    "Justin Trudeau",
    "What is your opinion on this topic?",
    "Leave the first comment",
    "/ Photo: AP Archive",
    "Photo:",
    "RelatedTrump",
    "Saudi Arabia",
    "SOURCE:",
    "TRTWorld and agencies",
    "date 2025-02-24",
    "WORLD",
]


def seed_article(path: Path) -> Article:
    [raw] = read_documents(path)
    assert isinstance(raw, RawDocument)
    return to_article(raw)


def seed_lines(path: Path) -> list[str]:
    """The verbatim text of a seed (front matter removed), one stripped line each."""
    _, text = split_front_matter(path.read_text(encoding="utf-8"))
    return [line.strip() for line in text.splitlines() if line.strip()]


def expected_body(path: Path) -> list[str]:
    lines = seed_lines(path)
    if path == ANEWZ:
        lines = lines[: lines.index(ANEWZ_CHROME_FROM)]
        return [line for line in lines if line not in ANEWZ_NOT_BODY]
    return [line for line in lines if line not in TRT_NOT_BODY]


@pytest.mark.parametrize("path", [ANEWZ, TRT], ids=["anewz", "trt"])
def test_seed_body_is_the_article_exactly(path: Path) -> None:
    """Every chrome line is gone and every body line (so every body sentence) is kept, in order."""
    body = seed_article(path).body
    assert body.split("\n\n") == expected_body(path)


@pytest.mark.parametrize("path", [ANEWZ, TRT], ids=["anewz", "trt"])
@pytest.mark.parametrize("fragment", CHROME_FRAGMENTS)
def test_seed_chrome_is_gone(path: Path, fragment: str) -> None:
    assert fragment not in seed_article(path).body


def test_anewz_keeps_every_sentence() -> None:
    body = seed_article(ANEWZ).body
    for sentence in (
        "Russian President Vladimir Putin extended an offer to the United States on Monday for "
        "joint exploration of Russia’s rare earth metal deposits and aluminum supplies to the "
        "U.S. market.",
        "The offer follows a statement from U.S. President Donald Trump, who recently noted that "
        "“major economic development transactions with Russia” are expected in the near future.",
        "In response, Putin chaired a high-level meeting with his ministers and economic "
        "advisers, focusing on rare earth metals as part of the potential economic partnership.",
        "Putin said on state TV after the meeting.",
        "Additionally, Putin expressed Russia’s openness to European involvement in U.S.-Russia "
        "peace talks on Ukraine.",
        "However, the Russian leader emphasized that Brussels had previously declined to engage "
        "in dialogue with Moscow.",
    ):
        assert sentence in body


def test_trt_keeps_standfirst_subheading_and_last_sentence() -> None:
    body = seed_article(TRT).body
    assert body.startswith('Putin says Moscow is ready to work with "our American partners"')
    assert "\n\nHydropower generation\n\n" in body
    assert "Putin concluded." in body
    assert body.endswith(
        "Putin also said he is ready to discuss defence budget cuts with the US, proposing a 50 "
        "percent cut for both countries to ease global military tensions."
    )


@pytest.mark.parametrize(
    ("path", "title", "outlet", "category"),
    [
        (ANEWZ, ANEWZ_TITLE, "AnewZ", None),
        (TRT, TRT_TITLE, "TRT World", "world"),
    ],
    ids=["anewz", "trt"],
)
def test_seed_metadata(path: Path, title: str, outlet: str, category: str | None) -> None:
    article = seed_article(path)
    assert article.title == title
    assert article.outlet == outlet
    assert article.published_iso == "2025-02-24"
    assert article.category == category
    assert article.author is None
    assert article.article_id == path.stem


def test_seed_verbatim_text_without_front_matter(tmp_path: Path) -> None:
    """The TRT scrape alone carries its own date; the outlet comes from the SOURCE trailer."""
    path = tmp_path / "trt.txt"
    path.write_text("\n".join(seed_lines(TRT)), encoding="utf-8")
    article = seed_article(path)
    assert article.published_iso == "2025-02-24"
    assert article.title == TRT_TITLE
    assert article.outlet == "TRTWorld"
    assert article.body.split("\n\n") == expected_body(TRT)


def test_an_undated_article_stays_undated(tmp_path: Path) -> None:
    path = tmp_path / "anewz.txt"
    path.write_text("\n".join(seed_lines(ANEWZ)), encoding="utf-8")
    article = seed_article(path)
    assert article.published is None
    assert article.published_iso is None
    assert article.published_epoch is None
    assert article.body.split("\n\n") == expected_body(ANEWZ)


BEFORE = "The council approved the new budget on Tuesday after a long debate in the chamber."
AFTER = "Officials said the new rules take effect next month across the whole region."


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our Morning Briefing newsletter to get the news in your inbox.",
        "Subscribe to our daily newsletter",
        "Get the latest headlines in your inbox every morning.",
        "Our newsletter is free: sign up here",
        "Photo: Reuters",
        "PHOTO: Reuters",
        "Image: AFP",
        "Credit: AP",
        "Protesters gather outside parliament on Monday./ Photo: AP Archive",
        "Firefighters battle the blaze near Athens on Monday. (Photo by John Smith/Getty Images)",
        "(Photo by John Smith/Getty Images)",
        "Protesters gather outside parliament. REUTERS/Stringer",
        "Advertisement",
        "ADVERTISEMENT",
        "Sponsored content",
        "Share this article",
        "Share",
        "Follow us on Twitter",
        "Related: Markets rally as inflation cools",
        "RelatedMarkets rally as inflation cools",
        "Source: Reuters",
        "SOURCE:TRTWorld and agencies",
        "3 min read",
        "Listen to this article",
        "Leave a comment",
        "12 Comments",
        "What is your opinion on this topic?",
        "Lifestyle Edit email {{ #verifyErrors }} {{ message }} {{ /verifyErrors }}",
        "Weekly Edit newsletter Please enter a valid email address SIGN UP",
        "Deals / Sign up for deals. Email (required) Sign up By submitting your email, you agree",
    ],
)
def test_chrome_line_is_dropped(line: str) -> None:
    body = clean_text(f"{BEFORE}\n\n{line}\n\n{AFTER}", fmt="record").body
    assert body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        "The photo, taken in 1972, was published by the newspaper on Monday.",
        "Photographers gathered outside the court as the verdict was read.",
        "A related investigation found no wrongdoing by the mayor.",
        "Related issues will be discussed at the summit in June.",
        "The source said the talks would resume next week.",
        "Officials said the source of the leak was a burst pipe.",
        "He shared the article with colleagues before the vote.",
        "Advertisements for the new phone appeared across the city.",
        "Readers can subscribe to the paper at any newsagent, the editor said.",
        "Loading times fell. Loading bays were full, he said.",
    ],
)
def test_ordinary_sentence_is_kept(line: str) -> None:
    body = clean_text(f"{BEFORE}\n\n{line}\n\n{AFTER}", fmt="record").body
    assert body == f"{BEFORE}\n\n{line}\n\n{AFTER}"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Loading Blue Apron soared 134.5 per cent.", "Blue Apron soared 134.5 per cent."),
        ("Stocks fell. Loading The Dow lost 1 per cent.", "Stocks fell. The Dow lost 1 per cent."),
        (
            "Save Log in , register or subscribe to save articles for later. Save articles for "
            "later Add articles to your saved list and come back to them any time. Got it Normal "
            "text size Larger text size Very large text size The streaming boom is over.",
            "The streaming boom is over.",
        ),
    ],
)
def test_furniture_run_into_prose_is_taken_out(line: str, kept: str) -> None:
    body = clean_text(f"{BEFORE}\n\n{line}\n\n{AFTER}", fmt="record").body
    assert body == f"{BEFORE}\n\n{kept}\n\n{AFTER}"


def test_teaser_heading_early_in_the_text_does_not_cut_the_body() -> None:
    text = f"Read more\n\n{BEFORE}\n\n{AFTER}\n\n{BEFORE}"
    assert clean_text(text, fmt="record").body == f"Read more\n\n{BEFORE}\n\n{AFTER}\n\n{BEFORE}"


PIER_LEDE = (
    "Residents of Port Ellan voted 412 to 188 on Saturday to rebuild the pier that storms "
    "destroyed last winter."
)
PIER_REST = [
    "The council had proposed three designs, and the cheapest, a timber deck on steel piles, "
    "won the most support at the public meetings held through the autumn months.",
    "Work is expected to start in the spring, once the harbour authority approves the plans and "
    "the contractor has surveyed what remains of the old structure on the sea bed.",
    "The old pier was built in 1894 and had been the town's main attraction for over a century, "
    "drawing visitors from across the region every summer until the storms came.",
]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_front_matter_title_keeps_the_lede(tmp_path: Path, suffix: str) -> None:
    """A short first paragraph under front matter that names the title is the lede, not a
    title to drop: the key fact lives there."""
    path = tmp_path / f"pier{suffix}"
    body = "\n\n".join([PIER_LEDE, *PIER_REST])
    path.write_text(f"---\ntitle: Pier to be rebuilt\noutlet: Ellan Post\n---\n{body}\n")
    [raw] = read_documents(path)
    assert isinstance(raw, RawDocument)
    article = to_article(raw)
    assert article.title == "Pier to be rebuilt"
    assert article.body.startswith(PIER_LEDE)
    assert all(paragraph in article.body for paragraph in PIER_REST)


def test_sniffed_title_is_shown_as_the_title(tmp_path: Path) -> None:
    """Headerless text: a line taken from the body as the title becomes the title."""
    path = tmp_path / "pier.txt"
    path.write_text("\n\n".join(["Pier to be rebuilt after vote", PIER_LEDE, *PIER_REST]))
    [raw] = read_documents(path)
    assert isinstance(raw, RawDocument)
    article = to_article(raw)
    assert article.title == "Pier to be rebuilt after vote"
    assert "Pier to be rebuilt after vote" not in article.body
    assert PIER_LEDE in article.body
