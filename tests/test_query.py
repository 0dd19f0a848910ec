"""Reading questions: words (any script), outlets named, dates, and per-outlet claims."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.outlet_names import aliases, one_publication, outlets_set_aside
from assistant.query import analyse, missing_sources
from index.terms import content_words

OUTLETS = ["The Verge", "TechCrunch", "The Guardian", "Sporting News"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How much aluminium could Russia supply?", ["aluminium", "russia", "supply"]),
        ("What did Москва say about Tromsø?", ["москва", "say", "tromsø"]),
        ("Putin's offer to the U.S.", ["putin", "offer", "u.s"]),
    ],
)
def test_content_words(text: str, expected: list[str]) -> None:
    assert content_words(text) == expected


def test_outlets_named_in_the_question_are_found_case_insensitively() -> None:
    analysis = analyse("As reported by the Verge and TECHCRUNCH, who was on trial?", OUTLETS)
    assert analysis.outlets == ["The Verge", "TechCrunch"]


SECTIONS = ["The Independent - Sports", "The Independent - Travel", "Cnbc | World Business News"]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # an outlet's sections are named by its name alone
        ("the independent says man utd are out of europe", SECTIONS[:2]),
        ("did cnbc report nike's sales", SECTIONS[2:]),
        # … unless a section is named in full
        ("What did The Independent - Travel say about it?", ["The Independent - Travel"]),
        ("is independent thinking rare", []),
    ],
)
def test_an_outlet_is_named_without_its_section(question: str, named: list[str]) -> None:
    assert analyse(question, SECTIONS).outlets == named


@pytest.mark.parametrize(
    ("outlet", "names"),
    [
        ("The Sydney Morning Herald", ["SMH", "SydneyMorningHerald"]),
        ("BBC News - Technology", ["BBC News", "BBC", "Beeb"]),  # … and by its nickname
        ("The Independent - Sports", ["The Independent", "Indy"]),
        # (two letters name it only in capitals or attributed, `outlet_mentions`: "ft" is feet)
        ("Financial Times", ["FT", "FinancialTimes"]),
        ("The Verge", []),
        ("TRTWorld", ["TRT World"]),  # a name run together, written apart
        ("Business Line", ["BL", "BusinessLine"]),  # … and a name written apart, run together
        ("CBSSports.com", ["CBS Sports"]),
        (
            "Globes English | Israel Business Arena",
            ["Globes English", "GE", "Globes", "GlobesEnglish"],
        ),
    ],
)
def test_what_people_call_an_outlet(outlet: str, names: list[str]) -> None:
    assert aliases(outlet) == names


def test_sections_are_one_publication() -> None:
    assert one_publication(["BBC News - Technology", "BBC News - Entertainment & Arts"]) == (
        "BBC News"
    )
    assert one_publication(["The Verge"]) == "The Verge"
    assert one_publication(["The Verge", "TechCrunch"]) == ""
    assert analyse("smh says he could be out for weeks", ["The Sydney Morning Herald"]).outlets
    # what people call an outlet may be a word: it needs capitals or an attribution
    assert analyse("what does the fox eat", ["FOX News - Health"]).outlets == []
    assert analyse("what did fox news say", ["FOX News - Health"]).outlets == ["FOX News - Health"]


def test_an_outlet_set_aside_is_not_searched_for() -> None:
    question = "who else covered it besides the independent"
    assert analyse(question, SECTIONS).outlets == []
    assert outlets_set_aside(question, SECTIONS) == SECTIONS[:2]
    assert outlets_set_aside("what did the independent say besides that", SECTIONS) == []
    # "who else …" after a question naming one: that one
    earlier = ["did the independent report the verdict"]
    assert outlets_set_aside("who else reported it?", SECTIONS, earlier) == SECTIONS[:2]
    assert outlets_set_aside("which outlets reported it?", SECTIONS, earlier) == []


def test_month_and_year_become_a_date_window() -> None:
    (window,) = analyse("What happened in October 2023?", OUTLETS).dates
    assert datetime.fromtimestamp(window.start, UTC).date().isoformat() == "2023-10-01"
    assert datetime.fromtimestamp(window.end, UTC).date().isoformat() == "2023-10-31"
    assert analyse("What may happen next?", OUTLETS).dates == []


@pytest.mark.parametrize(
    "question",
    ["what did he offer on feb 24 2025", "what did he offer on feb. 24, 2025", "on 24 feb 2025"],
)
def test_a_day_with_a_short_month_is_a_day(question: str) -> None:
    (window,) = [w for w in analyse(question, OUTLETS).dates if w.day]
    assert datetime.fromtimestamp(window.start + 12 * 3600, UTC).date().isoformat() == "2025-02-24"
    assert "24" in window.words


def test_claims_split_per_outlet() -> None:
    question = (
        "Does 'The Guardian' article suggest that the club won, in contrast to the "
        "'Sporting News' article which implies that it lost?"
    )
    claims = analyse(question, OUTLETS).claims
    assert "club won" in claims["The Guardian"] and "lost" not in claims["The Guardian"]
    assert "it lost" in claims["Sporting News"] and "club won" not in claims["Sporting News"]
    one_claim = "Who was on trial, as reported by both The Verge and TechCrunch?"
    assert analyse(one_claim, OUTLETS).claims == {}


STORE_OUTLETS = ["TechCrunch", "The Verge", "The Independent - Sports", "BBC News - Technology"]


@pytest.mark.parametrize(
    ("question", "missing", "missing_in_multihop_profile"),
    [
        (
            "What did a Bloomberg article and a Reuters report say about chips?",
            ["Bloomberg"],
            ["Bloomberg", "Reuters"],
        ),
        (
            "Did the New York Times article agree with another by CNET?",
            ["New York Times"],
            ["New York Times", "CNET"],
        ),
        ("Was it covered in a piece by Wired?", ["Wired"], ["Wired"]),
        ("Was it covered in a review by Wired?", [], ["Wired"]),
        (
            "Was the fine reported by The Wall Street Journal?",
            ["The Wall Street Journal"],
            ["The Wall Street Journal"],
        ),
        # outlets of the store, however they are spelled or shortened
        ("Did a TechCrunch article and a report from The Verge agree?", [], []),
        ("What did the Independent article say?", [], []),
        ("According to a BBC News report, what happened?", [], []),
        # subjects, people, organisations, journals, places and dates are not sources
        ("What did the SEC report on fraud say?", [], []),
        ("Was the Pixel review positive?", [], []),
        ("What did a November article by TechCrunch say?", [], []),
        ("What was discussed by Elon Musk?", [], []),
        ("Was it highlighted by the Washington Post?", ["Washington Post"], ["Washington Post"]),
        ("What did the White House Press Secretary say, as covered by TechCrunch?", [], []),
        ("What did the host of The Daily Show say?", [], []),
        ("What does the report by OpenAI say about safety?", [], ["OpenAI"]),
        ("What did the study published in Nature find?", [], ["Nature"]),
        ("What happened in the story from Ukraine?", [], ["Ukraine"]),
        ("What is in the report from Congress on TikTok?", [], ["Congress"]),
        ("According to Google, is the phone waterproof?", [], []),
        # a paper typed in lower case opening the question with what it wrote
        (
            "washington post review of the steam deck, what did they think",
            ["Washington Post"],
            ["Washington Post"],
        ),
        ("is the post review good", [], []),
        ("blog post review of the deck", [], []),
        ("smh ran the telegraph piece on the scandal. what were its assets", [], []),
    ],
)
def test_missing_sources(
    question: str, missing: list[str], missing_in_multihop_profile: list[str]
) -> None:
    assert missing_sources(question, STORE_OUTLETS) == missing
    assert missing_sources(question, STORE_OUTLETS, broad=True) == missing_in_multihop_profile


def test_a_store_without_outlets_misses_none() -> None:
    assert missing_sources("What did a Bloomberg article say?", []) == []
    assert analyse("What did a Bloomberg article say?", STORE_OUTLETS).missing_outlets == [
        "Bloomberg"
    ]


@pytest.mark.parametrize(
    "question",
    [
        "What did the report published on November 9, 2023, say?",
        "What did the report published on 9th November 2023 say?",
        "What did the report published on 2023-11-09 say?",
    ],
)
def test_a_named_day_is_a_day_window(question: str) -> None:
    [day] = [w for w in analyse(question, []).dates if w.day]
    noon = int(datetime(2023, 11, 9, 12, tzinfo=UTC).timestamp())
    assert day.start <= noon <= day.end
    assert day.end - day.start < 2 * 86400  # the day, with a little time-zone slack
    assert not any(w.day for w in analyse("What happened in November 2023?", []).dates)
    assert not any(w.day for w in analyse("Was it on February 30, 2024?", []).dates)


def test_days_are_tied_to_the_outlet_named_nearest_before_them() -> None:
    outlets = ["TechCrunch", "The Verge", "Fortune"]
    question = (
        "Between the TechCrunch report on SBF published on October 2, 2023, and the Verge "
        "report published on October 28, 2023, did Fortune agree?"
    )
    days = analyse(question, outlets).outlet_days
    assert sorted(days) == ["TechCrunch", "The Verge"]
    ((tc_day, tc_part),) = days["TechCrunch"]
    ((verge_day, verge_part),) = days["The Verge"]
    assert tc_part.endswith("published on October 2, 2023") and "Verge" not in tc_part
    assert verge_part.startswith("the Verge report published on October 28, 2023")
    assert tc_day.day and tc_day.start < verge_day.start
    # Only a publication day counts, and only after the outlet it belongs to.
    for other in (
        "Did TechCrunch report the lawsuit filed on September 5, 2023?",
        "On November 9, 2023, did The Verge review the phone?",
        "What happened on November 9, 2023?",
    ):
        assert analyse(other, outlets).outlet_days == {}, other


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Did the Verge say so?", ["The Verge"]),
        ("did techcrunch and the verge both cover it?", ["TechCrunch", "The Verge"]),
        ("Is the startup on the verge of collapse?", []),
        ("How much time did the launch take?", []),
        ("Was it worth a fortune, as Fortune said?", ["Fortune"]),
        # lower case, as people type: a word names an outlet only with evidence
        ("apple's rivals in the phone market", []),
        ("what is the age of the universe", []),
        ("is it worth a fortune", []),
        ("how much time did it take", []),
        ("according to fortune who topped the list", ["Fortune"]),
        ("what did the verge say about the phone", ["The Verge"]),
        ("fortune's list of the biggest companies", ["Fortune"]),
        ("what did techcrunch write about the layoffs", ["TechCrunch"]),
        ("which outlets covered the time change", ["Time"]),
        # a source written beside another ("nyt/athletic piece") is attributed all the same
        ("fortune/cnn piece - who topped the list", ["Fortune"]),
    ],
)
def test_outlet_names_need_evidence(question: str, named: list[str]) -> None:
    outlets = ["TechCrunch", "The Verge", "Fortune", "Time", "Rivals", "The Age"]
    assert analyse(question, outlets).outlets == named
