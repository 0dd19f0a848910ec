"""A time told by a period's edge, a claim denied in a clause of its own, a sentence that only
leads into a list, and a lower-case name that starts a new question (session 50)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.answer_wanted import kinds_asked
from assistant.answering.part_by_part import parts_of
from assistant.answering.sentences import WHEN_WORDS
from assistant.answering.yes_no import negates_what_was_asked
from assistant.api import Assistant
from assistant.conversation import condense_offline, follows_on, needs_context

EVERTON = (
    "Sean Dyche is confident Everton’s season will not be derailed by their 10-point penalty "
    "for breaching Premier League financial rules.\n\n"
    "Dyche addressed the first-team squad at Finch Farm on Friday morning, once they had all "
    "returned from international duty.\n\n"
    "After a run of six wins in nine games, Everton had climbed to 14th in the table before the "
    "deduction plunged them back to 19th.\n\n"
    "Everton’s appeal against the 10-point deduction will be heard by a different three-person "
    "panel before the end of the season.\n"
)
GEMINI = (
    "This week, Google took the wraps off Gemini, its new flagship generative AI model.\n\n"
    "The model fails to get basic facts right, like 2023 Oscar winners:\n\n"
    "I'm extremely disappointed with Gemini Pro on Bard. pic.twitter.com/5GowXtscRU — Vitor "
    "(@vitor_dlucca) December 7, 2023\n\n"
    "Note that Gemini Pro claims incorrectly that Brendan Gleeson won Best Actor last year, not "
    "Brendan Fraser — the actual winner.\n\n"
    "Science fiction author Charlie Stross found many more examples of confabulation in a blog "
    "post. (Among other mistruths, Gemini Pro said that Stross contributed to the Linux kernel; "
    "he never has.)\n"
)
DSA = (
    "The European Commission sent X a formal request for information under the Digital "
    "Services Act.\n\n"
    "Non-compliance under DSA rules could trigger fines of up to 6% of annual turnover, plus "
    "potential blocking of a service for repeated infringements.\n"
)


def _article(folder: Path, name: str, outlet: str, body: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(
        f"---\nid: {name}\noutlet: {outlet}\ndate: 2023-11-24\n---\n{name.title()} news\n\n{body}",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("sentence", "tells_when"),
    [
        ("The appeal will be heard before the end of the season.", True),
        ("The new stadium opens at the start of next year.", True),
        ("He is expected back next season.", True),
        ("A decision is due in the coming weeks.", True),
        ("The club said it would respond within days.", True),
        ("The appeal will be heard by a different panel.", False),
        ("He scored at the end of a long run.", False),
    ],
)
def test_a_time_told_by_the_edge_of_a_period(sentence: str, tells_when: bool) -> None:
    assert bool(WHEN_WORDS.search(sentence)) is tells_when


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("Gemini Pro said that Stross contributed to the Linux kernel; he never has.", True),
        ("It claimed Stross contributed to the Linux kernel, but he didn't.", True),
        ("Stross contributed to the Linux kernel in 2001, which he did.", False),
        ("Stross contributed to the Linux kernel; he said he never would again.", False),
        ("Stross contributed to the Linux kernel, but it was not easy.", False),
    ],
)
def test_a_claim_denied_in_a_clause_of_its_own(sentence: str, negated: bool) -> None:
    question = "did stross ever contribute to the linux kernel"
    assert negates_what_was_asked(question, sentence) is negated


def test_a_lower_case_name_the_store_writes_starts_a_new_question() -> None:
    question = "which oscar did gemini get wrong"
    assert needs_context(question)  # (all ordinary words, typed in lower case …)
    assert not needs_context(question, named=lambda word: word in ("gemini", "oscar"))
    assert needs_context("and what was the fine", named=lambda word: word == "fine")


def test_answers_read_past_a_lead_in_and_see_a_denial(assistant: Assistant, tmp_path: Path) -> None:
    assistant.ingest(
        [
            _article(tmp_path, "everton", "The Guardian", EVERTON),
            _article(tmp_path, "gemini", "TechCrunch", GEMINI),
        ]
    )
    heard = assistant.ask("when will everton's appeal be heard", offline=True)
    assert not heard.abstained and "before the end of the season" in heard.text
    denied = assistant.ask("did stross ever contribute to the linux kernel", offline=True)
    assert denied.text.startswith("No")
    wrong = assistant.ask("which oscar did gemini get wrong", offline=True)
    assert "Gleeson" in wrong.text and "winners:" not in wrong.text


def test_a_new_question_after_another_is_asked_as_typed(
    assistant: Assistant, tmp_path: Path
) -> None:
    assistant.ingest(
        [
            _article(tmp_path, "gemini", "TechCrunch", GEMINI),
            _article(tmp_path, "gemini-bard", "The Verge", GEMINI.replace("This week", "Today")),
            _article(tmp_path, "dsa", "TechCrunch", DSA),
        ]
    )
    conversation = assistant.conversation()
    conversation.ask("whats the max fine under the dsa", offline=True)
    turn = conversation.ask("which oscar did gemini get wrong", offline=True)
    assert turn.standalone_query is None
    assert "Gleeson" in turn.text


def test_a_follow_up_carries_the_thread_it_is_in(assistant: Assistant, tmp_path: Path) -> None:
    assistant.ingest(
        [
            _article(tmp_path, "gemini", "TechCrunch", GEMINI),
            _article(tmp_path, "dsa", "TechCrunch", DSA),
        ]
    )
    conversation = assistant.conversation()
    conversation.ask("did stross ever contribute to the linux kernel", offline=True)
    conversation.ask("what can the european commission fine x under the dsa", offline=True)
    turn = conversation.ask("and for repeated infringements?", offline=True)
    query = turn.standalone_query or ""
    assert "dsa" in query and "stross" not in query and "kernel" not in query


def test_a_count_asked_by_a_clipped_word(assistant: Assistant, tmp_path: Path) -> None:
    body = (
        "The feud centers on Jack “Jacksfilms” Douglass, a YouTuber with 4.9 million "
        "subscribers, who has made videos since 2006.\n\n"
        "He revived an old joke channel and streamed on Twitch every week.\n"
    )
    assistant.ingest([_article(tmp_path, "jacksfilms", "Polygon", body)])
    answer = assistant.ask("how many subs does jacksfilms have", offline=True)
    assert not answer.abstained and "4.9 million" in answer.text


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("scalable capital raised how much and who led it", ["amount", "person"]),
        ("she went from paying how much a month to how much?", ["amount", "amount"]),
        ("they paid how much for it?", ["amount"]),
        ("the woman who got the flu lost which leg", ["other"]),
    ],
)
def test_a_figure_asked_in_place_before_another_question(question: str, kinds: list[str]) -> None:
    assert kinds_asked(question) == kinds
    assert len(parts_of(question)) == (len(kinds) if len(kinds) > 1 else 0)


def _store_names(word: str) -> bool:
    return word in ("arnold", "katherine", "patrick", "meta", "chris", "pratt", "russia", "putin")


def test_his_or_her_after_a_name_points_inside_the_question() -> None:
    glasses = [("how much do the ray ban meta glasses cost", "They cost $299 [1].")]
    asked = "what did arnold do when katherine left her shoes out"
    assert not follows_on(asked, glasses, _store_names)
    assert follows_on(asked, glasses)  # (… when no word is known as a name)
    assert follows_on("how many mics do they have", glasses, _store_names)
    shoes = [(asked, "Katherine shares Lyla and Eloise with husband Chris Pratt [1].")]
    mattress = "how old was patrick when arnold threw his mattress out"
    assert condense_offline(mattress, shoes, _store_names) == mattress
    # ("it" is what the turn before was on, whatever the question names)
    offer = [("what did putin offer the us?", "Putin offered the US rare earths and aluminium.")]
    assert follows_on("how much of it could russia send each year?", offer, _store_names)
    # (a "he" before any name is the one the last answer is about)
    assert "pratt" in condense_offline("how old is he", shoes, _store_names)


def test_a_name_clipped_at_its_end_is_said() -> None:
    from assistant.answering.specifics import contracts

    assert contracts("linc", "Lincoln")
    assert contracts("cali", "California")
    assert not contracts("linc", "Linz")  # (too little left out to be a clipping)
    assert contracts("barca", "Barcelona")  # (cut in its middle, as before)


def test_a_currency_named_by_its_country_is_money() -> None:
    from assistant.answering.answer_slot import AnswerSlot
    from assistant.answering.figure_fit import figure_fit

    slot = AnswerSlot.of("and how much prize money do they split")
    split = "The trio will split a prize of 11 million Swedish kronor, or about $1 million."
    assert figure_fit(slot, split, lambda a, b: False) == 1.0
    assert figure_fit(slot, "The prize of 11 million tons of grain.", lambda a, b: False) == 0.0


def test_a_spot_of_a_home_is_a_place() -> None:
    from assistant.answering.place_words import PLACE

    assert PLACE.search("it was just sitting on a log in his mother’s backyard")
    assert PLACE.search("They married at home in front of 20 guests.")
    assert not PLACE.search("They made that promise to each other long ago.")


def test_the_thing_a_cost_is_asked_of() -> None:
    from assistant.answering.answer_slot import AnswerSlot

    slot = AnswerSlot.of(
        "how much is the cybertruck range extender pack going to cost?", frozenset({"cybertruck"})
    )
    assert slot.head == "pack" and "extender" in slot.focus
    assert AnswerSlot.of("how much does the cybertruck cost", frozenset({"cybertruck"})).focus == ()
    assert AnswerSlot.of("how much did the deal cost them").focus == ()
    # (the thing itself, not the one it comes from; when whose figure it is says it all, it
    # is asked by that: "a license", "one dose of cabotegravir")
    licence = AnswerSlot.of(
        "how much would a license from masimo cost apple?", frozenset({"masimo"})
    )
    assert licence.focus == () and "licens" in licence.subject
    assert AnswerSlot.of("how much does one dose of cabotegravir cost in the us").focus == ()


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("ohio state finally beat michigan this yr - what was the score?", ("state", "michigan")),
        ("how did canada get past jamaica on aggregate?", ("canada", "jamaica")),
        ("how did the jets edge past the chiefs", ("jets", "chiefs")),
        ("how did city see off arsenal", ("city", "arsenal")),
        ("how did he get past the defender", None),
    ],
)
def test_a_win_taken_with_an_adverb_or_in_other_words(
    question: str, result: tuple[str, str] | None
) -> None:
    from assistant.answering.result_claims import claimed_result

    assert claimed_result(question) == result


def test_a_deed_declined_or_only_open_is_not_done() -> None:
    from assistant.answering.deed_denied import negated

    roots = {"veto"}
    assert negated("The Biden administration also declined to veto another ITC ban.", roots)
    assert negated("Biden has the opportunity to veto the ban.", roots)
    assert not negated("Biden vetoed the ban on Tuesday.", roots)


def test_a_name_s_short_word_does_not_end_a_sentence_read() -> None:
    from index.chunk import read_sentences, split_sentences

    text = "Each level in Super Mario Bros. Wonder has a secret. It is fun."
    assert [text[s.start : s.end] for s in read_sentences(text)] == [
        "Each level in Super Mario Bros. Wonder has a secret.",
        "It is fun.",
    ]
    assert len(split_sentences(text)) == 3  # (chunks keep their version's cuts)


def test_a_refusal_denies_what_was_asked() -> None:
    question = "is sony music part of dream track?"
    refused = "Google's filing part-explains Sony Music's refusal to be included in Dream Track."
    assert negates_what_was_asked(question, refused)
    assert not negates_what_was_asked(question, "Sony Music is part of Dream Track.")


def test_a_fine_is_no_price_paid_for_a_thing() -> None:
    from assistant.answering.answer_slot import AnswerSlot
    from assistant.answering.figure_fit import figure_fit

    fine = "Trump was ordered to pay $2 million to an array of charities as a fine."
    bought = "Trump paid $10 million for Mar-a-Lago in 1985."
    slot = AnswerSlot.of("how much did trump pay for mar-a-lago originally?")
    assert figure_fit(slot, fine, lambda a, b: False) == 0.0
    assert figure_fit(slot, "The company was fined $1.6 million.", lambda a, b: False) == 0.0
    assert figure_fit(slot, bought, lambda a, b: False) == 1.0
    fined = AnswerSlot.of("how much did trump pay as a fine?")
    assert figure_fit(fined, fine, lambda a, b: False) > 0.0
