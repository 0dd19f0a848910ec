"""Questions resting on what the articles tell otherwise or not at all are refused: a result
asked why or how of that no article tells, a change by a figure the articles give the other
way, a thing numbered otherwise, a person given a title the articles give someone else, a last
name no article holds. A price is answered by a sentence naming what was bought."""

from __future__ import annotations

from assistant.answering.candidates import Candidate
from assistant.answering.figures import figure_values
from assistant.answering.focus import subject_focus
from assistant.answering.llm import CorpusFacts
from assistant.answering.ordinals import numbered, numbered_otherwise
from assistant.answering.outcome import claimed_result
from assistant.answering.premises import contrary_premise, result_untold
from assistant.answering.refusals import is_refusal, refusal_text
from assistant.answering.titles import gives_title, title_given, titled_otherwise
from assistant.answering.vocabulary import CorpusWords
from assistant.types import Passage


def passage(
    text: str, title: str = "Jaguars vs. Saints live score", article: str = "a1"
) -> Passage:
    return Passage(f"c-{article}", article, title, "Sporting News", None, 0.9, text)


def no_other_names(side: str) -> list[str]:
    return []


PREVIEW = passage(
    "The UTSA Roadrunners take on the Marshall Thundering Herd on Tuesday night in the Frisco "
    "Bowl. UTSA has won seven of its last eight games.",
    title="UTSA vs. Marshall odds, predictions",
)


def test_a_result_asked_why_of_must_be_told() -> None:
    question = "why did marshall blow out utsa so badly in the frisco bowl"
    assert result_untold(question, question, [PREVIEW], no_other_names)
    told = passage("Marshall beat UTSA 35-17 in the Frisco Bowl on Tuesday night.")
    assert not result_untold(question, question, [PREVIEW, told], no_other_names)


def test_a_detail_of_a_result_must_be_told_too() -> None:
    for question in (
        "what round did marshall knock out utsa in",
        "by how many points did marshall beat utsa in the frisco bowl",
        "when did marshall beat utsa",
    ):
        assert result_untold(question, question, [PREVIEW], no_other_names), question
    told = passage("Marshall beat UTSA 35-17 in the Frisco Bowl on Tuesday night.")
    question = "by how many points did marshall beat utsa in the frisco bowl"
    assert not result_untold(question, question, [PREVIEW, told], no_other_names)


def test_a_side_named_by_a_short_word_before_its_name() -> None:
    assert claimed_result("newcastle beat ac milan, who did they draw next") == (
        "newcastle",
        "milan",
    )


def test_a_result_told_in_a_chunk_not_retrieved_counts() -> None:
    question = "why did the jaguars beat the saints on thursday night"
    read = passage(
        "The Saints defense comes through again, forcing a three-and-out for the Jaguars."
    )
    whole = read.text + " Final: Jaguars 31, Saints 24."
    assert result_untold(question, question, [read], no_other_names)
    assert not result_untold(question, question, [read], no_other_names, lambda _: whole)


def test_a_result_set_as_context_or_never_spoken_of_is_not_asked() -> None:
    # (the result sets the scene for another question; the articles are on another game)
    context = "marshall beat utsa in the frisco bowl, how many yards did rasheen ali have"
    assert not result_untold(
        context, "how many yards did rasheen ali have", [PREVIEW], no_other_names
    )
    question = "why did the jets beat the chiefs"
    assert not result_untold(question, question, [PREVIEW], no_other_names)
    # ("how many" asks no reason)
    counted = "how many rounds did it take marshall to beat utsa"
    assert not result_untold(counted, counted, [PREVIEW], no_other_names)


def test_a_sides_winner_is_a_result_taken() -> None:
    assert claimed_result("who scored man united's winner against bayern") == ("united", "bayern")
    assert claimed_result("who scored bayern's late winner vs united") == ("bayern", "united")
    assert claimed_result("who scored newcastle's winner in the 2-1 over milan") == (
        "newcastle",
        "milan",
    )


def test_a_change_by_the_figure_given_the_other_way() -> None:
    told = Candidate(
        0,
        "Amazon has already lowered its acquisition price for iRobot — which was originally an "
        "all-cash offer of $1.7 billion back in August 2022 — by 15% owing to increased debt.",
    )
    names = {"amazon", "irobot"}
    raised = "why did amazon raise its offer for irobot by 15%?"
    assert contrary_premise(raised, [told], [told], names) is told
    lowered = "why did amazon lower its offer for irobot by 15%?"
    assert contrary_premise(lowered, [told], [told], names) is None
    # (a percentage is a figure like any other)
    assert figure_values("by 15%") == figure_values("15 percent") == frozenset({15.0})


def test_a_thing_numbered_otherwise() -> None:
    third = Candidate(0, "This marks Spotify’s third round of layoffs this year.")
    question = "why did spotify do its first ever round of layoffs in december?"
    assert numbered(question) == [(1, frozenset({"round", "layoff"}))]
    assert numbered_otherwise(question, [third], [third]) is third
    first = Candidate(1, "In January Spotify made its first round of layoffs.")
    assert numbered_otherwise(question, [third], [third, first]) is None
    # (set phrases number nothing: "for the first time", "the second half")
    assert numbered("why did they score in the second half") == []
    assert numbered_otherwise("why did he win for the first time", [third], [third]) is None


NAMES = {"ilya": "Ilya", "sutskever": "Sutskever", "openai": "OpenAI", "caroline": "Caroline",
         "ellison": "Ellison", "ftx": "FTX", "greg": "Greg", "brockman": "Brockman"}  # fmt: skip


def test_the_title_a_question_gives() -> None:
    assert title_given("what did openai ceo ilya sutskever tell staff", NAMES) == (
        "ceo",
        "Sutskever",
    )
    assert title_given("what did caroline ellison, ftx's cto, say on the stand", NAMES) == (
        "cto",
        "Ellison",
    )
    assert title_given("why did the board pick greg brockman as interim ceo", NAMES) == (
        "ceo",
        "Brockman",
    )
    # (a short form is seldom written beside a title; nor is a name the articles never write)
    assert title_given("what did ftx founder sbf say", {"ftx": "FTX", "sbf": "SBF"}) is None
    assert title_given("what did the ceo say about layoffs", NAMES) is None


def test_a_title_the_articles_give_another() -> None:
    scientist = "OpenAI co-founder and Chief Scientist Ilya Sutskever informed Altman he was fired."
    asked = "what did openai ceo ilya sutskever tell staff"
    assert titled_otherwise(asked, NAMES, [scientist]) == 0
    assert (
        titled_otherwise("what did openai chief scientist ilya sutskever say", NAMES, [scientist])
        is None
    )
    # (told the title asked anywhere: no premise of a wrong one)
    ceo = "Sutskever, who was briefly CEO of the lab in 2015, said little."
    assert gives_title(ceo, "Sutskever", "ceo")
    assert titled_otherwise(asked, NAMES, [scientist, ceo]) is None
    # (the articles' own words for it: "chief executive", "boss")
    assert gives_title("Sam Altman, OpenAI's chief executive, was fired.", "Altman", "ceo")
    assert gives_title(
        "Alameda Research’s former CEO, Caroline Ellison, pleaded guilty", "Ellison", "ceo"
    )
    # (a sentence naming the person with no title tells nothing)
    assert titled_otherwise(asked, NAMES, ["Sutskever said nothing on Friday."]) is None


def test_a_last_name_is_no_pet_form() -> None:
    # ("arnie" may be a pet form of "Arnold"; "Jassy", after a first name, is no "Jassim")
    corpus = {"andy", "jassim", "amazon", "arnold"}
    words = CorpusWords(
        lambda w: int(w in corpus),
        common=frozenset({"what", "tell", "investors"}),
        words_starting=lambda prefix: sorted(w for w in corpus if w.startswith(prefix)),
    )
    assert words.in_corpus("jassy")  # (typed alone, it may be a pet form)
    assert words.unknown_specifics("What did Andy Jassy tell investors?") == ["Andy Jassy"]
    assert words.unknown_specifics("What did Arnie tell investors?") == []


def test_what_was_paid_for_is_whose_figure_too() -> None:
    # ("Bought for £47.2m, Onana arrived …" names no buyer, but the one bought)
    assert set(subject_focus("how much did man utd pay inter for onana again")) >= {"onan"}
    assert subject_focus("how much did converse bring in") == ("convers",)
    # (the head of what was paid for: rights, not Activision's deal)
    rights = subject_focus("how much did ubisoft pay microsoft for the activision cloud rights")
    assert "activision" not in rights and rights[-1] == "right"


def test_a_refusal_says_what_the_question_takes() -> None:
    facts = CorpusFacts("2023-09-26", "2023-12-25", "TechCrunch", 609)
    text = refusal_text(
        "why did marshall blow out utsa",
        facts,
        unsettled=True,
        untold="Marshall beat UTSA",
        evidence="UTSA take on Marshall on Tuesday [1].",
    )
    assert text == (
        "The articles don't say Marshall beat UTSA. What they say: UTSA take on Marshall on "
        "Tuesday [1]."
    )
    assert is_refusal(text)
    assert refusal_text("why did it happen", facts, unsettled=True).startswith(
        "The articles don't say that happened."
    )
